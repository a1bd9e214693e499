package models_test

import (
	"context"
	"slices"
	"testing"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

// RecomputeAdmitted recomputes at the next admitted precision only the
// positions no earlier recomputation matched, and its results equal
// RecomputeKV's at each precision.
func TestRecomputeAdmitted(t *testing.T) {
	ctx := context.Background()
	e := loadRef(t)
	prompt := []int32{1, 403, 407, 261, 378}
	var sink collectSink
	out, err := models.Generate(ctx, models.WithKV(e, models.KVF16), prompt, models.GenerateOptions{N: 12, Sampler: logits.Greedy, Sink: &sink})
	if err != nil {
		t.Fatal(err)
	}
	positions := []uint32{3, 0, 11, 7}
	at := recomputeAtEveryKV(t, e, prompt, out, positions)
	// With exact-match thresholds, the opened vector of position index 1 is
	// the f32 recomputation (matched at once); the others are the f16 ones,
	// which need the second precision. Index 3's opening is missing: it is
	// recomputed at every precision.
	exact := logits.Thresholds{Version: 1, TopK: 32}
	opened := [][]float32{at[models.KVF16][0], at[models.KVF32][1], at[models.KVF16][2], nil}
	got, err := models.RecomputeAdmitted(ctx, e, prompt, out, positions, opened, exact)
	if err != nil {
		t.Fatal(err)
	}
	for j := range positions {
		want := 2
		if j == 1 {
			want = 1
		}
		if len(got[j]) != want {
			t.Fatalf("position %d: %d recomputations, want %d", positions[j], len(got[j]), want)
		}
		for k, kv := range models.AdmittedKV[:want] {
			if !slices.Equal(got[j][k], at[kv][j]) {
				t.Fatalf("position %d at %s differs from RecomputeKV", positions[j], kv)
			}
		}
	}
	// The f16 miner's logits are the f16 recomputation's, not the f32 one's.
	if !slices.Equal(at[models.KVF16][2], sink[11]) || slices.Equal(at[models.KVF32][2], sink[11]) {
		t.Fatal("f16 recomputation does not reproduce the f16 generation")
	}
	if _, err := models.ParseKV("q8"); err == nil {
		t.Fatal("unknown precision parsed")
	}
}

type collectSink [][]float32

func (c *collectSink) Append(_ uint32, l []float32) error {
	*c = append(*c, slices.Clone(l))
	return nil
}

// recomputeAtEveryKV recomputes positions of prompt ++ out at every admitted KV precision.
func recomputeAtEveryKV(t *testing.T, e models.Engine, prompt []int32, out, positions []uint32) map[models.KV][][]float32 {
	t.Helper()
	at := map[models.KV][][]float32{}
	for _, kv := range models.AdmittedKV {
		var err error
		if at[kv], err = models.RecomputeKV(context.Background(), e, kv, prompt, out, positions); err != nil {
			t.Fatal(err)
		}
	}
	return at
}
