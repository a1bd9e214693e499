package validator

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
)

// randomEvent draws events about jobA from the fixture's world, in orders
// the chain and the network would and would not produce.
func randomEvent(t *testing.T, r *rand.Rand, f *fixture, now *Tick) Event {
	committees := [][]common.Address{f.members, {other, miner}}
	switch r.IntN(14) {
	case 0:
		return f.submitted()
	case 1:
		return PromptReceived{Job: jobA, Prompt: []string{prompt, "Once upon a tim"}[r.IntN(2)]}
	case 2:
		return f.committed()
	case 3:
		c := f.commitment()
		if r.IntN(3) == 0 {
			c.Signer = other
		}
		return c
	case 4:
		return SeedReady{Job: jobA, Seed: seedA, Members: committees[r.IntN(2)], Drawn: r.IntN(2) == 0}
	case 5:
		return CommitteeDrawn{Job: jobA, Seed: seedA, Members: committees[r.IntN(2)]}
	case 6:
		c := f.honest(t)
		switch r.IntN(3) {
		case 0:
			c.Reveals[0].Status, c.Reveals[0].Opening = Missing, nil
		case 1:
			c.Reveals[0].Status, c.Reveals[0].Opening = Bad, nil
		}
		return c
	case 7:
		if r.IntN(2) == 0 {
			return VerdictCommitted{Job: jobA, Validator: []common.Address{self, other}[r.IntN(2)]}
		}
		return Attested{Job: jobA, Validator: []common.Address{self, other}[r.IntN(2)], Verdict: chain.VerdictPass}
	case 8:
		return TxFailed{Job: jobA, Tx: TxKind(1 + r.IntN(4)), Permanent: r.IntN(2) == 0}
	case 9:
		return JobSettled{Job: jobA, Outcome: chain.StatusPassed}
	case 10:
		return Restarted{}
	case 11:
		return CheckFailed{Job: jobA}
	default:
		now.Block += uint64(1 + r.IntN(3))
		now.Time += 2
		return *now
	}
}

// TestRandomSequencesKeepInvariants checks after every step: verdict
// commitments only by committee members, inside the attest window, never a
// second one while one is outstanding, always with the job's salt; reveals
// only of a committed verdict, inside the reveal window; settle only after
// the reveal window; replayed events change nothing; snapshots round-trip.
func TestRandomSequencesKeepInvariants(t *testing.T) {
	f := newFixture(t)
	cfg := testConfig()
	attestEnd := uint64(seedBlock) + cfg.AttestWindow
	revealEnd := attestEnd + cfg.RevealWindow
	for seed := uint64(0); seed < 300; seed++ {
		r := rand.New(rand.NewPCG(seed, 11))
		m := NewMachine(testConfig())
		now := Tick{Block: seedBlock - 5, Time: 100}
		m.Step(now)
		outstanding, member, committed, seeded := false, false, false, false
		for step := 0; step < 80; step++ {
			ev := randomEvent(t, r, f, &now)
			before, _ := m.Job(jobA)
			acts := m.Step(ev)
			switch e := ev.(type) {
			case TxFailed:
				if e.Tx == TxCommitVerdict {
					outstanding = false
				}
			case VerdictCommitted:
				if e.Validator == self && before.Attest != nil {
					outstanding, committed = false, true
				}
			case Restarted:
				outstanding = false
			case SeedReady:
				member = member || slices.Contains(e.Members, self)
				seeded = seeded || before.Committed
			case CommitteeDrawn:
				member = member || slices.Contains(e.Members, self)
				seeded = seeded || before.Committed
			}
			for _, a := range acts {
				switch a := a.(type) {
				case CommitVerdict:
					switch {
					case outstanding && before.Phase != PhaseAttestRetry:
						t.Fatalf("seed %d step %d: second commitment while one is out", seed, step)
					case !member:
						t.Fatalf("seed %d step %d: commitment without being on the committee", seed, step)
					case (!seeded && m.Head.Block <= seedBlock) || m.Head.Block > attestEnd: // a read seed proves the chain is past its block
						t.Fatalf("seed %d step %d: commitment at block %d, window (%d, %d]", seed, step, m.Head.Block, seedBlock, attestEnd)
					case a.Salt != VerdictSalt(cfg.SaltKey, jobA):
						t.Fatalf("seed %d step %d: salt %v", seed, step, a.Salt)
					}
					outstanding = true
				case RevealVerdict:
					switch {
					case !committed:
						t.Fatalf("seed %d step %d: reveal of a verdict the chain does not hold", seed, step)
					case m.Head.Block <= attestEnd || m.Head.Block > revealEnd:
						t.Fatalf("seed %d step %d: reveal at block %d, window (%d, %d]", seed, step, m.Head.Block, attestEnd, revealEnd)
					}
				case Settle:
					if m.Head.Block <= revealEnd {
						t.Fatalf("seed %d step %d: settle at block %d inside the reveal window", seed, step, m.Head.Block)
					}
				case Check:
					if a.Prompt != prompt {
						t.Fatalf("seed %d step %d: check with a prompt whose hash does not match", seed, step)
					}
				}
			}
			checkReplayAndRoundTrip(t, m, ev, seed, step)
		}
	}
}

// checkReplayAndRoundTrip asserts that stepping ev again (but a restart) changes nothing and
// that the machine survives a snapshot round trip (its head is read from the chain at start).
func checkReplayAndRoundTrip(t *testing.T, m *Machine, ev Event, seed uint64, step int) {
	t.Helper()
	snap, err := m.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if _, isRestart := ev.(Restarted); !isRestart {
		if again := m.Step(ev); len(again) != 0 {
			t.Fatalf("seed %d step %d: replaying %T gave %#v", seed, step, ev, again)
		}
		if snap2, _ := m.Snapshot(); string(snap2) != string(snap) {
			t.Fatalf("seed %d step %d: replaying %T changed the state", seed, step, ev)
		}
	}
	restored, err := RestoreMachine(testConfig(), snap)
	if err != nil {
		t.Fatalf("seed %d step %d: %v", seed, step, err)
	}
	restored.Head = m.Head
	if !reflect.DeepEqual(restored, m) {
		t.Fatalf("seed %d step %d: snapshot round trip lost state:\n%+v\n%+v", seed, step, restored, m)
	}
}
