package models_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/ref"
)

func loadRef(t testing.TB) *ref.Engine {
	t.Helper()
	p, err := models.BundledModelPath(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	e, err := ref.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// Generate streams into a commitment; every opened position verifies, and
// Recompute reproduces the committed logits exactly on the same engine.
func TestGenerateCommitRecompute(t *testing.T) {
	ctx := context.Background()
	e := loadRef(t)
	prompt, _ := e.File().Tokenizer.Encode("Once upon a time")
	store, err := logits.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	job := logits.JobID{7}
	b, err := store.Create(job, e.File().Config.VocabSize)
	if err != nil {
		t.Fatal(err)
	}
	sampler := logits.Sampler{TemperatureMilli: 800, TopK: 40, Seed: logits.Hash{9}}
	out, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: 32, Sampler: sampler, Sink: b})
	if err != nil {
		t.Fatal(err)
	}
	root, n, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	if int(n) != len(out) || len(out) != 32 {
		t.Fatalf("n = %d, %d tokens", n, len(out))
	}
	if !slices.Equal(b.Tokens(), out) {
		t.Fatal("committed tokens differ from returned tokens")
	}
	positions := []uint32{31, 0, 17, 17, 5}
	rec, err := models.Recompute(ctx, e, prompt, out, positions)
	if err != nil {
		t.Fatal(err)
	}
	claim := logits.Claim{Root: root, Prompt: toU32(prompt), Output: out, Sampler: sampler}
	for j, p := range positions {
		o, err := store.Open(job, p)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(o.Logits, rec[j]) {
			t.Errorf("position %d: recomputed logits differ from committed ones on the same engine", p)
		}
		v, err := logits.Judge(claim, o, logits.DefaultThresholds(), rec[j])
		if err != nil || !v.Pass {
			t.Errorf("position %d: %+v %v", p, v, err)
		}
	}
	// A recomputation over a different token history fails the comparator.
	other := slices.Clone(out)
	other[3] = (other[3] + 1) % 512
	bad, _ := models.Recompute(ctx, e, prompt, other, []uint32{20})
	o, _ := store.Open(job, 20)
	if v, _ := logits.Judge(claim, o, logits.DefaultThresholds(), bad[0]); v.Pass {
		t.Error("a different history passed")
	}
	if _, err := models.Recompute(ctx, e, prompt, out, []uint32{32}); err == nil {
		t.Error("position past the output accepted")
	}
}

// eosAfter wraps an engine so that EOS wins once the context reaches k
// tokens (the bundled model rarely ends a story by itself).
type eosAfter struct {
	models.Engine
	k int
}

func (e eosAfter) NewSession(n int) (models.Session, error) {
	s, err := e.Engine.NewSession(n)
	return eosSession{s, e}, err
}

type eosSession struct {
	models.Session
	e eosAfter
}

func (s eosSession) Forward(tokens []int32, outputs []int) ([][]float32, error) {
	start := s.Len()
	ls, err := s.Session.Forward(tokens, outputs)
	for j, o := range outputs {
		if err == nil && start+o+1 >= s.e.k {
			ls[j][s.e.File().Tokenizer.EOS()] = 1e4
		}
	}
	return ls, err
}

func TestGenerateStopAtEOG(t *testing.T) {
	e := eosAfter{loadRef(t), 12}
	prompt, _ := e.File().Tokenizer.Encode("Once upon a time")
	out, err := models.Generate(context.Background(), e, prompt, models.GenerateOptions{N: 50, StopAtEOG: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 12-len(prompt)+1 || out[len(out)-1] != uint32(e.File().Tokenizer.EOS()) {
		t.Fatalf("generation did not stop at EOS: %v", out)
	}
	out, _ = models.Generate(context.Background(), e, prompt, models.GenerateOptions{N: 50})
	if len(out) != 50 {
		t.Fatalf("without StopAtEOG: %d tokens", len(out))
	}
}

func toU32(v []int32) []uint32 {
	out := make([]uint32, len(v))
	for i, x := range v {
		out[i] = uint32(x)
	}
	return out
}

// Greedy generation on the bundled model with the reference engine.
func ExampleGenerate() {
	ctx := context.Background()
	path, err := models.BundledModelPath(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	e, err := ref.Load(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	tok := e.File().Tokenizer
	prompt, _ := tok.Encode("Once upon a time")
	out, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: 11, Sampler: logits.Greedy})
	if err != nil {
		fmt.Println(err)
		return
	}
	ids := make([]int32, len(out))
	for i, t := range out {
		ids[i] = int32(t)
	}
	fmt.Printf("%v %q\n", prompt, tok.Decode(ids))
	// Output: [1 403 407 261 378] ", there was a little girl named Lily."
}

// failingSink accepts k positions, then fails.
type failingSink struct{ k, n int }

func (f *failingSink) Append(uint32, []float32) error {
	if f.n == f.k {
		return fmt.Errorf("disk full")
	}
	f.n++
	return nil
}

func TestGenerateSinkError(t *testing.T) {
	e := loadRef(t)
	prompt, _ := e.File().Tokenizer.Encode("Once upon a time")
	sink := &failingSink{k: 5}
	out, err := models.Generate(context.Background(), e, prompt, models.GenerateOptions{N: 200, Sink: sink})
	if err == nil || !strings.Contains(err.Error(), "position 5: disk full") {
		t.Fatalf("sink error not reported: %v", err)
	}
	if len(out) == 200 {
		t.Fatal("generation went on after the sink failed")
	}
}

// A generation resumed after r positions (prompt and stored tokens
// prefilled in one pass) continues exactly as the uninterrupted one, the
// sink seeing only the new positions; stored tokens the sampler would not
// pick are ErrResumeDiverged.
func TestGenerateResume(t *testing.T) {
	ctx := context.Background()
	e := loadRef(t)
	prompt := []int32{1, 403, 407, 261, 378}
	s := logits.Sampler{TemperatureMilli: 900, TopK: 20, Seed: logits.Hash{3}}
	var whole collectSink
	want, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: 10, Sampler: s, Sink: &whole})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []int{0, 1, 4, 10} {
		var tail collectSink
		got, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: 10, Sampler: s, Sink: &tail, Resume: want[:r]})
		if err != nil {
			t.Fatalf("resume after %d: %v", r, err)
		}
		if !slices.Equal(got, want) || len(tail) != 10-r {
			t.Fatalf("resume after %d: tokens %v (sink got %d), want %v", r, got, len(tail), want)
		}
		for i := range tail {
			if !slices.Equal(tail[i], whole[r+i]) {
				t.Fatalf("resume after %d: position %d logits differ", r, r+i)
			}
		}
	}
	bad := slices.Clone(want[:4])
	bad[2] = (bad[2] + 1) % 512
	if _, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: 10, Sampler: s, Resume: bad}); !errors.Is(err, models.ErrResumeDiverged) {
		t.Fatalf("resume over a token the sampler does not pick: %v", err)
	}
	if _, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: 3, Sampler: s, Resume: want[:4]}); err == nil {
		t.Fatal("resuming more positions than the job has succeeded")
	}
}

// storedSink is a ResumeSink over positions kept in memory: what a resumed
// logits.Builder holds.
type storedSink struct {
	tokens    []uint32
	vecs      [][]float32
	truncated int
}

func (s *storedSink) Append(t uint32, l []float32) error {
	s.tokens, s.vecs = append(s.tokens, t), append(s.vecs, l)
	return nil
}

func (s *storedSink) Matches(i int, t uint32, l []float32) bool {
	return s.tokens[i] == t && slices.Equal(s.vecs[i], l)
}

func (s *storedSink) Truncate(n int) error {
	s.truncated = n
	s.tokens, s.vecs = s.tokens[:n], s.vecs[:n]
	return nil
}

// With a ResumeSink, a stored position whose logits differ from the
// recomputation (by one ulp here, its token unchanged) or whose token the
// sampler does not pick is dropped with everything after it, and
// generation continues from there: the sink ends up with exactly the
// uninterrupted run.
func TestGenerateResumeRegeneratesFromFirstMismatch(t *testing.T) {
	ctx := context.Background()
	e := loadRef(t)
	prompt := []int32{1, 403, 407, 261, 378}
	s := logits.Sampler{TemperatureMilli: 900, TopK: 20, Seed: logits.Hash{4}}
	var whole collectSink
	want, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: 10, Sampler: s, Sink: &whole})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		alter func(*storedSink)
		keep  int
	}{
		{"intact", func(*storedSink) {}, 6},
		{"logit off by one ulp", func(st *storedSink) { st.vecs[2][7] = math.Nextafter32(st.vecs[2][7], 1e9) }, 2},
		{"token", func(st *storedSink) { st.tokens[4] = (st.tokens[4] + 1) % 512 }, 4},
	} {
		st := &storedSink{truncated: -1}
		for i := range 6 {
			st.Append(want[i], slices.Clone(whole[i]))
		}
		tc.alter(st)
		got, err := models.Generate(ctx, e, prompt, models.GenerateOptions{N: 10, Sampler: s, Sink: st, Resume: slices.Clone(st.tokens)})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if wantTrunc := map[bool]int{true: -1, false: tc.keep}[tc.keep == 6]; st.truncated != wantTrunc {
			t.Fatalf("%s: truncated at %d, want %d", tc.name, st.truncated, wantTrunc)
		}
		if !slices.Equal(got, want) || !slices.Equal(st.tokens, want) {
			t.Fatalf("%s: tokens %v, sink %v, want %v", tc.name, got, st.tokens, want)
		}
		for i := range whole {
			if !slices.Equal(st.vecs[i], whole[i]) {
				t.Fatalf("%s: position %d logits differ from the uninterrupted run", tc.name, i)
			}
		}
	}
}
