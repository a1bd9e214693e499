package validator

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/internal/daemon/daemontest"
	"github.com/pol-network/pol/logits"
)

// mainSnapshot is what the validator of main (before Job embedded
// daemon.Terms and the pending gossip moved to daemon.Pending) saved for:
// a committed job waiting for its seed, an ended job of another model, and
// a prompt and a commitment that came before their job.
const mainSnapshot = `{"Version":3,"Jobs":[{"ID":"0x0100000000000000000000000000000000000000000000000000000000000000","Phase":2,"ModelID":1,"PromptHash":"0x13060d8fea30442fc503fcf927611c687d2e7090ba7dfa62eeccff5e8300fc13","MaxTokens":2,"Sampler":{"TemperatureMilli":0,"TopK":40,"TopPMilli":0,"Seed":"0x0000000000000000000000000000000000000000000000000000000000000000"},"Thresholds":{"Version":0,"TopK":0,"MaxDelta":0,"MaxKL":0,"TieMargin":0,"Span":0},"Deadline":2000,"Prompt":"hello","Committed":true,"Miner":"0x2200000000000000000000000000000000000000","Root":"0x0900000000000000000000000000000000000000000000000000000000000000","N":2,"TokensHash":"0x0800000000000000000000000000000000000000000000000000000000000000","SeedBlock":12,"Output":[5,6],"Seed":"0x0000000000000000000000000000000000000000000000000000000000000000","Drawn":false,"MemberIndex":0}],"Ended":[{"Job":"0x0200000000000000000000000000000000000000000000000000000000000000","Why":4,"Deadline":3000}],"Prompts":[{"Job":"0x0300000000000000000000000000000000000000000000000000000000000000","Prompt":"early","At":10}],"Commitments":[{"Job":"0x0300000000000000000000000000000000000000000000000000000000000000","Signer":"0x2200000000000000000000000000000000000000","MinerPeer":"peer","Root":"0x0900000000000000000000000000000000000000000000000000000000000000","N":1,"TokensHash":"0x0000000000000000000000000000000000000000000000000000000000000000","PromptTokens":[1],"Output":[2],"Profile":1,"At":10}]}`

// A snapshot written before the job's terms moved to daemon.Terms loads
// with every field in place, its pending prompt and commitment still wait
// for their job, and the state saved again reloads unchanged.
func TestSnapshotOfMainLoads(t *testing.T) {
	cfg := Config{Role: daemon.Role{Self: common.Address{0x11}, ModelID: 1}, K: 2, AttestWindow: 6, RevealWindow: 4, SaltKey: logits.Hash{5}}
	m, err := RestoreMachine(cfg, []byte(mainSnapshot))
	if err != nil {
		t.Fatal(err)
	}
	j, ok := m.Job(logits.JobID{1})
	want := daemon.Terms{ModelID: 1, PromptHash: logits.PromptHash("hello"), MaxTokens: 2, Sampler: logits.Sampler{TopK: 40}, Deadline: 2000}
	if !ok || j.Phase != PhaseSeed || j.Terms != want || j.Prompt != "hello" || !j.Committed || j.SeedBlock != 12 || len(j.Output) != 2 {
		t.Fatalf("job %+v (live %v), want a committed job in phase seed with terms %+v", j, ok, want)
	}
	if why, ok := m.Ended(logits.JobID{2}); !ok || why != EndOtherModel {
		t.Fatalf("ended job: %v, %v", why, ok)
	}
	m.Step(Tick{Block: 11, Time: 1001})
	m.Step(JobSubmitted{Job: logits.JobID{3}, Terms: daemon.Terms{ModelID: 1, PromptHash: logits.PromptHash("early"), MaxTokens: 1, Deadline: 2000}})
	if j, _ := m.Job(logits.JobID{3}); j.Prompt != "early" || j.Commitment == nil || j.Commitment.MinerPeer != "peer" {
		t.Fatalf("the pending gossip was not applied: %+v", j)
	}
	daemontest.Reloads(t, m, func(b []byte) (*Machine, error) { return RestoreMachine(cfg, b) })
}
