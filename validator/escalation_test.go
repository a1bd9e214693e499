package validator

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

// Escalation (settlement v2): round one's members are f.members without
// self in the watcher's view; round two is drawn from seedBlock2.
const seedBlock2 = 140

var (
	seedB  = logits.Hash{0xb2} // round two's seed: picks members, never positions
	second = common.Address{0x44}
	third  = common.Address{0x55}
)

// watching is a machine that holds jobA with its prompt and commitment but
// was not drawn on round one.
func watching(t *testing.T, f *fixture) *Machine {
	t.Helper()
	roundOne := []common.Address{other, miner}
	m, _ := run(f.submitted(), f.committed(), PromptReceived{Job: jobA, Prompt: prompt}, f.commitment(),
		SeedReady{Job: jobA, Seed: seedA, Members: roundOne}, CommitteeDrawn{Job: jobA, Seed: seedA, Members: roundOne})
	if phaseOf(t, m) != PhaseWatch {
		t.Fatalf("phase %v, want watch", phaseOf(t, m))
	}
	return m
}

func TestEscalationReentersWaitingForTheDraw(t *testing.T) {
	f := newFixture(t)
	m := watching(t, f)
	m.Step(Tick{Block: seedBlock + 25, Time: 400}) // round one settles late: still watched
	acts := m.Step(JobEscalated{Job: jobA, SeedBlock: seedBlock2})
	if want := []Action{AwaitSeed{Job: jobA, SeedBlock: seedBlock2}}; !reflect.DeepEqual(acts, want) {
		t.Fatalf("escalated: %#v, want %#v", acts, want)
	}
	j, _ := m.Job(jobA)
	if j.Phase != PhaseSeed || !j.Escalated || j.SeedBlock != seedBlock2 || j.FirstSeedBlock != seedBlock || j.Drawn || j.Members != nil || j.FirstMember {
		t.Fatalf("escalated job %+v", j)
	}
	// replays change nothing: the escalation, round one's draw
	if acts := m.Step(JobEscalated{Job: jobA, SeedBlock: seedBlock2}); acts != nil {
		t.Fatalf("replayed escalation: %#v", acts)
	}
	if acts := m.Step(CommitteeDrawn{Job: jobA, Seed: seedA, Members: []common.Address{self}}); acts != nil || phaseOf(t, m) != PhaseSeed {
		t.Fatalf("replayed round-one draw: %#v, phase %v", acts, phaseOf(t, m))
	}
	// the previewed round two includes us: we draw it, like round one
	acts = m.Step(SeedReady{Job: jobA, Seed: seedA, Members: []common.Address{second, self}})
	if want := []Action{Draw{Job: jobA}}; !reflect.DeepEqual(acts, want) || phaseOf(t, m) != PhaseGather {
		t.Fatalf("round-two preview: %#v, phase %v", acts, phaseOf(t, m))
	}
	// a restart while waiting asks for round two's seed block again
	m2 := watching(t, f)
	m2.Step(JobEscalated{Job: jobA, SeedBlock: seedBlock2})
	r := restored(t, m2)
	if acts := r.Step(Restarted{}); !reflect.DeepEqual(acts, []Action{AwaitSeed{Job: jobA, SeedBlock: seedBlock2}}) {
		t.Fatalf("restarted: %#v", acts)
	}
	before, _ := m2.Job(jobA)
	after, _ := r.Job(jobA)
	if !reflect.DeepEqual(before, after) {
		t.Fatalf("snapshot round trip: %+v, want %+v", after, before)
	}
	// not on round two: the job ends
	acts = r.Step(EscalationDrawn{Job: jobA, Seed: seedB, Members: []common.Address{second}})
	if why, _ := r.Ended(jobA); acts != nil || why != EndNotMember {
		t.Fatalf("drawn off round two: %#v, ended %v", acts, why)
	}
}

func TestRoundTwoMemberChecksRoundOnesPositionsInItsWindows(t *testing.T) {
	f := newFixture(t)
	m := watching(t, f)
	m.Step(Tick{Block: seedBlock + 22, Time: 400})
	m.Step(JobEscalated{Job: jobA, SeedBlock: seedBlock2})
	m.Step(Tick{Block: seedBlock2 + 1, Time: 450}) // round one's windows are long over
	roundTwo := []common.Address{second, third, self}
	acts := m.Step(EscalationDrawn{Job: jobA, Seed: seedB, Members: roundTwo})
	c, ok := onlyAction[Check](acts)
	if !ok {
		t.Fatalf("round-two draw: %#v", acts)
	}
	if want := distinct(f.positions()); !reflect.DeepEqual(c.Positions, want) {
		t.Fatalf("round two checks %v, want round one's challenge set %v", c.Positions, want)
	}
	if other := distinct(logits.ChallengeSet(seedB, jobA, nTokens, testConfig().K)); reflect.DeepEqual(other, c.Positions) {
		t.Fatal("test fixture: round two's seed gives the same positions; the test cannot tell them apart")
	}
	if want := []common.Address{second, third, self, other, miner}; !reflect.DeepEqual(c.Members, want) {
		t.Fatalf("check relays through %v, want round two then round one %v", c.Members, want)
	}
	a := attestOf(t, m.Step(f.honest(t)))
	if a.Verdict != chain.VerdictPass {
		t.Fatalf("verdict %v (%s)", a.Verdict, a.Reason)
	}
	m.Step(VerdictCommitted{Job: jobA, Validator: self})
	// round two's attest window ends at 150: the reveal waits for it
	for b := uint64(seedBlock2 + 2); b <= seedBlock2+10; b++ {
		if acts := m.Step(Tick{Block: b, Time: 450 + b}); acts != nil {
			t.Fatalf("block %d: %#v", b, acts)
		}
	}
	if _, ok := onlyAction[RevealVerdict](m.Step(Tick{Block: seedBlock2 + 11, Time: 700})); !ok {
		t.Fatal("no reveal in round two's reveal window")
	}
	if _, ok := onlyAction[PublishVerdict](m.Step(Attested{Job: jobA, Validator: self, Verdict: chain.VerdictPass})); !ok {
		t.Fatal("revealed verdict not published")
	}
	// index 2 on round two, reveal window ends at 160, stagger 2: settles from 165
	quietUntil(t, m, seedBlock2+12, seedBlock2+24)
	settlesAt(t, m, seedBlock2+25)
	m.Step(JobSettled{Job: jobA, Outcome: chain.StatusPassed})
	if why, _ := m.Ended(jobA); why != EndSettled {
		t.Fatalf("ended %v", why)
	}
}

func TestRoundOneMemberDoesNotVoteAgainAndSettlesLast(t *testing.T) {
	f := newFixture(t)
	m := attesting(t, f) // member index 1 of round one
	m.Step(VerdictCommitted{Job: jobA, Validator: self})
	m.Step(Tick{Block: seedBlock + 11, Time: 400})
	m.Step(Attested{Job: jobA, Validator: self, Verdict: chain.VerdictPass})
	if acts := m.Step(Tick{Block: seedBlock + 23, Time: 420}); !reflect.DeepEqual(acts, []Action{Settle{Job: jobA}}) {
		t.Fatalf("round-one settle: %#v", acts)
	}
	// our settle escalated the job (another member voted Fail)
	if acts := m.Step(JobEscalated{Job: jobA, SeedBlock: seedBlock2}); acts != nil {
		t.Fatalf("escalated: %#v", acts)
	}
	j, _ := m.Job(jobA)
	if j.Phase != PhaseRevealed || !j.FirstMember || j.SeedBlock != seedBlock2 || j.Seed != seedA {
		t.Fatalf("round-one member after escalation: %+v", j)
	}
	// our settle's receipt carried no JobSettled: a failure report of it changes nothing
	m.Step(TxFailed{Job: jobA, Tx: TxSettle, Reason: "timeout"})
	if acts := m.Step(EscalationDrawn{Job: jobA, Seed: seedB, Members: []common.Address{second, miner}}); acts != nil {
		t.Fatalf("round-two draw: %#v", acts)
	}
	// round two's reveal window ends at 160; index 1 after MaxRoundTwo members, stagger 2: from 179
	for b := uint64(seedBlock + 24); b <= seedBlock2+20+(MaxRoundTwo+1)*2; b++ {
		if acts := m.Step(Tick{Block: b, Time: 420 + b}); acts != nil {
			t.Fatalf("block %d: %#v (no second vote, no early settle)", b, acts)
		}
	}
	if acts := m.Step(Tick{Block: seedBlock2 + 21 + (MaxRoundTwo+1)*2, Time: 900}); !reflect.DeepEqual(acts, []Action{Settle{Job: jobA}}) {
		t.Fatalf("late settle: %#v", acts)
	}
	// someone else settled first: JobSettled ends it
	m.Step(JobSettled{Job: jobA, Outcome: chain.StatusPassed})
	if why, _ := m.Ended(jobA); why != EndSettled {
		t.Fatalf("ended %v", why)
	}
}

// randomEscalationEvent is randomEvent with the escalation's events mixed
// in: JobEscalated, and round two's preview and draw (round two's seed,
// committees with and without us).
func randomEscalationEvent(t *testing.T, r *rand.Rand, f *fixture, now *Tick) Event {
	committees := [][]common.Address{{second, self}, {second, third}}
	switch r.IntN(8) {
	case 0:
		return JobEscalated{Job: jobA, SeedBlock: seedBlock2}
	case 1:
		return EscalationDrawn{Job: jobA, Seed: seedB, Members: committees[r.IntN(2)]}
	case 2:
		return SeedReady{Job: jobA, Seed: seedA, Members: committees[r.IntN(2)], Drawn: r.IntN(2) == 0}
	case 3:
		now.Block += uint64(1 + r.IntN(6)) // reach round two's windows
		now.Time += 2
		return *now
	}
	return randomEvent(t, r, f, now)
}

// TestRandomEscalationsKeepInvariants checks, over random sequences with
// escalations: every check asks for round one's challenge set; verdicts are
// committed only inside the current round's attest window (round two's once
// escalated) and never in round two by a round-one member; settle only after
// the current round's reveal window; replays change nothing; snapshots
// round-trip.
func TestRandomEscalationsKeepInvariants(t *testing.T) {
	f := newFixture(t)
	cfg := testConfig()
	want := distinct(f.positions())
	roundTwoVotes, firstMembers, roundTwoChecks := 0, 0, 0 // the sequences must reach round two
	for seed := uint64(0); seed < 300; seed++ {
		r := rand.New(rand.NewPCG(seed, 12))
		m := NewMachine(testConfig())
		now := Tick{Block: seedBlock - 5, Time: 100}
		m.Step(now)
		for step := 0; step < 100; step++ {
			ev := randomEscalationEvent(t, r, f, &now)
			acts := m.Step(ev)
			j, live := m.Job(jobA)
			start := uint64(seedBlock)
			if live && j.Escalated {
				start = seedBlock2
			}
			if _, ok := ev.(JobEscalated); ok && live && j.FirstMember && len(acts) == 0 {
				firstMembers++
			}
			for _, a := range acts {
				switch a := a.(type) {
				case Check:
					if !reflect.DeepEqual(a.Positions, want) {
						t.Fatalf("seed %d step %d: check of %v, want round one's %v", seed, step, a.Positions, want)
					}
					if start == seedBlock2 {
						roundTwoChecks++
					}
				case CommitVerdict:
					if live && j.FirstMember {
						t.Fatalf("seed %d step %d: a round-one member commits in round two", seed, step)
					}
					if m.Head.Block > start+cfg.AttestWindow {
						t.Fatalf("seed %d step %d: commitment at block %d after the window of the round from %d", seed, step, m.Head.Block, start)
					}
					if start == seedBlock2 {
						roundTwoVotes++
					}
				case Settle:
					if m.Head.Block <= start+cfg.AttestWindow+cfg.RevealWindow {
						t.Fatalf("seed %d step %d: settle at block %d inside the reveal window of the round from %d", seed, step, m.Head.Block, start)
					}
				}
			}
			checkReplayAndRoundTrip(t, m, ev, seed, step)
		}
	}
	t.Logf("round-two checks %d, round-two commitments %d, escalations of a round-one member %d", roundTwoChecks, roundTwoVotes, firstMembers)
	if roundTwoChecks == 0 || roundTwoVotes == 0 || firstMembers == 0 {
		t.Fatal("the random sequences never reached a round-two vote or a round-one member's escalation")
	}
}
