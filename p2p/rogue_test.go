package p2p

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"testing"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
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

func newRogue(t *testing.T, reg *StaticRegistry, role Role) *rogue {
	t.Helper()
	key := newKey(t)
	h := newTestHost(t, key, reg)
	reg.Add(h.Address, role)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	ps, err := pubsub.NewGossipSub(ctx, h.Host, pubsub.WithMessageSignaturePolicy(pubsub.StrictNoSign),
		pubsub.WithNoAuthor(), pubsub.WithMessageIdFn(contentID), pubsub.WithFloodPublish(true))
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

func TestGossipRejectsRogueAndKeepsHonestTraffic(t *testing.T) {
	reg := NewStaticRegistry()
	honest := []*testNode{
		newTestNode(t, reg, nil, RoleMiner),
		newTestNode(t, reg, nil, RoleValidator),
		newTestNode(t, reg, nil, RoleValidator),
		newTestNode(t, reg, nil, RoleValidator),
	}
	bad := newRogue(t, reg, RoleMiner)
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
		s, _ := n.gossip.PeerScore(bad.ID())
		t.Logf("honest node %d: rejected %d, ignored %d; rogue score %.1f", i, st.Rejected, st.Ignored, s)
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
