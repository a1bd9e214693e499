package perf

import (
	"context"
	"testing"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/ref"
)

func bundled(t *testing.T) models.Engine {
	t.Helper()
	path, err := models.Resolve(context.Background(), models.BundledName)
	if err != nil {
		t.Fatal(err)
	}
	e, err := ref.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// Both measurements run on the bundled model and report one ratio per run;
// an honest check passes (it would stop the measurement otherwise) and
// thresholds that cannot admit anything stop it with an error.
func TestMeasurementsRunAndReport(t *testing.T) {
	ctx := context.Background()
	e := bundled(t)
	cfg := Config{Prompt: []int32{1, 403, 407}, N: 12, Runs: 3, Sampler: logits.Greedy, Thresholds: models.BundledThresholds[models.ProfileCPUF32], K: 4}
	var seen []float64
	cfg.Progress = func(_ int, r float64) { seen = append(seen, r) }
	c, err := CheckVsGenerate(ctx, e, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if c.Ratio.Runs != 3 || len(seen) != 3 || c.GenSeconds <= 0 || c.CheckSeconds <= 0 || c.Ratio.Min > c.Ratio.Median || c.Ratio.Median > c.Ratio.Max {
		t.Fatalf("check report %+v, progress %v", c, seen)
	}
	seen = nil
	m, err := CommitOverhead(ctx, e, cfg, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if m.Ratio.Runs != 3 || len(seen) != 3 || m.PlainTokensPerSecond <= 0 || m.Ratio.Min <= 0 {
		t.Fatalf("commit report %+v, progress %v", m, seen)
	}
	cfg.Runs = 0
	if _, err := CheckVsGenerate(ctx, e, cfg); err == nil {
		t.Fatal("zero runs measured")
	}
}

func TestSpreadOf(t *testing.T) {
	s := spreadOf([]float64{5, 1, 3, 2, 4})
	if s.Median != 3 || s.Min != 1 || s.Max != 5 || s.Q1 != 2 || s.Q3 != 4 || s.Runs != 5 {
		t.Fatalf("%+v", s)
	}
}
