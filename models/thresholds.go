package models

import "github.com/pol-network/pol/logits"

// BundledThresholds are the calibrated comparator thresholds of the bundled
// model, version 1 (docs/calibration.md: honest pairs reach max |Δ logprob|
// 0.013 over the top-32 with an F16 KV cache and 6e-6 across engines with
// F32; the closest dishonest pair that must fail, weights x(1±1e-2), starts
// at 0.056, a Q8_0 copy at 0.08).
var BundledThresholds = logits.Thresholds{Version: 1, TopK: 32, MaxDelta: 0.03, MaxKL: 1e-4, TieMargin: 0.03}

// ThresholdsFor returns the comparator thresholds registered for a model:
// the calibrated ones for models pol has measured, else the protocol's
// conservative defaults.
func ThresholdsFor(id ID) logits.Thresholds {
	if id.String() == BundledID {
		return BundledThresholds
	}
	return logits.DefaultThresholds()
}
