package p2p

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Nodes that only know one bootstrap peer find each other through pol's DHT: each
// announces itself under the network's rendezvous and dials the others it finds there.
func TestDiscoveryBeyondBootstrap(t *testing.T) {
	hub := newTestHost(t, newKey(t), nil)
	hubDisc, err := hub.StartDiscovery(context.Background(), DiscoveryConfig{Network: testNetwork, Interval: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer hubDisc.Close()
	boot := []peer.AddrInfo{hub.AddrInfo()}
	var leaves []*Host
	for range 3 {
		h := newTestHost(t, newKey(t), nil)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		if err := h.Bootstrap(ctx, boot); err != nil {
			t.Fatal(err)
		}
		cancel()
		leaves = append(leaves, h)
	}
	time.Sleep(300 * time.Millisecond)
	if leaves[0].Network().Connectedness(leaves[1].ID()) == network.Connected {
		t.Fatal("leaves connected before discovery started: the test shows nothing")
	}
	var discs []*Discovery
	for _, h := range leaves {
		d, err := h.StartDiscovery(context.Background(), DiscoveryConfig{Network: testNetwork, Bootstrap: boot, Interval: 200 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close()
		discs = append(discs, d)
	}
	waitFor(t, 30*time.Second, "every leaf connected to every other leaf", func() bool {
		for _, a := range leaves {
			for _, b := range leaves {
				if a != b && a.Network().Connectedness(b.ID()) != network.Connected {
					return false
				}
			}
		}
		return true
	})
	// The rendezvous lists the network's nodes: every leaf ends up seeing the others there.
	waitFor(t, 30*time.Second, "every leaf seeing the others under the rendezvous", func() bool {
		for i, d := range discs {
			for j, other := range leaves {
				if i != j && !slices.Contains(d.Found(), other.ID()) {
					return false
				}
			}
		}
		return true
	})

	// Another network's rendezvous is a different key: nodes of two deployments do not
	// collect each other.
	other := testNetwork
	other.ChainID++
	if Rendezvous(other) == Rendezvous(testNetwork) {
		t.Fatal("rendezvous does not depend on the network")
	}
}

// Without a reachable peer the loop keeps retrying and Close still returns promptly.
func TestDiscoveryAlone(t *testing.T) {
	h := newTestHost(t, newKey(t), nil)
	d, err := h.StartDiscovery(context.Background(), DiscoveryConfig{Network: testNetwork, Interval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	done := make(chan error, 1)
	go func() { done <- d.Close() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Close hangs")
	}
	if len(d.Found()) != 0 {
		t.Fatal("found peers with nobody to ask")
	}
}
