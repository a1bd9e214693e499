package calibrate

import (
	"context"
	"encoding/gob"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/synth"
)

// Table renders results as the markdown tables of docs/calibration.md, with
// how many positions pass th.
func Table(rs []Result, th logits.Thresholds) string {
	var b strings.Builder
	fmt.Fprintf(&b, "| pair | honest | max \\|Δ logprob\\| top-%d: min / median / max | KL: min / median / max | top-1 agree | pass at thresholds |\n", th.TopK)
	fmt.Fprintln(&b, "| --- | --- | --- | --- | --- | --- |")
	for _, r := range rs {
		d, k := r.MaxDelta(), r.KL()
		fmt.Fprintf(&b, "| %s | %v | %.2g / %.2g / %.2g | %.2g / %.2g / %.2g | %.0f%% | %d/%d |\n", r.Pair.Name, r.Pair.Honest,
			d.Min, d.Median, d.Max, k.Min, k.Median, k.Max, 100*r.Top1Agree(), r.Passed(th), len(r.Reports))
	}
	return b.String()
}

func bundled(t *testing.T) (string, *models.File) {
	t.Helper()
	p, err := models.BundledModelPath(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	f, err := models.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	return p, f
}

// nearNoise are dishonest pairs whose drift overlaps the honest band at
// some positions (docs/calibration.md): they must fail at several positions
// and in every simulated job, not at every position.
var nearNoise = map[string]bool{"weights x(1±1e-3)": true}

// jobsCaught simulates jobs over a pair's positions: per seed, the job's
// challenge set of k = 16 positions (spec §4), checked by the whole
// committee; the job fails if any challenged position fails th.
func jobsCaught(res Result, th logits.Thresholds, seeds int) (caught int) {
	for s := range seeds {
		job := logits.JobID(logits.Keccak256([]byte("calibration job"), []byte{byte(s)}))
		seed := logits.Keccak256([]byte("calibration seed"), []byte{byte(s)})
		failed := false
		for _, p := range logits.ChallengeSet(seed, job, uint32(len(res.All)), 16) {
			if res.Passed(th, int(p)) == 0 {
				failed = true
			}
		}
		if failed {
			caught++
		}
	}
	return caught
}

// On the bundled model, with its registered thresholds, every honest pair
// passes at every position and every dishonest pair fails at every position
// (near-noise ones: at several positions and in every simulated job).
func TestCalibrationBundled(t *testing.T) {
	t.Setenv("POL_MODEL_ID_CACHE", "off")
	ctx := context.Background()
	p, f := bundled(t)
	id, err := f.ID(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	th, ok := models.ThresholdsFor(id)
	if !ok || !maps.Equal(th, models.BundledThresholds) {
		t.Fatalf("bundled model id %s not mapped to its calibrated thresholds", id)
	}
	prompt, _ := f.Tokenizer.Encode("Once upon a time")
	r := NewRunner(p, prompt, 24, t.TempDir())
	defer r.Close()
	var rs []Result
	for _, pair := range Pairs() {
		res, err := r.Run(ctx, pair)
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, res)
		passed, n := res.Passed(th[models.ProfileCPUF16]), len(res.Reports)
		switch {
		case pair.Honest && passed != n:
			t.Errorf("honest pair %q: %d of %d positions fail", pair.Name, n-passed, n)
		case !pair.Honest && !nearNoise[pair.Name] && passed != 0:
			t.Errorf("dishonest pair %q: %d of %d positions pass", pair.Name, passed, n)
		case nearNoise[pair.Name]:
			const seeds = 50
			if failed := n - passed; failed < 3 {
				t.Errorf("near-noise pair %q fails at %d of %d positions, want several", pair.Name, failed, n)
			}
			if c := jobsCaught(res, th[models.ProfileCPUF16], seeds); c != seeds {
				t.Errorf("near-noise pair %q: %d of %d simulated jobs escape", pair.Name, seeds-c, seeds)
			}
		}
	}
	t.Log("\n" + Table(rs, th[models.ProfileCPUF16]))
}

// withoutF16Profile is an honest F16-cache miner judged by a validator that
// recomputes at F32 only: the drift the admitted-precision rule removes
// (reported, not a protocol pair).
var withoutF16Profile = Pair{Name: "ggml f16 KV vs ref at f32 only (not the protocol's rule)", Honest: true,
	Miner: Setup{Engine: "ggml", Threads: 1, KV: models.KVF16}, Validator: Setup{Engine: "ref", KV: models.KVF32}}

// TestCalibrationReport prints the full measurement of docs/calibration.md:
// several prompts on the bundled model and random-weight models. It takes
// minutes; scripts/calibrate.sh runs it (POL_CALIBRATE=1).
func TestCalibrationReport(t *testing.T) {
	if os.Getenv("POL_CALIBRATE") == "" {
		t.Skip("set POL_CALIBRATE=1 (scripts/calibrate.sh)")
	}
	ctx := context.Background()
	p, f := bundled(t)
	th := models.BundledThresholds[models.ProfileCPUF16]
	var all []Result
	for _, text := range []string{"Once upon a time", "Lily and Ben went to the park. They saw", "The little dog was sad because"} {
		prompt, _ := f.Tokenizer.Encode(text)
		r := NewRunner(p, prompt, 64, t.TempDir())
		for _, pair := range append(Pairs(), withoutF16Profile) {
			res, err := r.Run(ctx, pair)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, res)
		}
		r.Close()
	}
	fmt.Printf("## bundled model, 3 prompts x 64 positions\n\n%s\n", Table(merge(all), th))

	for _, spec := range []synth.Spec{
		{Vocab: 8192, Dim: 512, Layers: 4, Heads: 8, KVHeads: 4, FFN: 1408, Context: 1024, RopeBase: 10000, Seed: 11},
		{Vocab: 8192, Dim: 512, Layers: 4, Heads: 8, KVHeads: 4, FFN: 1408, Context: 1024, RopeBase: 10000, F16: true, Seed: 12},
	} {
		dir := t.TempDir()
		mp := filepath.Join(dir, "synth.gguf")
		if err := synth.WriteLlama(mp, spec); err != nil {
			t.Fatal(err)
		}
		r := NewRunner(mp, []int32{1, 300, 301, 302, 303, 304, 305, 306, 307}, 32, dir)
		var rs []Result
		for _, pair := range Pairs() {
			res, err := r.Run(ctx, pair)
			if err != nil {
				t.Fatal(err)
			}
			rs = append(rs, res)
		}
		r.Close()
		kind := "F32"
		if spec.F16 {
			kind = "F16"
		}
		fmt.Printf("## random-weight llama, dim %d, %d layers, vocab %d, %s weights, 32 positions\n\n%s\n",
			spec.Dim, spec.Layers, spec.Vocab, kind, Table(rs, th))
	}
}

// crossSamplers are the miners' samplers of TestCrossBuild's traces.
var crossSamplers = []logits.Sampler{{}, {TemperatureMilli: 800, TopK: 40}}

// merge joins results of the same pair name.
func merge(rs []Result) []Result {
	var out []Result
	idx := map[string]int{}
	for _, r := range rs {
		if i, ok := idx[r.Pair.Name]; ok {
			out[i].Reports = append(out[i].Reports, r.Reports...)
			out[i].All = append(out[i].All, r.All...)
			out[i].Output, out[i].Recomputed = nil, nil // per-trace data does not merge
			continue
		}
		idx[r.Pair.Name] = len(out)
		out = append(out, r)
	}
	return out
}

// TestCrossBuild compares ggml builds made with different cgo flags, which
// cannot share a process: with POL_CALIB_TRACE_OUT it saves this build's
// miner traces on the bundled model (greedy, and sampled for the
// every-token rule); with POL_CALIB_TRACE_IN it recomputes saved traces with
// this build (prefill) and prints the comparator's metrics over the greedy
// traces and the every-token rule's rejections (spec §9 rule 5) over all.
// scripts/calibrate.sh drives it with a default and an x86-64-v3 build.
func TestCrossBuild(t *testing.T) {
	out, in := os.Getenv("POL_CALIB_TRACE_OUT"), os.Getenv("POL_CALIB_TRACE_IN")
	if out == "" && in == "" {
		t.Skip("driven by scripts/calibrate.sh")
	}
	ctx := context.Background()
	p, f := bundled(t)
	var traces []Trace
	n := 64 // POL_CALIB_N: positions per prompt (2033: the bundled model's whole context)
	if v, err := strconv.Atoi(os.Getenv("POL_CALIB_N")); err == nil && v > 0 {
		n = v
	}
	r := NewRunner(p, nil, n, t.TempDir())
	defer r.Close()
	g1 := Setup{Engine: "ggml", Threads: 1}
	if out != "" {
		for _, text := range []string{"Once upon a time", "Lily and Ben went to the park. They saw", "The little dog was sad because"} {
			prompt, _ := f.Tokenizer.Encode(text)
			for _, kv := range models.AdmittedKV {
				for _, s := range crossSamplers {
					m := g1
					m.KV = kv
					r.Sampler = seeded(s, "cross build", text)
					tr, err := r.MinerTrace(ctx, m, prompt)
					if err != nil {
						t.Fatal(err)
					}
					traces = append(traces, tr)
				}
			}
		}
		fh, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		defer fh.Close()
		if err := gob.NewEncoder(fh).Encode(traces); err != nil {
			t.Fatal(err)
		}
		return
	}
	fh, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	if err := gob.NewDecoder(fh).Decode(&traces); err != nil {
		t.Fatal(err)
	}
	label := os.Getenv("POL_CALIB_LABEL")
	th := models.BundledThresholds[models.ProfileCPUF16]
	var rs []Result
	tokens, rejected := map[string]int{}, map[string]int{}
	for _, tr := range traces {
		for _, s := range []Setup{g1, {Engine: "ggml", Threads: 2}} {
			res, err := r.CompareTrace(ctx, label+" (miner "+tr.Miner+", validator "+s.String()+" prefill)", tr, s)
			if err != nil {
				t.Fatal(err)
			}
			bad, err := res.Inadmissible(th)
			if err != nil {
				t.Fatal(err)
			}
			tokens[tr.Sampler.String()] += len(res.Output)
			rejected[tr.Sampler.String()] += len(bad)
			if tr.Sampler.TemperatureMilli == 0 {
				rs = append(rs, res)
			}
		}
	}
	fmt.Printf("%s\n", Table(merge(rs), th))
	for _, s := range crossSamplers {
		fmt.Printf("every-token rule, %s, %s: %d of %d honest tokens rejected\n", label, s, rejected[s.String()], tokens[s.String()])
	}
	fmt.Println()
}
