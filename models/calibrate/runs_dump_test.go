package calibrate

import (
	"context"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/pol-network/pol/logits"
)

// TestMeasureDump measures every pair on the bundled model over
// POL_CALIB_N positions per default prompt (default: as many as the
// context holds) and saves the runs, without the recomputed logits, to
// POL_CALIB_RUNS_OUT (gob), for choosing spans offline (loadRuns).
func TestMeasureDump(t *testing.T) {
	out := os.Getenv("POL_CALIB_RUNS_OUT")
	if out == "" {
		t.Skip("set POL_CALIB_RUNS_OUT=FILE (and optionally POL_CALIB_N)")
	}
	p, f := bundled(t)
	n := 0
	for _, text := range DefaultPrompts {
		prompt, _ := f.Tokenizer.Encode(text)
		if m := f.Config.ContextLen - len(prompt); n == 0 || m < n {
			n = m
		}
	}
	if s := os.Getenv("POL_CALIB_N"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	t0 := time.Now()
	runs, _, _, err := Measure(context.Background(), Config{Path: p, N: n, Dir: t.TempDir(), Progress: os.Stdout})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("measured %d pairs x %d prompts x %d positions in %s", len(runs), len(DefaultPrompts), n, time.Since(t0).Round(time.Second))
	for i := range runs {
		for j := range runs[i].PerPrompt {
			runs[i].PerPrompt[j].Recomputed = nil
		}
	}
	fh, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	if err := gob.NewEncoder(fh).Encode(runs); err != nil {
		t.Fatal(err)
	}
}

// loadRuns reads runs saved by TestMeasureDump.
func loadRuns(t *testing.T, path string) []Run {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var runs []Run
	if err := gob.NewDecoder(fh).Decode(&runs); err != nil {
		t.Fatal(err)
	}
	return runs
}

// TestChooseDumped applies Choose to runs saved by TestMeasureDump
// (POL_CALIB_RUNS_IN) and prints the tables as `pol calibrate` does; with
// POL_CALIB_OUT=DIR it also writes calibration.json and both pictures there
// (POL_CALIB_SECONDS: the measurement's time, for the JSON).
func TestChooseDumped(t *testing.T) {
	in := os.Getenv("POL_CALIB_RUNS_IN")
	if in == "" {
		t.Skip("set POL_CALIB_RUNS_IN=FILE saved by TestMeasureDump")
	}
	runs := loadRuns(t, in)
	p, f := bundled(t)
	choices, err := Choose(runs, logits.DefaultTopK, DefaultChallenges, DefaultJobs)
	if err != nil {
		t.Log(err)
	}
	id, err := f.ID(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Ref: "bundled", Path: p, Prompts: DefaultPrompts, N: len(runs[0].PerPrompt[0].All), Challenges: DefaultChallenges, Jobs: DefaultJobs}
	c := Describe(cfg, f.Config, id, runs, choices)
	if s := os.Getenv("POL_CALIB_SECONDS"); s != "" { // the measurement's, from TestMeasureDump's log
		if c.Seconds, err = strconv.ParseFloat(s, 64); err != nil {
			t.Fatal(err)
		}
	}
	fmt.Printf("model id   %s  [%s, %d layers, dim %d, heads %d/%d, vocab %d]\n\n", c.Model.ID, c.Model.Arch,
		c.Model.Layers, c.Model.EmbedDim, c.Model.Heads, c.Model.KVHeads, c.Model.VocabSize)
	c.WriteTable(os.Stdout)
	if dir := os.Getenv("POL_CALIB_OUT"); dir != "" {
		if err := c.Save(filepath.Join(dir, "calibration.json")); err != nil {
			t.Fatal(err)
		}
		if err := c.SavePlot(filepath.Join(dir, "calibration.png")); err != nil {
			t.Fatal(err)
		}
		if err := c.SaveSpanPlot(filepath.Join(dir, "calibration-span.png")); err != nil {
			t.Fatal(err)
		}
	}
}
