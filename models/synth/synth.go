// Package synth writes GGUF models for tests, calibration and benchmarks:
// random-weight llama models of any shape, and rewritten copies of existing
// models (weights perturbed, a layer removed, tensors re-encoded). It uses
// ollama's pure-Go GGUF writer (fs/ggml.WriteGGUF) and needs no cgo.
package synth

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"strings"

	fsggml "github.com/ollama/ollama/fs/ggml"
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
			WriterTo: &genWriter{n: int(shape[0] * shapeRest(shape)), kind: kind, seed: seed, gen: gen}})
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

func shapeRest(shape []uint64) uint64 {
	n := uint64(1)
	for _, v := range shape[1:] {
		n *= v
	}
	return n
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
		n, err := w.Write(Encode(g.kind, buf))
		total += int64(n)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// Encode stores float32 values as F32, F16 or BF16 bytes.
func Encode(kind fsggml.TensorType, v []float32) []byte {
	switch kind {
	case fsggml.TensorTypeF16:
		b := make([]byte, 2*len(v))
		for i, x := range v {
			binary.LittleEndian.PutUint16(b[2*i:], Float32ToF16(x))
		}
		return b
	case fsggml.TensorTypeBF16:
		b := make([]byte, 2*len(v))
		for i, x := range v {
			u := math.Float32bits(x)
			u += 0x7fff + (u>>16)&1 // round to nearest even
			binary.LittleEndian.PutUint16(b[2*i:], uint16(u>>16))
		}
		return b
	default:
		b := make([]byte, 4*len(v))
		for i, x := range v {
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
		}
		return b
	}
}

// Float32ToF16 converts with round-to-nearest-even (IEEE half precision).
func Float32ToF16(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	exp := int((b>>23)&0xff) - 127 + 15
	mant := b & 0x7fffff
	switch {
	case (b>>23)&0xff == 0xff: // Inf/NaN
		if mant != 0 {
			return sign | 0x7e00
		}
		return sign | 0x7c00
	case exp >= 0x1f:
		return sign | 0x7c00
	case exp <= 0:
		if exp < -10 {
			return sign
		}
		mant |= 0x800000
		shift := uint32(14 - exp)
		half := uint16(mant >> shift)
		rem := mant & (1<<shift - 1)
		mid := uint32(1) << (shift - 1)
		if rem > mid || (rem == mid && half&1 == 1) {
			half++
		}
		return sign | half
	}
	half := sign | uint16(exp)<<10 | uint16(mant>>13)
	rem := mant & 0x1fff
	if rem > 0x1000 || (rem == 0x1000 && half&1 == 1) {
		half++
	}
	return half
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

// DecodeF32 reads F32/F16/BF16 tensor bytes as float32 (other types: error).
func DecodeF32(kind fsggml.TensorType, data []byte) ([]float32, error) {
	switch kind {
	case fsggml.TensorTypeF32:
		v := make([]float32, len(data)/4)
		for i := range v {
			v[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		}
		return v, nil
	case fsggml.TensorTypeF16:
		v := make([]float32, len(data)/2)
		for i := range v {
			v[i] = F16ToFloat32(binary.LittleEndian.Uint16(data[2*i:]))
		}
		return v, nil
	case fsggml.TensorTypeBF16:
		v := make([]float32, len(data)/2)
		for i := range v {
			v[i] = math.Float32frombits(uint32(binary.LittleEndian.Uint16(data[2*i:])) << 16)
		}
		return v, nil
	}
	return nil, fmt.Errorf("tensor type %v is not a float type", kind)
}

// F16ToFloat32 converts IEEE half precision to float32 exactly.
func F16ToFloat32(h uint16) float32 {
	sign := uint32(h&0x8000) << 16
	exp := uint32(h>>10) & 0x1f
	mant := uint32(h & 0x3ff)
	switch {
	case exp == 0x1f:
		return math.Float32frombits(sign | 0x7f800000 | mant<<13)
	case exp == 0:
		if mant == 0 {
			return math.Float32frombits(sign)
		}
		// subnormal: normalise
		e := uint32(127 - 15 + 1)
		for mant&0x400 == 0 {
			mant <<= 1
			e--
		}
		mant &= 0x3ff
		return math.Float32frombits(sign | e<<23 | mant<<13)
	}
	return math.Float32frombits(sign | (exp+127-15)<<23 | mant<<13)
}

// Perturb returns a TensorFunc that multiplies every weight of the float
// matrices (2-D tensors) by (1 + rel*u), u uniform in [-1, 1), seeded.
func Perturb(rel float64, seed uint64) TensorFunc {
	return func(t *Tensor) (bool, error) {
		if len(t.Shape) < 2 {
			return false, nil
		}
		v, err := DecodeF32(t.Kind, t.Data)
		if err != nil {
			return false, err
		}
		r := rand.New(rand.NewPCG(seed, uint64(len(t.Name))))
		for i := range v {
			v[i] *= float32(1 + rel*(2*r.Float64()-1))
		}
		t.Data = Encode(t.Kind, v)
		return false, nil
	}
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
