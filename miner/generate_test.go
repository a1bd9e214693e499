package miner

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/ref"
)

// TestResumedGenerationEqualsUninterrupted stops a generation on the real
// bundled model after 3 of 8 positions (the process "dies": the builder is
// closed, not finished), then lets the daemon's generation resume from the
// store: the commitment must be the one an uninterrupted run produces.
func TestResumedGenerationEqualsUninterrupted(t *testing.T) {
	ctx := context.Background()
	engine := bundledRef(t)
	prompt, err := engine.File().Tokenizer.Encode("Once upon a time")
	if err != nil {
		t.Fatal(err)
	}
	g := Generate{Job: logits.JobID{1}, Prompt: "Once upon a time", N: 8,
		Sampler: logits.Sampler{TemperatureMilli: 900, TopK: 20, Seed: logits.Hash{7}}}
	vocab := engine.File().Config.VocabSize

	// uninterrupted reference
	whole, err := logits.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	b, err := whole.Create(g.Job, vocab)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := models.Generate(ctx, engine, prompt, models.GenerateOptions{N: 8, Sampler: g.Sampler, StopAtEOG: true, Sink: b}); err != nil {
		t.Fatal(err)
	}
	wantRoot, wantN, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}

	// interrupted after 3 positions, then resumed by the daemon
	store, err := logits.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	b, err = store.Create(g.Job, vocab)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := models.Generate(ctx, engine, prompt, models.GenerateOptions{N: 3, Sampler: g.Sampler, Sink: b}); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	d := newHarness(t, t.TempDir(), newFakeChain()).d
	d.store = store
	b, err = d.run(ctx, g, prompt)
	if err != nil {
		t.Fatal(err)
	}
	root, n, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	if root != wantRoot || n != wantN {
		t.Fatalf("resumed commitment %s over %d positions, uninterrupted %s over %d", root, n, wantRoot, wantN)
	}

	// a store whose positions the engine does not reproduce is detected
	other, err := logits.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	b, err = other.Create(g.Job, vocab)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Append(3, make([]float32, vocab)); err != nil {
		t.Fatal(err)
	}
	b.Close()
	d.store = other
	if _, err := d.run(ctx, g, prompt); err == nil {
		t.Fatal("resuming over positions the engine does not reproduce succeeded")
	}
	if _, unfinished, _ := other.Jobs(); len(unfinished) != 0 {
		t.Fatal("the diverged files were not removed (the next attempt starts from scratch)")
	}
}

// A miner never claims (locks collateral on) a job its model cannot finish: prompt and maxTokens
// beyond the model's context (review R1's overlong job, issue 12's "stuck Claimed").
func TestOverlongJobIsNotClaimed(t *testing.T) {
	ctx := context.Background()
	engine := bundledRef(t)
	ctxLen := engine.File().Config.ContextLen
	m := NewMachine(Config{Self: self, ModelID: 1, CommitMargin: 5})
	m.Step(Tick{Block: 1, Time: 100})
	fits := JobSubmitted{Job: jobA, ModelID: 1, PromptHash: logits.PromptHash(testPrompt), MaxTokens: uint32(ctxLen - 5), Deadline: 1000}
	long := JobSubmitted{Job: logits.JobID{0xb}, ModelID: 1, PromptHash: logits.PromptHash(testPrompt), MaxTokens: uint32(ctxLen - 4), Deadline: 1000}
	for _, j := range []JobSubmitted{fits, long} {
		m.Step(j)
		m.Step(PromptReceived{Job: j.Job, Prompt: testPrompt})
	}
	d := newHarness(t, t.TempDir(), newFakeChain()).d
	d.sh.Loop = daemon.New(m, daemon.Config[Action]{Name: "miner", Path: filepath.Join(t.TempDir(), "state.json"), Do: func(Action) {}})
	loopCtx, stop := context.WithCancel(ctx)
	defer stop()
	go d.sh.Loop.Run(loopCtx)
	// "Once upon a time" is 5 tokens with BOS: 5 + ctxLen-5 fits, one more does not
	if reason := d.cannotServe(fits.Job); reason != "" {
		t.Fatalf("a job that fits the context was refused: %s", reason)
	}
	reason := d.cannotServe(long.Job)
	if !strings.Contains(reason, "exceed the model's context") {
		t.Fatalf("overlong job: %q, want a refusal", reason)
	}
	d.claim(ctx, Claim{Job: long.Job})                  // refused before any chain call
	if err := d.sh.Loop.Step(ctx, Tick{}); err != nil { // a no-op after the refusal in the queue
		t.Fatal(err)
	}
	var ended Ending
	d.sh.Loop.Read(func(m *Machine) { ended, _ = m.Ended(long.Job) })
	if ended != EndLost {
		t.Fatalf("overlong job ended %v, want lost (our claim refused)", ended)
	}
}

// bundledRefShared loads the bundled model once for the daemon tests (never closed).
func bundledRefShared(t *testing.T) *ref.Engine {
	t.Helper()
	path, err := models.BundledModelPath(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	engine, err := ref.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return engine
}

// bundledRef loads the bundled model with the plain-Go engine, closed when the test ends.
func bundledRef(t *testing.T) *ref.Engine {
	t.Helper()
	path, err := models.BundledModelPath(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	engine, err := ref.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { engine.Close() })
	return engine
}
