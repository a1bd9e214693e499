package miner

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
)

// Event is an input of the Machine: something the chain, the network, the
// engine or the clock reported. Events are plain data.
type Event interface{ isEvent() }

// JobSubmitted is the contract's JobSubmitted event.
type JobSubmitted struct {
	Job logits.JobID
	// Terms: no commit is sent after the deadline.
	daemon.Terms
	// NotAdmitted: the job's thresholds version admits no thresholds for
	// this miner's numeric profile, so validators would not accept its
	// commitment (spec §8.2); the job is left to other miners.
	NotAdmitted bool `json:",omitempty"`
	// Span is the calibrated span of this miner's profile in the job's
	// thresholds version: the longest job, prompt + generated tokens, its
	// thresholds cover (spec §8.3). Validators refuse a commitment beyond
	// it, so the miner leaves such jobs to others.
	Span uint32 `json:",omitempty"`
	// Version is the job's thresholds version (the claim-time span check
	// reads this process's profile's span for it).
	Version uint32 `json:",omitempty"`
}

// PromptReceived is a job's prompt text from the jobs gossip topic. The
// machine checks it against the job's prompt hash.
type PromptReceived struct {
	Job    logits.JobID
	Prompt string
}

// JobClaimed is the contract's JobClaimed event.
type JobClaimed struct {
	Job    logits.JobID
	Miner  common.Address
	Expiry uint64
}

// JobCommitted is the contract's JobCommitted event.
type JobCommitted chain.JobCommitted

// CommitteeDrawn is the contract's CommitteeDrawn event for a job this
// miner committed, with the job's challenge set (read from the chain when
// the event arrived): the reveal policy answers from them while the chain
// is unreachable.
type CommitteeDrawn struct {
	Job       logits.JobID
	Members   []common.Address
	Positions []uint32
}

// JobEscalated is the contract's JobEscalated event: round one did not
// settle the job; a round-two committee will judge the same challenge set.
type JobEscalated chain.JobEscalated

// EscalationDrawn is the contract's EscalationDrawn event for a job this
// miner committed: round two's members, who may open the job's challenge
// set (Positions, round one's, read from the chain when the event arrived)
// like round one's members.
type EscalationDrawn struct {
	Job       logits.JobID
	Members   []common.Address
	Positions []uint32
}

// JobCancelled is the contract's JobCancelled event.
type JobCancelled struct{ Job logits.JobID }

// JobSettled is the contract's JobSettled event.
type JobSettled struct {
	Job     logits.JobID
	Outcome chain.JobStatus
}

// ClaimReleased is the contract's ClaimReleased event: Miner gave back its
// claim and the job is open again (for every miner but Miner).
type ClaimReleased chain.ClaimReleased

// Generated reports that generation for a job finished and its store files
// are complete: the commitment to send.
type Generated struct {
	Job          logits.JobID
	Root         logits.Hash
	N            uint32
	PromptTokens []uint32
	Output       []uint32
}

// GenerateFailed reports that generation could not run and would fail again
// (engine error, prompt too long for the context, disk full): the machine
// releases the job's claim.
type GenerateFailed struct {
	Job    logits.JobID
	Reason string
}

// TxFailed reports that a claim, commit or release transaction did not go
// through (see daemon.TxFailed).
type TxFailed daemon.TxFailed[TxKind]

// Tick is the chain head: its number and timestamp (the contract's clock).
type Tick chain.Head

// Restarted is the first event after the machine was restored from a
// snapshot: in-flight work whose result was lost with the old process is
// started again.
type Restarted struct{}

func (JobSubmitted) isEvent()    {}
func (PromptReceived) isEvent()  {}
func (JobClaimed) isEvent()      {}
func (JobCommitted) isEvent()    {}
func (JobCancelled) isEvent()    {}
func (CommitteeDrawn) isEvent()  {}
func (JobEscalated) isEvent()    {}
func (EscalationDrawn) isEvent() {}
func (JobSettled) isEvent()      {}
func (ClaimReleased) isEvent()   {}
func (Generated) isEvent()       {}
func (GenerateFailed) isEvent()  {}
func (TxFailed) isEvent()        {}
func (Tick) isEvent()            {}
func (Restarted) isEvent()       {}

// TxKind names the transaction a TxFailed is about.
type TxKind uint8

// Transactions the miner sends.
const (
	TxClaim TxKind = iota + 1
	TxCommit
	TxWithdraw
	TxRelease
)

func (k TxKind) String() string {
	switch k {
	case TxClaim:
		return "claim"
	case TxCommit:
		return "commit"
	case TxWithdraw:
		return "withdraw"
	case TxRelease:
		return "release"
	}
	return "tx?"
}
