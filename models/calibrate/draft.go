package calibrate

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

// DraftSet chooses the positions of a job of up to n positions where a
// draft-model cheat uses the draft model: max(1, round(frac·n)) distinct
// positions drawn pseudo-randomly from seed (none when frac <= 0).
func DraftSet(seed logits.Hash, n int, frac float64) []bool {
	at := make([]bool, n)
	if frac <= 0 || n == 0 {
		return at
	}
	m := min(n, max(1, int(math.Round(frac*float64(n)))))
	r := rand.New(rand.NewPCG(binary.BigEndian.Uint64(seed[:8]), binary.BigEndian.Uint64(seed[8:16])))
	for _, i := range r.Perm(n)[:m] {
		at[i] = true
	}
	return at
}

// Draft is a draft-model cheat's generation.
type Draft struct {
	// Output are the tokens: at draft positions the canonical sampler's
	// pick from the draft model's logits, elsewhere from the registered
	// model's, both models decoding the same sequence.
	Output []uint32
	// Drafted counts the draft positions generated; Diverged lists those
	// where the draft model's pick differs from the registered model's.
	Drafted  int
	Diverged []int
}

// DraftTokens generates up to maxTokens positions as a miner cheating with a
// draft model does (spec §11): model is the registered model, draft the
// cheap one (same tokenizer and vocabulary), draftAt[i] says where the
// draft model picks. Generation stops after a token that ends generation.
// The miner then commits the logits of an honest prefill of the registered
// model over the resulting tokens (models.Recompute), so every committed
// vector is exact and only the tokens are wrong.
func DraftTokens(ctx context.Context, model, draft models.Engine, prompt []int32, maxTokens int, s logits.Sampler, draftAt []bool) (Draft, error) {
	if maxTokens < 1 || len(draftAt) < maxTokens {
		return Draft{}, fmt.Errorf("draft: %d positions, %d draft flags", maxTokens, len(draftAt))
	}
	ms, err := model.NewSession(len(prompt) + maxTokens)
	if err != nil {
		return Draft{}, err
	}
	defer ms.Close()
	ds, err := draft.NewSession(len(prompt) + maxTokens)
	if err != nil {
		return Draft{}, err
	}
	defer ds.Close()
	lm, err := models.Prefill(ms, prompt)
	if err != nil {
		return Draft{}, err
	}
	ld, err := models.Prefill(ds, prompt)
	if err != nil {
		return Draft{}, err
	}
	tok := model.File().Tokenizer
	var d Draft
	for i := 0; i < maxTokens; i++ {
		if err := ctx.Err(); err != nil {
			return d, err
		}
		honest, err := s.Sample(lm, uint32(i))
		if err != nil {
			return d, err
		}
		t := honest
		if draftAt[i] {
			if t, err = s.Sample(ld, uint32(i)); err != nil {
				return d, err
			}
			d.Drafted++
			if t != honest {
				d.Diverged = append(d.Diverged, i)
			}
		}
		d.Output = append(d.Output, t)
		if i == maxTokens-1 || tok.IsEOG(int32(t)) {
			break
		}
		if lm, err = models.Decode(ms, int32(t)); err != nil {
			return d, err
		}
		if ld, err = models.Decode(ds, int32(t)); err != nil {
			return d, err
		}
	}
	return d, nil
}

// CommitDraft is the whole draft-model cheat as a miner runs it: DraftTokens,
// then the registered model's honest prefill over the resulting tokens
// (models.Recompute), every position appended to sink. Every committed
// vector is exact; only the tokens are not the registered model's.
func CommitDraft(ctx context.Context, model, draft models.Engine, prompt []int32, maxTokens int, s logits.Sampler, draftAt []bool, sink models.Sink) (Draft, error) {
	d, err := DraftTokens(ctx, model, draft, prompt, maxTokens, s, draftAt)
	if err != nil {
		return d, err
	}
	all := make([]uint32, len(d.Output))
	for i := range all {
		all[i] = uint32(i)
	}
	ls, err := models.Recompute(ctx, model, prompt, d.Output, all)
	if err != nil {
		return d, err
	}
	for i, t := range d.Output {
		if err := sink.Append(t, ls[i]); err != nil {
			return d, err
		}
	}
	return d, nil
}
