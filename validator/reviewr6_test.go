package validator

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
)

// TestRoundOneMemberSettlesAfterALateRoundTwoDraw (review of the late-draw
// rule, R6): a round-one member of an escalated job settles after round
// two's members, so it must time that by round two's commitEnd, which a
// late round-two draw moves. Before the fix the machine never recorded
// round two's draw block for a round-one member (EscalationDrawn returned
// first), so with an attest window of 40 and a draw 30 blocks late it
// settled at block 225 while the contract refuses settle until 237
// (RevealWindowOpen, a revert the daemon takes as permanent: the member
// then never settles the job).
func TestRoundOneMemberSettlesAfterALateRoundTwoDraw(t *testing.T) {
	f := newFixture(t)
	cfg := testConfig()
	cfg.AttestWindow = 40
	m := NewMachine(cfg)
	m.Step(Tick{Block: 1, Time: 100})
	for _, ev := range []Event{f.submitted(), f.committed(), PromptReceived{Job: jobA, Prompt: prompt}, f.commitment(), f.seed(),
		CommitteeDrawn{Job: jobA, Seed: seedA, Members: f.members, Block: seedBlock + 2}} {
		m.Step(ev)
	}
	attestOf(t, m.Step(f.honest(t)))
	m.Step(VerdictCommitted{Job: jobA, Validator: self})
	end1 := chain.CommitEnd(seedBlock, seedBlock+2, 40) // 141
	if _, ok := onlyAction[RevealVerdict](m.Step(Tick{Block: end1 + 1, Time: 500})); !ok {
		t.Fatal("no reveal after round one's commit window")
	}
	m.Step(Attested{Job: jobA, Validator: self, Verdict: chain.VerdictPass})
	settlesAt(t, m, end1+10+2+1) // member 1 of round one: stagger 2
	const seedTwo, late = 156, 30
	m.Step(JobEscalated{Job: jobA, SeedBlock: seedTwo})
	m.Step(EscalationDrawn{Job: jobA, Seed: seedB, Members: []common.Address{second, miner}, Block: seedTwo + 1 + late})
	end2 := chain.CommitEnd(seedTwo, seedTwo+1+late, 40) // 226: the contract settles from 237
	// after round two's MaxRoundTwo members: (MaxRoundTwo + 1) staggers past round two's reveal window
	last := end2 + 10 + (MaxRoundTwo+1)*2
	quietUntil(t, m, end1+10+4, last)
	settlesAt(t, m, last+1)
}
