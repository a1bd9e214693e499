package p2p

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/muxer/yamux"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	"github.com/libp2p/go-libp2p/p2p/protocol/ping"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	libp2ptls "github.com/libp2p/go-libp2p/p2p/security/tls"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	ma "github.com/multiformats/go-multiaddr"
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
	// ConnLow and ConnHigh are the connection manager watermarks (defaults 32 and 96).
	ConnLow, ConnHigh int
	// Logger receives the host's logs; nil means slog.Default().
	Logger *slog.Logger
}

// Host is a libp2p host whose identity is the node's Ethereum key.
type Host struct {
	host.Host
	// Address is the Ethereum address of the node key (derivable from the peer id by anyone).
	Address common.Address
	// Gater decides which peers may connect.
	Gater *Gater
	log   *slog.Logger
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
	cm, err := connmgr.NewConnManager(low, high, connmgr.WithGracePeriod(time.Minute))
	if err != nil {
		return nil, fmt.Errorf("p2p: connection manager: %w", err)
	}
	rm, err := newResourceManager()
	if err != nil {
		return nil, err
	}
	gater := NewGater(cfg.Registry, cfg.AllowPeers, log)
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
		return nil, fmt.Errorf("p2p: start host: %w", err)
	}
	addr := ethcrypto.PubkeyToAddress(cfg.Key.PublicKey)
	log.Info("p2p: host started", "peer", h.ID(), "address", addr, "listen", h.Addrs())
	return &Host{Host: h, Address: addr, Gater: gater, log: log}, nil
}

// newResourceManager scales libp2p's default limits to the machine and adds the reveal
// protocol's per-peer limits: twice the RevealMaxStreamsPerPeer requests a RevealClient keeps in
// flight, so that streams still closing never make a new request fail, and memory for as many
// openings.
func newResourceManager() (network.ResourceManager, error) {
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
	rm, err := rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(limits.AutoScale()))
	if err != nil {
		return nil, fmt.Errorf("p2p: resource manager: %w", err)
	}
	return rm, nil
}

// Connect dials a peer and confirms the connection with one ping round trip: libp2p's
// Connect returns nil even when the remote's gater drops the connection after the handshake,
// so only an answered ping proves the peer admitted us.
func (h *Host) Connect(ctx context.Context, ai peer.AddrInfo) error {
	if err := h.Host.Connect(ctx, ai); err != nil {
		return fmt.Errorf("p2p: connect %s: %w", ai.ID, err)
	}
	res, ok := <-ping.Ping(ctx, h.Host, ai.ID)
	if !ok {
		return fmt.Errorf("p2p: connect %s: %w", ai.ID, ctx.Err())
	}
	if res.Error != nil {
		return fmt.Errorf("p2p: connect %s: peer did not admit us: %w", ai.ID, res.Error)
	}
	return nil
}

// AddrInfo returns the host's peer id and listen addresses, for bootstrapping others.
func (h *Host) AddrInfo() peer.AddrInfo {
	return peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()}
}

// DropUnstaked closes the connections of every connected peer the gater would no longer
// admit (it unstaked or was slashed since it connected) and returns how many it dropped.
// Call it when the chain reports stake changes.
func (h *Host) DropUnstaked(ctx context.Context) int {
	dropped := 0
	for _, p := range h.Network().Peers() {
		if h.Gater.Admits(ctx, p) {
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
