package p2p

import (
	"context"
	"math"
	"sync"
	"testing"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/pol-network/pol/logits"
)

// gatedChain is a testChain whose lookups of one job block until released.
type gatedChain struct {
	*testChain
	job  logits.JobID
	gate chan struct{}
}

func (c *gatedChain) Job(ctx context.Context, id logits.JobID) (ChainJob, error) {
	if id == c.job {
		c.lookups.Add(1)
		select {
		case <-c.gate:
		case <-ctx.Done():
		}
		return ChainJob{}, ErrNotOnChain
	}
	return c.testChain.Job(ctx, id)
}

// A message about a job the chain does not know costs one wait of ChainWait (a handful of
// lookups with backoff); the same (job, signer) again costs one lookup and no wait; a signer
// with MaxPendingPerSigner validations in flight gets no more chain lookups, while other signers
// are validated as usual.
func TestValidationBoundsTheChainWork(t *testing.T) {
	reg, base := NewStaticRegistry(), newTestChain()
	chain := &gatedChain{testChain: base, job: jobID(90), gate: make(chan struct{})}
	const wait = 400 * time.Millisecond
	node := newTestNode(t, reg, chain, RoleValidator, func(c *GossipConfig) {
		c.ChainWait, c.MaxPendingPerSigner = wait, 2
	})
	miner, other := newKey(t), newKey(t)
	reg.Add(ethcrypto.PubkeyToAddress(miner.PublicKey), RoleMiner)
	reg.Add(ethcrypto.PubkeyToAddress(other.PublicKey), RoleMiner)
	ctx := context.Background()

	unknown := sampleCommitment(91, 3) // a job nobody submitted
	before := base.lookups.Load()
	start := time.Now()
	_, v := node.gossip.check(ctx, TopicCommitments, signedCommitment(t, unknown, miner))
	first, firstLookups := time.Since(start), base.lookups.Load()-before
	if v.res != pubsub.ValidationIgnore || !v.charged {
		t.Fatalf("unknown job: %v (charged %v), want a charged ignore", v.reason, v.charged)
	}
	if first < wait || firstLookups > 8 {
		t.Fatalf("unknown job: %d lookups in %s, want one wait of %s with backoff", firstLookups, first, wait)
	}
	unknown.Timestamp = uint64(time.Now().Unix()) + 1 // a new message about the same job
	before, start = base.lookups.Load(), time.Now()
	_, v = node.gossip.check(ctx, TopicCommitments, signedCommitment(t, unknown, miner))
	again, againLookups := time.Since(start), base.lookups.Load()-before
	if v.res != pubsub.ValidationIgnore || againLookups > 2 || again >= wait {
		t.Fatalf("same job again: %v after %d lookups in %s, want an ignore after one lookup each", v.reason, againLookups, again)
	}
	t.Logf("unknown job: %d lookups in %s; again: %d lookups in %s", firstLookups, first.Round(time.Millisecond), againLookups, again.Round(time.Millisecond))

	// Two validations of the miner's messages hang on the chain: a third gets no lookup.
	blocked := sampleCommitment(90, 3)
	hung := base.lookups.Load()
	var wg sync.WaitGroup
	for k := range 2 {
		c := blocked
		c.Timestamp = uint64(time.Now().Unix()) + uint64(k)
		data := signedCommitment(t, c, miner)
		wg.Go(func() { node.gossip.check(ctx, TopicCommitments, data) })
	}
	waitFor(t, 5*time.Second, "two validations to hang on the chain", func() bool { return base.lookups.Load()-hung >= 2 })
	before = base.lookups.Load()
	third := sampleCommitment(92, 3)
	_, v = node.gossip.check(ctx, TopicCommitments, signedCommitment(t, third, miner))
	if v.res != pubsub.ValidationIgnore || !v.charged || base.lookups.Load() != before {
		t.Fatalf("third message of a busy signer: %v (charged %v) after %d lookups, want a charged ignore without lookups",
			v.reason, v.charged, base.lookups.Load()-before)
	}
	// Another signer is not held up.
	ok := sampleCommitment(93, 3)
	base.setJob(ok.JobID, ChainJob{ModelID: ok.ModelID})
	base.setCommitment(ok.JobID, ChainCommitment{Miner: ethcrypto.PubkeyToAddress(other.PublicKey), Root: ok.Root, N: ok.N, TokensHash: ok.TokensHash})
	if _, v := node.gossip.check(ctx, TopicCommitments, signedCommitment(t, ok, other)); v.res != pubsub.ValidationAccept {
		t.Fatalf("another signer's commitment: %v", v.reason)
	}
	close(chain.gate)
	wg.Wait()
}

// The application score: a peer's wasted validations beyond the allowance count against it,
// and the count halves every penaltyHalfLife.
func TestPenaltyDecays(t *testing.T) {
	clock := time.Unix(1_700_000_000, 0)
	g := newGuard("self", &GossipConfig{PeerRate: 1, PeerBurst: 1, RequesterRate: 1, RequesterBurst: 1, MaxPendingPerPeer: 1, MaxPendingPerSigner: 1})
	g.now = func() time.Time { return clock }
	p := peer.ID("flooder")
	g.charge(p, penaltyAllowance)
	if s := g.appScore(p); s != 0 {
		t.Fatalf("score %.1f within the allowance", s)
	}
	g.charge(p, 100)
	if s := g.appScore(p); s != -100 {
		t.Fatalf("score %.1f, want -100", s)
	}
	clock = clock.Add(penaltyHalfLife)
	if s := g.appScore(p); math.Abs(s-(-(120.0/2 - penaltyAllowance))) > 1e-9 {
		t.Fatalf("score %.1f after a half-life, want %.1f", s, -(120.0/2 - penaltyAllowance))
	}
	g.charge("self", 1000)
	if s := g.appScore("self"); s != 0 {
		t.Fatal("a node charged itself")
	}
}
