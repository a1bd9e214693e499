package chainview

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/bindings"
	"github.com/pol-network/pol/p2p"
)

// The view learns which addresses matter from the contract's recent events:
// Staked (stakers: stake lookups unbudgeted) and JobSubmitted (requesters:
// their own lookup budget; the job's facts cached on the way). The scan is
// lazy, made by a lookup that needs it at most once per recentScanInterval,
// and incremental: one eth_blockNumber and one eth_getLogs per new range.
const (
	recentScanInterval = time.Second
	recentScanBlocks   = 10_000 // how far back the first scan looks
	scanBatchBlocks    = 2_000  // blocks per eth_getLogs
	knownTTL           = 24 * time.Hour
)

// knownEntry is what the view knows about an address from the chain: it
// staked, or it submitted a job, as of at.
type knownEntry struct {
	staker, requester bool
	at                time.Time
}

type recentScan struct {
	mu        sync.Mutex // one scan at a time
	started   bool
	scannedTo uint64
	last      time.Time
}

// learn records a fact about addr (it staked, it submitted a job).
func (v *View) learn(addr common.Address, f func(*knownEntry)) {
	v.mu.Lock()
	defer v.mu.Unlock()
	k, _ := v.known.get(addr)
	f(&k)
	k.at = v.now()
	v.known.put(addr, k)
}

// isKnown reports whether the view learned a fact about addr that pred wants.
func (v *View) isKnown(addr common.Address, pred func(knownEntry) bool) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	k, ok := v.known.get(addr)
	return ok && v.now().Sub(k.at) <= knownTTL && pred(k)
}

// refresh scans the contract's Staked and JobSubmitted events since the last
// scan, unless one ran within recentScanInterval or is running now.
func (v *View) refresh(ctx context.Context) {
	if !v.recent.mu.TryLock() {
		return
	}
	defer v.recent.mu.Unlock()
	r := &v.recent
	if r.started && v.now().Sub(r.last) < recentScanInterval {
		return
	}
	r.last = v.now()
	h, err := v.cl.Head(ctx)
	head := h.Block
	if err != nil {
		v.log.Debug("chainview: head for the event scan", "err", err)
		return
	}
	from := r.scannedTo + 1
	if !r.started {
		from = v.from
		if head > recentScanBlocks && head-recentScanBlocks > from {
			from = head - recentScanBlocks
		}
	}
	for from <= head {
		to := min(from+scanBatchBlocks-1, head)
		evs, err := v.cl.Events(ctx, from, to, "JobSubmitted", "Staked")
		if err != nil {
			v.log.Debug("chainview: event scan", "from", from, "to", to, "err", err)
			return
		}
		for _, ev := range evs {
			if x, ok := ev.Job.(chain.JobSubmitted); ok {
				v.mu.Lock()
				v.jobs.put(x.Job, p2p.ChainJob{Requester: x.Requester, ModelID: x.ModelID, PromptHash: x.PromptHash})
				if e, ok := v.requesters.get(x.Requester); ok && !e.open {
					v.requesters.del(x.Requester) // a new job: the "no open job" answer is stale
				}
				v.mu.Unlock()
				v.learn(x.Requester, func(k *knownEntry) { k.requester = true })
			}
			if x, ok := ev.Data.(*bindings.ProofOfLogitsStaked); ok {
				v.learn(x.Account, func(k *knownEntry) { k.staker = true })
				v.mu.Lock()
				if e, ok := v.stakes.get(x.Account); ok && e.role == 0 {
					v.stakes.del(x.Account) // it staked: the "not staked" answer is stale
				}
				v.mu.Unlock()
			}
		}
		r.scannedTo, r.started = to, true
		from = to + 1
	}
	r.started = true
}
