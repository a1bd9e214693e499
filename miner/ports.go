package miner

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// Chain is the miner daemon's chain port (*chain.Client is one): the part
// both daemons use, the views of a job and its challenge set, and the
// transactions a miner sends.
type Chain interface {
	daemon.Chain
	Job(ctx context.Context, job logits.JobID) (chain.Job, error)
	ChallengePositions(ctx context.Context, job logits.JobID) ([]uint32, error)
	ChallengeSetFrom(ctx context.Context, job logits.JobID, seed logits.Hash, n uint32) ([]uint32, error)
	ClaimJob(ctx context.Context, job logits.JobID) (*types.Receipt, error)
	ReleaseClaim(ctx context.Context, job logits.JobID) (*types.Receipt, error)
	Commit(ctx context.Context, job logits.JobID, root logits.Hash, n uint32, tokensHash logits.Hash, output []uint32) (uint64, error)
	Withdraw(ctx context.Context) (*big.Int, error)
}

// Network is the miner daemon's p2p port (*daemon.P2P is one): the part
// both daemons use, and the commitments topic out.
type Network interface {
	daemon.Network
	PublishCommitment(ctx context.Context, c p2p.Commitment) error
}
