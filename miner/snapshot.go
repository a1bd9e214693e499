package miner

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/pol-network/pol/logits"
)

// snapshot is the machine's state as saved on disk (JSON).
type snapshot struct {
	Version int
	Head    Tick
	Jobs    []Job
	Ended   []endedJob
	Prompts []pendingPrompt
}

type endedJob struct {
	Job logits.JobID
	Why Ending
}

type pendingPrompt struct {
	Job    logits.JobID
	Prompt string
}

const snapshotVersion = 1

// Snapshot encodes the machine's whole state; RestoreMachine reads it back.
// The encoding is deterministic (jobs in id order).
func (m *Machine) Snapshot() ([]byte, error) {
	s := snapshot{Version: snapshotVersion, Head: m.head}
	for _, id := range m.sortedIDs() {
		s.Jobs = append(s.Jobs, *m.jobs[id])
	}
	for _, id := range sortIDs(m.ended) {
		s.Ended = append(s.Ended, endedJob{id, m.ended[id]})
	}
	for _, id := range sortIDs(m.prompts) {
		s.Prompts = append(s.Prompts, pendingPrompt{id, m.prompts[id]})
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
		return nil, fmt.Errorf("miner: decode state snapshot: %w", err)
	}
	if s.Version != snapshotVersion {
		return nil, fmt.Errorf("miner: state snapshot version %d, want %d", s.Version, snapshotVersion)
	}
	m := NewMachine(cfg)
	m.head = s.Head
	for i := range s.Jobs {
		j := s.Jobs[i]
		if j.Phase < PhaseWaitPrompt || j.Phase > PhaseCommitted {
			return nil, fmt.Errorf("miner: state snapshot: job %s has unknown phase %d", j.ID, j.Phase)
		}
		m.jobs[j.ID] = &j
	}
	for _, e := range s.Ended {
		m.ended[e.Job] = e.Why
	}
	for _, p := range s.Prompts {
		m.prompts[p.Job] = p.Prompt
	}
	return m, nil
}

func (m *Machine) sortedIDs() []logits.JobID { return sortIDs(m.jobs) }

func sortIDs[V any](set map[logits.JobID]V) []logits.JobID {
	ids := make([]logits.JobID, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool { return bytes.Compare(ids[a][:], ids[b][:]) < 0 })
	return ids
}
