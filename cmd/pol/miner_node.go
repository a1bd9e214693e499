package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/chainview"
	"github.com/pol-network/pol/p2p"
)

// node is the libp2p side of a pol process (pol miner, pol validator, and
// every participant of pol devnet): a host whose gater admits staked peers
// and gossip validated against the contract.
type node struct {
	host   *p2p.Host
	gossip *p2p.Gossip
	disc   *p2p.Discovery // nil unless nodeConfig.discover
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
	// discover runs pol's DHT to find the network's other nodes beyond the
	// bootstrap peers.
	discover bool
	// metrics, when set, gets the node's p2p counters (a key running twice).
	metrics prometheus.Registerer
	log     *slog.Logger
}

func startNode(ctx context.Context, cfg nodeConfig) (*node, error) {
	view := chainview.New(cfg.cl, cfg.from)
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
	if cfg.metrics != nil {
		if err := cfg.metrics.Register(g.DuplicateKeyCollector()); err != nil {
			g.Close()
			h.Close()
			return nil, err
		}
	}
	n := &node{host: h, gossip: g}
	if err := n.relay(); err != nil {
		n.Close()
		return nil, err
	}
	peers, err := p2p.ParseBootstrap(cfg.bootstrap)
	if err != nil {
		n.Close()
		return nil, err
	}
	if len(peers) > 0 {
		if err := h.Bootstrap(ctx, peers); err != nil {
			cfg.log.Warn("some bootstrap peers are unreachable", "err", err)
		}
	}
	if cfg.discover {
		network := p2p.Network{ChainID: cfg.cl.ChainID().Uint64(), Contract: cfg.cl.Address()}
		if n.disc, err = h.StartDiscovery(ctx, p2p.DiscoveryConfig{Network: network, Bootstrap: peers}); err != nil {
			n.Close()
			return nil, err
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
	if n.disc != nil {
		n.disc.Close()
	}
	for _, r := range n.relays {
		r.Cancel()
	}
	n.done.Wait()
	n.gossip.Close()
	n.host.Close()
}

// waitTopicPeers waits until at least want peers have joined topic, polling
// until timeout or ctx ends.
func (n *node) waitTopicPeers(ctx context.Context, topic p2p.Topic, want int, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for len(n.gossip.ListPeers(topic)) < want {
		if time.Now().After(deadline) {
			return fmt.Errorf("only %d of %d peers joined the %s topic within %v", len(n.gossip.ListPeers(topic)), want, topic, timeout)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	return nil
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
