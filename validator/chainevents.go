package validator

import (
	"context"
	"errors"
	"fmt"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/bindings"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
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
		admitted, loosest, err := d.thresholds(ctx, x.ModelId, x.ThresholdsVersion)
		if err != nil {
			return err
		}
		if admitted == nil { // nothing to judge by: refuse the job, loudly
			d.log.Warn("refusing job: its model version has no thresholds for any numeric profile this validator knows (docs/protocol.md §8.2)",
				"job", logits.JobID(x.JobId), "model", x.ModelId, "version", x.ThresholdsVersion)
			e = JobSubmitted{Job: x.JobId, ModelID: x.ModelId, Refused: true}
			break
		}
		e = JobSubmitted{Job: x.JobId, ModelID: x.ModelId, PromptHash: x.PromptHash, MaxTokens: x.MaxTokens,
			Sampler: chain.LogitsSampler(x.Sampler), Admitted: admitted, Thresholds: loosest, Deadline: x.Deadline}
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

// thresholds returns a model version's comparator thresholds per numeric
// profile of the registry (docs/protocol.md §8.2) and the loosest of them,
// read from the contract once; admitted is nil when the version admits none
// of the registry's profiles.
func (d *Daemon) thresholds(ctx context.Context, model, version uint32) (admitted map[uint16]logits.Thresholds, loosest logits.Thresholds, err error) {
	key := [2]uint32{model, version}
	d.mu.Lock()
	admitted, ok := d.th[key]
	d.mu.Unlock()
	if !ok {
		for _, p := range models.Profiles {
			ct, err := d.cfg.Chain.Thresholds(ctx, model, version, uint16(p))
			if errors.Is(err, chain.ErrProfileNotAdmitted) {
				continue
			}
			if err != nil {
				return nil, logits.Thresholds{}, fmt.Errorf("validator: thresholds of model %d v%d for profile %s: %w", model, version, p, err)
			}
			th := chain.LogitsThresholds(ct)
			if err := th.Validate(); err != nil {
				return nil, logits.Thresholds{}, fmt.Errorf("validator: model %d v%d has unusable thresholds for profile %s: %w", model, version, p, err)
			}
			if admitted == nil {
				admitted = map[uint16]logits.Thresholds{}
			}
			admitted[uint16(p)] = th
		}
		d.mu.Lock()
		d.th[key] = admitted
		d.mu.Unlock()
	}
	for _, th := range admitted { // component-wise, TopK of the widest MaxDelta
		if th.MaxDelta > loosest.MaxDelta || loosest.TopK == 0 {
			loosest.Version, loosest.TopK, loosest.MaxDelta = th.Version, th.TopK, th.MaxDelta
		}
		loosest.MaxKL, loosest.TieMargin = max(loosest.MaxKL, th.MaxKL), max(loosest.TieMargin, th.TieMargin)
	}
	return admitted, loosest, nil
}
