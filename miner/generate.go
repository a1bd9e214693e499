package miner

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

// generator runs the queued generations one at a time (one engine).
func (d *Daemon) generator(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case g := <-d.genq:
			d.generate(ctx, g)
		}
	}
}

func (d *Daemon) generate(ctx context.Context, g Generate) {
	// Register the cancel function first, then check the job is still
	// live: a Forget after the registration cancels this generation and
	// marks the job, and the files are removed when it stops; checking
	// first left a gap in which a Forget cancelled nothing and the files
	// written after it were never removed.
	jctx, cancel := context.WithCancel(ctx)
	defer cancel()
	d.mu.Lock()
	d.running[g.Job] = cancel
	d.mu.Unlock()
	defer func() {
		d.mu.Lock()
		delete(d.running, g.Job)
		forgotten := d.forgotten[g.Job]
		delete(d.forgotten, g.Job)
		d.mu.Unlock()
		if forgotten {
			d.removeFiles(g.Job)
		}
	}()
	if j, ok := d.live(g.Job); !ok || j.Phase != PhaseGenerating {
		return // forgotten while queued
	}

	tok := d.cfg.Engine.File().Tokenizer
	prompt, err := tok.Encode(g.Prompt)
	if err != nil {
		d.post(GenerateFailed{Job: g.Job, Reason: fmt.Sprintf("tokenize prompt: %v", err)})
		return
	}
	if info, err := d.store.Info(g.Job); err == nil { // finished before a restart
		d.post(Generated{Job: g.Job, Root: info.Root, N: info.N, PromptTokens: toUint32(prompt), Output: info.Tokens})
		return
	}
	start := time.Now()
	b, err := d.run(jctx, g, prompt)
	if errors.Is(err, models.ErrResumeDiverged) {
		d.log.Warn("restarting generation from scratch", "job", g.Job, "err", err)
		b, err = d.run(jctx, g, prompt)
	}
	switch {
	case err == nil:
	case ctx.Err() != nil: // daemon shutdown: the files stay for the next run
		return
	case jctx.Err() != nil: // forgotten: run removed the files
		return
	default:
		d.log.Warn("generation failed", "job", g.Job, "err", err)
		d.post(GenerateFailed{Job: g.Job, Reason: err.Error()})
		return
	}
	output := b.Tokens()
	root, n, err := b.Finish()
	if err != nil {
		d.post(GenerateFailed{Job: g.Job, Reason: err.Error()})
		return
	}
	secs := time.Since(start).Seconds()
	d.met.genSeconds.Observe(secs)
	d.met.positions.Add(float64(n))
	d.log.Info("generated", "job", g.Job, "n", n, "seconds", fmt.Sprintf("%.2f", secs), "root", root)
	d.post(Generated{Job: g.Job, Root: root, N: n, PromptTokens: toUint32(prompt), Output: output})
}

// run generates into the job's store files, resuming files a previous
// process left. On success the builder is ready to Finish. On shutdown the
// files are kept (closed); on any other failure they are deleted.
func (d *Daemon) run(ctx context.Context, g Generate, prompt []int32) (*logits.Builder, error) {
	b, err := d.store.Resume(g.Job)
	if errors.Is(err, logits.ErrUnknownJob) {
		b, err = d.store.Create(g.Job, d.cfg.Engine.File().Config.VocabSize)
	}
	if err != nil {
		return nil, err
	}
	if have := b.Len(); have > 0 {
		d.log.Info("resuming generation", "job", g.Job, "stored", have)
	}
	// Stored positions are prefilled in one pass, each checked against its
	// recomputation (the sampler's token and the logits, bit for bit); from
	// the first that differs they are dropped and generated again.
	generate := models.Generate
	if d.cfg.Generate != nil {
		generate = d.cfg.Generate
	}
	_, err = generate(ctx, d.cfg.Engine, prompt, models.GenerateOptions{
		N: int(g.N), Sampler: g.Sampler, StopAtEOG: true, Sink: resumeLogger{b, d, g.Job}, Resume: b.Tokens()})
	if err != nil {
		if d.sh.Context().Err() != nil {
			b.Close()
		} else {
			b.Abort()
		}
		return nil, err
	}
	return b, nil
}

// resumeLogger is the job's builder as the generation's sink; it warns
// when stored positions are found to differ from their recomputation.
type resumeLogger struct {
	*logits.Builder
	d   *Daemon
	job logits.JobID
}

func (r resumeLogger) Truncate(n int) error {
	r.d.log.Warn("stored positions differ from their recomputation (damaged on disk, or the engine changed): generating again from the first",
		"job", r.job, "position", n, "stored", r.Len())
	return r.Builder.Truncate(n)
}

func toUint32(v []int32) []uint32 {
	out := make([]uint32, len(v))
	for i, x := range v {
		out[i] = uint32(x)
	}
	return out
}
