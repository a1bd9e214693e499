package p2p

import (
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

func TestPeerLimiterBurstRefillAndSweep(t *testing.T) {
	clock := time.Unix(1_700_000_000, 0)
	l := newPeerLimiter(2, 3) // 2 requests/s, burst 3
	l.now = func() time.Time { return clock }
	a, b := peer.ID("a"), peer.ID("b")
	for i := range 3 {
		if !l.allow(a) {
			t.Fatalf("request %d of the burst refused", i+1)
		}
	}
	if l.allow(a) {
		t.Fatal("request beyond the burst allowed")
	}
	if !l.allow(b) {
		t.Fatal("another peer's first request refused: buckets are not per peer")
	}
	clock = clock.Add(500 * time.Millisecond) // one token at 2/s
	if !l.allow(a) || l.allow(a) {
		t.Fatal("after 0.5 s exactly one more request should pass")
	}
	clock = clock.Add(2 * time.Minute)
	l.allow(b) // triggers the sweep: a's bucket is full again and dropped
	if _, ok := l.buckets[a]; ok {
		t.Fatal("an idle, refilled bucket was kept")
	}
}
