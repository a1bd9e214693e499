package logits

import (
	"errors"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// TestStoreVersion2TornTailAndTruncate: a version 2 job whose last record
// was torn by a crash resumes under version 2 with the torn record dropped,
// and a position that no longer matches its recomputation is truncated
// away and regenerated, still under version 2: the finished root is
// version 2's root of what was finally appended.
func TestStoreVersion2TornTailAndTruncate(t *testing.T) {
	eachWork(t, func(t *testing.T, w Work) {
		dir := t.TempDir()
		s, err := OpenStore(dir)
		if err != nil {
			t.Fatal(err)
		}
		s.SetWork(w)
		job := JobID{2, 3}
		const vocab, n = 24, 8
		rng := rand.New(rand.NewPCG(4, 4))
		tokens, vecs := make([]uint32, n), make([][]float32, n)
		for i := range n {
			tokens[i], vecs[i] = uint32(rng.IntN(vocab)), make([]float32, vocab)
			for k := range vecs[i] {
				vecs[i][k] = float32(rng.NormFloat64())
			}
		}
		b, err := s.create(job, vocab, 2)
		if err != nil {
			t.Fatal(err)
		}
		for i := range 5 {
			if err := b.Append(tokens[i], vecs[i]); err != nil {
				t.Fatal(err)
			}
		}
		if err := b.Close(); err != nil {
			t.Fatal(err)
		}
		// the crash tore the last record in half
		path := s.path(job, logitsExt)
		st, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(path, st.Size()-recordSize(vocab, recordsChecked)/2); err != nil {
			t.Fatal(err)
		}
		if s, err = OpenStore(dir); err != nil {
			t.Fatal(err)
		}
		s.SetWork(w)
		if b, err = s.Resume(job); err != nil {
			t.Fatal(err)
		}
		if b.Len() != 4 {
			t.Fatalf("resumed %d positions, want the 4 whole ones", b.Len())
		}
		// the recomputation of position 2 differs: regenerate from there
		vecs[2][0] += 1
		if b.Matches(2, tokens[2], vecs[2]) {
			t.Fatal("a changed vector matches its stored version 2 leaf")
		}
		if !b.Matches(1, tokens[1], vecs[1]) {
			t.Fatal("an unchanged version 2 position does not match")
		}
		if err := b.Truncate(2); err != nil {
			t.Fatal(err)
		}
		for i := 2; i < n; i++ {
			if err := b.Append(tokens[i], vecs[i]); err != nil {
				t.Fatal(err)
			}
		}
		root, _, err := b.Finish()
		if err != nil {
			t.Fatal(err)
		}
		var leaves []Hash
		for i := range n {
			leaves = append(leaves, v2Leaf(job, uint32(i), tokens[i], vecs[i]))
		}
		if want, _ := Root(leaves); root != want {
			t.Fatalf("root %s, want version 2's %s", root, want)
		}
		o, err := s.Open(job, 2)
		if err != nil {
			t.Fatal(err)
		}
		if o.Version != 2 || o.Verify(root) != nil {
			t.Fatalf("opening of the regenerated position: version %d, verify %v", o.Version, o.Verify(root))
		}
	})
}

// TestStoreMixedVersionFiles: a job whose .logits and .tree name different
// protocol versions (a file copied from another store, a hand edit) is
// corrupt: Open and Info both say so, naming the two versions, rather than
// Info reporting a job that Open cannot serve. Nothing is deleted.
func TestStoreMixedVersionFiles(t *testing.T) {
	for _, logitsV := range []byte{MinVersion, Version} {
		dir := t.TempDir()
		s, err := OpenStore(dir)
		if err != nil {
			t.Fatal(err)
		}
		job := JobID{9, logitsV}
		b, err := s.create(job, 12, logitsV)
		if err != nil {
			t.Fatal(err)
		}
		genJob(t, b, 3, 5)
		if _, _, err := b.Finish(); err != nil {
			t.Fatal(err)
		}
		treeV := byte(MinVersion + Version - logitsV) // the other one
		setVersionByte(t, s.path(job, treeExt), treeV)
		if s, err = OpenStore(dir); err != nil {
			t.Fatalf("OpenStore: %v (both versions are readable)", err)
		}
		_, errOpen := s.Open(job, 1)
		_, errInfo := s.Info(job)
		for name, err := range map[string]error{"Open": errOpen, "Info": errInfo} {
			if !errors.Is(err, ErrCorruptStore) {
				t.Errorf(".logits v%d, .tree v%d: %s: %v, want ErrCorruptStore", logitsV, treeV, name, err)
				continue
			}
			if !strings.Contains(err.Error(), "version") || !strings.Contains(err.Error(), job.String()) {
				t.Errorf("%s: %q does not name the job and the versions", name, err)
			}
		}
		for _, ext := range []string{logitsExt, treeExt} {
			if _, err := os.Stat(s.path(job, ext)); err != nil {
				t.Errorf("lost a file: %v", err)
			}
		}
	}
}
