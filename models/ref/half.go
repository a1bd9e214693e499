package ref

import "math"

// half rounds x to the nearest IEEE 754 binary16 value (ties to even) and
// returns it as float32: what storing x in a half-precision tensor keeps.
// Values beyond the largest half (65504, after rounding) become ±Inf.
func half(x float32) float32 {
	f := float64(x)
	a := math.Abs(f)
	if a == 0 || math.IsNaN(f) || math.IsInf(f, 0) {
		return x
	}
	// Spacing of halves around a: 2^-24 below 2^-14 (subnormals), else
	// 2^(e-11) for a in [2^(e-1), 2^e).
	_, e := math.Frexp(a)
	ulp := math.Ldexp(1, max(e-11, -24))
	r := math.RoundToEven(a/ulp) * ulp // exact in float64
	if r > 65504 {
		r = math.Inf(1)
	}
	return float32(math.Copysign(r, f))
}

// roundHalf rounds every element of v to half precision in place.
func roundHalf(v []float32) {
	for i, x := range v {
		v[i] = half(x)
	}
}
