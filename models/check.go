package models

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/pol-network/pol/logits"
)

// MaxRecomputeBytes bounds the logits one forward call of a recomputation
// returns at once (rows x vocabulary x 4 bytes, 256 MiB). A job whose n
// positions fit is recomputed in one forward call over the whole prefix with
// every row as an output; a larger one (n x V x 4 above the bound: n > 523
// at V = 128,256) runs the same prefill in consecutive chunks of the token
// sequence on one session, each returning at most this many bytes of rows,
// which are checked and dropped before the next chunk. The arithmetic is
// the same prefill either way; only the peak memory differs.
var MaxRecomputeBytes = 256 << 20

// JobCheck is a validator's recomputation of a whole job (spec §9).
type JobCheck struct {
	// Opened[j] are the recomputations of positions[j] (the opened
	// positions), one per admitted KV precision computed, in AdmittedKV
	// order: what logits.Judge takes.
	Opened [][][]float32
	// Tokens is rule 5's verdict over every output token: Pass, or the
	// first position whose token no admitted recomputation admits.
	Tokens logits.Verdict
	// Passes counts the prefills, one per KV precision tried: 1 for an
	// honest miner at the default precision.
	Passes int
}

// RecomputeJob is the validator's recomputation of a job: one prefill over
// prompt ++ c.Output[:n-1] with every position 0..n-1 as an output row, per
// admitted KV precision (spec §8.1), in AdmittedKV order. After the first
// precision, a later one recomputes only the positions not yet accepted: a
// position is accepted when its token is admissible (logits.Admit) under a
// recomputation so far and, if it is an opened position (positions[j] with
// opened[j] non-nil), the comparator under th accepts opened[j] against one
// of them. An opened position whose opened vector is nil is recomputed at
// every precision. An engine that is not a KVEngine recomputes at KVF32
// only.
//
// It returns the recomputations of the opened positions and the every-token
// verdict; rules 1-4 (logits.Judge) and rule 6 (logits.CheckEnd) are the
// caller's. It keeps only the opened positions' vectors (len(positions) x
// precisions x V floats); the other rows are checked as they arrive.
func RecomputeJob(ctx context.Context, e Engine, prompt []int32, c logits.Claim, th logits.Thresholds, positions []uint32, opened [][]float32) (JobCheck, error) {
	n := len(c.Output)
	switch {
	case len(prompt) == 0:
		return JobCheck{}, errors.New("recompute: empty prompt")
	case n == 0:
		return JobCheck{}, errors.New("recompute: no output tokens")
	case opened != nil && len(opened) != len(positions):
		return JobCheck{}, fmt.Errorf("recompute: %d opened vectors for %d positions", len(opened), len(positions))
	}
	if err := th.Validate(); err != nil {
		return JobCheck{}, err
	}
	at := make(map[uint32][]int, len(positions)) // position -> indices into positions
	for j, p := range positions {
		if int(p) >= n {
			return JobCheck{}, fmt.Errorf("recompute: position %d outside the %d output tokens", p, n)
		}
		at[p] = append(at[p], j)
	}
	out := JobCheck{Opened: make([][][]float32, len(positions))}
	tokenOK := make([]bool, n)
	matched := make([]bool, len(positions))
	why := make(map[uint32]string) // the first precision's reason for each rejected token
	accepted := func(i uint32) bool {
		if !tokenOK[i] {
			return false
		}
		for _, j := range at[i] {
			if !matched[j] {
				return false
			}
		}
		return true
	}
	todo := make([]uint32, n)
	for i := range todo {
		todo[i] = uint32(i)
	}
	kvs := AdmittedKV
	if _, ok := e.(KVEngine); !ok {
		kvs = []KV{KVF32}
	}
	for _, kv := range kvs {
		if len(todo) == 0 {
			break
		}
		ek, err := atKV(e, kv)
		if err != nil {
			return JobCheck{}, err
		}
		out.Passes++
		err = forwardRows(ctx, ek, prompt, c.Output, todo, func(i uint32, l []float32) error {
			a, err := logits.Admit(c.Sampler, th, i, c.Output[i], l)
			if err != nil {
				return fmt.Errorf("position %d: %w", i, err)
			}
			if a.OK {
				tokenOK[i] = true
			} else if _, seen := why[i]; !seen {
				why[i] = a.Reason
			}
			for _, j := range at[i] {
				out.Opened[j] = append(out.Opened[j], l)
				if opened != nil && opened[j] != nil && !matched[j] {
					rep, err := logits.Compare(opened[j], l, th)
					matched[j] = err == nil && rep.Pass
				}
			}
			return nil
		})
		if err != nil {
			return JobCheck{}, fmt.Errorf("recompute: %w (KV %s)", err, kv)
		}
		todo = slices.DeleteFunc(todo, accepted)
	}
	out.Tokens = logits.Verdict{Pass: true}
	for i, ok := range tokenOK {
		if !ok {
			out.Tokens = logits.Verdict{Position: uint32(i), Reason: fmt.Sprintf(
				"token %d at position %d is not admissible under any admitted recomputation: %s", c.Output[i], i, why[uint32(i)])}
			break
		}
	}
	return out, nil
}

// atKV is e with its KV cache at precision kv.
func atKV(e Engine, kv KV) (Engine, error) {
	if ke, ok := e.(KVEngine); ok {
		return WithKV(ke, kv), nil
	}
	if kv != KVF32 {
		return nil, fmt.Errorf("recompute: %s: %w", e.Name(), ErrKVUnsupported)
	}
	return e, nil
}

// forwardRows runs one prefill of prompt ++ output[:last] (last = the
// largest of rows, which are distinct and ascending) and calls visit with
// each row's logits L_i (position i: the logits after prompt ++
// output[:i]) in ascending order. Rows are returned at most
// MaxRecomputeBytes at a time (see there).
func forwardRows(ctx context.Context, e Engine, prompt []int32, output []uint32, rows []uint32, visit func(i uint32, l []float32) error) error {
	if len(rows) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	seq := history(prompt, output[:rows[len(rows)-1]])
	s, err := e.NewSession(len(seq))
	if err != nil {
		return err
	}
	defer s.Close()
	perCall := len(rows)
	if v := e.File().Config.VocabSize; v > 0 {
		perCall = max(1, min(perCall, MaxRecomputeBytes/(4*v)))
	}
	done := 0 // tokens of seq already in the session
	for a := 0; a < len(rows); a += perCall {
		if err := ctx.Err(); err != nil {
			return err
		}
		chunk := rows[a:min(a+perCall, len(rows))]
		end := len(seq) // the last call takes the rest of the sequence
		if a+perCall < len(rows) {
			end = len(prompt) + int(chunk[len(chunk)-1]) // through the chunk's last row
		}
		outs := make([]int, len(chunk))
		for k, i := range chunk {
			outs[k] = len(prompt) - 1 + int(i) - done
		}
		ls, err := s.Forward(seq[done:end], outs)
		if err != nil {
			return err
		}
		done = end
		for k, i := range chunk {
			if err := visit(i, ls[k]); err != nil {
				return err
			}
			ls[k] = nil
		}
	}
	return nil
}
