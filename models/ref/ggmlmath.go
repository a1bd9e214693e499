package ref

import (
	"math"
)

// The kernels below repeat, operation for operation, the float32
// arithmetic of ggml's CPU kernels as ollama v0.17.4 compiles them with
// pol's default cgo flags (x86-64's baseline, SSE2: no GGML_SIMD, no
// llamafile sgemm, no F16C): dot products with each product rounded to
// float32 and the sum kept in double, the input rounded to half for F16
// weights (matVecGGML); ggml's SSE2 vector exp (expV) in the softmax and in
// SiLU; each float32 result rounded where ggml stores it. Quantized weights
// (ggml multiplies them with Q8 activations) are not emulated.
// On the bundled model a session with them gives ggml's logits bit for bit
// (TestKVF16MatchesGGML in models/ggml): the rare differences left come from
// the C library's cosf and expf, which are not always correctly rounded.
// Builds with other flags (x86-64-v3: FMA, AVX2 kernels, tinyBLAS) round
// differently and are not emulated.
// A session with an f16 KV cache computes with them: rounding keys, values,
// queries and attention weights to half precision turns every last-bit
// difference in what is rounded into a flipped half now and then, so the
// emulation only tracks ggml if the values it rounds are ggml's, bit for
// bit. The sessions at f32 keep ref's own float64 arithmetic: an
// independent oracle.
//
// Each function names the ggml function it follows. Go rounds every
// float32 operation to float32; explicit float32() conversions mark the
// roundings that must not be fused into a multiply-add.

// dotF32 is ggml_vec_dot_f32 without SIMD: Σ (double)(float)(a[i]·b[i]) in
// order, rounded to float32.
func dotF32(a, b []float32) float32 {
	var s float64
	for i, x := range a {
		s += float64(float32(x * b[i]))
	}
	return float32(s)
}

// matVecF32 is ggml_mul_mat of float32 weights (GGUF layout, as matVec)
// with one float32 column: a dotF32 per row, rows split as in matVec.
func matVecF32(dst, w, x []float32) {
	in := len(x)
	splitRows(len(dst), in, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			dst[r] = dotF32(w[r*in:(r+1)*in], x)
		}
	})
}

// rmsNormF32 is ggml_rms_norm followed by ggml_mul with the weight: the
// mean of squares summed in double and rounded to float32, scale =
// 1/sqrtf(mean+eps) in float32, then x·scale·w rounded at each product.
func rmsNormF32(dst, x, w []float32, eps float32) {
	var sum float64
	for _, v := range x {
		sum += float64(float32(v * v))
	}
	mean := float32(sum / float64(len(x)))
	scale := 1 / sqrtf(mean+eps)
	for i, v := range x {
		dst[i] = float32(v*scale) * w[i]
	}
}

// ropeF32 is ggml's rope of mode "normal" (ggml_rope_cache_init, rope_yarn
// without YaRN, rotate_pairs): the angle of pair j is pos·thetaScale^j,
// multiplied up in float32 one pair after the other, divided by the pair's
// frequency factor and multiplied by freqScale, all in float32; cos and sin
// in float32, and each product of the rotation rounded to float32.
func (e *Engine) ropeF32(x []float32, pos int) {
	theta := float32(pos)
	for j := range e.cfg.RopeDim / 2 {
		ff := float32(1)
		if e.ropeFactors != nil {
			ff = e.ropeFactors[j]
		}
		th := e.freqScale * (theta / ff)
		c, s := cosf(th), sinf(th)
		x0, x1 := x[2*j], x[2*j+1]
		x[2*j] = float32(x0*c) - float32(x1*s)
		x[2*j+1] = float32(x0*s) + float32(x1*c)
		theta *= e.thetaScale
	}
}

// attendF16 is ggml's attention without flash attention over a
// half-precision cache, for one query head (ggml_mul_mat of the cached keys
// with the query converted to half, ggml_soft_max_ext, ggml_mul_mat of the
// transposed cached values with the weights converted to half). q, and
// each key and value, are already half values; keys and vals hold the
// head's rows at positions 0..n-1 with stride kvDim from off. scores (n
// long) is scratch. out[j] gets Σ_p w_p·v_p[j].
func attendF16(out, q []float32, keys, vals []float32, n, kvDim, off int, scale float32, scores []float32) {
	hd := len(q)
	m := float32(math.Inf(-1))
	for p := range n {
		kp := keys[p*kvDim+off : p*kvDim+off+hd]
		// ggml_vec_dot_f16: products of halves are exact in float32.
		scores[p] = dotF32(q, kp) * scale
		m = max(m, scores[p])
	}
	// ggml_vec_soft_max_f32 (SSE2 path) over the row, which ggml pads
	// with masked cells (weight 0) to a multiple of 4: expV per lane, each
	// group of four summed in float32 as (v0+v1)+(v2+v3) and added to a
	// double; then ggml_vec_scale_f32 by (float)(1/sum).
	var sum float64
	for p := range n {
		scores[p] = expV(scores[p] - m)
	}
	for p := 0; p < n; p += 4 {
		var v [4]float32
		copy(v[:], scores[p:min(p+4, n)])
		sum += float64((v[0] + v[1]) + (v[2] + v[3]))
	}
	inv := float32(1 / sum)
	for p := range n {
		scores[p] = half(scores[p] * inv)
	}
	for j := range out {
		var acc float64
		for p := range n {
			acc += float64(float32(scores[p] * vals[p*kvDim+off+j]))
		}
		out[j] = float32(acc)
	}
}

// swigluF32 is ggml_swiglu_split (ggml_vec_swiglu_f32's SSE2 path):
// gate[i] = silu(gate[i])·up[i] in float32, silu(x) = x/(1+expV(0-x)) for
// each whole group of four and x/(1+expf(-x)) for the rest.
func swigluF32(gate, up []float32) {
	n4 := len(gate) &^ 3
	for i, g := range gate {
		e := expf(-g)
		if i < n4 {
			e = expV(0 - g)
		}
		gate[i] = float32(g/(1+e)) * up[i]
	}
}

// expV is ggml_v_expf for SSE2 without FMA (vec.h), one lane: exp by
// range reduction to b = x - n·ln2 and a degree-5 polynomial, every
// operation rounded to float32 (max error about 1.5 ulp, so it is not
// expf). Lanes overflow to +Inf above ~88.38 and flush to 0 below ~-103.97
// (-Inf gives 0).
func expV(x float32) float32 {
	const r = 0x1.8p23
	z := float32(x*0x1.715476p+0) + r
	n := z - r
	b := x - float32(n*0x1.62e4p-1)
	b = b - float32(n*0x1.7f7d1cp-20)
	e := math.Float32bits(z) << 23
	k := math.Float32frombits(e + math.Float32bits(1))
	u := float32(b * b)
	hi := float32(float32(float32(0x1.0e4020p-7*b)+0x1.573e2ep-5)*u) + float32(float32(0x1.555e66p-3*b)+0x1.fffdb6p-2)
	j := float32(hi*u) + float32(0x1.ffffecp-1*b)
	an := float32(math.Abs(float64(n)))
	if !(an > 126) {
		return float32(k*j) + k
	}
	var g uint32
	if n <= 0 {
		g = 0x82000000
	}
	s1 := math.Float32frombits(g + 0x7f000000)
	s2 := math.Float32frombits(e - g)
	if an > 192 {
		return s1 * s1
	}
	return float32(float32(s2*j)+s2) * s1
}

// expf, cosf, sinf and sqrtf are the C library's float functions: the
// float64 result rounded to float32 (correctly rounded for sqrt, and but
// for rare last-bit cases for the others).
func expf(x float32) float32  { return float32(math.Exp(float64(x))) }
func cosf(x float32) float32  { return float32(math.Cos(float64(x))) }
func sinf(x float32) float32  { return float32(math.Sin(float64(x))) }
func sqrtf(x float32) float32 { return float32(math.Sqrt(float64(x))) }
