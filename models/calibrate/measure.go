package calibrate

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ollama/ollama/ml"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

// Config is one calibration: a model, the prompts and positions to measure
// and the job simulation's parameters.
type Config struct {
	// Ref is the model reference as the user gave it, Path its file.
	Ref, Path string
	// Prompts are the texts generated from (encoded with the model's
	// tokenizer).
	Prompts []string
	// N is the number of positions generated per prompt.
	N int
	// Challenges and Jobs parameterise the simulated jobs (defaults:
	// DefaultChallenges, DefaultJobs).
	Challenges, Jobs int
	// Dir holds the dishonest variants' model files.
	Dir string
	// GPU, if set, adds the honest pairs of a miner on this device.
	GPU *ml.DeviceID
	// Progress receives one line per pair as it is measured (may be nil).
	Progress io.Writer
}

// DefaultPrompts are the prompts of a calibration that names none.
var DefaultPrompts = []string{"Once upon a time", "Lily and Ben went to the park. They saw", "The little dog was sad because"}

// Calibrate measures every pair of Pairs (and GPUPairs with cfg.GPU) on
// every prompt and chooses the thresholds per profile (Choose). It returns
// the calibration and the runs; with ErrNoSeparation the calibration holds
// the measurements and the rejected choice, for the picture and the table.
func Calibrate(ctx context.Context, cfg Config) (*Calibration, []Run, error) {
	start := time.Now()
	if cfg.Challenges <= 0 {
		cfg.Challenges = DefaultChallenges
	}
	if cfg.Jobs <= 0 {
		cfg.Jobs = DefaultJobs
	}
	if cfg.N < 2 {
		return nil, nil, fmt.Errorf("calibrate: %d positions per prompt, want at least 2", cfg.N)
	}
	if len(cfg.Prompts) == 0 {
		cfg.Prompts = DefaultPrompts
	}
	progress := cfg.Progress
	if progress == nil {
		progress = io.Discard
	}
	file, err := models.Open(cfg.Path)
	if err != nil {
		return nil, nil, err
	}
	id, err := file.ID(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	prompts := make([][]int32, len(cfg.Prompts))
	for i, text := range cfg.Prompts {
		if prompts[i], err = file.Tokenizer.Encode(text); err != nil {
			return nil, nil, fmt.Errorf("calibrate: prompt %q: %w", text, err)
		}
		if len(prompts[i]) == 0 {
			return nil, nil, fmt.Errorf("calibrate: prompt %q encodes to no tokens", text)
		}
	}
	pairs := Pairs()
	if cfg.GPU != nil {
		pairs = append(pairs, GPUPairs(*cfg.GPU)...)
	}
	r := NewRunner(cfg.Path, nil, cfg.N, cfg.Dir)
	defer r.Close()
	runs := make([]Run, len(pairs))
	for i, p := range pairs {
		t0 := time.Now()
		runs[i].Pair = p
		for _, prompt := range prompts {
			r.Prompt = prompt
			res, err := r.Run(ctx, p)
			if err != nil {
				return nil, nil, fmt.Errorf("calibrate: %w", err)
			}
			runs[i].PerPrompt = append(runs[i].PerPrompt, res)
		}
		d := quantiles(metric(runs[i], func(x logits.Report) float64 { return x.MaxDelta }))
		fmt.Fprintf(progress, "[%2d/%d] %-40s %-14s max|Δlogprob| %.2g / %.2g / %.2g (%s)\n", i+1, len(pairs), p.Name, classOf(p),
			d.Min, d.P50, d.Max, time.Since(t0).Round(100*time.Millisecond))
	}
	choices, cerr := Choose(runs, r.TopK, cfg.Challenges, cfg.Jobs)
	c := &Calibration{
		Schema:        Schema,
		Model:         ModelInfo{Ref: cfg.Ref, Path: cfg.Path, ID: id.String(), Config: file.Config},
		Engines:       engines(cfg.GPU),
		Machine:       MachineInfo{GOOS: runtime.GOOS, GOARCH: runtime.GOARCH, CPUs: runtime.NumCPU(), Go: runtime.Version()},
		Prompts:       cfg.Prompts,
		Positions:     cfg.N,
		Challenges:    cfg.Challenges,
		JobsPerPrompt: cfg.Jobs,
		Rule: Rule{SafetyFactor: SafetyFactor, KLFactor: KLFactor, MinMaxDelta: MinMaxDelta, Text: fmt.Sprintf(
			"per profile: max_delta = tie_margin = max(%g x largest honest max|Δlogprob|, %g), max_kl = max(%g x largest honest KL, %g²/2), each rounded up to 2 digits; "+
				"then every honest pair of the profile must pass at every position, every every-position cheat fail at every position, every every-job cheat fail in every simulated job of %d challenges",
			SafetyFactor, MinMaxDelta, float64(KLFactor), MinMaxDelta, cfg.Challenges)},
	}
	for _, run := range runs {
		ps := PairStats{Name: run.Pair.Name, Honest: run.Pair.Honest, Class: classOf(run.Pair),
			Miner: run.Pair.Miner.String(), Validator: run.Pair.Validator.String(),
			MaxDelta: quantiles(metric(run, func(x logits.Report) float64 { return x.MaxDelta })),
			KL:       quantiles(metric(run, func(x logits.Report) float64 { return x.KL })),
		}
		if run.Pair.Honest {
			ps.Profile = run.Pair.Miner.Profile()
		}
		agree := 0
		for _, x := range run.reports() {
			ps.Positions++
			if x.Top1Opened == x.Top1Recomputed {
				agree++
			}
		}
		ps.Top1Agree = float64(agree) / float64(ps.Positions)
		for _, ch := range choices {
			v := PairVerdict{Profile: ch.Profile}
			v.Passed, _ = run.Passed(ch.Thresholds)
			v.JobsCaught, v.Jobs = run.JobsCaught(ch.Thresholds, cfg.Challenges, cfg.Jobs)
			ps.Verdicts = append(ps.Verdicts, v)
		}
		c.Pairs = append(c.Pairs, ps)
	}
	for _, ch := range choices {
		pc := ProfileChoice{Profile: ch.Profile, ProfileName: ProfileName(ch.Profile),
			Thresholds: jsonThresholds(ch.Thresholds), HonestMaxDelta: ch.HonestMaxDelta, HonestMaxKL: ch.HonestMaxKL,
			HonestPair: ch.HonestPair, DishonestMinDelta: ch.DishonestMinDelta, DishonestPair: ch.DishonestPair,
			HonestMargin: ratio(ch.Thresholds.MaxDelta, ch.HonestMaxDelta), DishonestMargin: ratio(ch.DishonestMinDelta, ch.Thresholds.MaxDelta)}
		if ch.Profile == AllProfiles {
			c.All = pc
		} else {
			c.Profiles = append(c.Profiles, pc)
		}
	}
	c.Seconds = time.Since(start).Round(100 * time.Millisecond).Seconds()
	return c, runs, cerr
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func classOf(p Pair) string {
	switch {
	case p.Honest:
		return "honest"
	case p.Mild:
		return "every-job"
	}
	return "every-position"
}

func metric(r Run, f func(logits.Report) float64) []float64 {
	var v []float64
	for _, x := range r.reports() {
		v = append(v, f(x))
	}
	return v
}

// engines describes the engine builds: ggml as pinned by the ollama module
// with the cgo flags this binary was built with, and the reference engine.
func engines(gpu *ml.DeviceID) map[string]string {
	ollama, flags := "unknown version", "default cgo flags"
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "github.com/ollama/ollama" {
				ollama = d.Version
			}
		}
		for _, s := range bi.Settings {
			if s.Key == "CGO_CFLAGS" && strings.TrimSpace(s.Value) != "" {
				flags = "CGO_CFLAGS=" + s.Value
			}
		}
	}
	e := map[string]string{
		"ggml": fmt.Sprintf("ggml of github.com/ollama/ollama %s, CPU backend, %s", ollama, flags),
		"ref":  "pol models/ref (plain Go, float64 accumulation, emulated f16 KV)",
	}
	if gpu != nil {
		e["ggml-gpu"] = fmt.Sprintf("ggml of github.com/ollama/ollama %s, %s backend, device %s", ollama, gpu.Library, gpu.ID)
	}
	return e
}

// WriteTable prints the calibration as a table: per pair its class and
// profile, the metrics' min / median / max, and the positions passing (or,
// for an every-job cheat, the jobs caught) under each profile's thresholds.
func (c *Calibration) WriteTable(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "pair\tclass\tprofile\tmax|Δlogprob| min / p50 / max\tKL min / p50 / max\ttop-1")
	for _, p := range c.choices() {
		fmt.Fprintf(tw, "\tat %s", p.ProfileName)
	}
	fmt.Fprintln(tw)
	for _, p := range c.Pairs {
		prof := "-"
		if p.Honest {
			prof = p.Profile.String()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.2g / %.2g / %.2g\t%.2g / %.2g / %.2g\t%.0f%%", p.Name, p.Class, prof,
			p.MaxDelta.Min, p.MaxDelta.P50, p.MaxDelta.Max, p.KL.Min, p.KL.P50, p.KL.Max, 100*p.Top1Agree)
		for _, v := range p.Verdicts {
			if p.Class == "every-job" {
				fmt.Fprintf(tw, "\t%d/%d pass, %d/%d jobs caught", v.Passed, p.Positions, v.JobsCaught, v.Jobs)
			} else {
				fmt.Fprintf(tw, "\t%d/%d pass", v.Passed, p.Positions)
			}
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Fprintln(w)
	for _, p := range c.choices() {
		t := p.Thresholds
		fmt.Fprintf(w, "%-10s top-%d max|Δlogprob| <= %g, KL <= %g, tie margin %g; honest max %.2g (%s, margin %.2fx), closest every-position cheat %.2g (%s, margin %.1fx)\n",
			p.ProfileName, t.TopK, t.MaxDelta, t.MaxKL, t.TieMargin, p.HonestMaxDelta, p.HonestPair, p.HonestMargin, p.DishonestMinDelta, p.DishonestPair, p.DishonestMargin)
	}
}

// choices lists the all-profiles thresholds, then each profile's.
func (c *Calibration) choices() []ProfileChoice {
	return append([]ProfileChoice{c.All}, c.Profiles...)
}
