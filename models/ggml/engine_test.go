package ggml

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/pol-network/pol/models"
)

func bundled(t testing.TB) string {
	t.Helper()
	p, err := models.BundledModelPath(context.Background())
	if err != nil {
		t.Fatalf("bundled model: %v", err)
	}
	return p
}

func load(t testing.TB, path string, o Options) *Engine {
	t.Helper()
	e, err := Load(context.Background(), path, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

func argmax(v []float32) int32 {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return int32(best)
}

// greedy decodes n tokens after prompt, one Decode per step.
func greedy(t testing.TB, e models.Engine, prompt []int32, n int) ([]int32, [][]float32) {
	t.Helper()
	s, err := e.NewSession(0)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l, err := models.Prefill(s, prompt)
	if err != nil {
		t.Fatal(err)
	}
	var out []int32
	var all [][]float32
	for range n {
		all = append(all, l)
		tok := argmax(l)
		out = append(out, tok)
		if l, err = models.Decode(s, tok); err != nil {
			t.Fatal(err)
		}
	}
	return out, all
}

func TestGreedyBundled(t *testing.T) {
	e := load(t, bundled(t), Options{Threads: 1})
	tok := e.File().Tokenizer
	prompt, err := tok.Encode("Once upon a time")
	if err != nil {
		t.Fatal(err)
	}
	out, logits := greedy(t, e, prompt, 12)
	text := tok.Decode(out)
	if want := ", there was a little girl named Lily."; len(text) < len(want) || text[:len(want)] != want {
		t.Fatalf("greedy continuation %q, want prefix %q", text, want)
	}
	for i, l := range logits {
		if len(l) != 512 {
			t.Fatalf("position %d: %d logits, want the full vocabulary of 512", i, len(l))
		}
	}
}

// The same positions through one batched prefill and through incremental
// decoding, and with 1 vs 2 threads: bitwise equal with default cgo flags.
func TestPrefillMatchesDecode(t *testing.T) {
	p := bundled(t)
	e := load(t, p, Options{Threads: 1})
	prompt, _ := e.File().Tokenizer.Encode("Once upon a time")
	out, inc := greedy(t, e, prompt, 10)
	all := append(append([]int32{}, prompt...), out...)
	s, err := e.NewSession(0)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var idx []int
	for i := range out {
		idx = append(idx, len(prompt)-1+i)
	}
	batch, err := s.Forward(all, idx)
	if err != nil {
		t.Fatal(err)
	}
	var maxd float64
	for i := range inc {
		for j := range inc[i] {
			maxd = max(maxd, abs(float64(inc[i][j]-batch[i][j])))
		}
	}
	t.Logf("prefill vs decode: max |Δ logit| = %g", maxd)
	if maxd > 1e-3 {
		t.Fatalf("prefill and decode differ by %g", maxd)
	}
	e2 := load(t, p, Options{Threads: 2})
	_, inc2 := greedy(t, e2, prompt, 10)
	if !reflect.DeepEqual(inc, inc2) {
		t.Log("1 vs 2 threads not bitwise equal (SIMD build?)")
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.gguf")
	os.WriteFile(bad, []byte("GGUF but not really"), 0o644)
	for _, c := range []struct {
		path string
		want error
	}{
		{filepath.Join(dir, "missing.gguf"), models.ErrNotFound},
		{bad, models.ErrNotGGUF},
	} {
		_, err := Load(context.Background(), c.path, Options{})
		if !errors.Is(err, c.want) {
			t.Errorf("Load(%s) = %v, want %v", c.path, err, c.want)
		}
	}
}

func TestSessions(t *testing.T) {
	e := load(t, bundled(t), Options{Threads: 1, MaxContext: 16})
	s, err := e.NewSession(0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.NewSession(0); err == nil {
		t.Fatal("second session on a one-session engine")
	}
	s.Close()
	if _, err := e.NewSession(17); !errors.Is(err, models.ErrContextFull) {
		t.Fatalf("session longer than the engine context: %v", err)
	}
	s, _ = e.NewSession(0)
	if _, err := s.Forward(make([]int32, 17), nil); !errors.Is(err, models.ErrContextFull) {
		t.Fatalf("overlong forward: %v", err)
	}
	if _, err := s.Forward([]int32{1, 600}, nil); err == nil {
		t.Fatal("token outside the vocabulary accepted")
	}
	if _, err := s.Forward([]int32{1, 2}, []int{1, 0}); err == nil {
		t.Fatal("unordered outputs accepted")
	}
	s.Close()
	// A new session starts from an empty cache: same logits as the first.
	s1, _ := e.NewSession(0)
	a, _ := models.Prefill(s1, []int32{1, 403})
	s1.Close()
	s2, _ := e.NewSession(0)
	b, _ := models.Prefill(s2, []int32{1, 403})
	s2.Close()
	if !reflect.DeepEqual(a, b) {
		t.Fatal("session reuse leaks cache state")
	}
}

// Two sessions used from two goroutines share the engine (its forward
// passes are serialised) and get the logits a lone session gets.
func TestConcurrentSessions(t *testing.T) {
	e := load(t, bundled(t), Options{Threads: 1, MaxSessions: 2, MaxContext: 64})
	prompt := []int32{1, 403, 407, 261, 378}
	want, _ := greedy(t, e, prompt, 16)
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := e.NewSession(0)
			if err != nil {
				t.Error(err)
				return
			}
			defer s.Close()
			l, err := models.Prefill(s, prompt)
			var got []int32
			for range 16 {
				if err != nil {
					t.Error(err)
					return
				}
				got = append(got, argmax(l))
				l, err = models.Decode(s, argmax(l))
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("concurrent session generated %v, want %v", got, want)
			}
		}()
	}
	wg.Wait()
}

// A session at a KV precision other than the engine's default computes what
// an engine loaded with that precision computes, bit for bit, and sessions
// at both precisions can be used in turn.
func TestSessionKV(t *testing.T) {
	p := bundled(t)
	f32 := load(t, p, Options{Threads: 1})
	f16 := load(t, p, Options{Threads: 1, KV: models.KVF16})
	if f32.KV() != models.KVF32 || f16.KV() != models.KVF16 {
		t.Fatalf("default precisions %s, %s", f32.KV(), f16.KV())
	}
	prompt := []int32{1, 403, 407, 261, 378}
	_, want16 := greedy(t, f16, prompt, 12)
	_, want32 := greedy(t, f32, prompt, 12)
	got16s, err := f32.NewSessionKV(0, models.KVF16)
	if err != nil {
		t.Fatal(err)
	}
	defer got16s.Close()
	got32s, err := f32.NewSession(0)
	if err != nil {
		t.Fatal(err)
	}
	defer got32s.Close()
	var differ bool
	for i := range want16 {
		tok := prompt
		if i > 0 {
			tok = []int32{argmax(want16[i-1])}
		}
		l16, err := models.Prefill(got16s, tok)
		if err != nil {
			t.Fatal(err)
		}
		if i > 0 {
			tok = []int32{argmax(want32[i-1])}
		}
		l32, err := models.Prefill(got32s, tok) // interleaved with the f16 session
		if err != nil {
			t.Fatal(err)
		}
		for j := range l16 {
			if l16[j] != want16[i][j] || l32[j] != want32[i][j] {
				t.Fatalf("position %d logit %d: f16 session %g vs f16 engine %g, f32 session %g vs f32 engine %g",
					i, j, l16[j], want16[i][j], l32[j], want32[i][j])
			}
			differ = differ || l16[j] != l32[j]
		}
	}
	if !differ {
		t.Fatal("f16 and f32 caches gave identical logits: the precision was not applied")
	}
	if _, err := f32.NewSessionKV(0, "bf16"); err == nil {
		t.Fatal("unknown precision accepted")
	}
}
