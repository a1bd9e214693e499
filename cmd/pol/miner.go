package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/ollama/ollama/ml"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/miner"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/ggml"
)

func init() {
	register(command{
		name:    "miner",
		summary: "run a miner daemon: claim jobs, generate with the model, commit, serve reveals (one process per GPU)",
		run:     runMiner,
	})
}

func runMiner(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("miner", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f daemonFlags
	f.register(fs, 4001)
	gpu := fs.String("gpu", "", "offload every layer to this GPU device id (ggml GPU backend needed; see docs/daemons.md)")
	gpuLib := fs.String("gpu-library", "CUDA", "backend library of -gpu: CUDA, ROCm, Metal or Vulkan")
	maxTokens := fs.Uint("max-tokens", 0, "longest job (maxTokens) this miner takes; longer jobs are left to others (0: any)")
	margin := fs.Uint64("commit-margin", 10, "seconds before a job's deadline after which no commit is sent")
	maxJobs := fs.Int("max-jobs", 1, "jobs claimed and not yet committed at once (the engine generates one at a time; 0: no limit)")
	poll := fs.Duration("poll", time.Second, "how often the chain head is read")
	storeWork := fs.String("store-work", "auto", "where each position's logits are checked, hashed and copied for the commitment: inline (between forward passes; best when the engine keeps every core busy), pipelined (on the store's own threads; best with a GPU), or auto (inline for a CPU engine with a thread per core)")
	leafFlag := fs.String("leaf", "sha256", "leaf hash of the jobs this miner commits: sha256 (protocol v2's leaf, which every validator checks), blake3 (v3; 2.2x SHA-256's speed with AVX2, a third less of the store's CPU a position; a v2 validator votes fail on it, so only once every validator runs v3), or auto (blake3 where AVX2 is present, else sha256)")
	kvFlag := fs.String("kv", "f32", "KV cache precision: f32, or f16 to halve cache memory (both admitted by validators; f32 has the widest margin)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *maxJobs < 0 {
		fmt.Fprintf(e.stderr, "pol miner: -max-jobs %d: must be 0 (no limit) or more\n", *maxJobs)
		return errUsage
	}
	kv, err := models.ParseKV(*kvFlag)
	if err != nil {
		fmt.Fprintf(e.stderr, "pol miner: -kv: %v\n", err)
		return errUsage
	}
	if _, err := models.ParseStoreWork(*storeWork, nil); err != nil {
		fmt.Fprintf(e.stderr, "pol miner: -store-work: %v\n", err)
		return errUsage
	}
	leaf, err := logits.ParseLeaf(*leafFlag)
	if err != nil {
		fmt.Fprintf(e.stderr, "pol miner: -leaf: %v\n", err)
		return errUsage
	}
	device := "cpu"
	if *gpu != "" {
		device = strings.ToLower(*gpuLib)
	}
	profile, err := models.ProfileOf(device, kv) // declared with every commitment (docs/protocol.md §8.2)
	if err != nil {
		fmt.Fprintf(e.stderr, "pol miner: %v\n", err)
		return errUsage
	}
	slog.SetDefault(slog.New(quietHandler{e.log.Handler()}))
	d, err := f.setup(ctx, e, chain.RoleMiner)
	if err != nil {
		return err
	}
	defer d.Close()
	opts := ggml.Options{Threads: f.threads, KV: kv, Progress: loadProgress(e)}
	if *gpu != "" {
		layers := make([]int, d.file.Config.Layers+1) // every block and the output layer
		for i := range layers {
			layers[i] = i
		}
		opts.GPULayers = ml.GPULayersList{{DeviceID: ml.DeviceID{ID: *gpu, Library: *gpuLib}, Layers: layers}}
	}
	engine, err := ggml.LoadFile(ctx, d.file, opts)
	if err != nil {
		return err
	}
	defer engine.Close()
	work, err := models.ParseStoreWork(*storeWork, engine)
	if err != nil {
		fmt.Fprintf(e.stderr, "pol miner: -store-work: %v\n", err)
		return errUsage
	}
	met, err := miner.NewMetrics(d.metricsRegisterer())
	if err != nil {
		return err
	}
	dm, err := miner.NewDaemon(miner.DaemonConfig{
		Wiring: miner.Wiring{Chain: d.cl, DeployBlock: f.deployBlock, Network: daemon.NewP2P(d.node.Host, d.node.Gossip, nil, 0),
			Engine: engine, ModelID: d.modelID, DataDir: f.dataDir, Poll: *poll, Logger: e.log},
		Profile: profile, MaxTokens: uint32(*maxTokens), CommitMargin: *margin, MaxBusy: *maxJobs, StoreWork: &work, Leaf: leaf, Metrics: met})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "miner %s on model %d (%s, profile %s), peer %s\n", d.cl.From(), d.modelID, engine.Name(), profile, d.node.Addr())
	runCtx, stopVerify := verifyInBackground(ctx, d)
	defer stopVerify()
	err = stopCause(runCtx, dm.Run(runCtx))
	e.log.Info("miner stopped")
	return err
}

// loadProgress logs weight loading in 25% steps. The engine calls it from
// several goroutines.
func loadProgress(e *env) func(float32) {
	var mu sync.Mutex
	last := -1
	return func(p float32) {
		mu.Lock()
		defer mu.Unlock()
		if q := int(p * 4); q > last {
			last = q
			e.log.Info("loading model weights", "percent", q*25)
		}
	}
}
