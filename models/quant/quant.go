// Package quant converts GGUF tensor data to and from float32 for the
// element types pol reads and writes: F32, F16, BF16, Q8_0 and Q4_0. Block
// layouts follow the GGUF format (32 values per Q8_0/Q4_0 block, an F16
// scale first). Pure Go.
package quant

import (
	"encoding/binary"
	"fmt"
	"math"

	fsggml "github.com/ollama/ollama/fs/ggml"
)

const blockSize = 32

// Decode returns n float32 values from data of the given GGUF tensor type.
func Decode(kind fsggml.TensorType, data []byte, n int) ([]float32, error) {
	want := EncodedSize(kind, n)
	if want < 0 {
		return nil, fmt.Errorf("quant: tensor type %v not supported", kind)
	}
	if len(data) != want {
		return nil, fmt.Errorf("quant: %v data of %d bytes for %d values, want %d", kind, len(data), n, want)
	}
	v := make([]float32, n)
	switch kind {
	case fsggml.TensorTypeF32:
		for i := range v {
			v[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		}
	case fsggml.TensorTypeF16:
		for i := range v {
			v[i] = F16ToFloat32(binary.LittleEndian.Uint16(data[2*i:]))
		}
	case fsggml.TensorTypeBF16:
		for i := range v {
			v[i] = math.Float32frombits(uint32(binary.LittleEndian.Uint16(data[2*i:])) << 16)
		}
	case fsggml.TensorTypeQ8_0:
		for b := range n / blockSize {
			blk := data[b*34 : (b+1)*34]
			d := F16ToFloat32(binary.LittleEndian.Uint16(blk))
			for j := range blockSize {
				v[b*blockSize+j] = float32(int8(blk[2+j])) * d
			}
		}
	case fsggml.TensorTypeQ4_0:
		for b := range n / blockSize {
			blk := data[b*18 : (b+1)*18]
			d := F16ToFloat32(binary.LittleEndian.Uint16(blk))
			for j := range blockSize / 2 {
				q := blk[2+j]
				v[b*blockSize+j] = float32(int(q&0x0f)-8) * d
				v[b*blockSize+j+16] = float32(int(q>>4)-8) * d
			}
		}
	}
	return v, nil
}

// EncodedSize is the byte size of n values of kind, or -1 if the type is not
// supported or n does not fill whole blocks.
func EncodedSize(kind fsggml.TensorType, n int) int {
	switch kind {
	case fsggml.TensorTypeF32:
		return 4 * n
	case fsggml.TensorTypeF16, fsggml.TensorTypeBF16:
		return 2 * n
	case fsggml.TensorTypeQ8_0, fsggml.TensorTypeQ4_0:
		if n%blockSize != 0 {
			return -1
		}
		if kind == fsggml.TensorTypeQ8_0 {
			return n / blockSize * 34
		}
		return n / blockSize * 18
	}
	return -1
}

// Encode stores float32 values as kind (round to nearest; Q8_0 and Q4_0 as
// ggml's reference quantizers do).
func Encode(kind fsggml.TensorType, v []float32) ([]byte, error) {
	size := EncodedSize(kind, len(v))
	if size < 0 {
		return nil, fmt.Errorf("quant: cannot encode %d values as %v", len(v), kind)
	}
	b := make([]byte, size)
	switch kind {
	case fsggml.TensorTypeF32:
		for i, x := range v {
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
		}
	case fsggml.TensorTypeF16:
		for i, x := range v {
			binary.LittleEndian.PutUint16(b[2*i:], Float32ToF16(x))
		}
	case fsggml.TensorTypeBF16:
		for i, x := range v {
			u := math.Float32bits(x)
			u += 0x7fff + (u>>16)&1 // round to nearest even
			binary.LittleEndian.PutUint16(b[2*i:], uint16(u>>16))
		}
	case fsggml.TensorTypeQ8_0:
		for blk := range len(v) / blockSize {
			x := v[blk*blockSize : (blk+1)*blockSize]
			var amax float32
			for _, e := range x {
				amax = max(amax, float32(math.Abs(float64(e))))
			}
			d := amax / 127
			var id float32
			if d != 0 {
				id = 1 / d
			}
			out := b[blk*34 : (blk+1)*34]
			binary.LittleEndian.PutUint16(out, Float32ToF16(d))
			for j, e := range x {
				out[2+j] = byte(int8(math.Round(float64(e * id))))
			}
		}
	case fsggml.TensorTypeQ4_0:
		for blk := range len(v) / blockSize {
			x := v[blk*blockSize : (blk+1)*blockSize]
			var amax, mx float32
			for _, e := range x {
				if a := float32(math.Abs(float64(e))); a > amax {
					amax, mx = a, e
				}
			}
			d := mx / -8
			var id float32
			if d != 0 {
				id = 1 / d
			}
			out := b[blk*18 : (blk+1)*18]
			binary.LittleEndian.PutUint16(out, Float32ToF16(d))
			q := func(e float32) byte { return byte(min(15, int8(e*id+8.5))) }
			for j := range blockSize / 2 {
				out[2+j] = q(x[j]) | q(x[j+16])<<4
			}
		}
	}
	return b, nil
}

// Float32ToF16 converts to IEEE half precision, rounding to nearest even.
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
		half++ // a carry into the exponent is the correct rounding
	}
	return half
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
