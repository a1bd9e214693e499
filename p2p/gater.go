package p2p

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// gaterLookupTimeout bounds one registry lookup made while a connection waits.
const gaterLookupTimeout = 3 * time.Second

// Gater is a libp2p connection gater that admits a peer when it is on the allow-list or, if a
// registry is set, when the Ethereum address behind its peer id is staked as a miner or a
// validator, or (if the registry implements Requesters) requested a job that is still open.
// With no registry every peer is admitted (open network, e.g. a devnet).
type Gater struct {
	registry Registry
	log      *slog.Logger

	mu    sync.RWMutex
	allow map[peer.ID]struct{}
}

// NewGater returns a gater backed by registry (nil: admit everyone) and the allow-listed peers.
func NewGater(registry Registry, allow []peer.ID, log *slog.Logger) *Gater {
	if log == nil {
		log = slog.Default()
	}
	g := &Gater{registry: registry, log: log, allow: make(map[peer.ID]struct{}, len(allow))}
	for _, id := range allow {
		g.allow[id] = struct{}{}
	}
	return g
}

// Allow adds a peer to the allow-list (configured validators, bootstrap peers).
func (g *Gater) Allow(id peer.ID) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.allow[id] = struct{}{}
}

// Admits reports whether the gater lets peer id connect.
func (g *Gater) Admits(ctx context.Context, id peer.ID) bool {
	g.mu.RLock()
	_, ok := g.allow[id]
	g.mu.RUnlock()
	if ok || g.registry == nil {
		return true
	}
	addr, err := AddressOf(id)
	if err != nil {
		g.log.Debug("p2p: gater refused peer", "peer", id, "err", err)
		return false
	}
	staked, err := g.registry.Staked(ctx, addr, RoleMiner|RoleValidator)
	if err != nil {
		g.log.Warn("p2p: gater registry lookup failed", "peer", id, "address", addr, "err", err)
		return false
	}
	if staked {
		return true
	}
	if rq, ok := g.registry.(Requesters); ok {
		open, err := rq.OpenJobRequester(ctx, addr)
		if err != nil {
			g.log.Debug("p2p: gater requester lookup failed", "peer", id, "address", addr, "err", err)
			return false
		}
		if open {
			g.log.Debug("p2p: gater admitted the requester of an open job", "peer", id, "address", addr)
			return true
		}
	}
	g.log.Debug("p2p: gater refused unstaked peer", "peer", id, "address", addr)
	return false
}

func (g *Gater) admits(id peer.ID) bool {
	ctx, cancel := context.WithTimeout(context.Background(), gaterLookupTimeout)
	defer cancel()
	return g.Admits(ctx, id)
}

// InterceptPeerDial implements connmgr.ConnectionGater.
func (g *Gater) InterceptPeerDial(id peer.ID) bool { return g.admits(id) }

// InterceptAddrDial implements connmgr.ConnectionGater.
func (g *Gater) InterceptAddrDial(peer.ID, ma.Multiaddr) bool { return true }

// InterceptAccept implements connmgr.ConnectionGater.
func (g *Gater) InterceptAccept(network.ConnMultiaddrs) bool { return true }

// InterceptSecured implements connmgr.ConnectionGater: the peer id is authenticated here.
func (g *Gater) InterceptSecured(_ network.Direction, id peer.ID, _ network.ConnMultiaddrs) bool {
	return g.admits(id)
}

// InterceptUpgraded implements connmgr.ConnectionGater.
func (g *Gater) InterceptUpgraded(network.Conn) (bool, control.DisconnectReason) { return true, 0 }
