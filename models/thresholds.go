package models

import (
	"errors"
	"maps"
	"slices"

	"github.com/pol-network/pol/logits"
)

// BundledThresholds are the calibrated comparator thresholds of the bundled
// model, version 1, per numeric profile, from `pol calibrate -model bundled
// -n 2033` (docs/calibration.md, "Span"): 3 prompts x 2,033 positions,
// contexts up to 2,038 tokens, the validator recomputing at every admitted
// KV precision (spec §8.1). Span is the context each profile was
// calibrated over (spec §8.3); validators judge a job by the loosest
// thresholds whose span covers it (logits.Band): here f32's, for every job.
//
//   - cpu-f32kv: the calibration's choice. Honest drift (ggml vs the
//     reference engine) grows from 1.1e-5 over the first 64 positions to
//     6.3e-4 at context 1,405; the band 0.0017 is the geometric middle of
//     the gap to the closest cheat (weights x(1±1e-3), from 0.0041): 2.4x
//     headroom on both sides, over the whole context measured.
//   - cpu-f16kv: the calibration's own thresholds at its ladder step 256,
//     not at the 2,038 it chose. The reference engine computes an f16 cache
//     with ggml's float32 arithmetic (models/ref/ggmlmath.go) and agrees
//     with ggml bit for bit until a last-bit difference of the C library's
//     cosf/sinf first flips a rounding to half: on the calibration's three
//     prompts the drift stays <= 7.7e-6 up to context 512 and 0.0017 over
//     2,038 (hence its choice, 0.0027 over 2,038), but on the held-out
//     prompts of TestBundledF16Span it starts at context 292 and 698 and
//     reaches 0.011. Up to 256 every prompt agrees within 7.7e-6. Jobs of
//     f16 miners are judged by f32's band, which the 1e-3 cheat fails at
//     every position; under the former f16 band (0.015 up to 128 tokens) it
//     escaped most short jobs (review M2). Across ggml builds an f16 cache
//     drifts far more (docs/calibration.md, "Span", caveat 3): f16 miners
//     must run the build the validators run.
var BundledThresholds = map[Profile]logits.Thresholds{
	ProfileCPUF32: {Version: 1, TopK: 32, MaxDelta: 0.0017, MaxKL: 2.6e-7, TieMargin: 0.0017, Span: 2038},
	ProfileCPUF16: {Version: 1, TopK: 32, MaxDelta: 0.00019, MaxKL: 5e-9, TieMargin: 0.00019, Span: 256},
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
