package validator

import (
	"context"
	"fmt"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/bindings"
	"github.com/pol-network/pol/logits"
)

// onChainEvent feeds one contract event to the machine (the state is saved
// before Follow advances its cursor).
func (d *Daemon) onChainEvent(ctx context.Context, ev chain.Event) error {
	d.met.events.WithLabelValues(ev.Name).Inc()
	var e Event
	switch x := ev.Data.(type) {
	case *bindings.ProofOfLogitsJobSubmitted:
		if x.ModelId != d.cfg.ModelID {
			e = JobSubmitted{Job: x.JobId, ModelID: x.ModelId}
			break
		}
		th, err := d.thresholds(ctx, x.ModelId, x.ThresholdsVersion)
		if err != nil {
			return err
		}
		e = JobSubmitted{Job: x.JobId, ModelID: x.ModelId, PromptHash: x.PromptHash, MaxTokens: x.MaxTokens,
			Sampler: chain.LogitsSampler(x.Sampler), Thresholds: th, Deadline: x.Deadline}
	case *bindings.ProofOfLogitsJobCommitted:
		// The output tokens the commit published; the contract checked their
		// length (4·n bytes), so a decode error cannot come from a miner.
		output, err := chain.DecodeTokens(x.Output)
		if err != nil || len(output) != int(x.N) {
			output = nil
		}
		e = JobCommitted{Job: x.JobId, Miner: x.Miner, Root: x.Root, N: x.N, TokensHash: x.TokensHash, SeedBlock: x.SeedBlock, Output: output}
	case *bindings.ProofOfLogitsCommitteeDrawn:
		e = CommitteeDrawn{Job: x.JobId, Seed: x.Seed, Members: x.Members}
	case *bindings.ProofOfLogitsVerdictCommitted:
		e = VerdictCommitted{Job: x.JobId, Validator: x.Member}
	case *bindings.ProofOfLogitsAttested:
		e = Attested{Job: x.JobId, Validator: x.Validator, Verdict: chain.Verdict(x.Verdict)}
	case *bindings.ProofOfLogitsJobSettled:
		d.cfg.Host.ReleaseCommittee(x.JobId)
		d.relayed.Delete(logits.JobID(x.JobId))
		d.cache.Forget(x.JobId)
		e = JobSettled{Job: x.JobId, Outcome: chain.JobStatus(x.Outcome)}
	case *bindings.ProofOfLogitsJobCancelled:
		e = JobCancelled{Job: x.JobId}
	default:
		return nil
	}
	return d.step(e)
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
