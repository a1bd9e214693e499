// Package perf measures what the protocol costs a miner and a validator on
// their own hardware, end to end and against a reference timed in the same
// run: a validator's whole check of a job against the miner's generation of
// it, and a generation that commits every position's full logits against a
// plain one. Runs are interleaved (A, B, A, B, ...; the commitment in
// A, B, B, A blocks) so that drift in the machine's load hits both sides;
// the report gives the median ratio and its spread. pol bench,
// scripts/bench-models.sh and scripts/bench-gpu.sh print these.
package perf

import (
	"context"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

// Spread is a sample of ratios: median, quartiles and range.
type Spread struct {
	Median, Q1, Q3, Min, Max float64
	Runs                     int
}

func spreadOf(r []float64) Spread {
	s := slices.Clone(r)
	slices.Sort(s)
	q := func(p float64) float64 { return s[int(p*float64(len(s)-1)+0.5)] }
	return Spread{Median: q(0.5), Q1: q(0.25), Q3: q(0.75), Min: s[0], Max: s[len(s)-1], Runs: len(s)}
}

func (s Spread) String() string {
	return fmt.Sprintf("median %.4f (quartiles %.4f-%.4f, range %.4f-%.4f, %d runs)", s.Median, s.Q1, s.Q3, s.Min, s.Max, s.Runs)
}

// Config is one measurement.
type Config struct {
	Prompt  []int32
	N       int            // positions generated per run
	Runs    int            // interleaved pairs (check) or ABBA blocks (commit), >= 1
	Sampler logits.Sampler // the jobs' sampler
	// Thresholds judge the check (the model's registered ones); the check
	// of an honest job must pass or the measurement stops.
	Thresholds logits.Thresholds
	K          int // challenge positions opened per job
	// Progress, if set, hears after each run.
	Progress func(run int, ratio float64)
}

// CheckReport is a validator's cost: the whole v2 check of a job
// (models.RecomputeJob: one prefill with every position as an output row,
// rule 5 at every token, the comparator at K opened positions) over the
// miner's generation of the same job.
type CheckReport struct {
	GenSeconds, CheckSeconds float64 // medians
	TokensPerSecond          float64 // generation, median
	Ratio                    Spread  // check / generation, per run
}

// CheckVsGenerate generates cfg.N positions (keeping every vector, as a
// miner does) and checks them, cfg.Runs times.
func CheckVsGenerate(ctx context.Context, e models.Engine, cfg Config) (CheckReport, error) {
	if cfg.Runs < 1 || cfg.N < 1 {
		return CheckReport{}, fmt.Errorf("perf: %d runs of %d positions", cfg.Runs, cfg.N)
	}
	var gens, checks, ratios []float64
	for run := range cfg.Runs {
		var sink keepAll
		t0 := time.Now()
		out, err := models.Generate(ctx, e, cfg.Prompt, models.GenerateOptions{N: cfg.N, Sampler: cfg.Sampler, Sink: &sink})
		if err != nil {
			return CheckReport{}, fmt.Errorf("perf: generate: %w", err)
		}
		gen := time.Since(t0).Seconds()
		positions := logits.ChallengeSet(logits.Hash{byte(run)}, logits.JobID{1}, uint32(len(out)), cfg.K)
		opened := make([][]float32, len(positions))
		for j, p := range positions {
			opened[j] = sink[p]
		}
		claim := logits.Claim{Output: out, Sampler: cfg.Sampler, MaxTokens: uint32(cfg.N)}
		t0 = time.Now()
		chk, err := models.RecomputeJob(ctx, e, cfg.Prompt, claim, cfg.Thresholds, positions, opened)
		if err != nil {
			return CheckReport{}, fmt.Errorf("perf: check: %w", err)
		}
		check := time.Since(t0).Seconds()
		if !chk.Tokens.Pass {
			return CheckReport{}, fmt.Errorf("perf: the check failed an honest job (%+v): thresholds too tight for this engine", chk.Tokens)
		}
		gens, checks, ratios = append(gens, gen), append(checks, check), append(ratios, check/gen)
		if cfg.Progress != nil {
			cfg.Progress(run, check/gen)
		}
	}
	g := spreadOf(gens).Median
	return CheckReport{GenSeconds: g, CheckSeconds: spreadOf(checks).Median, TokensPerSecond: float64(cfg.N) / g, Ratio: spreadOf(ratios)}, nil
}

// CommitReport is a miner's cost of the commitment: a generation that
// streams every position's full logits into the store (hash, write, sync,
// Finish included) over a plain generation of the same positions.
type CommitReport struct {
	Work                 logits.Work // where the store did its work (models.StoreWork)
	PlainTokensPerSecond float64     // median
	FinishSeconds        float64     // median wait from the last position to Finish returning
	Ratio                Spread      // committing / plain time, per block
}

// CommitOverhead runs cfg.Runs blocks of four generations — plain,
// committing, committing, plain, the order reversed every other block —
// committing into a store in dir, and reports each block's committing time
// over its plain time. A block's four runs are adjacent and symmetric in
// time, so a drift in the machine's speed (other tenants' load, their
// memory traffic) that is steady over a block cancels out of its ratio.
func CommitOverhead(ctx context.Context, e models.Engine, cfg Config, dir string) (CommitReport, error) {
	if cfg.Runs < 1 || cfg.N < 1 {
		return CommitReport{}, fmt.Errorf("perf: %d runs of %d positions", cfg.Runs, cfg.N)
	}
	store, err := logits.OpenStore(dir)
	if err != nil {
		return CommitReport{}, err
	}
	work := models.StoreWork(e)
	store.SetWork(work)
	plain := func() (float64, error) {
		t0 := time.Now()
		_, err := models.Generate(ctx, e, cfg.Prompt, models.GenerateOptions{N: cfg.N, Sampler: cfg.Sampler})
		return time.Since(t0).Seconds(), err
	}
	var finishes []float64
	jobs := 0
	committing := func() (float64, error) {
		job := logits.JobID{0xbe, byte(jobs >> 8), byte(jobs)}
		jobs++
		t0 := time.Now()
		b, err := store.Create(job, e.File().Config.VocabSize)
		if err != nil {
			return 0, err
		}
		if _, err := models.Generate(ctx, e, cfg.Prompt, models.GenerateOptions{N: cfg.N, Sampler: cfg.Sampler, Sink: b}); err != nil {
			b.Abort()
			return 0, err
		}
		t1 := time.Now()
		if _, _, err := b.Finish(); err != nil {
			return 0, err
		}
		d := time.Since(t0).Seconds()
		finishes = append(finishes, time.Since(t1).Seconds())
		return d, store.Remove(job)
	}
	var plains, ratios []float64
	for run := range cfg.Runs {
		order := []bool{false, true, true, false} // committing?
		if run%2 == 1 {
			order = []bool{true, false, false, true}
		}
		var p, c float64
		for _, commit := range order {
			f, d := plain, &p
			if commit {
				f, d = committing, &c
			}
			t, err := f()
			if err != nil {
				return CommitReport{}, fmt.Errorf("perf: %w", err)
			}
			*d += t
			if !commit {
				plains = append(plains, t)
			}
		}
		ratios = append(ratios, c/p)
		if cfg.Progress != nil {
			cfg.Progress(run, c/p)
		}
	}
	return CommitReport{Work: work, PlainTokensPerSecond: float64(cfg.N) / spreadOf(plains).Median,
		FinishSeconds: spreadOf(finishes).Median, Ratio: spreadOf(ratios)}, nil
}

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// keepAll is a Sink that keeps every position's logits (the openings).
type keepAll [][]float32

func (k *keepAll) Append(_ uint32, l []float32) error {
	*k = append(*k, l)
	return nil
}

// TempDir is where CommitOverhead's store goes unless told otherwise.
func TempDir() (string, error) { return os.MkdirTemp("", "pol-bench-*") }
