package quant

import (
	"math"
	"math/rand/v2"
	"testing"

	fsggml "github.com/ollama/ollama/fs/ggml"
)

func TestF16RoundTripAllHalves(t *testing.T) {
	for h := range 1 << 16 {
		f := F16ToFloat32(uint16(h))
		back := Float32ToF16(f)
		if math.IsNaN(float64(f)) {
			if back&0x7c00 != 0x7c00 || back&0x3ff == 0 {
				t.Fatalf("NaN %#04x -> %#04x", h, back)
			}
			continue
		}
		if back != uint16(h) {
			t.Fatalf("%#04x -> %g -> %#04x", h, f, back)
		}
	}
}

func TestF16Rounding(t *testing.T) {
	cases := map[float32]uint16{
		1:                  0x3c00,
		1 + 1.0/2048:       0x3c00, // halfway, rounds to even
		1 + 3.0/2048:       0x3c02, // halfway, rounds to even
		65504:              0x7bff,
		65520:              0x7c00, // rounds up to infinity
		-2:                 0xc000,
		5.960464477539e-08: 0x0001, // smallest subnormal
		1e-9:               0x0000,
	}
	for f, want := range cases {
		if got := Float32ToF16(f); got != want {
			t.Errorf("Float32ToF16(%g) = %#04x, want %#04x", f, got, want)
		}
	}
}

func TestQuantizedRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	v := make([]float32, 32*64)
	for i := range v {
		v[i] = float32(r.NormFloat64())
	}
	v[5] = 0 // a block with a zero is fine; an all-zero block too:
	for i := 64; i < 96; i++ {
		v[i] = 0
	}
	for _, c := range []struct {
		kind fsggml.TensorType
		tol  float64 // relative to the block's max |x|
	}{
		{fsggml.TensorTypeF32, 0},
		{fsggml.TensorTypeF16, 1e-3},
		{fsggml.TensorTypeBF16, 8e-3},
		{fsggml.TensorTypeQ8_0, 1.0 / 127},
		{fsggml.TensorTypeQ4_0, 1.0 / 8},
	} {
		b, err := Encode(c.kind, v)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) != EncodedSize(c.kind, len(v)) {
			t.Fatalf("%v: %d bytes", c.kind, len(b))
		}
		got, err := Decode(c.kind, b, len(v))
		if err != nil {
			t.Fatal(err)
		}
		for blk := 0; blk < len(v); blk += 32 {
			var amax float64
			for _, x := range v[blk : blk+32] {
				amax = math.Max(amax, math.Abs(float64(x)))
			}
			for i := blk; i < blk+32; i++ {
				if d := math.Abs(float64(got[i] - v[i])); d > c.tol*amax*1.01 {
					t.Fatalf("%v: value %d: %g -> %g (block max %g)", c.kind, i, v[i], got[i], amax)
				}
			}
		}
	}
	if _, err := Decode(fsggml.TensorTypeQ8_0, make([]byte, 33), 32); err == nil {
		t.Error("short Q8_0 data accepted")
	}
	if _, err := Encode(fsggml.TensorTypeQ4_0, make([]float32, 33)); err == nil {
		t.Error("partial block accepted")
	}
	if _, err := Decode(fsggml.TensorTypeQ4_K, nil, 256); err == nil {
		t.Error("unsupported type accepted")
	}
}
