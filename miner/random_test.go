package miner

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
)

// randomEvent draws an event about one of three jobs from small domains, so
// that sequences hit every transition, in orders the chain would and would
// not produce.
func randomEvent(r *rand.Rand, now *Tick) Event {
	job := logits.JobID{byte(1 + r.IntN(3))}
	who := []common.Address{self, other}[r.IntN(2)]
	prompts := []string{testPrompt, "Once upon a tim"}
	switch r.IntN(13) {
	case 0:
		return JobSubmitted{Job: job, Terms: daemon.Terms{ModelID: uint32(1 + r.IntN(2)*r.IntN(2)), PromptHash: logits.PromptHash(testPrompt),
			MaxTokens: uint32(1 + r.IntN(16)), Deadline: uint64(100 + r.IntN(200))}}
	case 1:
		return PromptReceived{Job: job, Prompt: prompts[r.IntN(2)]}
	case 2:
		return JobClaimed{Job: job, Miner: who}
	case 3:
		return JobCommitted{Job: job, Miner: who}
	case 4:
		return JobCancelled{Job: job}
	case 5:
		return JobSettled{Job: job, Outcome: chain.JobStatus(4 + r.IntN(3))}
	case 6:
		return Generated{Job: job, Root: logits.Hash{byte(r.IntN(256))}, N: 2, PromptTokens: []uint32{1}, Output: []uint32{2, 3}}
	case 7:
		return GenerateFailed{Job: job}
	case 8:
		return TxFailed{Job: job, Tx: []TxKind{TxClaim, TxCommit, TxRelease}[r.IntN(3)], Permanent: r.IntN(2) == 0}
	case 9:
		return Restarted{}
	case 10:
		return ClaimReleased{Job: job, Miner: who}
	default:
		now.Block++
		now.Time += uint64(r.IntN(40))
		return *now
	}
}

// TestRandomSequencesKeepInvariants runs random event sequences and checks,
// after every step: no commit while one is outstanding or known on chain, no
// commit too close to the deadline, no generation for a prompt whose hash is
// not the job's, no forgetting of a committed job before its settlement,
// no claim of a job this miner released, no release of a claim we do not
// hold (only after a failed generation), replaying the event changes nothing, and the state survives a snapshot.
func TestRandomSequencesKeepInvariants(t *testing.T) {
	for seed := uint64(0); seed < 300; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		cfg := testConfig()
		cfg.MaxBusy = 2
		m := NewMachine(cfg)
		var now Tick
		outstanding := map[logits.JobID]bool{} // commit sent, no result yet
		onChain := map[logits.JobID]bool{}     // JobCommitted by us applied to a live job
		settled := map[logits.JobID]bool{}
		releasedByUs := map[logits.JobID]bool{} // ClaimReleased by us applied to a live job
		hashes := map[logits.JobID]logits.Hash{}
		for step := 0; step < 60; step++ {
			ev := randomEvent(r, &now)
			before := map[logits.JobID]Job{}
			for _, id := range m.sortedIDs() {
				before[id] = *m.Live[id]
			}
			acts := m.Step(ev)
			switch e := ev.(type) {
			case JobSubmitted:
				if _, ok := hashes[e.Job]; !ok {
					hashes[e.Job] = e.PromptHash
				}
			case TxFailed:
				if e.Tx == TxCommit {
					delete(outstanding, e.Job)
				}
			case JobCommitted:
				if e.Miner == self && before[e.Job].Phase == PhaseCommitting {
					onChain[e.Job] = true
				}
				delete(outstanding, e.Job)
			case JobSettled:
				if before[e.Job].Phase == PhaseCommitted {
					settled[e.Job] = true
				}
			case ClaimReleased:
				if _, live := before[e.Job]; live && e.Miner == self {
					releasedByUs[e.Job] = true
				}
			case Restarted:
				clear(outstanding) // the old process's sends are unknown; the shell checks the chain
			}
			for _, a := range acts {
				switch a := a.(type) {
				case Commit:
					if outstanding[a.Job] || onChain[a.Job] {
						t.Fatalf("seed %d step %d: second commit of %x (event %#v)", seed, step, a.Job[0], ev)
					}
					if m.Head.Time+m.cfg.CommitMargin > before[a.Job].Deadline {
						t.Fatalf("seed %d step %d: commit at %d, deadline %d", seed, step, m.Head.Time, before[a.Job].Deadline)
					}
					outstanding[a.Job] = true
				case Claim:
					if releasedByUs[a.Job] {
						t.Fatalf("seed %d step %d: claim of %x, which we released (event %#v)", seed, step, a.Job[0], ev)
					}
				case ReleaseClaim:
					if p := before[a.Job].Phase; p != PhaseGenerating && !p.releasing() {
						t.Fatalf("seed %d step %d: release of %x from phase %v (event %#v)", seed, step, a.Job[0], p, ev)
					}
				case Generate:
					if logits.PromptHash(a.Prompt) != hashes[a.Job] {
						t.Fatalf("seed %d step %d: generating for a prompt whose hash does not match", seed, step)
					}
				case Forget:
					if before[a.Job].Phase == PhaseCommitted && !settled[a.Job] {
						t.Fatalf("seed %d step %d: forgot committed job %x before settlement", seed, step, a.Job[0])
					}
				}
			}
			snap, err := m.Snapshot()
			if err != nil {
				t.Fatal(err)
			}
			if _, isRestart := ev.(Restarted); !isRestart {
				if again := m.Step(ev); len(again) != 0 {
					t.Fatalf("seed %d step %d: replaying %#v gave %#v", seed, step, ev, again)
				}
				if snap2, _ := m.Snapshot(); string(snap2) != string(snap) {
					t.Fatalf("seed %d step %d: replaying %#v changed the state", seed, step, ev)
				}
			}
			if b := m.busy(); b > cfg.MaxBusy {
				t.Fatalf("seed %d step %d: %d jobs in work, MaxBusy %d", seed, step, b, cfg.MaxBusy)
			}
			restored, err := RestoreMachine(cfg, snap)
			if err != nil {
				t.Fatal(err)
			}
			// everything but the head (read from the chain again at start)
			restored.Head = m.Head
			if !reflect.DeepEqual(restored, m) {
				t.Fatalf("seed %d step %d: snapshot round trip lost state:\n%+v\n%+v", seed, step, restored, m)
			}
		}
	}
}
