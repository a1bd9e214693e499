package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/ollama/ollama/ml"

	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/calibrate"
)

func init() {
	register(command{
		name:    "calibrate",
		summary: "measure a model's honest and dishonest drift on this machine and choose its thresholds (calibration.json + a picture)",
		run:     runCalibrate,
	})
}

// runCalibrate parses the flags and wires models/calibrate: it measures
// every pair, prints progress and the table, and writes DIR/calibration.json
// and the picture; with no separating threshold it writes only the picture
// and exits non-zero.
func runCalibrate(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("calibrate", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	model := fs.String("model", models.BundledName, "model: 'bundled', a GGUF path, or ollama:NAME[:TAG]")
	promptsFile := fs.String("prompts", "", "file with one prompt per line (default: 3 built-in prompts)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), calibrateUsage)
		fs.PrintDefaults()
	}
	n := fs.Int("n", 32, "positions generated per prompt: the longest span a profile can get is the shortest prompt + n tokens")
	out := fs.String("out", "calibration", "output directory (calibration.json and the pictures)")
	k := fs.Int("k", calibrate.DefaultChallenges, "challenges per simulated job (the contract parameter challenges)")
	jobs := fs.Int("jobs", calibrate.DefaultJobs, "simulated jobs per prompt")
	picture := fs.String("picture", "png", "picture format: png or svg")
	gpu := fs.String("gpu", "", "also measure a GPU miner on this ggml device, LIBRARY:ID (e.g. CUDA:0); needs the CUDA build (scripts/calibrate-gpu.sh)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg := calibrate.Config{Ref: *model, N: *n, Challenges: *k, Jobs: *jobs, Progress: e.stdout}
	switch {
	case *n < 2 || *n > 4096:
		fmt.Fprintf(e.stderr, "pol calibrate: -n %d outside 2..4096\n", *n)
		return errUsage
	case *k < 1 || *jobs < 1:
		fmt.Fprintf(e.stderr, "pol calibrate: -k %d and -jobs %d must be >= 1\n", *k, *jobs)
		return errUsage
	case *picture != "png" && *picture != "svg":
		fmt.Fprintf(e.stderr, "pol calibrate: -picture %q, want png or svg\n", *picture)
		return errUsage
	}
	if *gpu != "" {
		lib, id, ok := strings.Cut(*gpu, ":")
		if !ok || lib == "" || id == "" {
			fmt.Fprintf(e.stderr, "pol calibrate: -gpu %q, want LIBRARY:ID such as CUDA:0\n", *gpu)
			return errUsage
		}
		cfg.GPU = &ml.DeviceID{Library: lib, ID: id}
	}
	cfg.Prompts = calibrate.DefaultPrompts
	if *promptsFile != "" {
		var err error
		if cfg.Prompts, err = readPrompts(*promptsFile); err != nil {
			return err
		}
	}
	slog.SetDefault(slog.New(quietHandler{e.log.Handler()}))
	var err error
	if cfg.Path, err = models.Resolve(ctx, *model); err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	scratch, err := os.MkdirTemp("", "pol-calibrate-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(scratch)
	cfg.Dir = scratch
	fmt.Fprintf(e.stdout, "calibrating %s (%s): %d prompt(s) x %d positions, jobs of %d challenges\n",
		*model, cfg.Path, len(cfg.Prompts), *n, *k)
	c, _, cerr := calibrate.Calibrate(ctx, cfg)
	if c == nil {
		return cerr
	}
	fmt.Fprintf(e.stdout, "\nmodel id   %s  [%s, %d layers, dim %d, heads %d/%d, vocab %d]\n\n", c.Model.ID, c.Model.Arch,
		c.Model.Layers, c.Model.EmbedDim, c.Model.Heads, c.Model.KVHeads, c.Model.VocabSize)
	c.WriteTable(e.stdout)
	pic := filepath.Join(*out, "calibration."+*picture)
	if err := c.SavePlot(pic); err != nil {
		return fmt.Errorf("picture: %w", err)
	}
	spanPic := filepath.Join(*out, "calibration-span."+*picture)
	if err := c.SaveSpanPlot(spanPic); err != nil {
		return fmt.Errorf("span picture: %w", err)
	}
	if cerr != nil {
		if errors.Is(cerr, calibrate.ErrNoSeparation) {
			fmt.Fprintf(e.stdout, "\nREFUSED: %v\npictures   %s, %s (no calibration.json written)\n", cerr, pic, spanPic)
			return errVerdictFail
		}
		return cerr
	}
	js := filepath.Join(*out, "calibration.json")
	if err := c.Save(js); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\nwrote      %s, %s and %s in %.0fs\n", js, pic, spanPic, c.Seconds)
	fmt.Fprintf(e.stdout, "next       pol prove -model %s -calibration %s\n           pol wallet register-model -model %s -calibration %s\n", *model, js, *model, js)
	return nil
}

// calibrateUsage introduces `pol calibrate -h`.
const calibrateUsage = `usage: pol calibrate [flags]

Measures honest and dishonest (miner, validator) pairs on a model over -n
generated positions per prompt and chooses, per numeric profile, the
thresholds and the span: the longest context (prompt + max tokens) on the
ladder 32, 48, 64, 96, ... within which the profile's honest pairs pass and
every cheat fails (docs/calibration.md, "Span"). The span bounds the jobs
the model can serve in that profile: miners refuse longer jobs and the
contract refuses jobs longer than the longest span. To serve long jobs,
measure long: -n up to the context length less the longest prompt. That
takes long on a big model, since every pair generates and recomputes every
position: on the bundled model (260K parameters, 2 CPU cores) 14 pairs x 3
prompts take about 20 s per 100 positions on average up to its whole
context on an idle machine (-n 2033: 376 s; 21 minutes while other jobs
shared the cores); the time per position grows about in proportion to
the parameters (a 1B model: ~4,000x).

`

// readPrompts reads one prompt per non-empty line.
func readPrompts(path string) ([]string, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("-prompts: %w", err)
	}
	defer fh.Close()
	var out []string
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			out = append(out, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("-prompts %s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("-prompts %s: no prompts (one per line)", path)
	}
	return out, nil
}
