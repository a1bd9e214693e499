package daemon

import "github.com/pol-network/pol/logits"

// Terms are a job as its requester submitted it, as both machines keep it
// in their job records: the model, the prompt's hash (and the prompt text
// once it arrived and matched it), the token limit, the sampler and the
// deadline (unix seconds).
type Terms struct {
	ModelID    uint32
	PromptHash logits.Hash
	MaxTokens  uint32
	Sampler    logits.Sampler
	Deadline   uint64
	Prompt     string `json:",omitempty"`
}

// Matches reports whether prompt is the text the requester committed to.
func (t *Terms) Matches(prompt string) bool { return logits.PromptHash(prompt) == t.PromptHash }
