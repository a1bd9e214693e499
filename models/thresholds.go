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
// thresholds whose span covers it (logits.Band): with both spans at 2,038,
// every job by f16's (max |Δ logprob| 0.0027, KL 3.3e-7), the looser in
// every component.
//
//   - cpu-f32kv: honest drift (ggml vs the reference engine) grows from
//     1.1e-5 over the first 64 positions to 6.3e-4 at context 1,405; the
//     band 0.0017 is the geometric middle of the gap to the closest cheat
//     (weights x(1±1e-3), from 0.0041): 2.6x headroom on both sides, over
//     the whole context measured.
//   - cpu-f16kv: the reference engine computes an f16 cache with ggml's own
//     float32 arithmetic (models/ref/ggmlmath.go), so an f16 KV cache agrees
//     across the two engines bit for bit at most positions: honest drift 0
//     up to context 48, 7.7e-6 up to 512, 0.0017 at most (context 1,059);
//     the band 0.0027 keeps 1.56x headroom and the weights x(1±1e-3) cheat
//     (from 0.0041) fails at every position of every length, where under
//     the former band (0.015 over 128 tokens) it escaped most short jobs
//     (review M2). Across ggml builds an f16 cache drifts far more
//     (docs/calibration.md, "Span", caveat 3): f16 miners must run the
//     build the validators run.
var BundledThresholds = map[Profile]logits.Thresholds{
	ProfileCPUF32: {Version: 1, TopK: 32, MaxDelta: 0.0017, MaxKL: 2.6e-7, TieMargin: 0.0017, Span: 2038},
	ProfileCPUF16: {Version: 1, TopK: 32, MaxDelta: 0.0027, MaxKL: 3.3e-7, TieMargin: 0.0027, Span: 2038},
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
