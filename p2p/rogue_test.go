package p2p

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"sync"
	"testing"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"google.golang.org/protobuf/proto"

	"github.com/pol-network/pol/p2p/pb"
)

// rogue is a staked peer running plain gossipsub without pol's validators: it can put any
// bytes on pol's topics.
type rogue struct {
	*Host
	key    *ecdsa.PrivateKey
	ps     *pubsub.PubSub
	topics map[Topic]*pubsub.Topic
}

func newRogue(t *testing.T, reg *StaticRegistry, role Role, opts ...pubsub.Option) *rogue {
	t.Helper()
	key := newKey(t)
	h := newTestHost(t, key, reg)
	if role != 0 {
		reg.Add(h.Address, role)
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	opts = append([]pubsub.Option{pubsub.WithMessageSignaturePolicy(pubsub.StrictNoSign),
		pubsub.WithNoAuthor(), pubsub.WithMessageIdFn(contentID), pubsub.WithFloodPublish(true)}, opts...)
	ps, err := pubsub.NewGossipSub(ctx, h.Host, opts...)
	if err != nil {
		t.Fatal(err)
	}
	r := &rogue{Host: h, key: key, ps: ps, topics: map[Topic]*pubsub.Topic{}}
	for _, tp := range []Topic{TopicJobs, TopicCommitments, TopicVerdicts} {
		if r.topics[tp], err = ps.Join(tp.Name(testNetwork)); err != nil {
			t.Fatal(err)
		}
	}
	return r
}

func (r *rogue) publish(t *testing.T, tp Topic, data []byte) {
	t.Helper()
	if err := r.topics[tp].Publish(context.Background(), data); err != nil {
		t.Fatalf("rogue publish on %s: %v", tp, err)
	}
}

// signedCommitment encodes c signed by key, as an honest PublishCommitment would.
func signedCommitment(t *testing.T, c Commitment, key *ecdsa.PrivateKey) []byte {
	t.Helper()
	c.Network = testNetwork
	if c.Timestamp == 0 {
		c.Timestamp = uint64(time.Now().Unix())
	}
	sig, err := signDigest(c.Digest(), key)
	if err != nil {
		t.Fatal(err)
	}
	b, err := proto.Marshal(commitmentToPB(&c, sig))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// meshTracer records which peers a node's gossipsub router grafted into and pruned from its
// meshes.
type meshTracer struct {
	mu              sync.Mutex
	grafted, pruned map[peer.ID]bool
}

func newMeshTracer() *meshTracer {
	return &meshTracer{grafted: map[peer.ID]bool{}, pruned: map[peer.ID]bool{}}
}

func (m *meshTracer) Graft(p peer.ID, _ string) { m.mu.Lock(); m.grafted[p] = true; m.mu.Unlock() }
func (m *meshTracer) Prune(p peer.ID, _ string) { m.mu.Lock(); m.pruned[p] = true; m.mu.Unlock() }
func (m *meshTracer) state(p peer.ID) (grafted, pruned bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.grafted[p], m.pruned[p]
}
func (m *meshTracer) AddPeer(peer.ID, protocol.ID)          {}
func (m *meshTracer) RemovePeer(peer.ID)                    {}
func (m *meshTracer) Join(string)                           {}
func (m *meshTracer) Leave(string)                          {}
func (m *meshTracer) ValidateMessage(*pubsub.Message)       {}
func (m *meshTracer) DeliverMessage(*pubsub.Message)        {}
func (m *meshTracer) RejectMessage(*pubsub.Message, string) {}
func (m *meshTracer) DuplicateMessage(*pubsub.Message)      {}
func (m *meshTracer) ThrottlePeer(peer.ID)                  {}
func (m *meshTracer) RecvRPC(*pubsub.RPC)                   {}
func (m *meshTracer) SendRPC(*pubsub.RPC, peer.ID)          {}
func (m *meshTracer) DropRPC(*pubsub.RPC, peer.ID)          {}
func (m *meshTracer) UndeliverableMessage(*pubsub.Message)  {}

func TestGossipRejectsRogueAndKeepsHonestTraffic(t *testing.T) {
	reg := NewStaticRegistry()
	roles := []Role{RoleMiner, RoleValidator, RoleValidator, RoleValidator}
	honest := make([]*testNode, len(roles))
	tracers := make([]*meshTracer, len(roles))
	for i, r := range roles {
		tracers[i] = newMeshTracer()
		honest[i] = newTestNode(t, reg, nil, r, func(c *GossipConfig) { c.Tracer = tracers[i] })
	}
	bad := newRogue(t, reg, RoleMiner)
	if _, err := bad.topics[TopicCommitments].Subscribe(); err != nil { // so that meshes include it
		t.Fatal(err)
	}
	hosts := []*Host{bad.Host}
	subs := make([]*Subscription[Commitment], len(honest))
	for i, n := range honest {
		hosts = append(hosts, n.Host)
		var err error
		if subs[i], err = n.gossip.SubscribeCommitments(); err != nil {
			t.Fatal(err)
		}
	}
	connectAll(t, hosts...)
	waitTopicPeers(t, honest, TopicCommitments)
	waitFor(t, 10*time.Second, "the rogue to see the honest subscribers", func() bool {
		return len(bad.ps.ListPeers(TopicCommitments.Name(testNetwork))) == len(honest)
	})
	for i := range honest {
		waitFor(t, 10*time.Second, "the rogue to be in every honest mesh", func() bool {
			grafted, _ := tracers[i].state(bad.ID())
			return grafted
		})
	}

	// Malformed: not a protobuf Commitment at all.
	junk := make([]byte, 300)
	rand.Read(junk)
	bad.publish(t, TopicCommitments, junk)
	// Forged: an honest miner's signed commitment with the root swapped.
	var forged pb.Commitment
	if err := proto.Unmarshal(signedCommitment(t, sampleCommitment(3, 4), honest[0].key), &forged); err != nil {
		t.Fatal(err)
	}
	forged.Root = bytes.Repeat([]byte{0xBA}, 32)
	b, err := proto.Marshal(&forged)
	if err != nil {
		t.Fatal(err)
	}
	bad.publish(t, TopicCommitments, b)
	// Oversized: a well-formed signed commitment of 300,000 tokens (~900 KB), over the topic cap.
	big := signedCommitment(t, sampleCommitment(4, 300_000), bad.key)
	if len(big) <= MaxCommitmentSize {
		t.Fatalf("oversized commitment is only %d bytes", len(big))
	}
	bad.publish(t, TopicCommitments, big)
	// Signed by the rogue itself but inconsistent: tokens hash of other tokens.
	lie := sampleCommitment(5, 4)
	lie.OutputTokens[2] = 7
	bad.publish(t, TopicCommitments, signedCommitment(t, lie, bad.key))

	for i, n := range honest {
		waitFor(t, 10*time.Second, "honest node to reject the rogue's messages", func() bool {
			return n.gossip.Stats(TopicCommitments).Rejected >= 3
		})
		waitFor(t, 10*time.Second, "the rogue to be graylisted", func() bool {
			s, ok := n.gossip.PeerScore(bad.ID())
			return ok && s < GraylistThreshold
		})
		st := n.gossip.Stats(TopicCommitments)
		if st.Accepted != 0 {
			t.Fatalf("honest node %d accepted %d rogue commitments", i, st.Accepted)
		}
		waitFor(t, 10*time.Second, "the rogue to be pruned from the honest mesh", func() bool {
			_, pruned := tracers[i].state(bad.ID())
			return pruned
		})
		s, _ := n.gossip.PeerScore(bad.ID())
		t.Logf("honest node %d: rejected %d, ignored %d; rogue score %.1f, pruned", i, st.Rejected, st.Ignored, s)
	}

	// Honest traffic still flows and reaches every honest peer, and only it is delivered.
	good := sampleCommitment(6, 5)
	if err := honest[0].gossip.PublishCommitment(context.Background(), good); err != nil {
		t.Fatalf("honest publish: %v", err)
	}
	for i, n := range honest {
		got := next(t, subs[i], "honest node")
		if got.Msg.JobID != good.JobID || got.Signer != honest[0].Address {
			t.Fatalf("honest node %d got job %s from %s, want the honest commitment", i, got.Msg.JobID, got.Signer)
		}
		if i == 0 {
			continue
		}
		waitFor(t, 10*time.Second, "the honest miner to be scored", func() bool {
			s, ok := n.gossip.PeerScore(honest[0].ID())
			return ok && s >= 0
		})
	}
}

func TestGossipIgnoresStaleDataWithoutPenalty(t *testing.T) {
	reg := NewStaticRegistry()
	node := newTestNode(t, reg, nil, RoleValidator)
	old := newRogue(t, reg, RoleMiner) // a staked miner replaying an old, correctly signed commitment
	connectAll(t, node.Host, old.Host)
	if _, err := node.gossip.SubscribeCommitments(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "the publisher to see the subscriber", func() bool {
		return len(old.ps.ListPeers(TopicCommitments.Name(testNetwork))) == 1
	})
	stale := sampleCommitment(7, 3)
	stale.Timestamp = uint64(time.Now().Add(-time.Hour).Unix())
	old.publish(t, TopicCommitments, signedCommitment(t, stale, old.key))
	waitFor(t, 10*time.Second, "the stale commitment to be ignored", func() bool {
		return node.gossip.Stats(TopicCommitments).Ignored == 1
	})
	if st := node.gossip.Stats(TopicCommitments); st.Rejected != 0 || st.Accepted != 0 {
		t.Fatalf("stale commitment: %+v, want only ignored", st)
	}
	waitFor(t, 10*time.Second, "the publisher to be scored", func() bool {
		_, ok := node.gossip.PeerScore(old.ID())
		return ok
	})
	if s, _ := node.gossip.PeerScore(old.ID()); s < 0 {
		t.Fatalf("publisher of stale data scored %.1f, want no penalty", s)
	}
}
