package validator

import "github.com/pol-network/pol/logits"

// bandFor is the thresholds a committee member judges a job by (spec §8.3):
// the loosest of the version's admitted thresholds whose span covers the
// job's prompt tokens and its maxTokens, or, with none admitted (a job
// restored from a snapshot that predates profiles) or none covering,
// fallback, the loosest of all. promptTokens is the length of the
// committed prompt tokens, bound on chain by the tokens hash, so every
// member computes the same band, with or without the miner's commitment
// message; maxTokens rather than the committed n, so that ending a job
// early cannot move it onto a looser band (review of H2, L2).
func bandFor(admitted map[uint16]logits.Thresholds, fallback logits.Thresholds, promptTokens int, maxTokens uint32) logits.Thresholds {
	if band, ok := logits.Band(admitted, promptTokens, int(maxTokens)); ok {
		return band
	}
	return fallback
}
