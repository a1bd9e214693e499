// Package chainview answers the p2p layer's questions from the settlement
// contract: whether an address is staked (p2p.Registry), a job's requester,
// model and prompt hash, and what its miner committed (p2p.Chain). The
// contract stores neither the prompt hash nor the tokens hash, so those come
// from the job's events.
package chainview

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/bindings"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// StakeCacheTTL is how long a stake answer is reused: the gater asks once per
// connection and gossip validation once per message.
const StakeCacheTTL = 5 * time.Second

// View implements p2p.Registry and p2p.Chain over a contract client. Facts
// that cannot change (a job's prompt hash, a commitment) are cached forever,
// stake answers for StakeCacheTTL. It is safe for concurrent use.
type View struct {
	cl   *chain.Client
	from uint64
	abi  *bindings.ProofOfLogits

	lookups *rate.Limiter // requester lookups (requesters.go)

	mu         sync.Mutex
	jobs       map[logits.JobID]p2p.ChainJob
	commits    map[logits.JobID]p2p.ChainCommitment
	stakes     map[common.Address]stakeEntry
	requesters map[common.Address]requesterEntry
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
	return &View{cl: cl, from: from, abi: bindings.NewProofOfLogits(),
		lookups: rate.NewLimiter(RequesterLookupsPerSecond, RequesterLookupsPerSecond),
		jobs:    map[logits.JobID]p2p.ChainJob{}, commits: map[logits.JobID]p2p.ChainCommitment{},
		stakes: map[common.Address]stakeEntry{}, requesters: map[common.Address]requesterEntry{}}
}

// Staked implements p2p.Registry: addr has a non-zero stake in one of role.
func (v *View) Staked(ctx context.Context, addr common.Address, role p2p.Role) (bool, error) {
	v.mu.Lock()
	e, ok := v.stakes[addr]
	v.mu.Unlock()
	if !ok || time.Since(e.at) > StakeCacheTTL {
		a, err := v.cl.Account(ctx, addr)
		if err != nil {
			return false, err
		}
		e = stakeEntry{role: chain.RoleNone, at: time.Now()}
		if a.Stake != nil && a.Stake.Sign() > 0 {
			e.role = chain.Role(a.Role)
		}
		v.mu.Lock()
		v.stakes[addr] = e
		v.mu.Unlock()
	}
	switch e.role {
	case chain.RoleMiner:
		return role&p2p.RoleMiner != 0, nil
	case chain.RoleValidator:
		return role&p2p.RoleValidator != 0, nil
	}
	return false, nil
}

// Job implements p2p.Chain from the job's JobSubmitted event.
func (v *View) Job(ctx context.Context, id logits.JobID) (p2p.ChainJob, error) {
	v.mu.Lock()
	j, ok := v.jobs[id]
	v.mu.Unlock()
	if ok {
		return j, nil
	}
	ev, err := v.event(ctx, "JobSubmitted", id)
	if err != nil {
		return p2p.ChainJob{}, err
	}
	x := ev.(*bindings.ProofOfLogitsJobSubmitted)
	j = p2p.ChainJob{Requester: x.Requester, ModelID: x.ModelId, PromptHash: x.PromptHash}
	v.mu.Lock()
	v.jobs[id] = j
	v.mu.Unlock()
	return j, nil
}

// Commitment implements p2p.Chain from the job's JobCommitted event.
func (v *View) Commitment(ctx context.Context, id logits.JobID) (p2p.ChainCommitment, error) {
	v.mu.Lock()
	c, ok := v.commits[id]
	v.mu.Unlock()
	if ok {
		return c, nil
	}
	ev, err := v.event(ctx, "JobCommitted", id)
	if err != nil {
		return p2p.ChainCommitment{}, err
	}
	x := ev.(*bindings.ProofOfLogitsJobCommitted)
	c = p2p.ChainCommitment{Miner: x.Miner, Root: x.Root, N: x.N, TokensHash: x.TokensHash}
	v.mu.Lock()
	v.commits[id] = c
	v.mu.Unlock()
	return c, nil
}

// event finds the one log of the named event for a job (the job id is the
// first indexed topic of every job event).
func (v *View) event(ctx context.Context, name string, id logits.JobID) (any, error) {
	logs, err := v.cl.Backend().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(v.from),
		Addresses: []common.Address{v.cl.Address()},
		Topics:    [][]common.Hash{{v.abi.GetABI().Events[name].ID}, {common.Hash(id)}},
	})
	if err != nil {
		return nil, fmt.Errorf("chainview: %s of job %s: %w", name, id, err)
	}
	if len(logs) == 0 {
		return nil, fmt.Errorf("%w: no %s for job %s", p2p.ErrNotOnChain, name, id)
	}
	ev, err := v.cl.DecodeEvent(&logs[0])
	if err != nil {
		return nil, err
	}
	return ev.Data, nil
}
