package calibrate

import (
	"errors"
	"strings"
	"testing"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

// run builds a measured pair whose positions have the given max |Δ logprob|
// (KL and top-1 agree), as one prompt.
func fakeRun(p Pair, deltas ...float64) Run {
	var res Result
	for _, d := range deltas {
		r := logits.Report{MaxDelta: d, KL: d * d / 4}
		res.Reports = append(res.Reports, r)
		res.All = append(res.All, []logits.Report{r})
	}
	return Run{Pair: p, PerPrompt: []Result{res}}
}

var (
	honestF32 = Pair{Name: "f32 honest", Honest: true, Miner: Setup{Engine: "ggml"}}
	honestF16 = Pair{Name: "f16 honest", Honest: true, Miner: Setup{Engine: "ggml", KV: models.KVF16}}
)

// The rule: 1.25 x the largest honest drift per profile (at least 1e-4),
// rounded up to two digits; the all-profiles choice covers the widest.
func TestChooseSeparates(t *testing.T) {
	runs := []Run{
		fakeRun(honestF32, 1e-6, 3e-6),
		fakeRun(honestF16, 1e-3, 2e-3),
		fakeRun(Pair{Name: "cheat", Miner: Setup{Engine: "ggml"}}, 0.05, 0.2),
		fakeRun(Pair{Name: "mild", Mild: true, Miner: Setup{Engine: "ggml"}}, 0.001, 0.01),
	}
	cs, err := Choose(runs, 32, 16, 10)
	if err != nil {
		t.Fatal(err)
	}
	want := map[models.Profile]float64{AllProfiles: 0.0025, models.ProfileCPUF32: 1e-4, models.ProfileCPUF16: 0.0025}
	if len(cs) != 3 {
		t.Fatalf("%d choices", len(cs))
	}
	for _, c := range cs {
		if c.Thresholds.MaxDelta != want[c.Profile] || c.Thresholds.TieMargin != c.Thresholds.MaxDelta || c.Thresholds.TopK != 32 {
			t.Errorf("%s: %+v, want MaxDelta %g", ProfileName(c.Profile), c.Thresholds, want[c.Profile])
		}
		if c.DishonestPair != "cheat" || c.DishonestMinDelta != 0.05 {
			t.Errorf("%s: closest cheat %q at %g", ProfileName(c.Profile), c.DishonestPair, c.DishonestMinDelta)
		}
	}
	if round2(0.00125) != 0.0013 || round2(0.015) != 0.015 || round2(5.7e-5) != 5.7e-5 {
		t.Errorf("round2: %g %g %g", round2(0.00125), round2(0.015), round2(5.7e-5))
	}
}

// With a cheat inside the honest band at one position, or a mild cheat
// that escapes simulated jobs, Choose refuses and names the pair.
func TestChooseRefuses(t *testing.T) {
	honest := fakeRun(honestF16, 1e-3, 2e-3)
	for _, c := range []struct {
		cheat Run
		want  string
	}{
		{fakeRun(Pair{Name: "overlapping cheat", Miner: Setup{Engine: "ggml"}}, 0.3, 0.002), `cheat "overlapping cheat" passes at 1 of 2 positions`},
		{fakeRun(Pair{Name: "mild", Mild: true, Miner: Setup{Engine: "ggml"}}, 0.001, 0.002, 0.003, 0.002), `mild cheat "mild" escapes`},
	} {
		_, err := Choose([]Run{honest, c.cheat}, 32, 1, 20)
		if !errors.Is(err, ErrNoSeparation) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want ErrNoSeparation naming %q", c.cheat.Pair.Name, err, c.want)
		}
	}
	if _, err := Choose([]Run{fakeRun(Pair{Name: "cheat"}, 1)}, 32, 16, 10); !errors.Is(err, ErrNoSeparation) {
		t.Errorf("no honest pairs: %v", err)
	}
}
