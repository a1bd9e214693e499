package logits

import "fmt"

// Verdict is the outcome of checking one challenged position.
type Verdict struct {
	Position uint32
	Pass     bool
	Reason   string // the first rule that failed; empty on pass
	Report   Report // comparator metrics (zero if the check stopped earlier)
	// Recomputation is the index of the recomputation Report compares
	// against (Judge's argument order).
	Recomputation int
}

// Claim is what a miner committed to for a job, as the validator knows it
// from the chain (root, n, the job's sampler and maxTokens), from the
// commitment message (tokens) and from the registered model (IsEOG).
type Claim struct {
	Root    Hash
	Prompt  []uint32 // prompt tokens P
	Output  []uint32 // output tokens t_0..t_{n-1}
	Sampler Sampler
	// MaxTokens is the job's maximum n (spec §9 rule 6).
	MaxTokens uint32
	// IsEOG reports whether a token ends generation under the registered
	// model's tokenizer (nil: no token does). Only CheckEnd reads it.
	IsEOG func(token uint32) bool
}

// Judge applies the verdict rules of spec §9 to one opening, given the
// validator's own recomputations of that position's logits, one per admitted
// numeric profile it computed (spec §8.1; at least one):
//
//  1. the opening verifies against the committed root (and n = len(Output));
//  2. its token is the committed output token at that position;
//  3. the canonical sampler picks exactly that token from the opened logits;
//  4. the comparator accepts the opened logits against one of the
//     recomputations.
//
// The verdict's Report is the accepting comparison, or on a failure the
// closest one (smallest max |Δ logprob|). Judge is pure: the same inputs
// always give the same verdict. It returns an error only for a caller
// mistake (thresholds or recomputations unusable), never for a miner fault,
// which is a failing Verdict.
func Judge(c Claim, o *Opening, th Thresholds, recomputed ...[]float32) (Verdict, error) {
	v := Verdict{Position: o.Index}
	fail := func(format string, args ...any) (Verdict, error) {
		v.Reason = fmt.Sprintf(format, args...)
		return v, nil
	}
	if err := th.Validate(); err != nil {
		return Verdict{}, err
	}
	if len(recomputed) == 0 {
		return Verdict{}, fmt.Errorf("logits: no recomputation to judge against")
	}
	for _, r := range recomputed {
		if err := CheckFinite(r); err != nil || len(r) == 0 || len(r) != len(recomputed[0]) {
			return Verdict{}, fmt.Errorf("logits: unusable recomputation: %v (len %d of %d)", err, len(r), len(recomputed[0]))
		}
	}
	if int(o.N) != len(c.Output) {
		return fail("opening says n = %d, commitment has %d output tokens", o.N, len(c.Output))
	}
	if err := o.Verify(c.Root); err != nil {
		return fail("opening invalid: %v", err)
	}
	if o.Token != c.Output[o.Index] {
		return fail("opened token %d differs from committed token %d at position %d", o.Token, c.Output[o.Index], o.Index)
	}
	if len(o.Logits) != len(recomputed[0]) {
		return fail("opened vocabulary %d differs from the model's %d", len(o.Logits), len(recomputed[0]))
	}
	want, err := c.Sampler.Sample(o.Logits, o.Index)
	if err != nil {
		return fail("sampler: %v", err)
	}
	if want != o.Token {
		return fail("token %d does not follow from the opened logits (%s picks %d)", o.Token, c.Sampler, want)
	}
	for i, r := range recomputed {
		rep, err := Compare(o.Logits, r, th)
		if err != nil {
			return Verdict{}, err
		}
		if i == 0 || rep.Pass || (!v.Report.Pass && rep.MaxDelta < v.Report.MaxDelta) {
			v.Report, v.Recomputation = rep, i
		}
		if rep.Pass {
			break
		}
	}
	if !v.Report.Pass {
		return fail("logits do not match the recomputation: %s", v.Report.Reason)
	}
	v.Pass = true
	return v, nil
}
