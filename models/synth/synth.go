// Package synth writes GGUF models for tests, calibration and benchmarks:
// random-weight llama models of any shape, and rewritten copies of existing
// models (weights perturbed, a layer removed, tensors re-encoded). It uses
// ollama's pure-Go GGUF writer (fs/ggml.WriteGGUF) and needs no cgo.
package synth

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"strings"

	fsggml "github.com/ollama/ollama/fs/ggml"

	"github.com/pol-network/pol/models/quant"
)

// Spec is the shape of a random-weight llama model.
type Spec struct {
	Vocab, Dim, Layers, Heads, KVHeads, FFN, Context int
	// RopeBase is written as llama.rope.freq_base unless it is 0, in which
	// case the key is omitted (to exercise the default).
	RopeBase float32
	// F16 stores the matrices as float16 instead of float32.
	F16  bool
	Seed uint64
}

// Small is a fast model for unit tests.
var Small = Spec{Vocab: 384, Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFN: 128, Context: 512, RopeBase: 10000, Seed: 1}

// Wide has the width of a 1B-class model (Llama 3.2 1B: dim 2048, FFN 8192,
// 32/8 heads) with fewer layers and a 32,000 vocabulary, for benchmarks.
var Wide = Spec{Vocab: 32000, Dim: 2048, Layers: 2, Heads: 32, KVHeads: 8, FFN: 8192, Context: 4096, RopeBase: 500000, F16: true, Seed: 7}

// WriteLlama writes a random-weight llama GGUF with a SentencePiece-style
// vocabulary (<unk>, <s>, </s>, 256 byte tokens, then synthetic pieces).
func WriteLlama(path string, s Spec) error {
	if s.Vocab < 300 {
		return fmt.Errorf("synth: vocabulary of %d < 300", s.Vocab)
	}
	headDim := s.Dim / s.Heads
	kv := fsggml.KV{
		"general.architecture":                   "llama",
		"general.name":                           fmt.Sprintf("synth-llama-%d-%d-%d-seed%d", s.Dim, s.Layers, s.Vocab, s.Seed),
		"general.alignment":                      uint32(32),
		"llama.embedding_length":                 uint32(s.Dim),
		"llama.block_count":                      uint32(s.Layers),
		"llama.attention.head_count":             uint32(s.Heads),
		"llama.attention.head_count_kv":          uint32(s.KVHeads),
		"llama.feed_forward_length":              uint32(s.FFN),
		"llama.context_length":                   uint32(s.Context),
		"llama.rope.dimension_count":             uint32(headDim),
		"llama.attention.layer_norm_rms_epsilon": float32(1e-5),
		"tokenizer.ggml.model":                   "llama",
		"tokenizer.ggml.bos_token_id":            uint32(1),
		"tokenizer.ggml.eos_token_id":            uint32(2),
		"tokenizer.ggml.unknown_token_id":        uint32(0),
	}
	if s.RopeBase != 0 {
		kv["llama.rope.freq_base"] = s.RopeBase
	}
	tokens, scores, types := vocabulary(s.Vocab)
	kv["tokenizer.ggml.tokens"] = tokens
	kv["tokenizer.ggml.scores"] = scores
	kv["tokenizer.ggml.token_type"] = types

	mat := fsggml.TensorTypeF32
	if s.F16 {
		mat = fsggml.TensorTypeF16
	}
	var ts []*fsggml.Tensor
	seed := s.Seed
	add := func(name string, kind fsggml.TensorType, shape []uint64, gen func(r *rand.Rand) float32) {
		seed++
		ts = append(ts, &fsggml.Tensor{Name: name, Kind: uint32(kind), Shape: shape,
			WriterTo: &genWriter{n: elements(shape), kind: kind, seed: seed, gen: gen}})
	}
	one := func(*rand.Rand) float32 { return 1 }
	normal := func(std float64) func(r *rand.Rand) float32 {
		return func(r *rand.Rand) float32 { return float32(r.NormFloat64() * std) }
	}
	d, f, q, kvd := uint64(s.Dim), uint64(s.FFN), uint64(s.Heads*headDim), uint64(s.KVHeads*headDim)
	add("token_embd.weight", mat, []uint64{d, uint64(s.Vocab)}, normal(1))
	add("output_norm.weight", fsggml.TensorTypeF32, []uint64{d}, one)
	add("output.weight", mat, []uint64{d, uint64(s.Vocab)}, normal(2/math.Sqrt(float64(s.Dim))))
	for i := range s.Layers {
		p := fmt.Sprintf("blk.%d.", i)
		add(p+"attn_norm.weight", fsggml.TensorTypeF32, []uint64{d}, one)
		add(p+"ffn_norm.weight", fsggml.TensorTypeF32, []uint64{d}, one)
		add(p+"attn_q.weight", mat, []uint64{d, q}, normal(1/math.Sqrt(float64(s.Dim))))
		add(p+"attn_k.weight", mat, []uint64{d, kvd}, normal(1/math.Sqrt(float64(s.Dim))))
		add(p+"attn_v.weight", mat, []uint64{d, kvd}, normal(1/math.Sqrt(float64(s.Dim))))
		add(p+"attn_output.weight", mat, []uint64{q, d}, normal(0.5/math.Sqrt(float64(q))))
		add(p+"ffn_gate.weight", mat, []uint64{d, f}, normal(1/math.Sqrt(float64(s.Dim))))
		add(p+"ffn_up.weight", mat, []uint64{d, f}, normal(1/math.Sqrt(float64(s.Dim))))
		add(p+"ffn_down.weight", mat, []uint64{f, d}, normal(0.5/math.Sqrt(float64(s.FFN))))
	}
	return write(path, kv, ts)
}

func vocabulary(n int) ([]string, []float32, []int32) {
	tokens := make([]string, n)
	scores := make([]float32, n)
	types := make([]int32, n)
	tokens[0], types[0] = "<unk>", 2
	tokens[1], types[1] = "<s>", 3
	tokens[2], types[2] = "</s>", 3
	for b := range 256 {
		tokens[3+b], types[3+b] = fmt.Sprintf("<0x%02X>", b), 6
	}
	letters := "abcdefghijklmnopqrstuvwxyz"
	i := 259
	for _, c := range letters {
		if i < n {
			tokens[i], types[i], scores[i] = string(c), 1, -float32(i)
			i++
		}
		if i < n {
			tokens[i], types[i], scores[i] = "\u2581"+string(c), 1, -float32(i)
			i++
		}
	}
	for ; i < n; i++ {
		tokens[i], types[i], scores[i] = fmt.Sprintf("\u2581w%d", i), 1, -float32(i)
	}
	return tokens, scores, types
}

// genWriter streams a tensor of n random values.
type genWriter struct {
	n    int
	kind fsggml.TensorType
	seed uint64
	gen  func(*rand.Rand) float32
}

func (g *genWriter) WriteTo(w io.Writer) (int64, error) {
	r := rand.New(rand.NewPCG(g.seed, 0x706f6c))
	const chunk = 1 << 16
	buf := make([]float32, 0, chunk)
	var total int64
	for left := g.n; left > 0; {
		buf = buf[:min(chunk, left)]
		for i := range buf {
			buf[i] = g.gen(r)
		}
		left -= len(buf)
		b, err := quant.Encode(g.kind, buf)
		if err != nil {
			return total, err
		}
		n, err := w.Write(b)
		total += int64(n)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

func write(path string, kv fsggml.KV, ts []*fsggml.Tensor) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := fsggml.WriteGGUF(f, kv, ts); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("synth: writing %s: %w", path, err)
	}
	return f.Close()
}

// Tensor is one tensor of a model being rewritten.
type Tensor struct {
	Name  string
	Kind  fsggml.TensorType
	Shape []uint64
	Data  []byte
}

// TensorFunc edits a tensor in place (name, type, bytes), or returns
// drop = true to leave it out.
type TensorFunc func(t *Tensor) (drop bool, err error)

// KVFunc edits the metadata of a rewritten model in place.
type KVFunc func(kv fsggml.KV)

// Rewrite copies the GGUF at src to dst, passing every tensor through tf and
// the metadata through kvf (either may be nil). The model's tensors are held
// in memory; meant for small and mid-size models.
func Rewrite(src, dst string, tf TensorFunc, kvf KVFunc) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	g, err := fsggml.Decode(in, -1)
	if err != nil {
		return fmt.Errorf("synth: %s: %w", src, err)
	}
	kv := fsggml.KV{}
	for k, v := range g.KV() {
		if k == "general.parameter_count" { // derived by the decoder
			continue
		}
		kv[k] = v
	}
	if kvf != nil {
		kvf(kv)
	}
	base := g.Tensors().Offset
	var ts []*fsggml.Tensor
	for _, t := range g.Tensors().Items() {
		data := make([]byte, t.Size())
		if _, err := in.ReadAt(data, int64(base+t.Offset)); err != nil {
			return fmt.Errorf("synth: reading %s: %w", t.Name, err)
		}
		nt := &Tensor{Name: t.Name, Kind: fsggml.TensorType(t.Kind), Shape: t.Shape, Data: data}
		if tf != nil {
			drop, err := tf(nt)
			if err != nil {
				return fmt.Errorf("synth: %s: %w", t.Name, err)
			}
			if drop {
				continue
			}
		}
		ts = append(ts, &fsggml.Tensor{Name: nt.Name, Kind: uint32(nt.Kind), Shape: nt.Shape, WriterTo: bytesWriter(nt.Data)})
	}
	return write(dst, kv, ts)
}

type bytesWriter []byte

func (b bytesWriter) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(b)
	return int64(n), err
}

// Perturb returns a TensorFunc that multiplies every weight of the float
// matrices (2-D tensors) by (1 + rel*u), u uniform in [-1, 1), seeded.
func Perturb(rel float64, seed uint64) TensorFunc {
	return func(t *Tensor) (bool, error) {
		if len(t.Shape) < 2 {
			return false, nil
		}
		v, err := quant.Decode(t.Kind, t.Data, elements(t.Shape))
		if err != nil {
			return false, err
		}
		r := rand.New(rand.NewPCG(seed, uint64(len(t.Name))))
		for i := range v {
			v[i] *= float32(1 + rel*(2*r.Float64()-1))
		}
		t.Data, err = quant.Encode(t.Kind, v)
		return false, err
	}
}

// Shuffle returns a TensorFunc that permutes the values of every matrix
// (2-D tensor) at random: a different model with the same architecture,
// tokenizer and weight statistics.
func Shuffle(seed uint64) TensorFunc {
	return func(t *Tensor) (bool, error) {
		if len(t.Shape) < 2 {
			return false, nil
		}
		v, err := quant.Decode(t.Kind, t.Data, elements(t.Shape))
		if err != nil {
			return false, err
		}
		r := rand.New(rand.NewPCG(seed, uint64(len(t.Name))))
		r.Shuffle(len(v), func(i, j int) { v[i], v[j] = v[j], v[i] })
		t.Data, err = quant.Encode(t.Kind, v)
		return false, err
	}
}

// Quantize returns a TensorFunc that re-encodes every matrix (2-D tensor) as
// kind (e.g. Q8_0, Q4_0, F16); vectors, and matrices whose rows do not fill
// whole 32-value blocks, stay as they are.
func Quantize(kind fsggml.TensorType) TensorFunc {
	return func(t *Tensor) (bool, error) {
		if len(t.Shape) < 2 || quant.EncodedSize(kind, int(t.Shape[0])) < 0 {
			return false, nil
		}
		v, err := quant.Decode(t.Kind, t.Data, elements(t.Shape))
		if err != nil {
			return false, err
		}
		if t.Data, err = quant.Encode(kind, v); err != nil {
			return false, err
		}
		t.Kind = kind
		return false, nil
	}
}

func elements(shape []uint64) int {
	n := 1
	for _, v := range shape {
		n *= int(v)
	}
	return n
}

// RemoveLayer returns the functions that drop block `layer` of a model with
// the given architecture and renumber the blocks after it, for Rewrite.
func RemoveLayer(layer int, arch string) (TensorFunc, KVFunc) {
	tf := func(t *Tensor) (bool, error) {
		var n int
		var rest string
		if _, err := fmt.Sscanf(t.Name, "blk.%d.", &n); err != nil {
			return false, nil
		}
		rest = strings.TrimPrefix(t.Name, fmt.Sprintf("blk.%d.", n))
		switch {
		case n == layer:
			return true, nil
		case n > layer:
			t.Name = fmt.Sprintf("blk.%d.%s", n-1, rest)
		}
		return false, nil
	}
	kvf := func(kv fsggml.KV) {
		kv[arch+".block_count"] = kv.Uint("block_count") - 1
	}
	return tf, kvf
}
