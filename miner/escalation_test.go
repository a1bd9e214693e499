package miner

import (
	"reflect"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
)

// An escalated job (settlement v2) keeps its files and its reveals: round
// two's members are admitted besides round one's, at round one's positions;
// no deadline, cancel or restart ends it; only JobSettled forgets it.
func TestEscalatedJobIsServedUntilSettled(t *testing.T) {
	roundOne := []common.Address{{0x31}, {0x32}, {0x33}}
	roundTwo := []common.Address{{0x41}, {0x42}, {0x43}}
	positions := []uint32{2, 0}
	m := machineAt(t, append(slices.Clone(toCommitted), CommitteeDrawn{Job: jobA, Members: roundOne, Positions: positions})...)

	if acts := m.Step(JobEscalated{Job: jobA}); acts != nil {
		t.Fatalf("escalation: %#v (nothing to do, nothing to delete)", acts)
	}
	for _, ev := range []Event{Tick{Block: 40, Time: 5000}, JobCancelled{Job: jobA}, JobEscalated{Job: jobA}} {
		for _, a := range m.Step(ev) {
			if _, ok := a.(Forget); ok {
				t.Fatalf("%#v forgot an escalated job's files", ev)
			}
		}
	}
	// round two's draw admits its members at the same positions; no second prune
	if acts := m.Step(EscalationDrawn{Job: jobA, Members: roundTwo, Positions: []uint32{1, 2}}); acts != nil {
		t.Fatalf("round-two draw: %#v", acts)
	}
	j, live := m.Job(jobA)
	if !live || j.Phase != PhaseCommitted || !j.Escalated {
		t.Fatalf("escalated job live=%v %+v", live, j)
	}
	if want := append(slices.Clone(roundOne), roundTwo...); !reflect.DeepEqual(j.Members, want) {
		t.Fatalf("members %v, want both rounds %v", j.Members, want)
	}
	if !reflect.DeepEqual(j.Positions, positions) {
		t.Fatalf("positions %v, want round one's %v", j.Positions, positions)
	}
	// a replayed draw adds nobody twice
	m.Step(EscalationDrawn{Job: jobA, Members: roundTwo, Positions: positions})
	if j, _ := m.Job(jobA); len(j.Members) != len(roundOne)+len(roundTwo) {
		t.Fatalf("replayed round-two draw: members %v", j.Members)
	}
	// a restart keeps the round
	r, _ := restored(t, m)
	if rj, _ := r.Job(jobA); !reflect.DeepEqual(rj, j) {
		t.Fatalf("restored %+v, want %+v", rj, j)
	}
	if acts := r.Step(JobSettled{Job: jobA, Outcome: chain.StatusPassed}); !reflect.DeepEqual(acts, []Action{Forget{Job: jobA}, Withdraw{}}) {
		t.Fatalf("final settlement: %#v", acts)
	}
	if why, _ := r.Ended(jobA); why != EndSettled {
		t.Fatalf("ended %v", why)
	}
}

// Round two's draw of a job whose round-one draw the miner never saw sets
// the challenge set and prunes the rest.
func TestEscalationDrawnWithoutRoundOnePrunes(t *testing.T) {
	m := machineAt(t, toCommitted...)
	positions := []uint32{1}
	acts := m.Step(EscalationDrawn{Job: jobA, Members: []common.Address{{0x41}}, Positions: positions})
	if want := []Action{Prune{Job: jobA, Keep: positions}}; !reflect.DeepEqual(acts, want) {
		t.Fatalf("%#v, want %#v", acts, want)
	}
	// a job we did not commit is not ours to serve
	m = machineAt(t, toTaken...)
	if acts := m.Step(EscalationDrawn{Job: jobA, Members: []common.Address{{0x41}}, Positions: positions}); acts != nil {
		t.Fatalf("someone else's job: %#v", acts)
	}
}
