package daemon

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
)

// lines is a slog handler that keeps the messages.
type lines struct {
	mu  sync.Mutex
	got []string
}

func (l *lines) Enabled(context.Context, slog.Level) bool { return true }
func (l *lines) Handle(_ context.Context, r slog.Record) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.got = append(l.got, r.Level.String()+" "+r.Message)
	return nil
}
func (l *lines) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *lines) WithGroup(string) slog.Handler      { return l }

func (l *lines) all() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.got...)
}

// A link logs one line when the dependency goes down and one when it is
// back, however many calls fail in between.
func TestLinkLogsOncePerChange(t *testing.T) {
	h := &lines{}
	m := NewMetrics("test")
	l := NewLink("chain", slog.New(h), m.Down.WithLabelValues("chain"))
	l.OK()
	for i := 0; i < 50; i++ {
		l.Failed(errors.New("connection refused"))
	}
	if !l.Down() {
		t.Fatal("link not down after failures")
	}
	for i := 0; i < 5; i++ {
		l.OK()
	}
	l.Failed(errors.New("again"))
	l.OK()
	got := h.all()
	want := []string{"WARN chain unreachable: waiting for it", "INFO chain is back", "WARN chain unreachable: waiting for it", "INFO chain is back"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("log lines %q, want %q", got, want)
	}
}

// Backoff doubles from Min and stays at Max; Reset starts over.
func TestBackoffIsCapped(t *testing.T) {
	b := Backoff{Min: time.Second, Max: 5 * time.Second}
	var got []time.Duration
	for range 5 {
		got = append(got, b.Next())
	}
	b.Reset()
	got = append(got, b.Next())
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 5 * time.Second, 5 * time.Second, time.Second}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("delays %v, want %v", got, want)
		}
	}
}

// Retry calls until success, reporting to the link; a context that ends
// first returns the last error.
func TestRetry(t *testing.T) {
	h := &lines{}
	l := NewLink("rpc", slog.New(h), nil)
	calls := 0
	err := Retry(context.Background(), l, Backoff{Min: time.Millisecond, Max: time.Millisecond}, func(context.Context) error {
		if calls++; calls < 4 {
			return errors.New("refused")
		}
		return nil
	})
	if err != nil || calls != 4 || len(h.all()) != 2 || l.Down() {
		t.Fatalf("err %v after %d calls, lines %q", err, calls, h.all())
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Retry(ctx, l, Backoff{}, func(context.Context) error { return errors.New("refused") }); err == nil {
		t.Fatal("a cancelled retry succeeded")
	}
}
