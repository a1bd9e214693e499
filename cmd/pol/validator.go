package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"time"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/ggml"
	"github.com/pol-network/pol/models/ref"
	"github.com/pol-network/pol/validator"
)

func init() {
	register(command{
		name:    "validator",
		summary: "run a validator daemon: check committed jobs on its committees, attest, settle",
		run:     runValidator,
	})
}

func runValidator(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("validator", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f daemonFlags
	f.register(fs, 4002)
	engineName := fs.String("engine", "ref", "recompute engine: ref (plain Go, small models) or ggml")
	revealTimeout := fs.Duration("reveal-timeout", 10*time.Second, "bound on one opening request")
	margin := fs.Uint64("reveal-margin", 2, "blocks before the end of the attest window at which missing openings count as no-reveal")
	poll := fs.Duration("poll", time.Second, "how often the chain head is read")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *engineName != "ref" && *engineName != "ggml" {
		fmt.Fprintf(e.stderr, "pol validator: unknown -engine %q (want ref or ggml)\n", *engineName)
		return errUsage
	}
	slog.SetDefault(slog.New(quietHandler{e.log.Handler()}))
	d, err := f.setup(ctx, e, chain.RoleValidator)
	if err != nil {
		return err
	}
	defer d.Close()
	var engine models.Engine
	if *engineName == "ggml" {
		engine, err = ggml.LoadFile(ctx, d.file, ggml.Options{Threads: f.threads, Progress: loadProgress(e)})
	} else {
		engine, err = ref.LoadFile(d.file)
	}
	if err != nil {
		return err
	}
	defer engine.Close()
	met, err := validator.NewMetrics(d.metricsRegisterer())
	if err != nil {
		return err
	}
	dv, err := validator.NewDaemon(validator.DaemonConfig{
		Wiring: validator.Wiring{Chain: d.cl, DeployBlock: f.deployBlock, Network: daemon.NewP2P(d.node.Host, d.node.Gossip, validator.ChainRoots(d.cl), *revealTimeout),
			Engine: engine, ModelID: d.modelID, DataDir: f.dataDir, Poll: *poll, Logger: e.log},
		SaltKey: validator.SaltKeyOf(d.key), RevealMargin: *margin, Metrics: met})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "validator %s on model %d (%s), peer %s\n", d.cl.From(), d.modelID, engine.Name(), d.node.Addr())
	err = dv.Run(ctx)
	e.log.Info("validator stopped")
	return err
}
