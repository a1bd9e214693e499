package logits

import (
	"errors"
	"fmt"
	"math"
)

// Thresholds are a registered model's comparator parameters (spec §8). They
// are versioned with the model: a miner is judged by the version that was
// current when its job was submitted.
type Thresholds struct {
	Version   uint32
	TopK      int     // tokens of the recomputed distribution whose log-probs are compared
	MaxDelta  float64 // max |Δ log-prob| allowed over those TopK tokens (nats)
	MaxKL     float64 // max KL(recomputed || opened) over the whole vocabulary (nats)
	TieMargin float64 // top-1 may differ only if the recomputed log-probs of both are this close
	// Span is the context the thresholds were calibrated over: prompt plus
	// generated tokens, from the first position. Honest drift grows with the
	// context, so a job longer than Span is outside them (spec §8.3): an
	// honest miner does not take it and validators do not admit it.
	Span int
}

// Covers reports whether a job of promptTokens prompt tokens and n
// generated tokens lies within the calibrated span.
func (t Thresholds) Covers(promptTokens, n int) bool {
	return promptTokens >= 0 && n >= 0 && promptTokens+n <= t.Span
}

// DefaultThresholds are fixed example values for tests and examples only.
// They are NOT a security setting: measured on a random-weight model of a
// shape nothing else used, they let a Q8_0 copy pass 7 of 8 positions and a
// 1e-2 weight perturbation pass all of them. No command uses them: a model's
// thresholds come from its registration on chain (pol wallet register-model
// -calibration, from `pol calibrate`, docs/calibration.md) or, for the
// bundled model, models.BundledThresholds.
func DefaultThresholds() Thresholds {
	return Thresholds{Version: 1, TopK: DefaultTopK, MaxDelta: 0.05, MaxKL: 0.01, TieMargin: 0.05, Span: 4096}
}

// DefaultTopK is the number of top tokens the comparator compares unless a
// calibration says otherwise.
const DefaultTopK = 32

// Validate reports whether the thresholds are usable.
func (t Thresholds) Validate() error {
	if t.TopK <= 0 || !(t.MaxDelta >= 0) || !(t.MaxKL >= 0) || !(t.TieMargin >= 0) ||
		math.IsInf(t.MaxDelta, 0) || math.IsInf(t.MaxKL, 0) || math.IsInf(t.TieMargin, 0) {
		return fmt.Errorf("%w: thresholds %+v", ErrOutOfRange, t)
	}
	return nil
}

// Nano returns a threshold value in the chain's integer units (value x 1e9,
// rounded to nearest).
func Nano(v float64) uint64 { return uint64(math.Round(v * 1e9)) }

// FromNano converts a chain integer threshold (value x 1e9) back to float64.
func FromNano(v uint64) float64 { return float64(v) / 1e9 }

// Report is the comparator's measurement of one position.
type Report struct {
	MaxDelta       float64 // max |Δ log-prob| over the recomputed top-K tokens
	KL             float64 // KL(recomputed || opened), nats
	Top1Opened     uint32  // argmax of the opened logits
	Top1Recomputed uint32  // argmax of the recomputed logits
	Top1Gap        float64 // recomputed log-prob of its top-1 minus that of the opened top-1 (0 when equal)
	Pass           bool
	Reason         string // empty when Pass; otherwise the first failed rule with numbers
}

// Compare measures how far the opened (miner-committed) logits are from the
// validator's recomputed ones, and applies the thresholds. Both vectors must
// have the same non-zero length and be finite.
func Compare(opened, recomputed []float32, th Thresholds) (Report, error) {
	if err := th.Validate(); err != nil {
		return Report{}, err
	}
	if len(opened) != len(recomputed) || len(opened) == 0 {
		return Report{}, fmt.Errorf("%w: opened has %d logits, recomputed %d", ErrVocabMismatch, len(opened), len(recomputed))
	}
	if err := CheckFinite(opened); err != nil {
		return Report{}, fmt.Errorf("opened: %w", err)
	}
	if err := CheckFinite(recomputed); err != nil {
		return Report{}, fmt.Errorf("recomputed: %w", err)
	}
	lpO := LogSoftmax(opened)
	lpR := LogSoftmax(recomputed)
	var r Report
	for _, id := range TopK(recomputed, th.TopK) {
		r.MaxDelta = math.Max(r.MaxDelta, math.Abs(lpO[id]-lpR[id]))
	}
	for k, lp := range lpR {
		r.KL += math.Exp(lp) * (lp - lpO[k])
	}
	r.KL = math.Max(r.KL, 0) // rounding can leave a tiny negative
	r.Top1Opened, r.Top1Recomputed = Argmax(opened), Argmax(recomputed)
	r.Top1Gap = lpR[r.Top1Recomputed] - lpR[r.Top1Opened]
	switch {
	case r.Top1Gap > th.TieMargin:
		r.Reason = fmt.Sprintf("top-1 differs: opened %d, recomputed %d, gap %.4g > tie margin %.4g", r.Top1Opened, r.Top1Recomputed, r.Top1Gap, th.TieMargin)
	case r.MaxDelta > th.MaxDelta:
		r.Reason = fmt.Sprintf("max |Δ logprob| over top-%d = %.4g > %.4g", th.TopK, r.MaxDelta, th.MaxDelta)
	case r.KL > th.MaxKL:
		r.Reason = fmt.Sprintf("KL = %.4g > %.4g", r.KL, th.MaxKL)
	default:
		r.Pass = true
	}
	return r, nil
}

// LogSoftmax returns log-probabilities in float64: x_k - max - log(Σ exp(x_j - max)).
func LogSoftmax(l []float32) []float64 {
	m := float64(l[Argmax(l)])
	s := 0.0
	for _, x := range l {
		s += math.Exp(float64(x) - m)
	}
	ls := math.Log(s)
	out := make([]float64, len(l))
	for k, x := range l {
		out[k] = float64(x) - m - ls
	}
	return out
}

// ErrBeyondSpan means a job is longer than the context its thresholds were
// calibrated over (Thresholds.Span).
var ErrBeyondSpan = errors.New("job beyond the calibrated span")

// Band returns the thresholds a job of promptTokens prompt tokens and n
// generated tokens is judged by: the loosest, component-wise, of the
// admitted thresholds whose span covers it (the widest bands, the fewest
// top tokens compared), so that every committee member judges by the same
// band whatever profile a miner declares (spec §8.3). ok is false when no
// admitted thresholds cover the job.
func Band[P comparable](admitted map[P]Thresholds, promptTokens, n int) (band Thresholds, ok bool) {
	for _, th := range admitted {
		if !th.Covers(promptTokens, n) {
			continue
		}
		if !ok {
			band, ok = th, true
			continue
		}
		band.TopK = min(band.TopK, th.TopK)
		band.MaxDelta, band.MaxKL, band.TieMargin = max(band.MaxDelta, th.MaxDelta), max(band.MaxKL, th.MaxKL), max(band.TieMargin, th.TieMargin)
		band.Span = min(band.Span, th.Span)
	}
	return band, ok
}
