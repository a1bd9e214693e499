package p2p

import (
	"context"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	ma "github.com/multiformats/go-multiaddr"
)

func TestBootstrapAllowsAndConnects(t *testing.T) {
	reg := NewStaticRegistry() // nobody is staked: only the allow-list lets peers in
	boot1, boot2 := newTestHost(t, newKey(t), nil), newTestHost(t, newKey(t), nil)
	node := newTestHost(t, newKey(t), reg)

	var addrs []string
	for _, b := range []*Host{boot1, boot2} {
		for _, a := range b.Addrs() {
			addrs = append(addrs, a.Encapsulate(ma.StringCast("/p2p/"+b.ID().String())).String())
		}
	}
	peers, err := ParseBootstrap(addrs)
	if err != nil {
		t.Fatal(err)
	}
	if len(peers) != 2 || len(peers[0].Addrs) != len(boot1.Addrs()) {
		t.Fatalf("parsed %d peers (%v), want 2 with all their addresses", len(peers), peers)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := node.Bootstrap(ctx, peers); err != nil {
		t.Fatalf("bootstrap: %v", err)
	}
	for _, b := range []*Host{boot1, boot2} {
		if node.Network().Connectedness(b.ID()) != network.Connected {
			t.Errorf("not connected to bootstrap peer %s", b.ID())
		}
		if !node.ConnManager().IsProtected(b.ID(), protectTag) {
			t.Errorf("bootstrap peer %s is not protected from trimming", b.ID())
		}
	}
	if _, err := ParseBootstrap([]string{"/ip4/127.0.0.1/tcp/1"}); err == nil {
		t.Error("accepted a bootstrap address without /p2p/<peer id>")
	}
}

// A bootstrap peer that restarts (same key, same addresses) is dialled again: a node whose only
// link was that peer is not left cut off until discovery runs again (issue 12: the first node of a
// network restarted mid-job and its miner's commitment never reached the committee).
func TestBootstrapPeerIsRedialledAfterARestart(t *testing.T) {
	key := newKey(t)
	boot, err := NewHost(HostConfig{Key: key, Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	var listen, addrs []string
	for _, a := range boot.Addrs() {
		listen = append(listen, a.String())
		addrs = append(addrs, a.Encapsulate(ma.StringCast("/p2p/"+boot.ID().String())).String())
	}
	node := newTestHost(t, newKey(t), nil)
	peers, err := ParseBootstrap(addrs)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := node.Bootstrap(ctx, peers); err != nil {
		t.Fatal(err)
	}
	boot.Close()
	waitFor(t, 10*time.Second, "the node to notice the bootstrap peer is gone", func() bool {
		return node.Network().Connectedness(peers[0].ID) != network.Connected
	})
	again, err := NewHost(HostConfig{Key: key, ListenAddrs: listen, Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { again.Close() })
	waitFor(t, 20*time.Second, "the node to re-dial the restarted bootstrap peer", func() bool {
		return node.Network().Connectedness(peers[0].ID) == network.Connected
	})
}
