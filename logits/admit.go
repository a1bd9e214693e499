package logits

import (
	"fmt"
	"math"
	"sort"
)

// admitSlack absorbs float64 rounding in the validator's own arithmetic
// (sums of up to 2^24 weights, log and exp): probabilities and log-prob
// differences are compared with this much room in the miner's favour. It is
// far below anything that moves a sampler's pick.
const admitSlack = 1e-9

// Admission is the every-token rule's verdict on one position (spec §9 rule
// 5).
type Admission struct {
	OK     bool
	Reason string // why not; empty when OK
}

// Admit reports whether token is admissible at position i given the
// validator's recomputation of that position's logits: whether the canonical
// sampler s could have picked it from some logit vector whose log-probs are
// within th.MaxDelta of the recomputation's on the sampler's support (spec §9
// rule 5, with the derivation).
//
//   - Greedy: the token's recomputed log-prob is within
//     max(th.TieMargin, 2·th.MaxDelta) of the maximum.
//   - Sampled: the token is in the sampler's candidate set (top-k, top-p)
//     for some such vector, and the position's seeded draw u = s.Uniform(i)
//     lies in the token's cumulative-weight interval [L, U), widened for
//     drift: with ε = th.MaxDelta/T, a prefix of weight share F moves to at
//     most F·e^{2ε} / (F·e^{2ε} + 1 − F) and at least
//     F·e^{−2ε} / (F·e^{−2ε} + 1 − F), and tokens within 2·MaxDelta of each
//     other may swap places in the walk.
//
// It fails (an error, not a verdict) only on a caller mistake: unusable
// thresholds or recomputation.
func Admit(s Sampler, th Thresholds, i, token uint32, recomputed []float32) (Admission, error) {
	if err := th.Validate(); err != nil {
		return Admission{}, err
	}
	if len(recomputed) == 0 || len(recomputed) > MaxVocab {
		return Admission{}, fmt.Errorf("%w: recomputation of %d logits", ErrOutOfRange, len(recomputed))
	}
	if err := CheckFinite(recomputed); err != nil {
		return Admission{}, fmt.Errorf("recomputed: %w", err)
	}
	if int64(token) >= int64(len(recomputed)) {
		return Admission{Reason: fmt.Sprintf("token %d is outside the vocabulary of %d", token, len(recomputed))}, nil
	}
	if s.TemperatureMilli == 0 {
		return admitGreedy(th, token, recomputed), nil
	}
	return admitSampled(s, th, s.Uniform(i), token, recomputed), nil
}

// GreedyMargin is how far (nats) below the recomputed maximum a greedy
// token's log-prob may lie: max(TieMargin, 2·MaxDelta). Two log-prob vectors
// each within MaxDelta of the recomputation differ in any log-prob
// difference by at most 2·MaxDelta, so the miner's argmax is within that of
// the recomputed maximum.
func GreedyMargin(th Thresholds) float64 { return math.Max(th.TieMargin, 2*th.MaxDelta) }

func admitGreedy(th Thresholds, token uint32, l []float32) Admission {
	top := Argmax(l)
	// log-prob differences are logit differences; float32 -> float64
	// differences are exact
	gap := float64(l[top]) - float64(l[token])
	if m := GreedyMargin(th); gap > m+admitSlack {
		return Admission{Reason: fmt.Sprintf("greedy token %d is %.4g nats below the recomputed top token %d (admissible within %.4g)", token, gap, top, m)}
	}
	return Admission{OK: true}
}

// admitSampled applies the sampled rule with the draw u given.
func admitSampled(s Sampler, th Thresholds, u float64, token uint32, l []float32) Admission {
	temp := float64(s.TemperatureMilli) / 1000
	eps := th.MaxDelta / temp // a weight moves by at most a factor e^{±eps} against any other's e^{∓eps}
	d2 := 2*th.MaxDelta + admitSlack
	if !s.topPActive() && s.TopK == 0 {
		lo, hi := idOrderInterval(l, token, temp, eps)
		return inInterval(u, lo, hi, token)
	}
	k := int(s.TopK)
	if k >= len(l) {
		k = 0 // every token is a candidate, in rank order
	}
	// The universe: every token that can matter. With top-k, a token whose
	// logit is below the K-th by more than 2δ is never a candidate; counts
	// of tokens within 2δ of a candidate reach 2δ further down.
	var ids []uint32
	if k > 0 {
		kth := float64(l[TopK(l, k)[k-1]])
		floor := kth - 2*d2 - admitSlack
		for id, x := range l {
			if float64(x) >= floor {
				ids = append(ids, uint32(id))
			}
		}
		sort.Slice(ids, func(a, b int) bool { return ranksBefore(l, ids[a], ids[b]) })
	} else {
		ids = RankOrder(l)
	}
	m := len(ids)
	v := make([]float64, m)  // logits, descending
	lw := make([]float64, m) // log weights (v - v[0]) / T, descending, lw[0] = 0
	jt := -1
	for j, id := range ids {
		v[j] = float64(l[id])
		lw[j] = (v[j] - v[0]) / temp
		if id == token {
			jt = j
		}
	}
	if jt < 0 {
		return Admission{Reason: fmt.Sprintf("token %d is not among the recomputed top-%d candidates even allowing %.4g nats of drift", token, s.TopK, 2*th.MaxDelta)}
	}
	// sum is logSum(lw[a:b]); weights of a range whose largest is far from
	// underflow are summed from one table of exponentials
	w := make([]float64, m)
	for j, x := range lw {
		w[j] = math.Exp(x)
	}
	sum := func(a, b int) float64 {
		switch {
		case a >= b:
			return math.Inf(-1)
		case lw[a] < -650:
			return logSum(lw[a:b])
		}
		s := 0.0
		for j := b - 1; j >= a; j-- {
			s += w[j]
		}
		return math.Log(s)
	}
	cntGT := func(x float64) int { return sort.Search(m, func(j int) bool { return v[j] <= x }) } // #{v > x}
	cntGE := func(x float64) int { return sort.Search(m, func(j int) bool { return v[j] < x }) }  // #{v >= x}

	// Top-k: a token is surely a candidate when fewer than K others can
	// rank above it, possibly one when fewer than K surely do. Both sets
	// are prefixes of the rank order: [0, cMin) and [0, cMax).
	cMax, cMin := m, m
	if k > 0 {
		cMax = 0
		for cMax < m && cntGT(v[cMax]+d2) < k {
			cMax++
		}
		cMin = 0
		for cMin < cMax && cntGE(v[cMin]-d2)-1 < k {
			cMin++
		}
	}
	// Top-p: a candidate is kept when the share of the candidates' weight
	// walked before it is below P. The kept sets are prefixes too: [0, aMax)
	// may be kept, [0, aMin) surely are (both tests are monotone along the
	// rank order, so a binary search finds their ends).
	aMax, aMin := cMax, cMin
	if s.topPActive() {
		p := float64(s.TopPMilli) / 1000
		aMax = sort.Search(cMax, func(j int) bool { // first that cannot be kept
			b := min(cntGT(v[j]+d2), cMin) // surely before j and surely candidates
			return shareLow(sum(0, b), sum(b, cMax), eps) >= p+admitSlack
		})
		aMin = sort.Search(cMin, func(j int) bool { // first not surely kept
			b := min(cntGE(v[j]-d2), cMax) // [0, b) \ {j} may be before j
			before := logAdd(sum(0, j), sum(j+1, b))
			rest := logAdd(lw[j], sum(b, cMin))
			return shareHigh(before, rest, eps) >= p-admitSlack
		})
		aMin = min(aMin, aMax)
	}
	if jt >= aMax {
		return Admission{Reason: fmt.Sprintf("token %d is outside the recomputed candidate set (%s) even allowing %.4g nats of drift", token, s, 2*th.MaxDelta)}
	}
	// The token's interval: before it surely lie [0, bMin) ∩ surely kept,
	// possibly [0, bMax) ∩ possibly kept (bMax includes the token).
	bMin := min(cntGT(v[jt]+d2), aMin)
	bMax := min(cntGE(v[jt]-d2), aMax)
	lo := shareLow(sum(0, bMin), sum(bMin, aMax), eps)
	hi := shareHigh(sum(0, bMax), sum(bMax, aMin), eps)
	return inInterval(u, lo, hi, token)
}

func inInterval(u, lo, hi float64, token uint32) Admission {
	if u < lo-admitSlack || u >= hi+admitSlack {
		return Admission{Reason: fmt.Sprintf("the seeded draw u = %.9f is outside token %d's cumulative-weight interval widened for drift, [%.9f, %.9f)", u, token, lo, hi)}
	}
	return Admission{OK: true}
}

// shareLow is the least share a set of log-weight lb can have against the
// rest, log-weight lr, when every weight may move by e^{±eps}:
// 1 / (1 + e^{lr − lb + 2eps}). An empty set (−Inf) has share 0; an empty
// rest share 1; both empty share 0.
func shareLow(lb, lr, eps float64) float64 {
	if math.IsInf(lb, -1) {
		return 0
	}
	return 1 / (1 + math.Exp(lr-lb+2*eps))
}

// shareHigh is the largest share: 1 / (1 + e^{lr − lb − 2eps}); both empty
// gives 1.
func shareHigh(lb, lr, eps float64) float64 {
	if math.IsInf(lr, -1) {
		return 1
	}
	return 1 / (1 + math.Exp(lr-lb-2*eps))
}

// logSum is log Σ e^{w_j} of a descending slice (−Inf when empty): scaled
// by its first, largest, element, so nothing that matters underflows.
func logSum(w []float64) float64 {
	if len(w) == 0 {
		return math.Inf(-1)
	}
	s := 0.0
	for j := len(w) - 1; j >= 0; j-- { // smallest first
		s += math.Exp(w[j] - w[0])
	}
	return w[0] + math.Log(s)
}

// logAdd is log(e^a + e^b).
func logAdd(a, b float64) float64 {
	if a < b {
		a, b = b, a
	}
	if math.IsInf(b, -1) {
		return a
	}
	return a + math.Log1p(math.Exp(b-a))
}

// idOrderInterval is the widened interval of token when the sampler walks
// every token in id order (temperature only): before it are the tokens of
// lower id, whatever the drift.
func idOrderInterval(l []float32, token uint32, temp, eps float64) (lo, hi float64) {
	before, self, after := newLSE(), newLSE(), newLSE()
	for id, x := range l {
		w := float64(x) / temp
		switch {
		case uint32(id) < token:
			before.add(w)
		case uint32(id) == token:
			self.add(w)
		default:
			after.add(w)
		}
	}
	through := before
	through.merge(self)
	rest := self
	rest.merge(after)
	return shareLow(before.log(), rest.log(), eps), shareHigh(through.log(), after.log(), eps)
}

// lse accumulates log Σ e^{x} online, rescaling to the running maximum.
type lse struct{ m, s float64 }

func newLSE() lse { return lse{m: math.Inf(-1)} }

func (a *lse) add(x float64) {
	switch {
	case math.IsInf(a.m, -1):
		a.m, a.s = x, 1
	case x > a.m:
		a.s = a.s*math.Exp(a.m-x) + 1
		a.m = x
	default:
		a.s += math.Exp(x - a.m)
	}
}

func (a *lse) merge(b lse) {
	switch {
	case math.IsInf(b.m, -1):
	case math.IsInf(a.m, -1):
		*a = b
	case b.m > a.m:
		a.s = a.s*math.Exp(a.m-b.m) + b.s
		a.m = b.m
	default:
		a.s += b.s * math.Exp(b.m-a.m)
	}
}

func (a lse) log() float64 {
	if math.IsInf(a.m, -1) {
		return a.m
	}
	return a.m + math.Log(a.s)
}

// CheckTokens applies spec §9 rule 5 to every committed output token: the
// token at position i must be admissible (Admit) under at least one of
// recomputed[i], the validator's recomputations of position i (one per
// admitted KV precision it computed; len(recomputed) = len(c.Output)). The
// verdict names the first position where no recomputation admits the token.
func CheckTokens(c Claim, th Thresholds, recomputed [][][]float32) (Verdict, error) {
	if len(recomputed) != len(c.Output) {
		return Verdict{}, fmt.Errorf("logits: %d recomputed positions for %d output tokens", len(recomputed), len(c.Output))
	}
	for i, recs := range recomputed {
		a, err := AdmitAny(c.Sampler, th, uint32(i), c.Output[i], recs...)
		if err != nil {
			return Verdict{}, fmt.Errorf("position %d: %w", i, err)
		}
		if !a.OK {
			return Verdict{Position: uint32(i), Reason: a.Reason}, nil
		}
	}
	return Verdict{Pass: true}, nil
}

// AdmitAny is Admit against several recomputations of one position: the
// token is admissible if any admits it. A failing Admission's reason is the
// first recomputation's, with the position.
func AdmitAny(s Sampler, th Thresholds, i, token uint32, recomputed ...[]float32) (Admission, error) {
	if len(recomputed) == 0 {
		return Admission{}, fmt.Errorf("logits: no recomputation of position %d", i)
	}
	var first Admission
	for j, r := range recomputed {
		a, err := Admit(s, th, i, token, r)
		if err != nil {
			return Admission{}, err
		}
		if a.OK {
			return a, nil
		}
		if j == 0 {
			first = a
		}
	}
	first.Reason = fmt.Sprintf("token %d at position %d is not admissible under any admitted recomputation: %s", token, i, first.Reason)
	return first, nil
}

// CheckEnd applies spec §9 rule 6: generation really ended. No token before
// the last ends generation, and either n = MaxTokens or the last token ends
// generation (c.IsEOG; nil means no token does). n > MaxTokens fails too.
func CheckEnd(c Claim) Verdict {
	n := len(c.Output)
	fail := func(pos int, format string, args ...any) Verdict {
		return Verdict{Position: uint32(max(pos, 0)), Reason: fmt.Sprintf(format, args...)}
	}
	eog := func(t uint32) bool { return c.IsEOG != nil && c.IsEOG(t) }
	switch {
	case n == 0:
		return fail(0, "no output tokens")
	case uint64(n) > uint64(c.MaxTokens):
		return fail(n-1, "n = %d output tokens exceed the job's maxTokens = %d", n, c.MaxTokens)
	}
	for i, t := range c.Output[:n-1] {
		if eog(t) {
			return fail(i, "generation ended at position %d (token %d ends generation) but %d tokens were committed", i, t, n)
		}
	}
	if n != int(c.MaxTokens) && !eog(c.Output[n-1]) {
		return fail(n-1, "generation did not end: n = %d < maxTokens = %d and the last token %d does not end generation", n, c.MaxTokens, c.Output[n-1])
	}
	return Verdict{Pass: true, Position: uint32(n - 1)}
}
