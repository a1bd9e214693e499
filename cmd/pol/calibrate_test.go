package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/calibrate"
	"github.com/pol-network/pol/models/synth"
)

// calibrated runs `pol calibrate` and loads what it wrote, checking the
// files and the JSON's fields.
func calibrated(t *testing.T, model string, args ...string) (*calibrate.Calibration, string) {
	t.Helper()
	dir := t.TempDir()
	code, out, errs := runPol(t, append([]string{"calibrate", "-model", model, "-out", dir}, args...)...)
	if code != 0 {
		t.Fatalf("pol calibrate: exit %d\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{"[14/14] different prompt token", "pair ", "span limited by", "profile    span  honest max (at context)", "wrote      "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if slices.Contains(args, "svg") {
		for name, want := range map[string]string{"calibration.svg": "max_delta", "calibration-span.svg": "up to span"} {
			svg, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil || !bytes.Contains(svg, []byte("<svg")) || !bytes.Contains(svg, []byte(want)) {
				t.Fatalf("%s: %d bytes, %v", name, len(svg), err)
			}
		}
	} else {
		for _, name := range []string{"calibration.png", "calibration-span.png"} {
			png, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) || len(png) < 10000 {
				t.Fatalf("%s: %d bytes, %v", name, len(png), err)
			}
		}
	}
	js := filepath.Join(dir, "calibration.json")
	c, err := calibrate.Load(js)
	if err != nil {
		t.Fatal(err)
	}
	if c.Schema != calibrate.Schema || c.Model.Ref != model || c.Engines["ggml"] == "" || c.Engines["ref"] == "" ||
		c.Challenges != calibrate.DefaultChallenges || c.Rule.SafetyFactor != calibrate.SafetyFactor || c.Seconds <= 0 {
		t.Errorf("calibration header: %+v", c)
	}
	if len(c.Pairs) != len(calibrate.Pairs()) {
		t.Errorf("%d pairs, want %d", len(c.Pairs), len(calibrate.Pairs()))
	}
	var profiles []models.Profile
	for _, p := range c.Profiles {
		profiles = append(profiles, p.Profile)
	}
	if !slices.Equal(profiles, []models.Profile{models.ProfileCPUF32, models.ProfileCPUF16}) || c.All.Profile != calibrate.AllProfiles {
		t.Errorf("profiles %v, all %v", profiles, c.All.Profile)
	}
	checkSeparates(t, c)
	return c, js
}

// withinSpan returns a pair's per-position values (prompt by prompt, as
// the JSON lists them) at the positions whose context, prompt + position +
// 1, is at most span.
func withinSpan(c *calibrate.Calibration, values []float64, span int) []float64 {
	var out []float64
	for j, v := range values {
		if c.PromptTokens[j/c.Positions]+j%c.Positions+1 <= span {
			out = append(out, v)
		}
	}
	return out
}

// checkSeparates checks, from the per-position values in the JSON (not
// from the verdicts the tool computed), that each chosen set of thresholds
// passes every honest pair it covers at every position within its span and
// fails every every-position cheat at every position within it, and that
// the verdicts agree (every-job cheats: caught in every simulated job).
func checkSeparates(t *testing.T, c *calibrate.Calibration) {
	t.Helper()
	if len(c.PromptTokens) != len(c.Prompts) {
		t.Fatalf("%d prompt lengths for %d prompts", len(c.PromptTokens), len(c.Prompts))
	}
	measured := slices.Min(c.PromptTokens) + c.Positions
	choices := append([]calibrate.ProfileChoice{c.All}, c.Profiles...)
	for ci, pc := range choices {
		th := pc.Thresholds
		if th.TopK != 32 || !(th.MaxDelta >= calibrate.MinMaxDelta) || th.TieMargin != th.MaxDelta || !(th.MaxKL > 0) || th.Version != 1 {
			t.Errorf("%s: thresholds %+v", pc.ProfileName, th)
		}
		if th.Span < 2 || th.Span > measured || (!slices.Contains(calibrate.Ladder, th.Span) && th.Span != measured) || pc.Limit == "" {
			t.Errorf("%s: span %d (measured up to %d), limited by %q", pc.ProfileName, th.Span, measured, pc.Limit)
		}
		// (an honest drift of exactly 0, as an f16 cache between the engines
		// over a short context, has margin 0: no ratio)
		if !(pc.HonestMaxDelta == 0 && pc.HonestMargin == 0 || pc.HonestMargin >= calibrate.SafetyFactor*0.999) || !(pc.DishonestMargin > 1) {
			t.Errorf("%s: margins honest %.3g dishonest %.3g", pc.ProfileName, pc.HonestMargin, pc.DishonestMargin)
		}
		for _, p := range c.Pairs {
			if len(p.MaxDelta.Values) != p.Positions || len(p.Verdicts) != len(choices) {
				t.Fatalf("pair %q: %d values, %d positions, %d verdicts", p.Name, len(p.MaxDelta.Values), p.Positions, len(p.Verdicts))
			}
			v := p.Verdicts[ci]
			deltas, kls := withinSpan(c, p.MaxDelta.Values, th.Span), withinSpan(c, p.KL.Values, th.Span)
			if len(deltas) == 0 || v.Positions != len(deltas) {
				t.Fatalf("%s: pair %q: %d positions within span %d, verdict over %d", pc.ProfileName, p.Name, len(deltas), th.Span, v.Positions)
			}
			covered := p.Honest && (pc.Profile == calibrate.AllProfiles || p.Profile == pc.Profile)
			switch {
			case covered:
				if slices.Max(deltas) > th.MaxDelta || slices.Max(kls) > th.MaxKL || v.Passed != v.Positions {
					t.Errorf("%s: honest pair %q: max |Δ| %.3g, KL %.3g, %d/%d pass", pc.ProfileName, p.Name, slices.Max(deltas), slices.Max(kls), v.Passed, v.Positions)
				}
			case p.Class == "every-position":
				if slices.Min(deltas) <= th.MaxDelta || v.Passed != 0 {
					t.Errorf("%s: cheat %q: min |Δ| %.3g <= %g, %d pass", pc.ProfileName, p.Name, slices.Min(deltas), th.MaxDelta, v.Passed)
				}
			case p.Class == "every-job":
				reaching := 0 // prompts with positions within the span
				for _, pt := range c.PromptTokens {
					if pt < th.Span {
						reaching++
					}
				}
				if v.JobsCaught != v.Jobs || v.Jobs != reaching*c.JobsPerPrompt {
					t.Errorf("%s: mild cheat %q caught in %d of %d jobs", pc.ProfileName, p.Name, v.JobsCaught, v.Jobs)
				}
			}
		}
	}
}

// `pol calibrate -model bundled` writes calibration.json and the picture;
// its thresholds separate every pair it ran, land near the registered
// bundled thresholds (within 21 tokens the engines agree to 1e-4 at either
// KV precision, so the all-profiles band lies between the rule's floor and
// the bundled f16 band), and
// `pol prove -calibration` judges with them.
func TestCalibrateBundled(t *testing.T) {
	if raceEnabled {
		t.Skip("minutes under the race detector; single-goroutine arithmetic")
	}
	c, js := calibrated(t, "bundled", "-n", "16")
	if c.Model.ID != models.BundledID || len(c.Prompts) != len(calibrate.DefaultPrompts) || c.Positions != 16 {
		t.Errorf("model %s, %d prompts, %d positions", c.Model.ID, len(c.Prompts), c.Positions)
	}
	// 16 positions after the shortest prompt ("Once upon a time", 5 tokens)
	// reach context 21, below the ladder's first step: that is every span.
	for _, pc := range append([]calibrate.ProfileChoice{c.All}, c.Profiles...) {
		if pc.Thresholds.Span != 21 || !strings.Contains(pc.Limit, "longest context measured (21)") {
			t.Errorf("%s: span %d, limited by %q; want 21, the longest context measured", pc.ProfileName, pc.Thresholds.Span, pc.Limit)
		}
	}
	if all := c.All; all.Thresholds.MaxDelta < calibrate.MinMaxDelta || all.Thresholds.MaxDelta > models.BundledThresholds[models.ProfileCPUF16].MaxDelta || all.HonestMaxDelta > 1e-4 {
		t.Errorf("all-profiles MaxDelta %g (honest max %g by %q), want between %g and the bundled %g, honest max below 1e-4", all.Thresholds.MaxDelta, all.HonestMaxDelta, all.HonestPair, calibrate.MinMaxDelta, models.BundledThresholds[models.ProfileCPUF16].MaxDelta)
	}
	code, out, errs := runPol(t, "prove", "-calibration", js, "-n", "17", "-k", "6")
	if code == 0 || !strings.Contains(errs+out, "beyond the calibrated span") {
		t.Fatalf("prove beyond the span: exit %d\n%s\n%s", code, out, errs)
	}
	code, out, errs = runPol(t, "prove", "-calibration", js, "-n", "16", "-k", "6")
	if code != 0 || !strings.Contains(out, "(the band of a 21-token job: the loosest profile whose span covers it; from "+js+")") ||
		!strings.Contains(out, "profile    cpu-f32kv, calibrated over jobs up to 21 tokens") || !strings.Contains(out, "verdict    PASS") {
		t.Fatalf("honest prove: exit %d\n%s\n%s", code, out, errs)
	}
	code, out, _ = runPol(t, "prove", "-calibration", js, "-n", "16", "-k", "6", "-cheat", "quantized")
	if code != 1 || !strings.Contains(out, "verdict    FAIL: 6 of 6") {
		t.Fatalf("quantized prove: exit %d\n%s", code, out)
	}
}

// newShapes are random-weight llama models of shapes no other test uses:
// grouped, multi-head and multi-query attention, three rope bases (one the
// GGUF default), three vocabulary sizes.
var newShapes = []synth.Spec{
	{Vocab: 700, Dim: 96, Layers: 2, Heads: 6, KVHeads: 2, FFN: 192, Context: 256, RopeBase: 50000, Seed: 31},
	{Vocab: 1000, Dim: 128, Layers: 2, Heads: 4, KVHeads: 4, FFN: 256, Context: 256, Seed: 32},
	{Vocab: 1500, Dim: 64, Layers: 3, Heads: 8, KVHeads: 1, FFN: 160, Context: 256, RopeBase: 1e6, Seed: 33},
}

// On each new shape, `pol calibrate` then `pol prove -calibration`: honest
// rounds pass at both KV precisions, -cheat quantized and -cheat perturbed
// fail every job (two seeds each).
func TestCalibrateRandomModels(t *testing.T) {
	if raceEnabled {
		t.Skip("minutes under the race detector; single-goroutine arithmetic")
	}
	for i, spec := range newShapes {
		t.Run(strings.Join([]string{"shape", string(rune('A' + i))}, ""), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "m.gguf")
			if err := synth.WriteLlama(path, spec); err != nil {
				t.Fatal(err)
			}
			prompts := filepath.Join(t.TempDir(), "prompts.txt")
			if err := os.WriteFile(prompts, []byte("the cat sat\n\nonce upon a time there was\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			// the span is the shorter prompt + n: long enough for the proofs below
			args := []string{"-n", "24", "-prompts", prompts}
			if i == 2 {
				args = append(args, "-picture", "svg")
			}
			c, js := calibrated(t, path, args...)
			if len(c.Prompts) != 2 || c.Model.VocabSize != spec.Vocab || c.Model.KVHeads != spec.KVHeads {
				t.Errorf("calibrated %d prompts on vocab %d, kv heads %d", len(c.Prompts), c.Model.VocabSize, c.Model.KVHeads)
			}
			prove := func(args ...string) (int, string) {
				code, out, errs := runPol(t, append([]string{"prove", "-model", path, "-calibration", js, "-prompt", "the cat", "-n", "16", "-k", "8", "-temp", "0"}, args...)...)
				if code != 0 && code != 1 {
					t.Fatalf("prove %v: exit %d\n%s\n%s", args, code, out, errs)
				}
				return code, out + errs
			}
			for _, kv := range []string{"f32", "f16"} {
				if code, out := prove("-kv", kv); code != 0 || !strings.Contains(out, "profile    cpu-"+kv+"kv") {
					t.Errorf("honest prove -kv %s: exit %d\n%s", kv, code, out)
				}
			}
			for _, cheat := range []string{"quantized", "perturbed"} {
				for _, seed := range []string{"a", "b"} {
					if code, out := prove("-cheat", cheat, "-seed", seed); code != 1 || !strings.Contains(out, "verdict    FAIL: 8 of 8") {
						t.Errorf("prove -cheat %s -seed %s: exit %d\n%s", cheat, seed, code, out)
					}
				}
			}
		})
	}
}

// Without -calibration, pol prove on a model pol has no thresholds for says
// what to run, instead of judging with made-up defaults; with -calibrate it
// calibrates first.
func TestProveUncalibrated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.gguf")
	if err := synth.WriteLlama(path, newShapes[0]); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runPol(t, "prove", "-model", path)
	for _, want := range []string{"no calibrated thresholds", "pol calibrate -model " + path + " -out DIR", "pol prove -model " + path + " -calibration DIR/calibration.json"} {
		if code != 1 || !strings.Contains(errs, want) {
			t.Errorf("exit %d, stderr lacks %q:\n%s\n%s", code, want, out, errs)
		}
	}
	if raceEnabled {
		return
	}
	// Asked to, it calibrates first and judges by that calibration.
	code, out, errs = runPol(t, "prove", "-model", path, "-calibrate", "-n", "12", "-k", "4", "-prompt", "the cat")
	if code != 0 || !strings.Contains(out, "has no calibration: running pol calibrate first") || !strings.Contains(out, "[14/14]") ||
		!strings.Contains(out, "profile    cpu-f32kv, calibrated over jobs up to ") || !strings.Contains(out, "verdict    PASS") {
		t.Fatalf("prove -calibrate: exit %d\n%s\n%s", code, out, errs)
	}
}

// scripts/calibrate-gpu.sh stops with a clear message, before building
// anything, on a machine without an NVIDIA GPU.
func TestCalibrateGPUScriptNeedsGPU(t *testing.T) {
	if _, err := exec.LookPath("nvidia-smi"); err == nil {
		t.Skip("nvidia-smi is installed here: the script would run the calibration")
	}
	out, err := exec.Command("bash", "../../scripts/calibrate-gpu.sh", "bundled", t.TempDir()).CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 || !strings.Contains(string(out), "calibrate-gpu: no NVIDIA GPU here") {
		t.Fatalf("exit %v, output:\n%s", err, out)
	}
}

// A calibration longer than the model's context is refused before any
// measurement, saying which -n fits.
func TestCalibrateBeyondContext(t *testing.T) {
	code, out, errs := runPol(t, "calibrate", "-model", "bundled", "-n", "2040", "-out", t.TempDir())
	want := `prompt "Lily and Ben went to the park. They saw" (15 tokens) + 2040 positions = 2055 exceeds the model's context of 2048 tokens: lower -n to 2033`
	if code == 0 || !strings.Contains(errs, want) || strings.Contains(out, "[ 1/14]") {
		t.Fatalf("exit %d\n%s\n%s\nwant %q", code, out, errs, want)
	}
}
