package validator

import (
	"context"
	"fmt"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

// onChainEvent turns one contract job event into the machine's event (the
// state is saved before the follower advances its cursor). An error stops
// the follower, which starts again from the cursor.
func (d *Daemon) onChainEvent(ctx context.Context, ev chain.Event) (Event, bool, error) {
	switch x := ev.Job.(type) {
	case chain.JobSubmitted:
		if x.ModelID != d.cfg.ModelID {
			return JobSubmitted{Job: x.Job, Terms: daemon.TermsOf(x)}, true, nil
		}
		admitted, loosest, err := d.thresholds(ctx, x.ModelID, x.ThresholdsVersion)
		if err != nil {
			return nil, false, err
		}
		if admitted == nil { // nothing to judge by: refuse the job, loudly
			d.log.Warn("refusing job: its model version has no thresholds for any numeric profile this validator knows (docs/protocol.md §8.2)",
				"job", logits.JobID(x.Job), "model", x.ModelID, "version", x.ThresholdsVersion)
			return JobSubmitted{Job: x.Job, Terms: daemon.TermsOf(x), Refused: true}, true, nil
		}
		return JobSubmitted{Job: x.Job, Terms: daemon.TermsOf(x), Admitted: admitted, Thresholds: loosest}, true, nil
	case chain.JobCommitted:
		return JobCommitted(x), true, nil
	case chain.CommitteeDrawn:
		return CommitteeDrawn(x), true, nil
	case chain.JobEscalated:
		return JobEscalated(x), true, nil
	case chain.EscalationDrawn:
		if d.firstMember(x.Job) {
			// the openings we fetched in round one may be relayed to round
			// two's members (same challenge set) if the miner withholds them
			d.cache.Admit(x.Job, x.Members)
		}
		return EscalationDrawn(x), true, nil
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

// firstMember reports whether this validator sat on the escalated job's
// round one.
func (d *Daemon) firstMember(job logits.JobID) bool {
	first := false
	d.sh.Loop.Read(func(m *Machine) {
		j, ok := m.Job(job)
		first = ok && j.FirstMember
	})
	return first
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
		if admitted, err = chain.AdmittedThresholds(ctx, d.cfg.Chain, model, version, models.ProfileIDs()); err != nil {
			return nil, logits.Thresholds{}, fmt.Errorf("validator: %w", err)
		}
		for p, th := range admitted {
			if err := th.Validate(); err != nil {
				return nil, logits.Thresholds{}, fmt.Errorf("validator: model %d v%d has unusable thresholds for profile %s: %w", model, version, models.Profile(p), err)
			}
		}
		d.mu.Lock()
		d.th[key] = admitted
		d.mu.Unlock()
	}
	loosest, _ = logits.Band(admitted, 0, 0) // every span covers an empty job: the loosest of all
	return admitted, loosest, nil
}
