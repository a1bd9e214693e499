// Package ggml runs models with ollama's Go engine (github.com/ollama/ollama
// v0.17.4: model, ml/backend/ggml) in-process, returning full-vocabulary
// float32 logits. It needs cgo; ggml's CPU backend is compiled in.
//
// Build flags matter for speed, not for correctness: the default cgo flags
// compile ggml without AVX (portable, ~4 GFLOP/s); set
//
//	CGO_CFLAGS="-O3 -march=x86-64-v3" CGO_CXXFLAGS="-O3 -march=x86-64-v3"
//
// for ~70 GFLOP/s on AVX2 machines (-march=native fails to link: AMX). GPU
// use: ollama's ggml backends for CUDA/ROCm/Metal are separate shared
// libraries (libggml-cuda.so etc., built with ollama's CMake presets) that
// the engine loads at the first model load from the directories in
// OLLAMA_LIBRARY_PATH; pol sets it to the executable's directory when it is
// unset. With a GPU backend present, Options.GPULayers offloads layers to it.
// That path is not tested here (no GPU); the CPU path is.
package ggml

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sync"
	"unsafe"

	"github.com/ollama/ollama/kvcache"
	"github.com/ollama/ollama/ml"
	_ "github.com/ollama/ollama/ml/backend/ggml"
	"github.com/ollama/ollama/model"
	"github.com/ollama/ollama/model/input"
	"github.com/ollama/ollama/model/models/llama"

	"github.com/pol-network/pol/models"
)

// KVType is the KV cache element type.
type KVType string

const (
	// KVF32 keeps keys and values in float32: the protocol default, so the
	// cache adds no rounding beyond the reference computation's.
	KVF32 KVType = "f32"
	// KVF16 halves cache memory at ~1e-2 logit drift (see docs/calibration.md).
	KVF16 KVType = "f16"
)

// Options configure the engine.
type Options struct {
	// Threads for the CPU backend; 0 means runtime.NumCPU().
	Threads int
	// KV is the cache type; "" means KVF32.
	KV KVType
	// MaxContext caps the KV cache length per session; 0 means
	// min(model context length, 4096).
	MaxContext int
	// MaxSessions is how many sessions may be open at once; 0 means 1.
	MaxSessions int
	// MaxBatch is the most tokens per forward pass; longer prefills are
	// split. 0 means 512.
	MaxBatch int
	// GPULayers assigns layers to GPU devices (empty: CPU only).
	GPULayers ml.GPULayersList
	// Progress, if set, is called while weights load (0..1).
	Progress func(float32)
}

// Engine is a model loaded into ollama's ggml engine.
type Engine struct {
	file  *models.File
	opts  Options
	m     model.Model
	cache kvcache.Cache
	name  string

	mu   sync.Mutex
	free []int // free sequence ids
}

// Load opens path as a pol model (models.Open) and loads it into the engine.
func Load(ctx context.Context, path string, opts Options) (*Engine, error) {
	f, err := models.Open(path)
	if err != nil {
		return nil, err
	}
	return LoadFile(ctx, f, opts)
}

var libraryPathOnce sync.Once

// setLibraryPath points ggml's backend search at the executable's directory
// unless OLLAMA_LIBRARY_PATH says otherwise (ollama's default, ../lib/ollama,
// does not exist for pol and makes ggml print a line per backend).
func setLibraryPath() {
	if _, ok := os.LookupEnv("OLLAMA_LIBRARY_PATH"); ok {
		return
	}
	exe, err := os.Executable()
	if err != nil {
		return
	}
	if eval, err := filepath.EvalSymlinks(exe); err == nil {
		exe = eval
	}
	os.Setenv("OLLAMA_LIBRARY_PATH", filepath.Dir(exe))
}

// LoadFile loads an already opened model file.
func LoadFile(ctx context.Context, f *models.File, opts Options) (e *Engine, err error) {
	libraryPathOnce.Do(setLibraryPath)
	if opts.Threads <= 0 {
		opts.Threads = runtime.NumCPU()
	}
	if opts.KV == "" {
		opts.KV = KVF32
	}
	var dtype ml.DType
	switch opts.KV {
	case KVF32:
		dtype = ml.DTypeF32
	case KVF16:
		dtype = ml.DTypeF16
	default:
		return nil, fmt.Errorf("ggml: unknown KV cache type %q", opts.KV)
	}
	if opts.MaxContext <= 0 {
		opts.MaxContext = min(f.Config.ContextLen, 4096)
	}
	if opts.MaxSessions <= 0 {
		opts.MaxSessions = 1
	}
	if opts.MaxBatch <= 0 {
		opts.MaxBatch = 512
	}
	opts.MaxBatch = min(opts.MaxBatch, opts.MaxContext)
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("ggml: loading %s: %v", f.Path, p)
		}
	}()

	m, err := model.New(f.Path, ml.BackendParams{
		AllocMemory: true,
		NumThreads:  opts.Threads,
		GPULayers:   opts.GPULayers,
	})
	if err != nil {
		return nil, fmt.Errorf("ggml: %s: %w", f.Path, err)
	}
	if err := pinConfig(m, f.Config); err != nil {
		m.Backend().Close()
		return nil, err
	}
	progress := opts.Progress
	if progress == nil {
		progress = func(float32) {}
	}
	if err := m.Backend().Load(ctx, progress); err != nil {
		m.Backend().Close()
		return nil, fmt.Errorf("ggml: loading weights of %s: %w", f.Path, err)
	}
	cache := m.Config().Cache
	if cache == nil {
		m.Backend().Close()
		return nil, errors.New("ggml: model has no KV cache")
	}
	cache.Init(m.Backend(), dtype, opts.MaxSessions, opts.MaxContext, opts.MaxBatch)
	e = &Engine{
		file:  f,
		opts:  opts,
		m:     m,
		cache: cache,
		name:  fmt.Sprintf("ggml/%skv/t%d", opts.KV, opts.Threads),
	}
	for i := opts.MaxSessions - 1; i >= 0; i-- {
		e.free = append(e.free, i)
	}
	return e, nil
}

// pinConfig makes ollama's llama model use pol's effective configuration.
// ollama reads some keys with defaults that differ from llama.cpp's (notably
// rope.freq_base: 1e5 instead of 1e4), and keeps them in unexported fields,
// so they are set here by reflection; a field that is missing (a different
// ollama version) is an error, never a silent fallback.
func pinConfig(m model.Model, c models.Config) error {
	lm, ok := m.(*llama.Model)
	if !ok {
		return fmt.Errorf("ggml: %w: engine built %T", models.ErrUnsupportedArch, m)
	}
	opts := reflect.ValueOf(&lm.Options).Elem()
	set := func(name string, v any) error {
		f := opts.FieldByName(name)
		if !f.IsValid() {
			return fmt.Errorf("ggml: ollama llama.Options has no field %q (engine version changed?)", name)
		}
		w := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
		w.Set(reflect.ValueOf(v).Convert(f.Type()))
		return nil
	}
	for _, kv := range []struct {
		name string
		v    any
	}{
		{"hiddenSize", c.EmbedDim},
		{"numHeads", c.Heads},
		{"numKVHeads", c.KVHeads},
		{"headDim", c.HeadDim},
		{"ropeDim", c.RopeDim},
		{"eps", c.RMSEps},
		{"ropeBase", c.RopeBase},
		{"ropeScale", c.RopeScale},
	} {
		if err := set(kv.name, kv.v); err != nil {
			return err
		}
	}
	if len(lm.Layers) != c.Layers {
		return fmt.Errorf("ggml: engine built %d layers, config says %d", len(lm.Layers), c.Layers)
	}
	return nil
}

// Name is e.g. "ggml/f32kv/t2".
func (e *Engine) Name() string { return e.name }

// File is the loaded model.
func (e *Engine) File() *models.File { return e.file }

// Close frees the cache and the weights.
func (e *Engine) Close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.m == nil {
		return nil
	}
	e.cache.Close()
	e.m.Backend().Close()
	e.m = nil
	return nil
}

// NewSession takes a free sequence slot of the KV cache.
func (e *Engine) NewSession(maxLen int) (models.Session, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.m == nil {
		return nil, errors.New("ggml: engine closed")
	}
	if len(e.free) == 0 {
		return nil, fmt.Errorf("ggml: all %d sessions in use", e.opts.MaxSessions)
	}
	if maxLen > e.opts.MaxContext {
		return nil, fmt.Errorf("ggml: %w: session of %d tokens, engine context is %d (Options.MaxContext)", models.ErrContextFull, maxLen, e.opts.MaxContext)
	}
	if maxLen <= 0 {
		maxLen = e.opts.MaxContext
	}
	seq := e.free[len(e.free)-1]
	e.free = e.free[:len(e.free)-1]
	return &session{e: e, seq: seq, maxLen: maxLen}, nil
}

type session struct {
	e      *Engine
	seq    int
	n      int
	maxLen int
	closed bool
}

func (s *session) Len() int { return s.n }

func (s *session) Close() error {
	s.e.mu.Lock()
	defer s.e.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if s.e.m != nil {
		if err := s.e.cache.Remove(s.seq, 0, math.MaxInt32); err != nil {
			return err
		}
	}
	s.e.free = append(s.e.free, s.seq)
	return nil
}

func (s *session) Forward(tokens []int32, outputs []int) ([][]float32, error) {
	if err := models.CheckOutputs(len(tokens), outputs); err != nil {
		return nil, err
	}
	if s.n+len(tokens) > s.maxLen {
		return nil, fmt.Errorf("ggml: %w: %d + %d tokens > %d", models.ErrContextFull, s.n, len(tokens), s.maxLen)
	}
	vocab := s.e.file.Config.VocabSize
	for _, t := range tokens {
		if t < 0 || int(t) >= vocab {
			return nil, fmt.Errorf("ggml: token %d outside vocabulary of %d", t, vocab)
		}
	}
	s.e.mu.Lock()
	defer s.e.mu.Unlock()
	if s.closed || s.e.m == nil {
		return nil, errors.New("ggml: session closed")
	}
	res := make([][]float32, 0, len(outputs))
	next := 0 // index into outputs
	for start := 0; start < len(tokens); start += s.e.opts.MaxBatch {
		end := min(start+s.e.opts.MaxBatch, len(tokens))
		var want []int32
		for next < len(outputs) && outputs[next] < end {
			want = append(want, int32(outputs[next]-start))
			next++
		}
		logits, err := s.forwardChunk(tokens[start:end], want)
		if err != nil {
			return nil, err
		}
		s.n += end - start
		for i := range want {
			res = append(res, logits[i*vocab:(i+1)*vocab:(i+1)*vocab])
		}
	}
	return res, nil
}

// forwardChunk runs one batch and returns the logits for want (relative
// indices), concatenated.
func (s *session) forwardChunk(tokens []int32, want []int32) (out []float32, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("ggml: forward: %v", p)
		}
	}()
	// The graph always needs at least one output row; extra rows are dropped.
	outRows := want
	if len(outRows) == 0 {
		outRows = []int32{int32(len(tokens) - 1)}
	}
	ctx := s.e.m.Backend().NewContext()
	defer ctx.Close()
	positions := make([]int32, len(tokens))
	seqs := make([]int, len(tokens))
	for i := range tokens {
		positions[i] = int32(s.n + i)
		seqs[i] = s.seq
	}
	batch := input.Batch{
		Inputs:    ctx.Input().FromInts(tokens, len(tokens)),
		Outputs:   ctx.Input().FromInts(outRows, len(outRows)),
		Positions: positions,
		Sequences: seqs,
	}
	t, err := model.Forward(ctx, s.e.m, batch)
	if err != nil {
		return nil, fmt.Errorf("ggml: forward: %w", err)
	}
	ctx.Compute(t)
	if len(want) == 0 {
		return nil, nil
	}
	floats := t.Floats()
	if len(floats) != len(want)*s.e.file.Config.VocabSize {
		return nil, fmt.Errorf("ggml: got %d logits for %d outputs of vocabulary %d", len(floats), len(want), s.e.file.Config.VocabSize)
	}
	return floats, nil
}

var _ models.Engine = (*Engine)(nil)
