package logits

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
)

// Store keeps committed jobs on disk in one directory, two files per job
// (spec §7):
//
//   - <jobid>.logits: a 64-byte header ("POLS", version, job id, V, record
//     format) followed by one fixed-size record per position: u32be(token) ||
//     V x f32le || u32be(CRC-32C of the index, token and logits). It is
//     appended to while the job is generated, so memory never holds n x V
//     floats, and synced as it grows.
//   - <jobid>.tree: written atomically when the job is finished: "POLT",
//     version, job id, u32be(n), root, then the n leaf hashes. Its presence
//     means the job is complete.
//
// A crash mid-job leaves only a .logits file; Resume keeps its records up to
// the first torn or damaged one (by its checksum), re-hashes them and
// continues. Store methods are safe for concurrent use; a Builder is used by
// one goroutine.
type Store struct {
	dir   string
	trees treeCache // layered trees of recently opened jobs
	work  atomic.Int32
	leaf  atomic.Int32 // the leaf function of new jobs; 0: DefaultLeaf
}

// Work says where a Builder checks, hashes and writes each position
// (pipeline.go has the measurements behind the choice).
type Work int32

const (
	// WorkPipelined does it on the store's own threads, Append only
	// queueing the vector: for an engine that leaves cores idle (a GPU
	// engine, or a CPU engine with fewer threads than cores). The default.
	WorkPipelined Work = iota
	// WorkInline does it in Append, on the generating goroutine between
	// forward passes: for an engine that keeps every core busy, whose
	// threads a store thread would stall.
	WorkInline
)

func (w Work) String() string {
	if w == WorkInline {
		return "inline"
	}
	return "pipelined"
}

// ParseWork reads "inline" or "pipelined".
func ParseWork(s string) (Work, error) {
	switch s {
	case "inline":
		return WorkInline, nil
	case "pipelined":
		return WorkPipelined, nil
	}
	return 0, fmt.Errorf("store work %q: want inline or pipelined", s)
}

// SetWork sets where builders created or resumed from now on do their work.
func (s *Store) SetWork(w Work) { s.work.Store(int32(w)) }

const (
	logitsMagic  = "POLS"
	treeMagic    = "POLT"
	logitsHeader = 64
	treeHeader   = 4 + 1 + 32 + 4 + 32
	logitsExt    = ".logits"
	treeExt      = ".tree"
)

// OpenStore opens (creating if needed) a store rooted at dir. It refuses
// (ErrStoreVersion) a store holding jobs of a protocol version whose leaves
// this release does not compute (before MinVersion, or after Version): it
// could not open them for validators, and the miner that committed them
// would be recorded as not revealing. Version 2 jobs are opened and
// resumed under version 2.
func OpenStore(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("logits: open store: %w", err)
	}
	s := &Store{dir: dir}
	if err := s.checkVersions(); err != nil {
		return nil, err
	}
	return s, nil
}

// checkVersions reads the version byte of every job file in the store.
func (s *Store) checkVersions() error {
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return fmt.Errorf("logits: open store: %w", err)
	}
	var others []string
	versions := map[byte]bool{}
	for _, e := range ents {
		name := e.Name()
		magic := logitsMagic
		if strings.HasSuffix(name, treeExt) {
			magic = treeMagic
		} else if !strings.HasSuffix(name, logitsExt) {
			continue
		}
		if _, err := ParseJobID(strings.TrimSuffix(strings.TrimSuffix(name, treeExt), logitsExt)); err != nil {
			continue // not ours
		}
		v, ok := fileVersion(filepath.Join(s.dir, name), magic)
		if ok && !knownVersion(v) {
			others = append(others, name)
			versions[v] = true
		}
	}
	if len(others) == 0 {
		return nil
	}
	vs := make([]string, 0, len(versions))
	for v := range versions {
		vs = append(vs, fmt.Sprint(v))
	}
	sort.Strings(vs)
	shown := others[:min(len(others), 4)]
	more := ""
	if len(others) > len(shown) {
		more = fmt.Sprintf(" and %d more", len(others)-len(shown))
	}
	return fmt.Errorf("%w: %s holds %d files written under protocol version %s (%s%s); this release reads versions %d to %d "+
		"and cannot open them for validators: run the release that wrote them until those jobs settle (a miner "+
		"removes a job's files then), or move the files out of the store if no job on chain waits for them",
		ErrStoreVersion, s.dir, len(others), strings.Join(vs, ", "), strings.Join(shown, ", "), more, MinVersion, Version)
}

// fileVersion returns the version byte of a store file that starts with
// magic; ok is false for a file too short or with another magic (Resume
// and Open report those as corrupt).
func fileVersion(path, magic string) (v byte, ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, false
	}
	defer f.Close()
	var head [5]byte
	if _, err := f.ReadAt(head[:], 0); err != nil || string(head[:4]) != magic {
		return 0, false
	}
	return head[4], true
}

// Dir returns the store's directory.
func (s *Store) Dir() string { return s.dir }

// Work is where builders created from now on do their work.
func (s *Store) Work() Work { return Work(s.work.Load()) }

func (s *Store) path(job JobID, ext string) string {
	return filepath.Join(s.dir, hex.EncodeToString(job[:])+ext)
}

// Create starts a new job with vocabulary size vocab. It fails with
// ErrJobExists if the job already has files in the store (use Resume to
// continue an unfinished one).
func (s *Store) Create(job JobID, vocab int) (*Builder, error) {
	return s.create(job, vocab, s.Leaf())
}

// SetLeaf sets the leaf function of jobs created from now on (LeafBLAKE3
// or LeafSHA256; the default is DefaultLeaf).
func (s *Store) SetLeaf(v byte) error {
	if !knownVersion(v) {
		return fmt.Errorf("%w: leaf version %d, want %d to %d", ErrOutOfRange, v, MinVersion, Version)
	}
	s.leaf.Store(int32(v))
	return nil
}

// Leaf is the leaf function of jobs created from now on.
func (s *Store) Leaf() byte {
	if v := s.leaf.Load(); v != 0 {
		return byte(v)
	}
	return DefaultLeaf()
}

// create starts a job whose leaves are of protocol version version (tests
// write version 2 jobs as an earlier release did).
func (s *Store) create(job JobID, vocab int, version byte) (*Builder, error) {
	if vocab <= 0 || vocab > MaxVocab {
		return nil, fmt.Errorf("%w: vocabulary size %d, want 1..%d", ErrOutOfRange, vocab, MaxVocab)
	}
	f, err := os.OpenFile(s.path(job, logitsExt), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return nil, fmt.Errorf("%w: %s", ErrJobExists, job)
	}
	if err != nil {
		return nil, fmt.Errorf("logits: create job %s: %w", job, err)
	}
	head := logitsHead(job, vocab, recordsChecked, version)
	if _, err := f.Write(head[:]); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, fmt.Errorf("logits: create job %s: %w", job, err)
	}
	return &Builder{store: s, job: job, vocab: vocab, format: recordsChecked, version: version, lh: leafHasher{version: version}, f: f, inline: s.Work() == WorkInline}, nil
}

// Resume reopens an unfinished job after a crash or restart. Records are
// kept up to the first torn one or the first that fails its checksum; that
// one and everything after it are truncated away, and the kept ones are
// re-hashed and synced. The returned Builder continues at position Len();
// Tokens() gives the tokens so far, and Matches checks a stored position
// against a recomputation (Truncate drops from the first that differs).
func (s *Store) Resume(job JobID) (*Builder, error) {
	if _, err := os.Stat(s.path(job, treeExt)); err == nil {
		return nil, fmt.Errorf("%w: %s is already finished", ErrJobExists, job)
	}
	f, err := os.OpenFile(s.path(job, logitsExt), os.O_RDWR, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrUnknownJob, job)
	}
	if err != nil {
		return nil, fmt.Errorf("logits: resume job %s: %w", job, err)
	}
	b, err := s.resume(f, job)
	if err != nil {
		f.Close()
		return nil, err
	}
	return b, nil
}

func (s *Store) resume(f *os.File, job JobID) (*Builder, error) {
	vocab, format, version, err := readLogitsHeader(f, job)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("logits: resume job %s: %w", job, err)
	}
	rec := recordSize(vocab, format)
	n := (st.Size() - logitsHeader) / rec
	if n > MaxPositions {
		return nil, fmt.Errorf("%w: %s holds %d records, more than %d", ErrCorruptStore, f.Name(), n, MaxPositions)
	}
	b := &Builder{store: s, job: job, vocab: vocab, format: format, version: version, lh: leafHasher{version: version}, f: f, inline: s.Work() == WorkInline}
	l := make([]float32, vocab)
	var buf []byte
	for i := int64(0); i < n; i++ {
		tok, nb, err := readRecord(f, vocab, format, uint32(i), l, buf)
		buf = nb
		if err == nil {
			err = b.checkEntry(tok, l)
			if err == nil {
				err = CheckFinite(l)
			}
		}
		if err != nil {
			break // damaged or torn: generation continues from here
		}
		b.leaves = append(b.leaves, b.lh.sum(job, uint32(i), tok, l))
		b.tokens = append(b.tokens, tok)
	}
	if err := b.truncateFile(len(b.leaves)); err != nil {
		return nil, fmt.Errorf("logits: resume job %s: %w", job, err)
	}
	return b, nil
}

// Open returns the opening of position i of a finished job, with its proof.
// It re-hashes the record and checks its path to the stored root, and fails
// with ErrCorruptStore if the disk no longer matches the commitment.
func (s *Store) Open(job JobID, i uint32) (*Opening, error) {
	t, err := s.openedTree(job)
	if err != nil {
		return nil, err
	}
	leaves := t.layers[0]
	n := uint32(len(leaves))
	if i >= n {
		return nil, fmt.Errorf("%w: position %d, job %s has %d positions", ErrOutOfRange, i, job, n)
	}
	f, err := os.Open(s.path(job, logitsExt))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrCorruptStore, job, err)
	}
	defer f.Close()
	vocab, format, version, err := readLogitsHeader(f, job)
	if err != nil {
		return nil, err
	}
	if version != t.version {
		return nil, versionMismatch(job, version, t.version)
	}
	o := &Opening{Job: job, N: n, Index: i, Logits: make([]float32, vocab)}
	if version != Version {
		o.Version = version
	}
	if o.Token, _, err = readRecord(f, vocab, format, i, o.Logits, nil); err != nil {
		return nil, err
	}
	if o.Leaf() != leaves[i] {
		return nil, fmt.Errorf("%w: %s position %d no longer matches its committed leaf", ErrCorruptStore, job, i)
	}
	if o.Proof, err = ProofFromLayers(t.layers, i); err != nil {
		return nil, err
	}
	// The path to the stored root covers what this opening depends on; the
	// other leaves are checked when they are opened (O(log n), not O(n)).
	if err := VerifyProof(t.root, n, i, leaves[i], o.Proof); err != nil {
		return nil, fmt.Errorf("%w: %s tree file: %w", ErrCorruptStore, job, err)
	}
	return o, nil
}

// versionMismatch is the error for a job whose two files name different
// protocol versions (one was replaced): its leaves cannot be checked.
func versionMismatch(job JobID, records, tree byte) error {
	return fmt.Errorf("%w: %s: records (.logits) of protocol version %d, tree (.tree) of version %d", ErrCorruptStore, job, records, tree)
}

// JobInfo is what the store knows about a finished job.
type JobInfo struct {
	Job    JobID
	Root   Hash
	N      uint32
	Tokens []uint32 // output tokens t_0..t_{n-1}
}

// Info returns a finished job's root, length and output tokens.
func (s *Store) Info(job JobID) (JobInfo, error) {
	t, err := s.readTree(job)
	if err == nil {
		err = t.checkRoot(job)
	}
	if err != nil {
		return JobInfo{}, err
	}
	f, err := os.Open(s.path(job, logitsExt))
	if err != nil {
		return JobInfo{}, fmt.Errorf("%w: %s: %w", ErrCorruptStore, job, err)
	}
	defer f.Close()
	vocab, format, version, err := readLogitsHeader(f, job)
	if err != nil {
		return JobInfo{}, err
	}
	if version != t.version { // Open could not serve it
		return JobInfo{}, versionMismatch(job, version, t.version)
	}
	info := JobInfo{Job: job, Root: t.root, N: uint32(len(t.leaves)), Tokens: make([]uint32, len(t.leaves))}
	var b [4]byte
	for i := range info.Tokens {
		if _, err := f.ReadAt(b[:], logitsHeader+int64(i)*recordSize(vocab, format)); err != nil {
			return JobInfo{}, fmt.Errorf("%w: %s: token %d: %w", ErrCorruptStore, job, i, err)
		}
		info.Tokens[i] = binary.BigEndian.Uint32(b[:])
	}
	return info, nil
}

// Jobs lists the store's jobs; finished reports whether each has its tree.
func (s *Store) Jobs() (finished, unfinished []JobID, err error) {
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, nil, fmt.Errorf("logits: list store: %w", err)
	}
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), logitsExt)
		if !ok {
			continue
		}
		job, err := ParseJobID(name)
		if err != nil {
			continue // not ours
		}
		if _, err := os.Stat(s.path(job, treeExt)); err == nil {
			finished = append(finished, job)
		} else {
			unfinished = append(unfinished, job)
		}
	}
	less := func(a []JobID) func(i, j int) bool {
		return func(i, j int) bool { return string(a[i][:]) < string(a[j][:]) }
	}
	sort.Slice(finished, less(finished))
	sort.Slice(unfinished, less(unfinished))
	return finished, unfinished, nil
}

// openedTree returns a finished job's layered tree, from the cache or read
// from its tree file once.
func (s *Store) openedTree(job JobID) (*cachedTree, error) {
	if t := s.trees.get(job); t != nil {
		return t, nil
	}
	t, err := s.readTree(job)
	if err != nil {
		return nil, err
	}
	c := &cachedTree{root: t.root, layers: Layers(t.leaves), version: t.version}
	if top := c.layers[len(c.layers)-1][0]; rootHash(uint32(len(t.leaves)), top) != t.root {
		return nil, fmt.Errorf("%w: %s tree file: leaves do not hash to the stored root", ErrCorruptStore, job)
	}
	s.trees.put(job, c)
	return c, nil
}

// Remove deletes a job's files (after it is settled).
func (s *Store) Remove(job JobID) error {
	s.trees.drop(job)
	err1 := os.Remove(s.path(job, treeExt))
	err2 := os.Remove(s.path(job, logitsExt))
	if errors.Is(err1, fs.ErrNotExist) && errors.Is(err2, fs.ErrNotExist) {
		return fmt.Errorf("%w: %s", ErrUnknownJob, job)
	}
	for _, err := range []error{err1, err2} {
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("logits: remove job %s: %w", job, err)
		}
	}
	return nil
}

type tree struct {
	root    Hash
	leaves  []Hash
	version byte
}

func (s *Store) readTree(job JobID) (tree, error) {
	b, err := os.ReadFile(s.path(job, treeExt))
	if errors.Is(err, fs.ErrNotExist) {
		return tree{}, fmt.Errorf("%w: %s (not finished or never created)", ErrUnknownJob, job)
	}
	if err != nil {
		return tree{}, fmt.Errorf("logits: read tree of %s: %w", job, err)
	}
	bad := func(what string) (tree, error) {
		return tree{}, fmt.Errorf("%w: %s tree file: %s", ErrCorruptStore, job, what)
	}
	if len(b) < treeHeader || string(b[:4]) != treeMagic {
		return bad("bad header")
	}
	if !knownVersion(b[4]) {
		return tree{}, fmt.Errorf("%w: %s tree file: version %d, this release reads %d to %d", ErrStoreVersion, job, b[4], MinVersion, Version)
	}
	if JobID(b[5:37]) != job {
		return bad("names another job")
	}
	n := binary.BigEndian.Uint32(b[37:])
	if n == 0 || n > MaxPositions || len(b) != treeHeader+32*int(n) {
		return bad(fmt.Sprintf("n = %d does not match its %d bytes", n, len(b)))
	}
	t := tree{root: Hash(b[41:73]), leaves: make([]Hash, n), version: b[4]}
	for i := range t.leaves {
		copy(t.leaves[i][:], b[treeHeader+32*i:])
	}
	return t, nil
}

// checkRoot re-hashes every leaf and compares with the stored root.
func (t tree) checkRoot(job JobID) error {
	if r, _ := Root(t.leaves); r != t.root {
		return fmt.Errorf("%w: %s tree file: leaves do not hash to the stored root", ErrCorruptStore, job)
	}
	return nil
}
