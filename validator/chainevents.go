package validator

import (
	"context"
	"fmt"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

// onChainEvent turns one contract job event into the machine's event (the
// state is saved before the follower advances its cursor). An error stops
// the follower, which starts again from the cursor.
func (d *Daemon) onChainEvent(ctx context.Context, ev chain.Event) (Event, bool, error) {
	d.met.Events.WithLabelValues(ev.Name).Inc()
	switch x := ev.Job.(type) {
	case chain.JobSubmitted:
		if x.ModelID != d.cfg.ModelID {
			return JobSubmitted{Job: x.Job, ModelID: x.ModelID, Deadline: x.Deadline}, true, nil
		}
		th, err := d.thresholds(ctx, x.ModelID, x.ThresholdsVersion)
		if err != nil {
			return nil, false, err
		}
		return JobSubmitted{Job: x.Job, ModelID: x.ModelID, PromptHash: x.PromptHash, MaxTokens: x.MaxTokens,
			Sampler: x.Sampler, Thresholds: th, Deadline: x.Deadline}, true, nil
	case chain.JobCommitted:
		return JobCommitted{Job: x.Job, Miner: x.Miner, Root: x.Root, N: x.N, TokensHash: x.TokensHash, SeedBlock: x.SeedBlock, Output: x.Output}, true, nil
	case chain.CommitteeDrawn:
		return CommitteeDrawn{Job: x.Job, Seed: x.Seed, Members: x.Members}, true, nil
	case chain.VerdictCommitted:
		return VerdictCommitted{Job: x.Job, Validator: x.Member}, true, nil
	case chain.Attested:
		return Attested{Job: x.Job, Validator: x.Validator, Verdict: x.Verdict}, true, nil
	case chain.JobSettled:
		d.cfg.Network.ReleaseCommittee(x.Job)
		d.relayed.Delete(logits.JobID(x.Job))
		d.cache.Forget(x.Job)
		return JobSettled{Job: x.Job, Outcome: x.Outcome}, true, nil
	case chain.JobCancelled:
		return JobCancelled{Job: x.Job}, true, nil
	}
	return nil, false, nil
}

// thresholds returns a model version's comparator thresholds, read from the
// contract once.
func (d *Daemon) thresholds(ctx context.Context, model, version uint32) (logits.Thresholds, error) {
	key := [2]uint32{model, version}
	d.mu.Lock()
	th, ok := d.th[key]
	d.mu.Unlock()
	if ok {
		return th, nil
	}
	ct, err := d.cfg.Chain.Thresholds(ctx, model, version)
	if err != nil {
		return logits.Thresholds{}, fmt.Errorf("validator: thresholds of model %d v%d: %w", model, version, err)
	}
	th = chain.LogitsThresholds(ct)
	if err := th.Validate(); err != nil {
		return logits.Thresholds{}, fmt.Errorf("validator: model %d v%d has unusable thresholds: %w", model, version, err)
	}
	d.mu.Lock()
	d.th[key] = th
	d.mu.Unlock()
	return th, nil
}
