package ggml

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/perf"
	"github.com/pol-network/pol/models/synth"
)

// Benchmarks run on synth.Wide, a random-weight llama of 1B-class width
// (dim 2048, FFN 8192, 32/8 heads, vocabulary 32,000, F16, 2 layers). Build
// with CGO_CFLAGS/CGO_CXXFLAGS="-O3 -march=x86-64-v3" (scripts/bench-models.sh);
// the default flags compile ggml without SIMD.

// wideModel returns synth.Wide (F16) or its F32 variant, generated once
// into the user cache directory.
func wideModel(b *testing.B, f16 bool) string {
	b.Helper()
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	s := synth.Wide
	s.F16 = f16
	if l, err := strconv.Atoi(os.Getenv("POL_BENCH_LAYERS")); err == nil && l > 0 {
		s.Layers = l // a deeper model of the same width (the default 2 layers make the vocabulary projection a third of the weights)
	}
	kind := "f32"
	if f16 {
		kind = "f16"
	}
	p := filepath.Join(dir, "pol", "bench", fmt.Sprintf("wide-%d-%d-%d-%d-%s-seed%d.gguf", s.Dim, s.Layers, s.FFN, s.Vocab, kind, s.Seed))
	if _, err := os.Stat(p); err == nil {
		return p
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		b.Fatal(err)
	}
	tmp := p + ".tmp"
	if err := synth.WriteLlama(tmp, s); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, p); err != nil {
		b.Fatal(err)
	}
	return p
}

func benchPrompt(n int) []int32 {
	p := make([]int32, n)
	p[0] = 1
	for i := 1; i < n; i++ {
		p[i] = int32(300 + (i*7919)%20000)
	}
	return p
}

// BenchmarkCommitOverhead measures what committing costs a generation end
// to end (perf.CommitOverhead): pairs of generations of the same n = 256
// tokens (POL_BENCH_N overrides), one plain and one streaming every
// position's full logits into a logits.Builder (Finish included, files
// created and removed as a miner does), advance in lockstep, position by
// position. The headline is the median over POL_BENCH_RUNS pairs (default
// 10; b.N is not used, so run it with -benchtime 1x) of each pair's
// committing time over its plain time, with its spread.
func BenchmarkCommitOverhead(b *testing.B) {
	ctx := context.Background()
	e := load(b, wideModel(b, true), Options{Threads: 2, MaxSessions: 2})
	prompt := benchPrompt(16)
	n := 256
	if v, err := strconv.Atoi(os.Getenv("POL_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	// Warm up (first touches of the weights, cache allocation).
	if _, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: 8}); err != nil {
		b.Fatal(err)
	}
	pairs := 10
	if v, err := strconv.Atoi(os.Getenv("POL_BENCH_RUNS")); err == nil && v > 0 {
		pairs = v
	}
	b.ResetTimer()
	work, err := models.ParseStoreWork(os.Getenv("POL_STORE_WORK"), e) // "" is auto, as pol miner
	if err != nil {
		b.Fatal(err)
	}
	leaf, err := logits.ParseLeaf(os.Getenv("POL_LEAF")) // "" is auto, as pol miner
	if err != nil {
		b.Fatal(err)
	}
	progress := func(run int, ratio float64) { fmt.Printf("pair %d/%d: committing/plain %.4f\n", run+1, pairs, ratio) }
	r, err := perf.CommitOverhead(ctx, e, perf.Config{Prompt: prompt, N: n, Runs: pairs, Sampler: logits.Greedy, Work: &work, Leaf: leaf, Progress: progress}, b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	b.ReportMetric(r.PlainTokensPerSecond, "plain-tok/s")
	b.ReportMetric(r.Ratio.Median, "commit/plain-median")
	b.ReportMetric(1000*r.FinishSeconds, "finish-ms")
	fmt.Printf("end-to-end committing/plain (n=%d, vocab %d, %d lockstep pairs, store work %s, leaf %s): median %.4f, quartiles %.4f-%.4f, range %.4f-%.4f; %.2f tok/s plain; Finish %.1f ms after the last position\n",
		n, e.File().Config.VocabSize, pairs, r.Work, logits.LeafName(r.Leaf), r.Ratio.Median, r.Ratio.Q1, r.Ratio.Q3, r.Ratio.Min, r.Ratio.Max, r.PlainTokensPerSecond, 1000*r.FinishSeconds)
}

// BenchmarkRecomputeVsGenerate compares a validator's recomputation of
// position n/2 (one prefill of prompt + n/2 tokens, one output row) with
// the miner's generation of n positions, for n = 256 and 512, with the
// wide model's matrices in F16 and in F32.
func BenchmarkRecomputeVsGenerate(b *testing.B) {
	for _, f16 := range []bool{true, false} {
		weights := "f32"
		if f16 {
			weights = "f16"
		}
		b.Run(weights, func(b *testing.B) { benchRecompute(b, weights, wideModel(b, f16)) })
	}
}

func benchRecompute(b *testing.B, weights, path string) {
	ctx := context.Background()
	e := load(b, path, Options{Threads: 2})
	prompt := benchPrompt(16)
	if _, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: 8}); err != nil { // warm-up
		b.Fatal(err)
	}
	for _, n := range []int{256, 512} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			var gen, rec time.Duration
			for range b.N {
				t0 := time.Now()
				out, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: n})
				if err != nil {
					b.Fatal(err)
				}
				gen += time.Since(t0)
				t0 = time.Now()
				if _, err := models.Recompute(ctx, e, prompt, out, []uint32{uint32(n / 2)}); err != nil {
					b.Fatal(err)
				}
				rec += time.Since(t0)
			}
			b.ReportMetric(gen.Seconds()/float64(b.N), "gen-s")
			b.ReportMetric(rec.Seconds()/float64(b.N), "recompute-s")
			b.ReportMetric(rec.Seconds()/gen.Seconds(), "recompute/gen")
			fmt.Printf("%s weights, n=%d: generation %.2fs (%.1f tok/s), recompute at n/2 %.3fs, ratio %.2f%%\n",
				weights, n, gen.Seconds()/float64(b.N), float64(n*b.N)/gen.Seconds(), rec.Seconds()/float64(b.N), 100*rec.Seconds()/gen.Seconds())
		})
	}
}

// keepAll is a Sink that keeps every position's logits.
type keepAll [][]float32

func (k *keepAll) Append(_ uint32, l []float32) error {
	*k = append(*k, l)
	return nil
}

// BenchmarkCheckVsGenerate compares a protocol-v2 validator's whole check
// of a job — models.RecomputeJob: one prefill over the output with every
// position as an output row, every token's admissibility (rule 5), the
// comparator at a challenge set of 16 opened positions — with the miner's
// generation of the same n = 512 positions, F16 weights, sampled
// (temperature 0.8, top-k 40) and greedy. The validator runs the miner's
// engine, so an honest job passes in one prefill. For the breakdown it also
// times the same prefill with one output row (version 1's recomputation of
// one position) and with every row but no checks.
func BenchmarkCheckVsGenerate(b *testing.B) {
	ctx := context.Background()
	e := load(b, wideModel(b, true), Options{Threads: 2})
	prompt := benchPrompt(16)
	if _, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: 8}); err != nil { // warm-up
		b.Fatal(err)
	}
	const n, k = 512, 16
	for _, s := range []logits.Sampler{{TemperatureMilli: 800, TopK: 40, Seed: logits.Hash{1}}, logits.Greedy} {
		b.Run(s.String(), func(b *testing.B) {
			var gen, check, oneRow, allRows time.Duration
			for i := range b.N {
				var sink keepAll
				t0 := time.Now()
				out, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: n, Sampler: s, Sink: &sink})
				if err != nil {
					b.Fatal(err)
				}
				gen += time.Since(t0)
				positions := logits.ChallengeSet(logits.Hash{byte(i)}, logits.JobID{2}, n, k)
				opened := make([][]float32, len(positions))
				for j, p := range positions {
					opened[j] = sink[p]
				}
				claim := logits.Claim{Output: out, Sampler: s, MaxTokens: n}
				t0 = time.Now()
				chk, err := models.RecomputeJob(ctx, e, prompt, claim, logits.DefaultThresholds(), positions, opened)
				if err != nil {
					b.Fatal(err)
				}
				check += time.Since(t0)
				if !chk.Tokens.Pass || chk.Passes != 1 {
					b.Fatalf("honest job: %+v in %d prefills", chk.Tokens, chk.Passes)
				}
				t0 = time.Now()
				if _, err := models.Recompute(ctx, e, prompt, out, []uint32{n - 1}); err != nil {
					b.Fatal(err)
				}
				oneRow += time.Since(t0)
				all := make([]uint32, n)
				for j := range all {
					all[j] = uint32(j)
				}
				t0 = time.Now()
				if _, err := models.Recompute(ctx, e, prompt, out, all); err != nil {
					b.Fatal(err)
				}
				allRows += time.Since(t0)
			}
			b.ReportMetric(gen.Seconds()/float64(b.N), "gen-s")
			b.ReportMetric(check.Seconds()/float64(b.N), "check-s")
			b.ReportMetric(check.Seconds()/gen.Seconds(), "check/gen")
			fmt.Printf("f16 weights, %s, n=%d: generation %.2fs (%.1f tok/s), whole check (every row, every token, %d opened) %.3fs = %.2f%%; "+
				"prefill with one output row %.3fs = %.2f%%, with every row %.3fs = %.2f%%\n",
				s, n, gen.Seconds()/float64(b.N), float64(n*b.N)/gen.Seconds(), k, check.Seconds()/float64(b.N), 100*check.Seconds()/gen.Seconds(),
				oneRow.Seconds()/float64(b.N), 100*oneRow.Seconds()/gen.Seconds(), allRows.Seconds()/float64(b.N), 100*allRows.Seconds()/gen.Seconds())
		})
	}
}
