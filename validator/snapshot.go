package validator

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/pol-network/pol/logits"
)

// snapshot is the machine's state as saved on disk (JSON).
type snapshot struct {
	Version     int
	Head        Tick
	Jobs        []Job
	Ended       []endedJob
	Prompts     []pendingPrompt
	Commitments []CommitmentReceived
}

type endedJob struct {
	Job logits.JobID
	Why Ending
}

type pendingPrompt struct {
	Job    logits.JobID
	Prompt string
}

const snapshotVersion = 2 // 2: protocol v2 (commit-reveal phases, chain output, shared challenge set)

// Snapshot encodes the machine's whole state deterministically;
// RestoreMachine reads it back.
func (m *Machine) Snapshot() ([]byte, error) {
	s := snapshot{Version: snapshotVersion, Head: m.head}
	for _, id := range sortIDs(m.jobs) {
		s.Jobs = append(s.Jobs, *m.jobs[id])
	}
	for _, id := range sortIDs(m.ended) {
		s.Ended = append(s.Ended, endedJob{id, m.ended[id]})
	}
	for _, id := range sortIDs(m.prompts) {
		s.Prompts = append(s.Prompts, pendingPrompt{id, m.prompts[id]})
	}
	for _, id := range sortIDs(m.commitments) {
		s.Commitments = append(s.Commitments, m.commitments[id])
	}
	return json.Marshal(s)
}

// RestoreMachine rebuilds a machine from a Snapshot. Step it with Restarted
// next, so in-flight work is started again.
func RestoreMachine(cfg Config, data []byte) (*Machine, error) {
	var s snapshot
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("validator: decode state snapshot: %w", err)
	}
	if s.Version != snapshotVersion {
		return nil, fmt.Errorf("validator: state snapshot version %d, want %d", s.Version, snapshotVersion)
	}
	m := NewMachine(cfg)
	m.head = s.Head
	for i := range s.Jobs {
		j := s.Jobs[i]
		if j.Phase < PhaseSubmitted || j.Phase > PhaseSettling {
			return nil, fmt.Errorf("validator: state snapshot: job %s has unknown phase %d", j.ID, j.Phase)
		}
		if (j.Phase == PhaseAttesting || j.Phase == PhaseAttestRetry || j.Phase == PhaseRevealing || j.Phase == PhaseRevealRetry) && j.Attest == nil {
			return nil, fmt.Errorf("validator: state snapshot: job %s is attesting without an attestation", j.ID)
		}
		if j.Phase == PhaseChecking && j.Commitment == nil && !j.TokenOnly {
			return nil, fmt.Errorf("validator: state snapshot: job %s is checking without a commitment", j.ID)
		}
		m.jobs[j.ID] = &j
	}
	for _, e := range s.Ended {
		m.ended[e.Job] = e.Why
	}
	for _, p := range s.Prompts {
		m.prompts[p.Job] = p.Prompt
	}
	for _, c := range s.Commitments {
		m.commitments[c.Job] = c
	}
	return m, nil
}

func sortIDs[V any](set map[logits.JobID]V) []logits.JobID {
	ids := make([]logits.JobID, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool { return bytes.Compare(ids[a][:], ids[b][:]) < 0 })
	return ids
}
