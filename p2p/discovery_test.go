package p2p

import (
	"bufio"
	"context"
	"encoding/binary"
	"io"
	"slices"
	"testing"
	"time"

	kadpb "github.com/libp2p/go-libp2p-kad-dht/pb"
	recordpb "github.com/libp2p/go-libp2p-record/pb"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"
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

// kadRequest sends one raw DHT request from c to the DHT of h and returns the answer; an error
// when h reset the stream.
func kadRequest(t *testing.T, c, h *Host, m *kadpb.Message) (*kadpb.Message, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	st, err := c.NewStream(ctx, h.ID(), DHTPrefix+"/kad/1.0.0")
	if err != nil {
		return nil, err
	}
	defer st.Close()
	_ = st.SetDeadline(time.Now().Add(10 * time.Second))
	b, err := proto.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Write(append(binary.AppendUvarint(nil, uint64(len(b))), b...)); err != nil {
		return nil, err
	}
	if m.GetType() == kadpb.Message_ADD_PROVIDER { // no answer: the stream stays open or is reset
		_ = st.CloseWrite()
		_, err := io.ReadAll(st)
		return nil, err
	}
	r := bufio.NewReader(st)
	size, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, size)
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, err
	}
	var resp kadpb.Message
	return &resp, proto.Unmarshal(buf, &resp)
}

// The DHT stores and serves provider records only under the network's rendezvous: a peer that
// announces itself under another key, or asks for values, has its stream reset and nothing is
// stored; announcing under the rendezvous works.
func TestDHTServesOnlyTheRendezvous(t *testing.T) {
	node, client := newTestHost(t, newKey(t), nil), newTestHost(t, newKey(t), nil)
	d, err := node.StartDiscovery(context.Background(), DiscoveryConfig{Network: testNetwork, Interval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	connectAll(t, node, client)
	self := &kadpb.Message_Peer{Id: []byte(client.ID())}
	for _, a := range client.Addrs() {
		self.Addrs = append(self.Addrs, a.Bytes())
	}
	other := RendezvousKey(Network{ChainID: 1, Contract: testNetwork.Contract})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	for name, m := range map[string]*kadpb.Message{
		"provider record for another key": {Type: kadpb.Message_ADD_PROVIDER, Key: other, ProviderPeers: []*kadpb.Message_Peer{self}},
		"providers of another key":        {Type: kadpb.Message_GET_PROVIDERS, Key: other},
		"value":                           {Type: kadpb.Message_PUT_VALUE, Key: []byte("/pk/x"), Record: &recordpb.Record{Key: []byte("/pk/x"), Value: []byte("v")}},
	} {
		if _, err := kadRequest(t, client, node, m); err == nil {
			t.Errorf("%s: the stream was not reset", name)
		}
	}
	if provs, _ := d.dht.ProviderStore().GetProviders(ctx, other); len(provs) != 0 {
		t.Fatalf("stored %d provider records under another key", len(provs))
	}

	rendezvous := RendezvousKey(testNetwork)
	if _, err := kadRequest(t, client, node, &kadpb.Message{Type: kadpb.Message_ADD_PROVIDER, Key: rendezvous,
		ProviderPeers: []*kadpb.Message_Peer{self}}); err != nil {
		t.Fatalf("announcing under the rendezvous: %v", err)
	}
	resp, err := kadRequest(t, client, node, &kadpb.Message{Type: kadpb.Message_GET_PROVIDERS, Key: rendezvous})
	if err != nil {
		t.Fatalf("looking up the rendezvous: %v", err)
	}
	found := false
	for _, p := range resp.GetProviderPeers() {
		found = found || peer.ID(p.GetId()) == client.ID()
	}
	if !found {
		t.Fatalf("the rendezvous lookup does not list the peer that announced itself (%d providers)", len(resp.GetProviderPeers()))
	}
}
