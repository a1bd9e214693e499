package p2p

import (
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// peerLimiter is a token bucket per peer: each peer may make burst requests at once and
// rate requests per second sustained. Buckets idle long enough to be full again are dropped.
type peerLimiter struct {
	rate  float64
	burst float64
	now   func() time.Time

	mu        sync.Mutex
	buckets   map[peer.ID]*bucket
	lastSweep time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newPeerLimiter(rate float64, burst int) *peerLimiter {
	return &peerLimiter{rate: rate, burst: float64(burst), now: time.Now, buckets: make(map[peer.ID]*bucket)}
}

// allow takes one token from p's bucket and reports whether there was one.
func (l *peerLimiter) allow(p peer.ID) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	l.sweep(now)
	b, ok := l.buckets[p]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[p] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// sweep drops, at most once a minute, the buckets that have refilled completely.
func (l *peerLimiter) sweep(now time.Time) {
	if now.Sub(l.lastSweep) < time.Minute {
		return
	}
	l.lastSweep = now
	full := time.Duration(l.burst / l.rate * float64(time.Second))
	for p, b := range l.buckets {
		if now.Sub(b.last) > full {
			delete(l.buckets, p)
		}
	}
}
