package chain_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

func TestWaitSeed(t *testing.T) {
	tc := simChain(t)
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	ctx := testCtx(t)
	job := w.submit(t)
	if _, err := w.owner.WaitSeed(ctx, job); err == nil {
		t.Fatal("WaitSeed of an uncommitted job returned no error")
	}
	seedBlock := w.claimAndCommit(t, job)
	if _, err := w.owner.Seed(ctx, job); !errors.Is(err, chain.ErrHeaderNotAvailable) {
		t.Fatalf("seed right after commit: %v, want ErrHeaderNotAvailable", err)
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
	if [32]byte(seed) != hdr.MixDigest {
		t.Fatalf("seed %s, prevrandao of block %d is %s", seed, seedBlock, hdr.MixDigest)
	}
	// After the draw the seed (from the header; the contract does not
	// store it) is the same, and the challenge set Go derives from it is
	// the contract's.
	w.draw(t, job)
	if again := must(w.owner.Seed(ctx, job))(t); again != seed {
		t.Fatalf("seed after the draw %s, waited %s", again, seed)
	}
	j := must(w.owner.Job(ctx, job))(t)
	p := must(w.owner.Params(ctx))(t)
	got2 := must(w.owner.ChallengePositions(ctx, job))(t)
	want := must(w.owner.DeriveChallengePositions(ctx, seed, job, j.N, uint32(p.Challenges)))(t)
	if !slices.Equal(got2, want) || len(want) == 0 {
		t.Fatalf("challenge set %v, the contract derives %v", got2, want)
	}
	if fromSeed := must(w.owner.ChallengeSetFrom(ctx, job, drawnSeed(t, w, job), j.N))(t); !slices.Equal(fromSeed, want) {
		t.Fatalf("the challenge set from CommitteeDrawn's seed: %v, want %v", fromSeed, want)
	}
	if view := must(w.owner.ContractChallengePositions(ctx, job))(t); !slices.Equal(view, want) {
		t.Fatalf("the contract's challengePositions from the seed block header: %v, want %v", view, want)
	}
	// An unknown job is not waited for.
	if _, err := w.owner.WaitSeed(ctx, logits.JobID{1}); !errors.Is(err, chain.ErrUnknownJob) {
		t.Fatalf("WaitSeed of an unknown job: %v, want ErrUnknownJob", err)
	}
}

// The receipt lookup that needs no transaction index (waitReceipt's fallback when a node keeps
// answering "transaction indexing is in progress") finds the same receipt in the blocks since the
// send, on a real node over JSON-RPC.
func TestScanReceiptWithoutTheIndex(t *testing.T) {
	tc := devChain(t)
	w := deploy(t, tc, testParams())
	ctx := testCtx(t)
	r := chain.ScanReceipt(w.owner.Client, ctx, w.owner.Tx, 0)
	if r == nil || r.TxHash != w.owner.Tx || r.BlockNumber.Uint64() != w.owner.Block || r.Status != 1 {
		t.Fatalf("scanned receipt %+v, want the deployment's in block %d", r, w.owner.Block)
	}
	if r := chain.ScanReceipt(w.owner.Client, ctx, common.Hash{1}, 0); r != nil {
		t.Fatalf("a transaction that was never sent has a receipt: %+v", r)
	}
}
