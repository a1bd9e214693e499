package ref

import (
	"math"
	"testing"
)

// ulps is how many float32 steps apart a and b are (both finite, same sign).
func ulps(a, b float32) int64 {
	d := int64(math.Float32bits(a)) - int64(math.Float32bits(b))
	if d < 0 {
		d = -d
	}
	return d
}

// expV is ggml's vector exp: within 2 ulp of exp over its range (ggml
// states 1.45 + 0.5), exact at 0, 0 below the range and at -Inf, +Inf
// above; and it is not expf (it differs from the correctly rounded value
// somewhere), which is why the softmax must use it.
func TestExpV(t *testing.T) {
	differs := 0
	for i := 0; i <= 100000; i++ {
		x := float32(-100 + 188*float64(i)/100000)
		got, want := expV(x), expf(x)
		if u := ulps(got, want); u > 2 {
			t.Fatalf("expV(%g) = %g, exp = %g: %d ulp apart", x, got, want, u)
		}
		if got != want {
			differs++
		}
	}
	if differs == 0 {
		t.Fatal("expV equals the correctly rounded exp everywhere: not ggml's approximation")
	}
	for _, c := range []struct{ x, want float32 }{
		{0, 1}, {float32(math.Inf(-1)), 0}, {-200, 0}, {100, float32(math.Inf(1))},
	} {
		if got := expV(c.x); got != c.want {
			t.Errorf("expV(%g) = %g, want %g", c.x, got, c.want)
		}
	}
	t.Logf("expV differs from the correctly rounded exp at %d of 100001 points in [-100, 88]", differs)
}

// dotF32 rounds each product to float32 before the double sum, as ggml's
// scalar vec_dot_f32 does: (1+2^-12)² = 1+2^-11+2^-24 loses its 2^-24,
// so (1+2^-12)² - 1 is 2^-11.
func TestDotF32RoundsProducts(t *testing.T) {
	a := float32(1 + 1.0/4096)
	if got, want := dotF32([]float32{a, -1}, []float32{a, 1}), float32(1.0/2048); got != want {
		t.Fatalf("dotF32 = %.10g, want %.10g", got, want)
	}
	// Summed in double: 2^24 + 1 + 1 is exact there, not in float32.
	if got := dotF32([]float32{1 << 24, 1, 1}, []float32{1, 1, 1}); got != 1<<24+2 {
		t.Fatalf("dotF32 sum = %.10g, want %d", got, 1<<24+2)
	}
}
