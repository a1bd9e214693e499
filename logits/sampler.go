package logits

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"sort"
)

// Sampler is the canonical sampler of spec §5: it picks the token at a
// position from that position's committed logits so that every platform picks
// the same token.
//
// TemperatureMilli = 0 means greedy: argmax, ties to the lowest token id, and
// TopK/TopPMilli are ignored. Otherwise the temperature is
// TemperatureMilli/1000, TopK > 0 keeps the K highest logits, and TopPMilli in
// 1..999 keeps the smallest nucleus whose weight reaches TopPMilli/1000 of the
// total. Seed feeds the per-position PRF.
type Sampler struct {
	TemperatureMilli uint32
	TopK             uint32
	TopPMilli        uint32
	Seed             Hash
}

// Greedy is the argmax sampler.
var Greedy = Sampler{}

// Encode returns the 44-byte canonical encoding used on chain and on the wire:
// abi.encodePacked(uint32 temperatureMilli, uint32 topK, uint32 topPMilli, bytes32 seed).
func (s Sampler) Encode() [44]byte {
	var b [44]byte
	binary.BigEndian.PutUint32(b[0:], s.TemperatureMilli)
	binary.BigEndian.PutUint32(b[4:], s.TopK)
	binary.BigEndian.PutUint32(b[8:], s.TopPMilli)
	copy(b[12:], s.Seed[:])
	return b
}

// String describes the sampler for logs and tables.
func (s Sampler) String() string {
	if s.TemperatureMilli == 0 {
		return "greedy"
	}
	return fmt.Sprintf("temp=%.3f top_k=%d top_p=%.3f", float64(s.TemperatureMilli)/1000, s.TopK, float64(s.TopPMilli)/1000)
}

func (s Sampler) topPActive() bool { return s.TopPMilli > 0 && s.TopPMilli < 1000 }

// Uniform returns the PRF value for position i, a float64 in [0, 1):
// the first 8 bytes of SHA256("pol/sample/v1" || seed || u32be(i)) as a
// big-endian uint64, shifted right by 11 and scaled by 2^-53.
func (s Sampler) Uniform(i uint32) float64 {
	var b [len(tagSample) + 32 + 4]byte
	n := copy(b[:], tagSample)
	n += copy(b[n:], s.Seed[:])
	binary.BigEndian.PutUint32(b[n:], i)
	sum := sha256.Sum256(b[:])
	u := binary.BigEndian.Uint64(sum[:8]) >> 11
	return float64(u) / (1 << 53)
}

// Sample returns the token for position i given that position's logits. It
// fails on an empty or non-finite vector.
func (s Sampler) Sample(l []float32, i uint32) (uint32, error) {
	if len(l) == 0 || len(l) > MaxVocab {
		return 0, fmt.Errorf("%w: vocabulary of %d logits, want 1..%d", ErrOutOfRange, len(l), MaxVocab)
	}
	if err := CheckFinite(l); err != nil {
		return 0, err
	}
	if s.TemperatureMilli == 0 {
		return Argmax(l), nil
	}
	return s.sampleU(l, s.Uniform(i)), nil
}

// sampleU is steps 1-5 and 7 of spec §5.2 with the draw u given: l is
// non-empty and finite, and the temperature is not zero.
func (s Sampler) sampleU(l []float32, u float64) uint32 {
	cand := s.candidates(l)
	m := float64(l[Argmax(l)]) // every candidate set contains the argmax
	temp := float64(s.TemperatureMilli)
	w := make([]float64, len(cand))
	for k, id := range cand {
		z := float64(float64(float64(l[id])-m) * 1000)
		w[k] = detExp(float64(z / temp))
	}
	total := 0.0
	for _, x := range w {
		total = float64(total + x)
	}
	if s.topPActive() {
		cut := float64(float64(total*float64(s.TopPMilli)) / 1000)
		acc := 0.0
		for k, x := range w {
			acc = float64(acc + x)
			if acc >= cut {
				w = w[:k+1]
				break
			}
		}
		total = acc
	}
	r := float64(u * total)
	acc := 0.0
	for k, x := range w {
		acc = float64(acc + x)
		if r < acc {
			return cand[k]
		}
	}
	return cand[len(w)-1]
}

// candidates returns the tokens the sampler draws from, in walk order (spec
// §5.2): with top-p, the top-K (or all) tokens sorted by (logit desc, id
// asc); with top-k only, the top-K tokens in that order; with neither, every
// token in ascending id order (no sort, so plain temperature sampling stays
// O(V)).
func (s Sampler) candidates(l []float32) []uint32 {
	if !s.topPActive() && s.TopK == 0 {
		all := make([]uint32, len(l))
		for k := range all {
			all[k] = uint32(k)
		}
		return all
	}
	if s.TopK > 0 && int(s.TopK) < len(l) {
		return TopK(l, int(s.TopK))
	}
	return RankOrder(l)
}

// RankOrder returns every token of l in (logit desc, id asc) order (spec
// §5.2's rank; -0 and +0 rank as equal). It is a stable LSD radix sort of
// the ids, taken in ascending order, on an order-preserving 32-bit key of
// the logit: O(V) with four byte passes, where a comparison sort costs
// O(V log V) (~30 ms at V = 128,256).
func RankOrder(l []float32) []uint32 {
	n := len(l)
	ids, tmp := make([]uint32, n), make([]uint32, n)
	keys, tmpKeys := make([]uint32, n), make([]uint32, n)
	for k, x := range l {
		ids[k] = uint32(k)
		keys[k] = descKey(x)
	}
	var count [256]int
	for shift := 0; shift < 32; shift += 8 {
		count = [256]int{}
		for _, key := range keys {
			count[(key>>shift)&0xff]++
		}
		if count[(keys[0]>>shift)&0xff] == n {
			continue // every key has the same byte here: the order stands
		}
		pos := 0
		for b, c := range count {
			count[b] = pos
			pos += c
		}
		for k, key := range keys {
			d := &count[(key>>shift)&0xff]
			tmp[*d], tmpKeys[*d] = ids[k], key
			*d++
		}
		ids, tmp = tmp, ids
		keys, tmpKeys = tmpKeys, keys
	}
	return ids
}

// descKey maps a finite float32 to a uint32 that sorts ascending when the
// floats sort descending; -0 maps like +0.
func descKey(x float32) uint32 {
	if x == 0 {
		x = 0 // -0 -> +0
	}
	b := math.Float32bits(x)
	if b&0x80000000 != 0 {
		b = ^b // negative: larger magnitude sorts lower
	} else {
		b |= 0x80000000
	}
	return ^b
}

// ranksBefore orders tokens by logit descending, then id ascending.
func ranksBefore(l []float32, a, b uint32) bool {
	if l[a] != l[b] {
		return l[a] > l[b]
	}
	return a < b
}

// Argmax returns the index of the largest logit, ties to the lowest index.
// l must be non-empty.
func Argmax(l []float32) uint32 {
	best := 0
	for k := 1; k < len(l); k++ {
		if l[k] > l[best] {
			best = k
		}
	}
	return uint32(best)
}

// TopK returns the k highest-ranked tokens of l in (logit desc, id asc) order,
// in O(V log k). k is clamped to len(l).
func TopK(l []float32, k int) []uint32 {
	k = min(k, len(l))
	if k <= 0 {
		return nil
	}
	// top holds the best k so far, sorted; insertion is cheap for small k and
	// most tokens fail the first comparison against the current k-th.
	top := make([]uint32, 0, k)
	for id := range l {
		t := uint32(id)
		if len(top) == k && !ranksBefore(l, t, top[k-1]) {
			continue
		}
		pos := sort.Search(len(top), func(j int) bool { return ranksBefore(l, t, top[j]) })
		if len(top) < k {
			top = append(top, 0)
		}
		copy(top[pos+1:], top[pos:len(top)-1])
		top[pos] = t
	}
	return top
}
