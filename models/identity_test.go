package models

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	fsggml "github.com/ollama/ollama/fs/ggml"

	"github.com/pol-network/pol/models/synth"
)

func TestModelID(t *testing.T) {
	t.Setenv("POL_MODEL_ID_CACHE", filepath.Join(t.TempDir(), "ids.json"))
	ctx := context.Background()
	src := bundledPath(t)
	f, err := Open(src)
	if err != nil {
		t.Fatal(err)
	}
	var calls int
	var last, total int64
	id, err := f.ID(ctx, func(done, tot int64) { calls++; last, total = done, tot })
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("bundled model id %s", id)
	if calls == 0 || last != total || total <= 0 {
		t.Fatalf("progress: %d calls, last %d of %d", calls, last, total)
	}
	// Pinned: changing the construction or the tokenizer rules changes
	// every registered id, which must be a deliberate, versioned change.
	if want := BundledID; id.String() != want {
		t.Fatalf("bundled model id %s, want %s", id, want)
	}
	// Second call: from the cache, no hashing.
	calls = 0
	if id2, _ := f.ID(ctx, func(int64, int64) { calls++ }); id2 != id || calls != 0 {
		t.Fatalf("cached id %s (%d progress calls)", id2, calls)
	}
	if err := f.CheckID(ctx, id, nil); err != nil {
		t.Fatal(err)
	}
	var other ID
	other[0] = 1
	if err := f.CheckID(ctx, other, nil); !errors.Is(err, ErrIDMismatch) {
		t.Fatalf("CheckID with a wrong id: %v", err)
	}

	dir := t.TempDir()
	idOf := func(name string, tf synth.TensorFunc, kvf synth.KVFunc) ID {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := synth.Rewrite(src, p, tf, kvf); err != nil {
			t.Fatal(err)
		}
		g, err := Open(p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := g.ComputeID(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	// Metadata that changes no logit leaves the id alone...
	if got := idOf("renamed.gguf", nil, func(kv fsggml.KV) { kv["general.name"] = "something else" }); got != id {
		t.Errorf("renaming the model changed its id: %s", got)
	}
	// ...while weights, effective config and tokenizer all count.
	for name, c := range map[string]struct {
		tf  synth.TensorFunc
		kvf synth.KVFunc
	}{
		"perturbed.gguf": {tf: synth.Perturb(1e-3, 1)},
		"ropebase.gguf":  {kvf: func(kv fsggml.KV) { kv["llama.rope.freq_base"] = float32(1e5) }},
		"nobos.gguf":     {kvf: func(kv fsggml.KV) { kv["tokenizer.ggml.add_bos_token"] = false }},
	} {
		if got := idOf(name, c.tf, c.kvf); got == id {
			t.Errorf("%s: id unchanged", name)
		}
	}
}

func TestModelIDCacheKey(t *testing.T) {
	t.Setenv("POL_MODEL_ID_CACHE", filepath.Join(t.TempDir(), "ids.json"))
	ctx := context.Background()
	dir := t.TempDir()
	p := filepath.Join(dir, "m.gguf")
	if err := synth.WriteLlama(p, synth.Small); err != nil {
		t.Fatal(err)
	}
	f, _ := Open(p)
	id1, err := f.ID(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Replace the file with different weights and a new mtime: the cached
	// id must not be reused.
	s := synth.Small
	s.Seed = 99
	if err := synth.WriteLlama(p, s); err != nil {
		t.Fatal(err)
	}
	future := time.Now().Add(time.Hour)
	os.Chtimes(p, future, future)
	g, _ := Open(p)
	id2, err := g.ID(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if id1 == id2 {
		t.Fatal("stale cached id returned for a changed file")
	}
	if _, err := ParseID(id2.String()); err != nil {
		t.Fatal(err)
	}
}
