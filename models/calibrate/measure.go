package calibrate

import (
	"context"
	"fmt"
	"io"
	"math"
	"runtime"
	"runtime/debug"
	"strings"
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
// every prompt (Measure) and chooses the thresholds and span per profile
// (Choose). It returns the calibration and the runs; with ErrNoSeparation
// the calibration holds the measurements and the rejected choice, for the
// pictures and the table.
func Calibrate(ctx context.Context, cfg Config) (*Calibration, []Run, error) {
	start := time.Now()
	if cfg.Challenges <= 0 {
		cfg.Challenges = DefaultChallenges
	}
	if cfg.Jobs <= 0 {
		cfg.Jobs = DefaultJobs
	}
	if len(cfg.Prompts) == 0 {
		cfg.Prompts = DefaultPrompts
	}
	runs, file, id, err := Measure(ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	choices, cerr := Choose(runs, logits.DefaultTopK, cfg.Challenges, cfg.Jobs)
	c := Describe(cfg, file.Config, id, runs, choices)
	c.Seconds = time.Since(start).Round(100 * time.Millisecond).Seconds()
	return c, runs, cerr
}

// Describe assembles the calibration of runs measured with cfg (its
// defaults set) on a model and the choices Choose made from them.
func Describe(cfg Config, mc models.Config, id models.ID, runs []Run, choices []Choice) *Calibration {
	c := &Calibration{
		Schema:        Schema,
		Model:         ModelInfo{Ref: cfg.Ref, Path: cfg.Path, ID: id.String(), Config: mc},
		Engines:       engines(cfg.GPU),
		Machine:       MachineInfo{GOOS: runtime.GOOS, GOARCH: runtime.GOARCH, CPUs: runtime.NumCPU(), Go: runtime.Version()},
		Prompts:       cfg.Prompts,
		Positions:     cfg.N,
		Challenges:    cfg.Challenges,
		JobsPerPrompt: cfg.Jobs,
		Rule: Rule{SafetyFactor: SafetyFactor, KLFactor: KLFactor, MinMaxDelta: MinMaxDelta, Ladder: steps(runs), Text: fmt.Sprintf(
			"per profile and span S of the ladder, over the positions whose context (prompt + position + 1) is <= S: "+
				"max_delta = tie_margin = max(%g x largest honest max|Δlogprob|, %g), max_kl = max(%g x largest honest KL, %g²/2), each rounded up to 2 digits; "+
				"the rule holds if every honest pair of the profile passes at every such position, every every-position cheat fails at every such position, "+
				"and every every-job cheat fails in every simulated job of %d challenges of each ladder length up to S; the profile's span is the longest S where it holds. "+
				"Then, per chosen span, the loosest thresholds covering it (the band validators judge by) must still fail every cheat within it",
			SafetyFactor, MinMaxDelta, float64(KLFactor), MinMaxDelta, cfg.Challenges)},
	}
	if len(runs) > 0 {
		for _, res := range runs[0].PerPrompt {
			c.PromptTokens = append(c.PromptTokens, res.PromptTokens)
		}
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
		for _, res := range run.PerPrompt {
			for _, x := range res.Reports {
				ps.Positions++
				if x.Top1Opened == x.Top1Recomputed {
					agree++
				}
			}
		}
		ps.Top1Agree = float64(agree) / float64(ps.Positions)
		for _, ch := range choices {
			v := PairVerdict{Profile: ch.Profile}
			v.Passed, v.Positions = run.Passed(ch.Thresholds, ch.Thresholds.Span)
			v.JobsCaught, v.Jobs = run.JobsCaught(ch.Thresholds, cfg.Challenges, cfg.Jobs, ch.Thresholds.Span)
			ps.Verdicts = append(ps.Verdicts, v)
		}
		c.Pairs = append(c.Pairs, ps)
	}
	for _, ch := range choices {
		pc := ProfileChoice{Profile: ch.Profile, ProfileName: ProfileName(ch.Profile),
			Thresholds: jsonThresholds(ch.Thresholds), HonestMaxDelta: ch.HonestMaxDelta, HonestMaxKL: ch.HonestMaxKL,
			HonestPair: ch.HonestPair, DishonestMinDelta: ch.DishonestMinDelta, DishonestPair: ch.DishonestPair,
			HonestMargin: ratio(ch.Thresholds.MaxDelta, ch.HonestMaxDelta), DishonestMargin: ratio(ch.DishonestMinDelta, ch.Thresholds.MaxDelta),
			Limit: ch.Limit, Ladder: ch.Ladder}
		if ch.Profile == AllProfiles {
			c.All = pc
		} else {
			c.Profiles = append(c.Profiles, pc)
		}
	}
	return c
}

// Measure runs every pair of Pairs (and GPUPairs with cfg.GPU) on every
// prompt of cfg (DefaultPrompts if none) at cfg.N positions each, printing
// one line per pair to cfg.Progress. It returns the runs, the model file
// and its id.
func Measure(ctx context.Context, cfg Config) ([]Run, *models.File, models.ID, error) {
	var id models.ID
	if cfg.N < 2 {
		return nil, nil, id, fmt.Errorf("calibrate: %d positions per prompt, want at least 2", cfg.N)
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
		return nil, nil, id, err
	}
	if id, err = file.ID(ctx, nil); err != nil {
		return nil, nil, id, err
	}
	prompts := make([][]int32, len(cfg.Prompts))
	for i, text := range cfg.Prompts {
		if prompts[i], err = file.Tokenizer.Encode(text); err != nil {
			return nil, nil, id, fmt.Errorf("calibrate: prompt %q: %w", text, err)
		}
		if len(prompts[i]) == 0 {
			return nil, nil, id, fmt.Errorf("calibrate: prompt %q encodes to no tokens", text)
		}
		if c := len(prompts[i]) + cfg.N; file.Config.ContextLen > 0 && c > file.Config.ContextLen {
			return nil, nil, id, fmt.Errorf("calibrate: prompt %q (%d tokens) + %d positions = %d exceeds the model's context of %d tokens: lower -n to %d",
				text, len(prompts[i]), cfg.N, c, file.Config.ContextLen, file.Config.ContextLen-len(prompts[i]))
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
				return nil, nil, id, fmt.Errorf("calibrate: %w", err)
			}
			runs[i].PerPrompt = append(runs[i].PerPrompt, res)
		}
		d := quantiles(metric(runs[i], func(x logits.Report) float64 { return x.MaxDelta }))
		fmt.Fprintf(progress, "[%2d/%d] %-40s %-14s max|Δlogprob| %.2g / %.2g / %.2g (%s)\n", i+1, len(pairs), p.Name, classOf(p),
			d.Min, d.P50, d.Max, time.Since(t0).Round(100*time.Millisecond))
	}
	return runs, file, id, nil
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
	for _, x := range r.reports(math.MaxInt) {
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

// choices lists the all-profiles thresholds, then each profile's.
func (c *Calibration) choices() []ProfileChoice {
	return append([]ProfileChoice{c.All}, c.Profiles...)
}
