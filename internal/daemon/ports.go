package daemon

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// Chain is the part of the chain port both daemons use (*chain.Client is
// one): the head and the job events the Shell needs, whose address the
// daemon signs as, a job's committee and a model version's thresholds for
// a numeric profile (chain.ErrProfileNotAdmitted when it has none). Each
// daemon's port adds its own views and transactions.
type Chain interface {
	HeadReader
	Follower
	From() common.Address
	Committee(ctx context.Context, job logits.JobID) ([]common.Address, []chain.Verdict, error)
	Thresholds(ctx context.Context, modelID, version uint32, profile uint16) (chain.Thresholds, error)
}

// Network is the part of the p2p port both daemons use (*P2P is one):
// the host's peer id, the prompts topic in and out, a reveal server, and
// the protection of a job's committee connections. Each daemon's port adds
// its own topics and requests.
type Network interface {
	ID() string
	SubscribeJobs() (Subscription[p2p.Job], error)
	PublishJob(ctx context.Context, j p2p.Job) error
	ServeReveal(cfg p2p.RevealServerConfig) (Closer, error)
	ProtectCommittee(job logits.JobID, members ...common.Address)
	ReleaseCommittee(job logits.JobID)
}
