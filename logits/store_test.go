package logits

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// eachWork runs a store test with builders pipelined and inline.
func eachWork(t *testing.T, f func(*testing.T, Work)) {
	for _, w := range []Work{WorkPipelined, WorkInline} {
		t.Run(w.String(), func(t *testing.T) { f(t, w) })
	}
}

// genJob appends n positions of vocab random logits and returns what it wrote.
func genJob(t testing.TB, b *Builder, n int, seed uint64) (tokens []uint32, vecs [][]float32) {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 1))
	for i := 0; i < n; i++ {
		l := make([]float32, b.Vocab())
		for k := range l {
			l[k] = float32(r.NormFloat64() * 3)
		}
		tok := Argmax(l)
		if err := b.Append(tok, l); err != nil {
			t.Fatal(err)
		}
		tokens, vecs = append(tokens, tok), append(vecs, l)
	}
	return tokens, vecs
}

func TestStoreCommitOpenVerify(t *testing.T) { eachWork(t, storeCommitOpenVerify) }

func storeCommitOpenVerify(t *testing.T, w Work) {
	s, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	s.SetWork(w)
	job := JobID{1, 2, 3}
	b, err := s.Create(job, 97)
	if err != nil {
		t.Fatal(err)
	}
	tokens, vecs := genJob(t, b, 11, 7)
	root, n, err := b.Finish()
	if err != nil || n != 11 {
		t.Fatalf("finish: n=%d err=%v", n, err)
	}
	// the store's root equals the root over independently computed leaves
	var leaves []Hash
	for i := range tokens {
		leaves = append(leaves, LeafHash(job, uint32(i), tokens[i], vecs[i]))
	}
	if want, _ := Root(leaves); want != root {
		t.Fatalf("store root %s, independent root %s", root, want)
	}
	for i := uint32(0); i < n; i++ {
		o, err := s.Open(job, i)
		if err != nil {
			t.Fatal(err)
		}
		if o.Token != tokens[i] || o.N != n || o.Index != i {
			t.Fatalf("opening %d: token %d n %d index %d", i, o.Token, o.N, o.Index)
		}
		for k := range vecs[i] {
			if math.Float32bits(o.Logits[k]) != math.Float32bits(vecs[i][k]) {
				t.Fatalf("opening %d logit %d: %v != %v", i, k, o.Logits[k], vecs[i][k])
			}
		}
		if err := o.Verify(root); err != nil {
			t.Fatalf("opening %d: %v", i, err)
		}
	}
	info, err := s.Info(job)
	if err != nil || info.Root != root || info.N != n || len(info.Tokens) != len(tokens) {
		t.Fatalf("info %+v err %v", info, err)
	}
	for i := range tokens {
		if info.Tokens[i] != tokens[i] {
			t.Fatalf("info token %d = %d, want %d", i, info.Tokens[i], tokens[i])
		}
	}
	if _, err := s.Open(job, n); !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("open past end: %v", err)
	}
	if _, err := s.Create(job, 97); !errors.Is(err, ErrJobExists) {
		t.Fatalf("create twice: %v", err)
	}
	if _, err := s.Open(JobID{9}, 0); !errors.Is(err, ErrUnknownJob) {
		t.Fatalf("unknown job: %v", err)
	}
}

func TestStoreRejectsBadAppends(t *testing.T) { eachWork(t, storeRejectsBadAppends) }

func storeRejectsBadAppends(t *testing.T, w Work) {
	s, _ := OpenStore(t.TempDir())
	s.SetWork(w)
	b, _ := s.Create(JobID{4}, 8)
	defer b.Abort()
	if err := b.Append(0, make([]float32, 7)); !errors.Is(err, ErrVocabMismatch) {
		t.Fatalf("short vector: %v", err)
	}
	if err := b.Append(8, make([]float32, 8)); !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("token out of vocab: %v", err)
	}
	if b.Len() != 0 {
		t.Fatalf("rejected appends were recorded: len %d", b.Len())
	}
	if _, _, err := b.Finish(); !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("finish empty job: %v", err)
	}
	// Non-finite logits are found by the pipeline (at once, inline): the job
	// fails, and every later call says why.
	for k, bad := range []float32{float32(math.NaN()), float32(math.Inf(-1))} {
		job := JobID{4, byte(k + 1)}
		b, _ := s.Create(job, 8)
		genJob(t, b, 2, 1)
		l := make([]float32, 8)
		l[5] = bad
		err := b.Append(0, l) // pipelined: accepted or refused, depending on how far the pipeline got
		if w == WorkInline && (!errors.Is(err, ErrNonFinite) || !strings.Contains(err.Error(), "position 2")) {
			t.Fatalf("inline append of %v at position 2: %v", bad, err)
		}
		if _, _, err := b.Finish(); !errors.Is(err, ErrNonFinite) || !strings.Contains(err.Error(), "position 2") {
			t.Fatalf("finish after %v at position 2: %v", bad, err)
		}
		if err := b.Append(0, make([]float32, 8)); !errors.Is(err, ErrNonFinite) {
			t.Fatalf("append after a failure: %v", err)
		}
		if _, err := s.Info(job); !errors.Is(err, ErrUnknownJob) {
			t.Fatalf("a failed job was finished: %v", err)
		}
		b.Abort()
	}
}

// A crash mid-job leaves a torn record; Resume keeps the complete records,
// drops the torn one and the finished job equals an uninterrupted run.
func TestStoreResumeAfterCrash(t *testing.T) { eachWork(t, storeResumeAfterCrash) }

func storeResumeAfterCrash(t *testing.T, w Work) {
	dir := t.TempDir()
	s, _ := OpenStore(dir)
	s.SetWork(w)
	job := JobID{5}
	b, _ := s.Create(job, 33)
	tokens, vecs := genJob(t, b, 6, 3)
	b.Close()
	// simulate a crash in the middle of writing record 6
	f, err := os.OpenFile(s.path(job, logitsExt), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte{0, 0, 0, 1, 0xaa, 0xbb})
	f.Close()

	if _, unfinished, _ := s.Jobs(); len(unfinished) != 1 || unfinished[0] != job {
		t.Fatalf("unfinished jobs: %v", unfinished)
	}
	b2, err := s.Resume(job)
	if err != nil {
		t.Fatal(err)
	}
	if b2.Len() != 6 {
		t.Fatalf("resumed at %d, want 6", b2.Len())
	}
	for i, tok := range b2.Tokens() {
		if tok != tokens[i] {
			t.Fatalf("resumed token %d = %d, want %d", i, tok, tokens[i])
		}
	}
	more, moreVecs := genJob(t, b2, 4, 4)
	root, n, err := b2.Finish()
	if err != nil || n != 10 {
		t.Fatalf("finish: %d %v", n, err)
	}
	tokens, vecs = append(tokens, more...), append(vecs, moreVecs...)
	var leaves []Hash
	for i := range tokens {
		leaves = append(leaves, LeafHash(job, uint32(i), tokens[i], vecs[i]))
	}
	if want, _ := Root(leaves); want != root {
		t.Fatal("resumed job's root differs from an uninterrupted run")
	}
	if _, err := s.Resume(job); !errors.Is(err, ErrJobExists) {
		t.Fatalf("resume finished job: %v", err)
	}
	finished, unfinished, _ := s.Jobs()
	if len(finished) != 1 || len(unfinished) != 0 {
		t.Fatalf("jobs: finished %v unfinished %v", finished, unfinished)
	}
}

func TestStoreDetectsCorruption(t *testing.T) {
	s, _ := OpenStore(t.TempDir())
	job := JobID{6}
	b, _ := s.Create(job, 16)
	genJob(t, b, 5, 9)
	if _, _, err := b.Finish(); err != nil {
		t.Fatal(err)
	}
	// flip one logit byte of record 3 on disk
	f, _ := os.OpenFile(s.path(job, logitsExt), os.O_RDWR, 0)
	off := int64(logitsHeader) + 3*recordSize(16, recordsChecked) + 4 + 10
	var one [1]byte
	f.ReadAt(one[:], off)
	one[0] ^= 0x40
	f.WriteAt(one[:], off)
	f.Close()
	if _, err := s.Open(job, 3); !errors.Is(err, ErrCorruptStore) {
		t.Fatalf("corrupt record: %v", err)
	}
	if _, err := s.Open(job, 2); err != nil {
		t.Fatalf("intact record: %v", err)
	}
	// a truncated tree file is reported, not trusted, when it is read (the
	// store keeps a tree it read and verified; a restarted process reads it again)
	tree, _ := os.ReadFile(s.path(job, treeExt))
	os.WriteFile(s.path(job, treeExt), tree[:len(tree)-1], 0o600)
	if _, err := s.Open(job, 2); err != nil {
		t.Fatalf("cached tree after the file was damaged: %v", err)
	}
	restarted, _ := OpenStore(s.Dir())
	if _, err := restarted.Open(job, 2); !errors.Is(err, ErrCorruptStore) {
		t.Fatalf("truncated tree: %v", err)
	}
	// a tree file whose leaves do not hash to its stored root is refused
	bad := append([]byte(nil), tree...)
	bad[treeHeader] ^= 1
	os.WriteFile(s.path(job, treeExt), bad, 0o600)
	restarted, _ = OpenStore(s.Dir())
	if _, err := restarted.Open(job, 4); !errors.Is(err, ErrCorruptStore) {
		t.Fatalf("tree file with a changed leaf: %v", err)
	}
	if err := s.Remove(job); err != nil {
		t.Fatal(err)
	}
	if err := s.Remove(job); !errors.Is(err, ErrUnknownJob) {
		t.Fatalf("remove twice: %v", err)
	}
	if _, err := s.Open(job, 2); !errors.Is(err, ErrUnknownJob) {
		t.Fatalf("open after remove (the cached tree must go with the files): %v", err)
	}
}

func TestAbortRemovesPartialJob(t *testing.T) {
	s, _ := OpenStore(t.TempDir())
	b, _ := s.Create(JobID{7}, 4)
	genJob(t, b, 2, 1)
	if err := b.Abort(); err != nil {
		t.Fatal(err)
	}
	if err := b.Append(0, make([]float32, 4)); err == nil {
		t.Fatal("append after abort accepted")
	}
	finished, unfinished, _ := s.Jobs()
	if len(finished)+len(unfinished) != 0 {
		t.Fatalf("aborted job left files: %v %v", finished, unfinished)
	}
}

// Appending a position costs no allocation proportional to V: the vector is
// hashed and written straight from the caller's slice, so a miner's memory
// does not grow with n x V.
func TestAppendDoesNotCopyLogits(t *testing.T) { eachWork(t, appendDoesNotCopyLogits) }

func appendDoesNotCopyLogits(t *testing.T, w Work) {
	s, _ := OpenStore(t.TempDir())
	s.SetWork(w)
	const vocab = 32000
	b, _ := s.Create(JobID{8}, vocab)
	defer b.Abort()
	l := make([]float32, vocab)
	b.Append(0, l) // warm up the pipeline
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	const n = 200
	for i := 0; i < n; i++ {
		if err := b.Append(uint32(i%vocab), l); err != nil {
			t.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	perPos := float64(after.TotalAlloc-before.TotalAlloc) / n
	if perPos > 4*vocab/100 { // far below one vector (128,000 bytes) per position
		t.Fatalf("Append allocates %.0f bytes per position at V=%d", perPos, vocab)
	}
}

// A flipped leaf in the tree file is caught by Info (full re-hash) and by
// every opening whose path runs through it.
func TestStoreDetectsCorruptLeaf(t *testing.T) {
	s, _ := OpenStore(t.TempDir())
	job := JobID{9}
	b, _ := s.Create(job, 8)
	genJob(t, b, 4, 2)
	if _, _, err := b.Finish(); err != nil {
		t.Fatal(err)
	}
	tree, _ := os.ReadFile(s.path(job, treeExt))
	tree[treeHeader+32*1] ^= 1 // leaf 1, the sibling of leaf 0
	os.WriteFile(s.path(job, treeExt), tree, 0o600)
	if _, err := s.Info(job); !errors.Is(err, ErrCorruptStore) {
		t.Fatalf("info: %v", err)
	}
	if _, err := s.Open(job, 0); !errors.Is(err, ErrCorruptStore) {
		t.Fatalf("open leaf 0: %v", err)
	}
}

// A record damaged on disk (one logit byte flipped, token intact) fails its
// checksum: Resume keeps the records before it and drops it and the rest,
// and the file is cut there, so generation continues from the damaged
// position.
func TestResumeDropsDamagedRecord(t *testing.T) { eachWork(t, resumeDropsDamagedRecord) }

func resumeDropsDamagedRecord(t *testing.T, w Work) {
	s, _ := OpenStore(t.TempDir())
	s.SetWork(w)
	job := JobID{10}
	b, _ := s.Create(job, 40)
	tokens, _ := genJob(t, b, 6, 11)
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	f, _ := os.OpenFile(s.path(job, logitsExt), os.O_RDWR, 0)
	off := int64(logitsHeader) + 3*recordSize(40, recordsChecked) + 4 + 4*17
	var one [1]byte
	f.ReadAt(one[:], off)
	one[0] ^= 0x01 // the lowest mantissa bit: a tiny change a token check cannot see
	f.WriteAt(one[:], off)
	f.Close()
	b2, err := s.Resume(job)
	if err != nil {
		t.Fatal(err)
	}
	defer b2.Close()
	if b2.Len() != 3 {
		t.Fatalf("resumed %d positions, want the 3 before the damaged record", b2.Len())
	}
	for i, tok := range b2.Tokens() {
		if tok != tokens[i] {
			t.Fatalf("token %d = %d, want %d", i, tok, tokens[i])
		}
	}
	if st, _ := os.Stat(s.path(job, logitsExt)); st.Size() != logitsHeader+3*recordSize(40, recordsChecked) {
		t.Fatalf("file is %d bytes after resume, want 3 records", st.Size())
	}
}

// Files written before records carried a checksum are still resumed and
// opened.
func TestStoreReadsRecordsWithoutChecksum(t *testing.T) {
	s, _ := OpenStore(t.TempDir())
	job := JobID{11}
	const vocab = 12
	head := logitsHead(job, vocab, recordsPlain, Version)
	file := head[:]
	var leaves []Hash
	for i := range 3 {
		l := make([]float32, vocab)
		for k := range l {
			l[k] = float32(i*vocab+k) / 5
		}
		tok := uint32(i + 1)
		leaves = append(leaves, LeafHash(job, uint32(i), tok, l))
		file = binary.BigEndian.AppendUint32(file, tok)
		for _, x := range l {
			file = binary.LittleEndian.AppendUint32(file, math.Float32bits(x))
		}
	}
	os.WriteFile(s.path(job, logitsExt), file, 0o600)
	b, err := s.Resume(job)
	if err != nil || b.Len() != 3 {
		t.Fatalf("resume: %d positions, %v", b.Len(), err)
	}
	root, _, err := b.Finish()
	if want, _ := Root(leaves); err != nil || root != want {
		t.Fatalf("finish: %v, root matches %v", err, root == want)
	}
	o, err := s.Open(job, 2)
	if err != nil || o.Token != 3 || o.Verify(root) != nil {
		t.Fatalf("open: %v", err)
	}
}

// CheckFinite's word-at-a-time scan finds a non-finite entry at every
// index, in slices of every length and alignment, and passes the largest
// finite values.
func TestCheckFiniteEveryIndex(t *testing.T) {
	base := make([]float32, 41)
	for k := range base {
		base[k] = math.MaxFloat32 * float32(1-2*(k%2))
	}
	for start := 0; start < 3; start++ {
		for end := start; end <= len(base); end++ {
			l := base[start:end]
			if err := CheckFinite(l); err != nil {
				t.Fatalf("[%d:%d] finite: %v", start, end, err)
			}
			for k := range l {
				for _, bad := range []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1))} {
					keep := l[k]
					l[k] = bad
					err := CheckFinite(l)
					l[k] = keep
					if !errors.Is(err, ErrNonFinite) || !strings.Contains(err.Error(), fmt.Sprintf("logit[%d]", k)) {
						t.Fatalf("[%d:%d] %v at %d: %v", start, end, bad, k, err)
					}
				}
			}
		}
	}
}

// AppendSampled (no second finite check) commits what an independent
// computation of the leaves gives.
func TestAppendSampledCommitsTheSame(t *testing.T) { eachWork(t, appendSampledCommitsTheSame) }

func appendSampledCommitsTheSame(t *testing.T, w Work) {
	s, _ := OpenStore(t.TempDir())
	s.SetWork(w)
	job := JobID{12, 1}
	r := rand.New(rand.NewPCG(5, 1))
	b, _ := s.Create(job, 50)
	var leaves []Hash
	for i := range 9 {
		l := make([]float32, 50)
		for k := range l {
			l[k] = float32(r.NormFloat64())
		}
		tok := Argmax(l)
		if err := b.AppendSampled(tok, l); err != nil {
			t.Fatal(err)
		}
		leaves = append(leaves, LeafHash(job, uint32(i), tok, l))
	}
	got, _, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := Root(leaves); got != want {
		t.Fatalf("AppendSampled root %s, independent root %s", got, want)
	}
}

// TestOpenStoreRefusesVersionsItCannotRead: a store holding a job of a
// protocol version whose leaves this release does not compute (1, before
// MinVersion; 4, a later release's) is refused with an error naming the
// files and what to do, and nothing is deleted.
func TestOpenStoreRefusesVersionsItCannotRead(t *testing.T) {
	for _, v := range []byte{1, Version + 1} {
		t.Run(fmt.Sprintf("version %d", v), func(t *testing.T) {
			dir := t.TempDir()
			s, err := OpenStore(dir)
			if err != nil {
				t.Fatal(err)
			}
			job := JobID{7, 7}
			b, err := s.Create(job, 16)
			if err != nil {
				t.Fatal(err)
			}
			genJob(t, b, 3, 1)
			if _, _, err := b.Finish(); err != nil {
				t.Fatal(err)
			}
			for _, ext := range []string{logitsExt, treeExt} {
				setVersionByte(t, s.path(job, ext), v)
			}
			// A store opened before the files changed reports the version, not corruption.
			if _, err := s.Open(job, 0); !errors.Is(err, ErrStoreVersion) {
				t.Fatalf("Open of a version %d job: %v, want ErrStoreVersion", v, err)
			}
			_, err = OpenStore(dir)
			if !errors.Is(err, ErrStoreVersion) {
				t.Fatalf("OpenStore with version %d files: %v, want ErrStoreVersion", v, err)
			}
			for _, want := range []string{fmt.Sprintf("protocol version %d", v), job.String()[2:] + ".logits", "versions 2 to 3", "until those jobs settle"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
			}
			for _, ext := range []string{logitsExt, treeExt} {
				if _, err := os.Stat(s.path(job, ext)); err != nil {
					t.Errorf("the refused store lost a file: %v", err)
				}
			}
			// Moved out, the store opens again.
			for _, ext := range []string{logitsExt, treeExt} {
				if err := os.Rename(s.path(job, ext), filepath.Join(t.TempDir(), "x"+ext)); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := OpenStore(dir); err != nil {
				t.Fatalf("OpenStore after the old files left: %v", err)
			}
		})
	}
}

func setVersionByte(t *testing.T, path string, v byte) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt([]byte{v}, 4); err != nil {
		t.Fatal(err)
	}
}

// v2Leaf is protocol version 2's leaf, assembled by hand: SHA-256 of the
// same preimage under the tag "pol/leaf/v1".
func v2Leaf(job JobID, i, token uint32, l []float32) Hash {
	msg := []byte{0x00}
	msg = append(msg, "pol/leaf/v1"...)
	msg = append(msg, job[:]...)
	msg = binary.BigEndian.AppendUint32(msg, i)
	msg = binary.BigEndian.AppendUint32(msg, token)
	msg = binary.BigEndian.AppendUint32(msg, uint32(len(l)))
	for _, x := range l {
		msg = binary.LittleEndian.AppendUint32(msg, math.Float32bits(x))
	}
	return sha256.Sum256(msg)
}

// TestStoreKeepsVersion2Jobs: a job begun under protocol version 2 (before
// an upgrade) is resumed, finished and opened under version 2, and its
// openings verify against the version 2 root, on the wire too; read as
// version 3 they do not (the versions' leaves are not interchangeable).
func TestStoreKeepsVersion2Jobs(t *testing.T) { eachWork(t, storeKeepsVersion2Jobs) }

func storeKeepsVersion2Jobs(t *testing.T, w Work) {
	dir := t.TempDir()
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.SetWork(w)
	job := JobID{2, 2}
	const vocab, n = 40, 9
	b, err := s.create(job, vocab, 2)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(2, 9))
	tokens := make([]uint32, n)
	vecs := make([][]float32, n)
	var leaves []Hash
	for i := range n {
		tokens[i], vecs[i] = uint32(rng.IntN(vocab)), make([]float32, vocab)
		for k := range vecs[i] {
			vecs[i][k] = float32(rng.NormFloat64())
		}
		leaves = append(leaves, v2Leaf(job, uint32(i), tokens[i], vecs[i]))
	}
	want, _ := Root(leaves)
	for i := range 4 {
		if err := b.Append(tokens[i], vecs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Close(); err != nil { // the process stops mid-job
		t.Fatal(err)
	}
	s, err = OpenStore(dir) // the upgraded release starts
	if err != nil {
		t.Fatalf("a store with a version 2 job: %v", err)
	}
	s.SetWork(w)
	b, err = s.Resume(job)
	if err != nil {
		t.Fatal(err)
	}
	if !b.Matches(3, tokens[3], vecs[3]) {
		t.Fatal("a resumed version 2 position does not match its own logits")
	}
	for i := 4; i < n; i++ {
		if err := b.Append(tokens[i], vecs[i]); err != nil {
			t.Fatal(err)
		}
	}
	root, _, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	if root != want {
		t.Fatalf("resumed version 2 job: root %s, want the version 2 root %s", root, want)
	}
	for i := range uint32(n) {
		o, err := s.Open(job, i)
		if err != nil {
			t.Fatal(err)
		}
		if o.Version != 2 {
			t.Fatalf("opening of a version 2 job has version %d", o.Version)
		}
		enc, err := o.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if enc[4] != 2 {
			t.Fatalf("encoded opening has version byte %d", enc[4])
		}
		var got Opening
		if err := got.UnmarshalBinary(enc); err != nil {
			t.Fatal(err)
		}
		if err := got.Verify(root); err != nil {
			t.Fatalf("position %d: a version 2 opening does not verify: %v", i, err)
		}
		enc[4] = Version
		if err := got.UnmarshalBinary(enc); err != nil {
			t.Fatal(err)
		}
		if err := got.Verify(root); !errors.Is(err, ErrBadProof) {
			t.Fatalf("position %d: a version 2 opening relabelled as version %d: %v, want ErrBadProof", i, Version, err)
		}
	}
}
