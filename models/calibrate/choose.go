package calibrate

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

// The threshold rule (docs/calibration.md, "Method for any model").
const (
	// SafetyFactor multiplies the largest honest max |Δ logprob| of a
	// profile to give its MaxDelta (and TieMargin): the bundled model's
	// 0.012 gives its registered 0.015.
	SafetyFactor = 1.25
	// KLFactor multiplies the largest honest KL to give MaxKL: KL is a
	// backstop for heavy-tailed cheats, not the discriminator, and its
	// honest tail is less stable than max |Δ logprob|'s.
	KLFactor = 10
	// MinMaxDelta is the smallest MaxDelta the rule sets: a profile whose
	// runs here agree to ~1e-6 (f32 KV) still meets other CPUs and SIMD
	// builds, measured at up to 1.2e-5 on the bundled model.
	MinMaxDelta = 1e-4
	// DefaultChallenges is the challenge count of the simulated jobs: the
	// contract's default `challenges` parameter (chain.DefaultParams).
	DefaultChallenges = 16
	// DefaultJobs is the number of simulated jobs per prompt.
	DefaultJobs = 50
)

// ErrNoSeparation means no threshold passes every honest pair while failing
// the dishonest ones as the rule demands: the model cannot be calibrated on
// this machine's pairs.
var ErrNoSeparation = errors.New("calibrate: no threshold separates honest from dishonest drift")

// Run is a pair measured over every prompt: one Result per prompt.
type Run struct {
	Pair      Pair
	PerPrompt []Result
}

// span is the context every prompt of every run was measured up to: the
// shortest prompt + generated length (0 without results).
func span(runs []Run) int {
	s := 0
	for _, r := range runs {
		for _, res := range r.PerPrompt {
			if c := res.PromptTokens + len(res.Reports); s == 0 || c < s {
				s = c
			}
		}
	}
	return s
}

// positions returns the per-position closest reports over every prompt.
func (r Run) reports() []logits.Report {
	var out []logits.Report
	for _, res := range r.PerPrompt {
		out = append(out, res.Reports...)
	}
	return out
}

// Passed counts positions, over every prompt, that pass th.
func (r Run) Passed(th logits.Thresholds) (passed, total int) {
	for _, res := range r.PerPrompt {
		passed += res.Passed(th)
		total += len(res.All)
	}
	return passed, total
}

// JobsCaught simulates `jobs` jobs per prompt: per job a seed draws the
// challenge set of k positions (logits.ChallengeSet, spec §4), every
// committee member checks all of it, and one failing position fails the job.
func (r Run) JobsCaught(th logits.Thresholds, k, jobs int) (caught, total int) {
	for pi, res := range r.PerPrompt {
		for s := range jobs {
			tag := []byte{byte(pi), byte(s >> 8), byte(s)}
			job := logits.JobID(logits.Keccak256([]byte("calibration job"), tag))
			seed := logits.Keccak256([]byte("calibration seed"), tag)
			for _, p := range logits.ChallengeSet(seed, job, uint32(len(res.All)), k) {
				if res.Passed(th, int(p)) == 0 {
					caught++
					break
				}
			}
			total++
		}
	}
	return caught, total
}

// Choice is the rule's outcome for one profile.
type Choice struct {
	Profile    models.Profile
	Thresholds logits.Thresholds
	// HonestMaxDelta and HonestMaxKL are the largest honest values of the
	// profile's pairs (closest recomputation per position), and HonestPair
	// the pair that reached HonestMaxDelta.
	HonestMaxDelta, HonestMaxKL float64
	HonestPair                  string
	// DishonestMinDelta is the smallest max |Δ logprob| of the pairs that
	// must fail at every position, reached by DishonestPair.
	DishonestMinDelta float64
	DishonestPair     string
}

// AllProfiles is the Choice.Profile of the thresholds that admit every
// profile measured: the ones a single on-chain thresholds version carries.
const AllProfiles models.Profile = 0

// Choose applies the threshold rule to each profile that has honest pairs
// among runs, and to all of them together (AllProfiles, listed first):
// MaxDelta = TieMargin = max(SafetyFactor x the largest honest max |Δ
// logprob| of the profile's pairs, MinMaxDelta), MaxKL = KLFactor x their
// largest honest KL (at least MinMaxDelta²/2, the KL a drift of
// MinMaxDelta on every top token gives). It then checks, under each
// choice, that every honest pair it covers passes at every position, every
// dishonest pair that is not Mild fails at every position, and every Mild
// pair fails in every simulated job with k challenges; it returns
// ErrNoSeparation naming each violation otherwise.
func Choose(runs []Run, topK, k, jobs int) ([]Choice, error) {
	profiles := []models.Profile{AllProfiles}
	for _, r := range runs {
		if p := r.Pair.Miner.Profile(); r.Pair.Honest && !slices.Contains(profiles, p) {
			profiles = append(profiles, p)
		}
	}
	slices.Sort(profiles)
	if len(profiles) == 1 {
		return nil, fmt.Errorf("%w: no honest pairs were run", ErrNoSeparation)
	}
	var choices []Choice
	var problems []string
	for _, p := range profiles {
		covers := func(r Run) bool { return r.Pair.Honest && (p == AllProfiles || r.Pair.Miner.Profile() == p) }
		c := Choice{Profile: p, DishonestMinDelta: math.Inf(1)}
		for _, r := range runs {
			for _, x := range r.reports() {
				switch {
				case covers(r):
					if x.MaxDelta >= c.HonestMaxDelta {
						c.HonestMaxDelta, c.HonestPair = x.MaxDelta, r.Pair.Name
					}
					c.HonestMaxKL = math.Max(c.HonestMaxKL, x.KL)
				case !r.Pair.Honest && !r.Pair.Mild && x.MaxDelta < c.DishonestMinDelta:
					c.DishonestMinDelta, c.DishonestPair = x.MaxDelta, r.Pair.Name
				}
			}
		}
		d := math.Max(SafetyFactor*c.HonestMaxDelta, MinMaxDelta)
		c.Thresholds = logits.Thresholds{Version: 1, TopK: topK, MaxDelta: round2(d), TieMargin: round2(d), Span: span(runs),
			MaxKL: round2(math.Max(KLFactor*c.HonestMaxKL, MinMaxDelta*MinMaxDelta/2))}
		for _, r := range runs {
			passed, n := r.Passed(c.Thresholds)
			switch {
			case covers(r) && passed != n:
				problems = append(problems, fmt.Sprintf("%s: honest pair %q fails at %d of %d positions", ProfileName(p), r.Pair.Name, n-passed, n))
			case r.Pair.Honest:
			case r.Pair.Mild:
				if caught, jobs := r.JobsCaught(c.Thresholds, k, jobs); caught != jobs {
					problems = append(problems, fmt.Sprintf("%s: mild cheat %q escapes %d of %d simulated jobs of %d challenges (it fails at %d of %d positions)",
						ProfileName(p), r.Pair.Name, jobs-caught, jobs, k, n-passed, n))
				}
			case passed != 0:
				problems = append(problems, fmt.Sprintf("%s: cheat %q passes at %d of %d positions", ProfileName(p), r.Pair.Name, passed, n))
			}
		}
		choices = append(choices, c)
	}
	if len(problems) > 0 {
		return choices, fmt.Errorf("%w:\n  %s", ErrNoSeparation, strings.Join(problems, "\n  "))
	}
	return choices, nil
}

// ProfileName names a Choice's profile ("all" for AllProfiles).
func ProfileName(p models.Profile) string {
	if p == AllProfiles {
		return "all"
	}
	return p.String()
}

// round2 rounds v up to two significant digits, so that registered values
// read well and never fall below the computed ones.
func round2(v float64) float64 {
	if v <= 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	exp := int(math.Floor(math.Log10(v))) - 1
	m := math.Ceil(v/math.Pow10(exp) - 1e-9)
	r, _ := strconv.ParseFloat(fmt.Sprintf("%.0fe%d", m, exp), 64)
	return r
}
