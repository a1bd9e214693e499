package p2p

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// gaterLookupTimeout bounds one registry lookup made while a connection waits.
const gaterLookupTimeout = 3 * time.Second

// PeerClass is the reason the gater admitted a peer; it decides what the peer may do.
type PeerClass uint8

// Peer classes, from the gater's admission decision.
const (
	// ClassNone: not admitted (or not connected).
	ClassNone PeerClass = iota
	// ClassOpen: the gater has no registry and admits everyone (devnets).
	ClassOpen
	// ClassAllowed: on the allow-list (configured validators, bootstrap peers).
	ClassAllowed
	// ClassStaked: staked as a miner or a validator.
	ClassStaked
	// ClassRequester: requested a job that is still open. Such a peer may only publish on the
	// jobs topic and use identify and ping, and only for a session of RequesterSession.
	ClassRequester
)

// String names the class.
func (c PeerClass) String() string {
	switch c {
	case ClassNone:
		return "none"
	case ClassOpen:
		return "open"
	case ClassAllowed:
		return "allowed"
	case ClassStaked:
		return "staked"
	case ClassRequester:
		return "requester"
	}
	return "unknown-class"
}

// Requester admission defaults (docs/p2p.md §2.1).
const (
	// DefaultRequesterSession is how long a peer admitted only as the requester of an open job
	// may stay connected: long enough to hand over a prompt, not to hold a slot.
	DefaultRequesterSession = 3 * time.Minute
	// DefaultMaxRequesters is how many requester sessions a node holds at once; the rest of
	// its connection slots are reserved for staked peers. A new requester ends the oldest
	// session when all are taken.
	DefaultMaxRequesters = 16
	// maxCooldowns bounds the gater's memory of requesters whose session it ended.
	maxCooldowns = 4096
)

// Gater is a libp2p connection gater that admits a peer when it is on the allow-list or, if a
// registry is set, when the Ethereum address behind its peer id is staked as a miner or a
// validator, or (if the registry implements Requesters) requested a job that is still open.
// With no registry every peer is admitted (open network, e.g. a devnet).
//
// It remembers why it admitted each connected peer (Class): requesters get a timed session,
// at most MaxRequesters of them at once, and after a session the gater ended, the peer is
// refused for RequesterCooldown.
type Gater struct {
	registry Registry
	log      *slog.Logger

	// Requester sessions (set before the gater is used; NewHost does it).
	RequesterSession  time.Duration
	RequesterCooldown time.Duration
	MaxRequesters     int
	// endSession, if set, closes a requester's connections when the gater ends its session
	// to make room for a new one.
	endSession func(peer.ID)
	now        func() time.Time

	mu       sync.Mutex
	allow    map[peer.ID]struct{}
	member   func(common.Address) bool // committee members of this node's jobs; nil: none
	admitted map[peer.ID]admission
	cooldown map[peer.ID]time.Time // requesters refused until then
}

type admission struct {
	class PeerClass
	since time.Time // for requesters: when the session began
	seen  time.Time // the last admission (of any connection of the peer)
	ended bool      // a requester whose session ended; kept (class and all) until it disconnects
}

// NewGater returns a gater backed by registry (nil: admit everyone) and the allow-listed peers.
func NewGater(registry Registry, allow []peer.ID, log *slog.Logger) *Gater {
	if log == nil {
		log = slog.Default()
	}
	g := &Gater{registry: registry, log: log, allow: make(map[peer.ID]struct{}, len(allow)),
		RequesterSession: DefaultRequesterSession, RequesterCooldown: DefaultRequesterSession,
		MaxRequesters: DefaultMaxRequesters, now: time.Now,
		admitted: map[peer.ID]admission{}, cooldown: map[peer.ID]time.Time{}}
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
	if a, ok := g.admitted[id]; ok && a.class != ClassAllowed {
		g.admitted[id] = admission{class: ClassAllowed, since: a.since}
	}
}

// AdmitMembersOnLookupFailure admits the addresses member reports (the
// committees of this node's jobs, drawn from staked validators) while the
// registry cannot answer (the chain RPC is down): a miner restarted during
// an outage still serves its committees. A registry that answers decides as
// before, so a member that unstaked is refused once the chain is back.
func (g *Gater) AdmitMembersOnLookupFailure(member func(common.Address) bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.member = member
}

// Classify says whether the gater would admit peer id now and why. An error means a lookup
// failed (the peer is refused while it lasts, but not dropped by DropUnstaked).
func (g *Gater) Classify(ctx context.Context, id peer.ID) (PeerClass, error) {
	g.mu.Lock()
	_, ok := g.allow[id]
	g.mu.Unlock()
	if ok {
		return ClassAllowed, nil
	}
	if g.registry == nil {
		return ClassOpen, nil
	}
	addr, err := AddressOf(id)
	if err != nil {
		return ClassNone, nil
	}
	staked, err := g.registry.Staked(ctx, addr, RoleMiner|RoleValidator)
	if err != nil {
		g.mu.Lock()
		member := g.member
		g.mu.Unlock()
		if member != nil && member(addr) {
			return ClassStaked, nil
		}
		return ClassNone, err
	}
	if staked {
		return ClassStaked, nil
	}
	if rq, ok := g.registry.(Requesters); ok {
		open, err := rq.OpenJobRequester(ctx, addr)
		if err != nil {
			return ClassNone, err
		}
		if open {
			return ClassRequester, nil
		}
	}
	return ClassNone, nil
}

// Admits reports whether the gater lets peer id connect (ignoring requester sessions).
func (g *Gater) Admits(ctx context.Context, id peer.ID) bool {
	c, err := g.Classify(ctx, id)
	if err != nil {
		g.log.Debug("p2p: gater lookup failed", "peer", id, "err", err)
	}
	return c != ClassNone
}

// Class returns why a connected peer was admitted (ClassNone for a peer the gater does not
// know: not connected, or refused).
func (g *Gater) Class(id peer.ID) PeerClass {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.admitted[id].class
}

// RequesterPeers returns the peers holding a requester session.
func (g *Gater) RequesterPeers() []peer.ID {
	g.mu.Lock()
	defer g.mu.Unlock()
	var out []peer.ID
	for p, a := range g.admitted {
		if a.class == ClassRequester && !a.ended {
			out = append(out, p)
		}
	}
	return out
}

// admit decides a connection (or dial) and records why the peer was admitted.
func (g *Gater) admit(id peer.ID) bool {
	ctx, cancel := context.WithTimeout(context.Background(), gaterLookupTimeout)
	defer cancel()
	class, err := g.Classify(ctx, id)
	switch {
	case err != nil:
		g.log.Debug("p2p: gater lookup failed, peer refused", "peer", id, "err", err)
		return false
	case class == ClassNone:
		g.log.Debug("p2p: gater refused peer", "peer", id)
		return false
	case class != ClassRequester:
		now := g.now()
		g.mu.Lock()
		a, ok := g.admitted[id]
		if !ok || a.class != class {
			a = admission{class: class, since: now}
		}
		a.seen = now
		g.admitted[id] = a
		g.mu.Unlock()
		return true
	}
	now := g.now()
	g.mu.Lock()
	if until, ok := g.cooldown[id]; ok {
		if now.Before(until) {
			g.mu.Unlock()
			g.log.Debug("p2p: gater refused a requester whose session ended recently", "peer", id)
			return false
		}
		delete(g.cooldown, id)
	}
	if a, ok := g.admitted[id]; ok && a.class == ClassRequester && !a.ended {
		a.seen = now
		g.admitted[id] = a
		g.mu.Unlock()
		return true // another connection of a running session
	}
	// All requester slots taken: the oldest session makes room (a requester needs seconds to
	// hand over its prompt; holding a slot is what an attacker wants).
	var oldest peer.ID
	var oldestSince time.Time
	n := 0
	for p, a := range g.admitted {
		if a.class != ClassRequester || a.ended {
			continue
		}
		n++
		if oldest == "" || a.since.Before(oldestSince) {
			oldest, oldestSince = p, a.since
		}
	}
	evict := n >= max(g.MaxRequesters, 1)
	if evict {
		a := g.admitted[oldest]
		a.ended = true // restricted until it is gone; no cooldown: it did nothing wrong
		g.admitted[oldest] = a
	}
	g.admitted[id] = admission{class: ClassRequester, since: now, seen: now}
	end := g.endSession
	g.mu.Unlock()
	if evict {
		g.log.Info("p2p: requester slots full, ended the oldest session", "ended", oldest, "admitted", id)
		if end != nil {
			go end(oldest)
		}
	}
	g.log.Debug("p2p: gater admitted the requester of an open job", "peer", id)
	return true
}

// expireSessions ends the requester sessions older than RequesterSession, puts those peers
// on cooldown and returns every requester whose session has ended and that is still connected
// (the host closes their connections). An ended session keeps its record, with its
// restrictions, until the peer is gone.
func (g *Gater) expireSessions() []peer.ID {
	now := g.now()
	g.mu.Lock()
	defer g.mu.Unlock()
	var out []peer.ID
	for p, a := range g.admitted {
		if a.class != ClassRequester {
			continue
		}
		if !a.ended && now.Sub(a.since) >= g.RequesterSession {
			a.ended = true
			g.admitted[p] = a
			g.pruneCooldowns(now)
			g.cooldown[p] = now.Add(g.RequesterCooldown)
		}
		if a.ended {
			out = append(out, p)
		}
	}
	return out
}

// pruneCooldowns keeps the cooldown list under maxCooldowns: expired entries go first, then
// arbitrary ones (a requester that escapes its cooldown early only gets another timed session).
// g.mu is held.
func (g *Gater) pruneCooldowns(now time.Time) {
	if len(g.cooldown) < maxCooldowns {
		return
	}
	for p, until := range g.cooldown {
		if now.After(until) {
			delete(g.cooldown, p)
		}
	}
	for p := range g.cooldown {
		if len(g.cooldown) < maxCooldowns {
			break
		}
		delete(g.cooldown, p)
	}
}

// forget drops what the gater recorded about a peer that disconnected (its cooldown stays).
func (g *Gater) forget(id peer.ID) {
	g.mu.Lock()
	defer g.mu.Unlock()
	delete(g.admitted, id)
}

// forgetUnless drops the records of peers for which connected is false and that were last
// admitted before cutoff (handshakes that passed the gater but never became connections; a
// connection being set up right now keeps its record).
func (g *Gater) forgetUnless(connected func(peer.ID) bool, cutoff time.Time) {
	g.mu.Lock()
	var ids []peer.ID
	for p, a := range g.admitted {
		if a.seen.Before(cutoff) {
			ids = append(ids, p)
		}
	}
	g.mu.Unlock()
	for _, p := range ids {
		if !connected(p) {
			g.forget(p)
		}
	}
}

// InterceptPeerDial implements connmgr.ConnectionGater.
func (g *Gater) InterceptPeerDial(id peer.ID) bool { return g.admit(id) }

// InterceptAddrDial implements connmgr.ConnectionGater.
func (g *Gater) InterceptAddrDial(peer.ID, ma.Multiaddr) bool { return true }

// InterceptAccept implements connmgr.ConnectionGater.
func (g *Gater) InterceptAccept(network.ConnMultiaddrs) bool { return true }

// InterceptSecured implements connmgr.ConnectionGater: the peer id is authenticated here.
func (g *Gater) InterceptSecured(_ network.Direction, id peer.ID, _ network.ConnMultiaddrs) bool {
	return g.admit(id)
}

// InterceptUpgraded implements connmgr.ConnectionGater.
func (g *Gater) InterceptUpgraded(network.Conn) (bool, control.DisconnectReason) { return true, 0 }
