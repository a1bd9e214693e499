package models

import (
	"errors"
	"fmt"
)

// ErrBeyondContext is returned for a job whose prompt and maximum output do
// not fit the model's context: no miner could finish it.
var ErrBeyondContext = errors.New("job exceeds the model's context")

// CheckJobFits tokenizes prompt with the model's canonical tokenizer and
// says whether its tokens and maxTokens generated positions fit the
// model's context (the rule a miner applies before it claims a job). It
// returns the prompt's token count.
func (f *File) CheckJobFits(prompt string, maxTokens uint32) (int, error) {
	toks, err := f.Tokenizer.Encode(prompt)
	if err != nil {
		return 0, fmt.Errorf("the prompt does not tokenize with %s: %w", f.Path, err)
	}
	ctxLen := f.Config.ContextLen
	if ctxLen > 0 && len(toks)+int(maxTokens) > ctxLen {
		return len(toks), fmt.Errorf("%w: the prompt is %d tokens and max tokens %d, together %d, beyond the model's context of %d tokens (at most %d prompt tokens at this max tokens)",
			ErrBeyondContext, len(toks), maxTokens, len(toks)+int(maxTokens), ctxLen, max(ctxLen-int(maxTokens), 0))
	}
	return len(toks), nil
}
