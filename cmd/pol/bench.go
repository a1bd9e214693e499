package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/ollama/ollama/ml"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/ggml"
	"github.com/pol-network/pol/models/perf"
)

func init() {
	register(command{
		name:    "bench",
		summary: "measure on this machine what the protocol costs: a validator's check vs the generation, the commitment vs a plain generation",
		run:     runBench,
	})
}

func runBench(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	model := fs.String("model", models.BundledName, "model: bundled, a GGUF path or ollama:NAME")
	n := fs.Int("n", 512, "positions generated per run (a job's maxTokens)")
	runs := fs.Int("runs", 10, "interleaved runs of each measurement: check/generation pairs, and plain/committing blocks of four (the report gives median and spread)")
	what := fs.String("what", "check,commit", "measurements: check (a validator's whole v2 check of a job vs its generation), commit (a generation committing every full logit vector vs a plain one)")
	threads := fs.Int("threads", 0, "CPU threads for the engine (0: all cores)")
	gpu := fs.String("gpu", "", "offload every layer to this ggml device, LIBRARY:ID (e.g. CUDA:0; needs the CUDA build, scripts/bench-gpu.sh)")
	kvFlag := fs.String("kv", "f32", "KV cache precision: f32 or f16")
	sampled := fs.Bool("sampled", true, "jobs sample (temperature 0.8, top-k 40); false: greedy")
	k := fs.Int("k", 16, "challenged positions opened per job (check)")
	storeWork := fs.String("store-work", "auto", "where the committing runs' store works: inline, pipelined or auto (as pol miner)")
	leafFlag := fs.String("leaf", "sha256", "leaf hash of the committing runs' jobs: sha256, blake3 or auto (as pol miner)")
	dir := fs.String("dir", "", "directory for the committing runs' store (default: a temporary one; put it on the miner's disk)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if _, err := models.ParseStoreWork(*storeWork, nil); err != nil {
		fmt.Fprintf(e.stderr, "pol bench: -store-work: %v\n", err)
		return errUsage
	}
	leaf, err := logits.ParseLeaf(*leafFlag)
	if err != nil {
		fmt.Fprintf(e.stderr, "pol bench: -leaf: %v\n", err)
		return errUsage
	}
	if *n < 1 || *runs < 1 || *k < 1 {
		fmt.Fprintf(e.stderr, "pol bench: -n %d, -runs %d, -k %d: each must be at least 1\n", *n, *runs, *k)
		return errUsage
	}
	kv, err := models.ParseKV(*kvFlag)
	if err != nil {
		fmt.Fprintf(e.stderr, "pol bench: -kv: %v\n", err)
		return errUsage
	}
	want := map[string]bool{}
	for _, w := range strings.Split(*what, ",") {
		if w != "check" && w != "commit" {
			fmt.Fprintf(e.stderr, "pol bench: -what %q: want check, commit or both\n", w)
			return errUsage
		}
		want[w] = true
	}
	path, err := models.Resolve(ctx, *model)
	if err != nil {
		return err
	}
	file, err := models.Open(path)
	if err != nil {
		return err
	}
	// Two sessions: the commitment's measurement runs a plain and a
	// committing generation side by side.
	opts := ggml.Options{Threads: *threads, KV: kv, Progress: loadProgress(e), MaxContext: min(file.Config.ContextLen, *n+64), MaxSessions: 2}
	device := "cpu"
	if *gpu != "" {
		lib, id, ok := strings.Cut(*gpu, ":")
		if !ok || lib == "" || id == "" {
			fmt.Fprintf(e.stderr, "pol bench: -gpu %q, want LIBRARY:ID such as CUDA:0\n", *gpu)
			return errUsage
		}
		layers := make([]int, file.Config.Layers+1) // every block and the output layer
		for i := range layers {
			layers[i] = i
		}
		opts.GPULayers = ml.GPULayersList{{DeviceID: ml.DeviceID{ID: id, Library: lib}, Layers: layers}}
		device = *gpu
	}
	engine, err := ggml.LoadFile(ctx, file, opts)
	if err != nil {
		return err
	}
	defer engine.Close()
	sampler := logits.Greedy
	if *sampled {
		sampler = logits.Sampler{TemperatureMilli: 800, TopK: 40, Seed: logits.Hash{1}}
	}
	prompt := benchPrompt(16, file.Config.VocabSize)
	// The check runs on the miner's own engine, so an honest job matches
	// it exactly and any valid thresholds admit it in one prefill: these
	// numbers time the check, they are not a security setting.
	th := logits.DefaultThresholds()
	if id, err := file.ID(ctx, nil); err == nil {
		if set, ok := models.ThresholdsFor(id); ok {
			if band, ok := logits.Band(set, len(prompt), *n); ok {
				th = band
			}
		}
	}
	work, err := models.ParseStoreWork(*storeWork, engine)
	if err != nil {
		fmt.Fprintf(e.stderr, "pol bench: -store-work: %v\n", err)
		return errUsage
	}
	cfg := perf.Config{Prompt: prompt, N: *n, Runs: *runs, Sampler: sampler, Thresholds: th, K: *k, Work: &work, Leaf: leaf}
	fmt.Fprintf(e.stdout, "model %s (%s), device %s, KV %s, %s, n = %d, %d interleaved runs\n", *model, path, device, kv, sampler, *n, *runs)
	if _, err := models.Generate(ctx, engine, prompt, models.GenerateOptions{N: 8}); err != nil { // warm-up
		return err
	}
	if want["check"] {
		cfg.Progress = func(run int, r float64) {
			e.log.Info("check run", "run", run+1, "of", *runs, "ratio", fmt.Sprintf("%.4f", r))
		}
		c, err := perf.CheckVsGenerate(ctx, engine, cfg)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "check / generation   %s\n  generation %.2f s (%.1f tok/s), check %.3f s (one prefill, every token, %d openings)\n",
			c.Ratio, c.GenSeconds, c.TokensPerSecond, c.CheckSeconds, *k)
	}
	if want["commit"] {
		d := *dir
		if d == "" {
			if d, err = perf.TempDir(); err != nil {
				return err
			}
			defer os.RemoveAll(d)
		}
		cfg.Progress = func(run int, r float64) {
			e.log.Info("commit run", "run", run+1, "of", *runs, "ratio", fmt.Sprintf("%.4f", r))
		}
		c, err := perf.CommitOverhead(ctx, engine, cfg, d)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "committing / plain   %s\n  plain generation %.1f tok/s; store work %s; leaf %s; Finish %.1f ms after the last position\n",
			c.Ratio, c.PlainTokensPerSecond, c.Work, logits.LeafName(c.Leaf), 1000*c.FinishSeconds)
	}
	return nil
}

// benchPrompt is a fixed prompt of n token ids valid in any vocabulary of
// at least 512 entries.
func benchPrompt(n, vocab int) []int32 {
	p := make([]int32, n)
	p[0] = 1
	for i := 1; i < n; i++ {
		p[i] = int32(300 + (i*7919)%max(vocab-300, 1))
	}
	return p
}
