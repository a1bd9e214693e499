package miner

import (
	"fmt"

	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
)

// snapshot is the machine's state as saved on disk (JSON). The chain head
// is not in it: it is read again from the chain at start (daemon.Shell steps
// a Tick first), so a new block alone changes nothing on disk.
type snapshot struct {
	Version int
	Head    *Tick `json:",omitempty"` // version 1 only; ignored
	Jobs    []Job
	Ended   []endedJob
	Prompts []pendingPrompt
}

type endedJob struct {
	Job      logits.JobID
	Why      Ending
	Deadline uint64 `json:",omitempty"`
}

type pendingPrompt struct {
	Job    logits.JobID
	Prompt string
	At     uint64 `json:",omitempty"`
}

// snapshotVersion 2: ids as hex text, no head, ended jobs with deadlines.
// Version 1 snapshots are read too.
const snapshotVersion = 2

// Snapshot encodes the machine's whole state; RestoreMachine reads it back.
// The encoding is deterministic (jobs in id order).
func (m *Machine) Snapshot() ([]byte, error) {
	s := snapshot{Version: snapshotVersion}
	for _, id := range m.sortedIDs() {
		s.Jobs = append(s.Jobs, *m.Live[id])
	}
	for _, id := range daemon.SortedIDs(m.Gone) {
		s.Ended = append(s.Ended, endedJob{id, m.Gone[id].Why, m.Gone[id].Deadline})
	}
	for _, id := range daemon.SortedIDs(m.prompts) {
		s.Prompts = append(s.Prompts, pendingPrompt{id, m.prompts[id].Msg, m.prompts[id].At})
	}
	return daemon.EncodeSnapshot(s)
}

// RestoreMachine rebuilds a machine from a Snapshot. Step it with Restarted
// next, so in-flight work is started again.
func RestoreMachine(cfg Config, data []byte) (*Machine, error) {
	var s snapshot
	if err := daemon.DecodeSnapshot(data, &s, &s.Version, 1, snapshotVersion); err != nil {
		return nil, fmt.Errorf("miner: %w", err)
	}
	m := NewMachine(cfg)
	for i := range s.Jobs {
		j := s.Jobs[i]
		if j.Phase < PhaseWaitPrompt || j.Phase > PhaseReleasePending {
			return nil, fmt.Errorf("miner: state snapshot: job %s has unknown phase %d", j.ID, j.Phase)
		}
		m.Live[j.ID] = &j
	}
	for _, e := range s.Ended {
		m.Gone[e.Job] = ended{Why: e.Why, Deadline: e.Deadline}
	}
	for _, p := range s.Prompts {
		m.prompts[p.Job] = daemon.Held[string]{Msg: p.Prompt, At: p.At}
	}
	return m, nil
}

func (m *Machine) sortedIDs() []logits.JobID { return daemon.SortedIDs(m.Live) }
