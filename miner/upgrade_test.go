package miner

import (
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pol-network/pol/internal/daemon/daemontest"
	"github.com/pol-network/pol/logits"
)

// TestDaemonRefusesAStoreItCannotRead: an operator who starts a release
// on a store holding a committed job of a protocol version it does not read
// (here version 1, older than logits.MinVersion; the same holds for a
// downgrade below a job's version) gets an error at start naming the job's
// files, instead of a daemon that cannot open them when the committee asks
// (a no-reveal, paid for with the miner's collateral); the files stay for
// the release that wrote them.
func TestDaemonRefusesAStoreItCannotRead(t *testing.T) {
	dir := t.TempDir()
	store, err := logits.OpenStore(filepath.Join(dir, "logits"))
	if err != nil {
		t.Fatal(err)
	}
	job := logits.JobID{0xab, 0xcd}
	b, err := store.Create(job, 8)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if err := b.Append(uint32(i), []float32{1, 2, 3, 4, 5, 6, 7, float32(i)}); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := b.Finish(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "logits", "*"))
	if len(files) != 2 {
		t.Fatalf("store files %v, want the job's .logits and .tree", files)
	}
	for _, f := range files { // as protocol version 1 wrote them
		h, err := os.OpenFile(f, os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		h.WriteAt([]byte{1}, 4)
		h.Close()
	}
	testEngine.once.Do(func() { testEngine.e = bundledRefShared(t) })
	_, err = NewDaemon(DaemonConfig{Wiring: Wiring{Chain: newFakeChain(), Network: daemontest.NewNet(), Engine: testEngine.e, ModelID: 1,
		DataDir: dir, Poll: 5 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}})
	if !errors.Is(err, logits.ErrStoreVersion) {
		t.Fatalf("NewDaemon over a version 1 store: %v, want ErrStoreVersion", err)
	}
	if !strings.Contains(err.Error(), "abcd") || !strings.Contains(err.Error(), "until those jobs settle") {
		t.Errorf("the error does not name the job's files and what to do: %v", err)
	}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("a refused start lost %s: %v", f, err)
		}
	}
}

// TestDaemonLeafChoice: the configured leaf function is the store's for new
// jobs; an unknown one is refused at start.
func TestDaemonLeafChoice(t *testing.T) {
	testEngine.once.Do(func() { testEngine.e = bundledRefShared(t) })
	cfg := func(leaf byte) DaemonConfig {
		return DaemonConfig{Wiring: Wiring{Chain: newFakeChain(), Network: daemontest.NewNet(), Engine: testEngine.e, ModelID: 1,
			DataDir: t.TempDir(), Poll: 5 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, Leaf: leaf}
	}
	for _, leaf := range []byte{logits.LeafSHA256, logits.LeafBLAKE3} {
		d, err := NewDaemon(cfg(leaf))
		if err != nil {
			t.Fatal(err)
		}
		if got := d.store.Leaf(); got != leaf {
			t.Errorf("Leaf %s: the store creates %s jobs", logits.LeafName(leaf), logits.LeafName(got))
		}
	}
	d, err := NewDaemon(cfg(0))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.store.Leaf(); got != logits.DefaultLeaf() {
		t.Errorf("no Leaf: the store creates %s jobs, want the default %s", logits.LeafName(got), logits.LeafName(logits.DefaultLeaf()))
	}
	if _, err := NewDaemon(cfg(7)); !errors.Is(err, logits.ErrOutOfRange) {
		t.Errorf("Leaf 7: %v, want ErrOutOfRange", err)
	}
}
