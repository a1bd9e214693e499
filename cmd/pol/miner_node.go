package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/bindings"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// node is the libp2p side of a pol process (pol miner, pol validator, and
// every participant of pol devnet): a host whose gater admits staked peers
// and gossip validated against the contract.
type node struct {
	host   *p2p.Host
	gossip *p2p.Gossip
	relays []interface{ Cancel() }
	done   sync.WaitGroup
}

type nodeConfig struct {
	key       *ecdsa.PrivateKey
	cl        *chain.Client
	from      uint64 // first block of the contract's history
	listen    []string
	announce  []string
	bootstrap []string
	// open admits every peer (devnets); otherwise only staked or bootstrap peers.
	open bool
	log  *slog.Logger
}

func startNode(ctx context.Context, cfg nodeConfig) (*node, error) {
	view := newChainView(cfg.cl, cfg.from)
	hc := p2p.HostConfig{Key: cfg.key, ListenAddrs: cfg.listen, AnnounceAddrs: cfg.announce, Logger: cfg.log}
	if !cfg.open {
		hc.Registry = view
	}
	h, err := p2p.NewHost(hc)
	if err != nil {
		return nil, err
	}
	var whitelist []*net.IPNet
	if loopbackOnly(cfg.listen) {
		_, lo, _ := net.ParseCIDR("127.0.0.0/8")
		whitelist = append(whitelist, lo)
	}
	g, err := p2p.NewGossip(h, p2p.GossipConfig{
		Network:             p2p.Network{ChainID: cfg.cl.ChainID().Uint64(), Contract: cfg.cl.Address()},
		Key:                 cfg.key,
		Registry:            view,
		Chain:               view,
		ColocationWhitelist: whitelist,
		Logger:              cfg.log,
	})
	if err != nil {
		h.Close()
		return nil, err
	}
	n := &node{host: h, gossip: g}
	if err := n.relay(); err != nil {
		n.Close()
		return nil, err
	}
	if len(cfg.bootstrap) > 0 {
		peers, err := p2p.ParseBootstrap(cfg.bootstrap)
		if err != nil {
			n.Close()
			return nil, err
		}
		if err := h.Bootstrap(ctx, peers); err != nil {
			cfg.log.Warn("some bootstrap peers are unreachable", "err", err)
		}
	}
	return n, nil
}

// relay subscribes to every topic and discards what arrives. gossipsub
// forwards a topic only between subscribers, so without this a node that
// publishes commitments but never reads them (a miner), or a bootstrap node
// that only publishes prompts, would not carry the others' messages, and
// peers whose only link is through it would never hear each other.
func (n *node) relay() error {
	jobs, err := n.gossip.SubscribeJobs()
	if err != nil {
		return err
	}
	commits, err := n.gossip.SubscribeCommitments()
	if err != nil {
		jobs.Cancel()
		return err
	}
	verdicts, err := n.gossip.SubscribeVerdicts()
	if err != nil {
		jobs.Cancel()
		commits.Cancel()
		return err
	}
	n.relays = []interface{ Cancel() }{jobs, commits, verdicts}
	n.done.Add(3)
	go func() { defer n.done.Done(); drain(jobs) }()
	go func() { defer n.done.Done(); drain(commits) }()
	go func() { defer n.done.Done(); drain(verdicts) }()
	return nil
}

func drain[T any](s *p2p.Subscription[T]) {
	for {
		if _, err := s.Next(context.Background()); err != nil {
			return
		}
	}
}

func (n *node) Close() {
	for _, r := range n.relays {
		r.Cancel()
	}
	n.done.Wait()
	n.gossip.Close()
	n.host.Close()
}

// addr is the node's first listen address with its peer id, for others to
// bootstrap from.
func (n *node) addr() string {
	ai := n.host.AddrInfo()
	for _, a := range ai.Addrs {
		if strings.Contains(a.String(), "/tcp/") {
			return fmt.Sprintf("%s/p2p/%s", a, ai.ID)
		}
	}
	return fmt.Sprintf("%s/p2p/%s", ai.Addrs[0], ai.ID)
}

func loopbackOnly(listen []string) bool {
	for _, a := range listen {
		if !strings.HasPrefix(a, "/ip4/127.") {
			return false
		}
	}
	return true
}

// chainView answers the p2p layer's questions from the contract: is an
// address staked (p2p.Registry), what a job's prompt hash is and what its
// miner committed (p2p.Chain). Facts that cannot change (a job's prompt
// hash, a commitment) are cached forever, stake answers for a few seconds.
type chainView struct {
	cl   *chain.Client
	from uint64
	abi  *bindings.ProofOfLogits

	mu      sync.Mutex
	jobs    map[logits.JobID]p2p.ChainJob
	commits map[logits.JobID]p2p.ChainCommitment
	stakes  map[common.Address]stakeEntry
}

type stakeEntry struct {
	role chain.Role
	at   time.Time
}

const stakeCacheTTL = 5 * time.Second

func newChainView(cl *chain.Client, from uint64) *chainView {
	return &chainView{cl: cl, from: from, abi: bindings.NewProofOfLogits(),
		jobs: map[logits.JobID]p2p.ChainJob{}, commits: map[logits.JobID]p2p.ChainCommitment{},
		stakes: map[common.Address]stakeEntry{}}
}

// Staked implements p2p.Registry.
func (v *chainView) Staked(ctx context.Context, addr common.Address, role p2p.Role) (bool, error) {
	v.mu.Lock()
	e, ok := v.stakes[addr]
	v.mu.Unlock()
	if !ok || time.Since(e.at) > stakeCacheTTL {
		a, err := v.cl.Account(ctx, addr)
		if err != nil {
			return false, err
		}
		e = stakeEntry{role: chain.RoleNone, at: time.Now()}
		if a.Stake != nil && a.Stake.Sign() > 0 {
			e.role = chain.Role(a.Role)
		}
		v.mu.Lock()
		v.stakes[addr] = e
		v.mu.Unlock()
	}
	switch e.role {
	case chain.RoleMiner:
		return role&p2p.RoleMiner != 0, nil
	case chain.RoleValidator:
		return role&p2p.RoleValidator != 0, nil
	}
	return false, nil
}

// Job implements p2p.Chain.
func (v *chainView) Job(ctx context.Context, id logits.JobID) (p2p.ChainJob, error) {
	v.mu.Lock()
	j, ok := v.jobs[id]
	v.mu.Unlock()
	if ok {
		return j, nil
	}
	ev, err := v.event(ctx, "JobSubmitted", id)
	if err != nil {
		return p2p.ChainJob{}, err
	}
	x := ev.(*bindings.ProofOfLogitsJobSubmitted)
	j = p2p.ChainJob{Requester: x.Requester, ModelID: x.ModelId, PromptHash: x.PromptHash}
	v.mu.Lock()
	v.jobs[id] = j
	v.mu.Unlock()
	return j, nil
}

// Commitment implements p2p.Chain.
func (v *chainView) Commitment(ctx context.Context, id logits.JobID) (p2p.ChainCommitment, error) {
	v.mu.Lock()
	c, ok := v.commits[id]
	v.mu.Unlock()
	if ok {
		return c, nil
	}
	ev, err := v.event(ctx, "JobCommitted", id)
	if err != nil {
		return p2p.ChainCommitment{}, err
	}
	x := ev.(*bindings.ProofOfLogitsJobCommitted)
	c = p2p.ChainCommitment{Miner: x.Miner, Root: x.Root, N: x.N, TokensHash: x.TokensHash}
	v.mu.Lock()
	v.commits[id] = c
	v.mu.Unlock()
	return c, nil
}

// event finds the one log of the named event for a job (the job id is the
// first indexed topic of every job event).
func (v *chainView) event(ctx context.Context, name string, id logits.JobID) (any, error) {
	logs, err := v.cl.Backend().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(v.from),
		Addresses: []common.Address{v.cl.Address()},
		Topics:    [][]common.Hash{{v.abi.GetABI().Events[name].ID}, {common.Hash(id)}},
	})
	if err != nil {
		return nil, fmt.Errorf("%s of job %s: %w", name, id, err)
	}
	if len(logs) == 0 {
		return nil, fmt.Errorf("%w: no %s for job %s", p2p.ErrNotOnChain, name, id)
	}
	ev, err := v.cl.DecodeEvent(&logs[0])
	if err != nil {
		return nil, err
	}
	return ev.Data, nil
}
