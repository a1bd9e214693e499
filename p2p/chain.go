package p2p

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/logits"
)

// ErrNotOnChain means the chain does not know a job or commitment (yet): a gossiped message
// about it is ignored, not rejected, because the local chain view may simply lag.
var ErrNotOnChain = errors.New("p2p: not on chain")

// ChainJob is what the settlement contract stores about a submitted job.
type ChainJob struct {
	Requester  common.Address
	ModelID    uint32      // the contract's registered model id
	PromptHash logits.Hash // logits.PromptHash of the prompt text (from the JobSubmitted event)
}

// ChainCommitment is what the settlement contract stores about a miner's commitment.
type ChainCommitment struct {
	Miner      common.Address
	Root       logits.Hash
	N          uint32
	TokensHash logits.Hash // from the JobCommitted event
}

// Chain is the read-only view of the settlement contract that gossip validation and the
// reveal requester need. The chain package implements it; both methods return an error
// wrapping ErrNotOnChain when the job or commitment does not exist.
type Chain interface {
	Job(ctx context.Context, id logits.JobID) (ChainJob, error)
	Commitment(ctx context.Context, id logits.JobID) (ChainCommitment, error)
}
