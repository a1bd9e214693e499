package miner

import (
	"context"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/bindings"
	"github.com/pol-network/pol/logits"
)

// onChainEvent feeds one contract event to the machine. Follow saves its
// cursor after this returns, so the state file is always at least as new as
// the cursor: a restart never skips an event (it may replay one, which the
// machine ignores).
func (d *Daemon) onChainEvent(_ context.Context, ev chain.Event) error {
	d.met.events.WithLabelValues(ev.Name).Inc()
	var e Event
	switch x := ev.Data.(type) {
	case *bindings.ProofOfLogitsJobSubmitted:
		if d.cfg.Accept != nil && !d.cfg.Accept(ev) {
			return nil
		}
		e = JobSubmitted{Job: x.JobId, ModelID: x.ModelId, PromptHash: x.PromptHash, MaxTokens: x.MaxTokens,
			Sampler: chain.LogitsSampler(x.Sampler), Deadline: x.Deadline}
	case *bindings.ProofOfLogitsJobClaimed:
		e = JobClaimed{Job: x.JobId, Miner: x.Miner, Expiry: x.ClaimExpiry}
	case *bindings.ProofOfLogitsJobCommitted:
		e = JobCommitted{Job: x.JobId, Miner: x.Miner, Root: x.Root, N: x.N, TokensHash: x.TokensHash}
		if x.Miner == d.cfg.Chain.From() {
			d.met.committed.Inc()
		}
	case *bindings.ProofOfLogitsJobCancelled:
		e = JobCancelled{Job: x.JobId}
	case *bindings.ProofOfLogitsJobSettled:
		d.cfg.Host.ReleaseCommittee(x.JobId)
		e = JobSettled{Job: x.JobId, Outcome: chain.JobStatus(x.Outcome)}
		if j, ok := d.liveJob(x.JobId); ok && j.Phase == PhaseCommitted {
			d.met.settled.WithLabelValues(chain.JobStatus(x.Outcome).String()).Inc()
			d.log.Info("job settled", "job", logits.JobID(x.JobId), "outcome", chain.JobStatus(x.Outcome),
				"payout", x.MinerPayout, "slash", x.MinerSlash)
		}
	default:
		return nil
	}
	return d.step(e)
}

func (d *Daemon) liveJob(id logits.JobID) (j Job, ok bool) {
	d.st.Read(func(m *Machine) { j, ok = m.Job(id) })
	return j, ok
}
