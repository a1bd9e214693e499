package p2p

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// TestHostConnectsOverTCPAndQUIC dials each transport on its own and checks what was negotiated.
func TestHostConnectsOverTCPAndQUIC(t *testing.T) {
	server := newTestHost(t, newKey(t), nil)
	for transport, wantSecurity := range map[string]string{"/tcp/": "/noise", "/quic-v1": ""} {
		client := newTestHost(t, newKey(t), nil)
		ai := peer.AddrInfo{ID: server.ID()}
		for _, a := range server.Addrs() {
			if strings.Contains(a.String(), transport) {
				ai.Addrs = append(ai.Addrs, a)
			}
		}
		if len(ai.Addrs) == 0 {
			t.Fatalf("server does not listen on %s: %v", transport, server.Addrs())
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err := client.Connect(ctx, ai)
		cancel()
		if err != nil {
			t.Fatalf("%s: %v", transport, err)
		}
		conns := client.Network().ConnsToPeer(server.ID())
		if len(conns) != 1 || !strings.Contains(conns[0].RemoteMultiaddr().String(), transport) {
			t.Fatalf("%s: connections %v", transport, conns)
		}
		state := conns[0].ConnState()
		if string(state.Security) != wantSecurity {
			t.Errorf("%s: security %q, want %q", transport, state.Security, wantSecurity)
		}
		if transport == "/tcp/" && state.StreamMultiplexer != "/yamux/1.0.0" {
			t.Errorf("tcp: muxer %q, want yamux", state.StreamMultiplexer)
		}
	}
}

func TestHostAnnouncesConfiguredAddresses(t *testing.T) {
	h, err := NewHost(HostConfig{Key: newKey(t), AnnounceAddrs: []string{"/ip4/203.0.113.7/tcp/4001"}, Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if got := h.Addrs(); len(got) != 1 || got[0].String() != "/ip4/203.0.113.7/tcp/4001" {
		t.Fatalf("advertised %v, want only the announced address", got)
	}
	if _, err := NewHost(HostConfig{Key: newKey(t), AnnounceAddrs: []string{"not-a-multiaddr"}}); err == nil {
		t.Fatal("accepted an invalid announce address")
	}
}
