package devnet

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/bindings"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/validator"
)

// observer follows the contract and the commitments topic and prints each
// devnet job's life: submitted, claimed, committed (with the generated
// text), committee, verdicts, settlement, slashes.
type observer struct {
	d       *Devnet
	mu      sync.Mutex
	jobs    map[logits.JobID]*jobLife
	changed chan struct{} // closed and replaced whenever a job is committed or settled
}

// jobLife is what the observer learned about one job.
type jobLife struct {
	num        int
	assigned   string
	miner      string
	committee  []string // drawn members, in draw order (round two's once escalated)
	escalated  bool     // round one did not settle the job
	firstRound []string // round one's members, once escalated
	verdicts   map[string]chain.Verdict
	settled    bool
	outcome    chain.JobStatus
	payout     *big.Int
	slash      *big.Int
}

func newObserver(d *Devnet) *observer {
	return &observer{d: d, jobs: map[logits.JobID]*jobLife{}, changed: make(chan struct{})}
}

func (o *observer) submitted(id logits.JobID, prompt string, maxTokens uint32, assigned string) {
	o.mu.Lock()
	j := o.job(id)
	j.assigned = assigned
	o.mu.Unlock()
	o.printf(id, "submitted %s: %q, max %d tokens, for %s", shortJob(id), prompt, maxTokens, assigned)
}

// job returns the record of id, creating it; o.mu must be held.
func (o *observer) job(id logits.JobID) *jobLife {
	j, ok := o.jobs[id]
	if !ok {
		j = &jobLife{num: len(o.jobs) + 1, verdicts: map[string]chain.Verdict{}}
		o.jobs[id] = j
	}
	return j
}

func (o *observer) printf(id logits.JobID, format string, args ...any) {
	o.mu.Lock()
	defer o.mu.Unlock()
	fmt.Fprintf(o.d.cfg.Out, "job %-2d     %s\n", o.job(id).num, fmt.Sprintf(format, args...))
}

// seat records a drawn committee (either round) as the job's current one
// and returns its members' names.
func (o *observer) seat(job logits.JobID, members []common.Address) []string {
	names := make([]string, len(members))
	for i, m := range members {
		names[i] = o.name(m)
	}
	o.mu.Lock()
	o.job(job).committee = names
	o.mu.Unlock()
	return names
}

func (o *observer) name(a common.Address) string {
	if n, ok := o.d.names[a]; ok {
		return n
	}
	return a.Hex()
}

func (o *observer) run(ctx context.Context) {
	go o.texts(ctx)
	err := o.d.owner.Follow(ctx, chain.FollowOptions{From: o.d.owner.Block,
		Events: []string{"JobClaimed", "ClaimReleased", "JobCommitted", "CommitteeDrawn", "VerdictCommitted", "Attested", "JobSettled", "Slashed",
			"JobEscalated", "EscalationDrawn"}}, o.onEvent)
	if err != nil && ctx.Err() == nil {
		o.d.cfg.Log.Error("devnet observer stopped", "err", err)
	}
}

func (o *observer) onEvent(_ context.Context, ev chain.Event) error {
	if x, ok := ev.Data.(*bindings.ProofOfLogitsSlashed); ok { // not a job life-cycle event
		o.printf(x.JobId, "slashed %s by %s ETH (stake now %s ETH)", o.name(x.Account), chain.FormatEther(x.Amount), chain.FormatEther(x.Stake))
		return nil
	}
	switch x := ev.Job.(type) {
	case chain.JobClaimed:
		o.printf(x.Job, "claimed by %s", o.name(x.Miner))
	case chain.ClaimReleased:
		o.printf(x.Job, "released by %s: open again for the other miners", o.name(x.Miner))
	case chain.JobCommitted:
		o.mu.Lock()
		o.job(x.Job).miner = o.name(x.Miner)
		o.notify()
		o.mu.Unlock()
		o.printf(x.Job, "committed by %s: root %s over %d positions, seed block %d", o.name(x.Miner), short(x.Root[:]), x.N, x.SeedBlock)
	case chain.CommitteeDrawn:
		names := o.seat(x.Job, x.Members)
		o.printf(x.Job, "committee %s (seed %s)", strings.Join(names, ", "), short(x.Seed[:]))
	case chain.JobEscalated:
		o.mu.Lock()
		j := o.job(x.Job)
		j.escalated, j.firstRound, j.committee = true, j.committee, nil
		o.mu.Unlock()
		o.printf(x.Job, "escalated: round one had a Fail vote that did not fail the job; round two is drawn from seed block %d", x.SeedBlock)
	case chain.EscalationDrawn:
		names := o.seat(x.Job, x.Members)
		o.printf(x.Job, "round two %s (seed %s; round one's challenge set)", strings.Join(names, ", "), short(x.Seed[:]))
	case chain.VerdictCommitted:
		o.printf(x.Job, "%s commits to a verdict (hidden until the attest window ends)", o.name(x.Member))
	case chain.Attested:
		o.mu.Lock()
		o.job(x.Job).verdicts[o.name(x.Validator)] = x.Verdict
		o.mu.Unlock()
		o.printf(x.Job, "%s reveals %s on chain (evidence %s)", o.name(x.Validator), x.Verdict, short(x.Evidence[:]))
	case chain.JobSettled:
		o.mu.Lock()
		j := o.job(x.Job)
		j.settled, j.outcome, j.payout, j.slash = true, x.Outcome, x.MinerPayout, x.MinerSlash
		o.notify()
		o.mu.Unlock()
		o.printf(x.Job, "settled %s: miner paid %s ETH, voters rewarded %s ETH, miner slashed %s ETH, refund %s ETH",
			x.Outcome, chain.FormatEther(x.MinerPayout), chain.FormatEther(x.VoterReward), chain.FormatEther(x.MinerSlash), chain.FormatEther(x.Refund))
	}
	return nil
}

// attested prints why a validator attested a verdict other than pass.
func (o *observer) attested(validator string, a validator.Attest) {
	if a.Verdict != chain.VerdictPass {
		o.printf(a.Job, "%s: %s at position %d: %s", validator, a.Verdict, a.Position, a.Reason)
	}
}

// texts prints the text each miner generated, from the gossiped commitments.
func (o *observer) texts(ctx context.Context) {
	sub, err := o.d.walletNode.Gossip.SubscribeCommitments()
	if err != nil {
		o.d.cfg.Log.Warn("devnet: subscribe to commitments", "err", err)
		return
	}
	defer sub.Cancel()
	seen := map[logits.JobID]bool{}
	tok := o.d.file.Tokenizer
	for {
		r, err := sub.Next(ctx)
		if err != nil {
			return
		}
		if seen[r.Msg.JobID] {
			continue
		}
		seen[r.Msg.JobID] = true
		o.printf(r.Msg.JobID, "commitment gossiped by %s: text %q", o.name(r.Signer), tok.Decode(models.Int32s(r.Msg.OutputTokens)))
	}
}

// notify wakes the waiters; o.mu must be held.
func (o *observer) notify() {
	close(o.changed)
	o.changed = make(chan struct{})
}

// waitSettled blocks until every job in ids is settled and returns their
// records.
func (o *observer) waitSettled(ctx context.Context, ids []logits.JobID) (map[logits.JobID]jobLife, error) {
	return o.wait(ctx, ids, func(j *jobLife) bool { return j.settled })
}

// waitCommitted blocks until the job is committed on chain.
func (o *observer) waitCommitted(ctx context.Context, id logits.JobID) error {
	_, err := o.wait(ctx, []logits.JobID{id}, func(j *jobLife) bool { return j.miner != "" })
	return err
}

func (o *observer) wait(ctx context.Context, ids []logits.JobID, done func(*jobLife) bool) (map[logits.JobID]jobLife, error) {
	for {
		o.mu.Lock()
		out := map[logits.JobID]jobLife{}
		for _, id := range ids {
			if j := o.jobs[id]; j != nil && done(j) {
				out[id] = *j
			}
		}
		ch := o.changed
		o.mu.Unlock()
		if len(out) == len(ids) {
			return out, nil
		}
		select {
		case <-ctx.Done():
			return out, fmt.Errorf("devnet: %d of %d jobs got there before %w", len(out), len(ids), ctx.Err())
		case <-ch:
		}
	}
}

// shortJob abbreviates a job id to what tells one job from another: the
// contract's prefix is the same for every job, record and generation are not.
func shortJob(id logits.JobID) string {
	return fmt.Sprintf("0x%x…%x", id[:2], id[24:])
}

func short(b []byte) string {
	return fmt.Sprintf("0x%x…", b[:4])
}
