// Package validator is pol's validator: a pure state machine of the
// validator's view of every committed job (Machine), and the daemon that
// drives it with the chain, the p2p reveal client and a recompute engine
// (Daemon).
//
// On JobCommitted the machine waits for the seed block, learns whether it
// sits on the job's committee (and draws it on chain if nobody has), derives
// the job's challenge set, asks for the openings, judges them and checks
// every committed token and the end of generation, commits to its verdict
// (pass, fail or no-reveal, with an evidence hash and a salt) within the
// attest window, reveals it in the reveal window that follows, and settles
// once that is over. A validator off the committee keeps the job (watching)
// until it settles: when settle escalates it (JobEscalated, settlement v2),
// round two's committee is drawn from the validators that were not on round
// one, and a round-two member checks the job as a round-one member does, at
// round one's challenge set, in round two's windows; round-one members do not
// vote again and settle after round two's members if nobody has. It does no
// I/O; docs/daemons.md describes the states.
package validator

import (
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
)

// Config is what the machine needs to know about its validator and the
// contract's parameters.
type Config struct {
	// Role: the validator's staked address, the model it can recompute
	// (jobs for other models are not checked) and the bounds of the prompts
	// and commitments kept for jobs the chain has not shown yet.
	daemon.Role
	// Vocab is the model's vocabulary size: committed tokens at or above it
	// fail the job (0: not checked).
	Vocab int
	// K is the contract's challenges per job: the size of the job's one
	// challenge set (spec §4), which every committee member checks.
	K int
	// Context is the model's context length: a job whose prompt and output
	// exceed it cannot have been generated and fails (0: not checked).
	Context int
	// IsEOG reports whether a token ends generation under the model's
	// tokenizer (spec §9 rule 6; nil: no token does).
	IsEOG func(token uint32) bool
	// AttestWindow is the contract's attestWindow (blocks after the seed
	// block in which verdicts are committed).
	AttestWindow uint64
	// RevealWindow is the contract's revealWindow (blocks after the attest
	// window in which committed verdicts are revealed).
	RevealWindow uint64
	// SaltKey is a secret from which each job's verdict salt is derived
	// (VerdictSalt), so a restarted validator reveals what it committed
	// without storing salts, and nobody else can open its commitment early.
	SaltKey logits.Hash
	// RevealMargin is how many blocks before the end of the attest window the
	// validator stops waiting for reveals and attests no-reveal (0 means 2).
	RevealMargin uint64
	// SettleStagger spaces the committee members' settle calls: member i
	// settles i*SettleStagger blocks after the first may (0 means 2), so
	// usually only one settle transaction is sent.
	SettleStagger uint64
}

// Phase is where a job is in the validator's life cycle.
type Phase uint8

// Phases of a live job.
const (
	PhaseSubmitted   Phase = iota + 1 // known, not committed yet
	PhaseSeed                         // committed; waiting for the seed block and the committee
	PhaseStandby                      // not on the previewed committee; waiting for the draw
	PhaseGather                       // on the committee; waiting for the prompt or the commitment
	PhaseChecking                     // openings requested, recomputing
	PhaseRecheck                      // some openings missing; asked again on the next Tick
	PhaseAttesting                    // verdict decided; its commitment sent (or waiting for the draw)
	PhaseAttestRetry                  // commitment failed transiently (or the committee is not drawn yet); resent on the next Tick
	PhaseAttested                     // verdict committed (or abstained); waiting for the reveal window
	PhaseRevealing                    // verdict reveal sent
	PhaseRevealRetry                  // reveal failed transiently; resent on the next Tick
	PhaseRevealed                     // verdict revealed (or not); waiting for the settle block
	PhaseSettling                     // settle sent
	PhaseWatch                        // not on round one's drawn committee: kept until settled, in case the job escalates
)

func (p Phase) String() string {
	return daemon.Name(p, "submitted", "seed", "standby", "gather", "checking", "recheck", "attesting", "attest-retry", "attested", "revealing", "reveal-retry", "revealed", "settling", "watch")
}

// Ending is why a job left the machine.
type Ending uint8

// Endings.
const (
	EndSettled    Ending = iota + 1 // the contract settled it
	EndCancelled                    // cancelled before any commit
	EndNotMember                    // the drawn committee does not include us
	EndOtherModel                   // a model this validator cannot recompute
	EndExpired                      // nobody committed before the deadline
	EndNoSeed                       // the seed or committee could not be read (a missed duty)
	EndRefused                      // no thresholds for any known profile (JobSubmitted.Refused)
)

func (e Ending) String() string {
	return daemon.Name(e, "settled", "cancelled", "not-member", "other-model", "expired", "no-seed", "refused")
}

// Job is the machine's record of one live job.
type Job struct {
	ID    logits.JobID
	Phase Phase
	daemon.Terms
	Thresholds logits.Thresholds
	Admitted   map[uint16]logits.Thresholds `json:",omitempty"` // per profile; see JobSubmitted
	Prompt     string                       `json:",omitempty"` // the prompt text, once it arrived and matched PromptHash

	// From JobCommitted.
	Committed  bool
	Miner      common.Address
	Root       logits.Hash
	N          uint32
	TokensHash logits.Hash
	SeedBlock  uint64
	Output     []uint32 `json:",omitempty"` // the output tokens the commit published

	// From the miner's gossiped commitment (checked against the chain).
	// Without it the job is checked at the reveal deadline from the chain's
	// output alone (TokenOnly): rules 5-6 need no opening.
	Commitment *CommitmentReceived `json:",omitempty"`

	// From the seed and the committee.
	Seed  logits.Hash
	Drawn bool // the committee is drawn on chain (verdicts can be committed)
	// DrawBlock is the current round's draw block, once its draw event
	// arrived (0 before): a late draw moves the verdict windows (commitEnd).
	DrawBlock   uint64           `json:",omitempty"`
	Members     []common.Address `json:",omitempty"`
	MemberIndex int
	Positions   []uint32 `json:",omitempty"` // the job's challenge set, draw order (spec §4)

	// Missing is why openings were missing at the last check (for the
	// no-reveal attestation at the deadline).
	Missing *Attest `json:",omitempty"`
	// The attestation, once decided.
	Attest *Attest `json:",omitempty"`
	// VerdictCommitted: the chain holds our verdict commitment (reveal it).
	VerdictCommitted bool `json:",omitempty"`
	// TokenOnly: the check without the miner's commitment message was run.
	TokenOnly bool `json:",omitempty"`

	// Escalation (settlement v2). Once escalated, SeedBlock is round two's
	// seed block (its windows count from it), Members and MemberIndex are
	// round two's for a round-two member, and Seed and Positions stay round
	// one's: the challenge set never changes.
	Escalated bool `json:",omitempty"`
	// FirstSeedBlock is round one's seed block, once escalated.
	FirstSeedBlock uint64 `json:",omitempty"`
	// FirstMembers is round one's committee, for a round-two member: they
	// checked the same positions, so they may relay the openings.
	FirstMembers []common.Address `json:",omitempty"`
	// FirstMember: this validator sat on round one (MemberIndex is its index
	// there). It does not vote in round two and settles after round two's
	// members.
	FirstMember bool `json:",omitempty"`
}

// MaxRoundTwo bounds an escalated job's round-two committee (the contract
// draws min(2C+1, 8) members): a round-one member's settle is staggered
// after every round-two member's.
const MaxRoundTwo = 8

// Machine is the validator's pure state machine. Not safe for concurrent use.
//
// An ended job is remembered until nothing can happen to it any more (its
// deadline has passed and, once committed, its reveal window has closed),
// so a replayed event cannot revive it; then it is pruned, and the state
// stays as large as the live jobs, not the history.
type Machine struct {
	cfg                      Config
	daemon.Book[Job, Ending] // Job, Ended, Jobs, Head
	prompts                  daemon.Pending[string]
	commitments              daemon.Pending[CommitmentReceived]
}

// ended is the record of a job that left the machine: kept while head time
// is at most Deadline or head block at most Until.
type ended = daemon.Gone[Ending]

// NewMachine returns a machine with no jobs.
func NewMachine(cfg Config) *Machine {
	if cfg.RevealMargin == 0 {
		cfg.RevealMargin = 2
	}
	if cfg.SettleStagger == 0 {
		cfg.SettleStagger = 2
	}
	cfg.Role = cfg.Role.WithDefaults()
	return &Machine{cfg: cfg, Book: daemon.NewBook[Job, Ending](),
		prompts: daemon.Pending[string]{}, commitments: daemon.Pending[CommitmentReceived]{}}
}

// Step applies one event and returns the actions it calls for. Replaying an
// event that was already applied returns no actions.
func (m *Machine) Step(ev Event) []Action {
	switch e := ev.(type) {
	case JobSubmitted:
		return m.submitted(e)
	case PromptReceived:
		return m.prompt(e)
	case JobCommitted:
		return m.committed(e)
	case CommitmentReceived:
		return m.commitment(e)
	case SeedReady:
		return m.seed(e.Job, e.Seed, e.Members, e.Drawn)
	case SeedMissed:
		return m.seedMissed(e)
	case CommitteeDrawn:
		j := m.Live[e.Job]
		if j == nil {
			return m.unfollowed(e.Job, e.Members, e.Block, false)
		}
		if j.Escalated {
			return nil // round one's draw replayed
		}
		if j.Committed {
			j.DrawBlock = e.Block
		}
		return m.seed(e.Job, e.Seed, e.Members, true)
	case JobEscalated:
		return m.escalated(e)
	case EscalationDrawn:
		return m.escalationDrawn(e)
	case Checked:
		return m.checked(e)
	case CheckFailed:
		if j := m.Live[e.Job]; j != nil && j.Phase == PhaseChecking {
			return m.abstain(j, "validator could not check: "+e.Reason)
		}
	case VerdictCommitted:
		if j := m.Live[e.Job]; j != nil && e.Validator == m.cfg.Self && j.Attest != nil {
			// A commitment that landed in the window's last block can be
			// confirmed after the next block's tick took it for missed: it
			// is revealed all the same while the reveal window is open.
			late := !j.VerdictCommitted && j.Phase == PhaseRevealed && !j.FirstMember
			j.VerdictCommitted = true
			switch end := m.commitEnd(j); {
			case j.Phase == PhaseAttesting || j.Phase == PhaseAttestRetry:
				j.Phase = PhaseAttested
			case late && m.Head.Block > end && m.Head.Block <= end+m.cfg.RevealWindow:
				j.Phase = PhaseRevealing
				return []Action{RevealVerdict{*j.Attest}}
			}
		}
	case Attested:
		if j := m.Live[e.Job]; j != nil && e.Validator == m.cfg.Self && j.Phase < PhaseRevealed {
			j.Phase = PhaseRevealed
			if a := j.Attest; a != nil && j.Root != (logits.Hash{}) { // an unfollowed job's abstention is not gossiped
				return []Action{PublishVerdict{Job: j.ID, Root: j.Root, Verdict: a.Verdict, Evidence: a.Evidence}}
			}
		}
	case JobSettled:
		return m.end(e.Job, EndSettled)
	case JobCancelled:
		return m.end(e.Job, EndCancelled)
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
	if e.ModelID != m.cfg.ModelID || e.Refused {
		delete(m.prompts, e.Job)
		delete(m.commitments, e.Job)
		why := EndOtherModel
		if e.Refused {
			why = EndRefused
		}
		m.Gone[e.Job] = ended{Why: why, Deadline: e.Deadline}
		return nil
	}
	j := &Job{ID: e.Job, Phase: PhaseSubmitted, Thresholds: e.Thresholds, Admitted: e.Admitted, Terms: e.Terms}
	m.Live[e.Job] = j
	if p, ok := m.prompts.Take(e.Job); ok {
		m.prompt(PromptReceived{Job: e.Job, Prompt: p})
	}
	if c, ok := m.commitments.Take(e.Job); ok {
		j.Commitment = &c
	}
	return nil
}

func (m *Machine) prompt(e PromptReceived) []Action {
	j := daemon.Await(&m.Book, m.prompts, m.cfg.Role, e.Job, e.Prompt)
	if j == nil {
		return nil
	}
	if j.Prompt != "" || !j.Matches(e.Prompt) {
		return nil
	}
	j.Prompt = e.Prompt
	return m.maybeCheck(j)
}

func (m *Machine) committed(e JobCommitted) []Action {
	j, live := m.Live[e.Job]
	if !live || j.Committed {
		return nil
	}
	j.Committed = true
	j.Miner, j.Root, j.N, j.TokensHash, j.SeedBlock, j.Output = e.Miner, e.Root, e.N, e.TokensHash, e.SeedBlock, e.Output
	if j.Commitment != nil && !m.matches(j, *j.Commitment) {
		j.Commitment = nil
	}
	j.Phase = PhaseSeed
	return []Action{AwaitSeed{Job: j.ID, SeedBlock: j.SeedBlock}}
}

func (m *Machine) commitment(e CommitmentReceived) []Action {
	j := daemon.Await(&m.Book, m.commitments, m.cfg.Role, e.Job, e)
	if j == nil {
		return nil
	}
	if j.Commitment != nil && j.Committed {
		return nil // already have the one that matches the chain
	}
	if j.Committed && !m.matches(j, e) {
		return nil
	}
	j.Commitment = &e
	return m.maybeCheck(j)
}

// matches reports whether a gossiped commitment is the one on chain and
// declares a profile the job's version admits over the job's length: the
// prompt tokens and maxTokens must lie within that profile's calibrated
// span (spec §8.3), the rule a miner applies before it claims.
func (m *Machine) matches(j *Job, c CommitmentReceived) bool {
	th, admitted := j.Admitted[c.Profile]
	admitted = admitted && th.Covers(len(c.PromptTokens), int(j.MaxTokens))
	return (j.Admitted == nil || admitted) && c.Signer == j.Miner && c.Root == j.Root && c.N == j.N && c.TokensHash == j.TokensHash &&
		len(c.Output) == int(c.N) && logits.TokensHash(c.PromptTokens, c.Output) == c.TokensHash &&
		(j.Output == nil || slices.Equal(c.Output, j.Output))
}

func (m *Machine) seed(id logits.JobID, seed logits.Hash, members []common.Address, drawn bool) []Action {
	j, live := m.Live[id]
	if !live || !j.Committed {
		return nil
	}
	if j.Escalated && j.Seed != (logits.Hash{}) {
		seed = j.Seed // round two checks round one's challenge set
	}
	idx := slices.Index(members, m.cfg.Self)
	if drawn {
		j.Drawn = true
	}
	switch {
	case j.Phase != PhaseSeed && j.Phase != PhaseStandby:
		return m.maybeCheck(j) // already on the committee: the draw it waited for may have come
	case idx < 0 && drawn && j.Escalated:
		return m.end(id, EndNotMember)
	case idx < 0 && drawn:
		// not on round one: kept with its prompt and commitment, for round
		// two's draw if the job escalates
		j.Seed, j.Members, j.Phase = seed, slices.Clone(members), PhaseWatch
		return nil
	case idx < 0:
		j.Seed = seed
		j.Phase = PhaseStandby
		return nil
	}
	j.Seed, j.Members, j.MemberIndex = seed, slices.Clone(members), idx
	j.Positions = logits.ChallengeSet(seed, j.ID, j.N, m.cfg.K)
	j.Phase = PhaseGather
	if !j.Drawn {
		return []Action{Draw{Job: j.ID}}
	}
	return m.maybeCheck(j)
}

// unfollowed: a committee (of either round) names this validator for a job
// it does not follow: a model it does not serve, a thresholds version that
// admits none of its numeric profiles, a job it stopped watching before
// the escalation, or one from before it started. It cannot judge, but an
// absent member is penalised (any honest validator would be, whenever the
// contract lists validators of several models), so it commits a no-reveal
// abstention at once, which is never penalised nor paid, and reveals and
// settles it like any other. The round's seed block is taken as the one
// before the draw: the windows then end where the contract's do whenever
// the draw came less than 256 blocks late (always, for an attest window
// up to 256 blocks); the abstention is sent at once, well inside them. A
// draw replayed after its window (a restart) or of a job that settled is
// left alone.
func (m *Machine) unfollowed(id logits.JobID, members []common.Address, drawBlock uint64, escalated bool) []Action {
	idx := slices.Index(members, m.cfg.Self)
	if idx < 0 || drawBlock == 0 || m.Head.Block >= drawBlock+m.cfg.AttestWindow-1 {
		return nil
	}
	reason := "a job this validator does not follow"
	if g, gone := m.Gone[id]; gone {
		if g.Why == EndSettled || g.Why == EndCancelled {
			return nil
		}
		reason = "a job this validator stopped following: " + g.Why.String()
	}
	delete(m.Gone, id)
	j := &Job{ID: id, Phase: PhaseGather, Committed: true, Escalated: escalated, SeedBlock: drawBlock - 1,
		DrawBlock: drawBlock, Drawn: true, Members: slices.Clone(members), MemberIndex: idx}
	m.Live[id] = j
	return m.abstain(j, reason)
}

// escalated moves a job to round two. A validator that watched round one
// waits for round two's seed block and committee like a fresh job (it holds
// the prompt and the commitment); a round-one member keeps its revealed
// vote and waits to settle after round two's reveal window.
func (m *Machine) escalated(e JobEscalated) []Action {
	j, live := m.Live[e.Job]
	if !live || !j.Committed || j.Escalated {
		return nil // not ours to follow, or a replay
	}
	j.Escalated, j.FirstSeedBlock, j.SeedBlock, j.Drawn, j.DrawBlock = true, j.SeedBlock, e.SeedBlock, false, 0
	if j.Phase == PhaseWatch || j.Phase == PhaseSeed || j.Phase == PhaseStandby {
		// not on round one's committee (or it never learned round one's
		// draw: round two's draw excludes it if it was)
		j.Phase, j.FirstMembers, j.Members, j.MemberIndex = PhaseSeed, j.Members, nil, 0
		return []Action{AwaitSeed{Job: j.ID, SeedBlock: j.SeedBlock}}
	}
	// On round one's committee (whatever its own vote came to): round two
	// excludes it.
	j.FirstMember, j.Phase = true, PhaseRevealed
	return nil
}

// escalationDrawn applies round two's draw like round one's, with round one's
// seed: the same challenge set. A validator that never read round one's seed
// (it missed round one) and is drawn waits for the shell's SeedReady, which
// carries it (read from round one's seed block header). A round-one member
// only records the draw's block: it settles after round two's reveal
// window, which a late draw moves.
func (m *Machine) escalationDrawn(e EscalationDrawn) []Action {
	j := m.Live[e.Job]
	if j == nil {
		return m.unfollowed(e.Job, e.Members, e.Block, true)
	}
	if !j.Escalated {
		return nil
	}
	j.DrawBlock = e.Block
	if j.FirstMember {
		return nil
	}
	if j.Seed == (logits.Hash{}) && slices.Contains(e.Members, m.cfg.Self) {
		j.Drawn = true
		return nil
	}
	return m.seed(e.Job, j.Seed, e.Members, true)
}

// maybeCheck asks for the openings once the job has everything a check
// needs, the drawn committee included (the miner serves its openings only to
// the committee on chain).
func (m *Machine) maybeCheck(j *Job) []Action {
	if j.Phase != PhaseGather || !j.Drawn || j.Prompt == "" || j.Commitment == nil || !m.matches(j, *j.Commitment) {
		return nil
	}
	j.Phase = PhaseChecking
	return []Action{m.check(j)}
}

// tokenOnly reports whether a job that never got the miner's commitment
// message can still be checked from the chain: its output is on chain, the
// prompt text arrived, the committee is drawn, and this was not done yet.
func (m *Machine) tokenOnly(j *Job) bool {
	return j.Commitment == nil && j.Output != nil && j.Prompt != "" && j.Drawn && !j.TokenOnly
}

func (m *Machine) check(j *Job) Check {
	if j.Commitment == nil { // TokenOnly: no miner to ask, the members may still relay openings
		return Check{Job: j.ID, Members: relays(j), Miner: j.Miner, Prompt: j.Prompt, Positions: distinct(j.Positions), Thresholds: j.Thresholds,
			Admitted: j.Admitted, Claim: logits.Claim{Root: j.Root, Output: j.Output, Sampler: j.Sampler, MaxTokens: j.MaxTokens}}
	}
	// Every member judges by the same band, the loosest the version admits
	// for the job's length (logits.Band: prompt and output tokens are bound
	// on chain by the tokens hash), whatever profile the commitment it
	// received declares: the declaration is signed gossip, not on chain, so
	// a miner could send members different ones and split the committee (a
	// member judging a stricter band fails a token the others pass, and is
	// penalised as the minority).
	th := bandFor(j.Admitted, j.Thresholds, len(j.Commitment.PromptTokens), j.MaxTokens)
	return Check{Job: j.ID, Members: relays(j), Miner: j.Miner, MinerPeer: j.Commitment.MinerPeer, MinerAddrs: j.Commitment.MinerAddrs, Prompt: j.Prompt, Positions: distinct(j.Positions),
		Thresholds: th, Claim: logits.Claim{Root: j.Root, Prompt: j.Commitment.PromptTokens, Output: j.Commitment.Output,
			Sampler: j.Sampler, MaxTokens: j.MaxTokens}}
}

// relays are the validators that may hold the job's openings: its
// committee, and round one's too once escalated.
func relays(j *Job) []common.Address {
	if len(j.FirstMembers) == 0 {
		return j.Members
	}
	return append(slices.Clone(j.Members), j.FirstMembers...)
}

func (m *Machine) checked(e Checked) []Action {
	j, live := m.Live[e.Job]
	if !live || j.Phase != PhaseChecking {
		return nil
	}
	v, ok := judge(j, e, m.cfg)
	switch {
	case !ok:
		return m.abstain(j, "validator could not judge its own recomputation")
	case m.block(j) > m.commitEnd(j):
		j.Phase = PhaseAttested // too late: the window closed while we checked
		return nil
	case v.Verdict == chain.VerdictNoReveal && m.block(j) < m.revealDeadline(j):
		j.Phase, j.Missing = PhaseRecheck, &v
		return nil
	}
	return m.attest(j, v)
}

// abstain commits a no-reveal verdict when this validator cannot judge (its
// engine failed, or the check did not finish in time): nothing is known
// against the miner, so it must not vote Fail, and an absent member is
// penalised, so it must vote. No-reveal is never penalised and never pays
// (docs/contract.md): a miner cannot make honest members absent by
// committing a job they cannot recompute.
func (m *Machine) abstain(j *Job, reason string) []Action {
	if m.block(j) > m.commitEnd(j) {
		j.Phase = PhaseAttested // the window is over: nothing can be committed
		return nil
	}
	pos := uint32(0)
	if len(j.Positions) > 0 {
		pos = j.Positions[0]
	}
	return m.attest(j, Attest{Verdict: chain.VerdictNoReveal, Position: pos, Reason: reason,
		Evidence: Evidence(j.ID, chain.VerdictNoReveal, pos, logits.Hash{}, ReasonAbstain)})
}

// attest records the decided verdict and commits to it (once the committee
// is drawn; until then it waits in PhaseAttestRetry and asks for the draw).
func (m *Machine) attest(j *Job, a Attest) []Action {
	a.Job, a.Salt = j.ID, VerdictSalt(m.cfg.SaltKey, j.ID)
	j.Attest = &a
	return m.commitVerdict(j)
}

func (m *Machine) commitVerdict(j *Job) []Action {
	if !j.Drawn {
		j.Phase = PhaseAttestRetry
		return []Action{Draw{Job: j.ID}}
	}
	j.Phase = PhaseAttesting
	return []Action{CommitVerdict{*j.Attest}}
}

// VerdictSalt is the salt of a validator's verdict commitment for job:
// keccak256(saltKey || jobId).
func VerdictSalt(saltKey logits.Hash, job logits.JobID) logits.Hash {
	return logits.Keccak256(saltKey[:], job[:])
}

func (m *Machine) txFailed(e TxFailed) []Action {
	j, live := m.Live[e.Job]
	if !live {
		return nil
	}
	switch {
	case e.Tx == TxCommitVerdict && j.Phase == PhaseAttesting:
		j.Phase = PhaseAttestRetry
		if e.Permanent {
			j.Phase = PhaseAttested // the contract refused; nothing to reveal, settle anyway
		}
	case e.Tx == TxRevealVerdict && j.Phase == PhaseRevealing:
		j.Phase = PhaseRevealRetry
		if e.Permanent {
			j.Phase = PhaseRevealed
		}
	case e.Tx == TxSettle && j.Phase == PhaseSettling && !e.Permanent:
		j.Phase = PhaseRevealed // settle again on a later Tick
	}
	return nil
}

func (m *Machine) tick(e Tick) []Action {
	if !m.Advance(chain.Head(e)) {
		return nil // a replayed or older head
	}
	m.prompts.Prune(m.cfg.Role, e.Block)
	m.commitments.Prune(m.cfg.Role, e.Block)
	var acts []Action
	for _, id := range daemon.SortedIDs(m.Live) {
		j := m.Live[id]
		if !j.Committed {
			if e.Time > j.Deadline {
				acts = append(acts, m.end(id, EndExpired)...)
			}
			continue
		}
		end := m.commitEnd(j)
		revealEnd := end + m.cfg.RevealWindow
		switch {
		case j.Phase == PhaseWatch:
			if e.Block > m.watchUntil(j) {
				acts = append(acts, m.end(id, EndNotMember)...)
			}
		case e.Block > end && j.Phase == PhaseSeed:
			// the seed or committee never became readable: a missed duty if
			// we were a member (we cannot know)
			acts = append(acts, Missed{Job: id, Duty: "seed", Reason: "the seed or committee was not readable before the attest window closed"})
			acts = append(acts, m.end(id, EndNoSeed)...)
		case e.Block > end && j.Phase == PhaseStandby:
			acts = append(acts, m.end(id, EndNotMember)...)
		case e.Block > end && j.Phase < PhaseAttested:
			j.Phase = PhaseAttested // the window closed before our commitment landed
			acts = append(acts, Missed{Job: id, Duty: "commit", Reason: "the verdict commitment did not land in the attest window"})
			fallthrough
		case j.Phase == PhaseAttested && e.Block > end:
			j.Phase = PhaseRevealed
			if j.VerdictCommitted && e.Block <= revealEnd {
				j.Phase = PhaseRevealing
				acts = append(acts, RevealVerdict{*j.Attest})
			}
		case (j.Phase == PhaseRevealing || j.Phase == PhaseRevealRetry) && e.Block > revealEnd:
			j.Phase = PhaseRevealed // the reveal window closed before our reveal landed
			acts = append(acts, Missed{Job: id, Duty: "reveal", Reason: "the verdict reveal did not land in the reveal window"})
			fallthrough
		case j.Phase == PhaseRevealed:
			if e.Block > m.settleFrom(j) {
				j.Phase = PhaseSettling
				acts = append(acts, Settle{Job: id})
			}
		case j.Phase == PhaseRevealRetry:
			j.Phase = PhaseRevealing
			acts = append(acts, RevealVerdict{*j.Attest})
		case j.Phase == PhaseAttestRetry:
			acts = append(acts, m.commitVerdict(j)...)
		case j.Phase == PhaseChecking && e.Block+1 >= end && end > j.SeedBlock+1:
			// the next block is the last one a commitment can land in: a
			// check still running would make us absent
			acts = append(acts, m.abstain(j, "check did not finish before the attest window's last block")...)
		case j.Phase == PhaseGather && e.Block+1 >= m.revealDeadline(j) && m.tokenOnly(j):
			// no commitment message: check the chain's output without openings
			j.TokenOnly, j.Phase = true, PhaseChecking
			acts = append(acts, m.check(j))
		case (j.Phase == PhaseGather || j.Phase == PhaseRecheck) && e.Block >= m.revealDeadline(j):
			acts = append(acts, m.attest(j, m.noReveal(j))...)
		case j.Phase == PhaseRecheck:
			j.Phase = PhaseChecking
			acts = append(acts, m.check(j))
		case j.Phase == PhaseGather && !j.Drawn:
			acts = append(acts, Draw{Job: id}) // our draw did not land (or was not sent before a restart)
		}
	}
	return acts
}

// settleFrom is the last block before this member settles the job: the
// current round's reveal window end, staggered by its index on the
// committee; a round-one member of an escalated job comes after every
// round-two member.
func (m *Machine) settleFrom(j *Job) uint64 {
	order := uint64(j.MemberIndex)
	if j.FirstMember {
		order += MaxRoundTwo
	}
	return m.commitEnd(j) + m.cfg.RevealWindow + order*m.cfg.SettleStagger
}

// commitEnd is the current round's last block for verdict commitments:
// attestWindow after its seed block, later by as much as its draw came
// late (the contract's rule, chain.CommitEnd); reveals follow for
// revealWindow blocks. Before the draw's event arrives it is the earliest
// end, so a commitment is never sent too late.
func (m *Machine) commitEnd(j *Job) uint64 {
	return chain.CommitEnd(j.SeedBlock, j.DrawBlock, m.cfg.AttestWindow)
}

// watchUntil is the last block a validator off round one's committee keeps
// the job: past every round-one member's settle turn and one more attest
// window, the job has settled or escalated (or nobody settles it: the
// contract escalates only when settle is called).
func (m *Machine) watchUntil(j *Job) uint64 {
	return m.commitEnd(j) + m.cfg.AttestWindow + m.cfg.RevealWindow + uint64(len(j.Members))*m.cfg.SettleStagger
}

// noReveal is the attestation when the data needed to check never arrived:
// the commitment's token lists, the prompt, or some openings.
func (m *Machine) noReveal(j *Job) Attest {
	if j.Missing != nil {
		return *j.Missing
	}
	reason := "openings did not arrive"
	switch {
	case j.Commitment == nil:
		reason = "no commitment message with the token lists"
	case j.Prompt == "":
		reason = "no prompt text"
	}
	pos := uint32(0)
	if len(j.Positions) > 0 {
		pos = j.Positions[0]
	}
	return Attest{Verdict: chain.VerdictNoReveal, Position: pos, Reason: reason,
		Evidence: Evidence(j.ID, chain.VerdictNoReveal, pos, logits.Hash{}, reason)}
}

// revealDeadline is the block from which the validator stops waiting.
func (m *Machine) revealDeadline(j *Job) uint64 {
	end, start := m.commitEnd(j), max(j.SeedBlock+1, j.DrawBlock)
	if end < start+m.cfg.RevealMargin {
		return start
	}
	return end - m.cfg.RevealMargin
}

func (m *Machine) restarted() []Action {
	var acts []Action
	for _, id := range daemon.SortedIDs(m.Live) {
		j := m.Live[id]
		switch j.Phase {
		case PhaseSeed:
			acts = append(acts, AwaitSeed{Job: id, SeedBlock: j.SeedBlock})
		case PhaseChecking:
			acts = append(acts, m.check(j))
		case PhaseAttesting:
			acts = append(acts, CommitVerdict{*j.Attest})
		case PhaseRevealing:
			acts = append(acts, RevealVerdict{*j.Attest})
		case PhaseSettling:
			acts = append(acts, Settle{Job: id})
		}
	}
	return acts
}

func (m *Machine) end(id logits.JobID, why Ending) []Action {
	j, live := m.Live[id]
	if !live {
		return nil
	}
	delete(m.Live, id)
	e := ended{Why: why, Deadline: j.Deadline}
	if j.Committed {
		e.Until = m.commitEnd(j) + m.cfg.RevealWindow
	}
	m.Gone[id] = e
	return nil
}

// seedMissed: the seed or the committee of a job cannot be read (the
// contract no longer has the seed block's hash, or too few validators to
// draw): the job cannot be checked, a missed duty if we were a member.
func (m *Machine) seedMissed(e SeedMissed) []Action {
	j, live := m.Live[e.Job]
	if !live || j.Phase != PhaseSeed {
		return nil
	}
	return append([]Action{Missed{Job: e.Job, Duty: "seed", Reason: e.Reason}}, m.end(e.Job, EndNoSeed)...)
}

// block is the chain's height as far as job j knows: the head, or past the
// seed block once the seed was read (the seed exists, so the chain is past
// its block) even if no tick of that block was stepped yet.
func (m *Machine) block(j *Job) uint64 {
	if j.Phase >= PhaseGather && j.SeedBlock+1 > m.Head.Block {
		return j.SeedBlock + 1
	}
	return m.Head.Block
}

func distinct(ps []uint32) []uint32 {
	var out []uint32
	for _, p := range ps {
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}
