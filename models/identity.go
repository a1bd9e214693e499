package models

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// ID is a model's 32-byte identity: SHA-256 over its effective
// configuration, its canonical tokenizer and all its tensors (names, types,
// shapes, bytes). It is what the chain registers; the exact byte layout is
// in docs/model-identity.md. GGUF metadata that changes no logit (names,
// descriptions, licences) is not part of it.
type ID [32]byte

// IDVersion is the domain tag of the current construction.
const IDVersion = "pol/model-id/v1"

// String is the id in lower-case hex with a 0x prefix.
func (id ID) String() string { return "0x" + hex.EncodeToString(id[:]) }

// ParseID reads a 64-digit hex id, with or without 0x.
func ParseID(s string) (ID, error) {
	var id ID
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != len(id) {
		return id, fmt.Errorf("model id %q: want 64 hex digits", s)
	}
	copy(id[:], b)
	return id, nil
}

// Progress reports bytes hashed so far out of total.
type Progress func(done, total int64)

// Digest is SHA-256 over the effective configuration's fixed layout.
func (c Config) Digest() [32]byte {
	h := sha256.New()
	writeStr(h, c.Arch)
	for _, v := range []int{c.VocabSize, c.EmbedDim, c.Layers, c.Heads, c.KVHeads, c.HeadDim, c.FFNDim, c.ContextLen, c.RopeDim} {
		writeU64(h, uint64(v))
	}
	for _, v := range []float32{c.RopeBase, c.RopeScale, c.RMSEps} {
		writeU32(h, math.Float32bits(v))
	}
	for _, v := range []bool{c.RopeFactors, c.TiedOutput} {
		if v {
			h.Write([]byte{1})
		} else {
			h.Write([]byte{0})
		}
	}
	var d [32]byte
	h.Sum(d[:0])
	return d
}

// ComputeID hashes the file (no cache). progress may be nil.
func (f *File) ComputeID(ctx context.Context, progress Progress) (ID, error) {
	fh, err := os.Open(f.Path)
	if err != nil {
		return ID{}, err
	}
	defer fh.Close()
	ts := f.tensorRefs()
	sort.Slice(ts, func(i, j int) bool { return ts[i].name < ts[j].name })
	var total, done int64
	for _, t := range ts {
		total += t.size
	}
	wh := sha256.New()
	writeU64(wh, uint64(len(ts)))
	buf := make([]byte, 1<<20)
	for _, t := range ts {
		writeStr(wh, t.name)
		writeU32(wh, t.kind)
		writeU32(wh, uint32(len(t.shape)))
		for _, d := range t.shape {
			writeU64(wh, d)
		}
		writeU64(wh, uint64(t.size))
		r := io.NewSectionReader(fh, t.offset, t.size)
		for {
			if err := ctx.Err(); err != nil {
				return ID{}, err
			}
			n, err := r.Read(buf)
			wh.Write(buf[:n])
			done += int64(n)
			if err == io.EOF {
				break
			}
			if err != nil {
				return ID{}, fmt.Errorf("%w: %s: tensor %s: %v", ErrTruncated, f.Path, t.name, err)
			}
		}
		if progress != nil {
			progress(done, total)
		}
	}
	cd, td := f.Config.Digest(), f.Tokenizer.Digest()
	h := sha256.New()
	h.Write([]byte(IDVersion))
	h.Write(cd[:])
	h.Write(td[:])
	h.Write(wh.Sum(nil))
	var id ID
	h.Sum(id[:0])
	return id, nil
}

type tensorRef struct {
	name   string
	kind   uint32
	shape  []uint64
	offset int64
	size   int64
}

func (f *File) tensorRefs() []*tensorRef {
	out := make([]*tensorRef, len(f.Tensors))
	for i, t := range f.Tensors {
		out[i] = &tensorRef{name: t.Name, kind: t.Kind, shape: t.Shape,
			offset: int64(f.DataOffset + t.Offset), size: int64(t.Size())}
	}
	return out
}

// ID returns the model id, from the id cache when the file's path, size and
// modification time match an earlier computation, else by hashing the file
// (and recording the result). progress may be nil.
func (f *File) ID(ctx context.Context, progress Progress) (ID, error) {
	key := f.cacheKey()
	if id, ok := idCache.get(key); ok {
		return id, nil
	}
	id, err := f.ComputeID(ctx, progress)
	if err != nil {
		return ID{}, err
	}
	idCache.put(key, id)
	return id, nil
}

// CheckID fails with ErrIDMismatch unless the file's id is want.
func (f *File) CheckID(ctx context.Context, want ID, progress Progress) error {
	got, err := f.ID(ctx, progress)
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("%w: %s has id %s, expected %s", ErrIDMismatch, f.Path, got, want)
	}
	return nil
}

func (f *File) cacheKey() string {
	abs, err := filepath.Abs(f.Path)
	if err != nil {
		abs = f.Path
	}
	return fmt.Sprintf("%s|%s|%d|%d", IDVersion, abs, f.Size, f.ModTime.UnixNano())
}

// idCache is a small JSON file (key -> hex id) under the user cache
// directory; POL_MODEL_ID_CACHE overrides its path, "off" disables it.
var idCache = &fileCache{}

type fileCache struct {
	mu sync.Mutex
}

func (c *fileCache) path() string {
	if p := os.Getenv("POL_MODEL_ID_CACHE"); p != "" {
		if p == "off" {
			return ""
		}
		return p
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "pol", "model-ids.json")
}

func (c *fileCache) load(p string) map[string]string {
	m := map[string]string{}
	if b, err := os.ReadFile(p); err == nil {
		_ = json.Unmarshal(b, &m) // a damaged cache is rebuilt
	}
	return m
}

func (c *fileCache) get(key string) (ID, bool) {
	p := c.path()
	if p == "" {
		return ID{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.load(p)[key]
	if !ok {
		return ID{}, false
	}
	id, err := ParseID(s)
	return id, err == nil
}

func (c *fileCache) put(key string, id ID) {
	p := c.path()
	if p == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	m := c.load(p)
	m[key] = id.String()
	b, _ := json.MarshalIndent(m, "", " ")
	if os.MkdirAll(filepath.Dir(p), 0o755) != nil {
		return
	}
	tmp := p + ".tmp"
	if os.WriteFile(tmp, b, 0o644) == nil {
		_ = os.Rename(tmp, p) // the cache is an optimisation: failures only cost a rehash
	}
}

func writeU32(h hash.Hash, v uint32) {
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], v)
	h.Write(b[:])
}

func writeU64(h hash.Hash, v uint64) {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	h.Write(b[:])
}

func writeStr(h hash.Hash, s string) {
	writeU32(h, uint32(len(s)))
	h.Write([]byte(s))
}
