package daemon

import "github.com/pol-network/pol/logits"

// Pending is gossip for jobs the chain has not shown yet (a prompt, a
// miner's commitment), each with the head block it arrived at: a message
// that outruns its job's event is applied when the event comes, and
// dropped if it does not come in time. It is plain data.
type Pending[T any] map[logits.JobID]Held[T]

// Held is one pending message and the block it arrived at.
type Held[T any] struct {
	Msg T
	At  uint64
}

// Keep holds msg for job from block at (in place of an earlier one),
// unless r.MaxPending messages are held already.
func (p Pending[T]) Keep(r Role, job logits.JobID, msg T, at uint64) {
	if len(p) < r.MaxPending {
		p[job] = Held[T]{msg, at}
	}
}

// Take removes job's message and returns it.
func (p Pending[T]) Take(job logits.JobID) (T, bool) {
	h, ok := p[job]
	delete(p, job)
	return h.Msg, ok
}

// Prune drops the messages that arrived more than r.PendingBlocks blocks
// before block.
func (p Pending[T]) Prune(r Role, block uint64) {
	for id, h := range p {
		if block > h.At+r.PendingBlocks {
			delete(p, id)
		}
	}
}

// Await returns the live record of job in b, or nil when there is none:
// then msg is kept in p (within r's bounds, from b's head block) if b has
// not seen the job at all, gossip that outran the job's chain event. A job
// b remembers as ended takes nothing.
func Await[T, J any, W ~uint8](b *Book[J, W], p Pending[T], r Role, job logits.JobID, msg T) *J {
	if j := b.Live[job]; j != nil {
		return j
	}
	if _, ended := b.Gone[job]; !ended {
		p.Keep(r, job, msg, b.Head.Block)
	}
	return nil
}
