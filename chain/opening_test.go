package chain_test

import (
	"testing"

	"github.com/pol-network/pol/logits"
)

// A commitment built by the logits store is committed through the client,
// and each of its openings verifies on chain against the committed root.
func TestOpeningsVerifyOnChain(t *testing.T) {
	tc := simChain(t)
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	ctx := testCtx(t)
	job := w.submit(t)

	store, err := logits.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	const vocab, n = 16, 7
	b, err := store.Create(job, vocab)
	if err != nil {
		t.Fatal(err)
	}
	var out []uint32
	for i := range n {
		l := make([]float32, vocab)
		for v := range l {
			l[v] = float32((i*7+v*3)%11) - 5
		}
		tok := uint32((i * 5) % vocab)
		if err := b.Append(tok, l); err != nil {
			t.Fatal(err)
		}
		out = append(out, tok)
	}
	root, gotN, err := b.Finish()
	if err != nil || gotN != n {
		t.Fatalf("finish: n=%d %v", gotN, err)
	}
	must(w.miner.ClaimJob(ctx, job))(t)
	seedBlock := must(w.miner.Commit(ctx, job, root, n, logits.TokensHash([]uint32{1, 2, 3}, out), out))(t)

	for i := range uint32(n) {
		o, err := store.Open(job, i)
		if err != nil {
			t.Fatal(err)
		}
		if err := o.Verify(root); err != nil {
			t.Fatalf("position %d: Go rejects its own opening: %v", i, err)
		}
		if !must(w.owner.VerifyOpening(ctx, job, i, o.Leaf(), o.Proof))(t) {
			t.Fatalf("position %d: the contract rejects a valid opening", i)
		}
		o.Logits[0] += 1 // a tampered vector hashes to another leaf
		if must(w.owner.VerifyOpening(ctx, job, i, o.Leaf(), o.Proof))(t) {
			t.Fatalf("position %d: the contract accepts tampered logits", i)
		}
	}

	// The draw weights for the job's seed block are the validators' stakes.
	tc.mineTo(t, seedBlock+1)
	vals, weights := must2(w.owner.DrawWeights(ctx, seedBlock))(t)
	listed, stakes := must2(w.owner.Validators(ctx))(t)
	if len(vals) != numVals || len(listed) != numVals {
		t.Fatalf("%d validators with weights, %d listed; want %d", len(vals), len(listed), numVals)
	}
	for i, v := range vals {
		if v != w.validators[i].From() || weights[i].Cmp(ether(1)) != 0 || stakes[i].Cmp(weights[i]) != 0 {
			t.Fatalf("slot %d: %s weight %s stake %s", i, v, weights[i], stakes[i])
		}
	}
}
