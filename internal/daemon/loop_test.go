package daemon

import (
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
)

// counter is a machine whose state is a number; every event adds to it and
// asks for one action carrying the new total.
type counter struct{ n int }

func (c *counter) Step(add int) []string {
	c.n += add
	return []string{strconv.Itoa(c.n)}
}
func (c *counter) Snapshot() ([]byte, error) { return []byte(strconv.Itoa(c.n)), nil }
func (c *counter) Jobs() int                 { return c.n }

// Every action starts only after the snapshot that includes its cause is on
// disk, steps from many goroutines are serialised, and Read sees the state.
func TestStepSavesBeforeActing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state")
	var mu sync.Mutex
	var acted []string
	var live int
	s := New(&counter{}, Config[string]{Name: "test", Path: path,
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
		Live: func(n int) { mu.Lock(); live = max(live, n); mu.Unlock() },
	})
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() { defer wg.Done(); s.StepLogged(1) }()
	}
	wg.Wait()
	var n int
	s.Read(func(c *counter) { n = c.n })
	if n != 20 || len(acted) != 20 || live != 20 {
		t.Fatalf("state %d, %d actions, live gauge %d; want 20 each", n, len(acted), live)
	}
	data, err := ReadSnapshot(path)
	if err != nil || string(data) != "20" {
		t.Fatalf("snapshot %q, %v", data, err)
	}
}

// When the snapshot cannot be written, Step fails and starts no action.
func TestStepWithoutDiskStartsNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "missing-dir", "state")
	acted := 0
	s := New(&counter{}, Config[string]{Name: "test", Path: path, Do: func(string) { acted++ }})
	if err := s.Step(1); err == nil || acted != 0 {
		t.Fatalf("step without a writable state file: err %v, %d actions", err, acted)
	}
	if data, err := ReadSnapshot(filepath.Join(dir, "none")); data != nil || err != nil {
		t.Fatalf("a missing snapshot is a first start: %q, %v", data, err)
	}
}
