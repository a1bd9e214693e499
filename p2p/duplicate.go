package p2p

import (
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
)

// duplicateWarnEvery bounds the WARN lines about a duplicate key: one at
// the first sighting, then at most one per period while sightings go on.
const duplicateWarnEvery = time.Minute

// duplicateWatch notices this node's staked key in use by another process
// on the same network. The peer id is derived from that key, so the other
// process has the same peer id and neither can dial the other; but its
// gossip reaches this node through other peers: a valid message signed by
// this node's own address, signed after this node started, that this node
// did not publish (pubsub hands a node's own publications to its validator
// with itself as the sender, and drops later copies as already seen).
type duplicateWatch struct {
	self    common.Address
	me      peer.ID
	started time.Time
	log     *slog.Logger

	count atomic.Uint64
	mu    sync.Mutex
	last  time.Time // last WARN line
}

func newDuplicateWatch(self common.Address, me peer.ID, log *slog.Logger) *duplicateWatch {
	// Timestamps are whole seconds: a message stamped in the second this
	// node started may be its own predecessor's (a restart), so count from
	// the next second.
	return &duplicateWatch{self: self, me: me, started: time.Now().Truncate(time.Second).Add(time.Second), log: log}
}

// observe looks at an accepted message: signer and signing time, the peer
// that forwarded it (this node for its own publications).
func (w *duplicateWatch) observe(t Topic, from peer.ID, signer common.Address, signedAt uint64) {
	if signer != w.self || from == w.me || time.Unix(int64(min(signedAt, 1<<62)), 0).Before(w.started) {
		return
	}
	n := w.count.Add(1)
	w.mu.Lock()
	warn := w.last.IsZero() || time.Since(w.last) >= duplicateWarnEvery
	if warn {
		w.last = time.Now()
	}
	w.mu.Unlock()
	if warn {
		w.log.Warn("p2p: another process uses this node's key: a message signed by this address that this node did not publish arrived from the network; stop one of them (two daemons with one key fail each other's jobs)",
			"address", w.self.Hex(), "topic", t, "forwarded_by", from, "seen", n)
	}
}

// signedAt is the signing time of an accepted message.
func signedAt(msg any) uint64 {
	switch m := msg.(type) {
	case *Job:
		return m.Timestamp
	case *Commitment:
		return m.Timestamp
	case *Verdict:
		return m.Timestamp
	}
	return 0
}

// DuplicateKeyMessages counts the messages signed by this node's key that
// another process published (see the WARN line): nonzero means the key runs
// twice on the network.
func (g *Gossip) DuplicateKeyMessages() uint64 { return g.dup.count.Load() }

// DuplicateKeyCollector is DuplicateKeyMessages as the Prometheus counter
// pol_p2p_duplicate_key_messages_total.
func (g *Gossip) DuplicateKeyCollector() prometheus.Collector {
	return prometheus.NewCounterFunc(prometheus.CounterOpts{
		Name: "pol_p2p_duplicate_key_messages_total",
		Help: "Gossip messages signed by this node's key that another process published (the key runs twice on the network).",
	}, func() float64 { return float64(g.dup.count.Load()) })
}
