package ggml

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/pol-network/pol/models"
)

// Two engines in one process (an in-process devnet's miners, a tool that
// loads a miner's and a validator's engine) computing at the same time give
// the same logits as each alone: a long f32 generation while an f16 engine
// runs short ones. Without backendMu the backends corrupted each other
// within milliseconds (NaN logits at the first position of the short ones
// and mid-way through the long one, sometimes a segfault).
func TestTwoEnginesComputeAtOnce(t *testing.T) {
	p := bundled(t)
	a := load(t, p, Options{Threads: 1})
	b := load(t, p, Options{Threads: 1, KV: models.KVF16})
	prompt, _ := a.File().Tokenizer.Encode("Once upon a time")
	wantLong, _ := greedy(t, a, prompt, 600)
	wantShort, _ := greedy(t, b, prompt, 16)
	var wg sync.WaitGroup
	wg.Add(2)
	var long []uint32
	var errA error
	go func() {
		defer wg.Done()
		long, errA = models.Generate(context.Background(), a, prompt, models.GenerateOptions{N: 600})
	}()
	shorts := make([][]uint32, 20)
	var errB error
	go func() {
		defer wg.Done()
		for i := range shorts {
			if shorts[i], errB = models.Generate(context.Background(), b, prompt, models.GenerateOptions{N: 16}); errB != nil {
				return
			}
		}
	}()
	wg.Wait()
	if errA != nil || errB != nil {
		t.Fatalf("long f32 generation: %v; short f16 generations: %v", errA, errB)
	}
	if !slices.Equal(long, models.Uint32s(wantLong)) {
		t.Errorf("the long generation differs when another engine runs at the same time")
	}
	for i, s := range shorts {
		if !slices.Equal(s, models.Uint32s(wantShort)) {
			t.Errorf("short generation %d differs when another engine runs at the same time", i)
		}
	}
}
