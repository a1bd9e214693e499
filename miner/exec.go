package miner

import (
	"context"
	"errors"
	"fmt"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// do starts one action. Slow work runs on its own goroutine and reports
// back through post.
func (d *Daemon) do(a Action) {
	switch a := a.(type) {
	case Claim:
		d.sh.Go(func(ctx context.Context) { d.claim(ctx, a) })
	case Generate:
		select {
		case d.genq <- a:
		case <-d.sh.Context().Done():
		}
	case Commit:
		d.sh.Go(func(ctx context.Context) { d.commit(ctx, a) })
	case PublishCommitment:
		d.sh.Go(func(ctx context.Context) { d.publish(ctx, a) })
	case ReleaseClaim:
		d.sh.Go(func(ctx context.Context) { d.release(ctx, a) })
	case Withdraw:
		d.sh.Go(d.withdraw)
	case Forget:
		d.forget(a.Job)
	case Prune:
		d.sh.Go(func(context.Context) { d.prune(a) })
	}
}

// prune frees the unchallenged vectors of a committed job (best effort: a
// failure only costs disk until the job settles).
func (d *Daemon) prune(a Prune) {
	freed, err := d.store.Prune(a.Job, a.Keep)
	if err != nil {
		d.log.Warn("prune unchallenged logits", "job", a.Job, "err", err)
		return
	}
	d.log.Info("pruned unchallenged logits", "job", a.Job, "kept", len(a.Keep), "freedBytes", freed)
}

// claim sends claimJob unless the chain already shows our claim (a
// restarted daemon repeating an action whose event is still on its way).
func (d *Daemon) claim(ctx context.Context, a Claim) {
	if reason := d.cannotServe(ctx, a.Job); reason != "" {
		// Never lock collateral on a job this engine cannot finish: it would
		// fail mid-way, the claim would lapse and the requester would wait.
		d.log.Warn("job not claimed: it cannot be served", "job", a.Job, "reason", reason)
		d.post(TxFailed{Job: a.Job, Tx: TxClaim, Permanent: true, Reason: reason})
		return
	}
	if j, err := d.cfg.Chain.Job(ctx, a.Job); err == nil &&
		chain.JobStatus(j.Status) == chain.StatusClaimed && j.Miner == d.cfg.Chain.From() {
		return
	}
	if _, err := d.cfg.Chain.ClaimJob(ctx, a.Job); err != nil {
		if errors.Is(err, chain.ErrClaimedByOther) {
			// Another miner's claim came first: its JobClaimed event keeps
			// the job as taken, in case that miner releases it or lets its
			// claim lapse. (A take-over is only tried once our head's time
			// is past the lapsed claim's expiry, so the call, run on a
			// state at least that late, is not refused for that claim.)
			d.log.Info("job claimed by another miner first", "job", a.Job)
			return
		}
		d.txFailed(ctx, a.Job, TxClaim, err)
		return
	}
	d.met.claimed.Inc()
	d.log.Info("job claimed", "job", a.Job)
}

// cannotServe says why this miner cannot generate a job to its end (prompt
// and maxTokens beyond the model's context, or a prompt the tokenizer
// refuses); "" when it can.
func (d *Daemon) cannotServe(ctx context.Context, job logits.JobID) string {
	j, ok := d.liveJob(job)
	if !ok || j.Prompt == "" {
		return ""
	}
	prompt, err := d.cfg.Engine.File().Tokenizer.Encode(j.Prompt)
	if err != nil {
		return fmt.Sprintf("prompt does not tokenize: %v", err)
	}
	if ctxLen := d.cfg.Engine.File().Config.ContextLen; ctxLen > 0 && len(prompt)+int(j.MaxTokens) > ctxLen {
		return fmt.Sprintf("prompt (%d tokens) and maxTokens (%d) exceed the model's context of %d", len(prompt), j.MaxTokens, ctxLen)
	}
	span := j.Span
	if j.Version != 0 { // this process's profile, which may not be the one that saw the job submitted (a restart with another -kv)
		s, err := d.span(ctx, j.ModelID, j.Version)
		if err != nil {
			return "" // the chain does not answer: the claim would fail the same way and be retried
		}
		if s == 0 {
			return fmt.Sprintf("the job's thresholds version %d does not admit this miner's numeric profile %s", j.Version, d.profile())
		}
		span = s
	}
	if span > 0 && len(prompt)+int(j.MaxTokens) > int(span) {
		// Validators refuse a commitment beyond the span (spec §8.3): its
		// thresholds were never measured that far, and honest drift grows
		// with the context.
		return fmt.Sprintf("prompt (%d tokens) and maxTokens (%d) exceed the span of %d tokens the thresholds of profile %s were calibrated over",
			len(prompt), j.MaxTokens, span, d.profile())
	}
	return ""
}

// commit sends commit unless the chain already holds a commitment.
func (d *Daemon) commit(ctx context.Context, a Commit) {
	if d.commitSettledOnChain(ctx, a) {
		return
	}
	seedBlock, err := d.cfg.Chain.Commit(ctx, a.Job, a.Root, a.N, a.TokensHash, a.Output)
	if err != nil {
		// A revert may be our own earlier commit, mined although its
		// receipt wait failed (an RPC outage): its JobCommitted event moves
		// the job on, and reporting the revert would end the job as lost
		// and forget the files its reveals need (the long soak's one
		// Unserved job).
		if errors.Is(err, chain.ErrWrongStatus) && d.commitSettledOnChain(ctx, a) {
			return
		}
		d.txFailed(ctx, a.Job, TxCommit, err)
		return
	}
	d.log.Info("job committed", "job", a.Job, "root", a.Root, "n", a.N, "seedBlock", seedBlock)
}

// commitSettledOnChain reports whether the chain already decided a's
// commit: committed by us (its event follows), or by another miner or
// cancelled (posted as a permanent failure). False when the chain does not
// answer or the job still awaits a commitment.
func (d *Daemon) commitSettledOnChain(ctx context.Context, a Commit) bool {
	j, err := d.cfg.Chain.Job(ctx, a.Job)
	if err != nil || chain.JobStatus(j.Status) < chain.StatusCommitted {
		return false
	}
	if j.Miner != d.cfg.Chain.From() || chain.JobStatus(j.Status) == chain.StatusCancelled {
		d.post(TxFailed{Job: a.Job, Tx: TxCommit, Permanent: true, Reason: "job is " + chain.JobStatus(j.Status).String()})
	}
	return true
}

// release sends releaseClaim for a job whose generation failed, unless the
// chain shows the claim already released by us (a restarted daemon
// repeating the action; the ClaimReleased event is on its way). A claim
// that is no longer ours (taken over after it lapsed, the job cancelled) is
// reported as a permanent failure without a transaction.
func (d *Daemon) release(ctx context.Context, a ReleaseClaim) {
	if j, err := d.cfg.Chain.Job(ctx, a.Job); err == nil {
		status, ours := chain.JobStatus(j.Status), j.Miner == d.cfg.Chain.From()
		switch {
		case status == chain.StatusOpen && ours:
			return
		case status != chain.StatusClaimed || !ours:
			d.post(TxFailed{Job: a.Job, Tx: TxRelease, Permanent: true, Reason: "job is " + status.String() + ", not claimed by us"})
			return
		}
	}
	if _, err := d.cfg.Chain.ReleaseClaim(ctx, a.Job); err != nil {
		d.txFailed(ctx, a.Job, TxRelease, err)
		return
	}
	d.log.Info("claim released: the job is open again for other miners", "job", a.Job)
}

func (d *Daemon) txFailed(ctx context.Context, job logits.JobID, tx TxKind, err error) {
	if ctx.Err() != nil {
		return // shutting down: the restarted daemon repeats the action
	}
	d.met.TxFailed.WithLabelValues(tx.String()).Inc()
	permanent := errors.Is(err, chain.ErrReverted)
	d.log.Warn("transaction failed", "tx", tx, "job", job, "permanent", permanent, "err", err)
	d.post(TxFailed{Job: job, Tx: tx, Permanent: permanent, Reason: err.Error()})
}

func (d *Daemon) publish(ctx context.Context, a PublishCommitment) {
	if d.cfg.Withhold {
		return
	}
	err := d.cfg.Network.PublishCommitment(ctx, p2p.Commitment{JobID: a.Job, ModelID: a.ModelID, Root: a.Root, N: a.N,
		TokensHash: a.TokensHash, PromptTokens: a.PromptTokens, OutputTokens: a.Output, Profile: uint16(d.profile())})
	if err != nil {
		if d.sh.Chain.Down() {
			// Gossip validation needs the chain; the machine publishes
			// again on the first ticks once it answers.
			d.log.Info("commitment not published during the chain outage: published again once the chain answers", "job", a.Job, "err", err)
			return
		}
		d.log.Warn("publish commitment", "job", a.Job, "err", err)
		return
	}
	d.log.Debug("commitment published", "job", a.Job)
	if a.Prompt != "" { // any staked node may relay a prompt it verified (docs/p2p.md)
		if err := d.cfg.Network.PublishJob(ctx, p2p.Job{JobID: a.Job, ModelID: a.ModelID, Prompt: a.Prompt}); err != nil {
			d.log.Debug("republish prompt", "job", a.Job, "err", err)
		}
	}
}

func (d *Daemon) withdraw(ctx context.Context) {
	amount, err := d.cfg.Chain.Withdraw(ctx)
	switch {
	case errors.Is(err, chain.ErrNothingToWithdraw):
		// an earlier withdraw took it
	case err != nil:
		if ctx.Err() == nil {
			d.met.TxFailed.WithLabelValues(TxWithdraw.String()).Inc()
			d.log.Warn("withdraw failed", "err", err)
		}
	default:
		d.log.Info("earnings withdrawn", "wei", amount)
	}
}

// forget stops a generation of the job, if any, and deletes its files: at
// once when no generation holds them, else the generation does when it
// stops (generating: it is marked forgotten under the same lock it
// unregisters under, so no Forget is lost between the two).
func (d *Daemon) forget(job logits.JobID) {
	d.mu.Lock()
	cancel, running := d.running[job]
	if running {
		d.forgotten[job] = true
	}
	d.mu.Unlock()
	if running {
		cancel()
		return
	}
	d.removeFiles(job)
}

func (d *Daemon) removeFiles(job logits.JobID) {
	if err := d.store.Remove(job); err != nil && !errors.Is(err, logits.ErrUnknownJob) {
		d.log.Warn("remove job files", "job", job, "err", err)
	}
}
