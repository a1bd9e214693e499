package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain/bindings"
	"github.com/pol-network/pol/logits"
)

// JobEvent is one of the contract's job life-cycle events in pol's own
// types (JobSubmitted, JobClaimed, ClaimReleased, JobCommitted,
// JobCancelled, JobSettled, CommitteeDrawn, VerdictCommitted, Attested,
// JobEscalated, EscalationDrawn). The daemons react to these
// and to nothing else; Event.Job holds it for those events.
type JobEvent interface {
	// JobID is the job the event is about.
	JobID() logits.JobID
	isJobEvent()
}

// JobEventNames are the names of the events that decode to a JobEvent.
var JobEventNames = []string{"JobSubmitted", "JobClaimed", "ClaimReleased", "JobCommitted", "JobCancelled", "JobSettled",
	"CommitteeDrawn", "VerdictCommitted", "Attested", "JobEscalated", "EscalationDrawn"}

// JobSubmitted: a requester escrowed a job.
type JobSubmitted struct {
	Job               logits.JobID
	Requester         common.Address
	ModelID           uint32
	ThresholdsVersion uint32
	PromptHash        logits.Hash
	MaxTokens         uint32
	Sampler           logits.Sampler
	Deadline          uint64 // unix seconds
	Fee               *big.Int
}

// JobClaimed: a miner claimed a job until ClaimExpiry.
type JobClaimed struct {
	Job         logits.JobID
	Miner       common.Address
	ClaimExpiry uint64
}

// ClaimReleased: the claim holder gave back its claim; the job is Open again
// for every miner but Miner (the contract refuses the releaser's claim).
type ClaimReleased struct {
	Job   logits.JobID
	Miner common.Address
}

// JobCommitted: the claiming miner committed its output. Output is nil when
// the published token bytes do not decode to N tokens (the contract checks
// their length, so only a contract bug could cause it).
type JobCommitted struct {
	Job        logits.JobID
	Miner      common.Address
	Root       logits.Hash
	N          uint32
	TokensHash logits.Hash
	SeedBlock  uint64
	Output     []uint32
}

// JobCancelled: the job was cancelled and the fee refunded.
type JobCancelled struct {
	Job    logits.JobID
	Refund *big.Int
}

// JobSettled: the job reached its outcome.
type JobSettled struct {
	Job                                          logits.JobID
	Outcome                                      JobStatus
	MinerPayout, VoterReward, MinerSlash, Refund *big.Int
}

// CommitteeDrawn: the job's committee and challenge seed are fixed.
type CommitteeDrawn struct {
	Job     logits.JobID
	Seed    logits.Hash
	Members []common.Address
	// Block is the draw's block: a draw after the seed block's successor
	// moves the round's verdict windows as many blocks later (CommitEnd).
	Block uint64
}

// CommitEnd is the contract's last block for the round's verdict
// commitments, given the round's seed block, the draw's block and the
// contract's attestWindow: seedBlock + attestWindow, plus the draw's
// lateness (drawBlock - seedBlock - 1) up to 255 blocks (review R6).
// Reveals follow for revealWindow blocks.
func CommitEnd(seedBlock, drawBlock, attestWindow uint64) uint64 {
	lag := uint64(0)
	if drawBlock > seedBlock+1 {
		lag = min(drawBlock-seedBlock-1, 255)
	}
	return seedBlock + attestWindow + lag
}

// JobEscalated: settle found a round-one Fail vote that did not fail the job
// unanimously; instead of settling, the job is Escalated and a second
// committee is drawn from the seed block SeedBlock (round two). The job's
// challenge set stays round one's.
type JobEscalated struct {
	Job       logits.JobID
	SeedBlock uint64
}

// EscalationDrawn: an escalated job's round-two committee is fixed. Seed is
// round two's seed, which only picked Members (round one's members are
// excluded); the positions they check are round one's challenge set.
type EscalationDrawn struct {
	Job     logits.JobID
	Seed    logits.Hash
	Members []common.Address
	Block   uint64 // the draw's block, as in CommitteeDrawn
}

// VerdictCommitted: a committee member committed its (hidden) verdict.
type VerdictCommitted struct {
	Job    logits.JobID
	Member common.Address
}

// Attested: a committee member revealed its verdict.
type Attested struct {
	Job       logits.JobID
	Validator common.Address
	Verdict   Verdict
	Evidence  logits.Hash
}

func (e JobSubmitted) JobID() logits.JobID     { return e.Job }
func (e JobClaimed) JobID() logits.JobID       { return e.Job }
func (e ClaimReleased) JobID() logits.JobID    { return e.Job }
func (e JobCommitted) JobID() logits.JobID     { return e.Job }
func (e JobCancelled) JobID() logits.JobID     { return e.Job }
func (e JobSettled) JobID() logits.JobID       { return e.Job }
func (e CommitteeDrawn) JobID() logits.JobID   { return e.Job }
func (e VerdictCommitted) JobID() logits.JobID { return e.Job }
func (e Attested) JobID() logits.JobID         { return e.Job }
func (e JobEscalated) JobID() logits.JobID     { return e.Job }
func (e EscalationDrawn) JobID() logits.JobID  { return e.Job }

func (JobSubmitted) isJobEvent()     {}
func (JobClaimed) isJobEvent()       {}
func (ClaimReleased) isJobEvent()    {}
func (JobCommitted) isJobEvent()     {}
func (JobCancelled) isJobEvent()     {}
func (JobSettled) isJobEvent()       {}
func (CommitteeDrawn) isJobEvent()   {}
func (VerdictCommitted) isJobEvent() {}
func (Attested) isJobEvent()         {}
func (JobEscalated) isJobEvent()     {}
func (EscalationDrawn) isJobEvent()  {}

// jobEvent converts a decoded binding struct, logged in block, to its
// JobEvent (nil for the contract's other events).
func jobEvent(data any, block uint64) JobEvent {
	switch x := data.(type) {
	case *bindings.ProofOfLogitsJobSubmitted:
		return JobSubmitted{Job: x.JobId, Requester: x.Requester, ModelID: x.ModelId, ThresholdsVersion: x.ThresholdsVersion,
			PromptHash: x.PromptHash, MaxTokens: x.MaxTokens, Sampler: LogitsSampler(x.Sampler), Deadline: x.Deadline, Fee: x.Fee}
	case *bindings.ProofOfLogitsJobClaimed:
		return JobClaimed{Job: x.JobId, Miner: x.Miner, ClaimExpiry: x.ClaimExpiry}
	case *bindings.ProofOfLogitsClaimReleased:
		return ClaimReleased{Job: x.JobId, Miner: x.Miner}
	case *bindings.ProofOfLogitsJobCommitted:
		output, err := DecodeTokens(x.Output)
		if err != nil || len(output) != int(x.N) {
			output = nil
		}
		return JobCommitted{Job: x.JobId, Miner: x.Miner, Root: x.Root, N: x.N, TokensHash: x.TokensHash, SeedBlock: x.SeedBlock, Output: output}
	case *bindings.ProofOfLogitsJobCancelled:
		return JobCancelled{Job: x.JobId, Refund: x.Refund}
	case *bindings.ProofOfLogitsJobSettled:
		return JobSettled{Job: x.JobId, Outcome: JobStatus(x.Outcome), MinerPayout: x.MinerPayout, VoterReward: x.VoterReward,
			MinerSlash: x.MinerSlash, Refund: x.Refund}
	case *bindings.ProofOfLogitsCommitteeDrawn:
		return CommitteeDrawn{Job: x.JobId, Seed: x.Seed, Members: x.Members, Block: block}
	case *bindings.ProofOfLogitsJobEscalated:
		return JobEscalated{Job: x.JobId, SeedBlock: x.SeedBlock}
	case *bindings.ProofOfLogitsEscalationDrawn:
		return EscalationDrawn{Job: x.JobId, Seed: x.Seed, Members: x.Members, Block: block}
	case *bindings.ProofOfLogitsVerdictCommitted:
		return VerdictCommitted{Job: x.JobId, Member: x.Member}
	case *bindings.ProofOfLogitsAttested:
		return Attested{Job: x.JobId, Validator: x.Validator, Verdict: Verdict(x.Verdict), Evidence: x.EvidenceHash}
	}
	return nil
}

// Head is the chain's newest block: its number and timestamp.
type Head struct {
	Block uint64
	Time  uint64 // unix seconds
}

// Head reads the newest block's number and time.
func (c *Client) Head(ctx context.Context) (Head, error) {
	h, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return Head{}, fmt.Errorf("chain: head: %w", err)
	}
	return Head{Block: h.Number.Uint64(), Time: h.Time}, nil
}
