// Package node assembles the libp2p side of a pol process (pol miner, pol
// validator, the wallet, and every participant of pol devnet): a host whose
// gater admits staked peers, gossip validated against the contract, the
// relay of every topic, bootstrap peers and discovery.
package node

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/chainview"
	"github.com/pol-network/pol/p2p"
)

// Node is a pol process's libp2p host and gossip.
type Node struct {
	Host   *p2p.Host
	Gossip *p2p.Gossip
	disc   *p2p.Discovery // nil unless Config.Discover
	relay  func()         // stops the relay
	// stopWatch stops the peer-count watch (pol_p2p_peers, the no-peers warning).
	stopWatch context.CancelFunc
}

// Config says who the node is and where it listens and connects.
type Config struct {
	Key   *ecdsa.PrivateKey
	Chain *chain.Client
	From  uint64 // first block of the contract's history
	// Listen, Announce and Bootstrap are multiaddrs.
	Listen    []string
	Announce  []string
	Bootstrap []string
	// Open admits every peer (devnets); otherwise only staked or bootstrap peers.
	Open bool
	// Discover runs pol's DHT to find the network's other nodes beyond the
	// bootstrap peers.
	Discover bool
	// Metrics, when set, gets the node's p2p counters (a key running twice).
	Metrics prometheus.Registerer
	Log     *slog.Logger
}

// Start brings the node up; Close takes it down.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	view := chainview.New(cfg.Chain, cfg.From)
	hc := p2p.HostConfig{Key: cfg.Key, ListenAddrs: cfg.Listen, AnnounceAddrs: cfg.Announce, Logger: cfg.Log}
	if !cfg.Open {
		hc.Registry = view
	}
	h, err := p2p.NewHost(hc)
	if err != nil {
		return nil, err
	}
	var whitelist []*net.IPNet
	if loopbackOnly(cfg.Listen) {
		_, lo, _ := net.ParseCIDR("127.0.0.0/8")
		whitelist = append(whitelist, lo)
	}
	g, err := p2p.NewGossip(h, p2p.GossipConfig{
		Network:             p2p.Network{ChainID: cfg.Chain.ChainID().Uint64(), Contract: cfg.Chain.Address()},
		Key:                 cfg.Key,
		Registry:            view,
		Chain:               view,
		ColocationWhitelist: whitelist,
		Logger:              cfg.Log,
	})
	if err != nil {
		h.Close()
		return nil, err
	}
	if cfg.Metrics != nil {
		if err := cfg.Metrics.Register(g.DuplicateKeyCollector()); err != nil {
			g.Close()
			h.Close()
			return nil, err
		}
	}
	watch, err := newPeerWatch(func() int { return len(h.Network().Peers()) }, cfg.Metrics, cfg.Log)
	if err != nil {
		g.Close()
		h.Close()
		return nil, err
	}
	n := &Node{Host: h, Gossip: g}
	if n.relay, err = g.RelayAll(); err != nil {
		n.Close()
		return nil, err
	}
	peers, err := p2p.ParseBootstrap(cfg.Bootstrap)
	if err != nil {
		n.Close()
		return nil, err
	}
	if len(peers) > 0 {
		if err := h.Bootstrap(ctx, peers); err != nil {
			cfg.Log.Warn("some bootstrap peers are unreachable", "err", err)
		}
	}
	if cfg.Discover {
		network := p2p.Network{ChainID: cfg.Chain.ChainID().Uint64(), Contract: cfg.Chain.Address()}
		if n.disc, err = h.StartDiscovery(ctx, p2p.DiscoveryConfig{Network: network, Bootstrap: peers}); err != nil {
			n.Close()
			return nil, err
		}
	}
	wctx, stop := context.WithCancel(context.Background())
	n.stopWatch = stop
	go watch.run(wctx, 30*time.Second, 5*time.Second)
	return n, nil
}

// Close stops discovery and the relay and closes gossip and the host.
func (n *Node) Close() {
	if n.stopWatch != nil {
		n.stopWatch()
	}
	if n.disc != nil {
		n.disc.Close()
	}
	if n.relay != nil {
		n.relay()
	}
	n.Gossip.Close()
	n.Host.Close()
}

// WaitTopicPeers waits until at least want peers have joined topic, polling
// until timeout or ctx ends.
func (n *Node) WaitTopicPeers(ctx context.Context, topic p2p.Topic, want int, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for len(n.Gossip.ListPeers(topic)) < want {
		if time.Now().After(deadline) {
			return fmt.Errorf("only %d of %d peers joined the %s topic within %v", len(n.Gossip.ListPeers(topic)), want, topic, timeout)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	return nil
}

// Addr is the node's first listen address with its peer id, for others to
// bootstrap from.
func (n *Node) Addr() string {
	ai := n.Host.AddrInfo()
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
