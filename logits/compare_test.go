package logits

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

func randomLogits(r *rand.Rand, v int) []float32 {
	l := make([]float32, v)
	for k := range l {
		l[k] = float32(r.NormFloat64() * 2.5)
	}
	return l
}

func TestCompareHonestNoisePasses(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	th := DefaultThresholds()
	for trial := 0; trial < 50; trial++ {
		a := randomLogits(r, 1000)
		b := make([]float32, len(a))
		for k := range a {
			b[k] = a[k] + float32(r.NormFloat64()*1e-3) + 7 // engine noise plus a constant shift
		}
		rep, err := Compare(a, b, th)
		if err != nil {
			t.Fatal(err)
		}
		if !rep.Pass {
			t.Fatalf("trial %d: honest drift failed: %s", trial, rep.Reason)
		}
		if rep.MaxDelta > 0.01 || rep.KL > 1e-5 {
			t.Fatalf("trial %d: metrics too large for 1e-3 noise: %+v", trial, rep)
		}
	}
	a := randomLogits(r, 100)
	rep, _ := Compare(a, a, th)
	if !rep.Pass || rep.MaxDelta != 0 || rep.KL != 0 || rep.Top1Gap != 0 {
		t.Fatalf("identical vectors: %+v", rep)
	}
}

func TestCompareCatchesDifferentLogits(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	th := DefaultThresholds()
	for trial := 0; trial < 50; trial++ {
		a := randomLogits(r, 1000)
		b := randomLogits(r, 1000) // another model entirely
		rep, err := Compare(a, b, th)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Pass {
			t.Fatalf("trial %d: unrelated logits passed: %+v", trial, rep)
		}
	}
	// a swap of the two best tokens is caught by the top-1 rule with a gap
	a := []float32{5, 1, 0, 0}
	b := []float32{1, 5, 0, 0}
	rep, _ := Compare(a, b, th)
	if rep.Pass || rep.Top1Opened != 0 || rep.Top1Recomputed != 1 || rep.Top1Gap < 3.9 {
		t.Fatalf("swapped top-1: %+v", rep)
	}
	// a near-tie that flips is tolerated by the tie margin
	a = []float32{5, 5.001, 0, 0}
	b = []float32{5.001, 5, 0, 0}
	if rep, _ := Compare(a, b, th); !rep.Pass {
		t.Fatalf("near tie failed: %s", rep.Reason)
	}
}

func TestCompareInputErrors(t *testing.T) {
	th := DefaultThresholds()
	if _, err := Compare([]float32{1, 2}, []float32{1}, th); !errors.Is(err, ErrVocabMismatch) {
		t.Fatalf("length mismatch: %v", err)
	}
	if _, err := Compare([]float32{1, float32(math.Inf(1))}, []float32{1, 2}, th); !errors.Is(err, ErrNonFinite) {
		t.Fatalf("Inf: %v", err)
	}
	bad := th
	bad.TopK = 0
	if _, err := Compare([]float32{1}, []float32{1}, bad); !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("bad thresholds: %v", err)
	}
	if Nano(0.05) != 50_000_000 || FromNano(Nano(0.0123)) != 0.0123 {
		t.Fatal("nano conversion")
	}
}
