package p2p

import (
	"context"
	"math"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/pol-network/pol/logits"
)

// Gossip budgets (docs/p2p.md §5.1). pol carries a few messages per job (a prompt, a
// commitment gossiped up to six times, a verdict per committee member), far below these.
const (
	// DefaultPeerRate and DefaultPeerBurst bound the messages one peer may hand us for
	// validation; the excess is dropped before validation (not marked seen, so the same
	// message from an honest peer still counts) and charged to the peer's score.
	DefaultPeerRate  = 50
	DefaultPeerBurst = 100
	// DefaultRequesterRate and DefaultRequesterBurst are the same for a requester-admitted
	// peer, which may only publish on the jobs topic.
	DefaultRequesterRate  = 1
	DefaultRequesterBurst = 5
	// DefaultMaxPendingPerPeer bounds the validations in flight for messages one peer
	// forwarded: a peer whose messages wait on the chain gets no more validated until they end.
	DefaultMaxPendingPerPeer = 16
	// DefaultMaxPendingPerSigner bounds the validations in flight for messages of one signer;
	// a further message waits up to ChainWait for a slot, then is ignored without a chain query.
	DefaultMaxPendingPerSigner = 8
	// DefaultNegativeTTL is how long a job or commitment the chain did not know after the full
	// ChainWait is remembered per (job, signer): another message of that signer about that job
	// gets one chain lookup instead of the wait.
	DefaultNegativeTTL = 30 * time.Second

	// Application-score penalty (P5): every message a peer made us drop or ignore at our cost
	// adds one to a counter that halves every penaltyHalfLife; the score is minus what exceeds
	// penaltyAllowance. A flood is graylisted (-80) after ~100 such messages; an honest peer
	// whose messages we ignore because our own chain view lags stays near zero.
	penaltyHalfLife  = time.Minute
	penaltyAllowance = 20
	maxPenalties     = 4096
	maxNegative      = 8192
	signerSlotPoll   = 20 * time.Millisecond
)

// guard keeps the per-peer and per-signer budgets of gossip validation.
type guard struct {
	self               peer.ID
	maxPeer, maxSigner int
	negativeTTL        time.Duration
	now                func() time.Time

	peers      *peerLimiter // message budget per forwarding peer
	requesters *peerLimiter // message budget per requester-admitted peer

	mu        sync.Mutex
	pending   map[peer.ID]int
	signers   map[common.Address]int
	penalties map[peer.ID]decayed
	negative  map[negativeKey]time.Time
}

type negativeKey struct {
	topic  Topic
	job    logits.JobID
	signer common.Address
}

// decayed is a counter that halves every penaltyHalfLife.
type decayed struct {
	v  float64
	at time.Time
}

func (d decayed) value(now time.Time) float64 {
	return d.v * math.Exp2(-now.Sub(d.at).Seconds()/penaltyHalfLife.Seconds())
}

func newGuard(self peer.ID, cfg *GossipConfig) *guard {
	return &guard{self: self, maxPeer: cfg.MaxPendingPerPeer, maxSigner: cfg.MaxPendingPerSigner,
		negativeTTL: cfg.NegativeTTL, now: time.Now,
		peers:      newPeerLimiter(cfg.PeerRate, cfg.PeerBurst),
		requesters: newPeerLimiter(cfg.RequesterRate, cfg.RequesterBurst),
		pending:    map[peer.ID]int{}, signers: map[common.Address]int{},
		penalties: map[peer.ID]decayed{}, negative: map[negativeKey]time.Time{}}
}

// admit decides, before validation, whether a message forwarded by p is validated at all.
func (g *guard) admit(p peer.ID, class PeerClass) bool {
	if p == g.self {
		return true
	}
	if class == ClassRequester {
		return g.requesters.allow(p)
	}
	g.mu.Lock()
	busy := g.pending[p] >= g.maxPeer
	g.mu.Unlock()
	return !busy && g.peers.allow(p)
}

// begin and end bracket the validation of a message forwarded by p.
func (g *guard) begin(p peer.ID) {
	g.mu.Lock()
	g.pending[p]++
	g.mu.Unlock()
}

func (g *guard) end(p peer.ID) {
	g.mu.Lock()
	if g.pending[p]--; g.pending[p] <= 0 {
		delete(g.pending, p)
	}
	g.mu.Unlock()
}

// signerSlot waits up to wait for one of signer's validation slots; release returns it.
func (g *guard) signerSlot(ctx context.Context, signer common.Address, wait time.Duration) (release func(), ok bool) {
	deadline := g.now().Add(wait)
	for {
		g.mu.Lock()
		if g.signers[signer] < g.maxSigner {
			g.signers[signer]++
			g.mu.Unlock()
			return func() {
				g.mu.Lock()
				if g.signers[signer]--; g.signers[signer] <= 0 {
					delete(g.signers, signer)
				}
				g.mu.Unlock()
			}, true
		}
		g.mu.Unlock()
		if g.now().After(deadline) {
			return nil, false
		}
		select {
		case <-ctx.Done():
			return nil, false
		case <-time.After(signerSlotPoll):
		}
	}
}

// charge adds n to p's penalty counter.
func (g *guard) charge(p peer.ID, n float64) {
	if p == g.self || p == "" {
		return
	}
	now := g.now()
	g.mu.Lock()
	defer g.mu.Unlock()
	if _, ok := g.penalties[p]; !ok && len(g.penalties) >= maxPenalties {
		for q, d := range g.penalties {
			if d.value(now) < 1 {
				delete(g.penalties, q)
			}
		}
		if len(g.penalties) >= maxPenalties {
			return // full of live penalties: the graylist already holds their peers
		}
	}
	g.penalties[p] = decayed{v: g.penalties[p].value(now) + n, at: now}
}

// appScore is gossipsub's application-specific score of p (P5, weight 1).
func (g *guard) appScore(p peer.ID) float64 {
	g.mu.Lock()
	d, ok := g.penalties[p]
	g.mu.Unlock()
	if !ok {
		return 0
	}
	return -max(0, d.value(g.now())-penaltyAllowance)
}

// missed reports whether signer's message about job on topic t recently went unconfirmed by
// the chain for the whole ChainWait.
func (g *guard) missed(t Topic, job logits.JobID, signer common.Address) bool {
	k := negativeKey{t, job, signer}
	g.mu.Lock()
	defer g.mu.Unlock()
	until, ok := g.negative[k]
	if ok && g.now().After(until) {
		delete(g.negative, k)
		return false
	}
	return ok
}

// miss records that the chain did not confirm signer's message about job on topic t.
func (g *guard) miss(t Topic, job logits.JobID, signer common.Address) {
	now := g.now()
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.negative) >= maxNegative {
		for k, until := range g.negative {
			if now.After(until) || len(g.negative) >= maxNegative {
				delete(g.negative, k)
			}
		}
	}
	g.negative[negativeKey{t, job, signer}] = now.Add(g.negativeTTL)
}
