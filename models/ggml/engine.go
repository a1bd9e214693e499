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

// Options configure the engine.
type Options struct {
	// Threads for the CPU backend; 0 means runtime.NumCPU().
	Threads int
	// KV is the cache precision of NewSession; "" means models.KVF32.
	// Sessions at the other admitted precision (NewSessionKV) get a second
	// cache of the same size, made at first use.
	KV models.KV
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
	file *models.File
	opts Options
	m    model.Model
	lm   *llama.Model
	name string

	mu     sync.Mutex
	caches map[models.KV]kvcache.Cache // by precision; opts.KV's made at load
	free   map[models.KV][]int         // free sequence ids per cache
}

// Load opens path as a pol model (models.Open) and loads it into the engine.
func Load(ctx context.Context, path string, opts Options) (*Engine, error) {
	f, err := models.Open(path)
	if err != nil {
		return nil, err
	}
	return LoadFile(ctx, f, opts)
}

// backendMu serialises everything that touches ollama's ggml backends in
// this process — loading, cache setup and removal, every forward pass,
// closing — across engines. Two engines computing at once corrupt each
// other (NaN logits within milliseconds, now and then a segfault:
// TestTwoEnginesComputeAtOnce): the backends share process-wide state. A
// miner or validator runs one engine per process, so the lock costs it
// nothing; an in-process devnet's miners take turns.
var backendMu sync.Mutex

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
	kv, err := models.ParseKV(string(opts.KV))
	if err != nil {
		return nil, fmt.Errorf("ggml: %w", err)
	}
	opts.KV = kv
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
	backendMu.Lock()
	defer backendMu.Unlock()
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
	lm, err := pinConfig(m, f.Config)
	if err != nil {
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
	if lm.Cache == nil {
		m.Backend().Close()
		return nil, errors.New("ggml: model has no KV cache")
	}
	e = &Engine{
		file:   f,
		opts:   opts,
		m:      m,
		lm:     lm,
		name:   fmt.Sprintf("ggml/%skv/t%d", opts.KV, opts.Threads),
		caches: map[models.KV]kvcache.Cache{},
		free:   map[models.KV][]int{},
	}
	e.initCache(opts.KV, lm.Cache)
	return e, nil
}

// initCache sizes cache for precision kv and makes its sequence slots free;
// the caller holds e.mu or owns e.
func (e *Engine) initCache(kv models.KV, cache kvcache.Cache) {
	dtype := ml.DTypeF32
	if kv == models.KVF16 {
		dtype = ml.DTypeF16
	}
	cache.Init(e.m.Backend(), dtype, e.opts.MaxSessions, e.opts.MaxContext, e.opts.MaxBatch)
	e.caches[kv] = cache
	for i := e.opts.MaxSessions - 1; i >= 0; i-- {
		e.free[kv] = append(e.free[kv], i)
	}
}

// pinConfig makes ollama's llama model use pol's effective configuration.
// ollama reads some keys with defaults that differ from llama.cpp's (notably
// rope.freq_base: 1e5 instead of 1e4), and keeps them in unexported fields,
// so they are set here by reflection; a field that is missing (a different
// ollama version) is an error, never a silent fallback.
func pinConfig(m model.Model, c models.Config) (*llama.Model, error) {
	lm, ok := m.(*llama.Model)
	if !ok {
		return nil, fmt.Errorf("ggml: %w: engine built %T", models.ErrUnsupportedArch, m)
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
			return nil, err
		}
	}
	if len(lm.Layers) != c.Layers {
		return nil, fmt.Errorf("ggml: engine built %d layers, config says %d", len(lm.Layers), c.Layers)
	}
	return lm, nil
}

// Name is e.g. "ggml/f32kv/t2".
func (e *Engine) Name() string { return e.name }

// SaturatesCPU reports whether forward passes keep every core busy: no
// layer is offloaded to a GPU and there is a thread per core.
func (e *Engine) SaturatesCPU() bool {
	return len(e.opts.GPULayers) == 0 && e.opts.Threads >= runtime.NumCPU()
}

// File is the loaded model.
func (e *Engine) File() *models.File { return e.file }

// Close frees the cache and the weights.
func (e *Engine) Close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	backendMu.Lock()
	defer backendMu.Unlock()
	if e.m == nil {
		return nil
	}
	for _, c := range e.caches {
		c.Close()
	}
	e.m.Backend().Close()
	e.m = nil
	return nil
}

// KV is the cache precision of NewSession (Options.KV).
func (e *Engine) KV() models.KV { return e.opts.KV }

// NewSession takes a free sequence slot of the KV cache.
func (e *Engine) NewSession(maxLen int) (models.Session, error) {
	return e.NewSessionKV(maxLen, e.opts.KV)
}

// NewSessionKV takes a free sequence slot of the cache at precision kv,
// making that cache (as large as the default one) at its first use.
func (e *Engine) NewSessionKV(maxLen int, kv models.KV) (models.Session, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.m == nil {
		return nil, errors.New("ggml: engine closed")
	}
	kv, err := models.ParseKV(string(kv))
	if err != nil {
		return nil, fmt.Errorf("ggml: %w", err)
	}
	cache, ok := e.caches[kv]
	if !ok {
		cache = kvcache.NewCausalCache(e.lm.Shift)
		backendMu.Lock()
		e.initCache(kv, cache)
		backendMu.Unlock()
	}
	free := e.free[kv]
	if len(free) == 0 {
		return nil, fmt.Errorf("ggml: all %d %s-cache sessions in use", e.opts.MaxSessions, kv)
	}
	if maxLen > e.opts.MaxContext {
		return nil, fmt.Errorf("ggml: %w: session of %d tokens, engine context is %d (Options.MaxContext)", models.ErrContextFull, maxLen, e.opts.MaxContext)
	}
	if maxLen <= 0 {
		maxLen = e.opts.MaxContext
	}
	seq := free[len(free)-1]
	e.free[kv] = free[:len(free)-1]
	return &session{e: e, kv: kv, cache: cache, seq: seq, maxLen: maxLen}, nil
}

type session struct {
	e      *Engine
	kv     models.KV
	cache  kvcache.Cache
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
		backendMu.Lock()
		defer backendMu.Unlock()
		if err := s.cache.Remove(s.seq, 0, math.MaxInt32); err != nil {
			return err
		}
	}
	s.e.free[s.kv] = append(s.e.free[s.kv], s.seq)
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
	backendMu.Lock()
	defer backendMu.Unlock()
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
	s.e.lm.Cache = s.cache // the model reads its cache from here (e.mu held)
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

var _ models.KVEngine = (*Engine)(nil)
