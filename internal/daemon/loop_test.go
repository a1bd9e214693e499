package daemon

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
)

// counter is a machine whose state is a number; every event adds to it
// (adding 0 changes nothing) and asks for one action carrying the new total.
type counter struct{ n int }

func (c *counter) Step(add int) []string {
	c.n += add
	return []string{strconv.Itoa(c.n)}
}
func (c *counter) Snapshot() ([]byte, error) { return []byte(strconv.Itoa(c.n)), nil }
func (c *counter) Jobs() int                 { return c.n }

func runLoop(t *testing.T, l *Loop[*counter, int, string]) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- l.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("loop: %v", err)
		}
	})
}

// Every action starts only after the snapshot that includes its cause is on
// disk, events from many goroutines are serialised, and Read sees the state.
func TestStepSavesBeforeActing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state")
	var mu sync.Mutex
	var acted []string
	l := New(&counter{}, Config[string]{Name: "test", Path: path,
		Do: func(a string) {
			saved, err := os.ReadFile(path)
			if err != nil {
				t.Error(err)
			}
			got, _ := strconv.Atoi(string(saved))
			want, _ := strconv.Atoi(a)
			if got < want {
				t.Errorf("action %s started before its snapshot (disk has %s)", a, saved)
			}
			mu.Lock()
			acted = append(acted, a)
			mu.Unlock()
		},
	})
	runLoop(t, l)
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := l.Step(context.Background(), 1); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	var n int
	l.Read(func(c *counter) { n = c.n })
	mu.Lock()
	defer mu.Unlock()
	if n != 20 || len(acted) != 20 {
		t.Fatalf("state %d, %d actions; want 20 each", n, len(acted))
	}
	data, err := ReadSnapshot(path)
	if err != nil || string(data) != "20" {
		t.Fatalf("snapshot %q, %v", data, err)
	}
	if s := l.Stats(); s.Events.Load() != 20 || s.Writes.Load() != s.Batches.Load() || s.Batches.Load() > 20 {
		t.Fatalf("%d events in %d batches, %d writes", s.Events.Load(), s.Batches.Load(), s.Writes.Load())
	}
}

// Events queued together are stepped as one batch with one write; a batch
// that changes nothing writes nothing, and neither does one that leaves the
// state as it was saved before the loop started.
func TestBatchWritesOnceAndOnlyOnChange(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state")
	if err := os.WriteFile(path, []byte("5"), 0o600); err != nil {
		t.Fatal(err)
	}
	acts := 0
	l := New(&counter{n: 5}, Config[string]{Name: "test", Path: path, Saved: []byte("5"), Do: func(string) { acts++ },
		Metrics: NewMetrics("test")})
	for range 10 { // queued before Run: one batch
		l.Post(1)
	}
	runLoop(t, l)
	if err := l.Step(context.Background(), 0); err != nil {
		t.Fatal(err)
	}
	s := l.Stats()
	// the ten posts and the step may land in one batch or two; either way
	// the state changed once
	if s.Events.Load() != 11 || s.Writes.Load() != 1 || acts != 11 {
		t.Fatalf("%d events, %d batches, %d writes, %d actions; want 11 events, 1 write, 11 actions",
			s.Events.Load(), s.Batches.Load(), s.Writes.Load(), acts)
	}
	if err := l.Step(context.Background(), 0); err != nil || s.Writes.Load() != 1 {
		t.Fatalf("a batch that changed nothing wrote (%d writes, %v)", s.Writes.Load(), err)
	}
	if data, _ := ReadSnapshot(path); string(data) != "15" || s.Bytes.Load() != 2 {
		t.Fatalf("snapshot %q (%d bytes recorded)", data, s.Bytes.Load())
	}

	// restored with its saved state, an idle loop writes nothing
	idle := New(&counter{n: 15}, Config[string]{Name: "test", Path: path, Saved: []byte("15"), Do: func(string) {}})
	runLoop(t, idle)
	if err := idle.Step(context.Background(), 0); err != nil || idle.Stats().Writes.Load() != 0 {
		t.Fatalf("restored idle loop wrote %d times (%v)", idle.Stats().Writes.Load(), err)
	}
}

// When the snapshot cannot be written, Step fails, no action starts, Run
// returns the error and later Steps report it.
func TestStepWithoutDiskStartsNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "missing-dir", "state")
	acted := 0
	l := New(&counter{}, Config[string]{Name: "test", Path: path, Do: func(string) { acted++ }})
	done := make(chan error, 1)
	go func() { done <- l.Run(context.Background()) }()
	if err := l.Step(context.Background(), 1); err == nil || acted != 0 {
		t.Fatalf("step without a writable state file: err %v, %d actions", err, acted)
	}
	if err := <-done; err == nil {
		t.Fatal("Run did not stop on a failed write")
	}
	if err := l.Step(context.Background(), 1); err == nil {
		t.Fatal("a step after the loop stopped succeeded")
	}
	if data, err := ReadSnapshot(filepath.Join(dir, "none")); data != nil || err != nil {
		t.Fatalf("a missing snapshot is a first start: %q, %v", data, err)
	}
}
