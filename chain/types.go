package chain

import (
	"fmt"
	"maps"
	"math"
	"slices"

	"github.com/pol-network/pol/chain/bindings"
	"github.com/pol-network/pol/logits"
)

// The contract's structs, as generated from its ABI.
type (
	// Params are the deployment parameters, fixed for a contract's lifetime.
	Params = bindings.IProofOfLogitsParams
	// Job is the contract's view of one job.
	Job = bindings.IProofOfLogitsJob
	// Account is an account's role, stake and balances.
	Account = bindings.IProofOfLogitsAccount
	// Model is a registered model.
	Model = bindings.IProofOfLogitsModel
	// Thresholds are a model version's comparator thresholds, scaled by 1e9.
	Thresholds = bindings.IProofOfLogitsThresholds
	// Sampler holds a job's canonical sampler parameters.
	Sampler = bindings.IProofOfLogitsSampler
)

// Role is what an account stakes for (IProofOfLogits.Role).
type Role uint8

// Roles.
const (
	RoleNone Role = iota
	RoleMiner
	RoleValidator
)

func (r Role) String() string {
	return enumName(uint8(r), "Role", "None", "Miner", "Validator")
}

// ParseRole parses "miner" or "validator".
func ParseRole(s string) (Role, error) {
	switch s {
	case "miner":
		return RoleMiner, nil
	case "validator":
		return RoleValidator, nil
	}
	return RoleNone, fmt.Errorf("chain: unknown role %q (want miner or validator)", s)
}

// JobStatus is a job's life-cycle state (IProofOfLogits.JobStatus).
type JobStatus uint8

// Job states.
const (
	StatusNone JobStatus = iota
	StatusOpen
	StatusClaimed
	StatusCommitted
	StatusPassed
	StatusFailed
	StatusInconclusive
	StatusCancelled
	// StatusUnserved is a settled job whose Fail and NoReveal votes together
	// were a majority but Fail alone was not: the fee is refunded, the miner
	// is neither paid nor slashed (appended in protocol version 2).
	StatusUnserved
	// StatusEscalated is a committed job whose round-one committee had a Fail
	// vote that did not fail the job unanimously: a second, larger committee
	// (round two) judges it, with round one's challenge set (settlement v2).
	// Not a settlement outcome.
	StatusEscalated
)

func (s JobStatus) String() string {
	return enumName(uint8(s), "JobStatus", "None", "Open", "Claimed", "Committed", "Passed", "Failed", "Inconclusive", "Cancelled", "Unserved", "Escalated")
}

// Settled reports whether s is a settlement outcome (Passed, Failed,
// Inconclusive or Unserved).
func (s JobStatus) Settled() bool {
	return s == StatusPassed || s == StatusFailed || s == StatusInconclusive || s == StatusUnserved
}

// Verdict is a committee member's revealed verdict (IProofOfLogits.Verdict).
type Verdict uint8

// Verdicts.
const (
	VerdictNone Verdict = iota
	VerdictPass
	VerdictFail
	VerdictNoReveal
)

func (v Verdict) String() string {
	return enumName(uint8(v), "Verdict", "None", "Pass", "Fail", "NoReveal")
}

func enumName(v uint8, typ string, names ...string) string {
	if int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("%s(%d)", typ, v)
}

// ProfileList converts thresholds per numeric profile to the contract's
// list, in increasing profile order (what registerModel and
// updateThresholds take).
func ProfileList[P ~uint16](th map[P]logits.Thresholds) []Thresholds {
	out := make([]Thresholds, 0, len(th))
	for _, p := range slices.Sorted(maps.Keys(th)) {
		out = append(out, ProfileThresholds(th[p], uint16(p)))
	}
	return out
}

// ProfileThresholds is ChainThresholds for one numeric profile.
func ProfileThresholds(t logits.Thresholds, profile uint16) Thresholds {
	c := ChainThresholds(t)
	c.Profile = profile
	return c
}

// ChainThresholds converts comparator thresholds to the contract's integer
// encoding (spec §6.2: value x 1e9, rounded), with no profile (RegisterModel
// then registers them for both CPU profiles).
func ChainThresholds(t logits.Thresholds) Thresholds {
	return Thresholds{
		Version:       t.Version,
		TopK:          uint32(t.TopK),
		MaxDeltaNano:  logits.Nano(t.MaxDelta),
		MaxKLNano:     logits.Nano(t.MaxKL),
		TieMarginNano: logits.Nano(t.TieMargin),
		Span:          uint32(min(max(t.Span, 0), math.MaxUint32)),
	}
}

// LogitsThresholds converts the contract's thresholds back to the comparator's.
func LogitsThresholds(t Thresholds) logits.Thresholds {
	return logits.Thresholds{
		Version:   t.Version,
		TopK:      int(t.TopK),
		MaxDelta:  logits.FromNano(t.MaxDeltaNano),
		MaxKL:     logits.FromNano(t.MaxKLNano),
		TieMargin: logits.FromNano(t.TieMarginNano),
		Span:      int(t.Span),
	}
}

// ChainSampler converts sampler parameters to the contract's struct.
func ChainSampler(s logits.Sampler) Sampler {
	return Sampler{TemperatureMilli: s.TemperatureMilli, TopK: s.TopK, TopPMilli: s.TopPMilli, Seed: s.Seed}
}

// LogitsSampler converts the contract's sampler struct to the canonical sampler.
func LogitsSampler(s Sampler) logits.Sampler {
	return logits.Sampler{TemperatureMilli: s.TemperatureMilli, TopK: s.TopK, TopPMilli: s.TopPMilli, Seed: s.Seed}
}
