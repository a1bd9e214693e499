package chain_test

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

// extraValKeys are the dev keys staked besides keys 3..6 when round two needs
// validators that were not on round one (key 9 seals no block on the
// simulated chain).
var extraValKeys = []int{8, 9}

// voteEach has members[i] commit and reveal verdicts[i].
func (w *world) voteEach(t *testing.T, job logits.JobID, members []*chain.Client, verdicts []chain.Verdict) {
	t.Helper()
	ctx := testCtx(t)
	for i, m := range members {
		must(m.CommitVerdict(ctx, job, verdicts[i], salt(m, job), testEvidence))(t)
	}
	w.mineToReveal(t, job)
	for i, m := range members {
		must(m.RevealVerdict(ctx, job, verdicts[i], salt(m, job), testEvidence))(t)
	}
}

// A griefer on round one reveals Fail on an honest job: settle escalates the
// job instead of settling it (the typed events decode, the challenge set
// stays round one's), round two is drawn from the other validators at its
// own seed block and in its own windows, passes the job, and the final
// settlement pays the miner and every Pass voter of both rounds and
// penalises the griefer.
func TestEscalatedGrieferIsOverruled(t *testing.T) {
	tc := simChain(t)
	w := deploy(t, tc, testParams())
	for _, k := range extraValKeys {
		w.validators = append(w.validators, w.owner.WithKey(tc.keys[k]))
	}
	w.stakeAll(t)
	ctx := testCtx(t)
	p := must(w.owner.Params(ctx))(t)

	job := w.submit(t)
	first := w.commitAndDraw(t, job)
	if len(first) != int(p.CommitteeSize) {
		t.Fatalf("round one has %d members, want %d", len(first), p.CommitteeSize)
	}
	seed := must(w.owner.Seed(ctx, job))(t)
	positions := must(w.owner.ChallengePositions(ctx, job))(t)
	griefer := first[0]
	verdicts := []chain.Verdict{chain.VerdictFail, chain.VerdictPass, chain.VerdictPass}
	w.voteEach(t, job, first, verdicts)
	stakeBefore := map[common.Address]*big.Int{}
	for _, v := range w.validators {
		stakeBefore[v.From()] = must(w.owner.Account(ctx, v.From()))(t).Stake
	}

	// settle escalates: no JobSettled, nobody paid yet
	s := w.settleAfterWindow(t, job)
	if chain.JobStatus(s.Outcome) != chain.StatusEscalated || s.MinerPayout.Sign() != 0 || s.Refund.Sign() != 0 {
		t.Fatalf("settle of a 2 Pass + 1 Fail round one: outcome %v, %+v; want Escalated, nothing paid", chain.JobStatus(s.Outcome), s)
	}
	j := must(w.owner.Job(ctx, job))(t)
	evs := must(w.owner.JobEvents(ctx, w.owner.Block, "JobEscalated", job))(t)
	if len(evs) != 1 {
		t.Fatalf("%d JobEscalated events", len(evs))
	}
	esc, ok := evs[0].Job.(chain.JobEscalated)
	if !ok || esc.Job != job || esc.SeedBlock != j.SeedBlock || esc.SeedBlock != evs[0].Pos.Block+uint64(p.SeedDelay) {
		t.Fatalf("JobEscalated %#v in block %d; getJob's seed block %d", evs[0].Job, evs[0].Pos.Block, j.SeedBlock)
	}
	if settled := must(w.owner.JobEvents(ctx, w.owner.Block, "JobSettled", job))(t); len(settled) != 0 {
		t.Fatal("an escalated job emitted JobSettled")
	}
	if chain.JobStatus(j.Status) != chain.StatusEscalated || chain.JobStatus(j.Status).Settled() {
		t.Fatalf("status %v", chain.JobStatus(j.Status))
	}
	if m, _ := must2(w.owner.Committee(ctx, job))(t); len(m) != 0 {
		t.Fatalf("committee between escalation and round two's draw: %v", m)
	}
	if sb := must(w.owner.SeedBlock(ctx, job))(t); sb != esc.SeedBlock {
		t.Fatalf("SeedBlock %d, want round two's %d", sb, esc.SeedBlock)
	}

	// round two: previewed, drawn at its own seed block, disjoint from round one
	tc.mineTo(t, esc.SeedBlock+1)
	if got := must(w.owner.WaitSeed(ctx, job))(t); got != seed {
		t.Fatalf("WaitSeed of the escalated job %s, want round one's %s", got, seed)
	}
	preview := must(w.owner.PreviewCommittee(ctx, job))(t)
	from := must(w.owner.Head(ctx))(t).Block
	second := w.draw(t, job)
	drawn := must(w.owner.Events(ctx, from, must(w.owner.Head(ctx))(t).Block, "EscalationDrawn", "CommitteeDrawn"))(t)
	if len(drawn) != 1 {
		t.Fatalf("round two's draw emitted %d draw events", len(drawn))
	}
	ed, ok := drawn[0].Job.(chain.EscalationDrawn)
	if !ok || ed.Job != job || !slices.Equal(ed.Members, preview) || ed.Seed == seed {
		t.Fatalf("EscalationDrawn %#v, preview %v, round one's seed %s", drawn[0].Job, preview, seed)
	}
	if len(second) < 2 {
		t.Fatalf("round two drew %d members", len(second))
	}
	for _, m := range second {
		if slices.ContainsFunc(first, func(f *chain.Client) bool { return f.From() == m.From() }) {
			t.Fatalf("round-one member %s drawn on round two", m.From())
		}
	}
	if got := must(w.owner.Seed(ctx, job))(t); got != seed {
		t.Fatalf("seedOf after round two's draw %s, want round one's %s", got, seed)
	}
	if got := must(w.owner.ChallengePositions(ctx, job))(t); !slices.Equal(got, positions) {
		t.Fatalf("challenge set after escalation %v, want round one's %v", got, positions)
	}
	// a round-one member cannot vote again
	if _, err := griefer.CommitVerdict(ctx, job, chain.VerdictFail, salt(griefer, job), testEvidence); err == nil {
		t.Fatal("a round-one member committed a round-two verdict")
	}

	pass := make([]chain.Verdict, len(second))
	for i := range pass {
		pass[i] = chain.VerdictPass
	}
	w.voteEach(t, job, second, pass)
	minerBefore := must(w.owner.Account(ctx, w.miner.From()))(t)
	s = w.settleAfterWindow(t, job)
	if chain.JobStatus(s.Outcome) != chain.StatusPassed || s.MinerPayout.Sign() <= 0 || s.VoterReward.Sign() <= 0 {
		t.Fatalf("round two settled %v, %+v; want Passed with a payout", chain.JobStatus(s.Outcome), s)
	}
	miner := must(w.owner.Account(ctx, w.miner.From()))(t)
	if miner.Locked.Sign() != 0 || miner.Jobs != 0 || new(big.Int).Sub(miner.Owed, minerBefore.Owed).Cmp(s.MinerPayout) != 0 || miner.Stake.Cmp(minerBefore.Stake) != 0 {
		t.Fatalf("miner %+v (before %+v), payout %s", miner, minerBefore, s.MinerPayout)
	}
	penalty := func(stake *big.Int) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(stake, big.NewInt(int64(p.AbsentPenaltyBps))), big.NewInt(10_000))
	}
	for _, v := range append(slices.Clone(first), second...) {
		a := must(w.owner.Account(ctx, v.From()))(t)
		if a.Duties != 0 {
			t.Errorf("%s keeps %d duties", v.From(), a.Duties)
		}
		before := stakeBefore[v.From()]
		if v == griefer {
			if want := new(big.Int).Sub(before, penalty(before)); a.Stake.Cmp(want) != 0 || a.Owed.Sign() != 0 {
				t.Errorf("griefer: stake %s, owed %s; want %s and nothing", a.Stake, a.Owed, want)
			}
			continue
		}
		if a.Stake.Cmp(before) != 0 || a.Owed.Cmp(s.VoterReward) != 0 {
			t.Errorf("pass voter %s: stake %s -> %s, owed %s; want the stake kept and %s", v.From(), before, a.Stake, a.Owed, s.VoterReward)
		}
	}
}
