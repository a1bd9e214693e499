package daemon

import (
	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

// Book is a machine's record of its jobs: the live ones, and the ended ones
// it still remembers so that a replayed event cannot revive them, until a
// new head (Advance) shows that nothing can happen to them any more. Both
// machines embed one; it is plain data (no I/O: the clock is the chain head
// the machine was stepped with).
type Book[J any, W ~uint8] struct {
	Live map[logits.JobID]*J
	Gone map[logits.JobID]Gone[W]
	// Head is the newest chain head stepped (not saved: a restarted
	// machine's first tick is the chain's head).
	Head chain.Head
}

// Gone is an ended job: why, and until when it is remembered (head time
// past Deadline and head block past Until).
type Gone[W ~uint8] struct {
	Why      W
	Deadline uint64
	Until    uint64
}

// NewBook returns an empty book.
func NewBook[J any, W ~uint8]() Book[J, W] {
	return Book[J, W]{Live: map[logits.JobID]*J{}, Gone: map[logits.JobID]Gone[W]{}}
}

// Job returns a copy of a live job's record.
func (b *Book[J, W]) Job(id logits.JobID) (J, bool) {
	j, ok := b.Live[id]
	if !ok {
		var zero J
		return zero, false
	}
	return *j, true
}

// Ended reports whether and why a job left the machine (while remembered).
func (b *Book[J, W]) Ended(id logits.JobID) (W, bool) {
	g, ok := b.Gone[id]
	return g.Why, ok
}

// Jobs returns the number of live jobs.
func (b *Book[J, W]) Jobs() int { return len(b.Live) }

// Known reports whether id is live or remembered as ended.
func (b *Book[J, W]) Known(id logits.JobID) bool {
	_, live := b.Live[id]
	_, gone := b.Gone[id]
	return live || gone
}

// Advance moves Head to h and forgets the ended jobs nothing can happen to
// any more (head time past their Deadline and head block past their
// Until). A head that is not newer than Head (a replayed or out-of-order
// tick) changes nothing and Advance reports false.
func (b *Book[J, W]) Advance(h chain.Head) bool {
	if h.Block < b.Head.Block || (h.Block == b.Head.Block && h.Time <= b.Head.Time) {
		return false
	}
	b.Head = h
	for id, g := range b.Gone {
		if h.Time > g.Deadline && h.Block > g.Until {
			delete(b.Gone, id)
		}
	}
	return true
}
