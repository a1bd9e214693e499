package validator

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/p2p"
)

// do starts one action on its own goroutine; results come back via post.
func (d *Daemon) do(a Action) {
	d.log.Debug("validator action", "action", fmt.Sprintf("%T", a), "job", actionJob(a))
	if m, ok := a.(Missed); ok { // no I/O: count it now
		d.met.Missed.WithLabelValues(m.Duty).Inc()
		d.log.Warn("missed a duty: the contract counts this member absent", "job", m.Job, "duty", m.Duty, "reason", m.Reason)
		return
	}
	d.sh.Go(func(ctx context.Context) {
		switch a := a.(type) {
		case AwaitSeed:
			d.awaitSeed(ctx, a)
		case Draw:
			d.draw(ctx, a)
		case Check:
			d.check(ctx, a)
		case CommitVerdict:
			d.commitVerdict(ctx, a)
		case RevealVerdict:
			d.revealVerdict(ctx, a)
		case PublishVerdict:
			err := d.cfg.Network.PublishVerdict(ctx, p2p.Verdict{JobID: a.Job, Root: a.Root,
				Outcome: p2p.Outcome(a.Verdict), EvidenceHash: a.Evidence})
			if err != nil && ctx.Err() == nil {
				d.log.Warn("publish verdict", "job", a.Job, "err", err)
			}
		case Settle:
			d.settle(ctx, a)
		}
	})
}

// awaitSeed waits for the seed block, then reads the committee: the drawn
// one if the draw happened, else the contract's preview. A chain that does
// not answer is waited out (the machine ends the job at its window's end);
// a seed the contract no longer has, or too few validators to draw from,
// is reported to the machine as SeedMissed.
func (d *Daemon) awaitSeed(ctx context.Context, a AwaitSeed) {
	b := d.cfg.Backoff()
	for {
		seed, err := d.cfg.Chain.WaitSeed(ctx, a.Job)
		var members []common.Address
		drawn := false
		if err == nil {
			if members, _, err = d.cfg.Chain.Committee(ctx, a.Job); err == nil && len(members) > 0 {
				drawn = true
			} else if err == nil {
				members, err = d.cfg.Chain.PreviewCommittee(ctx, a.Job)
			}
		}
		switch {
		case err == nil:
			d.post(SeedReady{Job: a.Job, Seed: seed, Members: members, Drawn: drawn})
			return
		case ctx.Err() != nil:
			return
		case errors.Is(err, chain.ErrSeedUnavailable), errors.Is(err, chain.ErrNotEnoughValidators):
			d.post(SeedMissed{Job: a.Job, Reason: err.Error()})
			return
		}
		d.log.Debug("seed or committee not readable yet", "job", a.Job, "err", err) // an outage: the head poller logs it
		if !d.stillWaiting(a.Job) || !daemon.Sleep(ctx, b.Next()) {
			return
		}
	}
}

// stillWaiting reports whether the machine still waits for the job's seed.
func (d *Daemon) stillWaiting(job logits.JobID) bool {
	waiting := false
	d.sh.Loop.Read(func(m *Machine) {
		j, ok := m.Job(job)
		waiting = ok && j.Phase == PhaseSeed
	})
	return waiting
}

// check fetches the openings (concurrently) from the miner and, for those
// the miner did not answer, from the other committee members that hold a
// copy (p2p.OpeningCache); keeps what arrived for the members that ask;
// tokenizes the prompt and recomputes the whole output in one prefill per
// admitted precision (models.RecomputeJob): every committed token is
// checked and the opened positions' vectors kept for the judge.
func (d *Daemon) check(ctx context.Context, a Check) {
	d.cache.Admit(a.Job, a.Members)
	d.relayPrompt(ctx, a.Job, a.Prompt)
	start := time.Now()
	// keep the connections this check needs: the miner and the other members
	d.cfg.Network.ProtectCommittee(a.Job, append(slices.Clone(a.Members), a.Miner)...)
	reveals := make([]Reveal, len(a.Positions))
	var wg sync.WaitGroup
	for i, p := range a.Positions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var o *logits.Opening
			err := fmt.Errorf("%w: no commitment message named the miner's peer", p2p.ErrRevealNotFound)
			if a.MinerPeer != "" {
				// the addresses come from the miner's signed commitment, kept in
				// the machine's state, so a restarted validator can still dial it
				o, err = d.cfg.Network.Fetch(ctx, a.MinerPeer, a.MinerAddrs, a.Job, p)
			}
			if err != nil && !errors.Is(err, p2p.ErrBadOpening) {
				relayed, rerr := d.cfg.Network.FetchFromMembers(ctx, a.Members, d.cfg.Chain.From(), a.Job, p)
				if rerr == nil {
					o, err = relayed, nil
					d.met.openings.WithLabelValues("relayed").Inc()
				} else {
					d.log.Debug("no relayed opening", "job", a.Job, "position", p, "err", rerr)
				}
			}
			switch {
			case err == nil:
				d.cache.Put(o)
				reveals[i] = Reveal{Position: p, Status: Arrived, Opening: o}
			case errors.Is(err, p2p.ErrBadOpening):
				reveals[i] = Reveal{Position: p, Status: Bad, Detail: err.Error()}
			default:
				reveals[i] = Reveal{Position: p, Status: Missing, Detail: err.Error()}
			}
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		return // shutting down: the restarted daemon checks again
	}
	fetched := time.Now()
	canonical, err := d.cfg.Engine.File().Tokenizer.Encode(a.Prompt)
	if err != nil {
		d.post(CheckFailed{Job: a.Job, Reason: fmt.Sprintf("tokenize prompt: %v", err)})
		return
	}
	var arrived []uint32
	var opened [][]float32 // the arrived openings' logits, in the same order
	for _, r := range reveals {
		d.met.openings.WithLabelValues(r.Status.String()).Inc()
		if r.Status == Arrived {
			arrived = append(arrived, r.Position)
			var l []float32 // nil: nothing to compare, every precision is computed
			if r.Opening != nil {
				l = r.Opening.Logits
			}
			opened = append(opened, l)
		}
	}
	// One prefill per admitted precision over the whole output checks every
	// committed token (rule 5) and recomputes the opened positions; it is
	// skipped when the committed tokens or prompt already fail the job.
	var tokens *logits.Verdict
	claim := a.Claim
	if claim.Prompt == nil { // token-only: the chain's output after the canonical prompt (the judge checks the tokens hash)
		claim.Prompt = models.Uint32s(canonical)
		a.Thresholds = bandFor(a.Admitted, a.Thresholds, len(canonical), claim.MaxTokens)
	}
	_, bad := outOfVocab(claim.Output, d.cfg.Engine.File().Config.VocabSize)
	bad = bad || len(canonical)+len(claim.Output) > d.cfg.Engine.File().Config.ContextLen // the judge fails it
	if canonicalPrompt := models.Uint32s(canonical); !bad && slices.Equal(canonicalPrompt, claim.Prompt) && len(claim.Output) > 0 {
		d.engine.Lock()
		rec, err := models.RecomputeJob(ctx, d.cfg.Engine, canonical, claim, a.Thresholds, arrived, opened)
		d.engine.Unlock()
		if err != nil {
			if ctx.Err() == nil {
				d.post(CheckFailed{Job: a.Job, Reason: fmt.Sprintf("recompute: %v", err)})
			}
			return
		}
		for i, j := 0, 0; i < len(reveals); i++ {
			if reveals[i].Status == Arrived {
				reveals[i].Recomputed = rec.Opened[j]
				j++
			}
		}
		tokens = &rec.Tokens
	}
	d.met.checkSeconds.Observe(time.Since(start).Seconds())
	d.log.Debug("checked", "job", a.Job, "seconds", time.Since(start).Seconds(), "recompute", time.Since(fetched).Seconds())
	d.post(Checked{Job: a.Job, CanonicalPrompt: models.Uint32s(canonical), Reveals: reveals, Tokens: tokens})
}

// relayPrompt republishes a job's prompt text once, signed by this staked
// validator (the jobs topic accepts a verified prompt from any staked node):
// the requester publishes it once, and a member that restarted since, or a
// miner that keeps its own gossip back, would leave the others without it.
func (d *Daemon) relayPrompt(ctx context.Context, job logits.JobID, prompt string) {
	if _, done := d.relayed.LoadOrStore(job, true); done || prompt == "" {
		return
	}
	if err := d.cfg.Network.PublishJob(ctx, p2p.Job{JobID: job, ModelID: d.cfg.ModelID, Prompt: prompt}); err != nil {
		d.log.Debug("relay prompt", "job", job, "err", err)
	}
}

// draw draws the job's committee on chain (with the seed block's header).
func (d *Daemon) draw(ctx context.Context, a Draw) {
	_, err := d.cfg.Chain.DrawCommittee(ctx, a.Job)
	switch {
	case err == nil, errors.Is(err, chain.ErrCommitteeAlreadyDrawn):
		// CommitteeDrawn reaches the machine through the event follower
	case ctx.Err() != nil:
	default:
		d.met.TxFailed.WithLabelValues(TxDraw.String()).Inc()
		d.log.Warn("draw committee failed", "job", a.Job, "err", err)
	}
}

func (d *Daemon) commitVerdict(ctx context.Context, a CommitVerdict) {
	_, err := d.cfg.Chain.CommitVerdict(ctx, a.Job, a.Verdict, a.Salt, a.Evidence)
	switch {
	case err == nil || errors.Is(err, chain.ErrAlreadyCommitted):
		if err == nil {
			d.log.Info("verdict committed", "job", a.Job, "verdict", a.Verdict, "position", a.Position, "reason", a.Reason)
		}
		// the receipt (or the contract's answer) is the confirmation: the
		// event follower may step this block's VerdictCommitted only after
		// the next block's tick
		d.post(VerdictCommitted{Job: a.Job, Validator: d.cfg.Chain.From()})
	case ctx.Err() != nil:
	default:
		d.met.TxFailed.WithLabelValues(TxCommitVerdict.String()).Inc()
		d.log.Warn("commit verdict failed", "job", a.Job, "err", err)
		d.post(TxFailed{Job: a.Job, Tx: TxCommitVerdict, Permanent: errors.Is(err, chain.ErrReverted), Reason: err.Error()})
	}
}

func (d *Daemon) revealVerdict(ctx context.Context, a RevealVerdict) {
	_, err := d.cfg.Chain.RevealVerdict(ctx, a.Job, a.Verdict, a.Salt, a.Evidence)
	switch {
	case err == nil:
		d.met.attested.WithLabelValues(a.Verdict.String()).Inc()
		d.log.Info("verdict revealed", "job", a.Job, "verdict", a.Verdict, "position", a.Position, "reason", a.Reason)
		if d.cfg.OnAttest != nil {
			d.cfg.OnAttest(a.Attest)
		}
	case errors.Is(err, chain.ErrAlreadyRevealed):
		d.post(Attested{Job: a.Job, Validator: d.cfg.Chain.From(), Verdict: a.Verdict})
	case ctx.Err() != nil:
	default:
		d.met.TxFailed.WithLabelValues(TxRevealVerdict.String()).Inc()
		d.log.Warn("reveal verdict failed", "job", a.Job, "err", err)
		// Too early is not permanent: a draw later than the machine knew of
		// (its event not followed yet) moved the window (review R6).
		permanent := errors.Is(err, chain.ErrReverted) && !errors.Is(err, chain.ErrRevealWindowNotOpen)
		d.post(TxFailed{Job: a.Job, Tx: TxRevealVerdict, Permanent: permanent, Reason: err.Error()})
	}
}

func (d *Daemon) settle(ctx context.Context, a Settle) {
	s, err := d.cfg.Chain.Settle(ctx, a.Job)
	switch {
	case err == nil && chain.JobStatus(s.Outcome) == chain.StatusEscalated:
		d.log.Info("escalated: round one's Fail vote did not fail the job; a round-two committee decides it", "job", a.Job)
	case err == nil:
		d.log.Info("settled", "job", a.Job, "outcome", chain.JobStatus(s.Outcome))
	case errors.Is(err, chain.ErrWrongStatus), errors.Is(err, chain.ErrUnknownJob):
		// someone settled first (and a later job may already have taken its
		// record, so the id is unknown now); JobSettled ends the job
	case ctx.Err() != nil:
	default:
		d.met.TxFailed.WithLabelValues(TxSettle.String()).Inc()
		d.log.Warn("settle failed", "job", a.Job, "err", err)
		permanent := errors.Is(err, chain.ErrReverted) && !errors.Is(err, chain.ErrRevealWindowOpen) // too early: again later
		d.post(TxFailed{Job: a.Job, Tx: TxSettle, Permanent: permanent, Reason: err.Error()})
	}
}

func (s RevealStatus) String() string {
	switch s {
	case Arrived:
		return "arrived"
	case Missing:
		return "missing"
	case Bad:
		return "bad"
	}
	return "?"
}

// actionJob is the job an action is about (for logs).
func actionJob(a Action) logits.JobID {
	switch a := a.(type) {
	case AwaitSeed:
		return a.Job
	case Draw:
		return a.Job
	case Missed:
		return a.Job
	case Check:
		return a.Job
	case CommitVerdict:
		return a.Job
	case RevealVerdict:
		return a.Job
	case PublishVerdict:
		return a.Job
	case Settle:
		return a.Job
	}
	return logits.JobID{}
}
