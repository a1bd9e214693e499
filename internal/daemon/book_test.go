package daemon

import (
	"testing"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

// Advance takes only newer heads, and forgets an ended job once head time
// is past its deadline and head block past its Until, not before.
func TestAdvanceTakesNewerHeadsAndPrunesEnded(t *testing.T) {
	b := NewBook[struct{}, uint8]()
	id := logits.JobID{1}
	b.Gone[id] = Gone[uint8]{Why: 1, Deadline: 100, Until: 10}
	steps := []struct {
		head       chain.Head
		newer, has bool
	}{
		{chain.Head{Block: 5, Time: 50}, true, true},
		{chain.Head{Block: 5, Time: 50}, false, true},   // a replay
		{chain.Head{Block: 4, Time: 200}, false, true},  // an older block
		{chain.Head{Block: 11, Time: 100}, true, true},  // the block is past Until, the time not past the deadline
		{chain.Head{Block: 11, Time: 101}, true, false}, // the same block, later: both past
	}
	for i, s := range steps {
		if got := b.Advance(s.head); got != s.newer || b.Known(id) != s.has {
			t.Fatalf("step %d (%+v): Advance %v, known %v; want %v, %v", i, s.head, got, b.Known(id), s.newer, s.has)
		}
	}
	if b.Head != (chain.Head{Block: 11, Time: 101}) {
		t.Fatalf("head %+v", b.Head)
	}
}

// Pending keeps at most MaxPending messages, hands one over once, and
// drops those older than PendingBlocks.
func TestPendingIsBoundedAndExpires(t *testing.T) {
	r := Role{MaxPending: 2, PendingBlocks: 10}
	p := Pending[string]{}
	p.Keep(r, logits.JobID{1}, "a", 1)
	p.Keep(r, logits.JobID{2}, "b", 5)
	p.Keep(r, logits.JobID{3}, "c", 5) // over the bound: not kept
	if len(p) != 2 {
		t.Fatalf("%d held, want 2", len(p))
	}
	p.Prune(r, 11) // 11 is not past 1+10: nothing goes
	if len(p) != 2 {
		t.Fatalf("%d held after a prune at the limit, want 2", len(p))
	}
	p.Prune(r, 12) // 12 > 1+10: the first goes
	if _, ok := p.Take(logits.JobID{1}); ok {
		t.Fatal("a message older than PendingBlocks was kept")
	}
	if msg, ok := p.Take(logits.JobID{2}); !ok || msg != "b" {
		t.Fatalf("Take = %q, %v", msg, ok)
	}
	if _, ok := p.Take(logits.JobID{2}); ok || len(p) != 0 {
		t.Fatal("a taken message is still held")
	}
	if d := (Role{}).WithDefaults(); d.MaxPending != 256 || d.PendingBlocks != 256 {
		t.Fatalf("defaults %+v", d)
	}
}

func TestName(t *testing.T) {
	for v, want := range []string{"?", "one", "two", "?"} {
		if got := Name(uint8(v), "one", "two"); got != want {
			t.Errorf("Name(%d) = %q, want %q", v, got, want)
		}
	}
}

// Await hands back a live job, keeps a message for a job not seen yet, and
// drops one for a job that ended.
func TestAwaitKeepsOnlyForUnseenJobs(t *testing.T) {
	b := NewBook[int, uint8]()
	b.Head = chain.Head{Block: 9}
	live, ended, unseen := logits.JobID{1}, logits.JobID{2}, logits.JobID{3}
	b.Live[live] = new(int)
	b.Gone[ended] = Gone[uint8]{Why: 1}
	p := Pending[string]{}
	r := Role{}.WithDefaults()
	if j := Await(&b, p, r, live, "a"); j != b.Live[live] || len(p) != 0 {
		t.Fatalf("live job: %v, %d held", j, len(p))
	}
	if j := Await(&b, p, r, ended, "b"); j != nil || len(p) != 0 {
		t.Fatalf("ended job: %v, %d held", j, len(p))
	}
	if j := Await(&b, p, r, unseen, "c"); j != nil || p[unseen] != (Held[string]{Msg: "c", At: 9}) {
		t.Fatalf("unseen job: %v, held %+v", j, p)
	}
}
