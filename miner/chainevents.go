package miner

import (
	"context"
	"errors"
	"fmt"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

// onChainEvent turns one contract job event into the machine's event. The
// shell steps it and saves the state before the follower saves its cursor,
// so a restart never skips an event (it may replay one, which the machine
// ignores). An error stops the follower, which starts again from the cursor.
func (d *Daemon) onChainEvent(ctx context.Context, ev chain.Event) (Event, bool, error) {
	d.met.Events.WithLabelValues(ev.Name).Inc()
	switch x := ev.Job.(type) {
	case chain.JobSubmitted:
		if d.cfg.Accept != nil && !d.cfg.Accept(x) {
			return nil, false, nil
		}
		e := JobSubmitted{Job: x.Job, ModelID: x.ModelID, PromptHash: x.PromptHash, MaxTokens: x.MaxTokens,
			Sampler: x.Sampler, Deadline: x.Deadline}
		if x.ModelID == d.cfg.ModelID {
			ok, err := d.admitted(ctx, x.ModelID, x.ThresholdsVersion)
			if err != nil {
				return nil, false, err
			}
			e.NotAdmitted = !ok
		}
		return e, true, nil
	case chain.JobClaimed:
		return JobClaimed{Job: x.Job, Miner: x.Miner, Expiry: x.ClaimExpiry}, true, nil
	case chain.ClaimReleased:
		if x.Miner == d.cfg.Chain.From() {
			d.met.released.Inc()
		}
		return ClaimReleased{Job: x.Job, Miner: x.Miner}, true, nil
	case chain.JobCommitted:
		if x.Miner == d.cfg.Chain.From() {
			d.met.committed.Inc()
		}
		return JobCommitted{Job: x.Job, Miner: x.Miner, Root: x.Root, N: x.N, TokensHash: x.TokensHash}, true, nil
	case chain.CommitteeDrawn:
		// Only our committed jobs need it: the challenge set, read now while
		// the chain answers, lets reveals go on through a later outage.
		if j, ok := d.liveJob(x.Job); !ok || j.Phase != PhaseCommitted {
			return nil, false, nil
		}
		positions, err := d.cfg.Chain.ChallengePositions(ctx, x.Job)
		if err != nil {
			return nil, false, err
		}
		return CommitteeDrawn{Job: x.Job, Members: x.Members, Positions: positions}, true, nil
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

// admitted reports whether a model version admits this miner's numeric
// profile, asking the contract once per version; the first refusal of a
// version is a WARN line (the operator runs a profile nobody registered).
func (d *Daemon) admitted(ctx context.Context, model, version uint32) (bool, error) {
	key := [2]uint32{model, version}
	d.mu.Lock()
	ok, known := d.admits[key]
	d.mu.Unlock()
	if known {
		return ok, nil
	}
	p := d.profile()
	_, err := d.cfg.Chain.Thresholds(ctx, model, version, uint16(p))
	switch {
	case errors.Is(err, chain.ErrProfileNotAdmitted):
		d.log.Warn("the jobs of this model version are left to other miners: it admits no thresholds for this miner's numeric profile (docs/protocol.md §8.2)",
			"model", model, "version", version, "profile", p)
	case err != nil:
		return false, fmt.Errorf("miner: thresholds of model %d v%d for profile %s: %w", model, version, p, err)
	}
	ok = err == nil
	d.mu.Lock()
	d.admits[key] = ok
	d.mu.Unlock()
	return ok, nil
}
