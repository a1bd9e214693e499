// Package calibrate measures the comparator's metrics (logits.Compare) for
// honest and dishonest (miner, validator) pairs on a model, the numbers that
// set a model's logits.Thresholds (docs/calibration.md).
//
// A pair is a miner setup, which generates n positions from a prompt
// (incremental decoding, canonical greedy sampler) and keeps their logits,
// and a validator setup, which recomputes the same positions over the
// miner's claimed token list in one prefill per admitted KV precision
// (models.RecomputeAdmitted), as a validator does; a position matches if it
// matches any of them (spec §8.1). Honest pairs differ only in numerics
// (engine, threads, batching, KV precision);
// dishonest ones change the model (quantized, perturbed, a layer removed,
// another model) or the history (a different prompt token).
package calibrate

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	fsggml "github.com/ollama/ollama/fs/ggml"
	"github.com/ollama/ollama/ml"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/ggml"
	"github.com/pol-network/pol/models/ref"
	"github.com/pol-network/pol/models/synth"
)

// Setup is one side of a pair.
type Setup struct {
	// Variant names a copy of the model ("" = the model itself); see
	// Variants.
	Variant string
	// Engine is "ggml" or "ref".
	Engine  string
	Threads int
	// KV is the cache precision. For a miner "" means models.KVF32; for a
	// validator "" means every admitted precision (the protocol's rule),
	// a value restricts it to that one.
	KV models.KV
	// GPU, if set, runs every layer of a ggml engine on this device.
	GPU *ml.DeviceID
}

// Profile is the numeric profile a miner running this setup declares.
func (s Setup) Profile() models.Profile {
	device := "cpu"
	if s.GPU != nil {
		device = strings.ToLower(s.GPU.Library)
	}
	p, err := models.ProfileOf(device, cmp.Or(s.KV, models.KVF32))
	if err != nil {
		return 0
	}
	return p
}

func (s Setup) String() string {
	v := s.Variant
	if v == "" {
		v = "orig"
	}
	kv := cmp.Or(string(s.KV), "admitted")
	if s.Engine == "ref" {
		return fmt.Sprintf("%s/ref-%skv", v, kv)
	}
	if s.GPU != nil {
		return fmt.Sprintf("%s/ggml-%s:%s-%skv", v, s.GPU.Library, s.GPU.ID, kv)
	}
	return fmt.Sprintf("%s/ggml-t%d-%skv", v, s.Threads, kv)
}

// engineKey names the loaded engine a setup runs on (all precisions share it).
func (s Setup) engineKey() string {
	s.KV = models.KVF32
	return s.String()
}

// Pair is a calibration case.
type Pair struct {
	Name      string
	Honest    bool
	Miner     Setup
	Validator Setup
	// Mild marks a dishonest pair whose drift may overlap the honest band
	// at some positions: it must fail in every simulated job rather than at
	// every position (docs/calibration.md).
	Mild bool
	// PromptEdit, if set, makes the miner generate from a different prompt
	// than the one it claims (and the validator uses).
	PromptEdit func([]int32) []int32
}

// Variants are the model copies the dishonest pairs use, by name.
var Variants = map[string]synth.TensorFunc{
	"q8_0":        synth.Quantize(fsggml.TensorTypeQ8_0),
	"q4_0":        synth.Quantize(fsggml.TensorTypeQ4_0),
	"perturb1e-3": synth.Perturb(1e-3, 1),
	"perturb1e-2": synth.Perturb(1e-2, 1),
	"shuffled":    synth.Shuffle(3),
}

// Pairs is the standard set.
func Pairs() []Pair {
	g1 := Setup{Engine: "ggml", Threads: 1}
	g2 := Setup{Engine: "ggml", Threads: 2}
	r := Setup{Engine: "ref"}
	with := func(s Setup, variant string) Setup { s.Variant = variant; return s }
	// One thread except where threads are the point: ggml's thread pool
	// spins, and a loaded 2-core machine makes 2 threads slow.
	return []Pair{
		{Name: "ggml decode vs ggml prefill", Honest: true, Miner: g1, Validator: g1},
		{Name: "ggml 1 thread vs 2 threads", Honest: true, Miner: g1, Validator: g2},
		{Name: "ggml vs ref", Honest: true, Miner: g1, Validator: r},
		{Name: "ref vs ggml", Honest: true, Miner: r, Validator: g1},
		{Name: "ggml f16 KV vs ref", Honest: true, Miner: Setup{Engine: "ggml", Threads: 1, KV: models.KVF16}, Validator: r},
		{Name: "ggml f16 KV vs ggml", Honest: true, Miner: Setup{Engine: "ggml", Threads: 1, KV: models.KVF16}, Validator: g2},
		{Name: "ref f16 KV vs ggml", Honest: true, Miner: Setup{Engine: "ref", KV: models.KVF16}, Validator: g1},
		{Name: "Q8_0 copy", Miner: with(g1, "q8_0"), Validator: r},
		{Name: "Q4_0 copy", Miner: with(g1, "q4_0"), Validator: r},
		{Name: "weights x(1±1e-3)", Mild: true, Miner: with(g1, "perturb1e-3"), Validator: r},
		{Name: "weights x(1±1e-2)", Miner: with(g1, "perturb1e-2"), Validator: r},
		{Name: "last layer removed", Miner: with(g1, "nolayer"), Validator: r},
		{Name: "different model (shuffled weights)", Miner: with(g1, "shuffled"), Validator: r},
		{Name: "different prompt token", Miner: g1, Validator: r, PromptEdit: func(p []int32) []int32 {
			q := slices.Clone(p)
			q[len(q)-1] = (q[len(q)-1] + 1) % 256
			return q
		}},
	}
}

// GPUPairs are the honest pairs of a GPU miner (every layer on dev) against
// the CPU engines, at both KV precisions.
func GPUPairs(dev ml.DeviceID) []Pair {
	g := func(kv models.KV) Setup { return Setup{Engine: "ggml", Threads: 1, KV: kv, GPU: &dev} }
	cpu := Setup{Engine: "ggml", Threads: 1}
	r := Setup{Engine: "ref"}
	name := dev.Library + ":" + dev.ID
	return []Pair{
		{Name: "ggml " + name + " vs ggml cpu", Honest: true, Miner: g(models.KVF32), Validator: cpu},
		{Name: "ggml " + name + " vs ref", Honest: true, Miner: g(models.KVF32), Validator: r},
		{Name: "ggml " + name + " f16 KV vs ggml cpu", Honest: true, Miner: g(models.KVF16), Validator: cpu},
		{Name: "ggml " + name + " f16 KV vs ref", Honest: true, Miner: g(models.KVF16), Validator: r},
	}
}

// Result holds one pair's per-position reports.
type Result struct {
	Pair Pair
	// PromptTokens is the length of the claimed prompt: position i is
	// generated at context PromptTokens + i.
	PromptTokens int
	// Reports has, per position, the comparison with the closest
	// recomputation (smallest max |Δ logprob|).
	Reports []logits.Report
	// All has, per position, the comparison with every recomputation.
	All [][]logits.Report
	// Output and Sampler are the miner's tokens and sampler; Recomputed
	// has, per position, the validator's recomputations (one per KV
	// precision), for the every-token rule (Inadmissible).
	Output     []uint32
	Sampler    logits.Sampler
	Recomputed [][][]float32
}

// Inadmissible returns the positions whose committed token no
// recomputation admits under th (spec §9 rule 5): for an honest pair, false
// fails.
func (r Result) Inadmissible(th logits.Thresholds) ([]int, error) {
	var bad []int
	for i, recs := range r.Recomputed {
		a, err := logits.AdmitAny(r.Sampler, th, uint32(i), r.Output[i], recs...)
		if err != nil {
			return nil, err
		}
		if !a.OK {
			bad = append(bad, i)
		}
	}
	return bad, nil
}

// Stats summarises a metric: min, median, max.
type Stats struct{ Min, Median, Max float64 }

func stats(v []float64) Stats {
	s := slices.Clone(v)
	slices.Sort(s)
	return Stats{s[0], s[len(s)/2], s[len(s)-1]}
}

// MaxDelta, KL and Top1Gap summarise the pair's metrics.
func (r Result) MaxDelta() Stats {
	return r.metric(func(x logits.Report) float64 { return x.MaxDelta })
}
func (r Result) KL() Stats      { return r.metric(func(x logits.Report) float64 { return x.KL }) }
func (r Result) Top1Gap() Stats { return r.metric(func(x logits.Report) float64 { return x.Top1Gap }) }

// Top1Agree is the fraction of positions whose top-1 tokens agree.
func (r Result) Top1Agree() float64 {
	n := 0
	for _, x := range r.Reports {
		if x.Top1Opened == x.Top1Recomputed {
			n++
		}
	}
	return float64(n) / float64(len(r.Reports))
}

// Passed counts positions that pass th against at least one recomputation,
// among the given positions (all if none are given).
func (r Result) Passed(th logits.Thresholds, positions ...int) int {
	if len(positions) == 0 {
		positions = make([]int, len(r.All))
		for i := range positions {
			positions[i] = i
		}
	}
	n := 0
	for _, p := range positions {
		if slices.ContainsFunc(r.All[p], func(x logits.Report) bool { return pass(x, th) }) {
			n++
		}
	}
	return n
}

func pass(x logits.Report, th logits.Thresholds) bool {
	return x.Top1Gap <= th.TieMargin && x.MaxDelta <= th.MaxDelta && x.KL <= th.MaxKL
}

func (r Result) metric(f func(logits.Report) float64) Stats {
	v := make([]float64, len(r.Reports))
	for i, x := range r.Reports {
		v[i] = f(x)
	}
	return stats(v)
}

// Runner runs pairs on one model, caching engines and variant files.
type Runner struct {
	Path   string
	Prompt []int32
	N      int
	// TopK is the comparator's top-K for the measurements (metrics other
	// than MaxDelta do not depend on it).
	TopK int
	// Sampler is the miners' sampler (zero: greedy).
	Sampler logits.Sampler

	dir     string
	engines map[string]models.KVEngine
}

// NewRunner prepares a runner; dir holds the variant files.
func NewRunner(path string, prompt []int32, n int, dir string) *Runner {
	return &Runner{Path: path, Prompt: prompt, N: n, TopK: logits.DefaultTopK, dir: dir, engines: map[string]models.KVEngine{}}
}

// Close frees the engines.
func (r *Runner) Close() {
	for _, e := range r.engines {
		e.Close()
	}
}

func (r *Runner) variantPath(v string) (string, error) {
	if v == "" {
		return r.Path, nil
	}
	p := filepath.Join(r.dir, v+".gguf")
	if _, err := os.Stat(p); err == nil {
		return p, nil
	}
	var tf synth.TensorFunc
	var kvf synth.KVFunc
	if v == "nolayer" {
		f, err := models.Open(r.Path)
		if err != nil {
			return "", err
		}
		tf, kvf = synth.RemoveLayer(f.Config.Layers-1, f.Config.Arch)
	} else if tf = Variants[v]; tf == nil {
		return "", fmt.Errorf("calibrate: unknown variant %q", v)
	}
	return p, synth.Rewrite(r.Path, p, tf, kvf)
}

// engine returns the engine for s; a miner's runs at s.KV (KVF32 if unset).
func (r *Runner) engine(ctx context.Context, s Setup) (models.KVEngine, error) {
	e, err := r.load(ctx, s)
	if err != nil {
		return nil, err
	}
	return models.WithKV(e, cmp.Or(s.KV, models.KVF32)), nil
}

func (r *Runner) load(ctx context.Context, s Setup) (models.KVEngine, error) {
	key := s.engineKey()
	if e, ok := r.engines[key]; ok {
		return e, nil
	}
	p, err := r.variantPath(s.Variant)
	if err != nil {
		return nil, err
	}
	var e models.KVEngine
	switch s.Engine {
	case "ref":
		e, err = ref.Load(p)
	case "ggml":
		opts := ggml.Options{Threads: s.Threads}
		if s.GPU != nil {
			f, err := models.Open(p)
			if err != nil {
				return nil, err
			}
			layers := make([]int, f.Config.Layers+1) // every block and the output layer
			for i := range layers {
				layers[i] = i
			}
			opts.GPULayers = ml.GPULayersList{{DeviceID: *s.GPU, Layers: layers}}
		}
		e, err = ggml.Load(ctx, p, opts)
	default:
		err = fmt.Errorf("calibrate: unknown engine %q", s.Engine)
	}
	if err != nil {
		return nil, err
	}
	r.engines[key] = e
	return e, nil
}

// Run measures one pair at every generated position: the miner generates
// (from its own prompt, if the pair edits it), the validator recomputes over
// the claimed prompt and the miner's tokens.
func (r *Runner) Run(ctx context.Context, p Pair) (Result, error) {
	prompt := r.Prompt
	if p.PromptEdit != nil {
		prompt = p.PromptEdit(prompt)
	}
	tr, err := r.MinerTrace(ctx, p.Miner, prompt)
	if err != nil {
		return Result{}, fmt.Errorf("%s: miner: %w", p.Name, err)
	}
	tr.Prompt = r.Prompt // what the miner claims
	res, err := r.CompareTrace(ctx, p.Name, tr, p.Validator)
	if err != nil {
		return Result{}, fmt.Errorf("%s: validator: %w", p.Name, err)
	}
	res.Pair = p
	return res, nil
}

type collect [][]float32

func (c *collect) Append(_ uint32, l []float32) error {
	*c = append(*c, slices.Clone(l))
	return nil
}

// Trace is a miner's run saved for comparison by another build of the
// engine (default vs x86-64-v3 cgo flags cannot share one process).
type Trace struct {
	Miner   string // the miner setup
	Prompt  []int32
	Output  []uint32
	Logits  [][]float32
	Sampler logits.Sampler
}

// MinerTrace generates r.N positions from prompt with setup s and r.Sampler
// and keeps the logits.
func (r *Runner) MinerTrace(ctx context.Context, s Setup, prompt []int32) (Trace, error) {
	e, err := r.engine(ctx, s)
	if err != nil {
		return Trace{}, err
	}
	var sink collect
	out, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: r.N, Sampler: r.Sampler, Sink: &sink})
	return Trace{Miner: s.String(), Prompt: prompt, Output: out, Logits: sink, Sampler: r.Sampler}, err
}

// CompareTrace recomputes a trace's positions with setup s (one prefill
// per KV precision: every admitted one unless s.KV names one) and measures
// each against the trace's logits.
func (r *Runner) CompareTrace(ctx context.Context, name string, tr Trace, s Setup) (Result, error) {
	e, err := r.load(ctx, s)
	if err != nil {
		return Result{}, err
	}
	positions := make([]uint32, len(tr.Output))
	for i := range positions {
		positions[i] = uint32(i)
	}
	var recs [][][]float32 // per position, per precision
	if s.KV == "" {
		if recs, err = models.RecomputeAdmitted(ctx, e, tr.Prompt, tr.Output, positions, nil, logits.Thresholds{}); err != nil {
			return Result{}, err
		}
	} else {
		rec, err := models.RecomputeKV(ctx, e, s.KV, tr.Prompt, tr.Output, positions)
		if err != nil {
			return Result{}, err
		}
		for _, l := range rec {
			recs = append(recs, [][]float32{l})
		}
	}
	open := logits.Thresholds{Version: 1, TopK: r.TopK, MaxDelta: math.MaxFloat64, MaxKL: math.MaxFloat64, TieMargin: math.MaxFloat64}
	res := Result{Pair: Pair{Name: name, Honest: true, Validator: s}, PromptTokens: len(tr.Prompt), Output: tr.Output, Sampler: tr.Sampler, Recomputed: recs}
	for i, ls := range recs {
		var all []logits.Report
		for _, l := range ls {
			rep, err := logits.Compare(tr.Logits[i], l, open)
			if err != nil {
				return Result{}, err
			}
			all = append(all, rep)
		}
		res.All = append(res.All, all)
		res.Reports = append(res.Reports, slices.MinFunc(all, func(a, b logits.Report) int { return cmp.Compare(a.MaxDelta, b.MaxDelta) }))
	}
	return res, nil
}
