package calibrate

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

var soundPrompts = []string{
	"Once upon a time", "Lily and Ben went to the park. They saw", "The little dog was sad because",
	"Tom had a red ball.", "One day, a cat", "Sue wanted to play with", "There was a big tree",
	"Mom said no.", "The sun was hot and", "A little bird",
}

// soundSamplers are the settings measured: greedy and the sampled default
// of pol's front-ends; the honest part adds nucleus and full-vocabulary
// sampling.
var soundSamplers = []logits.Sampler{{}, {TemperatureMilli: 800, TopK: 40}}

func seeded(s logits.Sampler, parts ...any) logits.Sampler {
	if s.TemperatureMilli != 0 {
		s.Seed = logits.Keccak256([]byte(fmt.Sprint(parts...)))
	}
	return s
}

// v1Caught is the version-1 outcome of a draft job: 3 validators each
// check 4 positions of their own (keccak(seed, jobId, validator, j) mod n,
// with repetition), a validator votes fail when one of its positions is a
// divergence (rule 3: the committed logits are an honest prefill, so the
// sampler's pick differs from the committed token exactly there), and the
// job fails on 2 of 3 votes.
func v1Caught(seed logits.Hash, job logits.JobID, n int, diverged []int) bool {
	votes := 0
	for v := range 3 {
		fails := false
		for j := range 4 {
			var msg [32 + 32 + 20 + 4]byte
			copy(msg[:], seed[:])
			copy(msg[32:], job[:])
			msg[64] = byte(v + 1)
			binary.BigEndian.PutUint32(msg[84:], uint32(j))
			d := logits.Keccak256(msg[:])
			p := int(new(big.Int).Mod(new(big.Int).SetBytes(d[:]), big.NewInt(int64(n))).Int64())
			fails = fails || slices.Contains(diverged, p)
		}
		if fails {
			votes++
		}
	}
	return votes >= 2
}

// TestSoundness measures docs/soundness.md on the bundled model:
//
//  1. the draft attack: for each draft model (last layer removed, Q8_0),
//     sampler and fraction f, jobs of 64 positions whose tokens come from
//     the draft model at f of the positions and whose committed logits are
//     the registered model's honest prefill; the v2 validator (ref engine,
//     admitted precisions, challenge set of k = 16, every token, end of
//     generation) catches a job or not, against the analytic expectation
//     1 - (1 - q - r·K/n)^m (m drafted positions; q the rate at which the
//     draft model's pick differs and is inadmissible, r the rate at which
//     it differs but stays admissible, so that only rule 3 at one of the K
//     challenged positions of n catches it; both measured separately on
//     honest output), and against the v1 rule;
//  2. honest false fails: every honest pair, four samplers, 3 prompts x 64
//     positions: tokens the every-token rule rejects (goal 0), and
//     positions the comparator rejects if every position were opened.
//
// 20 jobs per row by default (about 1-2 minutes); POL_SOUNDNESS=full runs
// 50 jobs per row and 5 honest prompts (docs/soundness.md). It fails if an
// honest token is rejected, if a measured catch count is outside 3
// standard deviations (+1) of its expectation, if v2 ever catches fewer
// jobs than v1, or if fewer than 2,000 honest positions were checked.
func TestSoundness(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("a two-minute measurement run (single goroutine: nothing for the race detector)")
	}
	t.Setenv("POL_MODEL_ID_CACHE", "off")
	ctx := context.Background()
	p, f := bundled(t)
	const n, k = 64, 16
	th, _ := logits.Band(models.BundledThresholds, 0, n) // the band of the 64-token jobs (f16's 0.015), the loosest any job of this test meets
	jobs, honestPrompts := 20, 3
	if os.Getenv("POL_SOUNDNESS") == "full" {
		jobs, honestPrompts = 50, 5
	}
	r := NewRunner(p, nil, n, t.TempDir())
	defer r.Close()
	model, err := r.engine(ctx, Setup{Engine: "ggml", Threads: 1})
	if err != nil {
		t.Fatal(err)
	}
	validator, err := r.load(ctx, Setup{Engine: "ref"})
	if err != nil {
		t.Fatal(err)
	}
	tok := f.Tokenizer
	isEOG := func(x uint32) bool { return tok.IsEOG(int32(x)) }
	prompts := make([][]int32, len(soundPrompts))
	for i, s := range soundPrompts {
		if prompts[i], err = tok.Encode(s); err != nil {
			t.Fatal(err)
		}
	}
	all := func(m int) []uint32 {
		ps := make([]uint32, m)
		for i := range ps {
			ps[i] = uint32(i)
		}
		return ps
	}
	var out strings.Builder
	var notes []string

	// --- q: how often a draft model's pick is inadmissible on honest output
	type key struct {
		draft string
		s     uint32
	}
	q, qAdm := map[key]float64{}, map[key]float64{}
	fmt.Fprintln(&out, "### Draft model's pick on honest output (per position)")
	fmt.Fprintln(&out)
	fmt.Fprintln(&out, "| draft model | sampler | positions | pick differs | differs, inadmissible (q) | differs, admissible (r) |")
	fmt.Fprintln(&out, "| --- | --- | --- | --- | --- | --- |")
	for _, dm := range []string{"nolayer", "q8_0"} {
		draft, err := r.engine(ctx, Setup{Variant: dm, Engine: "ggml", Threads: 1})
		if err != nil {
			t.Fatal(err)
		}
		for _, s0 := range soundSamplers {
			total, differ, bad := 0, 0, 0
			for j := range jobs {
				s := seeded(s0, "sound sampler", j)
				prompt := prompts[j%len(prompts)]
				honest, err := DraftTokens(ctx, model, draft, prompt, n, s, make([]bool, n))
				if err != nil {
					t.Fatal(err)
				}
				m := len(honest.Output)
				dl, err := models.Recompute(ctx, draft, prompt, honest.Output, all(m))
				if err != nil {
					t.Fatal(err)
				}
				ml, err := models.Recompute(ctx, model, prompt, honest.Output, all(m))
				if err != nil {
					t.Fatal(err)
				}
				recs, err := models.RecomputeAdmitted(ctx, validator, prompt, honest.Output, all(m), nil, th)
				if err != nil {
					t.Fatal(err)
				}
				for i := range m {
					pick, _ := s.Sample(dl[i], uint32(i))
					own, _ := s.Sample(ml[i], uint32(i))
					a, err := logits.AdmitAny(s, th, uint32(i), pick, recs[i]...)
					if err != nil {
						t.Fatal(err)
					}
					total++
					if pick != own {
						differ++
					}
					if !a.OK {
						bad++
					}
				}
			}
			q[key{dm, s0.TemperatureMilli}] = float64(bad) / float64(total)
			qAdm[key{dm, s0.TemperatureMilli}] = float64(differ-bad) / float64(total)
			fmt.Fprintf(&out, "| %s | %s | %d | %.1f%% | %.1f%% | %.1f%% |\n", dm, s0, total, 100*float64(differ)/float64(total),
				100*float64(bad)/float64(total), 100*float64(differ-bad)/float64(total))
		}
	}

	// --- the attack
	fmt.Fprintln(&out)
	fmt.Fprintf(&out, "### Draft attack: %d jobs per row, challenge set k = %d\n\n", jobs, k)
	fmt.Fprintln(&out, "| draft model | sampler | maxTokens | f | drafted / job | diverged / job | jobs with a divergence | caught (v2) | expected (v2) | caught (v1 rule: 3 x 4 positions, 2 of 3) |")
	fmt.Fprintln(&out, "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
	// jobs of 64 positions at every fraction and with both draft models;
	// jobs of 256 at the small fractions (detection grows with the number
	// of drafted positions, f·n)
	type attack struct {
		n      int
		drafts []string
		fracs  []float64
	}
	for _, a := range []attack{{n, []string{"nolayer", "q8_0"}, []float64{0.01, 0.05, 0.10, 0.25, 0.50}}, {256, []string{"nolayer"}, []float64{0.01, 0.05}}} {
		for _, dm := range a.drafts {
			draft, err := r.engine(ctx, Setup{Variant: dm, Engine: "ggml", Threads: 1})
			if err != nil {
				t.Fatal(err)
			}
			for _, s0 := range soundSamplers {
				qq, rr := q[key{dm, s0.TemperatureMilli}], qAdm[key{dm, s0.TemperatureMilli}]
				for _, frac := range a.fracs {
					caught, caughtV1, drafted, diverged, divergingJobs := 0, 0, 0, 0, 0
					expect, variance := 0.0, 0.0
					for j := range jobs {
						s := seeded(s0, "sound sampler", j)
						prompt := prompts[j%len(prompts)]
						at := DraftSet(logits.Keccak256([]byte(fmt.Sprint("sound draft", j, frac, a.n))), a.n, frac)
						d, err := DraftTokens(ctx, model, draft, prompt, a.n, s, at)
						if err != nil {
							t.Fatal(err)
						}
						m := len(d.Output)
						committed, err := models.Recompute(ctx, model, prompt, d.Output, all(m)) // the honest prefill
						if err != nil {
							t.Fatal(err)
						}
						job := logits.JobID(logits.Keccak256([]byte(fmt.Sprint("sound job", j, frac, dm, s0, a.n))))
						seed := logits.Keccak256([]byte(fmt.Sprint("sound seed", j, frac, dm, s0, a.n)))
						positions := logits.ChallengeSet(seed, job, uint32(m), k)
						opened := make([][]float32, len(positions))
						for x, p := range positions {
							opened[x] = committed[p]
						}
						claim := logits.Claim{Output: d.Output, Sampler: s, MaxTokens: uint32(a.n), IsEOG: isEOG}
						chk, err := models.RecomputeJob(ctx, validator, prompt, claim, th, positions, opened)
						if err != nil {
							t.Fatal(err)
						}
						// rules 1-2 hold by construction (an honest commitment of
						// these tokens); rules 3-4 at the opened positions
						bad := !chk.Tokens.Pass || !logits.CheckEnd(claim).Pass
						for x, p := range positions {
							pick, _ := s.Sample(opened[x], p)
							matches := false
							for _, rec := range chk.Opened[x] {
								rep, _ := logits.Compare(opened[x], rec, th)
								matches = matches || rep.Pass
							}
							bad = bad || pick != d.Output[p] || !matches
						}
						if bad {
							caught++
						}
						if v1Caught(seed, job, m, d.Diverged) {
							caughtV1++
						}
						// a drafted position is caught when its pick is
						// inadmissible (rule 5), or when it diverges within
						// the margin and is challenged (rule 3 is exact)
						pj := 1 - math.Pow(1-qq-rr*float64(len(positions))/float64(m), float64(d.Drafted))
						expect += pj
						variance += pj * (1 - pj)
						drafted += d.Drafted
						diverged += len(d.Diverged)
						if len(d.Diverged) > 0 {
							divergingJobs++
						} else if bad {
							t.Errorf("%s %s f = %g job %d: no token diverged, the job is honest, yet it fails", dm, s0, frac, j)
						}
					}
					fmt.Fprintf(&out, "| %s | %s | %d | %g%% | %.1f | %.1f | %d | %d/%d | %.1f | %d/%d |\n", dm, s0, a.n, 100*frac,
						float64(drafted)/float64(jobs), float64(diverged)/float64(jobs), divergingJobs, caught, jobs, expect, caughtV1, jobs)
					if math.Abs(float64(caught)-expect) > 3*math.Sqrt(variance)+1 {
						t.Errorf("%s %s f = %g: caught %d of %d jobs, expected %.1f", dm, s0, frac, caught, jobs, expect)
					}
					if caught < caughtV1 {
						t.Errorf("%s %s f = %g: v2 caught %d jobs, v1 %d", dm, s0, frac, caught, caughtV1)
					}
				}
			}
		}
	}

	// --- honest false fails
	fmt.Fprintln(&out)
	fmt.Fprintf(&out, "### Honest pairs: %d prompts x %d positions per row\n\n", honestPrompts, n)
	fmt.Fprintln(&out, "| pair | sampler | positions | tokens rejected (rule 5) | comparator fails if opened (rule 4) |")
	fmt.Fprintln(&out, "| --- | --- | --- | --- | --- |")
	samplers := append(slices.Clone(soundSamplers), logits.Sampler{TemperatureMilli: 1000, TopPMilli: 900}, logits.Sampler{TemperatureMilli: 700})
	positions, rejected, compared := 0, 0, 0
	for _, pair := range Pairs() {
		if !pair.Honest {
			continue
		}
		for _, s0 := range samplers {
			pos, rej, cmpFail := 0, 0, 0
			for pi := range honestPrompts {
				r.Prompt, r.Sampler = prompts[pi], seeded(s0, "sound honest", pi)
				res, err := r.Run(ctx, pair)
				if err != nil {
					t.Fatal(err)
				}
				bad, err := res.Inadmissible(th)
				if err != nil {
					t.Fatal(err)
				}
				pos += len(res.Reports)
				rej += len(bad)
				cmpFail += len(res.Reports) - res.Passed(th)
				if len(bad) > 0 {
					t.Errorf("%s, %s, prompt %d: honest tokens rejected at positions %v", pair.Name, r.Sampler, pi, bad)
				}
				for i, rep := range res.Reports {
					if res.Passed(th, i) == 0 {
						notes = append(notes, fmt.Sprintf("%s, %s, prompt %q, position %d: max |Δ logprob| %.4g, KL %.3g, top-1 %d/%d",
							pair.Name, r.Sampler, soundPrompts[pi], i, rep.MaxDelta, rep.KL, rep.Top1Opened, rep.Top1Recomputed))
					}
				}
			}
			positions, rejected, compared = positions+pos, rejected+rej, compared+cmpFail
			fmt.Fprintf(&out, "| %s | %s | %d | %d | %d |\n", pair.Name, s0, pos, rej, cmpFail)
		}
	}
	fmt.Fprintf(&out, "| **all honest pairs** | | **%d** | **%d** | **%d** |\n", positions, rejected, compared)
	if len(notes) > 0 {
		// The comparator's thresholds are calibrated elsewhere
		// (TestCalibrationBundled asserts its own positions); reported here.
		fmt.Fprintf(&out, "\nComparator fails at honest positions (not the every-token rule):\n\n- %s\n", strings.Join(notes, "\n- "))
	}
	if positions < 2000 {
		t.Errorf("only %d honest positions checked", positions)
	}
	t.Log("\n" + out.String())
}
