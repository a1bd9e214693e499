package validator

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

// TestDrawnForAnUnfollowedJobAbstains: a committee names this validator
// for a job it does not follow (here: a model it does not serve). Absent, it
// would be penalised; it commits a no-reveal abstention at once (never
// penalised, never paid), reveals it after the window and settles in turn,
// without gossiping a verdict for a root it does not know.
func TestDrawnForAnUnfollowedJobAbstains(t *testing.T) {
	f := newFixture(t)
	other := f.submitted()
	other.ModelID = 2
	m, _ := run(other, f.committed(), Tick{Block: seedBlock + 1, Time: 300})
	if why, ok := m.Ended(jobA); !ok || why != EndOtherModel {
		t.Fatalf("a job of another model: ended %v %v", why, ok)
	}
	drawBlock := uint64(seedBlock + 2)
	acts := m.Step(CommitteeDrawn{Job: jobA, Seed: seedA, Members: f.members, Block: drawBlock})
	c, ok := onlyAction[CommitVerdict](acts)
	if !ok || c.Verdict != chain.VerdictNoReveal || c.Evidence != Evidence(jobA, chain.VerdictNoReveal, 0, logits.Hash{}, ReasonAbstain) {
		t.Fatalf("drawn for an unfollowed job: %#v, want a no-reveal abstention", acts)
	}
	m.Step(VerdictCommitted{Job: jobA, Validator: self})
	commitEnd := drawBlock + testConfig().AttestWindow - 1 // the contract's: seedBlock + 10 + 1
	quietUntil(t, m, drawBlock+1, commitEnd)
	if _, ok := onlyAction[RevealVerdict](m.Step(Tick{Block: commitEnd + 1, Time: 500})); !ok {
		t.Fatal("no reveal after the window")
	}
	if acts := m.Step(Attested{Job: jobA, Validator: self, Verdict: chain.VerdictNoReveal}); acts != nil {
		t.Fatalf("an abstention for an unknown root was gossiped: %#v", acts)
	}
	settleFrom := commitEnd + testConfig().RevealWindow + 1*testConfig().SettleStagger // member index 1
	quietUntil(t, m, commitEnd+2, settleFrom)
	settlesAt(t, m, settleFrom+1)
	m.Step(JobSettled{Job: jobA, Outcome: chain.StatusUnserved})
	if why, _ := m.Ended(jobA); why != EndSettled {
		t.Fatalf("ended %v", why)
	}
}

// TestRoundTwoOfADroppedJobAbstains: a validator that stopped watching a job
// (or never saw it) is drawn on its round two: it abstains instead of being
// absent. Draws it is not on, replays after the window, and settled jobs
// are left alone.
func TestRoundTwoOfADroppedJobAbstains(t *testing.T) {
	m, _ := run(Tick{Block: 500, Time: 300})
	notUs := []common.Address{other}
	if acts := m.Step(EscalationDrawn{Job: jobA, Seed: seedA, Members: notUs, Block: 499}); acts != nil || m.Jobs() != 0 {
		t.Fatalf("not a member: %#v", acts)
	}
	if acts := m.Step(EscalationDrawn{Job: jobA, Seed: seedA, Members: []common.Address{other, self}, Block: 490}); acts != nil || m.Jobs() != 0 {
		t.Fatalf("a draw replayed after its window: %#v", acts)
	}
	acts := m.Step(EscalationDrawn{Job: jobA, Seed: seedA, Members: []common.Address{other, self}, Block: 499})
	if c, ok := onlyAction[CommitVerdict](acts); !ok || c.Verdict != chain.VerdictNoReveal {
		t.Fatalf("round two of a dropped job: %#v", acts)
	}
	if j, _ := m.Job(jobA); !j.Escalated || j.MemberIndex != 1 {
		t.Fatalf("record %+v", j)
	}
	m.Step(JobSettled{Job: jobA, Outcome: chain.StatusPassed})
	if acts := m.Step(CommitteeDrawn{Job: jobA, Seed: seedA, Members: []common.Address{self}, Block: 500}); acts != nil || m.Jobs() != 0 {
		t.Fatalf("a settled job's draw (a replay): %#v", acts)
	}
}
