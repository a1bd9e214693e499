package logits

import "math"

// detExp is the spec's deterministic exponential for z <= 0 (spec §5.3).
// Every operation is a single IEEE-754 float64 operation rounded to nearest:
// the explicit float64 conversions forbid the compiler from fusing a multiply
// and an add, so every platform returns the same bits. It is accurate to a
// few ulps, which does not matter; being identical everywhere does.
func detExp(z float64) float64 {
	if z > 0 || math.IsNaN(z) {
		panic("logits: detExp domain is z <= 0") // callers pass (l - max) <= 0
	}
	if z < expUnderflow {
		return 0
	}
	k := math.Floor(float64(float64(z*invLn2) + 0.5))
	r := float64(z - float64(k*ln2Hi))
	r = float64(r - float64(k*ln2Lo))
	p := expCoeff[len(expCoeff)-1]
	for j := len(expCoeff) - 2; j >= 0; j-- {
		p = float64(float64(p*r) + expCoeff[j])
	}
	// 2^k is a normal float64 for every k reached here (k >= -1021), so the
	// product is exact: the same bits as ldexp(p, k), without its branches.
	return p * math.Float64frombits(uint64(int64(k)+1023)<<52)
}

const (
	// expUnderflow: below it detExp returns 0, and above it 2^k stays normal.
	expUnderflow = -708.0
	invLn2       = 1.44269504088896338700e+00 // 0x3ff71547652b82fe
	ln2Hi        = 6.93147180369123816490e-01 // 0x3fe62e42fee00000, low bits zero so k*ln2Hi is exact
	ln2Lo        = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
)

// expCoeff[j] is the float64 nearest to 1/j!, j = 0..13: the Taylor series of
// e^r, evaluated by Horner's rule for |r| <= ln2/2.
var expCoeff = [14]float64{
	1,
	1,
	1.0 / 2,
	1.0 / 6,
	1.0 / 24,
	1.0 / 120,
	1.0 / 720,
	1.0 / 5040,
	1.0 / 40320,
	1.0 / 362880,
	1.0 / 3628800,
	1.0 / 39916800,
	1.0 / 479001600,
	1.0 / 6227020800,
}
