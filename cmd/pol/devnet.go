package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/pol-network/pol/internal/devnet"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/p2p"
)

func init() {
	register(command{
		name:    "devnet",
		summary: "run a whole network in one process: dev chain, contract, bundled model, miners, validators, jobs",
		run:     runDevnet,
	})
}

type devnetFlags struct {
	miners, validators, jobs, threads, k    int
	maxTokens, window                       uint
	cheat, kv, engine, dataDir, metricsAddr string
	period                                  time.Duration
	forever                                 bool
}

func runDevnet(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("devnet", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f devnetFlags
	fs.IntVar(&f.miners, "miners", 2, "miners (one ggml engine each)")
	fs.IntVar(&f.validators, "validators", 3, "validators (committees of up to 3)")
	fs.IntVar(&f.jobs, "jobs", 0, "jobs to run, assigned to the miners in turn (0: one per miner)")
	fs.UintVar(&f.maxTokens, "n", 16, "tokens generated per job")
	fs.IntVar(&f.k, "k", 2, "positions each validator checks")
	fs.UintVar(&f.window, "attest-window", 6, "attest window in blocks")
	fs.DurationVar(&f.period, "block-period", time.Second, "time between blocks (whole seconds)")
	fs.StringVar(&f.cheat, "cheat", "", "make miner-0 cheat: quantized (a Q8_0 copy of the model), draft (a cheaper model's tokens at\nhalf of the positions, honest logits over them), truncate (commits 2 positions of a longer job),\nselective (serves its openings to one committee member only), hidden (draft tokens, no gossip, no openings)\nor silent (serves nothing)")
	fs.StringVar(&f.kv, "kv", "f32", "KV cache precision of the honest miners: f32 or f16 (both admitted)")
	fs.StringVar(&f.engine, "validator-engine", "ref", "validators' engine: ref (plain Go) or ggml")
	fs.IntVar(&f.threads, "threads", 1, "CPU threads per ggml engine")
	fs.StringVar(&f.dataDir, "data-dir", "", "directory for the nodes' data (default: a temporary directory, removed at exit)")
	fs.StringVar(&f.metricsAddr, "metrics-addr", "", "serve Prometheus metrics of every node on this address (e.g. 127.0.0.1:9100)")
	fs.BoolVar(&f.forever, "forever", false, "keep submitting jobs until interrupted")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := f.check(); err != nil {
		fmt.Fprintf(e.stderr, "pol devnet: %v\n", err)
		return errUsage
	}
	slog.SetDefault(slog.New(quietHandler{e.log.Handler()}))
	if f.dataDir == "" {
		dir, err := os.MkdirTemp("", "pol-devnet-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		f.dataDir = dir
	}
	cfg := devnet.Config{Validators: f.validators, K: uint8(f.k), AttestWindow: uint32(f.window), BlockPeriod: f.period,
		MaxTokens: uint32(f.maxTokens), Threads: f.threads, ValidatorEngine: f.engine, DataDir: f.dataDir,
		Log: e.log, Out: e.stdout}
	cfg.Miners = make([]string, f.miners)
	for i := range cfg.Miners {
		if f.kv == string(models.KVF16) {
			cfg.Miners[i] = devnet.F16KV
		}
	}
	if f.cheat != devnet.Honest {
		cfg.Miners[0] = f.cheat
	}
	if f.metricsAddr != "" {
		reg := prometheus.NewRegistry()
		cfg.Metrics = reg
		stop, err := serveMetrics(f.metricsAddr, reg, e.log)
		if err != nil {
			return err
		}
		defer stop()
	}
	start := time.Now()
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		return err
	}
	defer d.Close()
	fmt.Fprintf(e.stdout, "network    %d miners, %d validators, wallet; libp2p on 127.0.0.1; up in %.1fs\n\n",
		f.miners, f.validators, time.Since(start).Seconds())
	return d.RunJobs(ctx, e.stdout, f.jobs, f.forever)
}

func (f devnetFlags) check() error {
	switch {
	case f.miners < 1 || f.miners > 6:
		return fmt.Errorf("-miners %d outside 1..6", f.miners)
	case f.validators < 2 || f.validators > 6:
		return fmt.Errorf("-validators %d outside 2..6 (a failed job needs two voters against)", f.validators)
	case f.jobs < 0 || f.k < 1 || f.k > 32:
		return fmt.Errorf("-jobs %d or -k %d out of range", f.jobs, f.k)
	case f.maxTokens < 1 || f.maxTokens > 512 || f.window < 4 || f.window > 256:
		return fmt.Errorf("-n %d outside 1..512 or -attest-window %d outside 4..256", f.maxTokens, f.window)
	case f.period < time.Second || f.period%time.Second != 0:
		return fmt.Errorf("-block-period %s: whole seconds, at least 1s", f.period)
	case f.cheat != devnet.Honest && !slices.Contains(devnet.Cheats, f.cheat):
		return fmt.Errorf("unknown -cheat %q (want one of %s)", f.cheat, strings.Join(devnet.Cheats, ", "))
	case f.kv != string(models.KVF32) && f.kv != string(models.KVF16):
		return fmt.Errorf("unknown -kv %q (want f32 or f16)", f.kv)
	case f.engine != "ref" && f.engine != "ggml":
		return fmt.Errorf("unknown -validator-engine %q (want ref or ggml)", f.engine)
	}
	return nil
}

// serveMetrics serves reg in the Prometheus text format on addr until stop.
func serveMetrics(addr string, reg *prometheus.Registry, log *slog.Logger) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", p2p.ExplainAddrInUse(err))
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server", "err", err)
		}
	}()
	log.Info("serving metrics", "url", "http://"+ln.Addr().String()+"/metrics")
	return func() { srv.Close() }, nil
}
