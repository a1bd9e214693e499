// Package chainview answers the p2p layer's questions from the settlement
// contract: whether an address is staked (p2p.Registry), a job's requester,
// model and prompt hash, and what its miner committed (p2p.Chain). The
// contract stores neither the prompt hash nor the tokens hash, so those come
// from the job's events.
//
// Every answer the view has to ask the chain for can be demanded by a remote
// peer (a connection under a fresh key, a gossiped message naming a fresh
// job), so lookups for addresses the view knows nothing about are budgeted,
// and the view learns which addresses matter from the contract's recent
// Staked and JobSubmitted events (recent.go): those get their own budget or
// none, so throwaway keys cannot lock stakers and real requesters out. Every
// cache is bounded (MaxCacheEntries).
package chainview

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/bindings"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// StakeCacheTTL is how long a positive stake (or open-job requester) answer
// is reused: the gater asks once per connection, gossip validation once per
// message, the host re-checks its peers every minute.
const StakeCacheTTL = 5 * time.Second

// NegativeCacheTTL is how long a "not staked" or "no open job" answer is
// reused, so that a key asking again costs nothing. The view drops it early
// when it sees the address stake or submit a job in the contract's events.
const NegativeCacheTTL = 30 * time.Second

// StakeLookupsPerSecond bounds the uncached stake lookups of addresses the
// view has never seen staking (burst twice as large); past it such an
// address is refused (ErrLookupBudget) until the budget refills. Addresses
// seen in Staked events, or found staked before, are not budgeted.
const StakeLookupsPerSecond = 16

// ErrLookupBudget is returned when a lookup budget is spent: the address is
// refused for now, not found unstaked.
var ErrLookupBudget = errors.New("chainview: lookups over their rate limit")

// View implements p2p.Registry and p2p.Chain over a contract client. Facts
// that cannot change (a job's prompt hash, a commitment) are cached until the
// cache is full, stake answers for StakeCacheTTL (NegativeCacheTTL when
// negative). It is safe for concurrent use.
type View struct {
	cl   *chain.Client
	from uint64
	abi  *bindings.ProofOfLogits
	log  *slog.Logger
	now  func() time.Time

	stakeLookups *rate.Limiter // unknown addresses' stake lookups
	lookups      *rate.Limiter // unknown addresses' requester lookups (requesters.go)
	knownLookups *rate.Limiter // known requesters' lookups

	mu         sync.Mutex
	jobs       *bounded[logits.JobID, p2p.ChainJob]
	commits    *bounded[logits.JobID, p2p.ChainCommitment]
	stakes     *bounded[common.Address, stakeEntry]
	requesters *bounded[common.Address, requesterEntry]
	known      *bounded[common.Address, knownEntry]

	recent recentScan
}

var (
	_ p2p.Registry = (*View)(nil)
	_ p2p.Chain    = (*View)(nil)
)

type stakeEntry struct {
	role chain.Role
	at   time.Time
}

// New returns a view of the contract behind cl whose event history starts at
// block from (the deployment block).
func New(cl *chain.Client, from uint64) *View {
	v := &View{cl: cl, from: from, abi: bindings.NewProofOfLogits(), log: slog.New(slog.DiscardHandler), now: time.Now,
		stakeLookups: rate.NewLimiter(StakeLookupsPerSecond, 2*StakeLookupsPerSecond),
		lookups:      rate.NewLimiter(RequesterLookupsPerSecond, RequesterLookupsPerSecond),
		knownLookups: rate.NewLimiter(KnownRequesterLookupsPerSecond, 2*KnownRequesterLookupsPerSecond),
		jobs:         newBounded[logits.JobID, p2p.ChainJob](MaxCacheEntries, nil),
		commits:      newBounded[logits.JobID, p2p.ChainCommitment](MaxCacheEntries, nil),
	}
	v.stakes = newBounded[common.Address](MaxCacheEntries, func(e stakeEntry) bool { return v.now().Sub(e.at) > NegativeCacheTTL })
	v.requesters = newBounded[common.Address](MaxCacheEntries, func(e requesterEntry) bool { return v.now().Sub(e.at) > NegativeCacheTTL })
	v.known = newBounded[common.Address](MaxCacheEntries, func(e knownEntry) bool { return v.now().Sub(e.at) > knownTTL })
	return v
}

// WithLogger sets where the view logs (lookups refused by a budget, failed
// event scans); the default discards.
func (v *View) WithLogger(l *slog.Logger) *View {
	v.log = l
	return v
}

// fresh reports whether a cached answer may be reused.
func (v *View) fresh(at time.Time, positive bool) bool {
	ttl := NegativeCacheTTL
	if positive {
		ttl = StakeCacheTTL
	}
	return v.now().Sub(at) <= ttl
}

// Staked implements p2p.Registry: addr has a non-zero stake in one of role.
func (v *View) Staked(ctx context.Context, addr common.Address, role p2p.Role) (bool, error) {
	e, err := v.stake(ctx, addr)
	if err != nil {
		return false, err
	}
	switch e.role {
	case chain.RoleMiner:
		return role&p2p.RoleMiner != 0, nil
	case chain.RoleValidator:
		return role&p2p.RoleValidator != 0, nil
	}
	return false, nil
}

func (v *View) stake(ctx context.Context, addr common.Address) (stakeEntry, error) {
	v.mu.Lock()
	e, ok := v.stakes.get(addr)
	v.mu.Unlock()
	if ok && v.fresh(e.at, e.role != chain.RoleNone) {
		if e.role != chain.RoleNone {
			return e, nil
		}
		// A negative answer stands unless the contract's events show addr
		// staking since (the scan drops the entry).
		v.refresh(ctx)
		v.mu.Lock()
		e, ok = v.stakes.get(addr)
		v.mu.Unlock()
		if ok {
			return e, nil
		}
	}
	if !v.isKnown(addr, func(k knownEntry) bool { return k.staker }) && !v.stakeLookups.AllowN(v.now(), 1) {
		v.refresh(ctx)
		if !v.isKnown(addr, func(k knownEntry) bool { return k.staker }) {
			v.log.Debug("chainview: stake lookup over budget", "address", addr)
			return stakeEntry{}, fmt.Errorf("%w: stake of %s", ErrLookupBudget, addr)
		}
	}
	a, err := v.cl.Account(ctx, addr)
	if err != nil {
		return stakeEntry{}, err
	}
	e = stakeEntry{role: chain.RoleNone, at: v.now()}
	if a.Stake != nil && a.Stake.Sign() > 0 {
		e.role = chain.Role(a.Role)
	}
	v.mu.Lock()
	v.stakes.put(addr, e)
	v.mu.Unlock()
	if e.role != chain.RoleNone {
		v.learn(addr, func(k *knownEntry) { k.staker = true })
	}
	return e, nil
}

// Job implements p2p.Chain from the job's JobSubmitted event.
func (v *View) Job(ctx context.Context, id logits.JobID) (p2p.ChainJob, error) {
	v.mu.Lock()
	j, ok := v.jobs.get(id)
	v.mu.Unlock()
	if ok {
		return j, nil
	}
	ev, err := v.event(ctx, "JobSubmitted", id)
	if err != nil {
		return p2p.ChainJob{}, err
	}
	x, ok := ev.(chain.JobSubmitted)
	if !ok {
		return p2p.ChainJob{}, fmt.Errorf("chainview: JobSubmitted of job %s decoded as %T", id, ev)
	}
	j = p2p.ChainJob{Requester: x.Requester, ModelID: x.ModelID, PromptHash: x.PromptHash}
	v.mu.Lock()
	v.jobs.put(id, j)
	v.mu.Unlock()
	v.learn(x.Requester, func(k *knownEntry) { k.requester = true })
	return j, nil
}

// Commitment implements p2p.Chain from the job's JobCommitted event.
func (v *View) Commitment(ctx context.Context, id logits.JobID) (p2p.ChainCommitment, error) {
	v.mu.Lock()
	c, ok := v.commits.get(id)
	v.mu.Unlock()
	if ok {
		return c, nil
	}
	ev, err := v.event(ctx, "JobCommitted", id)
	if err != nil {
		return p2p.ChainCommitment{}, err
	}
	x, ok := ev.(chain.JobCommitted)
	if !ok {
		return p2p.ChainCommitment{}, fmt.Errorf("chainview: JobCommitted of job %s decoded as %T", id, ev)
	}
	c = p2p.ChainCommitment{Miner: x.Miner, Root: x.Root, N: x.N, TokensHash: x.TokensHash}
	v.mu.Lock()
	v.commits.put(id, c)
	v.mu.Unlock()
	return c, nil
}

// event finds the one log of the named event for a job (the job id is the
// first indexed topic of every job event).
func (v *View) event(ctx context.Context, name string, id logits.JobID) (chain.JobEvent, error) {
	evs, err := v.cl.JobEvents(ctx, v.from, name, id)
	if err != nil {
		return nil, fmt.Errorf("chainview: %s of job %s: %w", name, id, err)
	}
	if len(evs) == 0 {
		return nil, fmt.Errorf("%w: no %s for job %s", p2p.ErrNotOnChain, name, id)
	}
	return evs[0].Job, nil
}
