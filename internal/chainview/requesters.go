package chainview

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// RequesterLookupsPerSecond bounds the chain lookups OpenJobRequester makes
// for addresses without a cached answer (burst of the same size), so that
// connection attempts under throwaway keys cannot turn into unbounded log
// queries; past it an address is refused until the budget refills.
const RequesterLookupsPerSecond = 4

// requesterJobsChecked is how many of an address's most recent jobs are
// looked at for one that is still open.
const requesterJobsChecked = 8

// ErrLookupBudget is returned when the requester lookup budget is spent.
var ErrLookupBudget = errors.New("chainview: requester lookups over their rate limit")

var _ p2p.Requesters = (*View)(nil)

type requesterEntry struct {
	open bool
	at   time.Time
}

// OpenJobRequester implements p2p.Requesters: addr submitted one of its
// last few jobs (JobSubmitted's requester topic) and that job is still open,
// claimed or committed. Answers are cached for StakeCacheTTL.
func (v *View) OpenJobRequester(ctx context.Context, addr common.Address) (bool, error) {
	v.mu.Lock()
	e, ok := v.requesters[addr]
	v.mu.Unlock()
	if ok && time.Since(e.at) <= StakeCacheTTL {
		return e.open, nil
	}
	if !v.lookups.Allow() {
		return false, ErrLookupBudget
	}
	logs, err := v.cl.Backend().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(v.from),
		Addresses: []common.Address{v.cl.Address()},
		Topics:    [][]common.Hash{{v.abi.GetABI().Events["JobSubmitted"].ID}, nil, {common.BytesToHash(addr[:])}},
	})
	if err != nil {
		return false, fmt.Errorf("chainview: jobs of %s: %w", addr, err)
	}
	open := false
	for i := len(logs) - 1; i >= 0 && i >= len(logs)-requesterJobsChecked && !open; i-- {
		if len(logs[i].Topics) < 2 {
			continue
		}
		j, err := v.cl.Job(ctx, logits.JobID(logs[i].Topics[1]))
		if err != nil {
			return false, err
		}
		switch chain.JobStatus(j.Status) {
		case chain.StatusOpen, chain.StatusClaimed, chain.StatusCommitted:
			open = true
		}
	}
	v.mu.Lock()
	v.requesters[addr] = requesterEntry{open: open, at: time.Now()}
	v.mu.Unlock()
	return open, nil
}
