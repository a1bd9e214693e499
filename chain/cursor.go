package chain

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// Position is a place in the chain's log sequence: a log's block number and
// its index within the block. Index EndOfBlock stands for "after every log of
// the block". Hash is that block's hash, so a resumed Follow can tell whether
// the block is still on the canonical chain.
type Position struct {
	Block uint64      `json:"block"`
	Index uint32      `json:"index"`
	Hash  common.Hash `json:"hash"`
}

// EndOfBlock is the Position index after the last log of a block.
const EndOfBlock = ^uint32(0)

// Before reports whether p comes strictly before q.
func (p Position) Before(q Position) bool {
	return p.Block < q.Block || (p.Block == q.Block && p.Index < q.Index)
}

func (p Position) String() string {
	if p.Index == EndOfBlock {
		return fmt.Sprintf("block %d (all logs)", p.Block)
	}
	return fmt.Sprintf("block %d log %d", p.Block, p.Index)
}

// Cursor persists how far an event consumer has got: the position of the
// last event it handled (or the last block it scanned).
type Cursor interface {
	// Load returns the saved position; ok is false when nothing was saved yet.
	Load() (pos Position, ok bool, err error)
	// Save records pos durably before returning.
	Save(pos Position) error
}

// FileCursor keeps the position in a small JSON file, replaced atomically
// (write to a temporary file, fsync, rename, fsync the directory), so a crash
// leaves either the old or the new position, never a torn one.
type FileCursor struct {
	path string
}

// NewFileCursor returns a cursor stored at path; the file appears on the
// first Save.
func NewFileCursor(path string) *FileCursor { return &FileCursor{path: path} }

// Load implements Cursor.
func (f *FileCursor) Load() (Position, bool, error) {
	b, err := os.ReadFile(f.path)
	if errors.Is(err, os.ErrNotExist) {
		return Position{}, false, nil
	}
	if err != nil {
		return Position{}, false, fmt.Errorf("chain: cursor: %w", err)
	}
	var p Position
	if err := json.Unmarshal(b, &p); err != nil {
		return Position{}, false, fmt.Errorf("chain: cursor %s is corrupt: %w", f.path, err)
	}
	return p, true, nil
}

// Save implements Cursor.
func (f *FileCursor) Save(p Position) error {
	b, _ := json.Marshal(p)
	dir := filepath.Dir(f.path)
	tmp, err := os.CreateTemp(dir, ".cursor-*")
	if err != nil {
		return fmt.Errorf("chain: cursor: %w", err)
	}
	_, werr := tmp.Write(append(b, '\n'))
	serr := tmp.Sync()
	cerr := tmp.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("chain: cursor: write %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), f.path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("chain: cursor: %w", err)
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("chain: cursor: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("chain: cursor: sync %s: %w", dir, err)
	}
	return nil
}

// MemCursor keeps the position in memory (nothing survives a restart).
type MemCursor struct {
	mu  sync.Mutex
	pos Position
	ok  bool
}

// Load implements Cursor.
func (m *MemCursor) Load() (Position, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.pos, m.ok, nil
}

// Save implements Cursor.
func (m *MemCursor) Save(p Position) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.pos, m.ok = p, true
	return nil
}
