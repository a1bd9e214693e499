package calibrate

import (
	"context"
	"slices"
	"testing"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

// spanPrompts are the prompts of the span tests: the calibration's three
// and two it never saw.
var spanPrompts = append([]string{"Tom had a red ball.", "There was a big tree"}, DefaultPrompts...)

// spanPairs are the honest pairs that limit each bundled profile's span
// (docs/calibration.md, "Span"), by profile.
var spanPairs = map[models.Profile][]Pair{
	models.ProfileCPUF16: {
		{Name: "ggml f16 KV vs ref", Honest: true, Miner: Setup{Engine: "ggml", Threads: 1, KV: models.KVF16}, Validator: Setup{Engine: "ref"}},
		{Name: "ref f16 KV vs ggml", Honest: true, Miner: Setup{Engine: "ref", KV: models.KVF16}, Validator: Setup{Engine: "ggml", Threads: 1}},
	},
	models.ProfileCPUF32: {
		{Name: "ggml vs ref", Honest: true, Miner: Setup{Engine: "ggml", Threads: 1}, Validator: Setup{Engine: "ref"}},
	},
}

// measureSpan runs pair on every span prompt over positions up to context
// upTo, with the real engines.
func measureSpan(t *testing.T, pair Pair, upTo int) []Result {
	t.Helper()
	p, f := bundled(t)
	var out []Result
	for _, text := range spanPrompts {
		prompt, err := f.Tokenizer.Encode(text)
		if err != nil {
			t.Fatal(err)
		}
		r := NewRunner(p, prompt, upTo-len(prompt), t.TempDir())
		res, err := r.Run(context.Background(), pair)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, res)
	}
	return out
}

// failsUnderBand counts the positions of res within contexts (lo, hi] that
// fail the band validators judge a job reaching hi by, out of how many.
func failsUnderBand(res Result, band logits.Thresholds, lo, hi int) (fails, total int) {
	for i := max(0, lo-res.PromptTokens); i < within(res, hi); i++ {
		total++
		if res.Passed(band, i) == 0 {
			fails++
		}
	}
	return fails, total
}

// falseFails simulates jobs of an honest miner, each from one of the
// measured generations at a length drawn from 1..span - prompt (a job is a
// prefix of a longer greedy generation): the committee checks k challenged
// positions against the band of the bundled thresholds covering the job
// (logits.Band), and one failing position fails the job.
func falseFails(rs []Result, span, jobs, k int) (failed int) {
	for j := range jobs {
		res := rs[j%len(rs)]
		tag := []byte{byte(j >> 8), byte(j)}
		seed := logits.Keccak256([]byte("span job seed"), tag)
		job := logits.JobID(logits.Keccak256([]byte("span job"), tag))
		longest := within(res, span)
		n := 1 + (int(seed[30])<<8|int(seed[31]))%longest
		if j%4 == 0 {
			n = longest // every fourth job as long as the span allows
		}
		band, ok := logits.Band(models.BundledThresholds, res.PromptTokens, n)
		if !ok {
			return -1
		}
		for _, p := range logits.ChallengeSet(seed, job, uint32(n), k) {
			if res.Passed(band, int(p)) == 0 {
				failed++
				break
			}
		}
	}
	return failed
}

// The bundled thresholds' f16 span is needed and chosen right: with the
// real engines, on the three calibration prompts and two held-out ones, an
// honest f16-KV miner judged by the other engine passes at every position
// within the span, under the band covering those jobs and under the f16
// profile's own thresholds, and none of 200 simulated jobs of 16 challenges
// at lengths up to the span fails. Between the span and twice it (as far as
// the model's context allows), the f16 thresholds fail honest positions or
// the band lets the weights x(1±1e-3) cheat escape more jobs than within
// the span (both logged; docs/calibration.md); a span within 16 tokens of
// the context leaves nothing beyond it to measure.
func TestBundledF16Span(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("a measurement of several hundred positions (single goroutine)")
	}
	t.Setenv("POL_MODEL_ID_CACHE", "off")
	f16 := models.BundledThresholds[models.ProfileCPUF16]
	span := f16.Span
	_, f := bundled(t)
	upTo := min(2*span, f.Config.ContextLen)
	band, _ := logits.Band(models.BundledThresholds, 0, span)
	beyond := 0
	for _, pair := range spanPairs[models.ProfileCPUF16] {
		rs := measureSpan(t, pair, upTo)
		for _, res := range rs {
			for _, th := range []logits.Thresholds{band, f16} {
				if fails, total := failsUnderBand(res, th, 0, span); fails != 0 {
					t.Errorf("%s, prompt of %d tokens: %d of %d positions within span %d fail max_delta %g", pair.Name, res.PromptTokens, fails, total, span, th.MaxDelta)
				}
			}
			fails, total := failsUnderBand(res, f16, span, upTo)
			beyond += fails
			t.Logf("%s, prompt of %d tokens: max |Δ logprob| %.2g; beyond the span (contexts %d-%d) %d of %d positions fail the f16 max_delta %g", pair.Name, res.PromptTokens, res.MaxDelta().Max, span+1, upTo, fails, total, f16.MaxDelta)
		}
		const jobs, k = 200, 16
		failed := falseFails(rs, span, jobs, k)
		t.Logf("%s: %d of %d simulated honest jobs (k = %d, lengths up to span %d) fail", pair.Name, failed, jobs, k, span)
		if failed != 0 {
			t.Errorf("%s: %d of %d honest jobs fail", pair.Name, failed, jobs)
		}
	}
	// the mild cheat: the rule's 50 simulated jobs per prompt bound its
	// escape rate only to about 1/150; over 200 jobs per prompt here it is
	// measured, within the span and for jobs reaching past it
	mild := Pair{Name: "weights x(1±1e-3)", Mild: true, Miner: Setup{Variant: "perturb1e-3", Engine: "ggml", Threads: 1}, Validator: Setup{Engine: "ref"}}
	run := Run{Pair: mild, PerPrompt: measureSpan(t, mild, upTo)}
	var escWithin, jobsWithin int
	for _, s := range Ladder {
		if s > span {
			break
		}
		caught, jobs := run.JobsCaught(band, 16, 200, s)
		escWithin, jobsWithin = escWithin+jobs-caught, jobsWithin+jobs
	}
	caught, jobsBeyond := run.JobsCaught(band, 16, 200, upTo)
	escBeyond := jobsBeyond - caught
	t.Logf("%s under max_delta %g: escapes %d of %d simulated jobs (k = 16) of the ladder's lengths up to span %d, %d of %d jobs reaching context %d",
		mild.Name, band.MaxDelta, escWithin, jobsWithin, span, escBeyond, jobsBeyond, upTo)
	if upTo-span < 16 {
		t.Logf("span %d is within 16 tokens of the model's context %d: nothing beyond it to measure", span, f.Config.ContextLen)
		return
	}
	if beyond == 0 && escBeyond*jobsWithin <= escWithin*jobsBeyond {
		t.Errorf("between span %d and %d no honest position fails the f16 max_delta %g and the mild cheat escapes no more often under %g: the span could be longer", span, upTo, f16.MaxDelta, band.MaxDelta)
	}
}

// An honest f32-KV miner judged by the reference engine passes every
// position of every job up to its span, by the band that covers the job,
// on the calibration prompts and two held-out ones; 200 simulated jobs of
// 16 challenges at lengths up to the span: none fails.
func TestBundledF32Span(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("a measurement over the whole span (single goroutine)")
	}
	t.Setenv("POL_MODEL_ID_CACHE", "off")
	span := models.BundledThresholds[models.ProfileCPUF32].Span
	for _, pair := range spanPairs[models.ProfileCPUF32] {
		rs := measureSpan(t, pair, span)
		for _, res := range rs {
			t.Logf("%s, prompt of %d tokens: max |Δ logprob| %.2g", pair.Name, res.PromptTokens, res.MaxDelta().Max)
			// per span step: the band of the jobs that reach it
			lo := 0
			for _, s := range append(bandSpans(), span) {
				if s > span {
					break
				}
				band, _ := logits.Band(models.BundledThresholds, 0, s)
				if fails, total := failsUnderBand(res, band, lo, s); fails != 0 {
					t.Errorf("%s, prompt of %d tokens: %d of %d positions at contexts %d-%d fail max_delta %g", pair.Name, res.PromptTokens, fails, total, lo+1, s, band.MaxDelta)
				}
				lo = s
			}
		}
		const jobs, k = 200, 16
		failed := falseFails(rs, span, jobs, k)
		t.Logf("%s: %d of %d simulated honest jobs (k = %d, lengths up to span %d) fail", pair.Name, failed, jobs, k, span)
		if failed != 0 {
			t.Errorf("%s: %d of %d honest jobs fail", pair.Name, failed, jobs)
		}
	}
}

// bandSpans are the bundled profiles' spans, ascending.
func bandSpans() []int {
	var out []int
	for _, th := range models.BundledThresholds {
		out = append(out, th.Span)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
