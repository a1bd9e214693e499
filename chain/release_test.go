package chain_test

import (
	"testing"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/bindings"
)

// TestReleaseClaimSimulated gives a claim back through the client on the
// simulated chain: the collateral is unlocked, the job is Open, the event is
// decoded, the releaser cannot re-claim, another miner can, and a non-holder
// cannot release.
func TestReleaseClaimSimulated(t *testing.T) {
	tc := simChain(t)
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	ctx := testCtx(t)
	job := w.submit(t)
	must(w.miner.ClaimJob(ctx, job))(t)
	before := must(w.miner.Account(ctx, addrOf(w.miner)))(t)
	if before.Locked.Sign() == 0 {
		t.Fatal("the claim locked no collateral")
	}

	_, err := w.spare.ReleaseClaim(ctx, job)
	wantRevert(t, err, "releaseClaim", chain.ErrNotClaimHolder, map[string]any{"miner": addrOf(w.miner)})

	r := must(w.miner.ReleaseClaim(ctx, job))(t)
	after := must(w.miner.Account(ctx, addrOf(w.miner)))(t)
	if after.Locked.Sign() != 0 || after.Jobs != 0 {
		t.Fatalf("after release: locked %v, jobs %d; want 0, 0", after.Locked, after.Jobs)
	}
	if after.Stake.Cmp(before.Stake) != 0 {
		t.Fatalf("stake changed by the release: %v -> %v", before.Stake, after.Stake)
	}
	j := must(w.miner.Job(ctx, job))(t)
	if chain.JobStatus(j.Status) != chain.StatusOpen {
		t.Fatalf("job status %v after release, want Open", chain.JobStatus(j.Status))
	}
	evs := allEvents(t, w.miner, r.BlockNumber.Uint64())
	var released *bindings.ProofOfLogitsClaimReleased
	for _, e := range evs {
		if x, ok := e.Data.(*bindings.ProofOfLogitsClaimReleased); ok {
			released = x
		}
	}
	if released == nil || released.JobId != [32]byte(job) || released.Miner != addrOf(w.miner) {
		t.Fatalf("ClaimReleased event: %+v", released)
	}
	var typed []chain.ClaimReleased // the daemons' view of the same log
	for _, e := range evs {
		if x, ok := e.Job.(chain.ClaimReleased); ok {
			if e.Name != "ClaimReleased" || x.JobID() != job {
				t.Fatalf("typed ClaimReleased %q about %s", e.Name, x.JobID())
			}
			typed = append(typed, x)
		}
	}
	if len(typed) != 1 || typed[0].Miner != addrOf(w.miner) {
		t.Fatalf("typed ClaimReleased events: %+v", typed)
	}

	_, err = w.miner.ClaimJob(ctx, job)
	wantRevert(t, err, "claimJob", chain.ErrReleasedByCaller, nil)

	must(w.spare.Stake(ctx, chain.RoleMiner, ether(20)))(t)
	must(w.spare.ClaimJob(ctx, job))(t)
	j = must(w.spare.Job(ctx, job))(t)
	if chain.JobStatus(j.Status) != chain.StatusClaimed || j.Miner != addrOf(w.spare) {
		t.Fatalf("after another miner's claim: status %v, miner %s", chain.JobStatus(j.Status), j.Miner)
	}
	_, err = w.requester.ReleaseClaim(ctx, job)
	wantRevert(t, err, "releaseClaim", chain.ErrNotClaimHolder, map[string]any{"miner": addrOf(w.spare)})
}
