package validator

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/internal/daemon/daemontest"
	"github.com/pol-network/pol/logits"
)

// 10,000 random jobs (one submitted per block, 2 s blocks, deadlines a
// minute out) go through the machine, with a simulated chain answering its
// actions one block later: jobs of another model, jobs nobody commits,
// cancelled jobs, jobs whose committee leaves us out, and jobs we check
// (the engine fails: abstain), commit, reveal and settle. The snapshot
// stays as large as the jobs still within their deadline and windows: the
// same at job 10,000 as at job 1,000.
func TestStateStaysBoundedOver10000Jobs(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	cfg := testConfig()
	m := NewMachine(cfg)
	now := Tick{Block: 1, Time: 100}
	m.Step(now)
	var next []Event // the chain's answers, stepped on the next block
	answer := func(acts []Action) {
		for _, a := range acts {
			switch a := a.(type) {
			case AwaitSeed:
				members := []common.Address{other, self}
				if a.Job[3]%3 == 0 { // some committees leave us out
					members = []common.Address{other, miner}
				}
				next = append(next, SeedReady{Job: a.Job, Seed: seedA, Members: members, Drawn: true})
			case Check:
				next = append(next, CheckFailed{Job: a.Job, Reason: "engine failed"})
			case CommitVerdict:
				next = append(next, VerdictCommitted{Job: a.Job, Validator: self})
			case RevealVerdict:
				next = append(next, Attested{Job: a.Job, Validator: self, Verdict: a.Verdict})
			case Settle:
				next = append(next, JobSettled{Job: a.Job, Outcome: chain.StatusFailed})
			}
		}
	}
	var sizes daemontest.SnapshotSizes
	for i := 0; i < 10_000; i++ {
		now.Block++
		now.Time += 2
		evs := next
		next = nil
		answer(m.Step(now))
		for _, ev := range evs {
			answer(m.Step(ev))
		}
		var id logits.JobID
		id[0], id[1], id[2], id[3] = byte(i>>16), byte(i>>8), byte(i), byte(r.IntN(256))
		model := uint32(1)
		path := r.IntN(5)
		if path == 0 {
			model = 2
		}
		answer(m.Step(JobSubmitted{Job: id, Terms: daemon.Terms{ModelID: model, PromptHash: logits.PromptHash(prompt),
			MaxTokens: 5, Deadline: now.Time + 60}, Thresholds: logits.DefaultThresholds()}))
		answer(m.Step(PromptReceived{Job: id, Prompt: prompt}))
		switch path {
		case 1: // nobody commits: expires
		case 2:
			answer(m.Step(JobCancelled{Job: id}))
		default:
			answer(m.Step(JobCommitted{Job: id, Miner: miner, Root: logits.Hash{1}, N: 5, TokensHash: logits.Hash{2}, SeedBlock: now.Block,
				Output: []uint32{1, 2, 3, 4, 5}}))
		}
		sizes.Sample(t, i, m.Snapshot)
	}
	sizes.Check(t, 128<<10)
	if len(m.Gone) > 60 {
		t.Fatalf("%d ended jobs kept; only those within their deadline and windows (about 40) should be", len(m.Gone))
	}
	t.Logf("snapshot %d bytes (jobs 1,000-2,000: at most %d), %d live, %d ended kept", sizes.Late, sizes.Early, m.Jobs(), len(m.Gone))
}
