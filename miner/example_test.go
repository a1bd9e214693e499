package miner_test

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/miner"
)

// The miner's machine is driven by events and answers with actions; the
// daemon carries the actions out and feeds their results back as events.
func ExampleMachine() {
	self := common.Address{0x11}
	job := logits.JobID{0xa}
	cfg := miner.Config{CommitMargin: 10}
	cfg.Self, cfg.ModelID = self, 1
	m := miner.NewMachine(cfg)
	show := func(acts []miner.Action) {
		for _, a := range acts {
			fmt.Printf("%T\n", a)
		}
	}
	m.Step(miner.Tick{Block: 10, Time: 1000})
	sub := miner.JobSubmitted{Job: job}
	sub.ModelID, sub.PromptHash, sub.MaxTokens, sub.Deadline = 1, logits.PromptHash("Once upon a time"), 8, 2000
	show(m.Step(sub))
	show(m.Step(miner.PromptReceived{Job: job, Prompt: "Once upon a time"}))
	show(m.Step(miner.JobClaimed{Job: job, Miner: self}))
	show(m.Step(miner.Generated{Job: job, Root: logits.Hash{1}, N: 2, PromptTokens: []uint32{1}, Output: []uint32{5, 6}}))
	show(m.Step(miner.JobCommitted{Job: job, Miner: self}))
	show(m.Step(miner.JobSettled{Job: job, Outcome: chain.StatusPassed}))
	why, _ := m.Ended(job)
	fmt.Println("ended:", why)
	// Output:
	// miner.Claim
	// miner.Generate
	// miner.Commit
	// miner.PublishCommitment
	// miner.Forget
	// miner.Withdraw
	// ended: settled
}
