package p2p

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"time"

	dht "github.com/libp2p/go-libp2p-kad-dht"
	kadpb "github.com/libp2p/go-libp2p-kad-dht/pb"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	drouting "github.com/libp2p/go-libp2p/p2p/discovery/routing"
	"google.golang.org/protobuf/proto"
)

// DHTPrefix is the protocol prefix of pol's Kademlia DHT (/pol/kad/1.0.0): a DHT of pol
// nodes only, apart from the public IPFS one.
const DHTPrefix = "/pol"

// Rendezvous is the DHT key under which the nodes of one network (chain and contract)
// announce themselves: /pol/<chain id>/<contract, lower-case hex>/nodes.
func Rendezvous(n Network) string {
	return fmt.Sprintf("/pol/%d/%s/nodes", n.ChainID, strings.ToLower(n.Contract.Hex()))
}

// RendezvousKey is the DHT key of a network's rendezvous: the SHA2-256 multihash of
// Rendezvous(n), as go-libp2p's routing discovery provides it.
func RendezvousKey(n Network) []byte {
	sum := sha256.Sum256([]byte(Rendezvous(n)))
	return append([]byte{0x12, 0x20}, sum[:]...) // multihash: sha2-256, 32 bytes
}

// dhtHost hands the DHT's stream handlers only the messages pol's DHT serves: routing
// (FIND_NODE, PING) and provider records under the network's rendezvous key. A stream that
// carries anything else (values, provider records for other keys) is reset, so the DHT stores
// nothing but pol's rendezvous records and answers nothing else.
type dhtHost struct {
	host.Host
	allow []byte
}

func (d dhtHost) SetStreamHandler(pid protocol.ID, handler network.StreamHandler) {
	d.Host.SetStreamHandler(pid, func(s network.Stream) { handler(&kadFilter{Stream: s, allow: d.allow}) })
}

// ErrDHTRequestRefused is what a kadFilter returns for a DHT request pol does not serve.
var ErrDHTRequestRefused = errors.New("p2p: DHT request outside pol's rendezvous")

// kadFilter reads the DHT's varint-delimited requests from a stream and passes on only those
// pol serves.
type kadFilter struct {
	network.Stream
	allow []byte
	r     *bufio.Reader
	buf   []byte // the current request (with its length prefix) still to be read
	err   error
}

func (f *kadFilter) Read(p []byte) (int, error) {
	if len(f.buf) == 0 {
		if f.err != nil {
			return 0, f.err
		}
		if f.err = f.next(); len(f.buf) == 0 {
			return 0, f.err
		}
	}
	n := copy(p, f.buf)
	f.buf = f.buf[n:]
	return n, nil
}

// next reads one request and keeps it in buf when pol serves it.
func (f *kadFilter) next() error {
	if f.r == nil {
		f.r = bufio.NewReader(f.Stream)
	}
	size, err := binary.ReadUvarint(f.r)
	if err != nil {
		return err
	}
	if size > network.MessageSizeMax {
		return fmt.Errorf("%w: %d-byte request", ErrDHTRequestRefused, size)
	}
	msg := make([]byte, size)
	if _, err := io.ReadFull(f.r, msg); err != nil {
		return err
	}
	var m kadpb.Message
	if err := proto.Unmarshal(msg, &m); err != nil {
		return fmt.Errorf("%w: %w", ErrDHTRequestRefused, err)
	}
	switch m.GetType() {
	case kadpb.Message_FIND_NODE, kadpb.Message_PING:
	case kadpb.Message_ADD_PROVIDER, kadpb.Message_GET_PROVIDERS:
		if !bytes.Equal(m.GetKey(), f.allow) {
			return fmt.Errorf("%w: %s for another key", ErrDHTRequestRefused, m.GetType())
		}
	default:
		return fmt.Errorf("%w: %s", ErrDHTRequestRefused, m.GetType())
	}
	f.buf = binary.AppendUvarint(make([]byte, 0, len(msg)+binary.MaxVarintLen64), size)
	f.buf = append(f.buf, msg...)
	return nil
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
	kad, err := dht.New(dhtHost{Host: h.Host, allow: RendezvousKey(cfg.Network)},
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
		} else if len(d.h.Network().Peers()) < fewPeers(d.cfg.Want) {
			wait = retry // few peers: look again soon rather than after a whole interval
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

// fewPeers is the peer count below which discovery runs at its retry pace:
// a quarter of Want, at least 2.
func fewPeers(want int) int { return max(want/4, 2) }

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
