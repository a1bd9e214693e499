package validator

import (
	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

// Action is an output of the Machine: work for the shell. Results come back
// as events.
type Action interface{ isAction() }

// AwaitSeed asks the shell to wait until the job's seed block exists, then
// report SeedReady with the seed and the committee (drawn, or previewed).
type AwaitSeed struct {
	Job       logits.JobID
	SeedBlock uint64
}

// Check asks the shell to tokenize Prompt with the model's canonical
// tokenizer, fetch the openings of Positions from the miner, recompute the
// whole output with its own engine (one prefill per admitted KV precision
// tried: every token's admissibility and the arrived positions' vectors),
// and report Checked (or CheckFailed).
type Check struct {
	Job        logits.JobID
	MinerPeer  string
	MinerAddrs []string // where the miner said it serves reveals
	Prompt     string
	Claim      logits.Claim
	Positions  []uint32 // distinct, in challenge order
	// Thresholds judge the job; the shell recomputes a position at the next
	// admitted KV precision only while no recomputation matches under them.
	Thresholds logits.Thresholds
}

// Attest asks the shell to send attest. Positions are the job's challenge
// set in the contract's order.
type Attest struct {
	Job       logits.JobID
	Verdict   chain.Verdict
	Positions []uint32
	Evidence  logits.Hash
	// Position and Reason describe the first failing or missing position
	// (for logs); Position is NoPosition on a pass.
	Position uint32
	Reason   string
}

// PublishVerdict asks the shell to gossip the verdict it attested.
type PublishVerdict struct {
	Job       logits.JobID
	Root      logits.Hash
	Verdict   chain.Verdict
	Positions []uint32
	Evidence  logits.Hash
}

// Settle asks the shell to settle the job (anyone may, after the window).
type Settle struct{ Job logits.JobID }

func (AwaitSeed) isAction()      {}
func (Check) isAction()          {}
func (Attest) isAction()         {}
func (PublishVerdict) isAction() {}
func (Settle) isAction()         {}
