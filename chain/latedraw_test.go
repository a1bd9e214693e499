package chain_test

import (
	"testing"

	"github.com/pol-network/pol/chain"
)

// TestLateDrawMovesTheWindows: a draw that comes after the seed block's
// successor moves the round's verdict windows by as many blocks (review R6);
// CommitteeDrawn carries the draw's block, from which chain.CommitEnd
// computes what getJob reports, and a member can still commit at the moved
// end.
func TestLateDrawMovesTheWindows(t *testing.T) {
	tc := simChain(t)
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	ctx := testCtx(t)
	p := must(w.owner.Params(ctx))(t)
	job := w.submit(t)
	seedBlock := w.claimAndCommit(t, job)
	if j := must(w.owner.Job(ctx, job))(t); j.CommitEnd != seedBlock+uint64(p.AttestWindow) {
		t.Fatalf("commitEnd before the draw %d, want seedBlock + attestWindow = %d", j.CommitEnd, seedBlock+uint64(p.AttestWindow))
	}
	const late = 5
	tc.mineTo(t, seedBlock+late) // the draw lands in the next block: 5 blocks after seedBlock + 1
	members := w.draw(t, job)
	drawn := must(w.owner.JobEvents(ctx, 0, "CommitteeDrawn", job))(t)
	if len(drawn) != 1 {
		t.Fatalf("%d CommitteeDrawn events", len(drawn))
	}
	cd := drawn[0].Job.(chain.CommitteeDrawn)
	if cd.Block != drawn[0].Pos.Block || cd.Block != seedBlock+late+1 {
		t.Fatalf("CommitteeDrawn.Block %d, log in block %d, want %d", cd.Block, drawn[0].Pos.Block, seedBlock+late+1)
	}
	want := seedBlock + uint64(p.AttestWindow) + late
	got := must(w.owner.Job(ctx, job))(t).CommitEnd
	if got != want || chain.CommitEnd(seedBlock, cd.Block, uint64(p.AttestWindow)) != want {
		t.Fatalf("commitEnd %d, Go's CommitEnd %d, want %d", got, chain.CommitEnd(seedBlock, cd.Block, uint64(p.AttestWindow)), want)
	}
	tc.mineTo(t, want-1) // the commitment lands in block want: past the old window, inside the moved one
	must(members[0].CommitVerdict(ctx, job, chain.VerdictPass, [32]byte{1}, [32]byte{}))(t)
	if head := must(w.owner.Head(ctx))(t).Block; head != want {
		t.Fatalf("the commitment landed in block %d, want %d", head, want)
	}
}

func TestCommitEndCapsTheLag(t *testing.T) {
	for _, c := range []struct{ seed, draw, want uint64 }{
		{100, 101, 120}, {100, 100, 120}, {100, 110, 129}, {100, 356, 375}, {100, 357, 375}, {100, 5000, 375},
	} {
		if got := chain.CommitEnd(c.seed, c.draw, 20); got != c.want {
			t.Errorf("CommitEnd(%d, %d, 20) = %d, want %d", c.seed, c.draw, got, c.want)
		}
	}
}
