package models

import (
	"errors"
	"maps"
	"slices"

	"github.com/pol-network/pol/logits"
)

// BundledThresholds are the calibrated comparator thresholds of the bundled
// model, version 1, per numeric profile. Measured over 3 prompts x 64
// positions with the validator recomputing at every admitted KV precision
// (spec §8.1, docs/calibration.md): honest pairs reach max |Δ logprob| 0.012
// over the top-32 (an F16 KV cache, ggml vs the reference engine; 1.1e-5
// with F32), KL 1.3e-6. The dishonest pairs start at 0.053 (weights
// x(1±1e-2)) and 0.061 (a Q8_0 copy); weights x(1±1e-3) exceed 0.015 at a
// quarter of the positions, so a committee's challenges catch it. Span is
// the context measured (spec §8.3): honest drift grows with the context, so
// jobs longer than a profile's span are outside its thresholds.
var BundledThresholds = map[Profile]logits.Thresholds{
	ProfileCPUF32: {Version: 1, TopK: 32, MaxDelta: 0.015, MaxKL: 1e-5, TieMargin: 0.015, Span: 64},
	ProfileCPUF16: {Version: 1, TopK: 32, MaxDelta: 0.015, MaxKL: 1e-5, TieMargin: 0.015, Span: 64},
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
