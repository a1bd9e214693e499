package models

import "github.com/pol-network/pol/logits"

// BundledThresholds are the calibrated comparator thresholds of the bundled
// model, version 1. Measured over 3 prompts x 64 positions
// (docs/calibration.md): honest pairs reach max |Δ logprob| 0.02 over the
// top-32 (ggml with an F16 KV cache; 1.1e-5 across engines with F32), the
// dishonest pairs start at 0.054 (weights x(1±1e-2)) and 0.061 (a Q8_0
// copy). MaxDelta sits at the geometric middle, leaning to the honest side:
// an honest miner must pass all k challenged positions, a cheat fails on
// any one of them.
var BundledThresholds = logits.Thresholds{Version: 1, TopK: 32, MaxDelta: 0.035, MaxKL: 1e-4, TieMargin: 0.035}

// ThresholdsFor returns the comparator thresholds registered for a model:
// the calibrated ones for models pol has measured, else the protocol's
// conservative defaults.
func ThresholdsFor(id ID) logits.Thresholds {
	if id.String() == BundledID {
		return BundledThresholds
	}
	return logits.DefaultThresholds()
}
