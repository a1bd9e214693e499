package ref

import (
	"math"
	"testing"
)

// halfValue decodes a non-negative finite binary16 bit pattern.
func halfValue(bits uint16) float64 {
	e, m := int(bits>>10), float64(bits&0x3ff)
	if e == 0 {
		return math.Ldexp(m, -24)
	}
	return math.Ldexp(1024+m, e-25)
}

// Every half value is kept exactly, and every midpoint between neighbours
// rounds to the one with the even significand.
func TestHalfRoundsToNearestEven(t *testing.T) {
	for b := uint16(0); b < 0x7bff; b++ {
		lo, hi := halfValue(b), halfValue(b+1)
		for _, s := range []float64{1, -1} {
			if got := half(float32(s * lo)); float64(got) != s*lo {
				t.Fatalf("half(%g) = %g, want itself", s*lo, got)
			}
			mid := (lo + hi) / 2 // exact in float32: halves have 11 significant bits
			want := lo
			if b&1 == 1 {
				want = hi
			}
			if got := half(float32(s * mid)); float64(got) != s*want {
				t.Fatalf("half(%g) = %g, want %g (ties to even)", s*mid, got, s*want)
			}
			above := math.Nextafter32(float32(mid), float32(math.Inf(1)))
			if got := half(float32(s) * above); float64(got) != s*hi {
				t.Fatalf("half(%g) = %g, want %g", float64(s)*float64(above), got, s*hi)
			}
		}
	}
	for _, c := range []struct{ in, want float32 }{
		{65519, 65504}, {65520, float32(math.Inf(1))}, {-1e6, float32(math.Inf(-1))},
		{float32(math.Ldexp(1, -25)), 0}, {-0.1, -0.0999755859375},
	} {
		if got := half(c.in); got != c.want {
			t.Errorf("half(%g) = %g, want %g", c.in, got, c.want)
		}
	}
}
