package p2p

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/logits"
)

// staticPolicy is a RevealPolicy of fixed committees; a job without one is ErrNotOnChain.
type staticPolicy struct {
	mu   sync.Mutex
	jobs map[logits.JobID]RevealChallenge
	asks atomic.Int64
}

func (p *staticPolicy) Challenge(_ context.Context, job logits.JobID) (RevealChallenge, error) {
	p.asks.Add(1)
	p.mu.Lock()
	defer p.mu.Unlock()
	ch, ok := p.jobs[job]
	if !ok {
		return RevealChallenge{}, fmt.Errorf("committee of %s: %w", job, ErrNotOnChain)
	}
	return ch, nil
}

func (p *staticPolicy) set(job logits.JobID, ch RevealChallenge) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.jobs[job] = ch
}

// countingSource counts the openings read from the store.
type countingSource struct {
	OpeningSource
	opens atomic.Int64
}

func (c *countingSource) Open(job logits.JobID, i uint32) (*logits.Opening, error) {
	c.opens.Add(1)
	return c.OpeningSource.Open(job, i)
}

// A miner's reveals go only to the job's committee and only for the job's challenge set: an
// admitted requester cannot even open the protocol, a staked non-member gets "not found", a
// member asking outside the set "invalid", a member is served each of its positions at most
// three times, and every member reading the same positions costs one store read per position.
func TestRevealOnlyCommitteeGetsChallengePositions(t *testing.T) {
	reg, chain := requesterRegistry{NewStaticRegistry(), map[common.Address]bool{}}, newTestChain()
	miner := newTestHost(t, newKey(t), reg)
	members := []*Host{newTestHost(t, newKey(t), reg), newTestHost(t, newKey(t), reg)}
	outsider := newTestHost(t, newKey(t), reg)  // staked, not in the committee
	requester := newTestHost(t, newKey(t), nil) // admitted only as a requester
	reg.Add(miner.Address, RoleMiner)
	for _, h := range append([]*Host{outsider}, members...) {
		reg.Add(h.Address, RoleValidator)
	}
	reg.open[requester.Address] = true
	store := openTestStore(t, t.TempDir())
	job := commitJob(t, store, jobID(20), 12, 256)
	chain.setCommitment(job.id, job.onChain(miner))
	positions := []uint32{1, 4, 9}
	policy := &staticPolicy{jobs: map[logits.JobID]RevealChallenge{}}
	policy.set(job.id, RevealChallenge{Members: []common.Address{members[0].Address, members[1].Address}, Positions: positions})
	src := &countingSource{OpeningSource: store}
	srv := serveRevealServer(t, miner, RevealServerConfig{Source: src, Policy: policy})
	connectAll(t, append([]*Host{miner, outsider}, members...)...)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := requester.Connect(ctx, miner.AddrInfo()); err != nil {
		t.Fatalf("the requester of an open job was refused: %v", err)
	}
	if c := miner.Gater.Class(requester.ID()); c != ClassRequester {
		t.Fatalf("requester admitted as %s", c)
	}

	// The requester: the miner refuses the protocol itself.
	_, err := NewRevealClient(requester, chain, 0).Fetch(ctx, miner.ID(), job.id, positions[0])
	if err == nil || errors.Is(err, ErrBadOpening) {
		t.Fatalf("requester: got %v, want a refused stream", err)
	}
	t.Logf("requester: %v", err)
	// A staked peer outside the committee.
	for _, i := range positions {
		if _, err := NewRevealClient(outsider, chain, 0).Fetch(ctx, miner.ID(), job.id, i); !errors.Is(err, ErrRevealNotFound) {
			t.Fatalf("staked non-member, position %d: got %v, want not found", i, err)
		}
	}
	// Members: their positions, each at most three times; nothing outside the set.
	for _, m := range members {
		c := NewRevealClient(m, chain, 0)
		for _, i := range positions {
			for k := range DefaultMaxServesPerPosition {
				o, err := c.Fetch(ctx, miner.ID(), job.id, i)
				if err != nil || o.Token != job.tokens[i] {
					t.Fatalf("member %s position %d, serve %d: %v", m.ID(), i, k+1, err)
				}
			}
			if _, err := c.Fetch(ctx, miner.ID(), job.id, i); !errors.Is(err, ErrRevealRateLimited) {
				t.Fatalf("member position %d beyond %d serves: got %v, want rate limited", i, DefaultMaxServesPerPosition, err)
			}
		}
		for _, i := range []uint32{0, 2, 11} {
			if _, err := c.Fetch(ctx, miner.ID(), job.id, i); !errors.Is(err, ErrRevealInvalid) {
				t.Fatalf("member position %d outside the challenge set: got %v, want invalid", i, err)
			}
		}
	}
	if n := src.opens.Load(); n != int64(len(positions)) {
		t.Errorf("the store was read %d times for %d positions served %d times each to %d members",
			n, len(positions), DefaultMaxServesPerPosition, len(members))
	}
	want := int64(len(members) * len(positions) * DefaultMaxServesPerPosition)
	t.Logf("served %d openings (%d bytes) to members, %d store reads; policy asked %d times",
		want, srv.Served(), src.opens.Load(), policy.asks.Load())
}

// oneMemberReveal starts a miner serving reveals of a committed 4-position job (id n) under a
// policy that knows no committee yet, and a staked validator connected to it.
func oneMemberReveal(t *testing.T, n byte, policyWait time.Duration) (miner, member *Host, chain *testChain, job committedJob, policy *staticPolicy) {
	t.Helper()
	reg := NewStaticRegistry()
	chain = newTestChain()
	miner, member = newTestHost(t, newKey(t), reg), newTestHost(t, newKey(t), reg)
	reg.Add(miner.Address, RoleMiner)
	reg.Add(member.Address, RoleValidator)
	store := openTestStore(t, t.TempDir())
	job = commitJob(t, store, jobID(n), 4, 64)
	chain.setCommitment(job.id, job.onChain(miner))
	policy = &staticPolicy{jobs: map[logits.JobID]RevealChallenge{}}
	serveReveal(t, miner, RevealServerConfig{Source: store, Policy: policy, PolicyWait: policyWait})
	connectAll(t, miner, member)
	return miner, member, chain, job, policy
}

// A member whose committee the miner's chain view has not seen yet is served once it has.
func TestRevealWaitsForTheCommitteeToAppear(t *testing.T) {
	miner, member, chain, job, policy := oneMemberReveal(t, 21, 5*time.Second)
	time.AfterFunc(300*time.Millisecond, func() {
		policy.set(job.id, RevealChallenge{Members: []common.Address{member.Address}, Positions: []uint32{2}})
	})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if _, err := NewRevealClient(member, chain, 0).Fetch(ctx, miner.ID(), job.id, 2); err != nil {
		t.Fatalf("member served before the committee was known: %v", err)
	}
	// The policy was asked a few times over the wait, not once per poll of every request.
	if n := policy.asks.Load(); n > 4 {
		t.Errorf("policy asked %d times for one request", n)
	}
}

// A miner that answers and closes the stream before the member has closed its own side (a
// fast refusal does, and libp2p's QUIC Close stops the read side) still gets its answer
// through: the member sees each opening, then "rate limited", never a transport error.
func TestRevealAnswerBeforeTheRequestSideCloses(t *testing.T) {
	miner, member, chain, job, policy := oneMemberReveal(t, 23, 0)
	policy.set(job.id, RevealChallenge{Members: []common.Address{member.Address}, Positions: []uint32{2}})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c := NewRevealClient(member, chain, 0)
	c.sent = func() { time.Sleep(200 * time.Millisecond) }
	for k := range DefaultMaxServesPerPosition {
		if o, err := c.Fetch(ctx, miner.ID(), job.id, 2); err != nil || o.Token != job.tokens[2] {
			t.Fatalf("serve %d: %v", k+1, err)
		}
	}
	if _, err := c.Fetch(ctx, miner.ID(), job.id, 2); !errors.Is(err, ErrRevealRateLimited) {
		t.Fatalf("beyond %d serves: got %v, want rate limited", DefaultMaxServesPerPosition, err)
	}
}

// Drain attack: two committee members ask for their positions far more often than allowed and
// all at once, a staked non-member hammers too, while an honest member fetches its positions
// once. The honest member gets all of them, the attackers nothing beyond their serves, and the
// bytes the miner sends stay within its egress budget.
func TestRevealEgressStaysWithinBudgetUnderDrain(t *testing.T) {
	const (
		vocab   = 16_384 // 65.6 KB openings
		budget  = 512 << 10
		repeats = 10
	)
	reg, chain := NewStaticRegistry(), newTestChain()
	miner := newTestHost(t, newKey(t), reg)
	honest := newTestHost(t, newKey(t), reg)
	drainers := []*Host{newTestHost(t, newKey(t), reg), newTestHost(t, newKey(t), reg)}
	outsider := newTestHost(t, newKey(t), reg)
	reg.Add(miner.Address, RoleMiner)
	for _, h := range append([]*Host{honest, outsider}, drainers...) {
		reg.Add(h.Address, RoleValidator)
	}
	store := openTestStore(t, t.TempDir())
	job := commitJob(t, store, jobID(22), 16, vocab)
	chain.setCommitment(job.id, job.onChain(miner))
	positions := []uint32{0, 3, 5, 6, 9, 12, 14, 15}
	policy := &staticPolicy{jobs: map[logits.JobID]RevealChallenge{}}
	policy.set(job.id, RevealChallenge{Positions: positions,
		Members: []common.Address{honest.Address, drainers[0].Address, drainers[1].Address}})
	srv := serveRevealServer(t, miner, RevealServerConfig{Source: store, Policy: policy, EgressBytesPerSecond: budget,
		Timeout: 30 * time.Second, Rate: 1000, Burst: 1000})
	connectAll(t, append([]*Host{miner, honest, outsider}, drainers...)...)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	var (
		wg                   sync.WaitGroup
		drained, refused     atomic.Int64
		outsiderGot, honestN atomic.Int64
		honestDone           atomic.Int64 // ns after start when the honest member had all
	)
	start := time.Now()
	for _, d := range drainers {
		c := NewRevealClient(d, chain, 30*time.Second)
		for _, i := range positions {
			for range repeats {
				wg.Go(func() {
					if _, err := c.Fetch(ctx, miner.ID(), job.id, i); err == nil {
						drained.Add(1)
					} else {
						refused.Add(1)
					}
				})
			}
		}
	}
	oc := NewRevealClient(outsider, chain, 30*time.Second)
	for _, i := range positions {
		for range repeats {
			wg.Go(func() {
				if _, err := oc.Fetch(ctx, miner.ID(), job.id, i); err == nil {
					outsiderGot.Add(1)
				}
			})
		}
	}
	hc := NewRevealClient(honest, chain, 30*time.Second)
	for _, i := range positions {
		wg.Go(func() {
			o, err := hc.Fetch(ctx, miner.ID(), job.id, i)
			if err != nil {
				t.Errorf("honest member, position %d: %v", i, err)
				return
			}
			if o.Token != job.tokens[i] {
				t.Errorf("honest member, position %d: token %d, committed %d", i, o.Token, job.tokens[i])
			}
			honestN.Add(1)
			honestDone.Store(max(honestDone.Load(), int64(time.Since(start))))
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	served := srv.Served()
	burst := int64(max(budget, 2*maxRevealResponseSize))
	allowed := burst + int64(budget*elapsed.Seconds())
	opening := served / max(drained.Load()+honestN.Load(), 1)
	t.Logf("drain: %d requests by 2 members, %d by a non-member; served %d to the drainers (%d refused), %d to the outsider, %d/%d to the honest member",
		2*len(positions)*repeats, len(positions)*repeats, drained.Load(), refused.Load(), outsiderGot.Load(), honestN.Load(), len(positions))
	t.Logf("egress: %d bytes in %.2f s against a budget of %d KiB/s with a burst of %d KiB: %.0f KiB/s beyond the burst, %.0f%% of what budget and burst allow; honest member done after %.2f s",
		served, elapsed.Seconds(), budget>>10, burst>>10, float64(served-burst)/elapsed.Seconds()/1024,
		100*float64(served)/float64(allowed), time.Duration(honestDone.Load()).Seconds())
	if served > allowed+opening {
		t.Errorf("served %d bytes in %s, more than the budget allows (%d)", served, elapsed, allowed)
	}
	if honestN.Load() != int64(len(positions)) {
		t.Errorf("honest member got %d of its %d positions", honestN.Load(), len(positions))
	}
	if outsiderGot.Load() != 0 {
		t.Errorf("a non-member got %d openings", outsiderGot.Load())
	}
	if max := int64(len(drainers) * len(positions) * DefaultMaxServesPerPosition); drained.Load() > max {
		t.Errorf("drainers got %d openings, at most %d allowed", drained.Load(), max)
	}
}

func serveRevealServer(t testing.TB, h *Host, cfg RevealServerConfig) *RevealServer {
	t.Helper()
	cfg.Logger = quietLog
	s, err := ServeReveal(h, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// A committee that grows (an escalated job's round two joins round one's members, same
// positions) is seen within a policy refresh, not a cache lifetime: a round-two member refused
// while the miner's answer predates its draw is served once the policy lists it, and round
// one's member is still served.
func TestRevealAdmitsMembersAddedToACommittee(t *testing.T) {
	reg, chain := NewStaticRegistry(), newTestChain()
	miner, first, second := newTestHost(t, newKey(t), reg), newTestHost(t, newKey(t), reg), newTestHost(t, newKey(t), reg)
	reg.Add(miner.Address, RoleMiner)
	reg.Add(first.Address, RoleValidator)
	reg.Add(second.Address, RoleValidator)
	store := openTestStore(t, t.TempDir())
	job := commitJob(t, store, jobID(24), 4, 64)
	chain.setCommitment(job.id, job.onChain(miner))
	policy := &staticPolicy{jobs: map[logits.JobID]RevealChallenge{}}
	policy.set(job.id, RevealChallenge{Members: []common.Address{first.Address}, Positions: []uint32{2}})
	serveReveal(t, miner, RevealServerConfig{Source: store, Policy: policy, PolicyWait: 100 * time.Millisecond})
	connectAll(t, miner, first, second)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if _, err := NewRevealClient(first, chain, 0).Fetch(ctx, miner.ID(), job.id, 2); err != nil {
		t.Fatalf("round-one member: %v", err)
	}
	if _, err := NewRevealClient(second, chain, 0).Fetch(ctx, miner.ID(), job.id, 2); err == nil {
		t.Fatal("served a validator outside the committee")
	}
	policy.set(job.id, RevealChallenge{Members: []common.Address{first.Address, second.Address}, Positions: []uint32{2}})
	var err error
	for {
		if _, err = NewRevealClient(second, chain, 0).Fetch(ctx, miner.ID(), job.id, 2); err == nil || ctx.Err() != nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("round-two member never served after the committee grew: %v", err)
	}
	if _, err := NewRevealClient(first, chain, 0).Fetch(ctx, miner.ID(), job.id, 2); err != nil {
		t.Fatalf("round-one member after the committee grew: %v", err)
	}
}
