package logits

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// randomLogits draws a recomputed vector of v logits in one of several
// shapes: spread, flat, one dominant token, exact ties, near-ties.
func recomputedLogits(r *rand.Rand, v int) []float32 {
	l := make([]float32, v)
	scale := []float64{0.01, 0.3, 1, 4, 20}[r.IntN(5)]
	shape := r.IntN(5)
	for k := range l {
		x := r.NormFloat64() * scale
		switch shape {
		case 1: // exact ties: a few distinct values
			x = math.Round(x*2) / 2
		case 2: // near-ties: values on a grid finer than 2·MaxDelta
			x = math.Round(x/0.004) * 0.004
		case 3: // one dominant token
			if k == 0 {
				x += 15
			}
		}
		l[k] = float32(x)
	}
	return l
}

// perturb returns o with max |lpO - lpR| over every token <= delta, pushed
// close to delta, in a pattern drawn to stress the sampler's boundaries.
func perturb(r *rand.Rand, l []float32, delta float64) []float32 {
	nu := make([]float64, len(l))
	pivot := r.IntN(len(l))
	order := RankOrder(l)
	rank := make([]int, len(l))
	for j, id := range order {
		rank[id] = j
	}
	pattern := r.IntN(5)
	for k := range nu {
		switch pattern {
		case 0:
			nu[k] = 2*r.Float64() - 1
		case 1: // up above a rank, down below
			nu[k] = -1
			if rank[k] < pivot {
				nu[k] = 1
			}
		case 2: // up below an id, down above
			nu[k] = -1
			if k < pivot {
				nu[k] = 1
			}
		case 3:
			nu[k] = float64(1 - 2*r.IntN(2))
		case 4: // one token moves
			if uint32(k) == order[min(pivot, 3, len(l)-1)] {
				nu[k] = float64(1 - 2*r.IntN(2))
			}
		}
	}
	lpR := LogSoftmax(l)
	o := make([]float32, len(l))
	for a := 2 * delta; a > 1e-12; a *= 0.97 {
		for k := range o {
			o[k] = float32(float64(l[k]) + a*nu[k])
		}
		worst := 0.0
		for k, lp := range LogSoftmax(o) {
			worst = math.Max(worst, math.Abs(lp-lpR[k]))
		}
		if worst <= delta {
			return o
		}
	}
	return slices.Clone(l)
}

func randomSampler(r *rand.Rand, v int) Sampler {
	s := Sampler{Seed: Hash{byte(r.IntN(256))}}
	if r.IntN(6) == 0 {
		return s // greedy
	}
	s.TemperatureMilli = []uint32{1, 20, 300, 700, 1000, 1500, 5000, 4_000_000}[r.IntN(8)]
	s.TopK = []uint32{0, 0, 1, 2, 3, 5, 40, uint32(v), uint32(v) + 7}[r.IntN(9)]
	s.TopPMilli = []uint32{0, 0, 0, 100, 500, 900, 999, 1000}[r.IntN(8)]
	return s
}

// walkIndex is the position of token t in the sampler's walk over l.
func walkIndex(s Sampler, l []float32, t uint32) int {
	return slices.Index(s.candidates(l), t)
}

// interval finds, by bisection on the draw u, the draws in [0, 1) for which
// the sampler picks t from o (t is picked at u0): [lo, hi).
func interval(s Sampler, o []float32, t uint32, u0 float64) (lo, hi float64) {
	wt := walkIndex(s, o, t)
	before := func(u float64) bool { return walkIndex(s, o, s.sampleU(o, u)) < wt }
	after := func(u float64) bool { return walkIndex(s, o, s.sampleU(o, u)) > wt }
	a, b := 0.0, u0 // lo: first u not before
	if !before(0) {
		lo = 0
	} else {
		for b-a > 1e-15 {
			if m := (a + b) / 2; before(m) {
				a = m
			} else {
				b = m
			}
		}
		lo = b
	}
	a, b = u0, 1.0 // hi: first u after
	for b-a > 1e-15 {
		if m := (a + b) / 2; after(m) {
			b = m
		} else {
			a = m
		}
	}
	return lo, b
}

// An honest miner's token is always admissible: whatever the logits, the
// sampler settings (ties, extreme temperatures, top-k/top-p at their
// edges) and a drift of up to MaxDelta in every log-prob, pushed in the
// directions that move the sampler's boundaries most, and at the extreme
// draws that still pick the token.
func TestAdmitHonest(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	tried := map[string]int{}
	for trial := 0; trial < 6000; trial++ {
		v := []int{1, 2, 3, 5, 8, 33, 300}[r.IntN(7)]
		rec := recomputedLogits(r, v)
		th := Thresholds{Version: 1, TopK: 32, MaxDelta: []float64{0.015, 0.05, 0.3}[r.IntN(3)], MaxKL: 1, TieMargin: 0.015}
		s := randomSampler(r, v)
		o := perturb(r, rec, th.MaxDelta)
		i := uint32(r.IntN(1000))
		tok, err := s.Sample(o, i)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Admit(s, th, i, tok, rec)
		if err != nil || !a.OK {
			t.Fatalf("trial %d: honest token %d (%s, V %d, δ %g) rejected: %+v %v\nrecomputed %v\nminer %v", trial, tok, s, v, th.MaxDelta, a, err, rec, o)
		}
		tried[strings.Fields(s.String())[0]]++
		if s.TemperatureMilli == 0 {
			continue
		}
		// the draws at the edges of the token's interval under the
		// miner's logits
		lo, hi := interval(s, o, tok, s.Uniform(i))
		for _, u := range []float64{lo, math.Nextafter(lo, 1), (lo + hi) / 2, math.Nextafter(hi, 0)} {
			if u < 0 || u >= 1 || s.sampleU(o, u) != tok {
				continue
			}
			if a := admitSampled(s, th, u, tok, rec); !a.OK {
				t.Fatalf("trial %d: honest token %d at the edge draw u = %.17g of [%.17g, %.17g) (%s, V %d, δ %g) rejected: %s\nrecomputed %v\nminer %v",
					trial, tok, u, lo, hi, s, v, th.MaxDelta, a.Reason, rec, o)
			}
			tried["edge"]++
		}
	}
	t.Logf("checked: %v", tried)
}

// A greedy token is admissible exactly when its log-prob is within
// max(TieMargin, 2·MaxDelta) of the top.
func TestAdmitGreedyMargin(t *testing.T) {
	th := Thresholds{Version: 1, TopK: 32, MaxDelta: 0.015, MaxKL: 1, TieMargin: 0.015}
	if GreedyMargin(th) != 0.03 {
		t.Fatalf("margin %g", GreedyMargin(th))
	}
	for _, c := range []struct {
		gap float32
		ok  bool
	}{{0, true}, {0.01, true}, {0.0299, true}, {0.0302, false}, {0.5, false}} {
		l := []float32{1, 1 - c.gap, -3}
		a, err := Admit(Greedy, th, 0, 1, l)
		if err != nil || a.OK != c.ok {
			t.Errorf("gap %g: %+v %v, want ok %v", c.gap, a, err, c.ok)
		}
	}
	th.TieMargin = 0.1
	if a, _ := Admit(Greedy, th, 0, 1, []float32{1, 0.95}); !a.OK {
		t.Error("a tie margin wider than 2·MaxDelta is the margin")
	}
	if a, _ := Admit(Greedy, th, 0, 7, []float32{1, 0.95}); a.OK || !strings.Contains(a.Reason, "outside the vocabulary") {
		t.Errorf("token outside the vocabulary: %+v", a)
	}
	if _, err := Admit(Greedy, th, 0, 0, nil); err == nil {
		t.Error("empty recomputation is a caller error")
	}
	if _, err := Admit(Greedy, th, 0, 0, []float32{float32(math.NaN())}); err == nil {
		t.Error("NaN recomputation is a caller error")
	}
	if _, err := Admit(Greedy, Thresholds{}, 0, 0, []float32{1}); err == nil {
		t.Error("unusable thresholds are a caller error")
	}
}

// refInterval is the rule of spec §9 rule 5 for sampled jobs written out
// from its definitions, with O(V^2) loops over the whole vocabulary and
// plain sums: the widened interval of t, or ok = false when t cannot be a
// kept candidate.
func refInterval(s Sampler, th Thresholds, t uint32, l []float32) (lo, hi float64, ok bool) {
	temp := float64(s.TemperatureMilli) / 1000
	e2 := math.Exp(2 * th.MaxDelta / temp)
	d2 := 2*th.MaxDelta + admitSlack
	n := len(l)
	x := func(c int) float64 { return float64(l[c]) }
	top := x(int(Argmax(l)))
	w := func(c int) float64 { return math.Exp((x(c) - top) / temp) }
	share := func(b, rest, f float64) float64 { // b·f / (b·f + rest)
		if b == 0 && rest == 0 {
			return math.NaN()
		}
		return b * f / (b*f + rest)
	}
	if !s.topPActive() && s.TopK == 0 {
		var before, self, after float64
		for c := 0; c < n; c++ {
			switch {
			case c < int(t):
				before += w(c)
			case c == int(t):
				self += w(c)
			default:
				after += w(c)
			}
		}
		lo, hi = share(before, self+after, 1/e2), share(before+self, after, e2)
		if math.IsNaN(lo) {
			lo = 0
		}
		if math.IsNaN(hi) {
			hi = 1
		}
		return lo, hi, true
	}
	k := int(s.TopK)
	if k >= n {
		k = 0
	}
	surelyAbove := func(c int) (m int) {
		for d := 0; d < n; d++ {
			if x(d) > x(c)+d2 {
				m++
			}
		}
		return m
	}
	possAbove := func(c int) (m int) {
		for d := 0; d < n; d++ {
			if d != c && x(d) >= x(c)-d2 {
				m++
			}
		}
		return m
	}
	cMax := func(c int) bool { return k == 0 || surelyAbove(c) < k }
	cMin := func(c int) bool { return cMax(c) && (k == 0 || possAbove(c) < k) }
	sum := func(in func(c int) bool) (s float64) {
		for c := 0; c < n; c++ {
			if in(c) {
				s += w(c)
			}
		}
		return s
	}
	aMax, aMin := cMax, cMin
	if s.topPActive() {
		p := float64(s.TopPMilli) / 1000
		aMax = func(c int) bool {
			if !cMax(c) {
				return false
			}
			bmin := func(d int) bool { return cMin(d) && x(d) > x(c)+d2 }
			b := sum(bmin)
			rest := sum(func(d int) bool { return cMax(d) && !bmin(d) })
			lb := share(b, rest, 1/e2)
			return lb < p+admitSlack
		}
		aMin = func(c int) bool {
			if !cMin(c) {
				return false
			}
			bmax := func(d int) bool { return cMax(d) && d != c && x(d) >= x(c)-d2 }
			b := sum(bmax)
			rest := sum(func(d int) bool { return cMin(d) && !bmax(d) })
			return share(b, rest, e2) < p-admitSlack
		}
	}
	if !aMax(int(t)) {
		return 0, 0, false
	}
	bMin := func(d int) bool { return aMin(d) && x(d) > x(int(t))+d2 }
	bMax := func(d int) bool { return aMax(d) && x(d) >= x(int(t))-d2 }
	lo = share(sum(bMin), sum(func(d int) bool { return aMax(d) && !bMin(d) }), 1/e2)
	hi = share(sum(bMax), sum(func(d int) bool { return aMin(d) && !bMax(d) }), e2)
	if math.IsNaN(hi) {
		hi = 1
	}
	return lo, hi, true
}

// The implementation (sorted prefixes, log-domain sums) decides like the
// rule written out from its definitions, on random inputs at draws not
// within rounding distance of an interval end: it accepts exactly the draws
// inside the widened interval and rejects every other token.
func TestAdmitMatchesDefinition(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	rejected := 0
	for trial := 0; trial < 1500; trial++ {
		v := []int{2, 3, 6, 20, 40}[r.IntN(5)]
		l := recomputedLogits(r, v)
		s := randomSampler(r, v)
		if s.TemperatureMilli == 0 || s.TemperatureMilli == 1 {
			s.TemperatureMilli = 800 // keep the plain sums of the reference finite
		}
		th := Thresholds{Version: 1, TopK: 32, MaxDelta: []float64{0.015, 0.05, 0.3}[r.IntN(3)], MaxKL: 1, TieMargin: 0.015}
		u := r.Float64()
		for tok := uint32(0); tok < uint32(v); tok++ {
			lo, hi, ok := refInterval(s, th, tok, l)
			a := admitSampled(s, th, u, tok, l)
			near := math.Abs(u-lo) < 1e-7 || math.Abs(u-hi) < 1e-7
			want := ok && u >= lo && u < hi
			if !near && a.OK != want {
				t.Fatalf("trial %d token %d (%s, δ %g, u %.9f): admitted %v (%s), definition [%.9f, %.9f) candidate %v\nlogits %v",
					trial, tok, s, th.MaxDelta, u, a.OK, a.Reason, lo, hi, ok, l)
			}
			if !a.OK {
				rejected++
			}
		}
	}
	if rejected == 0 {
		t.Fatal("no token was ever rejected")
	}
}

// A token whose interval under the recomputation is farther from the draw
// than drift can move it is rejected; the same token at a draw inside the
// widened interval is admitted. Logits spaced 1 nat apart, temperature 1:
// no ties, and MaxDelta 0.015 moves a share F by at most ~F(1-F)·0.06.
func TestAdmitRejectsFarTokens(t *testing.T) {
	th := Thresholds{Version: 1, TopK: 32, MaxDelta: 0.015, MaxKL: 1, TieMargin: 0.015}
	l := []float32{0, -1, -2, -3, -4, -5, -6, -7}
	for _, s := range []Sampler{{TemperatureMilli: 1000}, {TemperatureMilli: 1000, TopK: 5}, {TemperatureMilli: 1000, TopPMilli: 950}, {TemperatureMilli: 1000, TopK: 6, TopPMilli: 900}} {
		cand := s.candidates(l)
		for u := 0.0005; u < 1; u += 0.001 {
			picked := s.sampleU(l, u)
			for _, tok := range cand {
				lo, hi := interval(s, l, tok, 0)
				if s.sampleU(l, lo) != tok {
					continue // not kept
				}
				far := u < lo-0.02 || u >= hi+0.02
				inside := u >= lo && u < hi
				a := admitSampled(s, th, u, tok, l)
				if far && a.OK {
					t.Fatalf("%s: token %d with interval [%.4f, %.4f) admitted at u = %.4f", s, tok, lo, hi, u)
				}
				if inside && !a.OK {
					t.Fatalf("%s: token %d picked at u = %.4f from the recomputation itself rejected: %s", s, tok, u, a.Reason)
				}
			}
			if a := admitSampled(s, th, u, picked, l); !a.OK {
				t.Fatalf("%s: the recomputation's own pick rejected", s)
			}
		}
		// tokens outside the candidate set are rejected whatever the draw
		for tok := uint32(0); tok < uint32(len(l)); tok++ {
			if slices.Contains(cand, tok) {
				continue
			}
			if a := admitSampled(s, th, 0.999999, tok, l); a.OK || !strings.Contains(a.Reason, "candidate") {
				t.Fatalf("%s: token %d outside the candidates: %+v", s, tok, a)
			}
		}
	}
	// top-p: the nucleus boundary moves with drift, but not by much: with
	// shares 0.64, 0.24, 0.09 (temperature 1, 1 nat apart) and P = 0.85,
	// the third token is never kept.
	s := Sampler{TemperatureMilli: 1000, TopPMilli: 850}
	if a := admitSampled(s, th, 0.9999, 2, l); a.OK {
		t.Fatal("a token past the nucleus admitted")
	}
	if a := admitSampled(s, th, 0.9999, 1, l); !a.OK {
		t.Fatalf("the nucleus's last token rejected: %s", a.Reason)
	}
}

// Extreme temperatures: near zero the sampled rule becomes the greedy one
// (a token 2·MaxDelta below the top is admissible only in a tail of draws
// whose width shrinks like e^{-(gap-2δ)/T}); very high temperatures are
// near-uniform and admit by position in id order.
func TestAdmitExtremeTemperatures(t *testing.T) {
	th := Thresholds{Version: 1, TopK: 32, MaxDelta: 0.015, MaxKL: 1, TieMargin: 0.015}
	cold := Sampler{TemperatureMilli: 1}
	l := []float32{0.5, 0.49, 0.4, -10}
	for _, u := range []float64{0.3, 0.9999} {
		if a := admitSampled(cold, th, u, 1, l); !a.OK {
			t.Errorf("cold: a token 0.01 below the top at u = %g rejected: %s", u, a.Reason)
		}
		if a := admitSampled(cold, th, u, 2, l); a.OK {
			t.Errorf("cold: a token 0.1 below the top at u = %g admitted", u)
		}
	}
	// in id order token 0 walks first: at u = 0 nothing else is picked
	// while its weight is not negligible (within e^{-2·MaxDelta/T} odds)
	if a := admitSampled(cold, th, 0, 1, l); a.OK {
		t.Error("cold: u = 0 admits token 1 although token 0 walks first")
	}
	if a := admitSampled(cold, th, 0, 0, l); !a.OK {
		t.Errorf("cold: u = 0 rejects token 0: %s", a.Reason)
	}
	hot := Sampler{TemperatureMilli: 4_000_000}
	for tok := uint32(0); tok < 4; tok++ {
		u := (float64(tok) + 0.5) / 4
		for other := uint32(0); other < 4; other++ {
			if a := admitSampled(hot, th, u, other, l); a.OK != (other == tok) {
				t.Errorf("hot: u = %g token %d: %+v", u, other, a)
			}
		}
	}
}

func TestCheckTokens(t *testing.T) {
	th := Thresholds{Version: 1, TopK: 32, MaxDelta: 0.015, MaxKL: 1, TieMargin: 0.015}
	a := []float32{2, 0, 0}
	b := []float32{0, 2, 0}
	c := Claim{Output: []uint32{0, 1, 2}, Sampler: Greedy}
	v, err := CheckTokens(c, th, [][][]float32{{a}, {a, b}, {a, b}})
	if err != nil || v.Pass || v.Position != 2 || !strings.Contains(v.Reason, "token 2 at position 2 is not admissible under any admitted recomputation") {
		t.Fatalf("%+v %v", v, err)
	}
	c.Output = c.Output[:2]
	if v, err := CheckTokens(c, th, [][][]float32{{a}, {a, b}}); err != nil || !v.Pass {
		t.Fatalf("position 1 is admissible under the second recomputation: %+v %v", v, err)
	}
	if _, err := CheckTokens(c, th, [][][]float32{{a}}); err == nil {
		t.Fatal("a missing position is a caller error")
	}
	if _, err := CheckTokens(c, th, [][][]float32{{a}, {}}); err == nil {
		t.Fatal("a position without a recomputation is a caller error")
	}
}

func TestCheckEnd(t *testing.T) {
	eog := func(t uint32) bool { return t == 2 || t == 9 }
	for _, c := range []struct {
		name   string
		out    []uint32
		max    uint32
		isEOG  func(uint32) bool
		reason string // "" = pass
		pos    uint32
	}{
		{"full length", []uint32{5, 6, 7}, 3, eog, "", 2},
		{"full length, last is EOG", []uint32{5, 6, 9}, 3, eog, "", 2},
		{"ended at EOG", []uint32{5, 2}, 8, eog, "", 1},
		{"truncated", []uint32{5, 6}, 8, eog, "did not end", 1},
		{"one of 32", []uint32{5}, 32, eog, "did not end", 0},
		{"padded past EOG", []uint32{5, 2, 6}, 8, eog, "ended at position 1", 1},
		{"padded past EOG to maxTokens", []uint32{5, 2, 6}, 3, eog, "ended at position 1", 1},
		{"two EOGs", []uint32{9, 2}, 8, eog, "ended at position 0", 0},
		{"no EOG predicate, full", []uint32{2, 2}, 2, nil, "", 1},
		{"no EOG predicate, short", []uint32{2}, 2, nil, "did not end", 0},
		{"too long", []uint32{5, 6, 7}, 2, eog, "exceed", 2},
		{"empty", nil, 2, eog, "no output", 0},
	} {
		v := CheckEnd(Claim{Output: c.out, MaxTokens: c.max, IsEOG: c.isEOG})
		if v.Pass != (c.reason == "") || !strings.Contains(v.Reason, c.reason) || v.Position != c.pos {
			t.Errorf("%s: %+v, want reason %q at %d", c.name, v, c.reason, c.pos)
		}
	}
}

// FuzzAdmitHonest: the honest property on fuzzer-chosen logits and
// settings.
func FuzzAdmitHonest(f *testing.F) {
	f.Add(uint64(1), uint8(8), uint32(700), uint32(40), uint32(900), uint32(5))
	f.Add(uint64(2), uint8(3), uint32(1), uint32(0), uint32(0), uint32(0))
	f.Fuzz(func(t *testing.T, seed uint64, v uint8, temp, topK, topP, i uint32) {
		if v == 0 {
			return
		}
		r := rand.New(rand.NewPCG(seed, 9))
		rec := recomputedLogits(r, int(v))
		s := Sampler{TemperatureMilli: temp % 5_000_000, TopK: topK % 300, TopPMilli: topP % 1200}
		th := Thresholds{Version: 1, TopK: 32, MaxDelta: 0.015, MaxKL: 1, TieMargin: 0.015}
		o := perturb(r, rec, th.MaxDelta)
		tok, err := s.Sample(o, i)
		if err != nil {
			t.Fatal(err)
		}
		if a, err := Admit(s, th, i, tok, rec); err != nil || !a.OK {
			t.Fatalf("honest token rejected: %+v %v", a, err)
		}
	})
}
