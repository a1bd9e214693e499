package validator

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// Chain is the validator daemon's chain port (*chain.Client is one): the
// part both daemons use, and the contract's parameters, the seed, the
// committee preview and the transactions of a committee member.
type Chain interface {
	daemon.Chain
	Params(ctx context.Context) (chain.Params, error)
	WaitSeed(ctx context.Context, job logits.JobID) (logits.Hash, error)
	PreviewCommittee(ctx context.Context, job logits.JobID) ([]common.Address, error)
	DrawCommittee(ctx context.Context, job logits.JobID) (*types.Receipt, error)
	CommitVerdict(ctx context.Context, job logits.JobID, v chain.Verdict, salt, evidence logits.Hash) (*types.Receipt, error)
	RevealVerdict(ctx context.Context, job logits.JobID, v chain.Verdict, salt, evidence logits.Hash) (*types.Receipt, error)
	Settle(ctx context.Context, job logits.JobID) (*chain.Settlement, error)
}

// Network is the validator daemon's p2p port (*daemon.P2P is one): the
// part both daemons use, the commitments topic in, verdicts out, and
// openings fetched from the miner and the other members.
type Network interface {
	daemon.Network
	SubscribeCommitments() (daemon.Subscription[p2p.Commitment], error)
	PublishVerdict(ctx context.Context, v p2p.Verdict) error
	Fetch(ctx context.Context, miner string, addrs []string, job logits.JobID, i uint32) (*logits.Opening, error)
	FetchFromMembers(ctx context.Context, members []common.Address, self common.Address, job logits.JobID, i uint32) (*logits.Opening, error)
}

// JobViews is what ChainRoots reads (*chain.Client is one).
type JobViews interface {
	Job(ctx context.Context, job logits.JobID) (chain.Job, error)
}

// ChainRoots gives the reveal client the on-chain root and n of a job, so
// openings are verified against the chain (see daemon.NewP2P).
func ChainRoots(c JobViews) p2p.CommitmentSource { return chainCommitments{c} }

type chainCommitments struct{ cl JobViews }

func (c chainCommitments) Commitment(ctx context.Context, id logits.JobID) (p2p.ChainCommitment, error) {
	j, err := c.cl.Job(ctx, id)
	if err != nil {
		return p2p.ChainCommitment{}, err
	}
	if chain.JobStatus(j.Status) < chain.StatusCommitted || j.N == 0 {
		return p2p.ChainCommitment{}, fmt.Errorf("%w: job %s is %s", p2p.ErrNotOnChain, id, chain.JobStatus(j.Status))
	}
	return p2p.ChainCommitment{Miner: j.Miner, Root: j.Root, N: j.N}, nil
}
