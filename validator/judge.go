package validator

import (
	"fmt"
	"slices"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

// judge turns a check's results into the attestation (spec §9): fail on the
// first rule broken — the committed tokens are in the vocabulary and the
// prompt tokens canonical; at each opened position rules 1-4; every
// committed token admissible (rule 5); generation ended (rule 6) — else
// no-reveal if any opening is missing, else pass. Rules 5 and 6 need no
// opening, so a token-level cheat fails even when openings are withheld.
// ok is false when the validator cannot judge at all (its own
// recomputation is unusable or missing, or the job's maxTokens is unknown,
// as in a job restored from a version-1 snapshot), which is no evidence
// against the miner.
func judge(j *Job, e Checked, cfg Config) (a Attest, ok bool) {
	// The token lists: the miner's gossiped commitment (checked against the
	// chain), or without one the output the commit published on chain and
	// the canonical prompt tokens.
	prompt, output := e.CanonicalPrompt, j.Output
	if c := j.Commitment; c != nil {
		prompt, output = c.PromptTokens, c.Output
	}
	fail := func(pos uint32, leaf logits.Hash, reason string) (Attest, bool) {
		return Attest{Verdict: chain.VerdictFail, Position: pos, Reason: reason,
			Evidence: Evidence(j.ID, chain.VerdictFail, pos, leaf, reason)}, true
	}
	positions := distinct(j.Positions)
	if len(positions) == 0 || j.MaxTokens == 0 || output == nil {
		return Attest{}, false
	}
	if i, bad := outOfVocab(output, cfg.Vocab); bad {
		return fail(uint32(i), logits.Hash{}, fmt.Sprintf("committed output token %d at position %d is outside the vocabulary of %d", output[i], i, cfg.Vocab))
	}
	if !slices.Equal(e.CanonicalPrompt, prompt) {
		return fail(positions[0], logits.Hash{}, fmt.Sprintf(
			"committed prompt tokens (%d) are not the canonical tokenization of the job's prompt (%d tokens)",
			len(prompt), len(e.CanonicalPrompt)))
	}
	if logits.TokensHash(prompt, output) != j.TokensHash {
		return fail(positions[0], logits.Hash{}, "the committed tokens hash is not that of the canonical prompt tokens and the output published on chain")
	}
	if cfg.Context > 0 && len(prompt)+len(output) > cfg.Context {
		return fail(uint32(len(output)-1), logits.Hash{}, fmt.Sprintf(
			"prompt (%d) and output (%d) tokens exceed the model's context of %d: no engine generates them", len(prompt), len(output), cfg.Context))
	}
	claim := logits.Claim{Root: j.Root, Prompt: prompt, Output: output, Sampler: j.Sampler,
		MaxTokens: j.MaxTokens, IsEOG: cfg.IsEOG}
	// the band the check's rule 5 used too (Check.Thresholds, narrowed by
	// the shell for a token-only check): one band per job for every member
	band := bandFor(j.Admitted, j.Thresholds, len(prompt), j.MaxTokens)
	var leaves []logits.Hash
	opened := map[uint32]logits.Hash{}
	missing := -1
	var missingWhy string
	for i, p := range positions {
		r, found := revealOf(e.Reveals, p)
		switch {
		case !found || r.Status == Missing || (r.Status == Arrived && r.Opening == nil):
			if missing < 0 {
				missing, missingWhy = i, r.Detail
			}
			continue
		case r.Status == Bad:
			// the evidence names the rule, not the transport's wording
			a, ok := fail(p, logits.Hash{}, ReasonBadOpening)
			a.Reason += ": " + r.Detail
			return a, ok
		case r.Status != Arrived:
			return Attest{}, false
		}
		v, err := logits.Judge(claim, r.Opening, band, r.Recomputed...)
		if err != nil {
			return Attest{}, false
		}
		if !v.Pass {
			return fail(p, r.Opening.Leaf(), v.Reason)
		}
		leaves = append(leaves, r.Opening.Leaf())
		opened[p] = r.Opening.Leaf()
	}
	if e.Tokens == nil {
		return Attest{}, false
	}
	if !e.Tokens.Pass {
		return fail(e.Tokens.Position, opened[e.Tokens.Position], "rule 5: "+e.Tokens.Reason)
	}
	if v := logits.CheckEnd(claim); !v.Pass {
		return fail(v.Position, opened[v.Position], "rule 6: "+v.Reason)
	}
	if missing >= 0 {
		p := positions[missing]
		// the evidence says which position is missing, not what the
		// transport answered (another member could not recompute that)
		return Attest{Verdict: chain.VerdictNoReveal, Position: p, Reason: ReasonNoOpening + ": " + missingWhy,
			Evidence: Evidence(j.ID, chain.VerdictNoReveal, p, logits.Hash{}, ReasonNoOpening)}, true
	}
	return Attest{Verdict: chain.VerdictPass, Position: NoPosition,
		Evidence: Evidence(j.ID, chain.VerdictPass, NoPosition, passLeaf(leaves), "")}, true
}

// Judge is judge for tools that run a check themselves (pol prove): the
// verdict a committee member would commit to for job j, whose Positions,
// MaxTokens, Sampler, Thresholds, Root, TokensHash and Output (or
// Commitment) are set, given the check e.
func Judge(j Job, e Checked, cfg Config) (Attest, bool) { return judge(&j, e, cfg) }

func revealOf(rs []Reveal, p uint32) (Reveal, bool) {
	for _, r := range rs {
		if r.Position == p {
			return r, true
		}
	}
	return Reveal{}, false
}

// outOfVocab returns the first token that is not below vocab (0: no check).
func outOfVocab(tokens []uint32, vocab int) (int, bool) {
	if vocab <= 0 {
		return 0, false
	}
	for i, t := range tokens {
		if int64(t) >= int64(vocab) {
			return i, true
		}
	}
	return 0, false
}
