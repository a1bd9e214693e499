package daemon

import (
	"context"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// Subscription is one gossip topic's messages (*p2p.Subscription is one).
type Subscription[T any] interface {
	Next(ctx context.Context) (p2p.Received[T], error)
	Cancel()
}

// Closer stops what was started.
type Closer interface{ Close() }

// P2P is the network port of both daemons over a libp2p host and its
// gossip: topics, the reveal protocol (serving and fetching), and the
// connection protection of a job's committee.
type P2P struct {
	Host   *p2p.Host
	Gossip *p2p.Gossip
	reveal *p2p.RevealClient
}

// NewP2P wraps host and gossip; roots, if set, lets Fetch verify openings
// against the chain (the validator's side).
func NewP2P(host *p2p.Host, gossip *p2p.Gossip, roots p2p.CommitmentSource, timeout time.Duration) *P2P {
	n := &P2P{Host: host, Gossip: gossip}
	if roots != nil {
		n.reveal = p2p.NewRevealClient(host, roots, timeout)
	}
	return n
}

// ID is the host's peer id.
func (n *P2P) ID() string { return n.Host.ID().String() }

// SubscribeJobs subscribes to the jobs topic (prompts).
func (n *P2P) SubscribeJobs() (Subscription[p2p.Job], error) { return n.Gossip.SubscribeJobs() }

// SubscribeCommitments subscribes to the commitments topic.
func (n *P2P) SubscribeCommitments() (Subscription[p2p.Commitment], error) {
	return n.Gossip.SubscribeCommitments()
}

// PublishJob gossips a job's prompt.
func (n *P2P) PublishJob(ctx context.Context, j p2p.Job) error { return n.Gossip.PublishJob(ctx, j) }

// PublishCommitment gossips a miner's commitment message.
func (n *P2P) PublishCommitment(ctx context.Context, c p2p.Commitment) error {
	return n.Gossip.PublishCommitment(ctx, c)
}

// PublishVerdict gossips a revealed verdict.
func (n *P2P) PublishVerdict(ctx context.Context, v p2p.Verdict) error {
	return n.Gossip.PublishVerdict(ctx, v)
}

// ServeReveal answers reveal requests until the returned Closer is closed.
func (n *P2P) ServeReveal(cfg p2p.RevealServerConfig) (Closer, error) {
	return p2p.ServeReveal(n.Host, cfg)
}

// ProtectCommittee keeps the connections to a job's committee (and miner).
func (n *P2P) ProtectCommittee(job logits.JobID, members ...common.Address) {
	n.Host.ProtectCommittee(job, members...)
}

// ReleaseCommittee ends ProtectCommittee.
func (n *P2P) ReleaseCommittee(job logits.JobID) { n.Host.ReleaseCommittee(job) }

// Fetch asks the miner (peer id and the addresses from its signed
// commitment) for position i of job.
func (n *P2P) Fetch(ctx context.Context, miner string, addrs []string, job logits.JobID, i uint32) (*logits.Opening, error) {
	id, err := peer.Decode(miner)
	if err != nil {
		return nil, err
	}
	for _, s := range addrs {
		if a, err := ma.NewMultiaddr(s); err == nil {
			n.Host.Peerstore().AddAddr(id, a, time.Hour)
		}
	}
	return n.reveal.Fetch(ctx, id, job, i)
}

// FetchFromMembers asks the committee members this host knows (not self)
// for a copy of position i of job they fetched themselves.
func (n *P2P) FetchFromMembers(ctx context.Context, members []common.Address, self common.Address, job logits.JobID, i uint32) (*logits.Opening, error) {
	var peers []peer.ID
	for _, p := range n.Host.Peerstore().PeersWithAddrs() {
		if addr, err := p2p.AddressOf(p); err == nil && addr != self && slices.Contains(members, addr) {
			peers = append(peers, p)
		}
	}
	return n.reveal.FetchFrom(ctx, peers, job, i)
}

// Prompts is an event source for the Shell: the jobs topic's prompts of
// model, each handed to post, until ctx ends.
func Prompts(sub Subscription[p2p.Job], model uint32, post func(job logits.JobID, prompt string)) func(context.Context) {
	return func(ctx context.Context) {
		for {
			r, err := sub.Next(ctx)
			if err != nil {
				return
			}
			if r.Msg.ModelID == model {
				post(r.Msg.JobID, r.Msg.Prompt)
			}
		}
	}
}
