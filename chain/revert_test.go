package chain_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

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

// revertPaths drives the reverts of every call of the job flow through the client.
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

	_, err = w.requester.SubmitJob(ctx, chain.JobRequest{ModelID: 99, ExpectedVersion: 1, MaxTokens: 8, Deadline: tc.headTime(t) + 600, Fee: ether(1)})
	wantRevert(t, err, "submitJob", chain.ErrUnknownModel, map[string]any{"modelId": uint32(99)})
	_, err = w.requester.SubmitJob(ctx, chain.JobRequest{ModelID: w.modelID, ExpectedVersion: 2, MaxTokens: 8, Deadline: tc.headTime(t) + 600, Fee: ether(1)})
	wantRevert(t, err, "submitJob", chain.ErrVersionMismatch, map[string]any{"active": uint32(1), "expected": uint32(2)})
	_, err = w.requester.SubmitJob(ctx, chain.JobRequest{ModelID: w.modelID, MaxTokens: 8, Deadline: tc.headTime(t) + 600, Fee: big.NewInt(1)})
	wantRevert(t, err, "submitJob", chain.ErrFeeTooLow, nil)

	job := w.submit(t)

	// Unstaked caller; a commit without a claim.
	_, err = w.spare.ClaimJob(ctx, job)
	wantRevert(t, err, "claimJob", chain.ErrRoleMismatch, map[string]any{"have": chain.RoleNone, "want": chain.RoleMiner})
	_, err = w.miner.Commit(ctx, job, testRoot, testN, testTokens, testOutput)
	wantRevert(t, err, "commit", chain.ErrWrongStatus, map[string]any{"status": chain.StatusOpen})

	// Early withdraw: nothing owed, nothing unbonding.
	_, err = w.spare.Withdraw(ctx)
	wantRevert(t, err, "withdraw", chain.ErrNothingToWithdraw, nil)

	// Draw before the seed block: the contract says why.
	must(w.miner.ClaimJob(ctx, job))(t)
	// The output must hold exactly n tokens.
	_, err = w.miner.Commit(ctx, job, testRoot, testN, testTokens, testOutput[:3])
	wantRevert(t, err, "commit", chain.ErrOutputLengthMismatch, map[string]any{"n": testN})
	seedBlock := must(w.miner.Commit(ctx, job, testRoot, testN, testTokens, testOutput))(t)
	_, err = w.spare.DrawCommittee(ctx, job)
	wantRevert(t, err, "drawCommittee", chain.ErrSeedNotReady, map[string]any{"seedBlock": seedBlock})
	_, err = w.spare.PreviewCommittee(ctx, job)
	wantRevert(t, err, "previewCommittee", chain.ErrSeedNotReady, map[string]any{"seedBlock": seedBlock})
	if _, err = w.owner.Seed(ctx, job); !errors.Is(err, chain.ErrHeaderNotAvailable) {
		t.Fatalf("seed before the seed block: %v, want ErrHeaderNotAvailable", err)
	}
	tc.mineTo(t, seedBlock+1)
	members := w.draw(t, job)

	// Double commit; the miner's locked collateral cannot be unbonded.
	_, err = w.miner.Commit(ctx, job, testRoot, testN, testTokens, testOutput)
	wantRevert(t, err, "commit", chain.ErrWrongStatus, map[string]any{"status": chain.StatusCommitted})
	_, err = w.miner.RequestUnbond(ctx, ether(40))
	wantRevert(t, err, "requestUnbond", chain.ErrInsufficientFreeStake, nil)
	_, err = w.spare.DrawCommittee(ctx, job)
	wantRevert(t, err, "drawCommittee", chain.ErrCommitteeAlreadyDrawn, nil)

	// Verdicts by a validator outside the committee, and by an unstaked account.
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
	_, err = outsider.CommitVerdict(ctx, job, chain.VerdictPass, logits.Hash{}, logits.Hash{})
	wantRevert(t, err, "commitVerdict", chain.ErrNotCommitteeMember, map[string]any{"caller": outsider.From()})
	_, err = w.spare.CommitVerdict(ctx, job, chain.VerdictPass, logits.Hash{}, logits.Hash{})
	wantRevert(t, err, "commitVerdict", chain.ErrNotCommitteeMember, map[string]any{"caller": w.spare.From()})

	// A reveal before the reveal window; settle while it is open.
	for _, m := range members {
		must(m.CommitVerdict(ctx, job, chain.VerdictPass, salt(m, job), testEvidence))(t)
	}
	_, err = members[0].RevealVerdict(ctx, job, chain.VerdictPass, salt(members[0], job), testEvidence)
	wantRevert(t, err, "revealVerdict", chain.ErrRevealWindowNotOpen, nil)
	_, err = w.spare.Settle(ctx, job)
	wantRevert(t, err, "settle", chain.ErrRevealWindowOpen, nil)

	// A reveal of another verdict than the committed one.
	w.mineToReveal(t, job)
	_, err = members[0].RevealVerdict(ctx, job, chain.VerdictFail, salt(members[0], job), testEvidence)
	wantRevert(t, err, "revealVerdict", chain.ErrCommitmentMismatch, map[string]any{"member": members[0].From()})
	for _, m := range members {
		must(m.RevealVerdict(ctx, job, chain.VerdictPass, salt(m, job), testEvidence))(t)
	}
	_, err = members[0].RevealVerdict(ctx, job, chain.VerdictPass, salt(members[0], job), testEvidence)
	wantRevert(t, err, "revealVerdict", chain.ErrAlreadyRevealed, nil)
	w.settleAfterWindow(t, job)

	// Settle twice.
	_, err = w.spare.Settle(ctx, job)
	wantRevert(t, err, "settle", chain.ErrWrongStatus, map[string]any{"status": chain.StatusPassed})

	// Early withdraw of unbonding stake.
	must(outsider.RequestUnbond(ctx, ether(1)))(t)
	_, err = outsider.Withdraw(ctx)
	wantRevert(t, err, "withdraw", chain.ErrUnbondingNotReady, nil)

	// Late commit: the deadline passes before the claim holder commits.
	late, err := w.requester.SubmitJob(ctx, chain.JobRequest{
		ModelID: w.modelID, MaxTokens: 64, Deadline: tc.headTime(t) + 3, Fee: ether(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	must(w.miner.ClaimJob(ctx, late))(t)
	tc.warp(t, 4*time.Second)
	_, err = w.miner.Commit(ctx, late, testRoot, testN, testTokens, testOutput)
	wantRevert(t, err, "commit", chain.ErrDeadlinePassed, map[string]any{"jobId": common.Hash(late)})
}

func TestRevertPathsSimulated(t *testing.T) { revertPaths(t, simChain(t)) }
func TestRevertPathsDevNode(t *testing.T)   { revertPaths(t, devChain(t)) }
func TestRevertPathsAnvil(t *testing.T)     { revertPaths(t, anvilChain(t)) }

// geth estimates gas on the head block: a verdict commitment estimated in
// the last block of the attest window is mined in the next one and reverts
// there. The client replays it in the including block and still reports the
// typed error.
func TestRevertFoundAfterMining(t *testing.T) {
	tc := simChain(t)
	p := testParams()
	w := deploy(t, tc, p)
	w.stakeAll(t)
	ctx := testCtx(t)
	job := w.submit(t)
	members := w.commitAndDraw(t, job)
	j := must(w.owner.Job(ctx, job))(t)
	last := j.CommitEnd // seedBlock + attestWindow + the draw's lateness
	if last <= j.CommitBlock+uint64(p.SeedDelay)+uint64(p.AttestWindow) {
		t.Fatalf("the draw in a later block than seedBlock + 1 should move commitEnd (%d) past seedBlock + attestWindow", last)
	}
	tc.mineTo(t, last)
	m := members[0]
	_, err := m.CommitVerdict(ctx, job, chain.VerdictPass, salt(m, job), testEvidence)
	wantRevert(t, err, "commitVerdict", chain.ErrAttestWindowClosed, map[string]any{"lastBlock": last})
	w.mu.Lock()
	mined := len(w.gas["commitVerdict"])
	w.mu.Unlock()
	if mined != 1 {
		t.Fatalf("%d commitVerdict receipts; the revert should have been found after mining", mined)
	}
}
