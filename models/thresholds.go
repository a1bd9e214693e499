package models

import (
	"errors"
	"maps"
	"slices"

	"github.com/pol-network/pol/logits"
)

// BundledThresholds are the calibrated comparator thresholds of the bundled
// model, version 1, per numeric profile, as `pol calibrate -model bundled
// -n 2033` chose them (docs/calibration.md, "Span"): 3 prompts x 2,033
// positions, contexts up to 2,038 tokens, the validator recomputing at every
// admitted KV precision (spec §8.1). Span is the context each profile was
// calibrated over (spec §8.3); validators judge a job by the loosest
// thresholds whose span covers it (logits.Band).
//
//   - cpu-f32kv: honest drift (ggml vs the reference engine) grows from
//     1.1e-5 over the first 64 positions to 6.3e-4 at context 1,405; the
//     band 0.0016 is the geometric middle of the gap to the closest cheat
//     (weights x(1±1e-3), from 0.004): 2.5x headroom on both sides, over
//     the whole context measured.
//   - cpu-f16kv: honest drift (an f16 KV cache against the other engine)
//     stays at 0.012 up to context 192 and reaches 0.016 by 256 and 0.07 by
//     2,038; the weights x(1±1e-3) cheat, which under 0.015 fails at only part
//     of the positions, escapes 1 of 900 simulated jobs of 16 challenges at
//     span 192 and none up to 128: the span is 128 tokens.
var BundledThresholds = map[Profile]logits.Thresholds{
	ProfileCPUF32: {Version: 1, TopK: 32, MaxDelta: 0.0016, MaxKL: 2.6e-7, TieMargin: 0.0016, Span: 2038},
	ProfileCPUF16: {Version: 1, TopK: 32, MaxDelta: 0.015, MaxKL: 3.8e-5, TieMargin: 0.015, Span: 128},
}

// ErrNoThresholds means a model has no calibrated thresholds: there are no
// defaults to fall back on (docs/calibration.md).
var ErrNoThresholds = errors.New("no calibrated thresholds for this model")

// ThresholdsFor returns the thresholds pol ships for a model, per numeric
// profile, which only the bundled model has; any other model must be
// calibrated (`pol calibrate`) and registered with its calibration: ok is
// false.
func ThresholdsFor(id ID) (th map[Profile]logits.Thresholds, ok bool) {
	if id.String() == BundledID {
		return maps.Clone(BundledThresholds), true
	}
	return nil, false
}

// SortedProfiles returns the profiles of a thresholds set in increasing
// order (the order a registration lists them in).
func SortedProfiles(th map[Profile]logits.Thresholds) []Profile {
	return slices.Sorted(maps.Keys(th))
}
