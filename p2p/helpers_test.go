package p2p

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/netip"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/pol-network/pol/logits"
)

// testNetwork is the deployment every test node joins.
var testNetwork = Network{ChainID: 1337, Contract: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}

// quietLog discards logs so test output stays readable.
var quietLog = slog.New(slog.NewTextHandler(io.Discard, nil))

// loopback is 127.0.0.0/8, exempted from the IP-colocation penalty in tests.
var loopback = func() []*net.IPNet {
	_, n, _ := net.ParseCIDR("127.0.0.0/8")
	return []*net.IPNet{n}
}()

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// loopbackPrefix exempts test hosts, which all run on 127.0.0.1, from the per-IP connection
// limits (production hosts do not exempt loopback).
var loopbackPrefix = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}

func newTestHost(t testing.TB, key *ecdsa.PrivateKey, reg Registry, opts ...func(*HostConfig)) *Host {
	t.Helper()
	cfg := HostConfig{Key: key, Registry: reg, Logger: quietLog, ConnLimitExempt: loopbackPrefix}
	for _, o := range opts {
		o(&cfg)
	}
	h, err := NewHost(cfg)
	if err != nil {
		t.Fatalf("NewHost: %v", err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// testNode is a host with gossip, staked in the shared registry with role.
type testNode struct {
	*Host
	key    *ecdsa.PrivateKey
	gossip *Gossip
}

// newTestNode starts a node; opts adjust its gossip configuration.
func newTestNode(t testing.TB, reg *StaticRegistry, chain Chain, role Role, opts ...func(*GossipConfig)) *testNode {
	t.Helper()
	key := newKey(t)
	if role != 0 {
		reg.Add(ethcrypto.PubkeyToAddress(key.PublicKey), role)
	}
	h := newTestHost(t, key, reg)
	cfg := GossipConfig{Network: testNetwork, Key: key, Registry: reg, Chain: chain, ColocationWhitelist: loopback,
		ScoreInspectPeriod: 50 * time.Millisecond, Logger: quietLog}
	for _, o := range opts {
		o(&cfg)
	}
	g, err := NewGossip(h, cfg)
	if err != nil {
		t.Fatalf("NewGossip: %v", err)
	}
	t.Cleanup(g.Close)
	return &testNode{Host: h, key: key, gossip: g}
}

// connectAll connects every pair of hosts, confirming each connection.
func connectAll(t testing.TB, hosts ...*Host) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for i, a := range hosts {
		for _, b := range hosts[i+1:] {
			if err := a.Connect(ctx, b.AddrInfo()); err != nil {
				t.Fatalf("connect %s -> %s: %v", a.ID(), b.ID(), err)
			}
		}
	}
}

// waitFor polls cond until it holds or the bound passes, then fails with what.
func waitFor(t testing.TB, bound time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(bound)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", bound, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitTopicPeers waits until every node sees all the others subscribed to each topic.
func waitTopicPeers(t testing.TB, nodes []*testNode, topics ...Topic) {
	t.Helper()
	for _, n := range nodes {
		for _, tp := range topics {
			waitFor(t, 10*time.Second, fmt.Sprintf("%s to see %d peers on %s", n.ID(), len(nodes)-1, tp), func() bool {
				return len(n.gossip.ListPeers(tp)) >= len(nodes)-1
			})
		}
	}
}

// testChain is an in-memory view of the contract's jobs and commitments.
type testChain struct {
	lookups     atomic.Int64  // calls of Job and Commitment
	delay       time.Duration // each lookup takes this long (an RPC round trip)
	mu          sync.Mutex
	jobs        map[logits.JobID]ChainJob
	commitments map[logits.JobID]ChainCommitment
}

func newTestChain() *testChain {
	return &testChain{jobs: map[logits.JobID]ChainJob{}, commitments: map[logits.JobID]ChainCommitment{}}
}

func (c *testChain) Job(_ context.Context, id logits.JobID) (ChainJob, error) {
	c.lookups.Add(1)
	time.Sleep(c.delay)
	c.mu.Lock()
	defer c.mu.Unlock()
	j, ok := c.jobs[id]
	if !ok {
		return ChainJob{}, fmt.Errorf("job %s: %w", id, ErrNotOnChain)
	}
	return j, nil
}

func (c *testChain) Commitment(_ context.Context, id logits.JobID) (ChainCommitment, error) {
	c.lookups.Add(1)
	time.Sleep(c.delay)
	c.mu.Lock()
	defer c.mu.Unlock()
	cc, ok := c.commitments[id]
	if !ok {
		return ChainCommitment{}, fmt.Errorf("commitment of %s: %w", id, ErrNotOnChain)
	}
	return cc, nil
}

func (c *testChain) setJob(id logits.JobID, j ChainJob) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.jobs[id] = j
}

func (c *testChain) setCommitment(id logits.JobID, cc ChainCommitment) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.commitments[id] = cc
}

func jobID(k byte) logits.JobID {
	var id logits.JobID
	id[0], id[31] = 0x70, k
	return id
}

// sampleCommitment is a well-formed commitment for job k with n output tokens.
func sampleCommitment(k byte, n int) Commitment {
	prompt := []uint32{1, 403, 407, 261, 378}
	out := make([]uint32, n)
	for i := range out {
		out[i] = uint32(100 + i)
	}
	return Commitment{JobID: jobID(k), ModelID: 7, Profile: 1, Root: logits.Hash{k, 0x0F},
		N: uint32(n), TokensHash: logits.TokensHash(prompt, out), PromptTokens: prompt, OutputTokens: out}
}
