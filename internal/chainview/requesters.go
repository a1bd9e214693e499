package chainview

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/p2p"
)

// RequesterLookupsPerSecond bounds the chain lookups OpenJobRequester makes
// for addresses the view knows nothing about (burst of the same size), so
// that connection attempts under throwaway keys cannot turn into unbounded log
// queries; past it such an address is refused until the budget refills.
const RequesterLookupsPerSecond = 4

// KnownRequesterLookupsPerSecond is the separate budget (burst twice as
// large) of addresses seen submitting a job in the contract's JobSubmitted
// events: throwaway keys spending the first budget cannot lock real
// requesters out.
const KnownRequesterLookupsPerSecond = 4

// requesterJobsChecked is how many of an address's most recent jobs are
// looked at for one that is still open.
const requesterJobsChecked = 8

var _ p2p.Requesters = (*View)(nil)

type requesterEntry struct {
	open bool
	at   time.Time
}

// OpenJobRequester implements p2p.Requesters: addr submitted one of its
// last few jobs (JobSubmitted's requester topic) and that job is still open,
// claimed or committed. Positive answers are cached for StakeCacheTTL,
// negative ones for NegativeCacheTTL (dropped early when the view sees addr
// submit a job).
func (v *View) OpenJobRequester(ctx context.Context, addr common.Address) (bool, error) {
	v.mu.Lock()
	e, ok := v.requesters.get(addr)
	v.mu.Unlock()
	if ok && v.fresh(e.at, e.open) {
		if e.open {
			return true, nil
		}
		v.refresh(ctx)
		v.mu.Lock()
		e, ok = v.requesters.get(addr)
		v.mu.Unlock()
		if ok {
			return e.open, nil
		}
	}
	requester := func(k knownEntry) bool { return k.requester }
	budget := v.lookups
	if v.isKnown(addr, requester) {
		budget = v.knownLookups
	}
	if !budget.AllowN(v.now(), 1) {
		if budget == v.knownLookups {
			return false, fmt.Errorf("%w: jobs of known requester %s", ErrLookupBudget, addr)
		}
		// Over the budget of unknown addresses: maybe addr just submitted its
		// job and the events say so.
		v.refresh(ctx)
		if !v.isKnown(addr, requester) || !v.knownLookups.AllowN(v.now(), 1) {
			v.log.Debug("chainview: requester lookup over budget", "address", addr)
			return false, fmt.Errorf("%w: jobs of %s", ErrLookupBudget, addr)
		}
	}
	jobs, err := v.cl.JobsOf(ctx, v.from, addr)
	if err != nil {
		return false, fmt.Errorf("chainview: jobs of %s: %w", addr, err)
	}
	open := false
	for i := len(jobs) - 1; i >= 0 && i >= len(jobs)-requesterJobsChecked && !open; i-- {
		j, err := v.cl.Job(ctx, jobs[i])
		if errors.Is(err, chain.ErrUnknownJob) {
			continue // ended: a newer job took its record
		}
		if err != nil {
			return false, err
		}
		switch chain.JobStatus(j.Status) {
		case chain.StatusOpen, chain.StatusClaimed, chain.StatusCommitted, chain.StatusEscalated:
			open = true
		}
	}
	v.mu.Lock()
	v.requesters.put(addr, requesterEntry{open: open, at: v.now()})
	v.mu.Unlock()
	if len(jobs) > 0 {
		v.learn(addr, func(k *knownEntry) { k.requester = true })
	}
	return open, nil
}
