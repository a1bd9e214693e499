package p2p

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	dht "github.com/libp2p/go-libp2p-kad-dht"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	drouting "github.com/libp2p/go-libp2p/p2p/discovery/routing"
)

// DHTPrefix is the protocol prefix of pol's Kademlia DHT (/pol/kad/1.0.0): a DHT of pol
// nodes only, apart from the public IPFS one.
const DHTPrefix = "/pol"

// Rendezvous is the DHT key under which the nodes of one network (chain and contract)
// announce themselves: /pol/<chain id>/<contract, lower-case hex>/nodes.
func Rendezvous(n Network) string {
	return fmt.Sprintf("/pol/%d/%s/nodes", n.ChainID, strings.ToLower(n.Contract.Hex()))
}

// DiscoveryConfig configures StartDiscovery.
type DiscoveryConfig struct {
	// Network names the rendezvous (see Rendezvous).
	Network Network
	// Bootstrap peers seed the DHT's routing table (usually the -bootstrap peers, already
	// connected by Host.Bootstrap).
	Bootstrap []peer.AddrInfo
	// Interval between lookups once the node has peers; 0 means one minute. Until the
	// first lookup succeeds the node retries sooner (Interval/10, at least 100 ms).
	Interval time.Duration
	// Want is how many connected pol peers make a lookup unnecessary; 0 means 16.
	Want int
}

// Discovery runs a DHT in server mode and keeps announcing the node under its network's
// rendezvous and dialing the other nodes found there. The stake gater still decides who
// may connect: discovery only tells a node whom to try.
type Discovery struct {
	h      *Host
	dht    *dht.IpfsDHT
	disc   *drouting.RoutingDiscovery
	cfg    DiscoveryConfig
	ns     string
	cancel context.CancelFunc
	done   chan struct{}
	log    *slog.Logger

	mu    sync.Mutex
	found map[peer.ID]bool // peers seen under the rendezvous, for Found
}

// StartDiscovery starts the DHT and the announce/lookup loop; Close stops both.
func (h *Host) StartDiscovery(ctx context.Context, cfg DiscoveryConfig) (*Discovery, error) {
	if cfg.Interval <= 0 {
		cfg.Interval = time.Minute
	}
	if cfg.Want <= 0 {
		cfg.Want = 16
	}
	kad, err := dht.New(h.Host,
		dht.ProtocolPrefix(DHTPrefix),
		dht.Mode(dht.ModeServer),
		dht.BootstrapPeers(cfg.Bootstrap...),
		// pol's DHT stores no values or provider records beyond the rendezvous.
		dht.DisableValues())
	if err != nil {
		return nil, fmt.Errorf("p2p: start DHT: %w", err)
	}
	if err := kad.Bootstrap(ctx); err != nil {
		kad.Close()
		return nil, fmt.Errorf("p2p: bootstrap DHT: %w", err)
	}
	lctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	d := &Discovery{h: h, dht: kad, disc: drouting.NewRoutingDiscovery(kad), cfg: cfg, ns: Rendezvous(cfg.Network),
		cancel: cancel, done: make(chan struct{}), log: h.log, found: map[peer.ID]bool{}}
	go d.loop(lctx)
	return d, nil
}

// Close stops the loop and the DHT.
func (d *Discovery) Close() error {
	d.cancel()
	<-d.done
	return d.dht.Close()
}

// Found returns the other nodes this node has seen announced under its network's
// rendezvous.
func (d *Discovery) Found() []peer.ID {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]peer.ID, 0, len(d.found))
	for p := range d.found {
		out = append(out, p)
	}
	return out
}

func (d *Discovery) loop(ctx context.Context) {
	defer close(d.done)
	retry := max(d.cfg.Interval/10, 100*time.Millisecond)
	var readvertise time.Time
	for {
		wait := d.cfg.Interval
		if err := d.round(ctx, &readvertise); err != nil {
			if ctx.Err() != nil {
				return
			}
			d.log.Debug("p2p: discovery round", "err", err)
			wait = retry
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

// round announces the node (when the last announcement is due) and, if it has fewer
// than Want pol peers, looks up the rendezvous and dials what it finds.
func (d *Discovery) round(ctx context.Context, readvertise *time.Time) error {
	if d.dht.RoutingTable().Size() == 0 {
		return errors.New("DHT routing table is empty (no reachable bootstrap peer yet)")
	}
	if time.Now().After(*readvertise) {
		ttl, err := d.disc.Advertise(ctx, d.ns)
		if err != nil {
			return fmt.Errorf("announce: %w", err)
		}
		*readvertise = time.Now().Add(ttl * 3 / 4)
	}
	if len(d.h.Network().Peers()) >= d.cfg.Want {
		return nil
	}
	lctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	peers, err := d.disc.FindPeers(lctx, d.ns)
	if err != nil {
		return fmt.Errorf("look up: %w", err)
	}
	seen := 0
	for ai := range peers {
		if ai.ID == d.h.ID() || len(ai.Addrs) == 0 {
			continue
		}
		seen++
		d.mu.Lock()
		d.found[ai.ID] = true
		d.mu.Unlock()
		if d.h.Network().Connectedness(ai.ID) == network.Connected {
			continue
		}
		cctx, ccancel := context.WithTimeout(ctx, 10*time.Second)
		err := d.h.Connect(cctx, ai)
		ccancel()
		if err != nil {
			d.log.Debug("p2p: dial discovered peer", "peer", ai.ID, "err", err)
			continue
		}
		d.log.Info("p2p: connected to a discovered peer", "peer", ai.ID)
	}
	if seen == 0 {
		return errors.New("no other node under the rendezvous yet")
	}
	return nil
}
