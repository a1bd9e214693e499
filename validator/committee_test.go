package validator

import (
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
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
	// the draw excludes us: the job ends, nothing is attested
	m, _ = run(append(data, SeedReady{Job: jobA, Seed: seedA, Members: notUs})...)
	if acts := m.Step(CommitteeDrawn{Job: jobA, Seed: seedA, Members: notUs}); acts != nil {
		t.Fatalf("drawn without us: %#v", acts)
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

func TestAttestAndSettle(t *testing.T) {
	f := newFixture(t)
	m := attesting(t, f)
	if acts := m.Step(Attested{Job: jobA, Validator: other, Verdict: chain.VerdictPass}); acts != nil || phaseOf(t, m) != PhaseAttesting {
		t.Fatal("another validator's attestation was taken for ours")
	}
	m.Step(Attested{Job: jobA, Validator: self, Verdict: chain.VerdictPass})
	if phaseOf(t, m) != PhaseAttested {
		t.Fatalf("phase %v", phaseOf(t, m))
	}
	// member index 1, window end 110, stagger 2: settles from block 113
	for b := uint64(105); b <= 112; b++ {
		if acts := m.Step(Tick{Block: b, Time: 300 + b}); acts != nil {
			t.Fatalf("block %d: %#v", b, acts)
		}
	}
	if acts := m.Step(Tick{Block: 113, Time: 500}); !reflect.DeepEqual(acts, []Action{Settle{Job: jobA}}) {
		t.Fatalf("settle: %#v", acts)
	}
	m.Step(TxFailed{Job: jobA, Tx: TxSettle, Reason: "timeout"})
	if acts := m.Step(Tick{Block: 114, Time: 501}); !reflect.DeepEqual(acts, []Action{Settle{Job: jobA}}) {
		t.Fatalf("settle retry: %#v", acts)
	}
	m.Step(JobSettled{Job: jobA, Outcome: chain.StatusPassed})
	if why, _ := m.Ended(jobA); why != EndSettled || m.Jobs() != 0 {
		t.Fatalf("ended %v, %d live", why, m.Jobs())
	}
}

func TestAttestRetries(t *testing.T) {
	f := newFixture(t)
	m := attesting(t, f)
	m.Step(TxFailed{Job: jobA, Tx: TxAttest, Reason: "connection refused"})
	acts := m.Step(Tick{Block: seedBlock + 2, Time: 300})
	if len(acts) != 1 {
		t.Fatalf("retry: %#v", acts)
	}
	if a, ok := acts[0].(Attest); !ok || a.Verdict != chain.VerdictPass {
		t.Fatalf("retry: %#v", acts)
	}
	m.Step(TxFailed{Job: jobA, Tx: TxAttest, Permanent: true, Reason: "AttestWindowClosed"})
	if phaseOf(t, m) != PhaseAttested {
		t.Fatalf("after a refused attest: phase %v", phaseOf(t, m))
	}
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
			func(a Action) bool { _, ok := a.(Attest); return ok }},
	} {
		snap, err := c.m().Snapshot()
		if err != nil {
			t.Fatal(err)
		}
		m, err := RestoreMachine(testConfig(), snap)
		if err != nil {
			t.Fatal(err)
		}
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
	m, _ = run(JobSubmitted{Job: jobA, ModelID: 2})
	if why, _ := m.Ended(jobA); why != EndOtherModel {
		t.Fatalf("ended %v", why)
	}
}
