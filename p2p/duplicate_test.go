package p2p

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
)

// syncBuffer is a log sink safe for concurrent writers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// gossipNode starts a host and gossip for key with its own logger.
func gossipNode(t *testing.T, key []byte, reg *StaticRegistry, chain Chain, log *slog.Logger) *testNode {
	t.Helper()
	k, err := ethcrypto.ToECDSA(key)
	if err != nil {
		t.Fatal(err)
	}
	h := newTestHost(t, k, reg)
	g, err := NewGossip(h, GossipConfig{Network: testNetwork, Key: k, Registry: reg, Chain: chain,
		ColocationWhitelist: loopback, ScoreInspectPeriod: 50 * time.Millisecond, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(g.Close)
	return &testNode{Host: h, key: k, gossip: g}
}

// Two real hosts run one staked key (same address, same peer id: they
// cannot dial each other) on a line of real hosts on loopback:
// dupA - relay1 - relay2 - dupB. The commitment dupB publishes reaches dupA
// through the relays; dupA warns once and counts it, while its own
// publication and the relays' traffic count nothing.
func TestDuplicateKeyIsDetectedThroughTheNetwork(t *testing.T) {
	reg, chain := NewStaticRegistry(), newTestChain()
	shared := ethcrypto.FromECDSA(newKey(t))
	var logA syncBuffer
	dupA := gossipNode(t, shared, reg, chain, slog.New(slog.NewTextHandler(&logA, nil)))
	dupB := gossipNode(t, shared, reg, chain, quietLog)
	if dupA.ID() != dupB.ID() || dupA.Address != dupB.Address {
		t.Fatal("the two processes should share peer id and address")
	}
	reg.Add(dupA.Address, RoleMiner)
	mesh1, mesh2 := newMeshTracer(), newMeshTracer()
	relay1 := newTestNode(t, reg, chain, RoleValidator, func(c *GossipConfig) { c.Tracer = mesh1 })
	relay2 := newTestNode(t, reg, chain, RoleValidator, func(c *GossipConfig) { c.Tracer = mesh2 })

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for _, link := range [][2]*Host{{dupA.Host, relay1.Host}, {relay1.Host, relay2.Host}, {relay2.Host, dupB.Host}} {
		if err := link[0].Connect(ctx, link[1].AddrInfo()); err != nil {
			t.Fatalf("connect: %v", err)
		}
	}
	if err := dupA.Connect(ctx, dupB.AddrInfo()); err == nil {
		t.Fatal("a host dialled another host with its own peer id")
	}
	var subs []*Subscription[Commitment]
	for _, n := range []*testNode{dupA, relay1, relay2, dupB} {
		s, err := n.gossip.SubscribeCommitments()
		if err != nil {
			t.Fatal(err)
		}
		defer s.Cancel()
		subs = append(subs, s)
	}
	// Messages cross the relays along their meshes: wait until each relay grafted both neighbours.
	waitFor(t, 15*time.Second, "the relays' meshes along the line", func() bool {
		a, _ := mesh1.state(dupA.ID())
		b, _ := mesh1.state(relay2.ID())
		c, _ := mesh2.state(relay1.ID())
		d, _ := mesh2.state(dupB.ID())
		return a && b && c && d
	})

	// dupA's own commitment: delivered to the relays, not a duplicate.
	own := sampleCommitment(1, 4)
	chain.setCommitment(own.JobID, ChainCommitment{Miner: dupA.Address, Root: own.Root, N: own.N, TokensHash: own.TokensHash})
	if err := dupA.gossip.PublishCommitment(ctx, own); err != nil {
		t.Fatal(err)
	}
	if c := next(t, subs[1], "relay1"); c.Msg.JobID != own.JobID {
		t.Fatalf("relay1 got %s", c.Msg.JobID)
	}
	if got := next(t, subs[0], "dupA's own"); got.Msg.JobID != own.JobID {
		t.Fatalf("dupA got %s", got.Msg.JobID)
	}
	if n := dupA.gossip.DuplicateKeyMessages(); n != 0 {
		t.Fatalf("own publication counted as a duplicate: %d", n)
	}
	if got := next(t, subs[3], "dupB, dupA's"); got.Msg.JobID != own.JobID {
		t.Fatalf("dupB got %s", got.Msg.JobID)
	}

	// Wait out the second dupA started in: timestamps are whole seconds.
	time.Sleep(time.Until(dupA.gossip.dup.started))
	other := sampleCommitment(2, 4)
	chain.setCommitment(other.JobID, ChainCommitment{Miner: dupA.Address, Root: other.Root, N: other.N, TokensHash: other.TokensHash})
	if err := dupB.gossip.PublishCommitment(ctx, other); err != nil {
		t.Fatal(err)
	}
	for {
		c := next(t, subs[0], "dupA, the other process's commitment")
		if c.Msg.JobID == other.JobID {
			break
		}
	}
	if n := dupA.gossip.DuplicateKeyMessages(); n != 1 {
		t.Fatalf("duplicate messages %d, want 1", n)
	}
	if n := relay1.gossip.DuplicateKeyMessages() + relay2.gossip.DuplicateKeyMessages(); n != 0 {
		t.Fatalf("relays counted %d duplicates of keys that are not theirs", n)
	}
	log := logA.String()
	if !strings.Contains(log, "level=WARN") || !strings.Contains(log, "another process uses this node's key") ||
		!strings.Contains(log, dupA.Address.Hex()) {
		t.Fatalf("no WARN line naming the address:\n%s", log)
	}
	metrics := prometheus.NewRegistry()
	metrics.MustRegister(dupA.gossip.DuplicateKeyCollector())
	fams, err := metrics.Gather()
	if err != nil || len(fams) != 1 || fams[0].GetName() != "pol_p2p_duplicate_key_messages_total" ||
		fams[0].GetMetric()[0].GetCounter().GetValue() != 1 {
		t.Fatalf("metric: %v %v, want pol_p2p_duplicate_key_messages_total 1", fams, err)
	}
}
