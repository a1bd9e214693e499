package chain_test

import (
	"errors"
	"testing"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

func TestWaitSeed(t *testing.T) {
	tc := simChain(t)
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	ctx := testCtx(t)
	job := w.submit(t)
	seedBlock := must(w.miner.Commit(ctx, job, testRoot, testN, testTokens))(t)
	if _, err := w.owner.Seed(ctx, job); !errors.Is(err, chain.ErrSeedNotReady) {
		t.Fatalf("seed right after commit: %v, want ErrSeedNotReady", err)
	}
	got := make(chan logits.Hash, 1)
	go func() {
		s, err := w.owner.WaitSeed(ctx, job)
		if err != nil {
			t.Error(err)
		}
		got <- s
	}()
	tc.mineTo(t, seedBlock+1)
	seed := <-got
	hdr := must(tc.backend.HeaderByNumber(ctx, bigU(seedBlock)))(t)
	if [32]byte(seed) != hdr.Hash() {
		t.Fatalf("seed %s, hash of block %d is %s", seed, seedBlock, hdr.Hash())
	}
	// An unknown job is not waited for.
	if _, err := w.owner.WaitSeed(ctx, logits.JobID{1}); err == nil {
		t.Fatal("WaitSeed of an unknown job returned no error")
	}
}
