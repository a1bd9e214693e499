package validator_test

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/validator"
)

// A validator's machine from the commit to the settlement of a job whose
// miner never sends its token lists: the validator waits until the reveal
// deadline, attests no-reveal, and settles after the attest window.
func ExampleMachine() {
	self, miner := common.Address{0x11}, common.Address{0x22}
	job := logits.JobID{0xa}
	m := validator.NewMachine(validator.Config{Self: self, ModelID: 1, K: 2, AttestWindow: 6})
	show := func(acts []validator.Action) {
		for _, a := range acts {
			switch a := a.(type) {
			case validator.Attest:
				fmt.Printf("Attest %s at %d positions: %s\n", a.Verdict, len(a.Positions), a.Reason)
			default:
				fmt.Printf("%T\n", a)
			}
		}
	}
	m.Step(validator.Tick{Block: 90, Time: 900})
	show(m.Step(validator.JobSubmitted{Job: job, ModelID: 1, PromptHash: logits.PromptHash("Once upon a time"),
		Thresholds: logits.DefaultThresholds(), Deadline: 5000}))
	show(m.Step(validator.JobCommitted{Job: job, Miner: miner, Root: logits.Hash{1}, N: 16, SeedBlock: 100}))
	show(m.Step(validator.SeedReady{Job: job, Seed: logits.Hash{2}, Members: []common.Address{miner, self}}))
	show(m.Step(validator.Tick{Block: 104, Time: 1040})) // reveal deadline: 100 + 6 - 2
	show(m.Step(validator.Attested{Job: job, Validator: self, Verdict: chain.VerdictNoReveal}))
	show(m.Step(validator.Tick{Block: 109, Time: 1090})) // member 1 settles from block 106 + 2
	// Output:
	// validator.AwaitSeed
	// Attest NoReveal at 2 positions: no commitment message with the token lists
	// validator.PublishVerdict
	// validator.Settle
}
