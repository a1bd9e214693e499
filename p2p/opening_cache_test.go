package p2p

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/pol-network/pol/logits"
)

// A miner that answers only one committee member (selective reveal) cannot keep the others from
// its openings: the member that got them passes them on, each copy verifies against the
// on-chain root, a peer outside the committee gets nothing, and a member relaying a forged
// opening is not evidence against the miner.
func TestOpeningsRelayedWithinCommittee(t *testing.T) {
	reg, chain := NewStaticRegistry(), newTestChain()
	miner := newTestHost(t, newKey(t), reg)
	served, starved, outsider := newTestHost(t, newKey(t), reg), newTestHost(t, newKey(t), reg), newTestHost(t, newKey(t), reg)
	reg.Add(miner.Address, RoleMiner)
	for _, v := range []*Host{served, starved, outsider} {
		reg.Add(v.Address, RoleValidator)
	}
	store := openTestStore(t, t.TempDir())
	job := commitJob(t, store, jobID(7), 6, 64)
	chain.setCommitment(job.id, job.onChain(miner))
	// The miner serves only `served`.
	serveReveal(t, miner, RevealServerConfig{Source: store, Authorize: func(remote peer.ID, _ logits.JobID, _ uint32) bool {
		return remote == served.ID()
	}})
	cache := NewOpeningCache(0)
	cache.Admit(job.id, []common.Address{served.Address, starved.Address})
	serveReveal(t, served, RevealServerConfig{Source: cache, Authorize: cache.Authorize})
	connectAll(t, miner, served, starved, outsider)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	starvedClient := NewRevealClient(starved, chain, 0)
	if _, err := starvedClient.Fetch(ctx, miner.ID(), job.id, 3); !errors.Is(err, ErrRevealNotFound) {
		t.Fatalf("the selective miner answered the starved member: %v", err)
	}
	if _, err := starvedClient.FetchFrom(ctx, []peer.ID{served.ID()}, job.id, 3); !errors.Is(err, ErrRevealNotFound) {
		t.Fatalf("relay served an opening it does not hold: %v", err)
	}
	o, err := NewRevealClient(served, chain, 0).Fetch(ctx, miner.ID(), job.id, 3)
	if err != nil {
		t.Fatal(err)
	}
	cache.Put(o)

	got, err := starvedClient.FetchFrom(ctx, []peer.ID{miner.ID(), served.ID()}, job.id, 3)
	if err != nil {
		t.Fatalf("relayed opening: %v", err)
	}
	if got.Token != job.tokens[3] || got.Verify(job.root) != nil {
		t.Fatalf("relayed opening is not the committed one (token %d, want %d)", got.Token, job.tokens[3])
	}
	if _, err := NewRevealClient(outsider, chain, 0).Fetch(ctx, served.ID(), job.id, 3); !errors.Is(err, ErrRevealNotFound) {
		t.Fatalf("a peer outside the committee got a relayed opening: %v", err)
	}

	// A relaying member that forges an opening: the starved member sees a failure to fetch,
	// never ErrBadOpening (which would count against the miner).
	forged := *o
	forged.Logits = append([]float32(nil), o.Logits...)
	forged.Logits[0] += 1
	cache.Put(&forged)
	_, err = starvedClient.FetchFrom(ctx, []peer.ID{served.ID()}, job.id, 3)
	if err == nil || errors.Is(err, ErrBadOpening) || !errors.Is(err, ErrRevealNotFound) {
		t.Fatalf("forged relay: got %v, want not-found without ErrBadOpening", err)
	}
}

func TestOpeningCacheEvictsOldestJob(t *testing.T) {
	c := NewOpeningCache(2)
	for k := byte(1); k <= 3; k++ {
		c.Put(&logits.Opening{Job: jobID(k), Index: 0})
	}
	if _, err := c.Open(jobID(1), 0); !errors.Is(err, logits.ErrUnknownJob) {
		t.Errorf("oldest job kept beyond the bound: %v", err)
	}
	for k := byte(2); k <= 3; k++ {
		if _, err := c.Open(jobID(k), 0); err != nil {
			t.Errorf("job %d: %v", k, err)
		}
	}
	c.Forget(jobID(3))
	if _, err := c.Open(jobID(3), 0); err == nil {
		t.Error("forgotten job still served")
	}
}
