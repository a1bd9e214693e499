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

// TestLimitRevealTimedBeforeTheDrawEventArrives documents what the machine
// does when it learns that the committee is drawn from the shell's
// SeedReady (the committee view) and that its commitment is on chain from
// the ErrAlreadyCommitted answer of a resent commitment, while the follower
// has not delivered CommitteeDrawn yet (a node slow on eth_getLogs): it
// does not know the draw's block, so it times the reveal by the earliest
// commitEnd (seedBlock + attestWindow = 110). A draw 5 blocks late makes
// the contract's commitEnd 115: the reveal sent at 111 is refused
// (RevealWindowNotOpen). The daemon retries that refusal on the next ticks
// (TestDaemonRetriesARevealRefusedAsTooEarly) instead of giving the reveal
// up, which made the member absent (a penalty of absentPenaltyBps of its
// stake). Once the event arrives the machine knows the moved windows.
func TestLimitRevealTimedBeforeTheDrawEventArrives(t *testing.T) {
	f := newFixture(t)
	m := checking(t, f) // drawn, known from SeedReady only
	if j, _ := m.Job(jobA); !j.Drawn || j.DrawBlock != 0 {
		t.Fatalf("drawn %v, draw block %d: want drawn with the block unknown", j.Drawn, j.DrawBlock)
	}
	attestOf(t, m.Step(f.honest(t)))
	m.Step(TxFailed{Job: jobA, Tx: TxCommitVerdict, Reason: "receipt timeout"}) // it landed
	if _, ok := onlyAction[CommitVerdict](m.Step(Tick{Block: 105, Time: 405})); !ok {
		t.Fatal("no resent commitment")
	}
	m.Step(VerdictCommitted{Job: jobA, Validator: self}) // the shell's answer to ErrAlreadyCommitted
	if _, ok := onlyAction[RevealVerdict](m.Step(Tick{Block: 111, Time: 411})); !ok {
		t.Fatal("the limit changed: no reveal at 111, the earliest commitEnd + 1")
	}
	if contract := chain.CommitEnd(seedBlock, seedBlock+6, 10); contract != 115 {
		t.Fatalf("contract commitEnd %d", contract)
	}
	// the refusal is transient: retried on every tick inside the machine's reveal window
	m.Step(TxFailed{Job: jobA, Tx: TxRevealVerdict, Reason: "RevealWindowNotOpen"})
	m.Step(CommitteeDrawn{Job: jobA, Seed: seedA, Members: f.members, Block: seedBlock + 6}) // the follower caught up
	if acts := m.Step(Tick{Block: 116, Time: 416}); len(acts) != 1 {
		t.Fatalf("block 116: %#v, want the reveal again", acts)
	}
}

// TestDaemonRetriesARevealRefusedAsTooEarly: the contract's
// RevealWindowNotOpen is not permanent (a draw later than the daemon knew
// moved the window, TestLimitRevealTimedBeforeTheDrawEventArrives): the
// reveal is sent again on the next tick and lands, where the daemon used
// to give it up and leave the member absent (penalised).
func TestDaemonRetriesARevealRefusedAsTooEarly(t *testing.T) {
	c := newFakeChain()
	c.fail["reveal-verdict"] = &chain.RevertError{Method: "revealVerdict", Err: chain.ErrRevealWindowNotOpen}
	h := newHarness(t, t.TempDir(), c, nil)
	announce(t, c, h.net)
	advanceTo(c, seedAt+1)
	h.waitFor("the verdict commitment", func() bool { return h.phase() == PhaseAttested })
	advanceTo(c, seedAt+window+1)
	h.waitFor("the refused reveal", func() bool { return c.Calls("reveal-verdict") == 1 && h.phase() == PhaseRevealRetry })
	advanceTo(c, seedAt+window+2)
	h.waitFor("the reveal", func() bool { return c.Calls("reveal-verdict") == 2 && h.phase() == PhaseRevealed })
	h.waitFor("the verdict gossip", func() bool { return len(h.net.Sent()) == 2 }) // the relayed prompt and the verdict
}

// TestCommitmentConfirmedAfterTheWindowsTickIsRevealed (review F4): a
// commitment that lands in the window's last block, whose event is stepped
// after the next block's tick took it for missed, is revealed all the same
// (the member is not absent); after the reveal window nothing is sent.
func TestCommitmentConfirmedAfterTheWindowsTickIsRevealed(t *testing.T) {
	f := newFixture(t)
	m := attesting(t, f) // commitment sent; it lands in block 110, the window's last
	acts := m.Step(Tick{Block: seedBlock + 11, Time: 411})
	if len(acts) != 1 || acts[0].(Missed).Duty != "commit" {
		t.Fatalf("tick after the window: %#v", acts)
	}
	acts = m.Step(VerdictCommitted{Job: jobA, Validator: self}) // block 110's event, stepped late
	if r, ok := onlyAction[RevealVerdict](acts); !ok || r.Verdict != chain.VerdictPass {
		t.Fatalf("a late-confirmed commitment: %#v, want its reveal", acts)
	}
	if j, _ := m.Job(jobA); j.Phase != PhaseRevealing || !j.VerdictCommitted {
		t.Fatalf("phase %v, committed %v", j.Phase, j.VerdictCommitted)
	}
	// Past the reveal window a late confirmation changes nothing.
	late := attesting(t, f)
	late.Step(Tick{Block: seedBlock + 11, Time: 411})
	late.Step(Tick{Block: seedBlock + 21, Time: 421})
	if acts := late.Step(VerdictCommitted{Job: jobA, Validator: self}); acts != nil {
		t.Fatalf("after the reveal window: %#v", acts)
	}
}
