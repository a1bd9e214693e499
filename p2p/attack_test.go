package p2p

import (
	"context"
	"crypto/rand"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"google.golang.org/protobuf/proto"
)

// floodMessages signs n commitments for jobs that do not exist (a fresh random job id each), as
// a staked rogue would, on all cores.
func floodMessages(t *testing.T, r *rogue, n int) [][]byte {
	t.Helper()
	out := make([][]byte, n)
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				c := sampleCommitment(0, 4)
				rand.Read(c.JobID[:])
				c.Network, c.Timestamp = testNetwork, uint64(time.Now().Unix())
				sig, err := signDigest(c.Digest(), r.key)
				if err != nil {
					t.Error(err)
					return
				}
				if out[i], err = proto.Marshal(commitmentToPB(&c, sig)); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	return out
}

// flood publishes msgs at rate per second (in 10 ms ticks) until ctx ends or they run out, and
// counts them in sent.
func flood(ctx context.Context, r *rogue, msgs [][]byte, rate int, sent *atomic.Int64) {
	const tick = 10 * time.Millisecond
	perTick := rate / int(time.Second/tick)
	tk := time.NewTicker(tick)
	defer tk.Stop()
	for len(msgs) > 0 {
		select {
		case <-ctx.Done():
			return
		case <-tk.C:
		}
		for range min(perTick, len(msgs)) {
			if err := r.topics[TopicCommitments].Publish(ctx, msgs[0]); err != nil {
				return // ctx ended
			}
			msgs = msgs[1:]
			sent.Add(1)
		}
	}
}

// TestCommitmentFloodDoesNotStarveHonestCommitments is the issue-14 attack: a staked peer floods
// 1,000 validly signed commitments per second for jobs that do not exist while an honest miner
// publishes real ones. Every honest commitment must reach every other honest node within 2 s,
// in 20 trials of 20, and the flooder's score must go negative on every honest node.
func TestCommitmentFloodDoesNotStarveHonestCommitments(t *testing.T) {
	const (
		trials    = 20
		floodRate = 1000
		bound     = 2 * time.Second
		trialGap  = 250 * time.Millisecond
	)
	reg, chain := NewStaticRegistry(), newTestChain()
	chain.delay = 2 * time.Millisecond // an RPC round trip per lookup
	miner := newTestNode(t, reg, chain, RoleMiner)
	validators := make([]*testNode, 4)
	for i := range validators {
		validators[i] = newTestNode(t, reg, chain, RoleValidator)
	}
	flooder := newRogue(t, reg, RoleMiner, pubsub.WithPeerOutboundQueueSize(8192))
	if _, err := flooder.topics[TopicCommitments].Subscribe(); err != nil { // so that it is in the meshes
		t.Fatal(err)
	}
	honest := append([]*testNode{miner}, validators...)
	hosts := []*Host{flooder.Host}
	subs := make([]*Subscription[Commitment], len(validators))
	for i, v := range validators {
		var err error
		if subs[i], err = v.gossip.SubscribeCommitments(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := miner.gossip.SubscribeCommitments(); err != nil {
		t.Fatal(err)
	}
	for _, n := range honest {
		hosts = append(hosts, n.Host)
	}
	connectAll(t, hosts...)
	waitTopicPeers(t, honest, TopicCommitments)
	waitFor(t, 10*time.Second, "the flooder to see every honest subscriber", func() bool {
		return len(flooder.ps.ListPeers(TopicCommitments.Name(testNetwork))) == len(honest)
	})

	// Enough messages for the trials at the full rate, signed beforehand so that the rate does
	// not depend on how fast this machine signs (under -race it would not keep up).
	genStart := time.Now()
	msgs := floodMessages(t, flooder, floodRate*(trials*(int(trialGap/time.Millisecond)+150)/1000+2))
	t.Logf("signed %d flood messages in %s", len(msgs), time.Since(genStart).Round(time.Millisecond))
	ctx, stop := context.WithCancel(context.Background())
	var sent atomic.Int64
	var wg sync.WaitGroup
	wg.Go(func() { flood(ctx, flooder, msgs, floodRate, &sent) })
	defer func() { stop(); wg.Wait() }()
	time.Sleep(500 * time.Millisecond) // the flood is on before the first trial

	start := time.Now()
	lookupsBefore := chain.lookups.Load()
	var worst []time.Duration
	for trial := range trials {
		c := sampleCommitment(byte(100+trial), 6)
		chain.setJob(c.JobID, ChainJob{ModelID: c.ModelID})
		chain.setCommitment(c.JobID, ChainCommitment{Miner: miner.Address, Root: c.Root, N: c.N, TokensHash: c.TokensHash})
		t0 := time.Now()
		if err := miner.gossip.PublishCommitment(context.Background(), c); err != nil {
			t.Fatalf("trial %d: publish: %v", trial, err)
		}
		var slowest time.Duration
		for i, sub := range subs {
			rctx, cancel := context.WithTimeout(context.Background(), bound+3*time.Second)
			for {
				got, err := sub.Next(rctx)
				if err != nil {
					cancel()
					t.Fatalf("trial %d: validator %d never got the honest commitment (flood sent %d): %v", trial, i, sent.Load(), err)
				}
				if got.Msg.JobID == c.JobID {
					break
				}
			}
			cancel()
			slowest = max(slowest, time.Since(t0))
		}
		worst = append(worst, slowest)
		if slowest > bound {
			t.Errorf("trial %d: the honest commitment reached every validator after %s, bound %s", trial, slowest, bound)
		}
		time.Sleep(trialGap) // flood validations admitted earlier end meanwhile
	}
	elapsed := time.Since(start)
	for i, v := range validators {
		waitFor(t, 10*time.Second, fmt.Sprintf("validator %d to score the flooder negative", i), func() bool {
			s, ok := v.gossip.PeerScore(flooder.ID())
			return ok && s < 0
		})
	}
	stop()
	wg.Wait()
	slices.Sort(worst)
	floodSent := sent.Load()
	t.Logf("flood: %d commitments in %.1f s (%.0f/s); honest delivery to all %d validators: median %s, max %s over %d trials",
		floodSent, elapsed.Seconds(), float64(floodSent)/elapsed.Seconds(), len(validators), worst[len(worst)/2], worst[len(worst)-1], trials)
	t.Logf("chain lookups during the trials: %d (%.3f per flood message)", chain.lookups.Load()-lookupsBefore,
		float64(chain.lookups.Load()-lookupsBefore)/float64(floodSent))
	for i, v := range validators {
		s, _ := v.gossip.PeerScore(flooder.ID())
		st := v.gossip.Stats(TopicCommitments)
		t.Logf("validator %d: flooder score %.0f; accepted %d, ignored %d, rejected %d, dropped before validation %d",
			i, s, st.Accepted, st.Ignored, st.Rejected, st.Throttled)
	}
}
