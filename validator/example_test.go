package validator_test

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/validator"
)

// A validator's machine from the commit to the settlement of a job whose
// miner never sends its token lists: the validator draws the committee it
// previewed itself on, waits until the reveal deadline, commits to a
// no-reveal verdict, reveals it after the attest window, and settles after
// the reveal window.
func ExampleMachine() {
	self, miner := common.Address{0x11}, common.Address{0x22}
	job := logits.JobID{0xa}
	cfg := validator.Config{K: 2, AttestWindow: 6, RevealWindow: 4, SaltKey: logits.Hash{0x5a}}
	cfg.Self, cfg.ModelID = self, 1
	m := validator.NewMachine(cfg)
	show := func(acts []validator.Action) {
		for _, a := range acts {
			switch a := a.(type) {
			case validator.CommitVerdict:
				fmt.Printf("CommitVerdict %s: %s\n", a.Verdict, a.Reason)
			case validator.RevealVerdict:
				fmt.Printf("RevealVerdict %s\n", a.Verdict)
			default:
				fmt.Printf("%T\n", a)
			}
		}
	}
	members := []common.Address{miner, self}
	m.Step(validator.Tick{Block: 90, Time: 900})
	sub := validator.JobSubmitted{Job: job, Thresholds: logits.DefaultThresholds()}
	sub.ModelID, sub.PromptHash, sub.Deadline = 1, logits.PromptHash("Once upon a time"), 5000
	show(m.Step(sub))
	show(m.Step(validator.JobCommitted{Job: job, Miner: miner, Root: logits.Hash{1}, N: 16, SeedBlock: 100}))
	show(m.Step(validator.SeedReady{Job: job, Seed: logits.Hash{2}, Members: members}))
	show(m.Step(validator.CommitteeDrawn{Job: job, Seed: logits.Hash{2}, Members: members}))
	show(m.Step(validator.Tick{Block: 104, Time: 1040})) // reveal deadline: 100 + 6 - 2
	show(m.Step(validator.VerdictCommitted{Job: job, Validator: self}))
	show(m.Step(validator.Tick{Block: 107, Time: 1070})) // the attest window is over
	show(m.Step(validator.Attested{Job: job, Validator: self, Verdict: chain.VerdictNoReveal}))
	show(m.Step(validator.Tick{Block: 113, Time: 1130})) // member 1 settles from block 110 + 2 + 1
	// Output:
	// validator.AwaitSeed
	// validator.Draw
	// CommitVerdict NoReveal: no commitment message with the token lists
	// RevealVerdict NoReveal
	// validator.PublishVerdict
	// validator.Settle
}
