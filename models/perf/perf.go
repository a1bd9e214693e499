// Package perf measures what the protocol costs a miner and a validator on
// their own hardware, end to end and against a reference timed in the same
// run: a validator's whole check of a job against the miner's generation of
// it, and a generation that commits every position's full logits against a
// plain one. Runs are interleaved (A, B, A, B, ...; the two generations of
// the commitment's pairs position by position) so that drift in the
// machine's load hits both sides; the report gives the median ratio and its
// spread. pol bench,
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
	Runs    int            // interleaved pairs (>= 1)
	Sampler logits.Sampler // the jobs' sampler
	// Thresholds judge the check (the model's registered ones); the check
	// of an honest job must pass or the measurement stops.
	Thresholds logits.Thresholds
	K          int // challenge positions opened per job
	// Work is where the committing runs' store does its work (nil:
	// models.StoreWork of the engine).
	Work *logits.Work
	// Leaf is the committing runs' leaf function (0: logits.DefaultLeaf).
	Leaf byte
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
	Leaf                 byte        // the jobs' leaf function
	PlainTokensPerSecond float64     // median
	FinishSeconds        float64     // median wait from the last position to Finish returning
	Ratio                Spread      // committing / plain time, per lockstep pair
}

// CommitOverhead runs cfg.Runs pairs of generations of the same positions,
// one plain and one committing into a store in dir (hash, write, sync,
// Finish included), and reports each pair's committing time over its plain
// time. The two generations of a pair advance in lockstep, position by
// position, taking turns at going first (the engine must hold two sessions
// at once): each is a whole generation, timed from opening its session to
// its last position (the committing one to Finish returning), but they
// meet the machine's changing load (other tenants, their memory traffic,
// the garbage collector) within milliseconds of each other, which
// separate runs seconds apart do not. The store's flusher thread, which
// writes and syncs a segment every 8 MiB, may run during the plain
// generation's turn: a few microseconds of CPU per position.
func CommitOverhead(ctx context.Context, e models.Engine, cfg Config, dir string) (CommitReport, error) {
	if cfg.Runs < 1 || cfg.N < 1 {
		return CommitReport{}, fmt.Errorf("perf: %d runs of %d positions", cfg.Runs, cfg.N)
	}
	store, err := logits.OpenStore(dir)
	if err != nil {
		return CommitReport{}, err
	}
	work := models.StoreWork(e)
	if cfg.Work != nil {
		work = *cfg.Work
	}
	store.SetWork(work)
	if cfg.Leaf != 0 {
		if err := store.SetLeaf(cfg.Leaf); err != nil {
			return CommitReport{}, fmt.Errorf("perf: %w", err)
		}
	}
	var plains, finishes, ratios []float64
	for run := range cfg.Runs {
		job := logits.JobID{0xbe, byte(run >> 8), byte(run)}
		p, c, f, err := lockstep(ctx, e, cfg, store, job, run%2 == 1)
		if err == nil {
			err = store.Remove(job)
		}
		if err != nil {
			return CommitReport{}, fmt.Errorf("perf: %w", err)
		}
		plains, finishes, ratios = append(plains, p), append(finishes, f), append(ratios, c/p)
		if cfg.Progress != nil {
			cfg.Progress(run, c/p)
		}
	}
	return CommitReport{Work: work, Leaf: store.Leaf(), PlainTokensPerSecond: float64(cfg.N) / spreadOf(plains).Median,
		FinishSeconds: spreadOf(finishes).Median, Ratio: spreadOf(ratios)}, nil
}

// lockstep runs a plain and a committing generation of cfg's job position
// by position, the committing one first at even positions when
// commitFirst, and returns each one's time and the committing one's wait
// from its last position to Finish returning.
func lockstep(ctx context.Context, e models.Engine, cfg Config, store *logits.Store, job logits.JobID, commitFirst bool) (plain, commit, finish float64, err error) {
	var (
		b      *logits.Builder
		gp, gc *models.Generation
		tp, tc time.Duration
	)
	defer func() {
		if gp != nil {
			gp.Close()
		}
		if gc != nil {
			gc.Close()
		}
		if err != nil && b != nil {
			b.Abort()
		}
	}()
	stepPlain := func() error {
		t0 := time.Now()
		defer func() { tp += time.Since(t0) }()
		if gp == nil {
			var err error
			gp, err = models.StartGeneration(e, cfg.Prompt, models.GenerateOptions{N: cfg.N, Sampler: cfg.Sampler})
			return err
		}
		if gp.Done() {
			return nil
		}
		return gp.Next()
	}
	stepCommit := func() error {
		t0 := time.Now()
		defer func() { tc += time.Since(t0) }()
		if gc == nil {
			var err error
			if b, err = store.Create(job, e.File().Config.VocabSize); err != nil {
				return err
			}
			gc, err = models.StartGeneration(e, cfg.Prompt, models.GenerateOptions{N: cfg.N, Sampler: cfg.Sampler, Sink: b})
			return err
		}
		if gc.Done() {
			return nil
		}
		if err := gc.Next(); err != nil || !gc.Done() {
			return err
		}
		t1 := time.Now()
		_, _, err := b.Finish()
		finish = time.Since(t1).Seconds()
		return err
	}
	first, second := stepPlain, stepCommit
	if commitFirst {
		first, second = second, first
	}
	for k := 0; gp == nil || gc == nil || !gp.Done() || !gc.Done(); k++ {
		if err := ctx.Err(); err != nil {
			return 0, 0, 0, err
		}
		a, z := first, second
		if k%2 == 1 {
			a, z = z, a
		}
		if err := a(); err != nil {
			return 0, 0, 0, err
		}
		if err := z(); err != nil {
			return 0, 0, 0, err
		}
	}
	if len(gp.Output()) != len(gc.Output()) {
		return 0, 0, 0, fmt.Errorf("the plain run generated %d positions, the committing one %d", len(gp.Output()), len(gc.Output()))
	}
	return tp.Seconds(), tc.Seconds(), finish, nil
}

// keepAll is a Sink that keeps every position's logits (the openings).
type keepAll [][]float32

func (k *keepAll) Append(_ uint32, l []float32) error {
	*k = append(*k, l)
	return nil
}

// TempDir is where CommitOverhead's store goes unless told otherwise.
func TempDir() (string, error) { return os.MkdirTemp("", "pol-bench-*") }
