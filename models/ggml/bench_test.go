package ggml

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/synth"
)

// Benchmarks run on synth.Wide, a random-weight llama of 1B-class width
// (dim 2048, FFN 8192, 32/8 heads, vocabulary 32,000, F16, 2 layers). Build
// with CGO_CFLAGS/CGO_CXXFLAGS="-O3 -march=x86-64-v3" (scripts/bench-models.sh);
// the default flags compile ggml without SIMD.

func wideModel(b *testing.B) string {
	b.Helper()
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	s := synth.Wide
	p := filepath.Join(dir, "pol", "bench", fmt.Sprintf("wide-%d-%d-%d-%d-seed%d.gguf", s.Dim, s.Layers, s.FFN, s.Vocab, s.Seed))
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

// BenchmarkCommitOverhead generates the same n tokens with and without
// streaming every position's full logits into a logits.Builder (hash +
// spill to disk), alternating, and reports the time ratio.
func BenchmarkCommitOverhead(b *testing.B) {
	ctx := context.Background()
	e := load(b, wideModel(b), Options{Threads: 2})
	prompt := benchPrompt(16)
	const n = 64
	store, err := logits.OpenStore(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	var plain, commit time.Duration
	b.ResetTimer()
	for i := range b.N {
		t0 := time.Now()
		if _, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: n}); err != nil {
			b.Fatal(err)
		}
		plain += time.Since(t0)
		t0 = time.Now()
		job := logits.JobID{byte(i), byte(i >> 8), 1}
		bld, err := store.Create(job, e.File().Config.VocabSize)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: n, Sink: bld}); err != nil {
			b.Fatal(err)
		}
		if _, _, err := bld.Finish(); err != nil {
			b.Fatal(err)
		}
		commit += time.Since(t0)
		store.Remove(job)
	}
	b.StopTimer()
	b.ReportMetric(float64(n*b.N)/plain.Seconds(), "plain-tok/s")
	b.ReportMetric(float64(n*b.N)/commit.Seconds(), "commit-tok/s")
	b.ReportMetric(commit.Seconds()/plain.Seconds(), "commit/plain")
	fmt.Printf("commitment overhead (n=%d, vocab %d): %.2f tok/s plain, %.2f tok/s committing, ratio %.4f (%+.2f%%)\n",
		n, e.File().Config.VocabSize, float64(n*b.N)/plain.Seconds(), float64(n*b.N)/commit.Seconds(),
		commit.Seconds()/plain.Seconds(), 100*(commit.Seconds()/plain.Seconds()-1))
}

// BenchmarkRecomputeVsGenerate compares a validator's recomputation of
// position n/2 (one prefill of prompt + n/2 tokens, one output row) with
// the miner's generation of n positions, for n = 256 and 512.
func BenchmarkRecomputeVsGenerate(b *testing.B) {
	ctx := context.Background()
	e := load(b, wideModel(b), Options{Threads: 2})
	prompt := benchPrompt(16)
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
			fmt.Printf("n=%d: generation %.2fs, recompute at n/2 %.3fs, ratio %.2f%%\n",
				n, gen.Seconds()/float64(b.N), rec.Seconds()/float64(b.N), 100*rec.Seconds()/gen.Seconds())
		})
	}
}
