package models_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

// bundledThresholds are the bundled model's f16-KV band, the loosest it registers.
func bundledThresholds() logits.Thresholds { return models.BundledThresholds[models.ProfileCPUF16] }

// An honest job passes the every-token check in one prefill, and the
// opened positions' recomputations are Recompute's; a token changed in the
// middle fails rule 5 at exactly that position (after trying f16 too).
func TestRecomputeJob(t *testing.T) {
	ctx := context.Background()
	e := loadRef(t)
	prompt, _ := e.File().Tokenizer.Encode("Once upon a time")
	for _, s := range []logits.Sampler{logits.Greedy, {TemperatureMilli: 800, TopK: 40, Seed: logits.Hash{3}}, {TemperatureMilli: 1000, TopPMilli: 900, Seed: logits.Hash{4}}, {TemperatureMilli: 700, Seed: logits.Hash{5}}} {
		t.Run(s.String(), func(t *testing.T) {
			var sink collectSink
			out, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: 24, Sampler: s, Sink: &sink})
			if err != nil {
				t.Fatal(err)
			}
			c := logits.Claim{Prompt: toU32(prompt), Output: out, Sampler: s, MaxTokens: 24}
			positions := []uint32{23, 4, 11}
			opened := [][]float32{sink[23], sink[4], sink[11]}
			got, err := models.RecomputeJob(ctx, e, prompt, c, bundledThresholds(), positions, opened)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Tokens.Pass || got.Passes != 1 {
				t.Fatalf("honest job: tokens %+v, %d passes", got.Tokens, got.Passes)
			}
			want, _ := models.Recompute(ctx, e, prompt, out, positions)
			for j := range positions {
				if len(got.Opened[j]) != 1 || !slices.Equal(got.Opened[j][0], want[j]) {
					t.Fatalf("position %d: %d recomputations, or not Recompute's", positions[j], len(got.Opened[j]))
				}
			}

			// a token substituted at position 9 (the least likely token:
			// inadmissible under any sampler)
			bad := slices.Clone(out)
			lp := logits.LogSoftmax(sink[9])
			bad[9] = uint32(slices.Index(lp, slices.Min(lp)))
			c.Output = bad
			got, err = models.RecomputeJob(ctx, e, prompt, c, bundledThresholds(), positions, opened)
			if err != nil {
				t.Fatal(err)
			}
			if got.Tokens.Pass || got.Tokens.Position != 9 || !strings.Contains(got.Tokens.Reason, "not admissible") || got.Passes != 2 {
				t.Fatalf("substituted token: %+v, %d passes", got.Tokens, got.Passes)
			}
		})
	}
}

// A job larger than MaxRecomputeBytes is recomputed in chunks of rows on
// one session: the same logits (the reference engine's rows do not depend
// on batching) and the same verdict.
func TestRecomputeJobChunked(t *testing.T) {
	ctx := context.Background()
	e := loadRef(t)
	prompt, _ := e.File().Tokenizer.Encode("Lily and Ben")
	s := logits.Sampler{TemperatureMilli: 900, TopK: 20, Seed: logits.Hash{8}}
	out, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: 17, Sampler: s})
	if err != nil {
		t.Fatal(err)
	}
	out[12] = (out[12] + 1) % 512 // something for rule 5 to find, maybe
	c := logits.Claim{Output: out, Sampler: s, MaxTokens: 17}
	positions := []uint32{16, 0, 5, 12}
	whole, err := models.RecomputeJob(ctx, e, prompt, c, bundledThresholds(), positions, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func(old int) { models.MaxRecomputeBytes = old }(models.MaxRecomputeBytes)
	for _, rows := range []int{1, 3, 16} {
		models.MaxRecomputeBytes = rows * 4 * e.File().Config.VocabSize
		chunked, err := models.RecomputeJob(ctx, e, prompt, c, bundledThresholds(), positions, nil)
		if err != nil {
			t.Fatal(err)
		}
		if chunked.Tokens != whole.Tokens || chunked.Passes != whole.Passes {
			t.Fatalf("%d rows per call: %+v (%d passes), whole: %+v (%d)", rows, chunked.Tokens, chunked.Passes, whole.Tokens, whole.Passes)
		}
		for j := range positions {
			for k := range whole.Opened[j] {
				if !slices.Equal(chunked.Opened[j][k], whole.Opened[j][k]) {
					t.Fatalf("%d rows per call: position %d differs", rows, positions[j])
				}
			}
		}
	}
}

// The f16 pass recomputes only positions not yet accepted: opened vectors
// the comparator rejects at f32, and openings that are missing.
func TestRecomputeJobAdmittedKV(t *testing.T) {
	ctx := context.Background()
	e := loadRef(t)
	prompt := []int32{1, 403, 407, 261, 378}
	out, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: 12, Sampler: logits.Greedy})
	if err != nil {
		t.Fatal(err)
	}
	positions := []uint32{3, 0, 11, 7}
	at := recomputeAtEveryKV(t, e, prompt, out, positions)
	exact := logits.Thresholds{Version: 1, TopK: 32}
	opened := [][]float32{at[models.KVF16][0], at[models.KVF32][1], at[models.KVF16][2], nil}
	got, err := models.RecomputeJob(ctx, e, prompt, logits.Claim{Output: out, Sampler: logits.Greedy}, exact, positions, opened)
	if err != nil {
		t.Fatal(err)
	}
	if got.Passes != 2 || !got.Tokens.Pass {
		t.Fatalf("%d passes, tokens %+v", got.Passes, got.Tokens)
	}
	for j := range positions {
		want := 2
		if j == 1 {
			want = 1
		}
		if len(got.Opened[j]) != want {
			t.Fatalf("position %d: %d recomputations, want %d", positions[j], len(got.Opened[j]), want)
		}
		for k, kv := range models.AdmittedKV[:want] {
			if !slices.Equal(got.Opened[j][k], at[kv][j]) {
				t.Fatalf("position %d at %s differs from RecomputeKV", positions[j], kv)
			}
		}
	}
}

func TestRecomputeJobErrors(t *testing.T) {
	ctx := context.Background()
	e := loadRef(t)
	c := logits.Claim{Output: []uint32{5, 6, 7}, Sampler: logits.Greedy}
	th := bundledThresholds()
	for name, f := range map[string]func() error{
		"position past n": func() error {
			_, err := models.RecomputeJob(ctx, e, []int32{1}, c, th, []uint32{3}, nil)
			return err
		},
		"opened count": func() error {
			_, err := models.RecomputeJob(ctx, e, []int32{1}, c, th, []uint32{1}, [][]float32{nil, nil})
			return err
		},
		"no output": func() error {
			_, err := models.RecomputeJob(ctx, e, []int32{1}, logits.Claim{}, th, nil, nil)
			return err
		},
		"no prompt": func() error {
			_, err := models.RecomputeJob(ctx, e, nil, c, th, nil, nil)
			return err
		},
		"thresholds": func() error {
			_, err := models.RecomputeJob(ctx, e, []int32{1}, c, logits.Thresholds{}, nil, nil)
			return err
		},
	} {
		if f() == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
