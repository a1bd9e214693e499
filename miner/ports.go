package miner

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// Chain is the miner daemon's chain port (*chain.Client is one): the head,
// the job events, the views and the transactions a miner sends.
type Chain interface {
	daemon.HeadReader
	daemon.Follower
	// From is the miner's staked address.
	From() common.Address
	Job(ctx context.Context, job logits.JobID) (chain.Job, error)
	Committee(ctx context.Context, job logits.JobID) ([]common.Address, []chain.Verdict, error)
	ChallengePositions(ctx context.Context, job logits.JobID) ([]uint32, error)
	// Thresholds are a model version's thresholds for one numeric profile
	// (chain.ErrProfileNotAdmitted when the version has none for it).
	Thresholds(ctx context.Context, modelID, version uint32, profile uint16) (chain.Thresholds, error)
	ClaimJob(ctx context.Context, job logits.JobID) (*types.Receipt, error)
	ReleaseClaim(ctx context.Context, job logits.JobID) (*types.Receipt, error)
	Commit(ctx context.Context, job logits.JobID, root logits.Hash, n uint32, tokensHash logits.Hash, output []uint32) (uint64, error)
	Withdraw(ctx context.Context) (*big.Int, error)
}

// Network is the miner daemon's p2p port (*daemon.P2P is one): prompts in,
// commitments out, reveals served.
type Network interface {
	ID() string
	SubscribeJobs() (daemon.Subscription[p2p.Job], error)
	PublishJob(ctx context.Context, j p2p.Job) error
	PublishCommitment(ctx context.Context, c p2p.Commitment) error
	ServeReveal(cfg p2p.RevealServerConfig) (daemon.Closer, error)
	ProtectCommittee(job logits.JobID, members ...common.Address)
	ReleaseCommittee(job logits.JobID)
}
