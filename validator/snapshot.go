package validator

import (
	"fmt"

	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
)

// snapshot is the machine's state as saved on disk (JSON). The chain head
// is not in it: it is read again from the chain at start (daemon.Shell
// steps a Tick first), so a new block alone changes nothing on disk.
type snapshot struct {
	Version     int
	Head        *Tick `json:",omitempty"` // version 2 only; ignored
	Jobs        []Job
	Ended       []endedJob
	Prompts     []pendingPrompt
	Commitments []pendingCommitment
}

type endedJob struct {
	Job      logits.JobID
	Why      Ending
	Deadline uint64 `json:",omitempty"`
	Until    uint64 `json:",omitempty"`
}

type pendingPrompt struct {
	Job    logits.JobID
	Prompt string
	At     uint64 `json:",omitempty"`
}

type pendingCommitment struct {
	CommitmentReceived
	At uint64 `json:",omitempty"`
}

// snapshotVersion 3: ids as hex text, no head, ended jobs with the time and
// block they are kept until; 2 (protocol v2) is read too. Escalation added
// fields and a phase without a new version: an older snapshot reads as round
// one, and a process that predates escalation refuses a file holding an
// escalated or watched job (unknown field or phase) instead of misreading it.
const snapshotVersion = 3

// Snapshot encodes the machine's whole state deterministically;
// RestoreMachine reads it back.
func (m *Machine) Snapshot() ([]byte, error) {
	s := snapshot{Version: snapshotVersion}
	for _, id := range daemon.SortedIDs(m.Live) {
		s.Jobs = append(s.Jobs, *m.Live[id])
	}
	for _, id := range daemon.SortedIDs(m.Gone) {
		e := m.Gone[id]
		s.Ended = append(s.Ended, endedJob{id, e.Why, e.Deadline, e.Until})
	}
	for _, id := range daemon.SortedIDs(m.prompts) {
		s.Prompts = append(s.Prompts, pendingPrompt{id, m.prompts[id].Msg, m.prompts[id].At})
	}
	for _, id := range daemon.SortedIDs(m.commitments) {
		s.Commitments = append(s.Commitments, pendingCommitment{m.commitments[id].Msg, m.commitments[id].At})
	}
	return daemon.EncodeSnapshot(s)
}

// RestoreMachine rebuilds a machine from a Snapshot. Step it with Restarted
// next, so in-flight work is started again.
func RestoreMachine(cfg Config, data []byte) (*Machine, error) {
	var s snapshot
	if err := daemon.DecodeSnapshot(data, &s, &s.Version, 2, snapshotVersion); err != nil {
		return nil, fmt.Errorf("validator: %w", err)
	}
	m := NewMachine(cfg)
	for i := range s.Jobs {
		j := s.Jobs[i]
		if j.Phase < PhaseSubmitted || j.Phase > PhaseWatch {
			return nil, fmt.Errorf("validator: state snapshot: job %s has unknown phase %d", j.ID, j.Phase)
		}
		if (j.Phase == PhaseAttesting || j.Phase == PhaseAttestRetry || j.Phase == PhaseRevealing || j.Phase == PhaseRevealRetry) && j.Attest == nil {
			return nil, fmt.Errorf("validator: state snapshot: job %s is attesting without an attestation", j.ID)
		}
		if j.Phase == PhaseChecking && j.Commitment == nil && !j.TokenOnly {
			return nil, fmt.Errorf("validator: state snapshot: job %s is checking without a commitment", j.ID)
		}
		m.Live[j.ID] = &j
	}
	for _, e := range s.Ended {
		m.Gone[e.Job] = ended{Why: e.Why, Deadline: e.Deadline, Until: e.Until}
	}
	for _, p := range s.Prompts {
		m.prompts[p.Job] = daemon.Held[string]{Msg: p.Prompt, At: p.At}
	}
	for _, c := range s.Commitments {
		m.commitments[c.Job] = daemon.Held[CommitmentReceived]{Msg: c.CommitmentReceived, At: c.At}
	}
	return m, nil
}
