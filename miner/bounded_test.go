package miner

import (
	"math/rand/v2"
	"testing"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/internal/daemon/daemontest"
	"github.com/pol-network/pol/logits"
)

// 10,000 random jobs (one submitted per block, 2 s blocks, deadlines a
// minute out) go through the machine along random paths: other model, lost
// to another miner, cancelled, ours through to settlement, or ours with a
// failed generation whose claim is released. The snapshot
// stays as large as the jobs still within their deadline: the same at job
// 10,000 as at job 1,000.
func TestStateStaysBoundedOver10000Jobs(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	m := NewMachine(testConfig())
	now := Tick{Block: 1, Time: 100}
	m.Step(now)
	type live struct {
		id     logits.JobID
		path   int
		step   int
		settle int // the step of its settlement (path 3)
	}
	var inFlight []live
	var sizes daemontest.SnapshotSizes
	for i := 0; i < 10_000; i++ {
		now.Block++
		now.Time += 2
		m.Step(now)
		var id logits.JobID
		id[0], id[1], id[2] = byte(i>>16), byte(i>>8), byte(i)
		model := uint32(1)
		path := r.IntN(5)
		if path == 0 {
			model = 2
		}
		m.Step(JobSubmitted{Job: id, Terms: daemon.Terms{ModelID: model, PromptHash: logits.PromptHash(testPrompt), MaxTokens: 8, Deadline: now.Time + 60}})
		m.Step(PromptReceived{Job: id, Prompt: testPrompt})
		inFlight = append(inFlight, live{id, path, 0, 12 + r.IntN(20)})
		// advance every job in flight by one step of its path
		keep := inFlight[:0]
		for _, j := range inFlight {
			j.step++
			done := false
			switch {
			case j.path == 0: // other model: nothing more
				done = true
			case j.path == 1 && j.step == 1: // another miner's claim
				m.Step(JobClaimed{Job: j.id, Miner: other})
				done = true
			case j.path == 2 && j.step == 2:
				m.Step(JobCancelled{Job: j.id})
				done = true
			case j.path == 4 && j.step == 1:
				m.Step(JobClaimed{Job: j.id, Miner: self})
			case j.path == 4 && j.step == 3:
				m.Step(GenerateFailed{Job: j.id, Reason: "engine failed"})
			case j.path == 4 && j.step == 4:
				m.Step(ClaimReleased{Job: j.id, Miner: self})
				done = true
			case j.path == 3 && j.step == 1:
				m.Step(JobClaimed{Job: j.id, Miner: self})
			case j.path == 3 && j.step == 3:
				m.Step(Generated{Job: j.id, Root: logits.Hash{1}, N: 8, PromptTokens: []uint32{1, 2, 3, 4}, Output: []uint32{5, 6, 7, 8, 9, 10, 11, 12}})
			case j.path == 3 && j.step == 4:
				m.Step(JobCommitted{Job: j.id, Miner: self})
			case j.path == 3 && j.step == j.settle:
				m.Step(JobSettled{Job: j.id, Outcome: chain.StatusPassed})
				done = true
			}
			if !done {
				keep = append(keep, j)
			}
		}
		inFlight = keep
		sizes.Sample(t, i, m.Snapshot)
	}
	sizes.Check(t, 64<<10)
	if len(m.Gone) > 40 {
		t.Fatalf("%d ended jobs kept; only those within their deadline (about 30) should be", len(m.Gone))
	}
	t.Logf("snapshot %d bytes (jobs 1,000-2,000: at most %d), %d live, %d ended kept", sizes.Late, sizes.Early, m.Jobs(), len(m.Gone))
}
