package miner

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/internal/daemon/daemontest"
	"github.com/pol-network/pol/logits"
)

// mainSnapshot is what the miner of main (before Job embedded
// daemon.Terms and prompts moved to daemon.Pending) saved for: a job
// claimed with its prompt, an ended job of another model, and a prompt
// that came before its job.
const mainSnapshot = `{"Version":2,"Jobs":[{"ID":"0x0100000000000000000000000000000000000000000000000000000000000000","Phase":3,"ModelID":1,"PromptHash":"0x13060d8fea30442fc503fcf927611c687d2e7090ba7dfa62eeccff5e8300fc13","MaxTokens":8,"Sampler":{"TemperatureMilli":500,"TopK":40,"TopPMilli":0,"Seed":"0x0700000000000000000000000000000000000000000000000000000000000000"},"Deadline":2000,"Prompt":"hello","Root":"0x0000000000000000000000000000000000000000000000000000000000000000","N":0,"TokensHash":"0x0000000000000000000000000000000000000000000000000000000000000000"}],"Ended":[{"Job":"0x0200000000000000000000000000000000000000000000000000000000000000","Why":6,"Deadline":3000}],"Prompts":[{"Job":"0x0300000000000000000000000000000000000000000000000000000000000000","Prompt":"early","At":10}]}`

// A snapshot written before the job's terms moved to daemon.Terms loads
// with every field in place, its pending prompt still waits for its job,
// and the state saved again reloads unchanged.
func TestSnapshotOfMainLoads(t *testing.T) {
	cfg := Config{Role: daemon.Role{Self: common.Address{0x11}, ModelID: 1}, CommitMargin: 5}
	m, err := RestoreMachine(cfg, []byte(mainSnapshot))
	if err != nil {
		t.Fatal(err)
	}
	j, ok := m.Job(logits.JobID{1})
	want := daemon.Terms{ModelID: 1, PromptHash: logits.PromptHash("hello"), MaxTokens: 8,
		Sampler: logits.Sampler{TemperatureMilli: 500, TopK: 40, Seed: logits.Hash{7}}, Deadline: 2000}
	if !ok || j.Phase != PhaseClaiming || j.Terms != want {
		t.Fatalf("job %+v (live %v), want phase claiming and terms %+v", j, ok, want)
	}
	if why, ok := m.Ended(logits.JobID{2}); !ok || why != EndOtherModel {
		t.Fatalf("ended job: %v, %v", why, ok)
	}
	m.Step(Tick{Block: 11, Time: 1001})
	m.Step(JobSubmitted{Job: logits.JobID{3}, Terms: daemon.Terms{ModelID: 1, PromptHash: logits.PromptHash("early"), MaxTokens: 8, Deadline: 2000}})
	if j, _ := m.Job(logits.JobID{3}); j.Prompt != "early" || j.Phase != PhaseClaiming {
		t.Fatalf("the pending prompt was not applied: %+v", j)
	}
	daemontest.Reloads(t, m, func(b []byte) (*Machine, error) { return RestoreMachine(cfg, b) })
}
