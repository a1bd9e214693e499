package chain_test

import (
	"errors"
	"github.com/ethereum/go-ethereum/common"
	"strings"
	"testing"
	"time"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

// wantRevert checks err is a *RevertError for the custom error want from
// method, with the given argument values, and that its message names both.
func wantRevert(t *testing.T, err error, method string, want chain.ContractError, args map[string]any) {
	t.Helper()
	var rev *chain.RevertError
	if !errors.Is(err, want) || !errors.Is(err, chain.ErrReverted) || !errors.As(err, &rev) {
		t.Fatalf("%s: got error %v, want revert %s", method, err, want)
	}
	if rev.Method != method || !strings.Contains(err.Error(), method) || !strings.Contains(err.Error(), string(want)) {
		t.Fatalf("%s: message %q / method %q do not name the call and error", method, err, rev.Method)
	}
	if rev.Detail == nil {
		t.Fatalf("%s: %s has no typed detail", method, want)
	}
	for name, v := range args {
		if got := rev.Arg(name); got != v {
			t.Fatalf("%s: %s.%s = %v (%T), want %v (%T)", method, want, name, got, got, v, v)
		}
	}
}

// revertPaths drives every revert the issue lists through the client.
func revertPaths(t *testing.T, tc *testChain) {
	p := testParams()
	p.UnbondingDelay = 3600
	w := deploy(t, tc, p)
	w.stakeAll(t)
	ctx := testCtx(t)

	_, err := w.miner.RegisterModel(ctx, logits.Hash{1}, chain.ChainThresholds(logits.DefaultThresholds()))
	wantRevert(t, err, "registerModel", chain.ErrNotOwner, map[string]any{"caller": w.miner.From()})

	_, err = w.spare.Stake(ctx, chain.RoleMiner, ether(1).Div(ether(1), ether(2)))
	wantRevert(t, err, "stake", chain.ErrZeroValue, nil)
	_, err = w.spare.Stake(ctx, chain.RoleValidator, ether(1).Rsh(ether(1), 1))
	wantRevert(t, err, "stake", chain.ErrStakeBelowMinimum, nil)

	_, err = w.requester.SubmitJob(ctx, chain.JobRequest{ModelID: 99, MaxTokens: 8, Deadline: tc.headTime(t) + 600, Fee: ether(1)})
	wantRevert(t, err, "submitJob", chain.ErrUnknownModel, map[string]any{"modelId": uint32(99)})

	job := w.submit(t)

	// Unstaked caller.
	_, err = w.spare.ClaimJob(ctx, job)
	wantRevert(t, err, "claimJob", chain.ErrRoleMismatch, map[string]any{"have": chain.RoleNone, "want": chain.RoleMiner})
	_, err = w.spare.Commit(ctx, job, testRoot, testN, testTokens)
	wantRevert(t, err, "commit", chain.ErrRoleMismatch, map[string]any{"have": chain.RoleNone, "want": chain.RoleMiner})

	// Early withdraw: nothing owed, nothing unbonding.
	_, err = w.spare.Withdraw(ctx)
	wantRevert(t, err, "withdraw", chain.ErrNothingToWithdraw, nil)

	members := w.commitAndDraw(t, job)

	// Double commit.
	_, err = w.miner.Commit(ctx, job, testRoot, testN, testTokens)
	wantRevert(t, err, "commit", chain.ErrWrongStatus, map[string]any{"status": chain.StatusCommitted})

	// Unbond with a pending job.
	_, err = w.miner.RequestUnbond(ctx, ether(2))
	wantRevert(t, err, "requestUnbond", chain.ErrPendingDuties, map[string]any{"pending": uint32(1)})

	// Attest by a validator outside the committee, and by an unstaked account.
	var outsider *chain.Client
	for _, v := range w.validators {
		in := false
		for _, m := range members {
			in = in || m.From() == v.From()
		}
		if !in {
			outsider = v
		}
	}
	seed := must(w.owner.Seed(ctx, job))(t)
	pos := func(c *chain.Client) []uint32 {
		return logits.ChallengePositions(seed, job, logits.Address(c.From()), testN, int(p.ChallengesPerValidator))
	}
	_, err = outsider.Attest(ctx, job, chain.VerdictPass, pos(outsider), logits.Hash{})
	wantRevert(t, err, "attest", chain.ErrNotCommitteeMember, map[string]any{"caller": outsider.From()})
	_, err = w.spare.Attest(ctx, job, chain.VerdictPass, pos(w.spare), logits.Hash{})
	wantRevert(t, err, "attest", chain.ErrNotCommitteeMember, map[string]any{"caller": w.spare.From()})

	// Attest for a wrong position.
	bad := pos(members[0])
	want := bad[1]
	bad[1] = (bad[1] + 1) % testN
	_, err = members[0].Attest(ctx, job, chain.VerdictPass, bad, logits.Hash{})
	wantRevert(t, err, "attest", chain.ErrWrongPositions, map[string]any{"expected": want, "got": bad[1]})

	// Settle while the attest window is open.
	_, err = w.spare.Settle(ctx, job)
	wantRevert(t, err, "settle", chain.ErrAttestWindowOpen, nil)

	w.attest(t, job, members, chain.VerdictPass)
	w.settleAfterWindow(t, job)

	// Settle twice.
	_, err = w.spare.Settle(ctx, job)
	wantRevert(t, err, "settle", chain.ErrWrongStatus, map[string]any{"status": chain.StatusPassed})

	// Early withdraw of unbonding stake.
	must(outsider.RequestUnbond(ctx, ether(1)))(t)
	_, err = outsider.Withdraw(ctx)
	wantRevert(t, err, "withdraw", chain.ErrUnbondingNotReady, nil)

	// Late commit: the deadline passes before the miner commits.
	late, err := w.requester.SubmitJob(ctx, chain.JobRequest{
		ModelID: w.modelID, MaxTokens: 64, Deadline: tc.headTime(t) + 2, Fee: ether(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	tc.warp(t, 3*time.Second)
	_, err = w.miner.Commit(ctx, late, testRoot, testN, testTokens)
	wantRevert(t, err, "commit", chain.ErrDeadlinePassed, map[string]any{"jobId": common.Hash(late)})
}

func TestRevertPathsSimulated(t *testing.T) { revertPaths(t, simChain(t)) }
func TestRevertPathsDevNode(t *testing.T)   { revertPaths(t, devChain(t)) }
func TestRevertPathsAnvil(t *testing.T)     { revertPaths(t, anvilChain(t)) }

// geth estimates gas on the head block: an attestation estimated in the
// last block of the window is mined in the next one and reverts there. The
// client replays it in the including block and still reports the typed error.
func TestRevertFoundAfterMining(t *testing.T) {
	tc := simChain(t)
	p := testParams()
	w := deploy(t, tc, p)
	w.stakeAll(t)
	ctx := testCtx(t)
	job := w.submit(t)
	members := w.commitAndDraw(t, job)
	j := must(w.owner.Job(ctx, job))(t)
	last := j.CommitBlock + uint64(p.SeedDelay) + uint64(p.AttestWindow)
	tc.mineTo(t, last)
	seed := must(w.owner.Seed(ctx, job))(t)
	m := members[0]
	pos := logits.ChallengePositions(seed, job, logits.Address(m.From()), testN, int(p.ChallengesPerValidator))
	_, err := m.Attest(ctx, job, chain.VerdictPass, pos, logits.Hash{})
	wantRevert(t, err, "attest", chain.ErrAttestWindowClosed, map[string]any{"lastBlock": last})
	w.mu.Lock()
	mined := len(w.gas["attest"])
	w.mu.Unlock()
	if mined != 1 {
		t.Fatalf("%d attest receipts; the revert should have been found after mining", mined)
	}
}
