package models

import "github.com/pol-network/pol/logits"

// BundledThresholds are the calibrated comparator thresholds of the bundled
// model, version 1. Measured over 3 prompts x 64 positions with the
// validator recomputing at every admitted KV precision (spec §8.1,
// docs/calibration.md): honest pairs reach max |Δ logprob| 0.012 over the
// top-32 (an F16 KV cache, ggml vs the reference engine; 1.1e-5 with F32),
// KL 1.3e-6. The dishonest pairs start at 0.053 (weights x(1±1e-2)) and
// 0.061 (a Q8_0 copy); weights x(1±1e-3) exceed 0.015 at a quarter of the
// positions, so a committee's challenges catch it.
var BundledThresholds = logits.Thresholds{Version: 1, TopK: 32, MaxDelta: 0.015, MaxKL: 1e-5, TieMargin: 0.015}

// ThresholdsFor returns the comparator thresholds registered for a model:
// the calibrated ones for models pol has measured, else the protocol's
// conservative defaults.
func ThresholdsFor(id ID) logits.Thresholds {
	if id.String() == BundledID {
		return BundledThresholds
	}
	return logits.DefaultThresholds()
}
