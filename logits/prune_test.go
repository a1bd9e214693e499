package logits

import (
	"errors"
	"os"
	"slices"
	"syscall"
	"testing"
)

// allocated is the disk space a file really occupies (not its size).
func allocated(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		t.Skip("no block counts on this system")
	}
	return st.Blocks * 512
}

// After the challenge set is known, Prune frees every other vector's disk
// blocks: the kept positions still open and verify against the root, the
// output tokens are intact, a pruned position no longer opens, and pruning
// again changes nothing.
func TestPruneKeepsOnlyTheChallengedVectors(t *testing.T) {
	s, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	job := JobID{7}
	const n, vocab = 24, 8192 // 32 KiB vectors: whole file-system blocks
	b, err := s.Create(job, vocab)
	if err != nil {
		t.Fatal(err)
	}
	tokens, vecs := genJob(t, b, n, 3)
	root, _, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	path := s.path(job, logitsExt)
	before := allocated(t, path)
	keep := []uint32{23, 4, 11}
	freed, err := s.Prune(job, keep)
	if err != nil {
		t.Fatal(err)
	}
	if freed == 0 {
		t.Skip("this file system cannot punch holes; Prune is a no-op here")
	}
	if want := int64(n-len(keep)) * 4 * vocab; freed != want {
		t.Fatalf("freed %d bytes of vectors, want %d", freed, want)
	}
	after := allocated(t, path)
	// Each pruned record may keep the partial blocks around its token and
	// checksum: at most two 4 KiB blocks a record stay allocated.
	if after > before-freed+int64(n-len(keep))*2*4096 || after >= before/2 {
		t.Fatalf("file occupies %d bytes after pruning (%d before, %d freed)", after, before, freed)
	}
	for _, i := range keep {
		o, err := s.Open(job, i)
		if err != nil {
			t.Fatalf("kept position %d: %v", i, err)
		}
		if err := o.Verify(root); err != nil || !slices.Equal(o.Logits, vecs[i]) {
			t.Fatalf("kept position %d does not verify: %v", i, err)
		}
	}
	if _, err := s.Open(job, 5); !errors.Is(err, ErrCorruptStore) {
		t.Fatalf("pruned position 5 opened: %v", err)
	}
	info, err := s.Info(job)
	if err != nil || !slices.Equal(info.Tokens, tokens) || info.Root != root {
		t.Fatalf("info after pruning: %v, tokens %v want %v", err, info.Tokens, tokens)
	}
	again, err := s.Prune(job, keep)
	if err != nil || again != freed || allocated(t, path) != after {
		t.Fatalf("second prune: freed %d (%v), file %d bytes; want %d, %d", again, err, allocated(t, path), freed, after)
	}
	if _, err := s.Prune(JobID{8}, keep); !errors.Is(err, ErrUnknownJob) {
		t.Fatalf("prune of an unknown job: %v", err)
	}
}
