package p2p

import (
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/pol-network/pol/logits"
)

// OpeningCache holds the openings a committee member fetched and verified, so that it can pass
// them on to the job's other members (spec §9: openings are shared within the committee). Every
// opening verifies itself against the on-chain root, so a relayed copy is as good as the
// miner's: a miner cannot answer only some members. It serves a job's openings only to the
// job's committee (Authorize), holds at most maxJobs jobs (oldest dropped first) and is safe for
// concurrent use. It satisfies OpeningSource.
type OpeningCache struct {
	mu      sync.Mutex
	maxJobs int
	jobs    map[logits.JobID]*cachedJob
	order   []logits.JobID // insertion order, for eviction
}

type cachedJob struct {
	members  map[common.Address]bool
	openings map[uint32]*logits.Opening
}

// DefaultOpeningCacheJobs bounds an OpeningCache made with maxJobs <= 0.
const DefaultOpeningCacheJobs = 64

// NewOpeningCache returns an empty cache of at most maxJobs jobs.
func NewOpeningCache(maxJobs int) *OpeningCache {
	if maxJobs <= 0 {
		maxJobs = DefaultOpeningCacheJobs
	}
	return &OpeningCache{maxJobs: maxJobs, jobs: make(map[logits.JobID]*cachedJob)}
}

// Admit records the committee of job: the addresses that may fetch its cached openings.
func (c *OpeningCache) Admit(job logits.JobID, members []common.Address) {
	c.mu.Lock()
	defer c.mu.Unlock()
	j := c.job(job)
	for _, m := range members {
		j.members[m] = true
	}
}

// Put keeps o (which the caller verified against the job's on-chain root).
func (c *OpeningCache) Put(o *logits.Opening) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.job(o.Job).openings[o.Index] = o
}

// Forget drops everything held for job.
func (c *OpeningCache) Forget(job logits.JobID) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.jobs, job)
	for i, id := range c.order {
		if id == job {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
}

// Open returns the cached opening of position i of job, or an error wrapping
// logits.ErrUnknownJob when it is not held.
func (c *OpeningCache) Open(job logits.JobID, i uint32) (*logits.Opening, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if j := c.jobs[job]; j != nil {
		if o := j.openings[i]; o != nil {
			return o, nil
		}
	}
	return nil, fmt.Errorf("%w: no relayed opening of job %s position %d", logits.ErrUnknownJob, job, i)
}

// Authorize admits a request from remote for job only when remote's address is a member of
// the job's committee.
func (c *OpeningCache) Authorize(remote peer.ID, job logits.JobID, _ uint32) bool {
	addr, err := AddressOf(remote)
	if err != nil {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	j := c.jobs[job]
	return j != nil && j.members[addr]
}

// job returns job's entry, creating it (and evicting the oldest beyond maxJobs). c.mu is held.
func (c *OpeningCache) job(job logits.JobID) *cachedJob {
	if j := c.jobs[job]; j != nil {
		return j
	}
	for len(c.order) >= c.maxJobs {
		delete(c.jobs, c.order[0])
		c.order = c.order[1:]
	}
	j := &cachedJob{members: make(map[common.Address]bool), openings: make(map[uint32]*logits.Opening)}
	c.jobs[job] = j
	c.order = append(c.order, job)
	return j
}

// mutableOpenings marks the cache's answers as changeable (a member may replace a relayed
// opening): reveal servers do not keep copies.
func (c *OpeningCache) mutableOpenings() {}
