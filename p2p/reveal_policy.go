package p2p

import (
	"context"
	"errors"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/pol-network/pol/logits"
)

// RevealPolicy tells a reveal server who may open what (docs/p2p.md §7.5). The miner's daemon
// backs it with the chain: the job's committee (drawn on chain) and its challenge set (the K
// positions every member checks, logits.ChallengeSet). It should answer jobs this miner did not
// commit from its own state, without a chain query: anyone staked can ask about any job id.
type RevealPolicy interface {
	// Challenge returns job's committee and the positions its members may open. An error means
	// nothing of the job is served now (ErrNotOnChain: no committee yet).
	Challenge(ctx context.Context, job logits.JobID) (RevealChallenge, error)
}

// RevealChallenge is what a committee may open of one job.
type RevealChallenge struct {
	Members   []common.Address // the committee (a member is served only its own requests)
	Positions []uint32         // the job's challenge set, shared by all members
}

// RevealPolicyFunc adapts a function to RevealPolicy.
type RevealPolicyFunc func(ctx context.Context, job logits.JobID) (RevealChallenge, error)

// Challenge implements RevealPolicy.
func (f RevealPolicyFunc) Challenge(ctx context.Context, job logits.JobID) (RevealChallenge, error) {
	return f(ctx, job)
}

// Reveal-policy defaults (docs/p2p.md §7.5).
const (
	// DefaultMaxServesPerPosition is how often a member is served one position of one job
	// (retries after a lost response, not a drain).
	DefaultMaxServesPerPosition = 3
	// DefaultRevealEgress is the server's reveal egress budget in bytes per second (128 Mbit/s):
	// a committee of 8 checking 8 positions of a 128,256-vocabulary job (33 MB) in ~2 s.
	DefaultRevealEgress = 16 << 20
	// DefaultRevealCacheBytes bounds the encoded openings a server keeps in memory: every member
	// asks for the same challenge set, so the store is read once per position, not per member.
	DefaultRevealCacheBytes = 64 << 20
	// DefaultPolicyWait is how long a request from a peer that is not (yet) in the job's
	// committee waits for the policy to list it (the miner's chain view may lag the member's).
	DefaultPolicyWait = 2 * time.Second

	policyRefresh  = 500 * time.Millisecond // a job's challenge is asked again at most this often
	policyCacheTTL = time.Minute            // a known challenge is reused this long
	maxPolicyJobs  = 1024
	maxServeCounts = 16384
)

// challenges caches a policy's answers per job, asking it about one job at most every
// policyRefresh.
type challenges struct {
	policy RevealPolicy

	mu   sync.Mutex
	jobs map[logits.JobID]*challengeEntry
}

type challengeEntry struct {
	mu      sync.Mutex // one policy call per job at a time
	ch      RevealChallenge
	err     error
	asked   time.Time
	members map[common.Address]bool
}

func (c *challenges) entry(job logits.JobID) *challengeEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.jobs[job]
	if e == nil {
		if len(c.jobs) >= maxPolicyJobs {
			now := time.Now()
			for j, old := range c.jobs {
				if now.Sub(old.asked) > policyCacheTTL || len(c.jobs) >= maxPolicyJobs {
					delete(c.jobs, j)
				}
			}
		}
		e = &challengeEntry{}
		c.jobs[job] = e
	}
	return e
}

// get returns job's challenge and its members, asking the policy when the cached answer is
// missing, stale, or (fresh=true) older than policyRefresh. A refresh replaces the members map,
// never changes it, so the returned one may be read without the lock.
func (c *challenges) get(ctx context.Context, job logits.JobID, fresh bool) (RevealChallenge, map[common.Address]bool, error) {
	e := c.entry(job)
	e.mu.Lock()
	defer e.mu.Unlock()
	age := time.Since(e.asked)
	if e.asked.IsZero() || age > policyCacheTTL || (fresh || e.err != nil) && age > policyRefresh {
		ch, err := c.policy.Challenge(ctx, job)
		e.ch, e.err, e.asked = ch, err, time.Now()
		e.members = make(map[common.Address]bool, len(ch.Members))
		for _, m := range ch.Members {
			e.members[m] = true
		}
	}
	return e.ch, e.members, e.err
}

// member returns job's challenge and whether remote is in its committee, waiting up to wait
// while the policy does not know the job's committee yet (ErrNotOnChain).
func (c *challenges) member(ctx context.Context, job logits.JobID, remote common.Address, wait time.Duration) (RevealChallenge, bool) {
	deadline := time.Now().Add(wait)
	fresh := false
	for {
		ch, members, err := c.get(ctx, job, fresh)
		if err == nil {
			// A peer outside the committee is refused without waiting, once the policy was
			// asked again (at most every policyRefresh): an escalated job's committee grows by
			// round two's members, after the answer cached for round one's.
			if !members[remote] && !fresh {
				fresh = true
				continue
			}
			return ch, members[remote]
		}
		if !errors.Is(err, ErrNotOnChain) || time.Now().After(deadline) {
			return RevealChallenge{}, false
		}
		select {
		case <-ctx.Done():
			return RevealChallenge{}, false
		case <-time.After(min(policyRefresh, time.Until(deadline)+time.Millisecond)):
		}
		fresh = true
	}
}

// serveKey counts what one peer was served of one job.
type serveKey struct {
	peer peer.ID
	job  logits.JobID
}

// serveCounts counts the openings served per (peer, job, position).
type serveCounts struct {
	max int

	mu     sync.Mutex
	counts map[serveKey]map[uint32]int
}

// take reserves one serve of position i of job to p; false when p had its share.
func (s *serveCounts) take(p peer.ID, job logits.JobID, i uint32) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := serveKey{p, job}
	m := s.counts[k]
	if m == nil {
		if len(s.counts) >= maxServeCounts {
			for old := range s.counts { // evicting resets a count: only members get entries
				delete(s.counts, old)
				if len(s.counts) < maxServeCounts*3/4 {
					break
				}
			}
		}
		m = map[uint32]int{}
		s.counts[k] = m
	}
	if m[i] >= s.max {
		return false
	}
	m[i]++
	return true
}

// give back a serve reserved by take that did not happen.
func (s *serveCounts) giveBack(p peer.ID, job logits.JobID, i uint32) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if m := s.counts[serveKey{p, job}]; m != nil && m[i] > 0 {
		m[i]--
	}
}

// openingBytes caches encoded openings by (job, position), at most limit bytes, evicting the
// oldest first.
type openingBytes struct {
	limit int64

	mu    sync.Mutex
	size  int64
	items map[openingKey][]byte
	order []openingKey
}

type openingKey struct {
	job logits.JobID
	i   uint32
}

func (c *openingBytes) get(job logits.JobID, i uint32) []byte {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.items[openingKey{job, i}]
}

func (c *openingBytes) put(job logits.JobID, i uint32, b []byte) {
	if c == nil || int64(len(b)) > c.limit {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	k := openingKey{job, i}
	if _, ok := c.items[k]; ok {
		return
	}
	for c.size+int64(len(b)) > c.limit && len(c.order) > 0 {
		old := c.order[0]
		c.order = slices.Delete(c.order, 0, 1)
		c.size -= int64(len(c.items[old]))
		delete(c.items, old)
	}
	c.items[k] = b
	c.order = append(c.order, k)
	c.size += int64(len(b))
}

// mutableSource marks an OpeningSource whose answers may change (OpeningCache): the server
// does not cache its openings.
type mutableSource interface{ mutableOpenings() }
