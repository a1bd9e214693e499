// Package daemon is the one shell both pol daemons (miner, validator) run
// their pure state machine in. A Loop owns the machine: events from many
// goroutines are queued, stepped in a batch under one lock, the machine's
// snapshot is written once per batch (not at all when the batch changed
// nothing), and only then are the batch's actions started, so a crash may
// repeat work but never lose what caused it. The rest of the package is
// what both daemons do around their machine: follow the chain and poll its
// head through narrow ports, wait out outages with capped backoff and one
// log line per change of state, and count what they do; and what both
// have in common: the shared part of their ports (Chain, Network) and of
// their configs (Wiring), and in their pure machines the role (Role), the
// job records and head (Book), the submitted terms (Terms), early gossip
// (Pending) and the failed-transaction event (TxFailed).
package daemon

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"

	"github.com/pol-network/pol/internal/atomicfile"
)

// Machine is a pure state machine that is stepped by events of type E and
// answers with actions of type A.
type Machine[E, A any] interface {
	Step(E) []A
	// Snapshot encodes the whole durable state (deterministically: equal
	// states give equal bytes, so an unchanged state is not written again).
	Snapshot() ([]byte, error)
	// Jobs is how many jobs the machine tracks (a gauge).
	Jobs() int
}

// Config says where a Loop keeps the snapshot and what it does with
// actions.
type Config[A any] struct {
	// Name prefixes errors and logs ("miner", "validator").
	Name string
	// Path is the snapshot file, replaced atomically after a batch that
	// changed the state.
	Path string
	// Do starts one action; it must not wait for the Loop (Post from it is
	// fine, Step is not).
	Do func(A)
	// Saved is the snapshot already on disk at Path (a restored state), so
	// the first batch that changes nothing writes nothing.
	Saved []byte
	// Metrics, if set, count batches, writes and the snapshot's size.
	Metrics *Metrics
	// Logger reports the loop's failures.
	Logger *slog.Logger
}

// ErrStopped is returned by Step once the Loop's Run has returned.
var ErrStopped = errors.New("daemon: the state loop has stopped")

// Loop owns a machine M and its snapshot file.
type Loop[M Machine[E, A], E, A any] struct {
	cfg   Config[A]
	mu    sync.Mutex // guards m
	m     M
	saved []byte

	qmu     sync.Mutex
	queue   []queued[E]
	wake    chan struct{}
	stopped chan struct{}
	err     error // why Run returned; set before stopped is closed

	stats Stats
}

type queued[E any] struct {
	ev   E
	done chan error // nil for Post
}

// Stats count what a Loop did (for tests and the README's measurements).
type Stats struct {
	Batches, Events, Writes, Bytes atomic.Int64 // Bytes: the last snapshot written
}

// New makes a loop for m; nothing is stepped until Run.
func New[M Machine[E, A], E, A any](m M, cfg Config[A]) *Loop[M, E, A] {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Loop[M, E, A]{cfg: cfg, m: m, saved: cfg.Saved, wake: make(chan struct{}, 1), stopped: make(chan struct{})}
}

// Post queues ev and returns at once; Run steps it with the next batch.
func (l *Loop[M, E, A]) Post(ev E) { l.enqueue(queued[E]{ev: ev}) }

// Step queues ev and waits until the batch holding it is saved and its
// actions started. The chain follower uses it (StepAll), so the state on
// disk is always at least as new as the follower's cursor.
func (l *Loop[M, E, A]) Step(ctx context.Context, ev E) error { return l.StepAll(ctx, ev) }

// StepAll queues evs together (one batch, unless the loop is busy with an
// earlier one) and waits until they are saved and their actions started.
func (l *Loop[M, E, A]) StepAll(ctx context.Context, evs ...E) error {
	if len(evs) == 0 {
		return nil
	}
	done := make(chan error, 1)
	qs := make([]queued[E], len(evs))
	for i, ev := range evs {
		qs[i].ev = ev
	}
	qs[len(qs)-1].done = done // the batch that carries the last carries them all
	l.enqueue(qs...)
	select {
	case err := <-done:
		return err
	case <-l.stopped:
		select {
		case err := <-done: // the last batch may have carried it
			return err
		default:
		}
		if l.err != nil {
			return l.err
		}
		return ErrStopped
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (l *Loop[M, E, A]) enqueue(qs ...queued[E]) {
	l.qmu.Lock()
	l.queue = append(l.queue, qs...)
	l.qmu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// Run steps queued events until ctx ends (it returns nil) or a snapshot
// cannot be written (it returns why: the disk no longer follows the state,
// so the daemon must stop). Events still queued at the end are dropped; a
// restarted daemon's Restarted event re-issues their work.
func (l *Loop[M, E, A]) Run(ctx context.Context) error {
	err := l.run(ctx)
	l.err = err
	close(l.stopped)
	return err
}

func (l *Loop[M, E, A]) run(ctx context.Context) error {
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-l.wake:
		}
		l.qmu.Lock()
		batch := l.queue
		l.queue = nil
		l.qmu.Unlock()
		if len(batch) == 0 {
			continue
		}
		if err := l.stepBatch(batch); err != nil {
			return err
		}
	}
}

// stepBatch steps every event of the batch, saves the state once if it
// changed, then starts the actions in the order the machine gave them.
func (l *Loop[M, E, A]) stepBatch(batch []queued[E]) error {
	l.mu.Lock()
	var acts []A
	for _, q := range batch {
		acts = append(acts, l.m.Step(q.ev)...)
	}
	snap, err := l.m.Snapshot()
	jobs := l.m.Jobs()
	l.mu.Unlock()
	l.stats.Batches.Add(1)
	l.stats.Events.Add(int64(len(batch)))
	if err == nil && !bytes.Equal(snap, l.saved) {
		if err = atomicfile.Write(l.cfg.Path, snap); err == nil {
			l.saved = snap
			l.stats.Writes.Add(1)
			l.stats.Bytes.Store(int64(len(snap)))
			l.cfg.Metrics.wrote(len(snap))
		}
	}
	if err != nil {
		err = fmt.Errorf("%s: save state: %w", l.cfg.Name, err)
		for _, q := range batch {
			if q.done != nil {
				q.done <- err
			}
		}
		return err
	}
	l.cfg.Metrics.stepped(len(batch), jobs)
	for _, a := range acts {
		l.cfg.Do(a)
	}
	for _, q := range batch {
		if q.done != nil {
			q.done <- nil
		}
	}
	return nil
}

// Read runs f with the machine under the lock, for queries between batches.
func (l *Loop[M, E, A]) Read(f func(M)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	f(l.m)
}

// Stats are the loop's counters.
func (l *Loop[M, E, A]) Stats() *Stats { return &l.stats }

// ReadSnapshot returns the snapshot saved at path, or nil if there is none
// (a first start).
func ReadSnapshot(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read state %s: %w", path, err)
	}
	return data, nil
}
