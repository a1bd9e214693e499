package chainview

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/devnode"
	"github.com/pol-network/pol/chain/keys"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// countingBackend counts the queries a view makes.
type countingBackend struct {
	chain.Backend
	logs, calls atomic.Int64
}

func (b *countingBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	b.logs.Add(1)
	return b.Backend.FilterLogs(ctx, q)
}

func (b *countingBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	b.calls.Add(1)
	return b.Backend.CallContract(ctx, msg, block)
}

func (b *countingBackend) queries() int64 { return b.logs.Load() + b.calls.Load() }

type fixture struct {
	ctx     context.Context
	dep     *chain.Deployment
	modelID uint32
	backend *countingBackend
	view    *View
	clock   *fakeClock
}

// fakeClock is the view's clock in these tests: budgets refill and caches expire only when the
// test says so, however slow the machine.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	node, err := devnode.Start(ctx, devnode.Config{Accounts: 6})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	dep := node.Contract()
	modelID, err := dep.RegisterModel(ctx, logits.Hash{0xaa}, chain.ChainThresholds(logits.DefaultThresholds()))
	if err != nil {
		t.Fatal(err)
	}
	b := &countingBackend{Backend: dep.Backend()}
	cl, err := chain.New(ctx, b, dep.Address(), nil, chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	clock := &fakeClock{t: time.Unix(1_700_000_000, 0)}
	v := New(cl, dep.Block)
	v.now = clock.now
	return &fixture{ctx: ctx, dep: dep, modelID: modelID, backend: b, view: v, clock: clock}
}

func (f *fixture) key(t *testing.T, i uint32) *chain.Client {
	t.Helper()
	k, err := keys.Dev(i)
	if err != nil {
		t.Fatal(err)
	}
	return f.dep.WithKey(k)
}

func (f *fixture) submit(t *testing.T, who *chain.Client) logits.JobID {
	t.Helper()
	head, err := f.dep.Backend().HeaderByNumber(f.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	job, err := who.SubmitJob(f.ctx, chain.JobRequest{ModelID: f.modelID, PromptHash: logits.PromptHash("x"), MaxTokens: 8,
		Deadline: head.Time + 3600, Fee: big.NewInt(1e15)})
	if err != nil {
		t.Fatal(err)
	}
	return job
}

// throwaway is the i-th address no key has ever used.
func throwaway(i int) common.Address { return common.BigToAddress(big.NewInt(int64(1_000_000 + i))) }

// Throwaway keys spend the budgets of unknown addresses, not those of the addresses the
// contract's events name: a staker and a requester that submitted a job are answered while
// the flood is refused, and a throwaway key asking again costs no query.
func TestLookupBudgetsPreferAddressesFromEvents(t *testing.T) {
	f := newFixture(t)
	staker, requester := f.key(t, 1), f.key(t, 2)
	if _, err := staker.Stake(f.ctx, chain.RoleValidator, big.NewInt(params.Ether)); err != nil {
		t.Fatal(err)
	}
	f.submit(t, requester)

	var refused int
	var answered []common.Address
	for i := range 4 * StakeLookupsPerSecond {
		_, err := f.view.Staked(f.ctx, throwaway(i), p2p.RoleMiner|p2p.RoleValidator)
		if errors.Is(err, ErrLookupBudget) {
			refused++
		} else if err == nil {
			answered = append(answered, throwaway(i))
		}
	}
	if refused == 0 {
		t.Fatal("no throwaway stake lookup was refused")
	}
	if ok, err := f.view.Staked(f.ctx, staker.From(), p2p.RoleValidator); err != nil || !ok {
		t.Fatalf("staker during a throwaway flood: %v, %v", ok, err)
	}
	t.Logf("stake lookups: %d of %d throwaway addresses refused, the staker answered", refused, 4*StakeLookupsPerSecond)

	refused = 0
	var answeredRequesters []common.Address
	for i := range 4 * RequesterLookupsPerSecond {
		_, err := f.view.OpenJobRequester(f.ctx, throwaway(100+i))
		if errors.Is(err, ErrLookupBudget) {
			refused++
		} else if err == nil {
			answeredRequesters = append(answeredRequesters, throwaway(100+i))
		}
	}
	if refused == 0 {
		t.Fatal("no throwaway requester lookup was refused")
	}
	if open, err := f.view.OpenJobRequester(f.ctx, requester.From()); err != nil || !open {
		t.Fatalf("requester of an open job during a throwaway flood: %v, %v", open, err)
	}
	t.Logf("requester lookups: %d of %d throwaway addresses refused, the real requester admitted", refused, 4*RequesterLookupsPerSecond)

	// Asking again under the throwaway keys that were answered: the negative answers are cached.
	f.clock.add(1100 * time.Millisecond) // budgets refill; a scan is due
	before := f.backend.queries()
	for _, a := range answeredRequesters {
		if open, err := f.view.OpenJobRequester(f.ctx, a); err != nil || open {
			t.Fatalf("throwaway %s: %v, %v", a, open, err)
		}
	}
	for _, a := range answered {
		if ok, err := f.view.Staked(f.ctx, a, p2p.RoleMiner); err != nil || ok {
			t.Fatalf("throwaway %s: %v, %v", a, ok, err)
		}
	}
	if n := f.backend.queries() - before; n > 2 {
		t.Errorf("%d queries for %d addresses already found unstaked (at most one event scan expected)", n, len(answered)+len(answeredRequesters))
	}
}

// A "not staked" answer is cached, but the view drops it as soon as the contract's events
// show the address staking: a node that stakes is admitted within a scan, not after the
// negative cache expires.
func TestNegativeStakeAnswerEndsWhenTheAddressStakes(t *testing.T) {
	f := newFixture(t)
	late := f.key(t, 3)
	if ok, err := f.view.Staked(f.ctx, late.From(), p2p.RoleMiner); err != nil || ok {
		t.Fatalf("before staking: %v, %v", ok, err)
	}
	if _, err := late.Stake(f.ctx, chain.RoleMiner, big.NewInt(params.Ether)); err != nil {
		t.Fatal(err)
	}
	// One scan interval later (the negative answer would stand for NegativeCacheTTL), the
	// address is staked.
	f.clock.add(recentScanInterval)
	if ok, err := f.view.Staked(f.ctx, late.From(), p2p.RoleMiner); err != nil || !ok {
		t.Fatalf("%s after staking: %v, %v", recentScanInterval, ok, err)
	}
}

// The view learns recent jobs from the event scan: a job submitted a moment ago is answered
// without a query of its own once a scan ran.
func TestRecentJobsComeFromTheScan(t *testing.T) {
	f := newFixture(t)
	job := f.submit(t, f.key(t, 4))
	// A throwaway requester lookup over budget triggers the scan.
	for i := range 3 * RequesterLookupsPerSecond {
		f.view.OpenJobRequester(f.ctx, throwaway(200+i))
	}
	before := f.backend.queries()
	if j, err := f.view.Job(f.ctx, job); err != nil || j.ModelID != f.modelID {
		t.Fatalf("Job = %+v, %v", j, err)
	}
	if n := f.backend.queries() - before; n != 0 {
		t.Errorf("%d queries for a job the scan saw", n)
	}
}
