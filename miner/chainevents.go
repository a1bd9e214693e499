package miner

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
)

// onChainEvent turns one contract job event into the machine's event. The
// shell steps it and saves the state before the follower saves its cursor,
// so a restart never skips an event (it may replay one, which the machine
// ignores). An error stops the follower, which starts again from the cursor.
func (d *Daemon) onChainEvent(ctx context.Context, ev chain.Event) (Event, bool, error) {
	switch x := ev.Job.(type) {
	case chain.JobSubmitted:
		if d.cfg.Accept != nil && !d.cfg.Accept(x) {
			return nil, false, nil
		}
		e := JobSubmitted{Job: x.Job, Terms: daemon.TermsOf(x), Version: x.ThresholdsVersion}
		if x.ModelID == d.cfg.ModelID {
			span, err := d.span(ctx, x.ModelID, x.ThresholdsVersion)
			if err != nil {
				return nil, false, err
			}
			e.NotAdmitted, e.Span = span == 0, span
		}
		return e, true, nil
	case chain.JobClaimed:
		return JobClaimed{Job: x.Job, Miner: x.Miner, Expiry: x.ClaimExpiry}, true, nil
	case chain.ClaimReleased:
		if x.Miner == d.cfg.Chain.From() {
			d.met.released.Inc()
		}
		return ClaimReleased(x), true, nil
	case chain.JobCommitted:
		if x.Miner == d.cfg.Chain.From() {
			d.met.committed.Inc()
		}
		return JobCommitted(x), true, nil
	case chain.CommitteeDrawn:
		// Only our committed jobs need it: the challenge set, read now while
		// the chain answers, lets reveals go on through a later outage.
		j, ok := d.liveJob(x.Job)
		if !ok || j.Phase != PhaseCommitted {
			return nil, false, nil
		}
		// From the event's seed (proven by the contract): no header to
		// re-encode, which a chain with header fields unknown here would fail.
		positions, err := d.cfg.Chain.ChallengeSetFrom(ctx, x.Job, x.Seed, j.N)
		if err != nil {
			return nil, false, err
		}
		return CommitteeDrawn{Job: x.Job, Members: x.Members, Positions: positions}, true, nil
	case chain.JobEscalated:
		return JobEscalated(x), true, nil
	case chain.EscalationDrawn:
		j, ok := d.liveJob(x.Job)
		if !ok || j.Phase != PhaseCommitted {
			return nil, false, nil
		}
		positions := j.Positions // the challenge set does not change
		if positions == nil {
			var err error
			positions, err = d.cfg.Chain.ChallengePositions(ctx, x.Job)
			if errors.Is(err, chain.ErrUnknownJob) {
				// The job has ended since and a later job took its record: nothing is
				// left to serve, and its JobSettled follows. Stopping here would stop
				// the follower on this event for ever.
				return nil, false, nil
			}
			if err != nil {
				return nil, false, err
			}
		}
		d.cfg.Network.ProtectCommittee(x.Job, append(slices.Clone(j.Members), x.Members...)...) // both rounds ask
		return EscalationDrawn{Job: x.Job, Members: x.Members, Positions: positions}, true, nil
	case chain.JobCancelled:
		return JobCancelled{Job: x.Job}, true, nil
	case chain.JobSettled:
		d.cfg.Network.ReleaseCommittee(x.Job)
		if j, ok := d.liveJob(x.Job); ok && j.Phase == PhaseCommitted {
			d.met.settled.WithLabelValues(x.Outcome.String()).Inc()
			d.log.Info("job settled", "job", logits.JobID(x.Job), "outcome", x.Outcome, "payout", x.MinerPayout, "slash", x.MinerSlash)
		}
		return JobSettled{Job: x.Job, Outcome: x.Outcome}, true, nil
	}
	return nil, false, nil
}

// span returns the calibrated span of this miner's numeric profile in a
// model version (the longest job, prompt + generated tokens, its thresholds
// cover), or 0 when the version does not admit the profile, asking the
// contract once per version; the first refusal of a version is a WARN line
// (the operator runs a profile nobody registered).
func (d *Daemon) span(ctx context.Context, model, version uint32) (uint32, error) {
	key := [2]uint32{model, version}
	d.mu.Lock()
	span, known := d.spans[key]
	d.mu.Unlock()
	if known {
		return span, nil
	}
	p := d.profile()
	th, err := d.cfg.Chain.Thresholds(ctx, model, version, uint16(p))
	switch {
	case errors.Is(err, chain.ErrProfileNotAdmitted):
		d.log.Warn("the jobs of this model version are left to other miners: it admits no thresholds for this miner's numeric profile (docs/protocol.md §8.2)",
			"model", model, "version", version, "profile", p)
	case err != nil:
		return 0, fmt.Errorf("miner: thresholds of model %d v%d for profile %s: %w", model, version, p, err)
	default:
		span = max(th.Span, 1) // a registered span is >= 2; 0 means not admitted
		d.log.Info("thresholds of this miner's profile", "model", model, "version", version, "profile", p,
			"maxDelta", logits.FromNano(th.MaxDeltaNano), "span", th.Span)
	}
	d.mu.Lock()
	d.spans[key] = span
	d.mu.Unlock()
	return span, nil
}
