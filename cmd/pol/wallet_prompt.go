package main

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/p2p"
)

// promptText returns the prompt given by -prompt or -prompt-file ("" with
// -prompt-hash). A file larger than a job message can carry is refused
// before it is read.
func (f *submitFlags) promptText() (string, error) {
	if f.promptFile == "" {
		return f.prompt, nil
	}
	if f.prompt != "" || f.promptHash != "" {
		return "", errors.New("give one of -prompt, -prompt-file and -prompt-hash")
	}
	st, err := os.Stat(f.promptFile)
	if err != nil {
		return "", fmt.Errorf("-prompt-file: %w", err)
	}
	if st.IsDir() {
		return "", fmt.Errorf("-prompt-file %s is a directory", f.promptFile)
	}
	if max := p2p.MaxPromptBytes(); st.Size() > int64(max) {
		return "", fmt.Errorf("-prompt-file %s is %d bytes: a prompt travels to the miners in one jobs-topic message, which carries at most %d bytes of prompt text (%w)",
			f.promptFile, st.Size(), max, p2p.ErrJobTooLarge)
	}
	b, err := os.ReadFile(f.promptFile)
	if err != nil {
		return "", fmt.Errorf("-prompt-file: %w", err)
	}
	if len(b) == 0 {
		return "", fmt.Errorf("-prompt-file %s is empty", f.promptFile)
	}
	return string(b), nil
}

// checkServable refuses, before any fee is sent, a job no miner could serve:
// a prompt too large for the jobs topic, or one whose tokens and maxTokens
// do not fit the model's context. The model file (-model) must be the one
// the contract registered as modelID; its tokenizer counts the tokens.
func checkServable(ctx context.Context, cl *chain.Client, ref string, modelID uint32, prompt string, maxTokens uint32) error {
	if err := p2p.CheckJobSize(p2p.Job{ModelID: modelID, Prompt: prompt}); err != nil {
		return err
	}
	if ref == "" {
		return nil
	}
	path, err := models.Resolve(ctx, ref)
	if err != nil {
		return fmt.Errorf("-model: %w", err)
	}
	file, err := models.Open(path)
	if err != nil {
		return fmt.Errorf("-model: %w", err)
	}
	id, err := file.ID(ctx, nil)
	if err != nil {
		return fmt.Errorf("-model: %w", err)
	}
	m, err := cl.Model(ctx, modelID)
	if err != nil {
		return fmt.Errorf("model %d: %w", modelID, err)
	}
	if m.WeightsHash != id {
		return fmt.Errorf("-model %s is %s, but the contract's model %d is %x: pass the registered model's file with -model (or -model '' to skip the context check)",
			ref, id, modelID, m.WeightsHash)
	}
	promptTokens, err := file.CheckJobFits(prompt, maxTokens)
	if err != nil {
		return fmt.Errorf("model %d (%s): %w", modelID, ref, err)
	}
	set, err := chain.AdmittedThresholds(ctx, cl, modelID, m.ActiveVersion, models.ProfileIDs())
	if err != nil {
		return fmt.Errorf("model %d: %w", modelID, err)
	}
	if _, ok := logits.Band(set, promptTokens, int(maxTokens)); !ok {
		var spans []string
		for _, p := range slices.Sorted(maps.Keys(set)) {
			spans = append(spans, fmt.Sprintf("%s %d", models.Profile(p), set[p].Span))
		}
		return fmt.Errorf("model %d (%s): %w: the prompt is %d tokens and max tokens %d, together %d, but the thresholds of version %d were calibrated over at most %d tokens (%s): "+
			"no miner takes the job (docs/calibration.md); lower -max-tokens to %d or shorten the prompt",
			modelID, ref, logits.ErrBeyondSpan, promptTokens, maxTokens, promptTokens+int(maxTokens), m.ActiveVersion, maxSpan(set), strings.Join(spans, ", "),
			max(maxSpan(set)-promptTokens, 0))
	}
	return nil
}

// maxSpan is the longest span of a thresholds set.
func maxSpan(set map[uint16]logits.Thresholds) int {
	longest := 0
	for _, th := range set {
		longest = max(longest, th.Span)
	}
	return longest
}
