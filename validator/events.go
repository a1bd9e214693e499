package validator

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
)

// Event is an input of the Machine. Events are plain data.
type Event interface{ isEvent() }

// JobSubmitted is the contract's JobSubmitted event, with the thresholds of
// the version the job is judged by (the shell reads them from the contract).
type JobSubmitted struct {
	Job logits.JobID
	// Terms: MaxTokens is the job's largest n (spec §9 rule 6); an
	// uncommitted job is dropped after the deadline.
	daemon.Terms
	// Admitted are the version's thresholds per numeric profile (spec
	// §8.2-8.3): a commitment declaring a profile not in it, or one whose
	// span does not cover the job, is not admitted; every job is judged by
	// the loosest entry whose span covers it (bandFor). Nil: Thresholds
	// judge every job.
	Admitted map[uint16]logits.Thresholds `json:",omitempty"`
	// Thresholds judge a job checked from the chain alone (no commitment
	// message, so no declared profile): the loosest admitted entry.
	Thresholds logits.Thresholds
	// Refused: the shell found no thresholds to judge the job by (the
	// version admits no profile it knows); the job is not checked.
	Refused bool `json:",omitempty"`
}

// PromptReceived is a job's prompt text from the jobs gossip topic.
type PromptReceived struct {
	Job    logits.JobID
	Prompt string
}

// JobCommitted is the contract's JobCommitted event, with the output tokens
// the commit published on chain (so a token-level cheat is visible without
// the miner's gossip).
type JobCommitted chain.JobCommitted

// CommitmentReceived is a miner's commitment from the commitments gossip
// topic: the token lists behind the on-chain tokens hash and where to reach
// the miner. Signer is the address that signed it.
type CommitmentReceived struct {
	Job          logits.JobID
	Signer       common.Address
	MinerPeer    string   // libp2p peer id of the signer
	MinerAddrs   []string `json:",omitempty"` // multiaddrs the miner serves reveals on
	Root         logits.Hash
	N            uint32
	TokensHash   logits.Hash
	PromptTokens []uint32
	Output       []uint32
	Profile      uint16 // the miner's declared numeric profile
}

// SeedReady reports a committed job's challenge seed and its committee:
// the drawn one (Drawn) or, before the draw, the contract's preview on the
// current validator list.
type SeedReady struct {
	Job     logits.JobID
	Seed    logits.Hash
	Members []common.Address
	Drawn   bool
}

// SeedMissed reports that a committed job's seed or committee cannot be
// read: the contract no longer has the seed block's hash, or too few
// validators are staked to draw.
type SeedMissed struct {
	Job    logits.JobID
	Reason string
}

// CommitteeDrawn is the contract's CommitteeDrawn event (with the draw's
// block: a late draw moves the verdict windows).
type CommitteeDrawn chain.CommitteeDrawn

// JobEscalated is the contract's JobEscalated event: round one did not
// settle the job; round two's committee is drawn from SeedBlock.
type JobEscalated chain.JobEscalated

// EscalationDrawn is the contract's EscalationDrawn event: round two's
// committee. Its seed only picked the members; the challenge set is round
// one's.
type EscalationDrawn chain.EscalationDrawn

// Checked is the result of a Check action: the canonical tokenization of
// the prompt, what the miner revealed for each position, the validator's
// recomputation of each position that arrived, and the every-token check
// (spec §9 rule 5) from the same prefill.
type Checked struct {
	Job             logits.JobID
	CanonicalPrompt []uint32
	Reveals         []Reveal
	// Tokens is rule 5's verdict over every committed output token (nil:
	// not computed, because the committed prompt or tokens already fail).
	Tokens *logits.Verdict `json:",omitempty"`
}

// Reveal is what came back for one challenged position.
type Reveal struct {
	Position uint32
	Status   RevealStatus
	Detail   string          // why it is missing or bad
	Opening  *logits.Opening // when Arrived
	// Recomputed are the validator's logits for the position (Arrived
	// only), one vector per admitted KV precision it computed (spec §8.1):
	// the first at the default precision, the others only where that one
	// did not match.
	Recomputed [][]float32
}

// RevealStatus says whether a position's opening arrived.
type RevealStatus uint8

// Reveal statuses.
const (
	// Arrived: an opening that verifies against the on-chain root.
	Arrived RevealStatus = iota + 1
	// Missing: no answer, a refusal or a timeout (the miner may still answer later).
	Missing
	// Bad: the miner answered with an opening that does not verify against the
	// on-chain root: evidence against the miner.
	Bad
)

// VerdictCommitted is the contract's VerdictCommitted event.
type VerdictCommitted struct {
	Job       logits.JobID
	Validator common.Address
}

// Attested is the contract's Attested event: a revealed verdict.
type Attested struct {
	Job       logits.JobID
	Validator common.Address
	Verdict   chain.Verdict
}

// JobSettled is the contract's JobSettled event.
type JobSettled struct {
	Job     logits.JobID
	Outcome chain.JobStatus
}

// JobCancelled is the contract's JobCancelled event.
type JobCancelled struct{ Job logits.JobID }

// TxFailed reports that a draw, verdict or settle transaction did not go
// through (see daemon.TxFailed).
type TxFailed daemon.TxFailed[TxKind]

// CheckFailed reports that the validator itself could not check a job (its
// engine failed): nothing is known about the miner, so the machine does not
// attest.
type CheckFailed struct {
	Job    logits.JobID
	Reason string
}

// Tick is the chain head.
type Tick chain.Head

// Restarted is the first event after a restore from a snapshot.
type Restarted struct{}

func (JobSubmitted) isEvent()       {}
func (PromptReceived) isEvent()     {}
func (JobCommitted) isEvent()       {}
func (CommitmentReceived) isEvent() {}
func (SeedReady) isEvent()          {}
func (SeedMissed) isEvent()         {}
func (CommitteeDrawn) isEvent()     {}
func (JobEscalated) isEvent()       {}
func (EscalationDrawn) isEvent()    {}
func (Checked) isEvent()            {}
func (CheckFailed) isEvent()        {}
func (VerdictCommitted) isEvent()   {}
func (Attested) isEvent()           {}
func (JobSettled) isEvent()         {}
func (JobCancelled) isEvent()       {}
func (TxFailed) isEvent()           {}
func (Tick) isEvent()               {}
func (Restarted) isEvent()          {}

// TxKind names the transaction a TxFailed is about.
type TxKind uint8

// Transactions the validator sends.
const (
	TxCommitVerdict TxKind = iota + 1
	TxSettle
	TxRevealVerdict
	TxDraw
)

func (k TxKind) String() string {
	switch k {
	case TxCommitVerdict:
		return "commit-verdict"
	case TxRevealVerdict:
		return "reveal-verdict"
	case TxDraw:
		return "draw"
	case TxSettle:
		return "settle"
	}
	return "tx?"
}
