package daemon

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Link is one dependency a daemon calls (the chain's RPC): calls report
// their result to it, and it logs once when the dependency goes down and
// once when it comes back, never a line per failed call.
type Link struct {
	name  string
	log   *slog.Logger
	gauge prometheus.Gauge // nil: none

	mu    sync.Mutex
	down  bool
	since time.Time
	fails int
}

// NewLink tracks the dependency name; down, if set, is 1 while it is down.
func NewLink(name string, log *slog.Logger, down prometheus.Gauge) *Link {
	if log == nil {
		log = slog.Default()
	}
	return &Link{name: name, log: log, gauge: down}
}

// Failed records a failed call; the first failure after a success logs a
// WARN line and reports true.
func (l *Link) Failed(err error) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.fails++
	if l.down {
		return false
	}
	l.down, l.since = true, time.Now()
	if l.gauge != nil {
		l.gauge.Set(1)
	}
	l.log.Warn(l.name+" unreachable: waiting for it", "err", err)
	return true
}

// OK records a successful call; the first success after a failure logs an
// INFO line and reports true.
func (l *Link) OK() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.down {
		return false
	}
	l.down = false
	if l.gauge != nil {
		l.gauge.Set(0)
	}
	l.log.Info(l.name+" is back", "down", time.Since(l.since).Round(time.Millisecond), "failedCalls", l.fails)
	l.fails = 0
	return true
}

// Down reports whether the last call failed.
func (l *Link) Down() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.down
}

// Backoff is a capped exponential delay: Min, 2·Min, 4·Min … up to Max.
type Backoff struct {
	Min, Max time.Duration
	cur      time.Duration
}

// Next is the delay before the next attempt.
func (b *Backoff) Next() time.Duration {
	if b.Min <= 0 {
		b.Min = 100 * time.Millisecond
	}
	if b.Max < b.Min {
		b.Max = b.Min
	}
	switch {
	case b.cur == 0:
		b.cur = b.Min
	case b.cur < b.Max:
		b.cur = min(2*b.cur, b.Max)
	}
	return b.cur
}

// Reset starts the delays from Min again (after a success).
func (b *Backoff) Reset() { b.cur = 0 }

// Sleep waits d or until ctx ends; it reports whether ctx is still live.
func Sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// Retry calls f until it succeeds or ctx ends, waiting with b between
// attempts; every failure goes to link (one line per outage). It returns
// f's last error when ctx ended first.
func Retry(ctx context.Context, link *Link, b Backoff, f func(context.Context) error) error {
	for {
		err := f(ctx)
		if err == nil {
			link.OK()
			return nil
		}
		if ctx.Err() != nil {
			return err
		}
		link.Failed(err)
		if !Sleep(ctx, b.Next()) {
			return err
		}
	}
}
