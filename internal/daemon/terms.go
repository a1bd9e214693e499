package daemon

import (
	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

// Terms are a job as its requester submitted it, as both machines take it
// from JobSubmitted and keep it in their job records: the model, the
// prompt's hash, the token limit, the sampler and the deadline (unix
// seconds).
type Terms struct {
	ModelID    uint32
	PromptHash logits.Hash
	MaxTokens  uint32
	Sampler    logits.Sampler
	Deadline   uint64
}

// TermsOf are the terms of a submitted job.
func TermsOf(e chain.JobSubmitted) Terms {
	return Terms{ModelID: e.ModelID, PromptHash: e.PromptHash, MaxTokens: e.MaxTokens, Sampler: e.Sampler, Deadline: e.Deadline}
}

// Matches reports whether prompt is the text the requester committed to.
func (t *Terms) Matches(prompt string) bool { return logits.PromptHash(prompt) == t.PromptHash }
