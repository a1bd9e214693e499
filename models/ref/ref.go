// Package ref is a plain-Go float32 forward pass for llama-family models:
// the test oracle for models/ggml and the validator's engine where cgo is not
// available. With a float32 KV cache it shares nothing with ggml but the GGUF
// file: weights are dequantized to float32 at load, dot products accumulate
// in float64. With a half-precision cache it repeats ggml's own float32
// arithmetic (ggmlmath.go), because rounding to half turns any last-bit
// difference into a flipped half. Every token is processed the same way
// whether it comes in a prefill or a decode step, so results do not depend
// on batching or thread count.
//
// It keeps all weights in memory as float32: meant for small models.
package ref

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"

	fsggml "github.com/ollama/ollama/fs/ggml"

	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/quant"
)

// Engine holds a model's weights as float32.
type Engine struct {
	file *models.File
	cfg  models.Config

	embd, outNorm, out []float32
	ropeFactors        []float32
	layers             []layer
	invFreq            []float64 // per rotated pair
	// ggml's float32 rope constants (ropeF32): powf(base, -2/ropeDim) and
	// 1/ropeScale.
	thetaScale, freqScale float32
	// halfWeights marks, by first element, the matrices stored as F16,
	// whose products ggml computes with the input rounded to half
	// (matVecGGML).
	halfWeights map[*float32]bool
}

type layer struct {
	attnNorm, ffnNorm []float32
	q, k, v, o        []float32
	gate, up, down    []float32
}

// Load opens and loads a model file.
func Load(path string) (*Engine, error) {
	f, err := models.Open(path)
	if err != nil {
		return nil, err
	}
	return LoadFile(f)
}

// LoadFile loads an opened model file's weights.
func LoadFile(f *models.File) (*Engine, error) {
	e := &Engine{file: f, cfg: f.Config, halfWeights: map[*float32]bool{}}
	get := func(name string) ([]float32, error) {
		t := f.Tensor(name)
		if t == nil {
			return nil, fmt.Errorf("ref: %s: tensor %s missing", f.Path, name)
		}
		raw, err := f.ReadTensor(name)
		if err != nil {
			return nil, err
		}
		v, err := quant.Decode(fsggml.TensorType(t.Kind), raw, int(t.Elements()))
		if err != nil {
			return nil, fmt.Errorf("ref: %s: %s: %w", f.Path, name, err)
		}
		if fsggml.TensorType(t.Kind) == fsggml.TensorTypeF16 && len(v) > 0 {
			e.halfWeights[&v[0]] = true
		}
		return v, nil
	}
	var err error
	if e.embd, err = get("token_embd.weight"); err != nil {
		return nil, err
	}
	if e.outNorm, err = get("output_norm.weight"); err != nil {
		return nil, err
	}
	e.out = e.embd
	if !e.cfg.TiedOutput {
		if e.out, err = get("output.weight"); err != nil {
			return nil, err
		}
	}
	if e.cfg.RopeFactors {
		if e.ropeFactors, err = get("rope_freqs.weight"); err != nil {
			return nil, err
		}
	}
	e.layers = make([]layer, e.cfg.Layers)
	for i := range e.layers {
		l := &e.layers[i]
		for _, w := range []struct {
			name string
			dst  *[]float32
		}{
			{"attn_norm", &l.attnNorm}, {"ffn_norm", &l.ffnNorm},
			{"attn_q", &l.q}, {"attn_k", &l.k}, {"attn_v", &l.v}, {"attn_output", &l.o},
			{"ffn_gate", &l.gate}, {"ffn_up", &l.up}, {"ffn_down", &l.down},
		} {
			if *w.dst, err = get(fmt.Sprintf("blk.%d.%s.weight", i, w.name)); err != nil {
				return nil, err
			}
		}
	}
	// Rotation frequency of pair j: base^(-2j/ropeDim) / factor_j.
	e.invFreq = make([]float64, e.cfg.RopeDim/2)
	for j := range e.invFreq {
		e.invFreq[j] = math.Pow(float64(e.cfg.RopeBase), -2*float64(j)/float64(e.cfg.RopeDim))
		if e.ropeFactors != nil {
			e.invFreq[j] /= float64(e.ropeFactors[j])
		}
	}
	e.thetaScale = float32(math.Pow(float64(e.cfg.RopeBase), float64(float32(-2)/float32(e.cfg.RopeDim))))
	e.freqScale = 1 / e.cfg.RopeScale
	return e, nil
}

// Name is "ref".
func (e *Engine) Name() string { return "ref" }

// SaturatesCPU is true: large products are split over every core.
func (e *Engine) SaturatesCPU() bool { return true }

// File is the loaded model.
func (e *Engine) File() *models.File { return e.file }

// Close releases nothing; weights are garbage collected.
func (e *Engine) Close() error { return nil }

// KV is the precision of NewSession's cache: float32.
func (e *Engine) KV() models.KV { return models.KVF32 }

// NewSession starts an empty context with a float32 cache. Sessions are
// independent and may be used from different goroutines (each from one at a
// time).
func (e *Engine) NewSession(maxLen int) (models.Session, error) {
	return e.NewSessionKV(maxLen, models.KVF32)
}

// NewSessionKV starts an empty context whose cache has precision kv. With
// models.KVF16 the session rounds what a half-precision cache rounds in
// ggml: keys and values when stored, and the other operand of each product
// with them (the query, and the softmax weights); and it computes with
// ggml's float32 arithmetic throughout (ggmlmath.go), so that what it
// rounds is what ggml rounds.
func (e *Engine) NewSessionKV(maxLen int, kv models.KV) (models.Session, error) {
	kv, err := models.ParseKV(string(kv))
	if err != nil {
		return nil, fmt.Errorf("ref: %w", err)
	}
	if maxLen > e.cfg.ContextLen {
		return nil, fmt.Errorf("ref: %w: session of %d tokens, model context is %d", models.ErrContextFull, maxLen, e.cfg.ContextLen)
	}
	if maxLen <= 0 {
		maxLen = e.cfg.ContextLen
	}
	return &session{e: e, maxLen: maxLen, f16: kv == models.KVF16,
		keys: make([][]float32, e.cfg.Layers), vals: make([][]float32, e.cfg.Layers),
		scale32: float32(1 / math.Sqrt(float64(e.cfg.HeadDim)))}, nil
}

type session struct {
	e          *Engine
	n, maxLen  int
	f16        bool        // emulate a half-precision KV cache, with ggml's arithmetic
	keys, vals [][]float32 // per layer: n x kvDim, appended
	scale32    float32     // f16: the attention scale as ggml gets it, (float)(1/√hd)
	scratch    []float32   // f16: attention scores
}

// matVecGGML is ggml's product of a weight matrix with one column: for an
// F16 matrix the column is first rounded to half (ggml converts it to the
// matrix's vec_dot type; products of halves are exact in float32, so
// matVecF32 then sums what ggml_vec_dot_f16 sums). Other quantized types
// (ggml's Q8 activations) are not emulated: their products use x as is.
func (s *session) matVecGGML(dst, w, x []float32) {
	if len(w) > 0 && s.e.halfWeights[&w[0]] {
		xh := make([]float32, len(x))
		copy(xh, x)
		roundHalf(xh)
		x = xh
	}
	matVecF32(dst, w, x)
}

// scores32 is the f16 path's score scratch of n values.
func (s *session) scores32(n int) []float32 {
	if cap(s.scratch) < n {
		s.scratch = make([]float32, n, max(n, 2*cap(s.scratch)))
	}
	return s.scratch[:n]
}

func (s *session) Len() int     { return s.n }
func (s *session) Close() error { s.keys, s.vals = nil, nil; return nil }

func (s *session) Forward(tokens []int32, outputs []int) ([][]float32, error) {
	if err := models.CheckOutputs(len(tokens), outputs); err != nil {
		return nil, err
	}
	if s.keys == nil {
		return nil, errors.New("ref: session closed")
	}
	if s.n+len(tokens) > s.maxLen {
		return nil, fmt.Errorf("ref: %w: %d + %d tokens > %d", models.ErrContextFull, s.n, len(tokens), s.maxLen)
	}
	for _, t := range tokens {
		if t < 0 || int(t) >= s.e.cfg.VocabSize {
			return nil, fmt.Errorf("ref: token %d outside vocabulary of %d", t, s.e.cfg.VocabSize)
		}
	}
	res := make([][]float32, 0, len(outputs))
	next := 0
	for i, t := range tokens {
		want := next < len(outputs) && outputs[next] == i
		l := s.step(t, want)
		if want {
			res = append(res, l)
			next++
		}
	}
	return res, nil
}

// step runs one token at position s.n and returns its logits if want.
func (s *session) step(token int32, want bool) []float32 {
	c := &s.e.cfg
	d, hd := c.EmbedDim, c.HeadDim
	qDim, kvDim := c.Heads*hd, c.KVHeads*hd
	pos := s.n
	norm, mv, rope, swiglu := rmsNorm, matVec, s.e.rope, swiglu
	if s.f16 {
		norm, mv, rope, swiglu = rmsNormF32, s.matVecGGML, s.e.ropeF32, swigluF32
	}
	x := make([]float32, d)
	copy(x, s.e.embd[int(token)*d:(int(token)+1)*d])
	h := make([]float32, d)
	q := make([]float32, qDim)
	k := make([]float32, kvDim)
	v := make([]float32, kvDim)
	att := make([]float32, qDim)
	gate := make([]float32, c.FFNDim)
	up := make([]float32, c.FFNDim)
	tmp := make([]float32, d)
	group := c.Heads / c.KVHeads
	var scores []float64 // f32 path's attention scratch
	if !s.f16 {
		scores = make([]float64, pos+1)
	}
	for li := range s.e.layers {
		L := &s.e.layers[li]
		norm(h, x, L.attnNorm, c.RMSEps)
		mv(q, L.q, h)
		mv(k, L.k, h)
		mv(v, L.v, h)
		for hh := range c.Heads {
			rope(q[hh*hd:(hh+1)*hd], pos)
		}
		for hh := range c.KVHeads {
			rope(k[hh*hd:(hh+1)*hd], pos)
		}
		if s.f16 {
			roundHalf(k)
			roundHalf(v)
			roundHalf(q)
		}
		s.keys[li] = append(s.keys[li], k...)
		s.vals[li] = append(s.vals[li], v...)
		for hh := range c.Heads {
			off := hh / group * hd
			qh, out := q[hh*hd:(hh+1)*hd], att[hh*hd:(hh+1)*hd]
			if s.f16 {
				attendF16(out, qh, s.keys[li], s.vals[li], pos+1, kvDim, off, s.scale32, s.scores32(pos+1))
			} else {
				attend(out, qh, s.keys[li], s.vals[li], pos+1, kvDim, off, scores)
			}
		}
		mv(tmp, L.o, att)
		for i := range x {
			x[i] += tmp[i]
		}
		norm(h, x, L.ffnNorm, c.RMSEps)
		mv(gate, L.gate, h)
		mv(up, L.up, h)
		swiglu(gate, up)
		mv(tmp, L.down, gate)
		for i := range x {
			x[i] += tmp[i]
		}
	}
	s.n++
	if !want {
		return nil
	}
	norm(h, x, s.e.outNorm, c.RMSEps)
	logits := make([]float32, c.VocabSize)
	mv(logits, s.e.out, h)
	return logits
}

// attend is one query head's attention in float64: softmax(q·k_p/√hd)
// weighted sum of v_p over positions 0..n-1, whose rows keys and vals hold
// with stride kvDim from off. scores (n long) is scratch.
func attend(out, q []float32, keys, vals []float32, n, kvDim, off int, scores []float64) {
	hd := len(q)
	scale := 1 / math.Sqrt(float64(hd))
	m := math.Inf(-1)
	for p := range n {
		scores[p] = dot(q, keys[p*kvDim+off:p*kvDim+off+hd]) * scale
		m = math.Max(m, scores[p])
	}
	var sum float64
	for p := range n {
		scores[p] = math.Exp(scores[p] - m)
		sum += scores[p]
	}
	for j := range out {
		var acc float64
		for p := range n {
			acc += scores[p] * float64(vals[p*kvDim+off+j])
		}
		out[j] = float32(acc / sum)
	}
}

// swiglu sets gate[i] = silu(gate[i])·up[i] in float64.
func swiglu(gate, up []float32) {
	for i := range gate {
		g := float64(gate[i])
		gate[i] = float32(g / (1 + math.Exp(-g)) * float64(up[i]))
	}
}

// rope rotates adjacent pairs (x[2j], x[2j+1]) of the first RopeDim values
// by pos/scale * invFreq[j] (llama.cpp's "normal" RoPE, used for llama).
func (e *Engine) rope(x []float32, pos int) {
	p := float64(pos) / float64(e.cfg.RopeScale)
	for j, f := range e.invFreq {
		sin, cos := math.Sincos(p * f)
		a, b := float64(x[2*j]), float64(x[2*j+1])
		x[2*j] = float32(a*cos - b*sin)
		x[2*j+1] = float32(a*sin + b*cos)
	}
}

func rmsNorm(dst, x, w []float32, eps float32) {
	var ss float64
	for _, v := range x {
		ss += float64(v) * float64(v)
	}
	r := 1 / math.Sqrt(ss/float64(len(x))+float64(eps))
	for i, v := range x {
		dst[i] = float32(float64(v)*r) * w[i]
	}
}

func dot(a, b []float32) float64 {
	var s float64
	for i, x := range a {
		s += float64(x) * float64(b[i])
	}
	return s
}

// matVec computes dst[r] = Σ_i w[r*in+i]·x[i] with w in GGUF layout (ne0 = in
// contiguous, ne1 = out rows). Large products are split over goroutines by
// rows; each row is computed the same way, so results do not depend on the
// split.
func matVec(dst, w, x []float32) {
	in := len(x)
	splitRows(len(dst), in, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			dst[r] = float32(dot(w[r*in:(r+1)*in], x))
		}
	})
}

// splitRows runs row over [0, out) split into one chunk per core (one call
// when the product of out rows by in columns is small); a row's result does
// not depend on the split.
func splitRows(out, in int, row func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if in*out < 1<<17 || workers == 1 {
		row(0, out)
		return
	}
	var wg sync.WaitGroup
	chunk := (out + workers - 1) / workers
	for lo := 0; lo < out; lo += chunk {
		hi := min(lo+chunk, out)
		wg.Add(1)
		go func() { defer wg.Done(); row(lo, hi) }()
	}
	wg.Wait()
}

var _ models.KVEngine = (*Engine)(nil)
