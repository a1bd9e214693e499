package p2p

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/netip"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/muxer/yamux"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	"github.com/libp2p/go-libp2p/p2p/protocol/ping"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	libp2ptls "github.com/libp2p/go-libp2p/p2p/security/tls"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	xrate "github.com/libp2p/go-libp2p/x/rate"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"

	"github.com/pol-network/pol/logits"
)

// LoopbackListenAddrs listen on 127.0.0.1 with random TCP and QUIC ports (tests, devnets).
var LoopbackListenAddrs = []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}

// HostConfig configures NewHost.
type HostConfig struct {
	// Key is the node's Ethereum key; the libp2p identity is derived from it. Required.
	Key *ecdsa.PrivateKey
	// ListenAddrs are multiaddrs to listen on; empty means LoopbackListenAddrs.
	ListenAddrs []string
	// AnnounceAddrs, when set, replace the listen addresses the host advertises (public
	// addresses behind NAT or a load balancer); they also become the miner addresses in
	// published commitments.
	AnnounceAddrs []string
	// Registry, when set, makes the gater admit only peers staked as miner or validator.
	Registry Registry
	// AllowPeers are always admitted (configured validators, bootstrap peers).
	AllowPeers []peer.ID
	// ConnLow and ConnHigh are the connection manager watermarks (defaults 32 and 96); a new
	// connection is not trimmed for ConnGracePeriod (default 1 minute). When it trims, the
	// connection manager closes requesters before staked and allow-listed peers and never
	// closes bootstrap peers or the committee members of ProtectCommittee.
	ConnLow, ConnHigh int
	ConnGracePeriod   time.Duration
	// RequesterSession is how long a peer admitted only as the requester of an open job may
	// stay connected (default DefaultRequesterSession); after the host ended a session the
	// peer is refused for RequesterCooldown (default: the session length). At most
	// MaxRequesters sessions run at once (default DefaultMaxRequesters): the remaining
	// connection slots are reserved for staked peers.
	RequesterSession, RequesterCooldown time.Duration
	MaxRequesters                       int
	// RecheckInterval is how often the host re-checks the admission of every connected peer
	// and drops those no longer admitted (DropUnstaked); default DefaultRecheckInterval,
	// negative disables. Requester sessions are ended on time regardless.
	RecheckInterval time.Duration
	// ConnsPerIP caps the connections from one IPv4 address or one IPv6 /56 (eight times as
	// many per IPv6 /48); default DefaultConnsPerIP.
	ConnsPerIP int
	// ConnLimitExempt lists address prefixes with neither a per-IP connection cap nor a
	// connection rate limit. Nil means none, except that a host listening only on loopback
	// (tests, devnets: every peer is on this machine) exempts loopback; unlike libp2p's default,
	// a host listening on other addresses caps loopback too. A non-nil list is used as is
	// (empty: no exemption at all).
	ConnLimitExempt []netip.Prefix
	// PrefixConnLimits cap the connections from a whole prefix (a hosting provider's range);
	// inside such a prefix the per-IP cap does not apply.
	PrefixConnLimits []PrefixConnLimit
	// Logger receives the host's logs; nil means slog.Default().
	Logger *slog.Logger
}

// PrefixConnLimit caps the connections from one address prefix.
type PrefixConnLimit struct {
	Prefix netip.Prefix
	Conns  int
}

// Connection defaults (docs/p2p.md §2).
const (
	// DefaultConnsPerIP is the per-IP connection cap (libp2p's default, which exempts loopback;
	// pol's does not unless HostConfig.ConnLimitExempt says so).
	DefaultConnsPerIP = 8
	// DefaultRecheckInterval is how often a host re-checks its peers' admission.
	DefaultRecheckInterval = time.Minute
)

// Connection-manager tags (docs/p2p.md §2.3).
const (
	tagStaked    = "pol-staked"    // value stakedTagValue: trimmed after unstaked peers
	tagCommittee = "pol-committee" // protected: committee members of a job this node works on
	// stakedTagValue ranks staked and allow-listed peers above requesters when the
	// connection manager trims.
	stakedTagValue = 100
	// maxCommittees bounds the jobs whose committees a host protects at once.
	maxCommittees = 1024
)

// Host is a libp2p host whose identity is the node's Ethereum key.
type Host struct {
	host.Host
	// Address is the Ethereum address of the node key (derivable from the peer id by anyone).
	Address common.Address
	// Gater decides which peers may connect.
	Gater *Gater
	log   *slog.Logger

	ctx  context.Context // ends at Close
	stop context.CancelFunc
	done chan struct{}
	wg   sync.WaitGroup // background loops other than maintain (bootstrap re-dial)

	comMu      sync.Mutex
	committees map[logits.JobID][]common.Address
	comOrder   []logits.JobID
	protected  map[common.Address]int // committees each address is a member of
}

// NewHost starts a libp2p host: TCP and QUIC transports, Noise and TLS security, yamux, a
// connection manager, resource-manager limits (including the reveal protocol's per-peer stream
// limits) and the stake gater. It never starts mDNS or relays.
func NewHost(cfg HostConfig) (*Host, error) {
	if cfg.Key == nil {
		return nil, errors.New("p2p: HostConfig.Key is required")
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	priv, err := PeerKey(cfg.Key)
	if err != nil {
		return nil, err
	}
	listen := cfg.ListenAddrs
	if len(listen) == 0 {
		listen = LoopbackListenAddrs
	}
	low, high := cfg.ConnLow, cfg.ConnHigh
	if low <= 0 {
		low = 32
	}
	if high <= low {
		high = 3 * low
	}
	grace := cfg.ConnGracePeriod
	if grace <= 0 {
		grace = time.Minute
	}
	cm, err := connmgr.NewConnManager(low, high, connmgr.WithGracePeriod(grace))
	if err != nil {
		return nil, fmt.Errorf("p2p: connection manager: %w", err)
	}
	gater := NewGater(cfg.Registry, cfg.AllowPeers, log)
	if cfg.RequesterSession > 0 {
		gater.RequesterSession, gater.RequesterCooldown = cfg.RequesterSession, cfg.RequesterSession
	}
	if cfg.RequesterCooldown > 0 {
		gater.RequesterCooldown = cfg.RequesterCooldown
	}
	if cfg.MaxRequesters > 0 {
		gater.MaxRequesters = cfg.MaxRequesters
	}
	rm, err := newResourceManager(cfg, gater)
	if err != nil {
		return nil, err
	}
	opts := []libp2p.Option{
		libp2p.Identity(priv),
		libp2p.ListenAddrStrings(listen...),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Transport(quic.NewTransport),
		libp2p.Security(noise.ID, noise.New),
		libp2p.Security(libp2ptls.ID, libp2ptls.New),
		libp2p.Muxer(yamux.ID, yamux.DefaultTransport),
		libp2p.ConnectionManager(cm),
		libp2p.ResourceManager(rm),
		libp2p.ConnectionGater(gater),
		libp2p.DisableRelay(),
		libp2p.Ping(true),
	}
	if len(cfg.AnnounceAddrs) > 0 {
		announce := make([]ma.Multiaddr, len(cfg.AnnounceAddrs))
		for i, s := range cfg.AnnounceAddrs {
			if announce[i], err = ma.NewMultiaddr(s); err != nil {
				rm.Close()
				return nil, fmt.Errorf("p2p: announce address %q: %w", s, err)
			}
		}
		opts = append(opts, libp2p.AddrsFactory(func([]ma.Multiaddr) []ma.Multiaddr { return announce }))
	}
	h, err := libp2p.New(opts...)
	if err != nil {
		rm.Close()
		return nil, fmt.Errorf("p2p: start host: %w", ExplainAddrInUse(err))
	}
	addr := ethcrypto.PubkeyToAddress(cfg.Key.PublicKey)
	ctx, stop := context.WithCancel(context.Background())
	hh := &Host{Host: h, Address: addr, Gater: gater, log: log, ctx: ctx, stop: stop, done: make(chan struct{}),
		committees: map[logits.JobID][]common.Address{}, protected: map[common.Address]int{}}
	gater.endSession = func(p peer.ID) { _ = h.Network().ClosePeer(p) }
	gater.AdmitMembersOnLookupFailure(hh.isCommitteeMember)
	h.Network().Notify(&network.NotifyBundle{ConnectedF: hh.connected, DisconnectedF: hh.disconnected})
	recheck := cfg.RecheckInterval
	if recheck == 0 {
		recheck = DefaultRecheckInterval
	}
	go hh.maintain(ctx, recheck)
	log.Info("p2p: host started", "peer", h.ID(), "address", addr, "listen", h.Addrs())
	return hh, nil
}

// Close stops the host's maintenance and closes the libp2p host.
func (h *Host) Close() error {
	h.stop()
	<-h.done
	h.wg.Wait()
	return h.Host.Close()
}

// maintain ends requester sessions on time and, every recheck (unless negative), drops the
// peers the gater would no longer admit.
func (h *Host) maintain(ctx context.Context, recheck time.Duration) {
	defer close(h.done)
	tick := min(max(h.Gater.RequesterSession/8, 50*time.Millisecond), 5*time.Second)
	if recheck > 0 {
		tick = min(tick, recheck)
	}
	t := time.NewTicker(tick)
	defer t.Stop()
	next := time.Now().Add(recheck)
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		for _, p := range h.Gater.expireSessions() {
			if h.Network().Connectedness(p) != network.Connected {
				h.Gater.forget(p)
				continue
			}
			h.log.Info("p2p: requester session ended", "peer", p)
			_ = h.Network().ClosePeer(p)
		}
		if recheck > 0 && time.Now().After(next) {
			next = time.Now().Add(recheck)
			h.Gater.forgetUnless(func(p peer.ID) bool { return h.Network().Connectedness(p) == network.Connected },
				time.Now().Add(-time.Minute))
			rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			h.DropUnstaked(rctx)
			cancel()
		}
	}
}

// connected tags a new peer in the connection manager: staked and allow-listed peers rank
// above requesters, committee members of the jobs this node works on are protected.
func (h *Host) connected(_ network.Network, c network.Conn) {
	p := c.RemotePeer()
	switch h.Gater.Class(p) {
	case ClassStaked, ClassAllowed:
		h.ConnManager().TagPeer(p, tagStaked, stakedTagValue)
	}
	addr, err := AddressOf(p)
	if err != nil {
		return
	}
	h.comMu.Lock()
	member := h.protected[addr] > 0
	h.comMu.Unlock()
	if member {
		h.ConnManager().Protect(p, tagCommittee)
	}
}

func (h *Host) disconnected(n network.Network, c network.Conn) {
	p := c.RemotePeer()
	if n.Connectedness(p) != network.Connected {
		h.Gater.forget(p)
	}
}

// ProtectCommittee keeps the connections to the members of job's committee (pass the job's
// miner too) from being trimmed by the connection manager, now and when they reconnect, until
// ReleaseCommittee(job). At most 1,024 jobs are protected at once: the oldest is released
// first. While the chain cannot say whether a peer is staked, the gater admits the members
// (Gater.AdmitMembersOnLookupFailure).
func (h *Host) ProtectCommittee(job logits.JobID, members ...common.Address) {
	h.comMu.Lock()
	if old, ok := h.committees[job]; ok {
		h.unprotectLocked(old)
	} else {
		h.comOrder = append(h.comOrder, job)
	}
	h.committees[job] = append([]common.Address(nil), members...)
	for _, m := range members {
		h.protected[m]++
	}
	var released []logits.JobID
	for len(h.comOrder) > maxCommittees {
		released = append(released, h.comOrder[0])
		h.comOrder = h.comOrder[1:]
	}
	for _, j := range released {
		h.unprotectLocked(h.committees[j])
		delete(h.committees, j)
	}
	h.comMu.Unlock()
	h.syncProtection()
}

// isCommitteeMember reports whether addr sits on a committee ProtectCommittee
// holds.
func (h *Host) isCommitteeMember(addr common.Address) bool {
	h.comMu.Lock()
	defer h.comMu.Unlock()
	return h.protected[addr] > 0
}

// ReleaseCommittee ends ProtectCommittee(job) (after the job is settled).
func (h *Host) ReleaseCommittee(job logits.JobID) {
	h.comMu.Lock()
	members, ok := h.committees[job]
	if ok {
		h.unprotectLocked(members)
		delete(h.committees, job)
		for i, j := range h.comOrder {
			if j == job {
				h.comOrder = append(h.comOrder[:i], h.comOrder[i+1:]...)
				break
			}
		}
	}
	h.comMu.Unlock()
	if ok {
		h.syncProtection()
	}
}

func (h *Host) unprotectLocked(members []common.Address) {
	for _, m := range members {
		if h.protected[m]--; h.protected[m] <= 0 {
			delete(h.protected, m)
		}
	}
}

// syncProtection protects the connected committee members and unprotects the others.
func (h *Host) syncProtection() {
	for _, p := range h.Network().Peers() {
		addr, err := AddressOf(p)
		if err != nil {
			continue
		}
		h.comMu.Lock()
		member := h.protected[addr] > 0
		h.comMu.Unlock()
		if member {
			h.ConnManager().Protect(p, tagCommittee)
		} else {
			h.ConnManager().Unprotect(p, tagCommittee)
		}
	}
}

// newResourceManager scales libp2p's default limits to the machine and adds the reveal
// protocol's per-peer limits: twice the RevealMaxStreamsPerPeer requests a RevealClient keeps in
// flight, so that streams still closing never make a new request fail, and memory for as many
// openings. It applies the per-IP and per-prefix connection limits of cfg and, through the
// gater, restricts the protocols requester-admitted peers may use.
func newResourceManager(cfg HostConfig, gater *Gater) (network.ResourceManager, error) {
	limits := rcmgr.DefaultLimits
	libp2p.SetDefaultServiceLimits(&limits)
	limits.AddProtocolLimit(RevealProtocol, rcmgr.BaseLimit{
		Streams:         1024,
		StreamsInbound:  512,
		StreamsOutbound: 512,
		Memory:          256 << 20,
	}, rcmgr.BaseLimitIncrease{})
	limits.AddProtocolPeerLimit(RevealProtocol, rcmgr.BaseLimit{
		Streams:         4 * RevealMaxStreamsPerPeer,
		StreamsInbound:  2 * RevealMaxStreamsPerPeer,
		StreamsOutbound: 2 * RevealMaxStreamsPerPeer,
		Memory:          int64(RevealMaxStreamsPerPeer) * 2 * MaxOpeningSize,
	}, rcmgr.BaseLimitIncrease{})
	perIP := cfg.ConnsPerIP
	if perIP <= 0 {
		perIP = DefaultConnsPerIP
	}
	v4, v6 := []rcmgr.NetworkPrefixLimit{}, []rcmgr.NetworkPrefixLimit{} // non-nil: no loopback default
	var exempt []xrate.PrefixLimit
	add := func(p netip.Prefix, conns int) {
		l := rcmgr.NetworkPrefixLimit{Network: p.Masked(), ConnCount: conns}
		if p.Addr().Is4() {
			v4 = append(v4, l)
		} else {
			v6 = append(v6, l)
		}
	}
	exemptPrefixes := cfg.ConnLimitExempt
	if exemptPrefixes == nil && loopbackOnly(cfg.ListenAddrs) {
		exemptPrefixes = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
	}
	for _, p := range exemptPrefixes {
		add(p, math.MaxInt)
		exempt = append(exempt, xrate.PrefixLimit{Prefix: p.Masked()}) // zero limit: not rate limited
	}
	for _, l := range cfg.PrefixConnLimits {
		add(l.Prefix, l.Conns)
	}
	rm, err := rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(limits.AutoScale()),
		rcmgr.WithLimitPerSubnet(
			[]rcmgr.ConnLimitPerSubnet{{PrefixLength: 32, ConnCount: perIP}},
			[]rcmgr.ConnLimitPerSubnet{{PrefixLength: 56, ConnCount: perIP}, {PrefixLength: 48, ConnCount: 8 * perIP}}),
		rcmgr.WithNetworkPrefixLimit(v4, v6),
		rcmgr.WithConnRateLimiters(&xrate.Limiter{
			NetworkPrefixLimits: exempt,
			SubnetRateLimiter: xrate.SubnetLimiter{
				// libp2p's defaults: a burst of 16 connections per IPv4 address, then one per 5 s.
				IPv4SubnetLimits: []xrate.SubnetLimit{{PrefixLength: 32, Limit: xrate.Limit{RPS: 0.2, Burst: 16}}},
				IPv6SubnetLimits: []xrate.SubnetLimit{
					{PrefixLength: 56, Limit: xrate.Limit{RPS: 0.2, Burst: 16}},
					{PrefixLength: 48, Limit: xrate.Limit{RPS: 0.5, Burst: 80}},
				},
				GracePeriod: time.Minute,
			},
		}))
	if err != nil {
		return nil, fmt.Errorf("p2p: resource manager: %w", err)
	}
	return &aclResourceManager{ResourceManager: rm, gater: gater}, nil
}

// loopbackOnly reports whether a host with these listen addresses (empty: the default
// LoopbackListenAddrs) listens only on loopback.
func loopbackOnly(listen []string) bool {
	for _, s := range listen {
		a, err := ma.NewMultiaddr(s)
		if err != nil || !manet.IsIPLoopback(a) {
			return false
		}
	}
	return true
}

// requesterProtocols are the protocol prefixes a requester-admitted peer may open streams
// for: identify, ping and gossipsub (to publish its job's prompt). No reveals, no DHT.
var requesterProtocols = []string{"/ipfs/id/", "/ipfs/ping/", "/meshsub/", "/floodsub/"}

// aclResourceManager refuses streams of protocols a peer's class does not allow, when the
// protocol is negotiated (the host then resets the stream).
type aclResourceManager struct {
	network.ResourceManager
	gater *Gater
}

// GetConnLimit passes the wrapped manager's limit to libp2p's sanity check.
func (r *aclResourceManager) GetConnLimit() int {
	if l, ok := r.ResourceManager.(interface{ GetConnLimit() int }); ok {
		return l.GetConnLimit()
	}
	return math.MaxInt
}

func (r *aclResourceManager) OpenStream(p peer.ID, dir network.Direction) (network.StreamManagementScope, error) {
	s, err := r.ResourceManager.OpenStream(p, dir)
	if err != nil {
		return nil, err
	}
	return &aclStreamScope{StreamManagementScope: s, peer: p, gater: r.gater}, nil
}

type aclStreamScope struct {
	network.StreamManagementScope
	peer  peer.ID
	gater *Gater
}

// ErrProtocolNotAllowed means a peer's class does not allow the protocol of a stream.
var ErrProtocolNotAllowed = errors.New("p2p: protocol not allowed for this peer")

func (s *aclStreamScope) SetProtocol(proto protocol.ID) error {
	if s.gater.Class(s.peer) == ClassRequester && !allowedForRequester(proto) {
		return fmt.Errorf("%w: %s for requester %s", ErrProtocolNotAllowed, proto, s.peer)
	}
	return s.StreamManagementScope.SetProtocol(proto)
}

func allowedForRequester(proto protocol.ID) bool {
	for _, prefix := range requesterProtocols {
		if strings.HasPrefix(string(proto), prefix) {
			return true
		}
	}
	return false
}

// Connect dials a peer and confirms the connection with one ping round trip: libp2p's
// Connect returns nil even when the remote's gater drops the connection after the handshake,
// so only an answered ping proves the peer admitted us.
//
// A connection the remote refused a moment ago can still look open on this side (its close
// has not arrived); libp2p's Connect then returns at once and the ping fails on it. So a
// failed ping drops the connection and dials once more before the peer counts as refusing.
func (h *Host) Connect(ctx context.Context, ai peer.AddrInfo) error {
	var err error
	for attempt := 0; attempt < 2; attempt++ {
		if attempt > 0 {
			_ = h.Network().ClosePeer(ai.ID)
		}
		if err = h.Host.Connect(ctx, ai); err != nil {
			return fmt.Errorf("p2p: connect %s: %w", ai.ID, err)
		}
		res, ok := <-ping.Ping(ctx, h.Host, ai.ID)
		if !ok {
			return fmt.Errorf("p2p: connect %s: %w", ai.ID, ctx.Err())
		}
		if res.Error == nil {
			return nil
		}
		err = res.Error
	}
	return fmt.Errorf("p2p: connect %s: peer did not admit us: %w", ai.ID, err)
}

// AddrInfo returns the host's peer id and listen addresses, for bootstrapping others.
func (h *Host) AddrInfo() peer.AddrInfo {
	return peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()}
}

// DropUnstaked closes the connections of every connected peer the gater would no longer
// admit (it unstaked or was slashed since it connected) and returns how many it dropped. A
// peer whose lookup fails is kept; requesters are left to their timed sessions. The host
// calls it every HostConfig.RecheckInterval; call it too when the chain reports stake changes.
func (h *Host) DropUnstaked(ctx context.Context) int {
	dropped := 0
	for _, p := range h.Network().Peers() {
		if h.Gater.Class(p) == ClassRequester {
			continue
		}
		class, err := h.Gater.Classify(ctx, p)
		if err != nil || class != ClassNone {
			continue
		}
		if err := h.Network().ClosePeer(p); err != nil {
			h.log.Warn("p2p: cannot close unstaked peer", "peer", p, "err", err)
			continue
		}
		h.log.Info("p2p: dropped peer that is no longer staked", "peer", p)
		dropped++
	}
	return dropped
}
