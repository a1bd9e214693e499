// Package miner is pol's miner: a pure state machine of the miner's view of
// every job (Machine), and the daemon that drives it with the chain, the
// p2p network, the LLM engine and the logits store (Daemon).
//
// The machine does no I/O. Step takes one event (a chain event, a prompt
// from gossip, a finished generation, a failed transaction, the chain head)
// and returns the actions the shell must carry out (claim, generate, commit,
// publish the commitment, release a claim it cannot complete, withdraw,
// forget a job's files). Its state is plain
// data that the daemon saves after every step, so a restarted process picks
// up where the old one stopped. docs/daemons.md describes the states.
package miner

import (
	"cmp"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
)

// Config is what the machine needs to know about its miner.
type Config struct {
	// Role: the miner's staked address, the model it serves (jobs for
	// other models are ignored) and the bounds of the prompts kept for jobs
	// the chain has not shown yet.
	daemon.Role
	// MaxTokens is the longest job (maxTokens) this miner takes (0: any).
	// A job must be generated up to its maxTokens or an end-of-generation
	// token (spec §9 rule 6), so a longer job is left to other miners.
	MaxTokens uint32
	// CommitMargin is how many seconds before a job's deadline the miner
	// stops sending commits: the block that includes the commit carries a
	// later timestamp than the head the machine has seen.
	CommitMargin uint64
	// MaxBusy bounds the jobs in work at once: claimed or being claimed and
	// not yet committed (0: no limit). One engine generates one job at a
	// time, so claiming more than it can finish before their deadlines only
	// locks jobs away from other miners. Ready jobs wait in claim-pending
	// and are claimed earliest deadline first as slots free up.
	MaxBusy int
}

// Phase is where a job is in the miner's life cycle.
type Phase uint8

// Phases of a live job. A job leaves the machine when it ends (see Ending).
const (
	PhaseWaitPrompt     Phase = iota + 1 // known on chain, prompt text not yet received
	PhaseClaimPending                    // ready to claim; the claim is (re)sent on a Tick with a free slot
	PhaseClaiming                        // claimJob sent, waiting for JobClaimed
	PhaseGenerating                      // claimed by us, the engine is generating
	PhaseCommitPending                   // generated; the commit is (re)sent on the next Tick
	PhaseCommitting                      // commit sent, waiting for JobCommitted
	PhaseCommitted                       // committed by us: reveals are served until settlement
	PhaseTaken                           // claimed by another miner: kept (prompt included) in case it releases the claim
	PhaseReleasing                       // our generation failed: releaseClaim sent, waiting for ClaimReleased
	PhaseReleasePending                  // the release is (re)sent on the next Tick
)

func (p Phase) String() string {
	return daemon.Name(p, "wait-prompt", "claim-pending", "claiming", "generating", "commit-pending", "committing", "committed",
		"taken", "releasing", "release-pending")
}

// sent reports whether our commit is out (committing or committed): the
// chain, not the machine, decides such a job's outcome.
func (p Phase) sent() bool { return p == PhaseCommitting || p == PhaseCommitted }

// releasing reports whether the job waits for our claim to be released.
func (p Phase) releasing() bool { return p == PhaseReleasing || p == PhaseReleasePending }

// Ending is why a job left the machine.
type Ending uint8

// Endings.
const (
	EndSettled     Ending = iota + 1 // our commitment was settled
	EndLost                          // another miner committed it (or held its claim to the deadline), or our tx was refused
	EndExpired                       // the deadline passed before we committed
	EndCancelled                     // the requester (or anyone after the deadline) cancelled it
	EndFailed                        // generation failed and our claim could not be released (no longer ours, or the deadline passed)
	EndOtherModel                    // a model this miner does not serve
	EndTooLong                       // maxTokens beyond what this miner generates
	EndReleased                      // our claim was released (the contract refuses us a new claim)
	EndNotAdmitted                   // the job's thresholds version does not admit our numeric profile
	EndBeyondSpan                    // the job is longer than our profile's calibrated span
)

func (e Ending) String() string {
	return daemon.Name(e, "settled", "lost", "expired", "cancelled", "failed", "other-model", "too-long", "released", "profile-not-admitted", "beyond-span")
}

// Job is the machine's record of one live job.
type Job struct {
	ID    logits.JobID
	Phase Phase
	daemon.Terms
	Prompt string `json:",omitempty"` // the prompt text, once it arrived and matched PromptHash
	// Span is our profile's calibrated span for the job (0 in a snapshot
	// from before spans: not checked).
	Span uint32 `json:",omitempty"`
	// Version is the job's thresholds version (0 in a snapshot from
	// before it was kept: the claim checks Span then).
	Version uint32 `json:",omitempty"`
	// TakenUntil is the claim expiry of the other miner holding the job
	// (PhaseTaken): past it the contract lets anyone take the claim over.
	TakenUntil uint64 `json:",omitempty"`

	// Set once generated.
	Root         logits.Hash
	N            uint32
	TokensHash   logits.Hash
	PromptTokens []uint32 `json:",omitempty"`
	Output       []uint32 `json:",omitempty"`

	// Set once committed: the head block of the last publication of the
	// commitment and how many re-publications followed the first.
	PublishedAt uint64 `json:",omitempty"`
	Republished uint8  `json:",omitempty"`

	// Set once the committee is drawn (committed jobs only): who may ask
	// for openings and at which positions. An escalated job adds round
	// two's members; the positions stay round one's.
	Members   []common.Address `json:",omitempty"`
	Positions []uint32         `json:",omitempty"`
	// Escalated: round one did not settle the job; reveals go on for round
	// two until JobSettled.
	Escalated bool `json:",omitempty"`
}

// MaxRepublish is how many times a committed job's commitment is gossiped
// again after the first time, 1, 2, 4, 8 and 16 blocks apart: gossip reaches
// only the peers in the mesh at that moment, and a validator that restarts
// or joins late would otherwise miss the token lists it needs.
const MaxRepublish = 5

// Machine is the miner's pure state machine. It is not safe for concurrent
// use; the daemon serializes Step calls.
//
// An ended job is remembered until its deadline has passed, so a replayed
// event cannot revive it; after the deadline no event can (the contract
// takes no claim or commit after it), and the record is pruned: the state
// stays as large as the live jobs, not the history.
type Machine struct {
	cfg                      Config
	daemon.Book[Job, Ending]                        // Job, Ended, Jobs, Head
	prompts                  daemon.Pending[string] // prompts that arrived before their job
}

// ended is the record of a job that left the machine, kept until its
// deadline.
type ended = daemon.Gone[Ending]

// NewMachine returns a machine with no jobs.
func NewMachine(cfg Config) *Machine {
	cfg.Role = cfg.Role.WithDefaults()
	return &Machine{
		cfg:     cfg,
		Book:    daemon.NewBook[Job, Ending](),
		prompts: daemon.Pending[string]{},
	}
}

// Step applies one event and returns the actions it calls for. Replaying an
// event that was already applied returns no actions.
func (m *Machine) Step(ev Event) []Action {
	switch e := ev.(type) {
	case JobSubmitted:
		return m.submitted(e)
	case PromptReceived:
		return m.prompt(e)
	case JobClaimed:
		return m.claimed(e)
	case JobCommitted:
		return m.committed(e)
	case CommitteeDrawn:
		if j := m.Live[e.Job]; j != nil && j.Phase == PhaseCommitted && j.Members == nil {
			j.Members, j.Positions = e.Members, e.Positions
			return []Action{Prune{Job: e.Job, Keep: slices.Clone(e.Positions)}}
		}
	case JobEscalated:
		if j := m.Live[e.Job]; j != nil && j.Phase == PhaseCommitted {
			j.Escalated = true // nothing ends: the files serve round two
		}
	case EscalationDrawn:
		return m.escalationDrawn(e)
	case JobCancelled:
		return m.end(e.Job, EndCancelled)
	case JobSettled:
		return m.settled(e)
	case Generated:
		return m.generated(e)
	case GenerateFailed:
		return m.generateFailed(e)
	case ClaimReleased:
		return m.released(e)
	case TxFailed:
		return m.txFailed(e)
	case Tick:
		return m.tick(e)
	case Restarted:
		return m.restarted()
	}
	return nil
}

func (m *Machine) submitted(e JobSubmitted) []Action {
	if m.Known(e.Job) {
		return nil // a replay, or a job that ended
	}
	if why := m.declined(e); why != 0 {
		delete(m.prompts, e.Job)
		m.Gone[e.Job] = ended{Why: why, Deadline: e.Deadline}
		return nil
	}
	j := &Job{ID: e.Job, Phase: PhaseWaitPrompt, Span: e.Span, Version: e.Version, Terms: e.Terms}
	m.Live[e.Job] = j
	if p, ok := m.prompts.Take(e.Job); ok {
		return m.prompt(PromptReceived{Job: e.Job, Prompt: p})
	}
	return nil
}

// declined is why this miner leaves a submitted job to others (0: it
// takes it).
func (m *Machine) declined(e JobSubmitted) Ending {
	switch {
	case e.ModelID != m.cfg.ModelID:
		return EndOtherModel
	case m.cfg.MaxTokens > 0 && e.MaxTokens > m.cfg.MaxTokens:
		return EndTooLong
	case e.NotAdmitted:
		return EndNotAdmitted
	case e.Span > 0 && e.MaxTokens >= e.Span: // no room for a single prompt token
		return EndBeyondSpan
	}
	return 0
}

func (m *Machine) prompt(e PromptReceived) []Action {
	j := daemon.Await(&m.Book, m.prompts, m.cfg.Role, e.Job, e.Prompt)
	if j == nil {
		return nil
	}
	waiting := j.Phase == PhaseWaitPrompt || (j.Phase == PhaseTaken && j.Prompt == "")
	if !waiting || !j.Matches(e.Prompt) {
		return nil // already have it, or not the prompt the requester committed to
	}
	j.Prompt = e.Prompt
	if j.Phase == PhaseTaken {
		return nil // kept for a release of the other miner's claim
	}
	return m.ready(j)
}

// ready claims a job whose prompt we hold, or queues the claim while
// MaxBusy jobs are in work.
func (m *Machine) ready(j *Job) []Action {
	if !m.beforeDeadline(j) {
		return m.end(j.ID, EndExpired)
	}
	if m.full() {
		j.Phase = PhaseClaimPending
		return nil
	}
	j.Phase = PhaseClaiming
	return []Action{Claim{Job: j.ID}}
}

// busy counts the jobs in work: claimed or being claimed, not yet committed.
func (m *Machine) busy() int {
	n := 0
	for _, j := range m.Live {
		if j.Phase >= PhaseClaiming && j.Phase <= PhaseCommitting {
			n++
		}
	}
	return n
}

// full reports whether another claim would exceed MaxBusy.
func (m *Machine) full() bool { return m.cfg.MaxBusy > 0 && m.busy() >= m.cfg.MaxBusy }

func (m *Machine) claimed(e JobClaimed) []Action {
	j, live := m.Live[e.Job]
	if !live {
		return nil
	}
	if e.Miner != m.cfg.Self {
		j.TakenUntil = e.Expiry
		switch {
		case j.Phase.sent():
			return nil // a lapsed claim of ours was taken over, but our commit is already out
		case j.Phase.releasing():
			return m.end(j.ID, EndFailed) // our lapsed claim was taken over: nothing to release
		case j.Phase == PhaseTaken:
			return nil
		}
		// Kept, not ended: the other miner may release its claim.
		var acts []Action
		if j.Phase == PhaseGenerating || j.Phase == PhaseCommitPending {
			acts = []Action{Forget{Job: j.ID}} // a lapsed claim of ours was taken over: our files are useless
		}
		j.Phase = PhaseTaken
		return acts
	}
	switch {
	case j.Phase == PhaseClaiming || j.Phase == PhaseClaimPending:
	case j.Phase == PhaseTaken && j.Prompt != "":
		// our claim (sent before the other miner's event came) holds on chain
	default:
		return nil
	}
	j.Phase = PhaseGenerating
	return []Action{m.generate(j)}
}

func (m *Machine) generate(j *Job) Generate {
	return Generate{Job: j.ID, Prompt: j.Prompt, N: j.MaxTokens, Sampler: j.Sampler}
}

func (m *Machine) generated(e Generated) []Action {
	j, live := m.Live[e.Job]
	if !live || j.Phase != PhaseGenerating {
		return nil
	}
	j.Root, j.N = e.Root, e.N
	j.PromptTokens, j.Output = e.PromptTokens, e.Output
	j.TokensHash = logits.TokensHash(e.PromptTokens, e.Output)
	if !m.beforeDeadline(j) {
		return m.end(j.ID, EndExpired)
	}
	j.Phase = PhaseCommitting
	return []Action{m.commit(j)}
}

func (m *Machine) commit(j *Job) Commit {
	return Commit{Job: j.ID, Root: j.Root, N: j.N, TokensHash: j.TokensHash, Output: j.Output}
}

func (m *Machine) committed(e JobCommitted) []Action {
	j, live := m.Live[e.Job]
	if !live {
		return nil
	}
	if e.Miner != m.cfg.Self {
		return m.end(j.ID, EndLost)
	}
	if j.Phase == PhaseCommitted {
		return nil
	}
	j.Phase = PhaseCommitted
	j.Republished = 0
	return []Action{m.publish(j)}
}

// publish records the publication at the current head and returns it.
func (m *Machine) publish(j *Job) PublishCommitment {
	j.PublishedAt = m.Head.Block
	return PublishCommitment{Job: j.ID, ModelID: j.ModelID, Prompt: j.Prompt, Root: j.Root, N: j.N,
		TokensHash: j.TokensHash, PromptTokens: j.PromptTokens, Output: j.Output}
}

// republishDue reports whether a committed job's commitment is due to be
// gossiped again at block.
func republishDue(j *Job, block uint64) bool {
	return j.Phase == PhaseCommitted && j.Republished < MaxRepublish && block >= j.PublishedAt+1<<j.Republished
}

// escalationDrawn admits round two's members to the job's openings, at the
// same positions as round one's.
func (m *Machine) escalationDrawn(e EscalationDrawn) []Action {
	j := m.Live[e.Job]
	if j == nil || j.Phase != PhaseCommitted {
		return nil
	}
	j.Escalated = true
	members := slices.Clone(j.Members)
	for _, a := range e.Members {
		if !slices.Contains(members, a) {
			members = append(members, a)
		}
	}
	j.Members = members
	if j.Positions == nil { // round one's draw was not seen: prune now
		j.Positions = e.Positions
		return []Action{Prune{Job: e.Job, Keep: slices.Clone(e.Positions)}}
	}
	return nil
}

func (m *Machine) settled(e JobSettled) []Action {
	j, live := m.Live[e.Job]
	if !live || j.Phase != PhaseCommitted {
		return nil
	}
	acts := m.end(j.ID, EndSettled)
	if e.Outcome == chain.StatusPassed {
		acts = append(acts, Withdraw{})
	}
	return acts
}

func (m *Machine) txFailed(e TxFailed) []Action {
	j, live := m.Live[e.Job]
	if !live {
		return nil
	}
	switch {
	case e.Tx == TxClaim && j.Phase == PhaseClaiming:
		if e.Permanent {
			return m.end(j.ID, EndLost)
		}
		j.Phase = PhaseClaimPending
	case e.Tx == TxCommit && j.Phase == PhaseCommitting:
		if e.Permanent {
			return m.end(j.ID, EndLost)
		}
		j.Phase = PhaseCommitPending
	case e.Tx == TxRelease && j.Phase == PhaseReleasing:
		if e.Permanent {
			return m.end(j.ID, EndFailed) // the claim is no longer ours to release
		}
		j.Phase = PhaseReleasePending
	}
	return nil
}

// generateFailed gives back the claim of a job whose generation failed.
// The shell reports a failure only when running again would fail again (a
// prompt the tokenizer refuses, a context overflow the claim-time check
// missed, an engine or disk error; a shutdown is no failure), so holding the
// claim to its expiry would only keep the job from other miners and the
// requester from cancelling it.
func (m *Machine) generateFailed(e GenerateFailed) []Action {
	j, live := m.Live[e.Job]
	if !live || j.Phase != PhaseGenerating {
		return nil
	}
	j.Phase = PhaseReleasing
	return []Action{Forget{Job: j.ID}, ReleaseClaim{Job: j.ID}}
}

// released applies ClaimReleased. Our own release ends the job: the
// contract refuses us a new claim on it. Another miner's release makes a
// job we kept as taken claimable again, like a fresh open job (it passed
// the model and length rules when it was submitted).
func (m *Machine) released(e ClaimReleased) []Action {
	j, live := m.Live[e.Job]
	switch {
	case !live || j.Phase.sent():
		return nil // a commit is out: the contract releases only uncommitted claims
	case e.Miner == m.cfg.Self:
		return m.end(j.ID, EndReleased)
	case j.Phase != PhaseTaken:
		return nil
	case j.Prompt == "":
		j.Phase = PhaseWaitPrompt
		return nil
	}
	return m.ready(j)
}

// tickHeld handles a taken or releasing job on a new head. A taken job is
// lost once a claim would come too late to commit, and claimed again once
// the other miner's claim has lapsed without a commit (the contract lets
// anyone take a lapsed claim over; the holder itself cannot renew it). A
// release is resent after a transient failure, and given up once the
// deadline has passed (the job can be cancelled by anyone then).
func (m *Machine) tickHeld(j *Job) []Action {
	switch {
	case j.Phase == PhaseTaken:
		if !m.beforeDeadline(j) {
			return m.end(j.ID, EndLost)
		}
		if j.TakenUntil != 0 && m.Head.Time > j.TakenUntil && j.Prompt != "" {
			j.TakenUntil = 0
			return m.ready(j)
		}
	case m.Head.Time > j.Deadline:
		return m.end(j.ID, EndFailed)
	case j.Phase == PhaseReleasePending:
		j.Phase = PhaseReleasing
		return []Action{ReleaseClaim{Job: j.ID}}
	}
	return nil
}

func (m *Machine) tick(e Tick) []Action {
	if !m.Advance(chain.Head(e)) {
		return nil // a replayed or older head
	}
	m.prompts.Prune(m.cfg.Role, e.Block)
	var acts []Action
	for _, id := range m.sortedIDs() {
		j := m.Live[id]
		switch {
		case republishDue(j, e.Block):
			j.Republished++
			acts = append(acts, m.publish(j))
		case j.Phase.sent():
			// the chain decides the outcome of a commit that is out
		case j.Phase.releasing() || j.Phase == PhaseTaken:
			acts = append(acts, m.tickHeld(j)...)
		case !m.beforeDeadline(j):
			acts = append(acts, m.end(id, EndExpired)...)
		case j.Phase == PhaseCommitPending:
			j.Phase = PhaseCommitting
			acts = append(acts, m.commit(j))
		}
	}
	return append(acts, m.claimReady()...)
}

// claimReady claims pending jobs, earliest deadline first (ties by id),
// while a slot is free.
func (m *Machine) claimReady() []Action {
	var ready []*Job
	for _, id := range m.sortedIDs() {
		if j := m.Live[id]; j.Phase == PhaseClaimPending {
			ready = append(ready, j)
		}
	}
	slices.SortStableFunc(ready, func(a, b *Job) int { return cmp.Compare(a.Deadline, b.Deadline) })
	var acts []Action
	for _, j := range ready {
		if m.full() {
			break
		}
		j.Phase = PhaseClaiming
		acts = append(acts, Claim{Job: j.ID})
	}
	return acts
}

// restarted re-issues the work of every in-flight job: the old process may
// have died before or while doing it. The shell makes claim and commit
// idempotent by checking the chain before sending. Committed jobs are
// announced again: the restarted process may listen on other addresses, and
// validators that missed the first message get the token lists.
func (m *Machine) restarted() []Action {
	var acts []Action
	for _, id := range m.sortedIDs() {
		j := m.Live[id]
		switch j.Phase {
		case PhaseClaiming:
			acts = append(acts, Claim{Job: id})
		case PhaseGenerating:
			acts = append(acts, m.generate(j))
		case PhaseCommitting:
			acts = append(acts, m.commit(j))
		case PhaseCommitted:
			j.Republished = 0 // a new process: announce on the full schedule again
			acts = append(acts, m.publish(j))
		case PhaseReleasing:
			acts = append(acts, ReleaseClaim{Job: id})
		}
	}
	return acts
}

// end removes a live job. Files may exist from PhaseGenerating on; a
// committed job's files are only forgotten once it is settled.
func (m *Machine) end(id logits.JobID, why Ending) []Action {
	j, live := m.Live[id]
	if !live {
		return nil
	}
	if j.Phase == PhaseCommitted && why != EndSettled {
		return nil // keep serving reveals until the contract settles
	}
	delete(m.Live, id)
	m.Gone[id] = ended{Why: why, Deadline: j.Deadline}
	// Files may exist from generating to committed; those of a taken or
	// releasing job were forgotten when it entered that phase.
	if j.Phase >= PhaseGenerating && j.Phase <= PhaseCommitted {
		return []Action{Forget{Job: id}}
	}
	return nil
}

// beforeDeadline reports whether a commit sent now would still be on time.
func (m *Machine) beforeDeadline(j *Job) bool {
	return m.Head.Time+m.cfg.CommitMargin <= j.Deadline
}
