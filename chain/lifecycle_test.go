package chain_test

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

var (
	testRoot   = logits.Hash{0xaa, 1}
	testTokens = logits.Hash{0xbb, 2}
	testN      = uint32(16)
	// testOutput is the committed output: testN tokens.
	testOutput = []uint32{0, 1, 2, 255, 256, 65535, 65536, 151935, 0x01020304, 0xffffffff, 7, 8, 9, 10, 11, 12}
	testMax    = uint32(64)
)

// stakeAll registers a model and stakes the miner (enough for two jobs'
// collateral at a 1 ether fee) and the validators.
func (w *world) stakeAll(t *testing.T) {
	t.Helper()
	ctx := testCtx(t)
	th := logits.DefaultThresholds()
	id, err := w.owner.RegisterModel(ctx, logits.Hash{0x77}, chain.ChainThresholds(th))
	if err != nil {
		t.Fatalf("registerModel: %v", err)
	}
	w.modelID = id
	must(w.miner.Stake(ctx, chain.RoleMiner, ether(40)))(t)
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
		MaxTokens:  testMax,
		Deadline:   w.tc.headTime(t) + 3600,
		Fee:        ether(1),
	})
	if err != nil {
		t.Fatalf("submitJob: %v", err)
	}
	return job
}

// claimAndCommit claims and commits job as the miner; it returns the seed block.
func (w *world) claimAndCommit(t *testing.T, job logits.JobID) uint64 {
	t.Helper()
	ctx := testCtx(t)
	must(w.miner.ClaimJob(ctx, job))(t)
	return must(w.miner.Commit(ctx, job, testRoot, testN, testTokens, testOutput))(t)
}

// commitAndDraw claims and commits job as the miner, seals blocks past the
// seed block and draws the committee; it returns the committee's clients.
func (w *world) commitAndDraw(t *testing.T, job logits.JobID) []*chain.Client {
	t.Helper()
	seedBlock := w.claimAndCommit(t, job)
	// The header of the seed block is checked against its successor's parent hash.
	w.tc.mineTo(t, seedBlock+1)
	return w.draw(t, job)
}

// draw draws job's committee (as an outsider) and returns its members' clients.
func (w *world) draw(t *testing.T, job logits.JobID) []*chain.Client {
	t.Helper()
	ctx := testCtx(t)
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

func salt(c *chain.Client, job logits.JobID) logits.Hash {
	return logits.Keccak256([]byte("salt"), c.From().Bytes(), job[:])
}

var testEvidence = logits.Hash{0xee}

// vote has each member commit v, seals blocks into the reveal window and has
// each member reveal it.
func (w *world) vote(t *testing.T, job logits.JobID, members []*chain.Client, v chain.Verdict) {
	t.Helper()
	ctx := testCtx(t)
	for _, m := range members {
		must(m.CommitVerdict(ctx, job, v, salt(m, job), testEvidence))(t)
	}
	w.mineToReveal(t, job)
	for _, m := range members {
		must(m.RevealVerdict(ctx, job, v, salt(m, job), testEvidence))(t)
	}
}

// mineToReveal seals blocks until the next transaction lands in the reveal window.
func (w *world) mineToReveal(t *testing.T, job logits.JobID) {
	t.Helper()
	ctx := testCtx(t)
	j := must(w.owner.Job(ctx, job))(t)
	w.tc.mineTo(t, j.CommitEnd+1) // the current round's (later after a late draw)
}

// settleAfterWindow seals blocks past the reveal window and settles.
func (w *world) settleAfterWindow(t *testing.T, job logits.JobID) *chain.Settlement {
	t.Helper()
	ctx := testCtx(t)
	j := must(w.owner.Job(ctx, job))(t)
	p := must(w.owner.Params(ctx))(t)
	w.tc.mineTo(t, j.CommitEnd+uint64(p.RevealWindow)+1) // the current round's
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

// lifecycle runs a whole passing job: submit, claim, commit, draw,
// commitVerdict, revealVerdict, settle; it checks ids, seed, challenge set
// and the per-token payout.
func lifecycle(t *testing.T, tc *testChain) {
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	ctx := testCtx(t)

	next := must(w.owner.NextJobID(ctx))(t)
	job := w.submit(t)
	if want := logits.NewJobID(w.owner.ChainID(), logits.Address(w.owner.Address()), 0, 1); job != want {
		t.Fatalf("job id %s, Go derivation for record 0, generation 1 gives %s", job, want)
	}
	if next != job {
		t.Fatalf("nextJobId() = %s before the submit, which gave %s", next, job)
	}
	if j := must(w.owner.Job(ctx, job))(t); j.ThresholdsVersion != 1 {
		t.Fatalf("job states thresholds version %d, want the active version 1", j.ThresholdsVersion)
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
	p := must(w.owner.Params(ctx))(t)
	seed := must(w.owner.Seed(ctx, job))(t)
	hdr := must(tc.backend.HeaderByNumber(ctx, bigU(j.CommitBlock+uint64(p.SeedDelay))))(t)
	if common.Hash(seed) != hdr.MixDigest || common.Hash(seed) == hdr.Hash() {
		t.Fatalf("seed %s, prevrandao of block commit+seedDelay is %s", seed, hdr.MixDigest)
	}
	if drawn := drawnSeed(t, w, job); drawn != seed {
		t.Fatalf("the contract drew with seed %s, the seed block's prevrandao is %s", drawn, seed)
	}
	// Go and the contract (from the seed block's header) derive the same challenge set.
	onChain := must(w.owner.ContractChallengePositions(ctx, job))(t)
	inGo := must(w.owner.ChallengePositions(ctx, job))(t)
	if !slices.Equal(onChain, inGo) || len(onChain) != int(min(p.Challenges, uint8(testN))) {
		t.Fatalf("challenge set: contract %v, Go %v", onChain, inGo)
	}
	w.vote(t, job, members, chain.VerdictPass)
	s := w.settleAfterWindow(t, job)
	w.logJobGas(t)
	if chain.JobStatus(s.Outcome) != chain.StatusPassed {
		t.Fatalf("outcome %v, want Passed", chain.JobStatus(s.Outcome))
	}
	// The miner's part is fee x n / maxTokens; the pass voters share 10 % of it.
	part := new(big.Int).Div(new(big.Int).Mul(ether(1), big.NewInt(int64(testN))), big.NewInt(int64(testMax)))
	voters := big.NewInt(int64(len(members)))
	split := new(big.Int).Add(s.MinerPayout, new(big.Int).Mul(s.VoterReward, voters))
	if split.Cmp(part) != 0 || s.VoterReward.Cmp(new(big.Int).Div(new(big.Int).Div(part, big.NewInt(10)), voters)) != 0 {
		t.Fatalf("part %s split as miner %s + %s x %s", part, s.MinerPayout, voters, s.VoterReward)
	}
	if want := new(big.Int).Sub(ether(1), part); s.Refund.Cmp(want) != 0 {
		t.Fatalf("refund %s, want the unused %s", s.Refund, want)
	}
	acct := must(w.miner.Account(ctx, w.miner.From()))(t)
	if acct.Owed.Cmp(s.MinerPayout) != 0 || acct.Locked.Sign() != 0 || acct.Jobs != 0 {
		t.Fatalf("miner account %+v after payout %s", acct, s.MinerPayout)
	}
	before := must(w.miner.Balance(ctx, w.miner.From()))(t)
	paid := must(w.miner.Withdraw(ctx))(t)
	after := must(w.miner.Balance(ctx, w.miner.From()))(t)
	if paid.Cmp(acct.Owed) != 0 || after.Cmp(before) <= 0 {
		t.Fatalf("withdraw paid %s (owed %s); balance %s -> %s", paid, acct.Owed, before, after)
	}
	// Settling twice is refused with the job's final status.
	_, err := w.spare.Settle(ctx, job)
	var rev *chain.RevertError
	if !errors.Is(err, chain.ErrWrongStatus) || !errors.As(err, &rev) || rev.Arg("status") != chain.StatusPassed {
		t.Fatalf("second settle: %v", err)
	}
	// The next job takes the settled job's record (generation 2, so a new id);
	// the settled job's id is unknown from then on.
	want := logits.NewJobID(w.owner.ChainID(), logits.Address(w.owner.Address()), 0, 2)
	if next := must(w.owner.NextJobID(ctx))(t); next != want {
		t.Fatalf("nextJobId() after the settlement = %s, want record 0, generation 2 = %s", next, want)
	}
	w.resetGas()
	again := w.submit(t)
	if again != want {
		t.Fatalf("the next job got %s, want %s", again, want)
	}
	if _, err := w.owner.Job(ctx, job); !errors.Is(err, chain.ErrUnknownJob) {
		t.Fatalf("getJob of the settled job after its record was reused: %v, want ErrUnknownJob", err)
	}
	// The job on the reused record runs to its end like the first, and costs
	// what docs/contract.md §9 states for the steady state on this node too.
	members = w.commitAndDraw(t, again)
	w.vote(t, again, members, chain.VerdictPass)
	if s := w.settleAfterWindow(t, again); chain.JobStatus(s.Outcome) != chain.StatusPassed {
		t.Fatalf("the job on the reused record: %v, want Passed", chain.JobStatus(s.Outcome))
	}
	total, txs := w.logJobGas(t)
	if exec := total - uint64(txs)*params.TxGas; exec > 350_000 {
		t.Fatalf("a job on a reused record took %d execution gas (%d transactions), above 350,000", exec, txs)
	}
}

func TestLifecycleSimulated(t *testing.T) { lifecycle(t, simChain(t)) }
func TestLifecycleDevNode(t *testing.T)   { lifecycle(t, devChain(t)) }
func TestLifecycleAnvil(t *testing.T)     { lifecycle(t, anvilChain(t)) }

// seedIsPrevrandao draws the committees of two jobs committed in different
// blocks: each seed is the prevrandao (MixDigest) of its seed block's
// header, and the two differ, so the chain gives a fresh value per block.
func seedIsPrevrandao(t *testing.T, tc *testChain) {
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	ctx := testCtx(t)
	a, b := w.submit(t), w.submit(t)
	seedA := w.claimAndCommit(t, a)
	tc.mine(t)
	seedB := w.claimAndCommit(t, b)
	if seedA == seedB {
		t.Fatalf("both jobs have seed block %d", seedA)
	}
	tc.mineTo(t, seedB+1)
	preview := must(w.owner.PreviewCommittee(ctx, a))(t)
	waited := must(w.owner.WaitSeed(ctx, a))(t)
	w.draw(t, a)
	w.draw(t, b)
	members, _ := must2(w.owner.Committee(ctx, a))(t)
	if !slices.Equal(preview, members) {
		t.Fatalf("preview %v, drawn %v", preview, members)
	}
	var seeds []common.Hash
	for _, c := range []struct {
		job   logits.JobID
		block uint64
	}{{a, seedA}, {b, seedB}} {
		seed := must(w.owner.Seed(ctx, c.job))(t)
		hdr := must(tc.backend.HeaderByNumber(ctx, bigU(c.block)))(t)
		if common.Hash(seed) != hdr.MixDigest {
			t.Fatalf("%s: seed %s, prevrandao of block %d is %s", tc.name, seed, c.block, hdr.MixDigest)
		}
		if drawn := drawnSeed(t, w, c.job); drawn != seed {
			t.Fatalf("the contract drew job %s with seed %s, Seed gives %s", c.job, drawn, seed)
		}
		seeds = append(seeds, common.Hash(seed))
	}
	if waited != logits.Hash(seeds[0]) {
		t.Fatalf("WaitSeed %s, drawn seed %s", waited, seeds[0])
	}
	if seeds[0] == seeds[1] || seeds[0] == (common.Hash{}) {
		t.Fatalf("%s: seeds %s and %s of blocks %d and %d: no fresh prevrandao per block", tc.name, seeds[0], seeds[1], seedA, seedB)
	}
	t.Logf("%s: prevrandao of blocks %d and %d: %s, %s", tc.name, seedA, seedB, seeds[0], seeds[1])
}

func TestSeedIsPrevrandaoSimulated(t *testing.T) { seedIsPrevrandao(t, simChain(t)) }
func TestSeedIsPrevrandaoDevNode(t *testing.T)   { seedIsPrevrandao(t, devChain(t)) }
func TestSeedIsPrevrandaoAnvil(t *testing.T)     { seedIsPrevrandao(t, anvilChain(t)) }

// The Go commitment equals the contract's verdictCommitment.
func TestVerdictCommitmentMatchesContract(t *testing.T) {
	w := deploy(t, simChain(t), testParams())
	ctx := testCtx(t)
	job, member := logits.JobID{1, 2, 3}, common.Address{0xbe, 0xef}
	for _, v := range []chain.Verdict{chain.VerdictPass, chain.VerdictFail, chain.VerdictNoReveal} {
		salt, ev := logits.Hash{byte(v), 9}, logits.Hash{0xee, byte(v)}
		got := must(w.owner.ContractVerdictCommitment(ctx, job, member, v, salt, ev))(t)
		if want := chain.VerdictCommitment(job, member, v, salt, ev); got != want {
			t.Fatalf("%v: contract %s, Go %s", v, got, want)
		}
	}
}

// logJobGas logs the gas of one job's calls as the client saw them.
func (w *world) logJobGas(t *testing.T) (total uint64, txs int) {
	t.Helper()
	w.mu.Lock()
	defer w.mu.Unlock()
	var parts []string
	for _, m := range []string{"submitJob", "claimJob", "commit", "drawCommittee", "commitVerdict", "revealVerdict", "settle"} {
		sum := uint64(0)
		for _, g := range w.gas[m] {
			sum += g
		}
		total += sum
		txs += len(w.gas[m])
		parts = append(parts, fmt.Sprintf("%s %d (x%d)", m, sum, len(w.gas[m])))
	}
	t.Logf("%s: job gas %d = %s", w.tc.name, total, strings.Join(parts, ", "))
	return total, txs
}

// resetGas forgets the gas recorded so far (the next job's is logged alone).
func (w *world) resetGas() {
	w.mu.Lock()
	defer w.mu.Unlock()
	clear(w.gas)
}

// drawnSeed is the seed the contract announced in the job's CommitteeDrawn
// (it does not store it).
func drawnSeed(t *testing.T, w *world, job logits.JobID) logits.Hash {
	t.Helper()
	evs := must(w.owner.JobEvents(testCtx(t), 0, "CommitteeDrawn", job))(t)
	if len(evs) != 1 {
		t.Fatalf("job %s: %d CommitteeDrawn events, want 1", job, len(evs))
	}
	d, ok := evs[0].Job.(chain.CommitteeDrawn)
	if !ok {
		t.Fatalf("CommitteeDrawn decodes as %T", evs[0].Job)
	}
	return logits.Hash(d.Seed)
}
