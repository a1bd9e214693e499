package calibrate

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

// run builds a measured pair whose positions have the given max |Δ logprob|
// (KL and top-1 agree), as one prompt.
func fakeRun(p Pair, deltas ...float64) Run {
	var res Result
	for _, d := range deltas {
		r := logits.Report{MaxDelta: d, KL: d * d / 4}
		res.Reports = append(res.Reports, r)
		res.All = append(res.All, []logits.Report{r})
	}
	return Run{Pair: p, PerPrompt: []Result{res}}
}

var (
	honestF32 = Pair{Name: "f32 honest", Honest: true, Miner: Setup{Engine: "ggml"}}
	honestF16 = Pair{Name: "f16 honest", Honest: true, Miner: Setup{Engine: "ggml", KV: models.KVF16}}
)

// The rule: 1.25 x the largest honest drift per profile (at least 1e-4),
// rounded up to two digits; the all-profiles choice covers the widest.
func TestChooseSeparates(t *testing.T) {
	runs := []Run{
		fakeRun(honestF32, 1e-6, 3e-6),
		fakeRun(honestF16, 1e-3, 2e-3),
		fakeRun(Pair{Name: "cheat", Miner: Setup{Engine: "ggml"}}, 0.05, 0.2),
		fakeRun(Pair{Name: "mild", Mild: true, Miner: Setup{Engine: "ggml"}}, 0.001, 0.01),
	}
	cs, err := Choose(runs, 32, 16, 10)
	if err != nil {
		t.Fatal(err)
	}
	want := map[models.Profile]float64{AllProfiles: 0.0025, models.ProfileCPUF32: 1e-4, models.ProfileCPUF16: 0.0025}
	if len(cs) != 3 {
		t.Fatalf("%d choices", len(cs))
	}
	for _, c := range cs {
		if c.Thresholds.MaxDelta != want[c.Profile] || c.Thresholds.TieMargin != c.Thresholds.MaxDelta || c.Thresholds.TopK != 32 {
			t.Errorf("%s: %+v, want MaxDelta %g", ProfileName(c.Profile), c.Thresholds, want[c.Profile])
		}
		if c.DishonestPair != "cheat" || c.DishonestMinDelta != 0.05 {
			t.Errorf("%s: closest cheat %q at %g", ProfileName(c.Profile), c.DishonestPair, c.DishonestMinDelta)
		}
	}
	if round2(0.00125) != 0.0013 || round2(0.015) != 0.015 || round2(5.7e-5) != 5.7e-5 {
		t.Errorf("round2: %g %g %g", round2(0.00125), round2(0.015), round2(5.7e-5))
	}
}

// With a cheat inside the honest band at one position, or a mild cheat
// that escapes simulated jobs, Choose refuses and names the pair.
func TestChooseRefuses(t *testing.T) {
	honest := fakeRun(honestF16, 1e-3, 2e-3)
	for _, c := range []struct {
		cheat Run
		want  string
	}{
		{fakeRun(Pair{Name: "overlapping cheat", Miner: Setup{Engine: "ggml"}}, 0.3, 0.002), `cheat "overlapping cheat" passes at 1 of 2 positions`},
		{fakeRun(Pair{Name: "mild", Mild: true, Miner: Setup{Engine: "ggml"}}, 0.001, 0.002, 0.003, 0.002), `mild cheat "mild" escapes`},
	} {
		_, err := Choose([]Run{honest, c.cheat}, 32, 1, 20)
		if !errors.Is(err, ErrNoSeparation) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want ErrNoSeparation naming %q", c.cheat.Pair.Name, err, c.want)
		}
	}
	if _, err := Choose([]Run{fakeRun(Pair{Name: "cheat"}, 1)}, 32, 16, 10); !errors.Is(err, ErrNoSeparation) {
		t.Errorf("no honest pairs: %v", err)
	}
}

// promptLen is the prompt length of the span tests' runs: position i is
// generated at context promptLen + i + 1.
const promptLen = 8

// spanRun builds a pair measured over n positions after a prompt of
// promptLen tokens, position i's report given by at(i).
func spanRun(p Pair, n int, at func(i int) logits.Report) Run {
	res := Result{PromptTokens: promptLen}
	for i := range n {
		r := at(i)
		res.Reports = append(res.Reports, r)
		res.All = append(res.All, []logits.Report{r})
	}
	return Run{Pair: p, PerPrompt: []Result{res}}
}

func delta(d float64) logits.Report { return logits.Report{MaxDelta: d, KL: d * d / 4} }

// growingF16 drifts like an f16 KV cache judged by another engine: its
// drift grows with the context, 0.002 + 1e-4 per position.
func growingF16(n int) Run {
	return spanRun(honestF16, n, func(i int) logits.Report { return delta(0.002 + 1e-4*float64(i)) })
}

// Honest f16 drift that grows with the context limits the f16 profile's
// span to the ladder step below the one where its band would admit a cheat
// at 0.016 (at span 96 the drift reaches 0.0107 and the band 0.014; at 128,
// 0.0139 and 0.018), while f32 keeps the longest context measured; the
// thresholds are those of the chosen span, and what limited it is named.
func TestChooseSpans(t *testing.T) {
	const n = 200 // contexts 9..208
	mild := Pair{Name: "mild", Mild: true, Miner: Setup{Engine: "ggml"}}
	runs := []Run{
		spanRun(honestF32, n, func(int) logits.Report { return delta(1e-6) }),
		growingF16(n),
		spanRun(Pair{Name: "cheat", Miner: Setup{Engine: "ggml"}}, n, func(int) logits.Report { return delta(0.016) }),
		spanRun(mild, n, func(i int) logits.Report { return delta([]float64{0.001, 0.05}[i%2]) }),
	}
	cs, err := Choose(runs, 32, 16, 20)
	if err != nil {
		t.Fatal(err)
	}
	want := map[models.Profile]struct {
		span     int
		maxDelta float64
		limit    string
	}{
		AllProfiles:          {96, 0.014, `at span 128 f16 honest reaches 0.014 at context 128, max_delta 0.018: cheat "cheat" passes at 120 of 120 positions`},
		models.ProfileCPUF16: {96, 0.014, `at span 128 f16 honest reaches 0.014 at context 128, max_delta 0.018: cheat "cheat" passes at 120 of 120 positions`},
		models.ProfileCPUF32: {208, 1e-4, "the longest context measured (208)"},
	}
	for _, c := range cs {
		w := want[c.Profile]
		if c.Thresholds.Span != w.span || c.Thresholds.MaxDelta != w.maxDelta || !strings.HasPrefix(c.Limit, w.limit) {
			t.Errorf("%s: span %d, max_delta %g, limited by %q; want %d, %g, %q", ProfileName(c.Profile), c.Thresholds.Span, c.Thresholds.MaxDelta, c.Limit, w.span, w.maxDelta, w.limit)
		}
		if len(c.Ladder) != 7 || c.Ladder[6].Span != 208 {
			t.Errorf("%s: ladder %+v", ProfileName(c.Profile), c.Ladder)
		}
		for _, st := range c.Ladder {
			if st.OK() != (st.Span <= w.span) || st.MildEscapes != 0 || st.MildJobs == 0 {
				t.Errorf("%s: step %d: problems %v, mild escapes %d/%d", ProfileName(c.Profile), st.Span, st.Problems, st.MildEscapes, st.MildJobs)
			}
		}
	}
	bands := Bands(cs)
	if len(bands) != 2 || bands[0].Span != 96 || bands[0].MaxDelta != 0.014 || bands[1].Span != 208 || bands[1].MaxDelta != 1e-4 {
		t.Errorf("bands %+v", bands)
	}
}

// A profile whose honest drift admits a cheat even over the shortest step
// is refused, naming the step and the cheat.
func TestChooseSpansRefuses(t *testing.T) {
	runs := []Run{
		spanRun(honestF32, 100, func(int) logits.Report { return delta(1e-6) }),
		growingF16(100),
		spanRun(Pair{Name: "close cheat", Miner: Setup{Engine: "ggml"}}, 100, func(int) logits.Report { return delta(0.004) }),
	}
	_, err := Choose(runs, 32, 16, 20)
	if !errors.Is(err, ErrNoSeparation) || !strings.Contains(err.Error(), `cpu-f16kv, span 32: cheat "close cheat" passes at 24 of 24 positions`) {
		t.Errorf("%v, want ErrNoSeparation naming cpu-f16kv at span 32", err)
	}
}

// Validators judge a job by the loosest thresholds covering it: f32's
// long-span thresholds (wide KL, narrow max |Δ|) and f16's short-span ones
// (wide max |Δ|, narrow KL) each fail a cheat of moderate drift and KL at
// short context, but their component-wise loosest, the band of jobs within
// the f16 span, admits it. Choose checks the bands and refuses.
func TestChooseChecksBands(t *testing.T) {
	const n = 200
	runs := []Run{
		// f32 honest: tiny drift, but a KL of 1e-4 beyond position 100
		spanRun(honestF32, n, func(i int) logits.Report {
			return logits.Report{MaxDelta: 1e-6, KL: map[bool]float64{true: 1e-4, false: 1e-12}[i > 100]}
		}),
		spanRun(honestF16, n, func(i int) logits.Report {
			return logits.Report{MaxDelta: 0.002 + 1e-4*float64(i), KL: 1e-12}
		}),
		// limits f16 to span 96, as in TestChooseSpans
		spanRun(Pair{Name: "cheat", Miner: Setup{Engine: "ggml"}}, n, func(int) logits.Report { return logits.Report{MaxDelta: 0.016, KL: 1e-12} }),
		// moderate drift and KL early, gross late
		spanRun(Pair{Name: "band cheat", Miner: Setup{Engine: "ggml"}}, n, func(i int) logits.Report {
			if i < 80 {
				return logits.Report{MaxDelta: 0.005, KL: 1e-5}
			}
			return logits.Report{MaxDelta: 1, KL: 1}
		}),
	}
	cs, err := Choose(runs, 32, 16, 20)
	spans := map[models.Profile]int{}
	for _, c := range cs {
		spans[c.Profile] = c.Thresholds.Span
	}
	if spans[models.ProfileCPUF16] != 96 || spans[models.ProfileCPUF32] != 208 || spans[AllProfiles] != 96 {
		t.Errorf("spans %v", spans)
	}
	want := `band of span 96 (max_delta 0.014): cheat "band cheat" passes at 80 of 88 positions`
	if !errors.Is(err, ErrNoSeparation) || !strings.Contains(err.Error(), want) {
		t.Errorf("%v, want ErrNoSeparation naming %q", err, want)
	}
}

// The band sits in the geometric middle of a wide gap between the honest
// drift and the closest cheat (the bundled f32 numbers: honest 6.3e-4, the
// 1e-3 perturbation from 0.004), leaving the honest side as much headroom
// as the cheats; with a cheat overlapping the honest drift (the f16 numbers)
// it stays at SafetyFactor x honest, and it never drops below MinMaxDelta.
func TestBandTakesTheMiddleOfTheGap(t *testing.T) {
	for _, c := range []struct {
		name         string
		honest, near float64
		want         float64
	}{
		{"f32, wide gap", 6.3e-4, 0.004, math.Sqrt(6.3e-4 * 0.004)},
		{"f16, mild cheat overlaps", 0.012, 0.004, SafetyFactor * 0.012},
		{"gap of less than SafetyFactor²", 0.01, 0.014, SafetyFactor * 0.01},
		{"gap just over SafetyFactor²", 0.01, 0.02, math.Sqrt(0.01 * 0.02)},
		{"tiny honest drift: the floor", 1e-7, 0.05, MinMaxDelta},
		{"small honest drift", 1e-6, 0.05, math.Sqrt(1e-6 * 0.05)},
		{"no drift at all", 0, 0.05, MinMaxDelta},
		{"no cheats", 0.01, math.Inf(1), SafetyFactor * 0.01},
	} {
		got := band(c.honest, c.near)
		if math.Abs(got-c.want) > 1e-12 {
			t.Errorf("%s: band(%g, %g) = %g, want %g", c.name, c.honest, c.near, got, c.want)
		}
		if got < SafetyFactor*c.honest-1e-15 || got < MinMaxDelta || (!math.IsInf(c.near, 1) && got > c.near && c.near > SafetyFactor*c.honest) {
			t.Errorf("%s: band %g outside [%g, %g)", c.name, got, SafetyFactor*c.honest, c.near)
		}
	}
}
