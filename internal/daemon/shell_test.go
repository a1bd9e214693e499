package daemon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/pol-network/pol/chain"
)

// headAt answers heads at block 1, or fails with err while it is set.
type headAt struct{ err error }

func (h headAt) Head(context.Context) (chain.Head, error) { return chain.Head{Block: 1}, h.err }

// failingFollower fails every Follow with err, counting them.
type failingFollower struct {
	err   error
	calls atomic.Int32
}

func (f *failingFollower) Follow(context.Context, chain.FollowOptions, chain.Handler) error {
	f.calls.Add(1)
	return f.err
}

// runShellFor runs a shell whose head answers (or fails with headErr) and
// whose follower fails with followErr, until the follower has failed a few
// times, and returns the WARN lines logged.
func runShellFor(t *testing.T, headErr, followErr error) []string {
	t.Helper()
	h := &lines{}
	loop := New(&counter{}, Config[string]{Name: "test", Path: filepath.Join(t.TempDir(), "state"), Do: func(string) {}})
	sh := NewShell(loop, "test", slog.New(h), nil)
	follower := &failingFollower{err: followErr}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- sh.Run(ctx, ShellConfig[int]{
			Feed:    Feed{Head: headAt{headErr}, Events: follower, Poll: time.Millisecond, Backoff: Backoff{Min: time.Millisecond, Max: time.Millisecond}},
			Tick:    func(chain.Head) int { return 0 },
			OnEvent: func(context.Context, chain.Event) (int, bool, error) { return 0, false, nil }})
	}()
	for i := 0; i < 2000 && follower.calls.Load() < 5; i++ {
		time.Sleep(time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	var warns []string
	for _, l := range h.all() {
		if strings.HasPrefix(l, "WARN") {
			warns = append(warns, l)
		}
	}
	return warns
}

// A follower that fails while the head fails too is the chain's outage; one
// that fails while the head answers (a node slow on eth_getLogs, logs it
// refuses) is the follower's own; either is one line, not one per failure
// (the head poller's successes do not end the follower's outage).
func TestFollowerFailuresAreLoggedOnce(t *testing.T) {
	timeout := fmt.Errorf("chain: follow: head: %w", chain.ErrCallTimeout)
	for _, c := range []struct {
		name              string
		headErr, followEr error
		want              string
	}{
		{"timeout, head answers", nil, timeout, "WARN test: chain event follower unreachable: waiting for it"},
		{"refused, head fails", errors.New("connection refused"), errors.New("connection refused"), "WARN test: chain RPC unreachable: waiting for it"},
		{"logs refused by the node", nil, errors.New("query returned more than 10000 results"), "WARN test: chain event follower unreachable: waiting for it"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := runShellFor(t, c.headErr, c.followEr); len(got) != 1 || got[0] != c.want {
				t.Fatalf("WARN lines %q, want one %q", got, c.want)
			}
		})
	}
}

// replayFollower hands the handler its events, one at a time, then returns.
type replayFollower []chain.Event

func (f replayFollower) Follow(ctx context.Context, _ chain.FollowOptions, handle chain.Handler) error {
	for _, ev := range f {
		if err := handle(ctx, ev); err != nil {
			return err
		}
	}
	return nil
}

// The shell counts every contract event it hands to OnEvent, by name,
// whether or not the machine steps it.
func TestShellCountsEventsByName(t *testing.T) {
	m := NewMetrics("test")
	c := &counter{}
	loop := New(c, Config[string]{Name: "test", Path: filepath.Join(t.TempDir(), "state"), Do: func(string) {}})
	sh := NewShell(loop, "test", slog.New(&lines{}), m)
	evs := replayFollower{{Name: "JobClaimed"}, {Name: "JobSettled"}, {Name: "JobClaimed"}}
	err := sh.Run(context.Background(), ShellConfig[int]{Feed: Feed{Head: headAt{}, Events: evs, Poll: time.Hour},
		Tick: func(chain.Head) int { return 0 },
		OnEvent: func(_ context.Context, ev chain.Event) (int, bool, error) {
			return 1, ev.Name == "JobClaimed", nil // a settled job is not stepped
		}})
	if err != nil {
		t.Fatal(err)
	}
	claimed, settled := testutil.ToFloat64(m.Events.WithLabelValues("JobClaimed")), testutil.ToFloat64(m.Events.WithLabelValues("JobSettled"))
	var stepped int
	loop.Read(func(c *counter) { stepped = c.n })
	if claimed != 2 || settled != 1 || stepped != 2 {
		t.Fatalf("counted %v JobClaimed and %v JobSettled, stepped %d; want 2, 1 and 2", claimed, settled, stepped)
	}
}
