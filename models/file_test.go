package models

import (
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"

	fsggml "github.com/ollama/ollama/fs/ggml"

	"github.com/pol-network/pol/models/synth"
)

// bundledPath returns the bundled model, fetching it once per test binary.
func bundledPath(t testing.TB) string {
	t.Helper()
	p, err := BundledModelPath(context.Background())
	if err != nil {
		t.Fatalf("bundled model: %v", err)
	}
	return p
}

func TestOpenBundled(t *testing.T) {
	f, err := Open(bundledPath(t))
	if err != nil {
		t.Fatal(err)
	}
	want := Config{Arch: "llama", VocabSize: 512, EmbedDim: 64, Layers: 5, Heads: 8, KVHeads: 4, HeadDim: 8,
		FFNDim: 172, ContextLen: 2048, RopeDim: 8, RopeBase: 10000, RopeScale: 1, RMSEps: 1e-5}
	if f.Config != want {
		t.Fatalf("config\n got %+v\nwant %+v", f.Config, want)
	}
	if _, ok := f.KV["llama.rope.freq_base"]; ok {
		t.Fatal("bundled model now carries rope.freq_base; the default-trap test below lost its subject")
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	src := bundledPath(t)
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	otherArch := filepath.Join(dir, "mamba.gguf")
	if err := synth.Rewrite(src, otherArch, nil, func(kv fsggml.KV) { kv["general.architecture"] = "mamba" }); err != nil {
		t.Fatal(err)
	}
	noBlock := filepath.Join(dir, "missing-tensor.gguf")
	if err := synth.Rewrite(src, noBlock, func(t *synth.Tensor) (bool, error) { return t.Name == "blk.3.ffn_up.weight", nil }, nil); err != nil {
		t.Fatal(err)
	}
	// Minimal headers whose declared sizes would make a decoder allocate
	// terabytes.
	header := func(kvs ...[]byte) []byte {
		b := binary.LittleEndian.AppendUint32([]byte("GGUF"), 3)
		b = binary.LittleEndian.AppendUint64(b, 0)
		b = binary.LittleEndian.AppendUint64(b, uint64(len(kvs)))
		for _, kv := range kvs {
			b = append(b, kv...)
		}
		return b
	}
	key := binary.LittleEndian.AppendUint64(nil, 1)
	key = append(key, 'a')
	hugeArray := binary.LittleEndian.AppendUint32(append([]byte{}, key...), 9)
	hugeArray = binary.LittleEndian.AppendUint32(hugeArray, 8)
	hugeArray = binary.LittleEndian.AppendUint64(hugeArray, 1<<40)
	hugeString := binary.LittleEndian.AppendUint32(append([]byte{}, key...), 8)
	hugeString = binary.LittleEndian.AppendUint64(hugeString, 1<<62)
	cases := []struct {
		name, path string
		want       error
	}{
		{"huge-array", write("huge-array.gguf", header(hugeArray)), ErrTruncated},
		{"huge-string", write("huge-string.gguf", header(hugeString)), ErrTruncated},
		{"huge-counts", write("huge-counts.gguf", header()[:16]), ErrTruncated},
		{"missing", filepath.Join(dir, "nope.gguf"), ErrNotFound},
		{"directory", dir, ErrNotGGUF},
		{"text", write("text.gguf", []byte("this is not a model\n")), ErrNotGGUF},
		{"empty", write("empty.gguf", nil), ErrNotGGUF},
		{"cut-in-header", write("cut-header.gguf", data[:200]), ErrTruncated},
		{"cut-in-weights", write("cut-weights.gguf", data[:len(data)-1000]), ErrTruncated},
		{"cut-last-byte", write("cut-last.gguf", data[:len(data)-1]), ErrTruncated},
		{"other-arch", otherArch, ErrUnsupportedArch},
		{"missing-tensor", noBlock, ErrBadModel},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Open(c.path)
			if !errors.Is(err, c.want) {
				t.Fatalf("Open(%s) = %v, want %v", c.name, err, c.want)
			}
			t.Log(err)
		})
	}
}

func TestOpenSynth(t *testing.T) {
	p := filepath.Join(t.TempDir(), "small.gguf")
	s := synth.Small
	s.RopeBase = 0 // key omitted: llama.cpp's default applies
	if err := synth.WriteLlama(p, s); err != nil {
		t.Fatal(err)
	}
	f, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	if f.Config.RopeBase != DefaultRopeBase || f.Config.VocabSize != s.Vocab || f.Config.KVHeads != s.KVHeads {
		t.Fatalf("config %+v", f.Config)
	}
}

// Open never panics, whatever the bytes: a damaged copy of the bundled
// model's header is an error or a valid model.
func FuzzOpen(f *testing.F) {
	data, err := os.ReadFile(bundledPath(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(uint32(10), byte(0xff))
	f.Add(uint32(23), byte(0x7f))
	f.Add(uint32(100), byte(1))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, at uint32, v byte) {
		b := append([]byte(nil), data...)
		b[int(at)%8192] ^= v // the header and the tokenizer arrays
		p := filepath.Join(dir, "m.gguf")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		Open(p)
	})
}
