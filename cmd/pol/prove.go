package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	fsggml "github.com/ollama/ollama/fs/ggml"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/calibrate"
	"github.com/pol-network/pol/models/ggml"
	"github.com/pol-network/pol/models/ref"
	"github.com/pol-network/pol/models/synth"
	"github.com/pol-network/pol/validator"
)

func init() {
	register(command{
		name:    "prove",
		summary: "run one local proof round on a real model: generate + commit, challenge, open, recompute, judge",
		run:     runProve,
	})
}

// cheats are the ways `pol prove --cheat` makes the miner side dishonest.
var cheats = map[string]string{
	"quantized": "the miner runs a Q8_0-quantized copy of the model",
	"perturbed": "the miner runs a copy whose weights are scaled by (1 ± 1e-2)",
	"tokens":    "the miner commits a different token than it generated at position 2",
	"prompt":    "the miner answers a different prompt than the one it claims",
	"draft":     "the miner takes tokens from a cheap draft model at a fraction of positions (-draft-frac) and commits an honest prefill of the registered model over them",
	"truncate":  "the miner generates the whole job but commits only its first quarter (n < maxTokens, no end-of-generation token)",
}

type proveFlags struct {
	model, modelID, prompt, seed, cheat, validator, kv, draftModel, calibration string
	n, k, threads, topK                                                         int
	temp, topP, draftFrac                                                       float64
	calibrateFirst                                                              bool
}

// runProve is one whole local round of the protocol on a real model, with
// no chain or network: the miner tokenizes the prompt, generates up to n
// tokens (the job's maxTokens; it stops at an end-of-generation token) with
// the ggml engine and the canonical sampler while streaming every
// position's full logits into the commitment; the job's challenge set of k
// distinct positions is derived from a seed; the miner opens them; the
// validator recomputes the whole output with its own engine (ref by
// default) in one prefill per KV precision tried, judges each opening (spec
// §9 rules 1-4), checks that every committed token is admissible (rule 5)
// and that generation ended (rule 6), with the model's registered
// thresholds.
func runProve(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("prove", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f proveFlags
	fs.StringVar(&f.model, "model", models.BundledName, "model: 'bundled', a GGUF path, or ollama:NAME[:TAG]")
	fs.StringVar(&f.modelID, "model-id", "", "expected model id (hex); the round fails if the model's id differs")
	fs.BoolVar(&f.calibrateFirst, "calibrate", false, "for a model with neither -calibration nor shipped thresholds: run pol calibrate first (default settings, into a temporary directory) and judge by its thresholds")
	fs.StringVar(&f.calibration, "calibration", "", "calibration.json of the model (from pol calibrate): the thresholds of the miner's numeric profile judge the round; required for any model but the bundled one")
	fs.StringVar(&f.prompt, "prompt", "Once upon a time", "prompt text")
	fs.IntVar(&f.n, "n", 64, "the job's maxTokens: positions to generate unless an end-of-generation token comes first")
	fs.IntVar(&f.k, "k", 8, "size of the challenge set (distinct positions; all of them if k >= n)")
	fs.Float64Var(&f.temp, "temp", 0.8, "sampling temperature (0 = greedy)")
	fs.IntVar(&f.topK, "top-k", 40, "sample among the k most likely tokens (0 = off)")
	fs.Float64Var(&f.topP, "top-p", 0, "nucleus sampling mass (0 = off)")
	fs.StringVar(&f.seed, "seed", "pol", "seed for the sampler and the challenge (stands in for the block hash)")
	fs.StringVar(&f.cheat, "cheat", "", "make the miner cheat: "+strings.Join(cheatNames(), ", "))
	fs.StringVar(&f.validator, "validator", "ref", "validator engine: ref (plain Go) or ggml")
	fs.IntVar(&f.threads, "threads", 1, "CPU threads of the ggml engine")
	fs.StringVar(&f.kv, "kv", "f32", "the miner's KV cache precision: f32 or f16 (both admitted; the validator recomputes at f16 only where f32 does not match)")
	fs.Float64Var(&f.draftFrac, "draft-frac", 0.25, "with -cheat draft: fraction of positions whose token comes from the draft model")
	fs.StringVar(&f.draftModel, "draft-model", "nolayer", "with -cheat draft: the draft model, the registered one with its last layer removed (nolayer) or its Q8_0 copy (q8_0)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := f.check(); err != nil {
		fmt.Fprintf(e.stderr, "pol prove: %v\n", err)
		return errUsage
	}
	// ollama's engine logs through the default logger; keep its progress
	// chatter at debug level.
	slog.SetDefault(slog.New(quietHandler{e.log.Handler()}))
	return prove(ctx, e.stdout, e.log, f)
}

func cheatNames() []string {
	return []string{"quantized", "perturbed", "tokens", "prompt", "draft", "truncate"}
}

func (f proveFlags) check() error {
	switch {
	case f.n < 1 || f.n > logits.MaxPositions:
		return fmt.Errorf("-n %d outside 1..%d", f.n, logits.MaxPositions)
	case f.k < 1:
		return fmt.Errorf("-k %d, want >= 1", f.k)
	case f.temp < 0 || f.temp > 4e6 || f.topP < 0 || f.topP > 1 || f.topK < 0:
		return fmt.Errorf("bad sampler settings: temp %v, top-k %d, top-p %v", f.temp, f.topK, f.topP)
	case f.cheat != "" && cheats[f.cheat] == "":
		return fmt.Errorf("unknown -cheat %q (want one of %s)", f.cheat, strings.Join(cheatNames(), ", "))
	case f.validator != "ref" && f.validator != "ggml":
		return fmt.Errorf("unknown -validator %q (want ref or ggml)", f.validator)
	case f.cheat == "draft" && !(f.draftFrac > 0 && f.draftFrac <= 1):
		return fmt.Errorf("-draft-frac %v outside (0, 1]", f.draftFrac)
	case f.draftModel != "nolayer" && f.draftModel != "q8_0":
		return fmt.Errorf("unknown -draft-model %q (want nolayer or q8_0)", f.draftModel)
	case f.cheat == "truncate" && f.n < 2:
		return fmt.Errorf("-cheat truncate needs -n >= 2")
	}
	if _, err := models.ParseKV(f.kv); err != nil {
		return fmt.Errorf("-kv: %w", err)
	}
	return nil
}

func prove(ctx context.Context, w io.Writer, log *slog.Logger, f proveFlags) error {
	path, err := models.Resolve(ctx, f.model)
	if err != nil {
		return err
	}
	file, err := models.Open(path)
	if err != nil {
		return err
	}
	id, err := file.ID(ctx, func(done, total int64) {
		log.Debug("hashing model", "done", done, "total", total)
	})
	if err != nil {
		return err
	}
	if f.modelID != "" {
		want, err := models.ParseID(f.modelID)
		if err != nil {
			return err
		}
		if err := file.CheckID(ctx, want, nil); err != nil {
			return err
		}
	}
	kv, _ := models.ParseKV(f.kv)
	profile, err := models.ProfileOf("cpu", kv)
	if err != nil {
		return err
	}
	if _, shipped := models.ThresholdsFor(id); f.calibration == "" && !shipped && f.calibrateFirst {
		if f.calibration, err = calibrateFirst(ctx, w, f.model, path); err != nil {
			return err
		}
		defer os.RemoveAll(filepath.Dir(f.calibration))
	}
	set, source, err := proveThresholds(f, id)
	if err != nil {
		return err
	}
	prompt, err := file.Tokenizer.Encode(f.prompt)
	if err != nil {
		return err
	}
	th, err := proveBand(set, profile, len(prompt), f.n)
	if err != nil {
		return err
	}
	cfg := file.Config
	fmt.Fprintf(w, "model      %s (%s)\n", f.model, path)
	fmt.Fprintf(w, "model id   %s  [%s, %d layers, dim %d, vocab %d]\n", id, cfg.Arch, cfg.Layers, cfg.EmbedDim, cfg.VocabSize)
	fmt.Fprintf(w, "thresholds v%d: top-%d max|Δlogprob| <= %g, KL <= %g, top-1 tie margin %g (the band of a %d-token job: the loosest profile whose span covers it; %s)\n",
		th.Version, th.TopK, th.MaxDelta, th.MaxKL, th.TieMargin, len(prompt)+f.n, source)
	fmt.Fprintf(w, "profile    %s, calibrated over jobs up to %d tokens\n", profile, set[profile].Span)

	tmp, err := os.MkdirTemp("", "pol-prove-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	// --- miner ---
	seed := logits.Keccak256([]byte("pol prove"), []byte(f.seed))
	sampler := logits.Sampler{
		TemperatureMilli: uint32(f.temp*1000 + 0.5),
		TopK:             uint32(f.topK),
		TopPMilli:        uint32(f.topP*1000 + 0.5),
		Seed:             logits.Keccak256([]byte("sampler"), seed[:]),
	}
	minerPath, minerPrompt := path, prompt
	switch f.cheat {
	case "quantized", "perturbed":
		minerPath = filepath.Join(tmp, f.cheat+".gguf")
		tf := synth.Quantize(fsggml.TensorTypeQ8_0)
		if f.cheat == "perturbed" {
			tf = synth.Perturb(1e-2, 1)
		}
		if err := synth.Rewrite(path, minerPath, tf, nil); err != nil {
			return err
		}
	case "prompt":
		if minerPrompt, err = file.Tokenizer.Encode(f.prompt + " and"); err != nil {
			return err
		}
	}
	miner, err := ggml.Load(ctx, minerPath, ggml.Options{Threads: f.threads, KV: kv})
	if err != nil {
		return err
	}
	defer miner.Close()
	if f.cheat != "" {
		fmt.Fprintf(w, "miner      %s, CHEATING: %s\n", miner.Name(), cheats[f.cheat])
	} else {
		fmt.Fprintf(w, "miner      %s, honest\n", miner.Name())
	}
	store, err := logits.OpenStore(filepath.Join(tmp, "store"))
	if err != nil {
		return err
	}
	store.SetWork(models.StoreWork(miner))
	job := logits.JobID(logits.Keccak256([]byte("job"), seed[:]))
	b, err := store.Create(job, cfg.VocabSize)
	if err != nil {
		return err
	}
	genStart := time.Now()
	var note string
	switch f.cheat {
	case "draft":
		note, err = draftCheat(ctx, b, miner, path, tmp, prompt, sampler, seed, f)
	case "truncate":
		note, err = truncateCheat(ctx, b, miner, prompt, sampler, f.n)
	default:
		var sink models.Sink = b
		if f.cheat == "tokens" {
			sink = &swapToken{Sink: b, at: 2, vocab: uint32(cfg.VocabSize)}
		}
		_, err = models.Generate(ctx, miner, minerPrompt, models.GenerateOptions{N: f.n, Sampler: sampler, StopAtEOG: true, Sink: sink})
	}
	if err != nil {
		b.Abort()
		return err
	}
	output := b.Tokens() // what the miner committed and claims
	root, n, err := b.Finish()
	if err != nil {
		return err
	}
	genTime := time.Since(genStart)
	fmt.Fprintf(w, "sampler    %s\n", sampler)
	fmt.Fprintf(w, "prompt     %q -> %v\n", f.prompt, prompt)
	fmt.Fprintf(w, "text       %q\n", f.prompt+file.Tokenizer.Decode(models.Int32s(output)))
	if note != "" {
		fmt.Fprintf(w, "cheat      %s\n", note)
	}
	fmt.Fprintf(w, "committed  root %s over %d positions (maxTokens %d) x %d logits in %s (job %s)\n", root, n, f.n, cfg.VocabSize, genTime.Round(time.Millisecond), job)

	// --- challenge and openings ---
	claim := logits.Claim{Root: root, Prompt: models.Uint32s(prompt), Output: output, Sampler: sampler, MaxTokens: uint32(f.n),
		IsEOG: func(t uint32) bool { return int64(t) <= math.MaxInt32 && file.Tokenizer.IsEOG(int32(t)) }}
	positions := logits.ChallengeSet(logits.Keccak256([]byte("block"), seed[:]), job, n, f.k)
	openings := make([]*logits.Opening, len(positions))
	for j, p := range positions {
		o, err := store.Open(job, p)
		if err != nil {
			return err
		}
		wire, err := o.MarshalBinary() // what travels to the validator
		if err != nil {
			return err
		}
		openings[j] = new(logits.Opening)
		if err := openings[j].UnmarshalBinary(wire); err != nil {
			return err
		}
	}

	// --- validator ---
	var recomputer models.Engine
	if f.validator == "ggml" {
		if recomputer, err = ggml.LoadFile(ctx, file, ggml.Options{Threads: f.threads}); err != nil {
			return err
		}
	} else if recomputer, err = ref.LoadFile(file); err != nil {
		return err
	}
	defer recomputer.Close()
	recStart := time.Now()
	opened := make([][]float32, len(openings))
	for j, o := range openings {
		opened[j] = o.Logits
	}
	check, err := models.RecomputeJob(ctx, recomputer, prompt, claim, th, positions, opened)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "challenge  %d distinct positions %v; every position recomputed by %s in %d prefill(s), one per KV precision tried (%s)\n\n",
		len(positions), positions, recomputer.Name(), check.Passes, time.Since(recStart).Round(time.Millisecond))

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "position\ttoken\tKV\tmax|Δlogprob| (<= %g)\tKL (<= %g)\ttop-1 miner/validator\tverdict\n", th.MaxDelta, th.MaxKL)
	failed := 0 // for the table; the verdict is the validator's (validator.Judge)
	reveals := make([]validator.Reveal, len(openings))
	for j, o := range openings {
		reveals[j] = validator.Reveal{Position: o.Index, Status: validator.Arrived, Opening: o, Recomputed: check.Opened[j]}
		v, err := logits.Judge(claim, o, th, check.Opened[j]...)
		if err != nil {
			return err
		}
		verdict := "pass"
		if !v.Pass {
			failed++
			verdict = "FAIL: " + v.Reason
		}
		metrics := "-\t-\t-\t-" // the check stopped before the comparator
		if v.Pass || v.Report != (logits.Report{}) {
			metrics = fmt.Sprintf("%s\t%.3g\t%.3g\t%d/%d", models.AdmittedKV[v.Recomputation], v.Report.MaxDelta, v.Report.KL, v.Report.Top1Opened, v.Report.Top1Recomputed)
		}
		fmt.Fprintf(tw, "%d\t%d %s\t%s\t%s\n", o.Index, o.Token, strconv.Quote(string(file.Tokenizer.Piece(int32(o.Token)))), metrics, verdict)
	}
	tw.Flush()
	fmt.Fprintln(w)
	if check.Tokens.Pass {
		fmt.Fprintf(w, "tokens     pass: all %d committed tokens are admissible (rule 5)\n", n)
	} else {
		fmt.Fprintf(w, "tokens     FAIL (rule 5): %s\n", check.Tokens.Reason)
	}
	if end := logits.CheckEnd(claim); end.Pass {
		how := "n = maxTokens"
		if n < uint32(f.n) {
			how = "the last token ends generation"
		}
		fmt.Fprintf(w, "end        pass: %s (rule 6)\n", how)
	} else {
		fmt.Fprintf(w, "end        FAIL (rule 6): %s\n", end.Reason)
	}
	// The verdict a committee member would commit to, by the validator's own rules.
	a, ok := validator.Judge(validator.Job{ID: job, Terms: daemon.Terms{MaxTokens: uint32(f.n), Sampler: sampler}, Thresholds: th, Root: root, N: n,
		TokensHash: logits.TokensHash(claim.Prompt, output), Output: output, Positions: positions},
		validator.Checked{Job: job, CanonicalPrompt: claim.Prompt, Reveals: reveals, Tokens: &check.Tokens},
		validator.Config{Vocab: cfg.VocabSize, Context: cfg.ContextLen, IsEOG: claim.IsEOG})
	switch {
	case !ok:
		return errors.New("prove: the validator could not judge its own recomputation")
	case a.Verdict != chain.VerdictPass && failed > 0 && slices.Contains(positions, a.Position):
		fmt.Fprintf(w, "verdict    FAIL: %d of %d challenged positions fail (position %d: %s)\n", failed, len(openings), a.Position, a.Reason)
		return errVerdictFail
	case a.Verdict != chain.VerdictPass:
		fmt.Fprintf(w, "verdict    FAIL: %s\n", a.Reason)
		return errVerdictFail
	}
	fmt.Fprintf(w, "verdict    PASS: %d of %d challenged positions match; every token admissible; generation ended\n", len(openings), len(openings))
	return nil
}

// calibrateFirst runs `pol calibrate` with its defaults on the model at path
// into a temporary directory and returns the calibration.json it wrote.
func calibrateFirst(ctx context.Context, w io.Writer, ref, path string) (string, error) {
	dir, err := os.MkdirTemp("", "pol-prove-calibration-")
	if err != nil {
		return "", err
	}
	fmt.Fprintf(w, "calibrate  %s has no calibration: running pol calibrate first\n", ref)
	c, _, err := calibrate.Calibrate(ctx, calibrate.Config{Ref: ref, Path: path, N: 32, Prompts: calibrate.DefaultPrompts, Dir: dir, Progress: w})
	if err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	js := filepath.Join(dir, "calibration.json")
	if err := c.Save(js); err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	return js, nil
}

// proveThresholds returns the model's thresholds per numeric profile: the
// calibration's when -calibration names one (it must be the model's), else
// the bundled model's; any other model stops with what to run, since pol has
// no default thresholds.
func proveThresholds(f proveFlags, id models.ID) (map[models.Profile]logits.Thresholds, string, error) {
	if f.calibration == "" {
		if set, ok := models.ThresholdsFor(id); ok {
			return set, "the bundled model's registered thresholds", nil
		}
		return nil, "", fmt.Errorf("%w: model %s (id %s) has never been calibrated, and pol has no default thresholds; run\n"+
			"  pol calibrate -model %s -out DIR\nthen\n  pol prove -model %s -calibration DIR/calibration.json\n(or add -calibrate to calibrate first)", models.ErrNoThresholds, f.model, id, f.model, f.model)
	}
	c, err := calibrate.Load(f.calibration)
	if err != nil {
		return nil, "", err
	}
	if cid, _ := c.ModelID(); cid != id {
		return nil, "", fmt.Errorf("-calibration %s is for model %s, not %s (%s)", f.calibration, cid, f.model, id)
	}
	return c.Set(), "from " + f.calibration, nil
}

// proveBand returns the band a validator judges the round by (logits.Band:
// the loosest thresholds whose span covers the job), after checking that
// the miner's own profile is calibrated and its span covers the job, as a
// pol miner checks before it claims one.
func proveBand(set map[models.Profile]logits.Thresholds, profile models.Profile, promptTokens, n int) (logits.Thresholds, error) {
	own, ok := set[profile]
	if !ok {
		return logits.Thresholds{}, fmt.Errorf("%w: %s (the thresholds have %v)", calibrate.ErrNoProfile, profile, models.SortedProfiles(set))
	}
	if !own.Covers(promptTokens, n) {
		return logits.Thresholds{}, fmt.Errorf("%w: the prompt's %d tokens + -n %d = %d tokens, but profile %s was calibrated over %d "+
			"(docs/calibration.md); use a shorter -n or prompt, or another -kv", logits.ErrBeyondSpan, promptTokens, n, promptTokens+n, profile, own.Span)
	}
	band, _ := logits.Band(set, promptTokens, n)
	return band, nil
}

// draftCheat generates with a draft model at a fraction of the positions
// (calibrate.DraftTokens) and commits the registered model's honest prefill
// over the resulting tokens: every committed vector is exact, only the
// tokens are not the registered model's.
func draftCheat(ctx context.Context, b *logits.Builder, model models.Engine, path, tmp string, prompt []int32, s logits.Sampler, seed logits.Hash, f proveFlags) (string, error) {
	draftPath := filepath.Join(tmp, "draft-"+f.draftModel+".gguf")
	tf, kvf := synth.Quantize(fsggml.TensorTypeQ8_0), synth.KVFunc(nil)
	if f.draftModel == "nolayer" {
		tf, kvf = synth.RemoveLayer(model.File().Config.Layers-1, model.File().Config.Arch)
	}
	if err := synth.Rewrite(path, draftPath, tf, kvf); err != nil {
		return "", err
	}
	draft, err := ggml.Load(ctx, draftPath, ggml.Options{Threads: f.threads})
	if err != nil {
		return "", err
	}
	defer draft.Close()
	at := calibrate.DraftSet(logits.Keccak256([]byte("draft"), seed[:]), f.n, f.draftFrac)
	d, err := calibrate.CommitDraft(ctx, model, draft, prompt, f.n, s, at, b)
	if err != nil {
		return "", err
	}
	var where []int
	for i := range d.Output {
		if at[i] {
			where = append(where, i)
		}
	}
	return fmt.Sprintf("%d positions %v from the draft model (%s), %d of them differ from the registered model's pick",
		d.Drafted, where, f.draftModel, len(d.Diverged)), nil
}

// truncateCheat generates the job honestly (up to maxTokens, stopping at an
// end-of-generation token) but commits only the first quarter of it, so
// that n < maxTokens and the last committed token does not end generation.
func truncateCheat(ctx context.Context, b *logits.Builder, model models.Engine, prompt []int32, s logits.Sampler, maxTokens int) (string, error) {
	var all collected
	out, err := models.Generate(ctx, model, prompt, models.GenerateOptions{N: maxTokens, Sampler: s, StopAtEOG: true, Sink: &all})
	if err != nil {
		return "", err
	}
	if len(out) < 2 {
		return "", fmt.Errorf("truncate: generation ended after %d token(s), nothing to truncate", len(out))
	}
	keep := max(1, len(out)/4)
	for i := range keep {
		if err := b.Append(out[i], all[i]); err != nil {
			return "", err
		}
	}
	return fmt.Sprintf("generated %d positions, commits the first %d", len(out), keep), nil
}

// collected keeps every generated position's logits.
type collected [][]float32

func (c *collected) Append(_ uint32, l []float32) error {
	*c = append(*c, l)
	return nil
}

// swapToken is the "tokens" cheat: at one position it commits a different
// token than the one generation continues with.
type swapToken struct {
	models.Sink
	at, vocab, i uint32
}

func (s *swapToken) Append(token uint32, l []float32) error {
	if s.i == s.at {
		token = (token + 1) % s.vocab
	}
	s.i++
	return s.Sink.Append(token, l)
}

// quietHandler demotes library logs below warning to debug.
type quietHandler struct{ slog.Handler }

func (h quietHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Level < slog.LevelWarn {
		r.Level = slog.LevelDebug
		if !h.Handler.Enabled(ctx, slog.LevelDebug) {
			return nil
		}
	}
	return h.Handler.Handle(ctx, r)
}

func (h quietHandler) Enabled(context.Context, slog.Level) bool {
	return true // decided in Handle, after demotion
}

func (h quietHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return quietHandler{h.Handler.WithAttrs(as)}
}

func (h quietHandler) WithGroup(name string) slog.Handler {
	return quietHandler{h.Handler.WithGroup(name)}
}
