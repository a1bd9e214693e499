package miner

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"

	"github.com/pol-network/pol/internal/daemon/daemontest"
)

var (
	self  = common.Address{0x11}
	other = common.Address{0x22}
	jobA  = logits.JobID{0xa}
)

const testPrompt = "Once upon a time"

func testConfig() Config {
	return Config{Role: daemon.Role{Self: self, ModelID: 1}, MaxTokens: 32, CommitMargin: 5}
}

func submittedA() JobSubmitted {
	return JobSubmitted{Job: jobA, Terms: daemon.Terms{ModelID: 1, PromptHash: logits.PromptHash(testPrompt),
		MaxTokens: 16, Sampler: logits.Sampler{TemperatureMilli: 700}, Deadline: 1000}}
}

func generatedA() Generated {
	return Generated{Job: jobA, Root: logits.Hash{0x77}, N: 3, PromptTokens: []uint32{1, 2}, Output: []uint32{3, 4, 5}}
}

// machineAt drives a fresh machine through the given events and fails the
// test if any of them is refused: it neither changes the state (head
// included) nor asks for an action.
func machineAt(t *testing.T, evs ...Event) *Machine {
	t.Helper()
	m := NewMachine(testConfig())
	m.Step(Tick{Block: 1, Time: 100})
	for i, ev := range evs {
		before := stateOf(t, m)
		if acts := m.Step(ev); len(acts) == 0 && stateOf(t, m) == before {
			t.Fatalf("setup event %d (%#v) was refused", i, ev)
		}
	}
	return m
}

// restored is the machine a restart would load from m's snapshot, and that
// snapshot.
func restored(t *testing.T, m *Machine) (*Machine, []byte) {
	t.Helper()
	return daemontest.Restored(t, m, func(b []byte) (*Machine, error) { return RestoreMachine(testConfig(), b) })
}

// stateOf is the machine's snapshot with its head.
func stateOf(t *testing.T, m *Machine) string {
	t.Helper()
	snap, err := m.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%s %+v", snap, m.Head)
}

// The setup helper fails on an event the machine refuses.
func TestMachineAtRefusesRefusedEvents(t *testing.T) {
	ft := &testing.T{}
	done := make(chan struct{})
	go func() { // Fatalf ends the goroutine
		defer close(done)
		machineAt(ft, submittedA(), JobClaimed{Job: jobA, Miner: self}) // a claim before the prompt: refused
	}()
	<-done
	if !ft.Failed() {
		t.Fatal("machineAt accepted a refused setup event")
	}
}

var (
	toClaiming      = []Event{submittedA(), PromptReceived{Job: jobA, Prompt: testPrompt}}
	toGenerating    = append(toClaiming[:2:2], JobClaimed{Job: jobA, Miner: self, Expiry: 500})
	toCommitting    = append(toGenerating[:3:3], generatedA())
	toCommitted     = append(toCommitting[:4:4], JobCommitted{Job: jobA, Miner: self, Root: logits.Hash{0x77}, N: 3})
	toReleasing     = append(toGenerating[:3:3], GenerateFailed{Job: jobA, Reason: "context overflow"})
	toTaken         = append(toClaiming[:2:2], JobClaimed{Job: jobA, Miner: other})
	releasedByUs    = ClaimReleased{Job: jobA, Miner: self}
	releasedByOther = ClaimReleased{Job: jobA, Miner: other}
)

func TestMachineTransitions(t *testing.T) {
	gen := generatedA()
	th := logits.TokensHash(gen.PromptTokens, gen.Output)
	publish := PublishCommitment{Job: jobA, ModelID: 1, Prompt: testPrompt, Root: gen.Root, N: 3, TokensHash: th,
		PromptTokens: gen.PromptTokens, Output: gen.Output}
	cases := []struct {
		name  string
		from  []Event
		ev    Event
		want  []Action
		phase Phase  // 0: the job is no longer live
		end   Ending // expected ending when phase is 0
	}{
		{"submitted waits for the prompt", nil, submittedA(), nil, PhaseWaitPrompt, 0},
		{"other model is ignored", nil, JobSubmitted{Job: jobA, Terms: daemon.Terms{ModelID: 2, Deadline: 1000}}, nil, 0, EndOtherModel},
		{"matching prompt claims", toClaiming[:1], PromptReceived{Job: jobA, Prompt: testPrompt}, []Action{Claim{Job: jobA}}, PhaseClaiming, 0},
		{"mismatching prompt is ignored", toClaiming[:1], PromptReceived{Job: jobA, Prompt: "Once upon a tim"}, nil, PhaseWaitPrompt, 0},
		{"prompt before the job is kept", []Event{PromptReceived{Job: jobA, Prompt: testPrompt}}, submittedA(), []Action{Claim{Job: jobA}}, PhaseClaiming, 0},
		{"prompt after the deadline expires the job", []Event{submittedA(), Tick{Block: 2, Time: 996}}, PromptReceived{Job: jobA, Prompt: testPrompt}, nil, 0, EndExpired},
		{"our claim starts generation", toClaiming, JobClaimed{Job: jobA, Miner: self}, []Action{Generate{Job: jobA, Prompt: testPrompt, N: 16, Sampler: logits.Sampler{TemperatureMilli: 700}}}, PhaseGenerating, 0},
		{"another miner's claim takes the job", toClaiming, JobClaimed{Job: jobA, Miner: other}, nil, PhaseTaken, 0},
		{"refused claim loses the job", toClaiming, TxFailed{Job: jobA, Tx: TxClaim, Permanent: true}, nil, 0, EndLost},
		{"transient claim failure retries on tick", toClaiming, TxFailed{Job: jobA, Tx: TxClaim}, nil, PhaseClaimPending, 0},
		{"claim retry", append(toClaiming[:2:2], TxFailed{Job: jobA, Tx: TxClaim}), Tick{Block: 2, Time: 110}, []Action{Claim{Job: jobA}}, PhaseClaiming, 0},
		{"generated commits", toGenerating, gen, []Action{Commit{Job: jobA, Root: gen.Root, N: 3, TokensHash: th, Output: gen.Output}}, PhaseCommitting, 0},
		{"generated too late expires and forgets", append(toGenerating[:3:3], Tick{Block: 2, Time: 995 + 1}), gen, nil, 0, EndExpired},
		{"deadline passes while generating", toGenerating, Tick{Block: 2, Time: 999}, []Action{Forget{Job: jobA}}, 0, EndExpired},
		{"generation failure forgets and releases", toGenerating, GenerateFailed{Job: jobA, Reason: "disk full"}, []Action{Forget{Job: jobA}, ReleaseClaim{Job: jobA}}, PhaseReleasing, 0},
		{"another miner takes over a lapsed claim", toGenerating, JobClaimed{Job: jobA, Miner: other}, []Action{Forget{Job: jobA}}, PhaseTaken, 0},
		{"another miner takes over a lapsed claim before our commit is out", append(toCommitting[:4:4], TxFailed{Job: jobA, Tx: TxCommit}), JobClaimed{Job: jobA, Miner: other}, []Action{Forget{Job: jobA}}, PhaseTaken, 0},
		{"our release ends the job", toReleasing, releasedByUs, nil, 0, EndReleased},
		{"a released job is not revived by a later release", append(toReleasing[:4:4], releasedByUs), releasedByOther, nil, 0, EndReleased},
		{"transient release failure", toReleasing, TxFailed{Job: jobA, Tx: TxRelease}, nil, PhaseReleasePending, 0},
		{"release retry", append(toReleasing[:4:4], TxFailed{Job: jobA, Tx: TxRelease}), Tick{Block: 2, Time: 996}, []Action{ReleaseClaim{Job: jobA}}, PhaseReleasing, 0},
		{"refused release ends the job failed", toReleasing, TxFailed{Job: jobA, Tx: TxRelease, Permanent: true}, nil, 0, EndFailed},
		{"no release after the deadline", append(toReleasing[:4:4], TxFailed{Job: jobA, Tx: TxRelease}), Tick{Block: 2, Time: 1001}, nil, 0, EndFailed},
		{"a lapsed claim taken over while releasing", toReleasing, JobClaimed{Job: jobA, Miner: other}, nil, 0, EndFailed},
		{"restart releases again", toReleasing, Restarted{}, []Action{ReleaseClaim{Job: jobA}}, PhaseReleasing, 0},
		{"another miner's release reopens a taken job", toTaken, releasedByOther, []Action{Claim{Job: jobA}}, PhaseClaiming, 0},
		{"a taken job without its prompt waits for it again", []Event{submittedA(), JobClaimed{Job: jobA, Miner: other}}, releasedByOther, nil, PhaseWaitPrompt, 0},
		{"a taken job keeps its prompt", []Event{submittedA(), JobClaimed{Job: jobA, Miner: other}}, PromptReceived{Job: jobA, Prompt: testPrompt}, nil, PhaseTaken, 0},
		{"the kept prompt is claimed on release", []Event{submittedA(), JobClaimed{Job: jobA, Miner: other}, PromptReceived{Job: jobA, Prompt: testPrompt}}, releasedByOther, []Action{Claim{Job: jobA}}, PhaseClaiming, 0},
		{"another claim of a taken job keeps it", toTaken, JobClaimed{Job: jobA, Miner: common.Address{0x33}}, nil, PhaseTaken, 0},
		{"our claim of a taken job holds: generate", toTaken, JobClaimed{Job: jobA, Miner: self}, []Action{Generate{Job: jobA, Prompt: testPrompt, N: 16, Sampler: logits.Sampler{TemperatureMilli: 700}}}, PhaseGenerating, 0},
		{"another miner's commit loses a taken job", toTaken, JobCommitted{Job: jobA, Miner: other}, nil, 0, EndLost},
		{"a taken job is lost at its deadline", toTaken, Tick{Block: 2, Time: 996}, nil, 0, EndLost},
		{"another miner's release of a job we hold is ignored", toGenerating, releasedByOther, nil, PhaseGenerating, 0},
		{"our release with our commit out is ignored", toCommitting, releasedByUs, nil, PhaseCommitting, 0},
		{"our release (by hand) of a generating job ends it", toGenerating, releasedByUs, []Action{Forget{Job: jobA}}, 0, EndReleased},
		{"our commit publishes", toCommitting, JobCommitted{Job: jobA, Miner: self}, []Action{publish}, PhaseCommitted, 0},
		{"another miner's commit loses the job", toCommitting, JobCommitted{Job: jobA, Miner: other}, []Action{Forget{Job: jobA}}, 0, EndLost},
		{"refused commit forgets", toCommitting, TxFailed{Job: jobA, Tx: TxCommit, Permanent: true}, []Action{Forget{Job: jobA}}, 0, EndLost},
		{"transient commit failure", toCommitting, TxFailed{Job: jobA, Tx: TxCommit}, nil, PhaseCommitPending, 0},
		{"commit retry before the deadline", append(toCommitting[:4:4], TxFailed{Job: jobA, Tx: TxCommit}), Tick{Block: 2, Time: 900}, []Action{Commit{Job: jobA, Root: gen.Root, N: 3, TokensHash: th, Output: gen.Output}}, PhaseCommitting, 0},
		{"no commit retry after the deadline", append(toCommitting[:4:4], TxFailed{Job: jobA, Tx: TxCommit}), Tick{Block: 2, Time: 996}, []Action{Forget{Job: jobA}}, 0, EndExpired},
		{"deadline does not touch a sent commit", toCommitting, Tick{Block: 2, Time: 2000}, nil, PhaseCommitting, 0},
		{"committed job survives the deadline (and republishes)", toCommitted, Tick{Block: 2, Time: 2000}, []Action{publish}, PhaseCommitted, 0},
		{"passed settlement forgets and withdraws", toCommitted, JobSettled{Job: jobA, Outcome: chain.StatusPassed}, []Action{Forget{Job: jobA}, Withdraw{}}, 0, EndSettled},
		{"failed settlement forgets", toCommitted, JobSettled{Job: jobA, Outcome: chain.StatusFailed}, []Action{Forget{Job: jobA}}, 0, EndSettled},
		{"cancel before claim", toClaiming[:1], JobCancelled{Job: jobA}, nil, 0, EndCancelled},
		{"cancel while generating forgets", toGenerating, JobCancelled{Job: jobA}, []Action{Forget{Job: jobA}}, 0, EndCancelled},
		{"restart regenerates", toGenerating, Restarted{}, []Action{Generate{Job: jobA, Prompt: testPrompt, N: 16, Sampler: logits.Sampler{TemperatureMilli: 700}}}, PhaseGenerating, 0},
		{"restart recommits", toCommitting, Restarted{}, []Action{Commit{Job: jobA, Root: gen.Root, N: 3, TokensHash: th, Output: gen.Output}}, PhaseCommitting, 0},
		{"restart reclaims", toClaiming, Restarted{}, []Action{Claim{Job: jobA}}, PhaseClaiming, 0},
		{"restart announces a committed job again", toCommitted, Restarted{}, []Action{publish}, PhaseCommitted, 0},
		{"stale tick is ignored", toClaiming, Tick{Block: 1, Time: 100}, nil, PhaseClaiming, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := machineAt(t, c.from...)
			got := m.Step(c.ev)
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("actions\n got %#v\nwant %#v", got, c.want)
			}
			j, live := m.Job(jobA)
			switch {
			case c.phase != 0 && (!live || j.Phase != c.phase):
				t.Fatalf("job live=%v phase %v, want %v", live, j.Phase, c.phase)
			case c.phase == 0 && live:
				t.Fatalf("job still live in phase %v, want ended %v", j.Phase, c.end)
			case c.phase == 0:
				if why, _ := m.Ended(jobA); why != c.end {
					t.Fatalf("ended %v, want %v", why, c.end)
				}
			}
		})
	}
}

func TestSnapshotRoundTrip(t *testing.T) {
	m := machineAt(t, append(toCommitted, PromptReceived{Job: logits.JobID{0xb}, Prompt: "x"},
		JobSubmitted{Job: logits.JobID{0xc}, Terms: daemon.Terms{ModelID: 9}})...)
	r, data := restored(t, m)
	again, _ := r.Snapshot()
	if string(again) != string(data) {
		t.Fatalf("snapshot changed across restore:\n%s\n%s", data, again)
	}
	// the restored machine still settles the job and forgets it
	if got := r.Step(JobSettled{Job: jobA, Outcome: chain.StatusPassed}); len(got) != 2 {
		t.Fatalf("restored machine: settle gave %v", got)
	}
	if _, err := RestoreMachine(testConfig(), []byte(`{"Version":7}`)); err == nil {
		t.Fatal("restored an unknown snapshot version")
	}
	if _, err := RestoreMachine(testConfig(), []byte(`{"Version":1,"Jobs":[{"Phase":99}]}`)); err == nil {
		t.Fatal("restored a job with an unknown phase")
	}
}

// With MaxBusy 1 the miner works one job at a time: a second ready job waits
// in claim-pending and is claimed on the first tick after the first job is
// committed; among waiting jobs the earliest deadline goes first.
func TestMachineCapacity(t *testing.T) {
	cfg := testConfig()
	cfg.MaxBusy = 1
	m := NewMachine(cfg)
	m.Step(Tick{Block: 1, Time: 100})
	jobB, jobC := logits.JobID{0xb}, logits.JobID{0xc}
	sub := func(id logits.JobID, deadline uint64) JobSubmitted {
		s := submittedA()
		s.Job, s.Deadline = id, deadline
		return s
	}
	step := func(ev Event, want ...Action) {
		t.Helper()
		got := m.Step(ev)
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%#v: actions %#v, want %#v", ev, got, want)
		}
	}
	step(submittedA())
	step(sub(jobB, 900))
	step(sub(jobC, 800))
	step(PromptReceived{Job: jobA, Prompt: testPrompt}, Claim{Job: jobA})
	step(PromptReceived{Job: jobB, Prompt: testPrompt})
	step(PromptReceived{Job: jobC, Prompt: testPrompt})
	if j, _ := m.Job(jobB); j.Phase != PhaseClaimPending {
		t.Fatalf("job B in %s, want claim-pending", j.Phase)
	}
	step(Tick{Block: 2, Time: 110}) // A still claiming: no slot
	step(JobClaimed{Job: jobA, Miner: self}, m.generate(m.Live[jobA]))
	step(generatedA(), Commit{Job: jobA, Root: generatedA().Root, N: 3, TokensHash: logits.TokensHash(generatedA().PromptTokens, generatedA().Output), Output: generatedA().Output})
	step(Tick{Block: 3, Time: 120}) // A committing: still busy
	gen := generatedA()
	step(JobCommitted{Job: jobA, Miner: self, Root: gen.Root, N: 3}, m.publish(m.Live[jobA]))
	pubA := m.publish(m.Live[jobA])
	step(Tick{Block: 4, Time: 130}, pubA, Claim{Job: jobC}) // C's deadline (800) is before B's (900); A's commitment gossiped again
	step(Tick{Block: 5, Time: 140})
	step(TxFailed{Job: jobC, Tx: TxClaim, Permanent: true}) // C lost: its slot frees
	step(Tick{Block: 6, Time: 150}, pubA, Claim{Job: jobB})
}

// A committed job's commitment is gossiped again 1, 2, 4, 8 and 16 blocks
// after the previous time, then no more; a restart announces it at once and
// starts the schedule over. The job's deadline does not stop it.
func TestCommitmentRepublishSchedule(t *testing.T) {
	m := machineAt(t, toCommitted...) // committed at block 1
	var published []uint64
	for b := uint64(2); b <= 60; b++ {
		for _, a := range m.Step(Tick{Block: b, Time: 100 + 10*b}) {
			if _, ok := a.(PublishCommitment); ok {
				published = append(published, b)
			}
		}
	}
	if want := []uint64{2, 4, 8, 16, 32}; !slices.Equal(published, want) {
		t.Fatalf("republished at blocks %v, want %v", published, want)
	}
	acts := m.Step(Restarted{})
	if len(acts) != 1 {
		t.Fatalf("restart: %#v, want one publication", acts)
	}
	if _, ok := acts[0].(PublishCommitment); !ok {
		t.Fatalf("restart: %#v, want a publication", acts)
	}
	if acts := m.Step(Tick{Block: 61, Time: 800}); len(acts) != 1 {
		t.Fatalf("block after the restart: %#v, want the schedule to start over", acts)
	}
	r, _ := restored(t, m)
	if j, _ := r.Job(jobA); j.PublishedAt != 61 || j.Republished != 1 {
		t.Fatalf("restored schedule: published at %d, %d republications", j.PublishedAt, j.Republished)
	}
}

// A job longer than the miner generates is left to others: committing fewer positions than
// maxTokens without an end-of-generation token fails the job (spec §9 rule 6).
func TestJobLongerThanTheCapIsNotClaimed(t *testing.T) {
	m := NewMachine(Config{Role: daemon.Role{Self: self, ModelID: 1}, MaxTokens: 8, CommitMargin: 5})
	m.Step(Tick{Block: 1, Time: 100})
	if acts := m.Step(submittedA()); acts != nil {
		t.Fatalf("submit: %#v", acts)
	}
	if acts := m.Step(PromptReceived{Job: jobA, Prompt: testPrompt}); acts != nil {
		t.Fatalf("a 16-token job was claimed by a miner that generates 8: %#v", acts)
	}
	if why, _ := m.Ended(jobA); why != EndTooLong {
		t.Fatalf("ended %v, want too-long", why)
	}
}

// A job reopened by another miner's release, while MaxBusy jobs are in work,
// waits in claim-pending like a fresh job and is claimed once a slot frees.
func TestReopenedJobWaitsForASlot(t *testing.T) {
	cfg := testConfig()
	cfg.MaxBusy = 1
	m := NewMachine(cfg)
	m.Step(Tick{Block: 1, Time: 100})
	jobB := logits.JobID{0xb}
	for _, ev := range toTaken {
		m.Step(ev)
	}
	subB := submittedA()
	subB.Job = jobB
	m.Step(subB)
	if acts := m.Step(PromptReceived{Job: jobB, Prompt: testPrompt}); !reflect.DeepEqual(acts, []Action{Claim{Job: jobB}}) {
		t.Fatalf("job B: %#v, want its claim", acts)
	}
	if acts := m.Step(releasedByOther); acts != nil {
		t.Fatalf("reopened with no free slot: %#v", acts)
	}
	if j, _ := m.Job(jobA); j.Phase != PhaseClaimPending {
		t.Fatalf("reopened job in %v, want claim-pending", j.Phase)
	}
	m.Step(TxFailed{Job: jobB, Tx: TxClaim, Permanent: true}) // B lost: the slot frees
	if acts := m.Step(Tick{Block: 2, Time: 110}); !reflect.DeepEqual(acts, []Action{Claim{Job: jobA}}) {
		t.Fatalf("tick with a free slot: %#v, want the reopened job's claim", acts)
	}
}

// A job another miner claimed is taken over once that claim lapses without a
// commit (issue 12: the contract lets anyone take a lapsed claim over, and
// the requester's job should not wait for its deadline): no claim while the
// other's claim runs, one claim on the first head past its expiry, and the
// job generates once our claim's event arrives.
func TestLapsedClaimOfAnotherMinerIsTakenOver(t *testing.T) {
	m := NewMachine(Config{Role: daemon.Role{Self: self, ModelID: 1}, CommitMargin: 5})
	m.Step(Tick{Block: 1, Time: 100})
	s := submittedA()
	m.Step(s)
	m.Step(PromptReceived{Job: jobA, Prompt: testPrompt})
	if acts := m.Step(JobClaimed{Job: jobA, Miner: other, Expiry: 400}); acts != nil {
		t.Fatalf("another miner's claim: %#v", acts)
	}
	if j, _ := m.Job(jobA); j.Phase != PhaseTaken || j.TakenUntil != 400 {
		t.Fatalf("after the other's claim: %+v, want taken until 400", j)
	}
	if acts := m.Step(Tick{Block: 2, Time: 400}); acts != nil {
		t.Fatalf("at the other's expiry (still its claim): %#v", acts)
	}
	acts := m.Step(Tick{Block: 3, Time: 401})
	if len(acts) != 1 || acts[0] != (Claim{Job: jobA}) {
		t.Fatalf("past the other's expiry: %#v, want one claim", acts)
	}
	if acts := m.Step(JobClaimed{Job: jobA, Miner: self, Expiry: 700}); len(acts) != 1 {
		t.Fatalf("our take-over claim: %#v, want the generation", acts)
	} else if _, ok := acts[0].(Generate); !ok {
		t.Fatalf("our take-over claim: %#v, want the generation", acts)
	}
}
