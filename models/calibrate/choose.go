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
	// first f16 calibration, 0.012, gave its then registered 0.015.
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

// Ladder are the spans (prompt + generated tokens) Choose tries, shortest
// first; the longest context measured is always tried as well.
var Ladder = []int{32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096, 6144, 8192}

// ErrNoSeparation means no threshold passes every honest pair while failing
// the dishonest ones as the rule demands: the model cannot be calibrated on
// this machine's pairs.
var ErrNoSeparation = errors.New("calibrate: no threshold separates honest from dishonest drift")

// Run is a pair measured over every prompt: one Result per prompt.
type Run struct {
	Pair      Pair
	PerPrompt []Result
}

// measured is the context every prompt of every run was measured up to:
// the shortest prompt + generated length (0 without results).
func measured(runs []Run) int {
	s := 0
	for _, r := range runs {
		for _, res := range r.PerPrompt {
			if c := res.PromptTokens + len(res.All); s == 0 || c < s {
				s = c
			}
		}
	}
	return s
}

// steps are the ladder's spans up to the longest context measured, then
// that context.
func steps(runs []Run) []int {
	m := measured(runs)
	var out []int
	for _, s := range Ladder {
		if s < m {
			out = append(out, s)
		}
	}
	return append(out, m)
}

// within returns how many of res's positions lie within span: position i
// is generated at context PromptTokens + i + 1 (the job it belongs to has
// at least i + 1 output tokens).
func within(res Result, span int) int {
	return max(0, min(len(res.All), span-res.PromptTokens))
}

// reports returns the closest reports over every prompt, at the positions
// within span.
func (r Run) reports(span int) []logits.Report {
	var out []logits.Report
	for _, res := range r.PerPrompt {
		out = append(out, res.Reports[:within(res, span)]...)
	}
	return out
}

// Passed counts positions within span, over every prompt, that pass th.
func (r Run) Passed(th logits.Thresholds, span int) (passed, total int) {
	for _, res := range r.PerPrompt {
		n := within(res, span)
		for p := range n {
			passed += res.Passed(th, p)
		}
		total += n
	}
	return passed, total
}

// JobsCaught simulates `jobs` jobs per prompt, each as long as span allows
// (span - prompt tokens positions, at most those measured): per job a seed
// draws the challenge set of k positions (logits.ChallengeSet, spec §4),
// every committee member checks all of it, and one failing position fails
// the job.
func (r Run) JobsCaught(th logits.Thresholds, k, jobs, span int) (caught, total int) {
	for pi, res := range r.PerPrompt {
		n := within(res, span)
		if n == 0 {
			continue
		}
		for s := range jobs {
			tag := []byte{byte(pi), byte(s >> 8), byte(s), byte(n >> 8), byte(n)}
			job := logits.JobID(logits.Keccak256([]byte("calibration job"), tag))
			seed := logits.Keccak256([]byte("calibration seed"), tag)
			for _, p := range logits.ChallengeSet(seed, job, uint32(n), k) {
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

// Step is the rule applied to one profile over the positions within one
// span of the ladder.
type Step struct {
	Span int `json:"span"`
	// Thresholds are the rule's values over the positions within Span.
	Thresholds JSONThresholds `json:"thresholds"`
	// HonestMaxDelta is the largest honest max |Δ logprob| within Span,
	// reached by HonestPair at context HonestContext.
	HonestMaxDelta float64 `json:"honest_max_delta"`
	HonestPair     string  `json:"honest_pair"`
	HonestContext  int     `json:"honest_context"`
	// DishonestMinDelta is the smallest max |Δ logprob| within Span of
	// the every-position cheats (DishonestPair).
	DishonestMinDelta float64 `json:"dishonest_min_delta"`
	DishonestPair     string  `json:"dishonest_pair"`
	// MildEscapes counts the simulated jobs (of every ladder length up to
	// Span) that an every-job cheat escapes, out of MildJobs.
	MildEscapes int `json:"mild_escapes"`
	MildJobs    int `json:"mild_jobs"`
	// Problems lists the rule's violations within Span (none: valid).
	Problems []string `json:"problems,omitempty"`
}

// OK says whether the rule holds within the step's span.
func (s Step) OK() bool { return len(s.Problems) == 0 }

// Choice is the rule's outcome for one profile: the thresholds of the
// longest ladder span within which the rule holds.
type Choice struct {
	Profile    models.Profile
	Thresholds logits.Thresholds
	// HonestMaxDelta and HonestMaxKL are the largest honest values of the
	// profile's pairs (closest recomputation per position) within the
	// span, and HonestPair the pair that reached HonestMaxDelta.
	HonestMaxDelta, HonestMaxKL float64
	HonestPair                  string
	// DishonestMinDelta is the smallest max |Δ logprob| within the span of
	// the pairs that must fail at every position, reached by DishonestPair.
	DishonestMinDelta float64
	DishonestPair     string
	// Limit says what keeps the span from the next ladder step.
	Limit string
	// Ladder is the rule at every step tried, shortest first.
	Ladder []Step
}

// AllProfiles is the Choice.Profile of the thresholds that admit the honest
// pairs of every profile measured, over the longest span where one band
// separates them all from every cheat: about the band validators judge the
// shortest jobs by (logits.Band, the loosest of the profiles covering a
// job). Registrations carry the per-profile choices.
const AllProfiles models.Profile = 0

// Choose applies the threshold rule to each profile that has honest pairs
// among runs, and to all of them together (AllProfiles, listed first). At
// each span S of the ladder (steps), over the positions within S (context
// prompt + i + 1 <= S): MaxDelta = TieMargin = band(the largest honest
// max |Δ logprob| of the profile's pairs, the smallest of any cheat) —
// max(SafetyFactor x honest, MinMaxDelta), widened to the geometric middle
// of the gap where the cheats leave one —
// MaxKL = KLFactor x their largest honest KL (at least MinMaxDelta²/2, the
// KL a drift of MinMaxDelta on every top token gives); the rule holds if,
// within S, every honest pair of the profile passes at every position,
// every dishonest pair that is not Mild fails at every position, and every
// Mild pair fails in every simulated job of k challenges of each ladder
// length up to S. A profile gets the longest S where the rule holds, with
// Span = S; a profile where it holds at no step makes Choose return
// ErrNoSeparation naming each violation at the shortest. Finally it checks
// the bands validators judge by (Bands): for every chosen span S, the
// loosest thresholds covering S must still fail every cheat within S.
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
	ladder := steps(runs)
	var choices []Choice
	var problems []string
	for _, p := range profiles {
		c := Choice{Profile: p}
		best := -1
		for _, s := range ladder {
			st := step(runs, p, s, topK, k, jobs, ladder)
			c.Ladder = append(c.Ladder, st)
			if st.OK() {
				best = len(c.Ladder) - 1
			}
		}
		if best < 0 {
			st := c.Ladder[0]
			for _, pr := range st.Problems {
				problems = append(problems, fmt.Sprintf("%s, span %d: %s", ProfileName(p), st.Span, pr))
			}
			best = 0
		}
		st := c.Ladder[best]
		c.Thresholds = st.Thresholds.Logits()
		c.HonestMaxDelta, c.HonestPair = st.HonestMaxDelta, st.HonestPair
		c.DishonestMinDelta, c.DishonestPair = st.DishonestMinDelta, st.DishonestPair
		for _, r := range runs {
			if covers(r, p) {
				for _, x := range r.reports(st.Span) {
					c.HonestMaxKL = math.Max(c.HonestMaxKL, x.KL)
				}
			}
		}
		switch {
		case best+1 < len(c.Ladder):
			next := c.Ladder[best+1]
			c.Limit = fmt.Sprintf("at span %d %s reaches %.2g at context %d, max_delta %g: %s",
				next.Span, next.HonestPair, next.HonestMaxDelta, next.HonestContext, next.Thresholds.MaxDelta, strings.Join(next.Problems, "; "))
		case st.OK():
			c.Limit = fmt.Sprintf("the longest context measured (%d): measure more positions (-n) for a longer span", st.Span)
		}
		choices = append(choices, c)
	}
	if len(problems) > 0 {
		return choices, fmt.Errorf("%w:\n  %s", ErrNoSeparation, strings.Join(problems, "\n  "))
	}
	if bp := checkBands(runs, choices, k, jobs, ladder); len(bp) > 0 {
		return choices, fmt.Errorf("%w: the bands validators judge by (the loosest thresholds covering a job) let cheats through:\n  %s",
			ErrNoSeparation, strings.Join(bp, "\n  "))
	}
	return choices, nil
}

// covers says whether r is an honest pair of profile p (any profile for
// AllProfiles).
func covers(r Run, p models.Profile) bool {
	return r.Pair.Honest && (p == AllProfiles || r.Pair.Miner.Profile() == p)
}

// step applies the rule to profile p over the positions within span.
func step(runs []Run, p models.Profile, span, topK, k, jobs int, ladder []int) Step {
	st := Step{Span: span, DishonestMinDelta: math.Inf(1)}
	kl, cheatMin := 0.0, math.Inf(1)
	for _, r := range runs {
		for _, res := range r.PerPrompt {
			for i, x := range res.Reports[:within(res, span)] {
				switch {
				case covers(r, p):
					if x.MaxDelta >= st.HonestMaxDelta {
						st.HonestMaxDelta, st.HonestPair, st.HonestContext = x.MaxDelta, r.Pair.Name, res.PromptTokens+i+1
					}
					kl = math.Max(kl, x.KL)
				case !r.Pair.Honest && !r.Pair.Mild && x.MaxDelta < st.DishonestMinDelta:
					st.DishonestMinDelta, st.DishonestPair = x.MaxDelta, r.Pair.Name
				}
				if !r.Pair.Honest {
					cheatMin = math.Min(cheatMin, x.MaxDelta)
				}
			}
		}
	}
	d := band(st.HonestMaxDelta, cheatMin)
	th := logits.Thresholds{Version: 1, TopK: topK, MaxDelta: round2(d), TieMargin: round2(d), Span: span,
		MaxKL: round2(math.Max(KLFactor*kl, MinMaxDelta*MinMaxDelta/2))}
	st.Thresholds = jsonThresholds(th)
	st.Problems, st.MildEscapes, st.MildJobs = judge(runs, th, func(r Run) bool { return covers(r, p) }, k, jobs, ladder)
	return st
}

// band is the rule's MaxDelta for a largest honest drift h and a smallest
// drift c of any cheat (the mild ones included) within a span: at least
// max(SafetyFactor x h, MinMaxDelta), and, where the gap allows, its
// geometric middle √(h·c) (at most c / SafetyFactor), so that an honest
// setup measured at h keeps the same factor of headroom as the cheats
// keep above the band (other CPUs and builds drift a little differently:
// a band 1.25x above one machine's measurement is thin) while every cheat
// still fails at every position. When the cheats come closer than
// SafetyFactor² x h (a mild cheat overlapping the honest drift), the band
// stays at SafetyFactor x h and the simulated jobs decide.
func band(h, c float64) float64 {
	lo := math.Max(SafetyFactor*h, MinMaxDelta)
	if math.IsInf(c, 1) {
		return lo
	}
	return math.Max(lo, math.Min(math.Sqrt(math.Max(h, 0)*c), c/SafetyFactor))
}

// judge checks the rule under th within th.Span: the honest pairs that
// must pass (honest) pass at every position, every other honest pair is
// ignored, every every-position cheat fails at every position, every
// every-job cheat fails in every simulated job of each ladder length up to
// th.Span. It returns the violations and the every-job cheats' escapes.
func judge(runs []Run, th logits.Thresholds, honest func(Run) bool, k, jobs int, ladder []int) (problems []string, escapes, total int) {
	for _, r := range runs {
		passed, n := r.Passed(th, th.Span)
		switch {
		case honest(r):
			if passed != n {
				problems = append(problems, fmt.Sprintf("honest pair %q fails at %d of %d positions", r.Pair.Name, n-passed, n))
			}
		case r.Pair.Honest:
		case r.Pair.Mild:
			esc, tot := 0, 0
			for _, s := range ladder {
				if s > th.Span {
					break
				}
				caught, t := r.JobsCaught(th, k, jobs, s)
				esc, tot = esc+t-caught, tot+t
			}
			escapes, total = escapes+esc, total+tot
			if esc > 0 {
				problems = append(problems, fmt.Sprintf("mild cheat %q escapes %d of %d simulated jobs of %d challenges (it fails at %d of %d positions)",
					r.Pair.Name, esc, tot, k, n-passed, n))
			}
		case passed != 0:
			problems = append(problems, fmt.Sprintf("cheat %q passes at %d of %d positions", r.Pair.Name, passed, n))
		}
	}
	return problems, escapes, total
}

// Bands returns, for every span chosen among the per-profile choices
// (shortest first), the thresholds validators judge a job reaching that
// context by: logits.Band over the profiles' thresholds, the loosest of
// those whose span covers it.
func Bands(choices []Choice) []logits.Thresholds {
	set := map[models.Profile]logits.Thresholds{}
	var spans []int
	for _, c := range choices {
		if c.Profile != AllProfiles {
			set[c.Profile] = c.Thresholds
			spans = append(spans, c.Thresholds.Span)
		}
	}
	slices.Sort(spans)
	var out []logits.Thresholds
	for _, s := range slices.Compact(spans) {
		b, _ := logits.Band(set, 0, s)
		b.Span = s
		out = append(out, b)
	}
	return out
}

// checkBands verifies that under each band of Bands every cheat still fails
// within the band's span (and every honest pair of a profile covering it
// passes). The per-profile rule implies it when the bands nest and a
// cheat's drift does not shrink with the context; this checks it on the
// measurements rather than assume it.
func checkBands(runs []Run, choices []Choice, k, jobs int, ladder []int) []string {
	var problems []string
	for _, b := range Bands(choices) {
		honest := func(r Run) bool {
			for _, c := range choices {
				if c.Profile != AllProfiles && c.Thresholds.Span >= b.Span && covers(r, c.Profile) {
					return true
				}
			}
			return false
		}
		ps, _, _ := judge(runs, b, honest, k, jobs, ladder)
		for _, pr := range ps {
			problems = append(problems, fmt.Sprintf("band of span %d (max_delta %g): %s", b.Span, b.MaxDelta, pr))
		}
	}
	return problems
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
