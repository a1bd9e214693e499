package chain_test

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

var (
	testRoot   = logits.Hash{0xaa, 1}
	testTokens = logits.Hash{0xbb, 2}
	testN      = uint32(16)
)

// stakeAll registers a model and stakes the miner and the validators.
func (w *world) stakeAll(t *testing.T) {
	t.Helper()
	ctx := testCtx(t)
	th := logits.DefaultThresholds()
	id, err := w.owner.RegisterModel(ctx, logits.Hash{0x77}, chain.ChainThresholds(th))
	if err != nil {
		t.Fatalf("registerModel: %v", err)
	}
	w.modelID = id
	must(w.miner.Stake(ctx, chain.RoleMiner, ether(2)))(t)
	for _, v := range w.validators {
		must(v.Stake(ctx, chain.RoleValidator, ether(1)))(t)
	}
}

// submit submits a job of fee 1 ether with a deadline an hour ahead.
func (w *world) submit(t *testing.T) logits.JobID {
	t.Helper()
	job, err := w.requester.SubmitJob(testCtx(t), chain.JobRequest{
		ModelID:    w.modelID,
		PromptHash: logits.PromptHash("Once upon a time"),
		MaxTokens:  64,
		Deadline:   w.tc.headTime(t) + 3600,
		Fee:        ether(1),
	})
	if err != nil {
		t.Fatalf("submitJob: %v", err)
	}
	return job
}

// commitAndDraw claims and commits job as the miner, seals blocks up to the
// seed block and draws the committee; it returns the committee's clients.
func (w *world) commitAndDraw(t *testing.T, job logits.JobID) []*chain.Client {
	t.Helper()
	ctx := testCtx(t)
	must(w.miner.ClaimJob(ctx, job))(t)
	seedBlock := must(w.miner.Commit(ctx, job, testRoot, testN, testTokens))(t)
	// Calls are estimated on the head block, which must be past the seed block.
	w.tc.mineTo(t, seedBlock+1)
	must(w.spare.DrawCommittee(ctx, job))(t)
	members, _ := must2(w.owner.Committee(ctx, job))(t)
	var out []*chain.Client
	for _, m := range members {
		for _, v := range w.validators {
			if v.From() == m {
				out = append(out, v)
			}
		}
	}
	if len(out) != len(members) {
		t.Fatalf("committee %v holds non-validators", members)
	}
	return out
}

// attest has each member attest v with the positions Go derives.
func (w *world) attest(t *testing.T, job logits.JobID, members []*chain.Client, v chain.Verdict) {
	t.Helper()
	ctx := testCtx(t)
	seed := must(w.owner.Seed(ctx, job))(t)
	p := must(w.owner.Params(ctx))(t)
	for _, m := range members {
		pos := logits.ChallengePositions(seed, job, logits.Address(m.From()), testN, int(p.ChallengesPerValidator))
		must(m.Attest(ctx, job, v, pos, logits.Hash{0xee}))(t)
	}
}

// settleAfterWindow seals blocks past the attest window and settles.
func (w *world) settleAfterWindow(t *testing.T, job logits.JobID) *chain.Settlement {
	t.Helper()
	ctx := testCtx(t)
	j := must(w.owner.Job(ctx, job))(t)
	p := must(w.owner.Params(ctx))(t)
	w.tc.mineTo(t, j.CommitBlock+uint64(p.SeedDelay)+uint64(p.AttestWindow)+1)
	s, err := w.spare.Settle(ctx, job)
	if err != nil {
		t.Fatalf("settle: %v", err)
	}
	return s
}

func must2[A, B any](a A, b B, err error) func(*testing.T) (A, B) {
	return func(t *testing.T) (A, B) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return a, b
	}
}

// lifecycle runs a whole passing job and checks ids, seed, positions, payout.
func lifecycle(t *testing.T, tc *testChain) {
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	ctx := testCtx(t)

	nonce := must(w.owner.JobNonce(ctx))(t) // the next job's nonce, from 0
	job := w.submit(t)
	if want := logits.NewJobID(w.owner.ChainID(), logits.Address(w.owner.Address()), nonce); job != want {
		t.Fatalf("job id %s, Go derivation for nonce %s gives %s", job, nonce, want)
	}
	if got := must(w.owner.JobIDFor(ctx, nonce))(t); got != job {
		t.Fatalf("jobIdFor(%s) = %s, want %s", nonce, got, job)
	}

	members := w.commitAndDraw(t, job)
	// The draw stops after 4C = 12 draws: from 4 equal validators it picks
	// all 3 members except in ~0.15% of seeds, when it stops at 2.
	if len(members) < 2 || len(members) > 3 {
		t.Fatalf("committee of %d, want 3 (2 when the draws repeat)", len(members))
	}
	j := must(w.owner.Job(ctx, job))(t)
	if chain.JobStatus(j.Status) != chain.StatusCommitted || j.Root != testRoot || j.N != testN || j.Miner != w.miner.From() {
		t.Fatalf("job after commit: %+v", j)
	}
	seed := must(w.owner.Seed(ctx, job))(t)
	hdr := must(tc.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(j.CommitBlock+2)))(t)
	if common.Hash(seed) != hdr.Hash() {
		t.Fatalf("seed %s, hash of block commit+seedDelay is %s", seed, hdr.Hash())
	}
	// Go and the contract derive the same challenge positions.
	for _, m := range members {
		onChain := must(w.owner.ChallengePositions(ctx, job, m.From()))(t)
		inGo := logits.ChallengePositions(seed, job, logits.Address(m.From()), testN, len(onChain))
		if !slices.Equal(onChain, inGo) || len(onChain) != 4 {
			t.Fatalf("positions for %s: contract %v, Go %v", m.From(), onChain, inGo)
		}
	}
	w.attest(t, job, members, chain.VerdictPass)
	s := w.settleAfterWindow(t, job)
	w.logJobGas(t)
	if chain.JobStatus(s.Outcome) != chain.StatusPassed {
		t.Fatalf("outcome %v, want Passed", chain.JobStatus(s.Outcome))
	}
	// The fee goes to the miner and the pass voters, who share a 10% cut.
	voters := big.NewInt(int64(len(members)))
	split := new(big.Int).Add(s.MinerPayout, new(big.Int).Mul(s.VoterReward, voters))
	if split.Cmp(ether(1)) != 0 || s.VoterReward.Cmp(new(big.Int).Div(new(big.Int).Div(ether(1), big.NewInt(10)), voters)) != 0 {
		t.Fatalf("fee of 1 ether split as miner %s + %s x %s", s.MinerPayout, voters, s.VoterReward)
	}
	owed := must(w.miner.Account(ctx, w.miner.From()))(t).Owed
	if owed.Cmp(s.MinerPayout) != 0 {
		t.Fatalf("miner owed %s, payout %s", owed, s.MinerPayout)
	}
	before := must(w.miner.Balance(ctx, w.miner.From()))(t)
	paid := must(w.miner.Withdraw(ctx))(t)
	after := must(w.miner.Balance(ctx, w.miner.From()))(t)
	if paid.Cmp(owed) != 0 || after.Cmp(before) <= 0 {
		t.Fatalf("withdraw paid %s (owed %s); balance %s -> %s", paid, owed, before, after)
	}
	// Settling twice is refused with the job's final status.
	_, err := w.spare.Settle(ctx, job)
	var rev *chain.RevertError
	if !errors.Is(err, chain.ErrWrongStatus) || !errors.As(err, &rev) || rev.Arg("status") != chain.StatusPassed {
		t.Fatalf("second settle: %v", err)
	}
}

func TestLifecycleSimulated(t *testing.T) { lifecycle(t, simChain(t)) }
func TestLifecycleDevNode(t *testing.T)   { lifecycle(t, devChain(t)) }
func TestLifecycleAnvil(t *testing.T)     { lifecycle(t, anvilChain(t)) }

// logJobGas logs the gas of one job's calls as the client saw them.
func (w *world) logJobGas(t *testing.T) {
	t.Helper()
	w.mu.Lock()
	defer w.mu.Unlock()
	total := uint64(0)
	var parts []string
	for _, m := range []string{"submitJob", "claimJob", "commit", "drawCommittee", "attest", "settle"} {
		sum := uint64(0)
		for _, g := range w.gas[m] {
			sum += g
		}
		total += sum
		parts = append(parts, fmt.Sprintf("%s %d (x%d)", m, sum, len(w.gas[m])))
	}
	t.Logf("%s: job gas %d = %s", w.tc.name, total, strings.Join(parts, ", "))
}
