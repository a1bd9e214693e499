package daemontest

import (
	"context"
	"testing"
	"time"
)

// Running is a daemon's Run on its own goroutine for a unit test, stopped
// by Stop or at the end of the test.
type Running struct {
	t    testing.TB
	stop context.CancelFunc
	// Done receives Run's result once it returns.
	Done chan error
}

// Start runs run until Stop or the end of the test (t.Cleanup).
func Start(t testing.TB, run func(ctx context.Context) error) *Running {
	ctx, cancel := context.WithCancel(context.Background())
	r := &Running{t: t, stop: cancel, Done: make(chan error, 1)}
	go func() { r.Done <- run(ctx) }()
	t.Cleanup(r.Stop)
	return r
}

// Stop cancels Run, waits for it and fails the test if it returned an
// error. Stopping again, or a nil Running, does nothing.
func (r *Running) Stop() {
	if r == nil || r.stop == nil {
		return
	}
	r.stop()
	r.stop = nil
	if err := <-r.Done; err != nil {
		r.t.Errorf("daemon stopped with %v", err)
	}
}

// WaitFor polls cond every 5 ms until it holds; the test fails only if it
// never does within 20 s (a bound for a stuck daemon, not a speed check).
func WaitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	for range 4000 {
		if cond() {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}
