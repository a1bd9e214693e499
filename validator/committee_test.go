package validator

import (
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
)

func TestCommitteeMembership(t *testing.T) {
	f := newFixture(t)
	notUs := []common.Address{other, miner}
	data := []Event{f.submitted(), f.committed(), PromptReceived{Job: jobA, Prompt: prompt}, f.commitment()}

	// not on the preview: standby; the draw then includes us: check
	m, _ := run(append(data, SeedReady{Job: jobA, Seed: seedA, Members: notUs})...)
	if phaseOf(t, m) != PhaseStandby {
		t.Fatalf("phase %v, want standby", phaseOf(t, m))
	}
	acts := m.Step(CommitteeDrawn{Job: jobA, Seed: seedA, Members: f.members})
	if len(acts) != 1 {
		t.Fatalf("drawn with us: %#v", acts)
	}
	if _, ok := acts[0].(Check); !ok {
		t.Fatalf("drawn with us: %#v", acts)
	}
	// the draw excludes us: nothing is attested; the job is watched (it may
	// escalate) until every member had its turn to settle, then dropped
	m, _ = run(append(data, SeedReady{Job: jobA, Seed: seedA, Members: notUs})...)
	if acts := m.Step(CommitteeDrawn{Job: jobA, Seed: seedA, Members: notUs}); acts != nil || phaseOf(t, m) != PhaseWatch {
		t.Fatalf("drawn without us: %#v, phase %v", acts, phaseOf(t, m))
	}
	// windows 10 + 10 after the seed block, one more attest window, 2 members x stagger 2
	for b := uint64(seedBlock + 1); b <= seedBlock+34; b++ {
		if acts := m.Step(Tick{Block: b, Time: 300 + b}); acts != nil || phaseOf(t, m) != PhaseWatch {
			t.Fatalf("block %d while watching: %#v, phase %v", b, acts, phaseOf(t, m))
		}
	}
	if acts := m.Step(Tick{Block: seedBlock + 35, Time: 500}); acts != nil {
		t.Fatalf("watch ends: %#v", acts)
	}
	if why, _ := m.Ended(jobA); why != EndNotMember {
		t.Fatalf("ended %v", why)
	}
	// nobody draws: the window ends, the standby job is dropped
	m, _ = run(append(data, SeedReady{Job: jobA, Seed: seedA, Members: notUs})...)
	if acts := m.Step(Tick{Block: seedBlock + 11, Time: 500}); acts != nil {
		t.Fatalf("window end in standby: %#v", acts)
	}
	if why, _ := m.Ended(jobA); why != EndNotMember {
		t.Fatalf("ended %v", why)
	}
}

func TestCommitmentMustMatchTheChain(t *testing.T) {
	f := newFixture(t)
	forged := f.commitment()
	forged.Signer = other
	wrongTokens := f.commitment()
	wrongTokens.Output = append([]uint32{9}, f.output[1:]...)
	for name, c := range map[string]CommitmentReceived{"signer": forged, "tokens": wrongTokens} {
		m, acts := run(f.submitted(), f.committed(), f.seed(), PromptReceived{Job: jobA, Prompt: prompt}, c)
		if acts != nil || phaseOf(t, m) != PhaseGather {
			t.Fatalf("%s: a commitment that differs from the chain was used: %#v", name, acts)
		}
		// a forged message before the commit is dropped when the commit arrives
		m, _ = run(f.submitted(), c, f.committed(), PromptReceived{Job: jobA, Prompt: prompt})
		if acts := m.Step(f.seed()); acts != nil {
			t.Fatalf("%s: early forged commitment used: %#v", name, acts)
		}
	}
}

func attesting(t *testing.T, f *fixture) *Machine {
	m := checking(t, f)
	attestOf(t, m.Step(f.honest(t)))
	return m
}

func TestCommitRevealAndSettle(t *testing.T) {
	f := newFixture(t)
	m := attesting(t, f)
	if acts := m.Step(VerdictCommitted{Job: jobA, Validator: other}); acts != nil || phaseOf(t, m) != PhaseAttesting {
		t.Fatal("another validator's commitment was taken for ours")
	}
	m.Step(VerdictCommitted{Job: jobA, Validator: self})
	if phaseOf(t, m) != PhaseAttested {
		t.Fatalf("phase %v", phaseOf(t, m))
	}
	// attest window ends at 110: nothing is revealed inside it
	for b := uint64(105); b <= 110; b++ {
		if acts := m.Step(Tick{Block: b, Time: 300 + b}); acts != nil {
			t.Fatalf("block %d: %#v", b, acts)
		}
	}
	acts := m.Step(Tick{Block: 111, Time: 411})
	r, ok := onlyAction[RevealVerdict](acts)
	if !ok || r.Verdict != chain.VerdictPass || r.Salt != VerdictSalt(testConfig().SaltKey, jobA) {
		t.Fatalf("reveal: %#v", acts)
	}
	// a transient failure is retried inside the reveal window
	m.Step(TxFailed{Job: jobA, Tx: TxRevealVerdict, Reason: "timeout"})
	if _, ok := onlyAction[RevealVerdict](m.Step(Tick{Block: 112, Time: 412})); !ok {
		t.Fatal("reveal not retried")
	}
	if acts := m.Step(Attested{Job: jobA, Validator: other, Verdict: chain.VerdictPass}); acts != nil || phaseOf(t, m) != PhaseRevealing {
		t.Fatal("another validator's reveal was taken for ours")
	}
	// the verdict is gossiped only once it is revealed on chain
	p, ok := onlyAction[PublishVerdict](m.Step(Attested{Job: jobA, Validator: self, Verdict: chain.VerdictPass}))
	if !ok || p.Verdict != chain.VerdictPass || phaseOf(t, m) != PhaseRevealed {
		t.Fatalf("after our reveal: %#v, phase %v", p, phaseOf(t, m))
	}
	// member index 1, reveal window ends at 120, stagger 2: settles from block 123
	for b := uint64(113); b <= 122; b++ {
		if acts := m.Step(Tick{Block: b, Time: 300 + b}); acts != nil {
			t.Fatalf("block %d: %#v", b, acts)
		}
	}
	if acts := m.Step(Tick{Block: 123, Time: 500}); !reflect.DeepEqual(acts, []Action{Settle{Job: jobA}}) {
		t.Fatalf("settle: %#v", acts)
	}
	m.Step(TxFailed{Job: jobA, Tx: TxSettle, Reason: "timeout"})
	if acts := m.Step(Tick{Block: 124, Time: 501}); !reflect.DeepEqual(acts, []Action{Settle{Job: jobA}}) {
		t.Fatalf("settle retry: %#v", acts)
	}
	m.Step(JobSettled{Job: jobA, Outcome: chain.StatusPassed})
	if why, _ := m.Ended(jobA); why != EndSettled || m.Jobs() != 0 {
		t.Fatalf("ended %v, %d live", why, m.Jobs())
	}
}

func TestVerdictCommitmentRetries(t *testing.T) {
	f := newFixture(t)
	m := attesting(t, f)
	m.Step(TxFailed{Job: jobA, Tx: TxCommitVerdict, Reason: "connection refused"})
	c, ok := onlyAction[CommitVerdict](m.Step(Tick{Block: seedBlock + 2, Time: 300}))
	if !ok || c.Verdict != chain.VerdictPass {
		t.Fatalf("retry: %#v", c)
	}
	m.Step(TxFailed{Job: jobA, Tx: TxCommitVerdict, Permanent: true, Reason: "AttestWindowClosed"})
	if phaseOf(t, m) != PhaseAttested {
		t.Fatalf("after a refused commitment: phase %v", phaseOf(t, m))
	}
	// nothing landed on chain, so nothing is revealed; the job is settled after the reveal window
	if acts := m.Step(Tick{Block: seedBlock + 11, Time: 400}); acts != nil {
		t.Fatalf("revealed a verdict that was never committed: %#v", acts)
	}
}

// A member on the previewed committee draws it on chain and starts its check only once the draw
// is there: the miner serves openings only to the committee on chain, and the contract refuses
// verdicts before the draw. A draw that does not land is sent again.
func TestMemberDrawsTheCommitteeBeforeChecking(t *testing.T) {
	f := newFixture(t)
	preview := SeedReady{Job: jobA, Seed: seedA, Members: f.members}
	m, acts := run(f.submitted(), f.committed(), PromptReceived{Job: jobA, Prompt: prompt}, f.commitment(), preview)
	if !reflect.DeepEqual(acts, []Action{Draw{Job: jobA}}) || phaseOf(t, m) != PhaseGather {
		t.Fatalf("preview with us: %#v, phase %v; want a draw only", acts, phaseOf(t, m))
	}
	if acts := m.Step(Tick{Block: seedBlock + 2, Time: 300}); !reflect.DeepEqual(acts, []Action{Draw{Job: jobA}}) {
		t.Fatalf("still not drawn: %#v", acts)
	}
	acts = m.Step(CommitteeDrawn{Job: jobA, Seed: seedA, Members: f.members})
	if _, ok := onlyAction[Check](acts); !ok {
		t.Fatalf("after the draw: %#v, want the check", acts)
	}
	if c, ok := onlyAction[CommitVerdict](m.Step(f.honest(t))); !ok || c.Verdict != chain.VerdictPass {
		t.Fatalf("verdict after the draw: %#v", c)
	}
}

// onlyAction returns acts' single action as an A.
func onlyAction[A Action](acts []Action) (A, bool) {
	var zero A
	if len(acts) != 1 {
		return zero, false
	}
	a, ok := acts[0].(A)
	return a, ok
}

func TestRestartReissuesInFlightWork(t *testing.T) {
	f := newFixture(t)
	for _, c := range []struct {
		name string
		m    func() *Machine
		want func(Action) bool
	}{
		{"seed", func() *Machine { m, _ := run(f.submitted(), f.committed()); return m },
			func(a Action) bool { _, ok := a.(AwaitSeed); return ok }},
		{"check", func() *Machine { return checking(t, f) },
			func(a Action) bool { _, ok := a.(Check); return ok }},
		{"attest", func() *Machine { return attesting(t, f) },
			func(a Action) bool { _, ok := a.(CommitVerdict); return ok }},
		{"reveal", func() *Machine {
			m := attesting(t, f)
			m.Step(VerdictCommitted{Job: jobA, Validator: self})
			m.Step(Tick{Block: seedBlock + 11, Time: 400})
			return m
		}, func(a Action) bool { _, ok := a.(RevealVerdict); return ok }},
	} {
		m := restored(t, c.m())
		acts := m.Step(Restarted{})
		if len(acts) != 1 || !c.want(acts[0]) {
			t.Fatalf("%s: restart gave %#v", c.name, acts)
		}
	}
}

func TestUncommittedJobExpires(t *testing.T) {
	f := newFixture(t)
	m, _ := run(f.submitted(), JobCancelled{Job: logits.JobID{0xb}})
	m.Step(Tick{Block: 5, Time: 10_001})
	if why, _ := m.Ended(jobA); why != EndExpired {
		t.Fatalf("ended %v", why)
	}
	m, _ = run(JobSubmitted{Job: jobA, Terms: daemon.Terms{ModelID: 2}})
	if why, _ := m.Ended(jobA); why != EndOtherModel {
		t.Fatalf("ended %v", why)
	}
}

// A duty the chain will count as absent is reported to the shell (a WARN line and
// missed_duties_total): a commitment that never landed in the attest window, a reveal that never
// landed in the reveal window.
func TestMissedDutiesAreReported(t *testing.T) {
	f := newFixture(t)
	m := attesting(t, f)
	m.Step(TxFailed{Job: jobA, Tx: TxCommitVerdict, Reason: "connection refused"})
	if acts := m.Step(Tick{Block: seedBlock + 11, Time: 400}); len(acts) != 1 || acts[0].(Missed).Duty != "commit" || acts[0].(Missed).Job != jobA {
		t.Fatalf("commitment missed: %#v", acts)
	}
	m = attesting(t, f)
	m.Step(VerdictCommitted{Job: jobA, Validator: self})
	if _, ok := onlyAction[RevealVerdict](m.Step(Tick{Block: seedBlock + 11, Time: 400})); !ok {
		t.Fatal("no reveal after the attest window")
	}
	m.Step(TxFailed{Job: jobA, Tx: TxRevealVerdict, Reason: "timeout"})
	if acts := m.Step(Tick{Block: seedBlock + 21, Time: 500}); len(acts) != 1 || acts[0].(Missed).Duty != "reveal" || acts[0].(Missed).Job != jobA {
		t.Fatalf("reveal missed: %#v", acts)
	}
}

// TestLateDrawMovesTheWindows: a draw that lands late (its CommitteeDrawn
// block) moves the member's commit, reveal and settle blocks by the
// contract's rule (chain.CommitEnd, review R6): a check that finishes after
// the timely window still commits, and the reveal waits for the moved end.
func TestLateDrawMovesTheWindows(t *testing.T) {
	f := newFixture(t)
	m := checking(t, f)
	// drawn in block 106, five blocks late: commitments until 115, not 110
	m.Step(CommitteeDrawn{Job: jobA, Seed: seedA, Members: f.members, Block: seedBlock + 6})
	for b := uint64(105); b <= 112; b++ {
		if acts := m.Step(Tick{Block: b, Time: 300 + b}); acts != nil {
			t.Fatalf("block %d, still checking inside the moved window: %#v", b, acts)
		}
	}
	attestOf(t, m.Step(f.honest(t))) // past the timely window, inside the moved one
	m.Step(VerdictCommitted{Job: jobA, Validator: self})
	quietUntil(t, m, 113, 115) // no reveal inside the moved commit window
	if _, ok := onlyAction[RevealVerdict](m.Step(Tick{Block: 116, Time: 416})); !ok {
		t.Fatal("no reveal right after the moved commit window")
	}
	m.Step(Attested{Job: jobA, Validator: self, Verdict: chain.VerdictPass})
	// member index 1, reveal window ends at 125, stagger 2: settles from block 128
	quietUntil(t, m, 117, 127)
	settlesAt(t, m, 128)
}
