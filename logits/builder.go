package logits

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/pol-network/pol/internal/atomicfile"
)

// Builder appends a job's positions as they are generated and finishes the
// commitment. Positions are checked, hashed and copied into the file's
// staging segments either by a worker thread of the store's own, so Append
// costs the caller a channel send, or inline in Append (the Store's Work;
// pipeline.go says which suits which engine); either way a flusher thread
// writes full segments and makes them durable as the file grows. Memory use
// is 36 bytes per position (leaf hash and token), two 8 MiB segments
// (segments.go) and, pipelined, the bounded queue of vectors not yet
// copied.
type Builder struct {
	store  *Store
	job    JobID
	vocab  int
	format byte
	// version is the protocol version of the job's leaves: Version for a
	// new job, the file's for a resumed one (a job started before an
	// upgrade is finished under the version it began with).
	version byte
	inline  bool       // WorkInline: Append does each position's work
	lh      leafHasher // resume's and Matches' (the pipeline has its own)
	f       *os.File
	leaves  []Hash   // of positions 0..len(leaves)-1; the rest are in pipe
	tokens  []uint32 // of every appended position
	pipe    *pipeline
	err     error // the pipeline's failure, once seen
	synced  int   // positions known synced while no pipeline runs
	done    bool
}

// Len is the number of positions appended so far.
func (b *Builder) Len() int { return len(b.tokens) }

// Tokens returns the tokens appended so far (a copy).
func (b *Builder) Tokens() []uint32 { return append([]uint32(nil), b.tokens...) }

// Vocab is the job's vocabulary size.
func (b *Builder) Vocab() int { return b.vocab }

func (b *Builder) checkEntry(token uint32, l []float32) error {
	if len(l) != b.vocab {
		return fmt.Errorf("%w: %d logits, job has vocabulary %d", ErrVocabMismatch, len(l), b.vocab)
	}
	if token >= uint32(b.vocab) {
		return fmt.Errorf("%w: token %d outside vocabulary of %d", ErrOutOfRange, token, b.vocab)
	}
	return nil
}

// Append records the next position: its sampled token and full logits.
// The builder keeps l until the position is written: the caller must not
// modify it afterwards (engines return a new slice per position). A vector
// of the wrong length or a token outside the vocabulary is refused at once;
// a non-finite logit (ErrNonFinite) or a write error fails the job, and that
// error is returned by this Append (inline work) or the next Append, Finish
// or Close.
func (b *Builder) Append(token uint32, l []float32) error {
	return b.append(token, l, false)
}

// AppendSampled is Append for a vector the canonical sampler has just
// picked token from: Sampler.Sample refuses a non-finite vector, so the
// store does not check all V logits again (models.Generate uses it).
func (b *Builder) AppendSampled(token uint32, l []float32) error {
	return b.append(token, l, true)
}

func (b *Builder) append(token uint32, l []float32, finite bool) error {
	if b.done {
		return errors.New("logits: append to a finished or aborted job")
	}
	if err := b.failed(); err != nil {
		return err
	}
	i := len(b.tokens)
	if i >= MaxPositions {
		return fmt.Errorf("%w: job already has %d positions", ErrOutOfRange, MaxPositions)
	}
	if err := b.checkEntry(token, l); err != nil {
		return fmt.Errorf("logits: position %d: %w", i, err)
	}
	if b.pipe == nil {
		p, err := startPipeline(b.f, b.job, b.vocab, b.format, b.version, len(b.leaves), b.synced, b.inline)
		if err != nil {
			return err
		}
		b.pipe = p
	}
	it := pipeItem{i: uint32(i), token: token, l: l, finite: finite}
	if b.inline {
		b.pipe.put(it)
		if err := b.failed(); err != nil {
			return err
		}
	} else {
		b.pipe.in <- it
	}
	b.tokens = append(b.tokens, token)
	return nil
}

func (b *Builder) failed() error {
	if b.err == nil && b.pipe != nil {
		b.err = b.pipe.failed()
	}
	return b.err
}

// flush waits until every appended position is written (not yet synced).
func (b *Builder) flush() error {
	if b.pipe != nil {
		leaves, err := b.pipe.drain()
		b.synced = int(b.pipe.durable.Load())
		b.pipe = nil
		b.leaves = append(b.leaves, leaves...)
		if err != nil && b.err == nil {
			b.err = err
		}
	}
	return b.err
}

// durable is how many positions are known to be synced to the device.
func (b *Builder) durable() int {
	if b.pipe != nil {
		return int(b.pipe.durable.Load())
	}
	return b.synced
}

// Matches reports whether stored position i (of a resumed job) holds
// exactly token and logits l, bit for bit: what a resumed generation asks
// of each stored position with its recomputation.
func (b *Builder) Matches(i int, token uint32, l []float32) bool {
	if b.flush() != nil || i < 0 || i >= len(b.leaves) || b.checkEntry(token, l) != nil {
		return false
	}
	return b.lh.sum(b.job, uint32(i), token, l) == b.leaves[i]
}

// Truncate drops positions n and later (n <= Len()), on disk too: a
// resumed generation regenerates from the first stored position that
// differs from its recomputation.
func (b *Builder) Truncate(n int) error {
	if b.done {
		return errors.New("logits: truncate a finished or aborted job")
	}
	if err := b.flush(); err != nil {
		return err
	}
	if n < 0 || n > len(b.tokens) {
		return fmt.Errorf("%w: truncate to %d positions, job has %d", ErrOutOfRange, n, len(b.tokens))
	}
	if err := b.truncateFile(n); err != nil {
		return fmt.Errorf("logits: truncate job %s: %w", b.job, err)
	}
	b.leaves, b.tokens = b.leaves[:n], b.tokens[:n]
	return nil
}

// truncateFile cuts the file after n records and syncs it (segments are
// written at their own offsets, so no file offset needs moving).
func (b *Builder) truncateFile(n int) error {
	size := logitsHeader + int64(n)*recordSize(b.vocab, b.format)
	if err := b.f.Truncate(size); err != nil {
		return err
	}
	if err := b.f.Sync(); err != nil {
		return err
	}
	b.synced = n
	return nil
}

// Finish waits for the pipeline to write every position, syncs what is
// not yet durable, computes the root and writes the tree file atomically.
// After Finish the job can be opened.
func (b *Builder) Finish() (root Hash, n uint32, err error) {
	if b.done {
		return Hash{}, 0, errors.New("logits: job already finished or aborted")
	}
	if err := b.flush(); err != nil {
		return Hash{}, 0, err
	}
	if len(b.leaves) == 0 {
		return Hash{}, 0, fmt.Errorf("%w: a job needs at least one position", ErrOutOfRange)
	}
	if err := b.f.Sync(); err != nil {
		return Hash{}, 0, fmt.Errorf("logits: sync job %s: %w", b.job, err)
	}
	if root, err = Root(b.leaves); err != nil {
		return Hash{}, 0, err
	}
	n = uint32(len(b.leaves))
	buf := make([]byte, treeHeader, treeHeader+32*len(b.leaves))
	copy(buf, treeMagic)
	buf[4] = b.version
	copy(buf[5:], b.job[:])
	binary.BigEndian.PutUint32(buf[37:], n)
	copy(buf[41:], root[:])
	for _, h := range b.leaves {
		buf = append(buf, h[:]...)
	}
	b.store.trees.drop(b.job) // a job written again (after a Remove) is read afresh
	if err := atomicfile.Write(b.store.path(b.job, treeExt), buf); err != nil {
		return Hash{}, 0, fmt.Errorf("logits: finish job %s: %w", b.job, err)
	}
	b.done = true
	if err := b.f.Close(); err != nil {
		return Hash{}, 0, fmt.Errorf("logits: finish job %s: %w", b.job, err)
	}
	return root, n, nil
}

// Abort drops what is queued, closes the builder and deletes the job's
// partial files.
func (b *Builder) Abort() error {
	if b.done {
		return nil
	}
	b.done = true
	if b.pipe != nil {
		b.pipe.discard.Store(true)
		b.pipe.drain()
		b.pipe = nil
	}
	b.f.Close()
	if err := os.Remove(b.f.Name()); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("logits: abort job %s: %w", b.job, err)
	}
	return nil
}

// Close writes and syncs what is queued and releases the file without
// finishing, leaving the job resumable. It returns the pipeline's error, if
// any (the positions written before it stay resumable).
func (b *Builder) Close() error {
	if b.done {
		return nil
	}
	b.done = true
	err := b.flush()
	if serr := b.f.Sync(); err == nil && serr != nil {
		err = fmt.Errorf("logits: sync job %s: %w", b.job, serr)
	}
	if cerr := b.f.Close(); err == nil && cerr != nil {
		err = cerr
	}
	return err
}
