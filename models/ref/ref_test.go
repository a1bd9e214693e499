package ref

import (
	"context"
	"math"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	fsggml "github.com/ollama/ollama/fs/ggml"

	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/synth"
)

func bundled(t *testing.T) string {
	t.Helper()
	p, err := models.BundledModelPath(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Sessions share only read-only weights: concurrent use gives the same
// logits as sequential use (run with -race).
func TestConcurrentSessions(t *testing.T) {
	e, err := Load(bundled(t))
	if err != nil {
		t.Fatal(err)
	}
	tokens := []int32{1, 403, 407, 261, 378, 29, 436}
	run := func() [][]float32 {
		s, _ := e.NewSession(0)
		defer s.Close()
		out, err := s.Forward(tokens, []int{0, 3, 6})
		if err != nil {
			t.Error(err)
		}
		return out
	}
	want := run()
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := run(); !reflect.DeepEqual(got, want) {
				t.Error("concurrent session differs")
			}
		}()
	}
	wg.Wait()
	// Batched and token-by-token forward passes are identical in ref.
	s, _ := e.NewSession(0)
	var last []float32
	for _, tok := range tokens {
		if last, err = models.Decode(s, tok); err != nil {
			t.Fatal(err)
		}
	}
	if !reflect.DeepEqual(last, want[2]) {
		t.Error("decode and prefill differ")
	}
	if _, err := s.Forward([]int32{512}, nil); err == nil {
		t.Error("token outside the vocabulary accepted")
	}
}

// Quantized copies load (Q8_0/Q4_0 dequantized to float32) and stay close
// to the original at Q8_0.
func TestQuantizedModel(t *testing.T) {
	src := bundled(t)
	orig, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	tokens := []int32{1, 403, 407, 261, 378}
	logits := func(e *Engine) []float32 {
		s, _ := e.NewSession(0)
		l, err := models.Prefill(s, tokens)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	want := logits(orig)
	for _, c := range []struct {
		kind   fsggml.TensorType
		within float64
	}{{fsggml.TensorTypeQ8_0, 0.2}, {fsggml.TensorTypeF16, 0.01}} {
		p := filepath.Join(t.TempDir(), "q.gguf")
		if err := synth.Rewrite(src, p, synth.Quantize(c.kind), nil); err != nil {
			t.Fatal(err)
		}
		e, err := Load(p)
		if err != nil {
			t.Fatal(err)
		}
		var maxd float64
		for i, v := range logits(e) {
			maxd = math.Max(maxd, math.Abs(float64(v-want[i])))
		}
		t.Logf("%v copy: max |Δ logit| %.3g", c.kind, maxd)
		if maxd == 0 || maxd > c.within {
			t.Errorf("%v copy: max |Δ logit| %g", c.kind, maxd)
		}
	}
}
