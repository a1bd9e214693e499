package models

import (
	"errors"
	"maps"
	"slices"

	"github.com/pol-network/pol/logits"
)

// BundledThresholds are the calibrated comparator thresholds of the bundled
// model, version 1, per numeric profile (docs/calibration.md, "Span"). Span
// is the context each profile was calibrated over (spec §8.3); validators
// judge a job by the loosest thresholds whose span covers it (logits.Band):
// f16's band for jobs up to 128 tokens, f32's beyond.
//
//   - cpu-f32kv: the choice of `pol calibrate -model bundled -n 2033` (3
//     prompts x 2,033 positions, contexts up to 2,038). Honest drift (ggml
//     vs the reference engine) grows from 1.1e-5 over the first 64
//     positions to 6.3e-4 at context 1,405; 0.0017 is the geometric middle
//     of the gap to the closest cheat (weights x(1±1e-3), from 0.0041).
//   - cpu-f16kv: set by the cross-build pair, not by ref-vs-ggml. The
//     reference engine now reproduces ggml's default-build f16 arithmetic
//     (models/ref/ggmlmath.go; 2.3e-5 over 512 positions), but an honest f16
//     miner on another ggml build than its validators (-O3 -march=x86-64-v3
//     in the Docker image and scripts, the portable default under go
//     install) drifts up to 0.012 within 64 positions. Judged by f32's
//     0.0017 it would be slashed, so f16 keeps the earlier band 0.015 over
//     128 tokens. That band cannot separate the weights x(1±1e-3) cheat
//     (closest drift ~0.004) on short jobs: review M2 stays open.
var BundledThresholds = map[Profile]logits.Thresholds{
	ProfileCPUF32: {Version: 1, TopK: 32, MaxDelta: 0.0017, MaxKL: 2.6e-7, TieMargin: 0.0017, Span: 2038},
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
