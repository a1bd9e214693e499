package logits

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestDetExpAccuracy(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < 100000; k++ {
		z := -r.Float64() * 700
		if k < 100 {
			z = -float64(k) * 0.01
		}
		got, want := detExp(z), math.Exp(z)
		if rel := math.Abs(got-want) / want; rel > 1e-14 {
			t.Fatalf("detExp(%v) = %v, math.Exp = %v (rel err %g)", z, got, want, rel)
		}
	}
	if detExp(0) != 1 {
		t.Fatalf("detExp(0) = %v", detExp(0))
	}
	if detExp(-709) != 0 || detExp(math.Inf(-1)) != 0 {
		t.Fatal("detExp does not flush below the underflow bound")
	}
}

func TestGreedyTiesToLowestID(t *testing.T) {
	l := []float32{1, 3, -2, 3, 0}
	for i := uint32(0); i < 5; i++ {
		if tok, err := Greedy.Sample(l, i); err != nil || tok != 1 {
			t.Fatalf("greedy picked %d (%v), want 1", tok, err)
		}
	}
	// top-k / top-p are ignored when greedy
	s := Sampler{TopK: 1, TopPMilli: 100}
	if tok, _ := s.Sample(l, 0); tok != 1 {
		t.Fatalf("greedy with top-k picked %d", tok)
	}
}

func TestSamplerRejectsBadLogits(t *testing.T) {
	s := Sampler{TemperatureMilli: 800}
	if _, err := s.Sample(nil, 0); !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("empty: %v", err)
	}
	if _, err := s.Sample([]float32{0, float32(math.NaN())}, 0); !errors.Is(err, ErrNonFinite) {
		t.Fatalf("NaN: %v", err)
	}
}

// Frequencies of sampled tokens over many positions follow softmax(l/T), the
// top-k and top-p cuts hold, and the same (seed, i) always gives the same token.
func TestSamplerDistribution(t *testing.T) {
	l := []float32{2.0, 1.0, 0.5, 0.0, -1.0, 1.5}
	cases := []struct {
		s    Sampler
		keep map[uint32]bool // allowed tokens; nil = all
	}{
		{Sampler{TemperatureMilli: 1000}, nil},
		{Sampler{TemperatureMilli: 700}, nil},
		{Sampler{TemperatureMilli: 1300, TopK: 3}, map[uint32]bool{0: true, 5: true, 1: true}},
		// probs at T=1: 0.40 0.15 0.09 0.05 0.02 0.24 -> nucleus 0.6 = {0, 5}
		{Sampler{TemperatureMilli: 1000, TopPMilli: 600}, map[uint32]bool{0: true, 5: true}},
	}
	const draws = 40000
	for _, c := range cases {
		c.s.Seed = Hash{42}
		T := float64(c.s.TemperatureMilli) / 1000
		want := make([]float64, len(l))
		total := 0.0
		for k, x := range l {
			if c.keep == nil || c.keep[uint32(k)] {
				want[k] = math.Exp(float64(x) / T)
				total += want[k]
			}
		}
		counts := make([]float64, len(l))
		for i := uint32(0); i < draws; i++ {
			tok, err := c.s.Sample(l, i)
			if err != nil {
				t.Fatal(err)
			}
			if again, _ := c.s.Sample(l, i); again != tok {
				t.Fatalf("%v: position %d sampled %d then %d", c.s, i, tok, again)
			}
			counts[tok]++
		}
		for k := range l {
			p := want[k] / total
			got := counts[k] / draws
			sd := math.Sqrt(p*(1-p)/draws) + 1e-12
			if math.Abs(got-p) > 5*sd {
				t.Errorf("%v: token %d frequency %.4f, softmax %.4f (5 sd = %.4f)", c.s, k, got, p, 5*sd)
			}
		}
	}
}

func TestTopKOrder(t *testing.T) {
	l := []float32{0.5, 2, 2, -1, 3, 0.5}
	got := TopK(l, 4)
	want := []uint32{4, 1, 2, 0}
	for k := range want {
		if got[k] != want[k] {
			t.Fatalf("TopK = %v, want %v", got, want)
		}
	}
	if len(TopK(l, 100)) != len(l) || TopK(l, 0) != nil {
		t.Fatal("TopK does not clamp k")
	}
}

func TestSamplerEncode(t *testing.T) {
	s := Sampler{TemperatureMilli: 0x01020304, TopK: 5, TopPMilli: 950, Seed: Hash{0xee}}
	b := s.Encode()
	if b[0] != 1 || b[3] != 4 || b[7] != 5 || b[10] != 0x03 || b[11] != 0xb6 || b[12] != 0xee {
		t.Fatalf("encoding %x", b)
	}
}

// FuzzSample: any finite vector and parameters give a token inside the
// vocabulary, the same token twice, and never a panic.
func FuzzSample(f *testing.F) {
	f.Add([]byte{0, 0, 128, 63, 0, 0, 0, 64}, uint32(700), uint32(0), uint32(0), uint32(3))
	f.Add([]byte{0, 0, 128, 127, 0, 0, 0, 0}, uint32(1000), uint32(1), uint32(500), uint32(0))
	f.Fuzz(func(t *testing.T, raw []byte, temp, topK, topP, i uint32) {
		l := make([]float32, len(raw)/4)
		for k := range l {
			l[k] = math.Float32frombits(uint32(raw[4*k]) | uint32(raw[4*k+1])<<8 | uint32(raw[4*k+2])<<16 | uint32(raw[4*k+3])<<24)
		}
		s := Sampler{TemperatureMilli: temp, TopK: topK, TopPMilli: topP}
		tok, err := s.Sample(l, i)
		if err != nil {
			if CheckFinite(l) == nil && len(l) > 0 {
				t.Fatalf("finite vector rejected: %v", err)
			}
			return
		}
		if int(tok) >= len(l) {
			t.Fatalf("token %d outside vocabulary %d", tok, len(l))
		}
		if again, _ := s.Sample(l, i); again != tok {
			t.Fatalf("not deterministic: %d then %d", tok, again)
		}
	})
}

// rankOrderBySort is the definition RankOrder must match: every token
// sorted by (logit desc, id asc) with float comparison.
func rankOrderBySort(l []float32) []uint32 {
	all := make([]uint32, len(l))
	for k := range all {
		all[k] = uint32(k)
	}
	slices.SortStableFunc(all, func(a, b uint32) int {
		switch {
		case ranksBefore(l, a, b):
			return -1
		case ranksBefore(l, b, a):
			return 1
		}
		return 0
	})
	return all
}

// RankOrder's radix sort gives the comparison sort's order on vectors with
// ties, signed zeros, subnormals and extreme values.
func TestRankOrderMatchesSort(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	special := []float32{0, float32(math.Copysign(0, -1)), math.MaxFloat32, -math.MaxFloat32,
		math.SmallestNonzeroFloat32, -math.SmallestNonzeroFloat32, 1, -1, 1e-30, -1e-30}
	for trial := range 300 {
		n := 1 + r.IntN(2000)
		l := make([]float32, n)
		for k := range l {
			switch r.IntN(4) {
			case 0:
				l[k] = special[r.IntN(len(special))]
			case 1:
				l[k] = float32(r.IntN(5)) // many exact ties
			default:
				l[k] = float32(r.NormFloat64() * 8)
			}
		}
		if got, want := RankOrder(l), rankOrderBySort(l); !slices.Equal(got, want) {
			t.Fatalf("trial %d (n=%d): radix order differs from the comparison sort", trial, n)
		}
	}
	if got := RankOrder([]float32{2, 2, 2}); !slices.Equal(got, []uint32{0, 1, 2}) {
		t.Fatalf("all-equal vector: %v", got)
	}
}
