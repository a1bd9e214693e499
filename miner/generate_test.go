package miner

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"io"
	"log/slog"
	"math"
	"os"
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
	g := Generate{Job: logits.JobID{1}, Prompt: "Once upon a time", N: 8,
		Sampler: logits.Sampler{TemperatureMilli: 900, TopK: 20, Seed: logits.Hash{7}}}
	vocab := engine.File().Config.VocabSize
	prompt, _, wantRoot, wantN := uninterrupted(t, engine, g)

	// interrupted after 3 positions, then resumed by the daemon
	store, err := logits.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	b, err := store.Create(g.Job, vocab)
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

	// a store whose positions the engine does not reproduce is generated again
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
	b, err = d.run(ctx, g, prompt)
	if err != nil {
		t.Fatal(err)
	}
	if root, n, err := b.Finish(); err != nil || root != wantRoot || n != wantN {
		t.Fatalf("resumed over positions the engine does not reproduce: %s over %d (%v), uninterrupted %s", root, n, err, wantRoot)
	}
}

// Stored logits altered on disk with the tokens intact (issue 12: such a
// job was committed and slashed) are found on resume, by the record's
// checksum or, when the checksum was forged too, by comparison with the
// recomputation; generation goes on from the altered position and commits
// the honest job: the root of an uninterrupted run, openings equal to the
// validator's recomputation.
func TestResumeRegeneratesAlteredLogits(t *testing.T) {
	ctx := context.Background()
	engine := bundledRef(t)
	g := Generate{Job: logits.JobID{2}, Prompt: "Once upon a time", N: 8,
		Sampler: logits.Sampler{TemperatureMilli: 900, TopK: 20, Seed: logits.Hash{8}}}
	vocab := engine.File().Config.VocabSize
	prompt, output, wantRoot, wantN := uninterrupted(t, engine, g)
	if wantN < 4 {
		t.Fatalf("uninterrupted run: %d positions", wantN)
	}
	for _, forgeCRC := range []bool{false, true} {
		store, err := logits.OpenStore(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		b, err := store.Create(g.Job, vocab)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := models.Generate(ctx, engine, prompt, models.GenerateOptions{N: 4, Sampler: g.Sampler, Sink: b}); err != nil {
			t.Fatal(err)
		}
		if err := b.Close(); err != nil {
			t.Fatal(err)
		}
		alterRecord(t, filepath.Join(store.Dir(), hex.EncodeToString(g.Job[:])+".logits"), vocab, 2, forgeCRC)
		d := &Daemon{cfg: DaemonConfig{Wiring: Wiring{Engine: engine}}, log: slog.New(slog.NewTextHandler(io.Discard, nil)), store: store}
		b, err = d.run(ctx, g, prompt)
		if err != nil {
			t.Fatal(err)
		}
		root, n, err := b.Finish()
		if err != nil || root != wantRoot || n != wantN {
			t.Fatalf("forged checksum %v: resumed commitment %s over %d (%v), uninterrupted %s over %d", forgeCRC, root, n, err, wantRoot, wantN)
		}
		o, err := store.Open(g.Job, 2)
		if err != nil {
			t.Fatal(err)
		}
		re, err := models.Recompute(ctx, engine, prompt, output, []uint32{2})
		if err != nil {
			t.Fatal(err)
		}
		for k := range re[0] {
			if math.Float32bits(o.Logits[k]) != math.Float32bits(re[0][k]) {
				t.Fatalf("forged checksum %v: opened logit %d of the altered position is %v, recomputed %v", forgeCRC, k, o.Logits[k], re[0][k])
			}
		}
		if err := o.Verify(root); err != nil {
			t.Fatal(err)
		}
	}
}

// alterRecord adds 0.5 to one logit of position i in a .logits file
// (docs/protocol.md §7: 64-byte header, records u32be(token) || f32le x V
// || u32be(crc32c(u32be(i) || token || logits))), leaving the token as it
// is; with forgeCRC the record's checksum is recomputed to match.
func alterRecord(t *testing.T, path string, vocab, i int, forgeCRC bool) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	size := 8 + 4*vocab
	rec := make([]byte, size)
	off := int64(64 + i*size)
	if _, err := f.ReadAt(rec, off); err != nil {
		t.Fatal(err)
	}
	k := 4 + 4*(vocab/3)
	v := math.Float32frombits(binary.LittleEndian.Uint32(rec[k:]))
	binary.LittleEndian.PutUint32(rec[k:], math.Float32bits(v+0.5))
	if forgeCRC {
		var idx [4]byte
		binary.BigEndian.PutUint32(idx[:], uint32(i))
		tab := crc32.MakeTable(crc32.Castagnoli)
		binary.BigEndian.PutUint32(rec[size-4:], crc32.Update(crc32.Update(0, tab, idx[:]), tab, rec[:size-4]))
	}
	if _, err := f.WriteAt(rec, off); err != nil {
		t.Fatal(err)
	}
}

// A miner never claims (locks collateral on) a job its model cannot finish: prompt and maxTokens
// beyond the model's context (review R1's overlong job, issue 12's "stuck Claimed").
func TestOverlongJobIsNotClaimed(t *testing.T) {
	ctx := context.Background()
	engine := bundledRef(t)
	ctxLen := engine.File().Config.ContextLen
	m := NewMachine(Config{Role: daemon.Role{Self: self, ModelID: 1}, CommitMargin: 5})
	m.Step(Tick{Block: 1, Time: 100})
	fits := JobSubmitted{Job: jobA, Terms: daemon.Terms{ModelID: 1, PromptHash: logits.PromptHash(testPrompt), MaxTokens: uint32(ctxLen - 5), Deadline: 1000}}
	long := JobSubmitted{Job: logits.JobID{0xb}, Terms: daemon.Terms{ModelID: 1, PromptHash: logits.PromptHash(testPrompt), MaxTokens: uint32(ctxLen - 4), Deadline: 1000}}
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
	if reason := d.cannotServe(ctx, fits.Job); reason != "" {
		t.Fatalf("a job that fits the context was refused: %s", reason)
	}
	reason := d.cannotServe(ctx, long.Job)
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

// uninterrupted generates g's job in one go on engine (the reference a
// resumed run must equal): the prompt's tokens, the output, root and length.
func uninterrupted(t *testing.T, engine models.Engine, g Generate) (prompt []int32, output []uint32, root logits.Hash, n uint32) {
	t.Helper()
	prompt, err := engine.File().Tokenizer.Encode(g.Prompt)
	if err != nil {
		t.Fatal(err)
	}
	store, err := logits.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	b, err := store.Create(g.Job, engine.File().Config.VocabSize)
	if err != nil {
		t.Fatal(err)
	}
	if output, err = models.Generate(context.Background(), engine, prompt, models.GenerateOptions{N: int(g.N), Sampler: g.Sampler, StopAtEOG: true, Sink: b}); err != nil {
		t.Fatal(err)
	}
	if root, n, err = b.Finish(); err != nil {
		t.Fatal(err)
	}
	return prompt, output, root, n
}

// The claim-time span check reads the span of this process's profile, not
// the one recorded when the job was submitted: a miner restarted with
// another -kv keeps its queued jobs in the snapshot with the old profile's
// span (review of the H2 fix, L3), and would otherwise claim a job its new
// profile's thresholds do not cover — validators would refuse its
// commitment and the work would be wasted.
func TestClaimChecksTheSpanOfTheCurrentProfile(t *testing.T) {
	ctx := context.Background()
	m := NewMachine(Config{Role: daemon.Role{Self: self, ModelID: 1}, CommitMargin: 5})
	m.Step(Tick{Block: 1, Time: 100})
	stale := JobSubmitted{Job: jobA, Terms: daemon.Terms{ModelID: 1, PromptHash: logits.PromptHash(testPrompt), MaxTokens: 60, Deadline: 1000}, Span: 2038, Version: 1}
	m.Step(stale)
	m.Step(PromptReceived{Job: jobA, Prompt: testPrompt})
	c := newFakeChain()
	c.span = 40 // this process's profile covers 40 tokens in version 1
	d := newHarness(t, t.TempDir(), c).d
	d.sh.Loop = daemon.New(m, daemon.Config[Action]{Name: "miner", Path: filepath.Join(t.TempDir(), "state.json"), Do: func(Action) {}})
	loopCtx, stop := context.WithCancel(ctx)
	defer stop()
	go d.sh.Loop.Run(loopCtx)
	if reason := d.cannotServe(ctx, jobA); !strings.Contains(reason, "exceed the span of 40 tokens") {
		t.Fatalf("a job recorded with another profile's span 2038: %q, want a refusal by the current span 40", reason)
	}
	c.notAdmitted = true
	d.spans = map[[2]uint32]uint32{} // a restart: nothing cached
	if reason := d.cannotServe(ctx, jobA); !strings.Contains(reason, "does not admit this miner's numeric profile") {
		t.Fatalf("current profile not admitted: %q, want a refusal", reason)
	}
}
