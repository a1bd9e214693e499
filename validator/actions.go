package validator

import (
	"github.com/ethereum/go-ethereum/common"

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
	Members    []common.Address // the job's committee (and round one's, once escalated): relays of openings the miner did not send us
	Miner      common.Address   // the committed miner
	MinerPeer  string
	MinerAddrs []string // where the miner said it serves reveals
	Prompt     string
	Claim      logits.Claim
	Positions  []uint32 // distinct, in challenge order
	// Thresholds judge the job; the shell recomputes a position at the next
	// admitted KV precision only while no recomputation matches under them.
	// A token-only check (no commitment message, Claim.Prompt nil) carries
	// the loosest of all; the shell narrows it to the band of the canonical
	// prompt's length (bandFor with Admitted), as the judge does.
	Thresholds logits.Thresholds
	Admitted   map[uint16]logits.Thresholds `json:",omitempty"`
}

// Attest is a decided attestation: the verdict, its evidence hash and the
// salt of its on-chain commitment (spec: commit-reveal verdicts).
type Attest struct {
	Job      logits.JobID
	Verdict  chain.Verdict
	Evidence logits.Hash
	Salt     logits.Hash
	// Position and Reason describe the first failing or missing position
	// (for logs); Position is NoPosition on a pass.
	Position uint32
	Reason   string
}

// Draw asks the shell to draw the job's committee on chain (the validator
// is on the previewed committee and nobody has drawn it yet).
type Draw struct{ Job logits.JobID }

// CommitVerdict asks the shell to send commitVerdict with the commitment
// to the attestation (chain.VerdictCommitment over job, self, verdict,
// salt and evidence).
type CommitVerdict struct{ Attest }

// RevealVerdict asks the shell to send revealVerdict: the attestation
// whose commitment is on chain.
type RevealVerdict struct{ Attest }

// PublishVerdict asks the shell to gossip the verdict it revealed (never
// before: a verdict seen early could be copied by a member that did not
// check).
type PublishVerdict struct {
	Job      logits.JobID
	Root     logits.Hash
	Verdict  chain.Verdict
	Evidence logits.Hash
}

// Missed tells the shell that this member missed a duty on a job (its
// verdict commitment or its reveal did not land in time): the contract will
// count it absent. The shell warns and counts it (missed_duties_total).
type Missed struct {
	Job    logits.JobID
	Duty   string // "commit", "reveal" or "seed"
	Reason string
}

// Settle asks the shell to settle the job (anyone may, after the window).
type Settle struct{ Job logits.JobID }

func (AwaitSeed) isAction()      {}
func (Check) isAction()          {}
func (Draw) isAction()           {}
func (Missed) isAction()         {}
func (CommitVerdict) isAction()  {}
func (RevealVerdict) isAction()  {}
func (PublishVerdict) isAction() {}
func (Settle) isAction()         {}
