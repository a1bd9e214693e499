package daemon

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/pol-network/pol/logits"
)

// SortedIDs returns a map's job ids in byte order (snapshots list jobs
// deterministically, so equal states encode to equal bytes).
func SortedIDs[V any](set map[logits.JobID]V) []logits.JobID {
	ids := make([]logits.JobID, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool { return bytes.Compare(ids[a][:], ids[b][:]) < 0 })
	return ids
}

// EncodeSnapshot encodes a machine's snapshot struct (JSON).
func EncodeSnapshot(s any) ([]byte, error) { return json.Marshal(s) }

// DecodeSnapshot decodes data into s, refusing unknown fields, and checks
// that the decoded *version is between oldest and newest.
func DecodeSnapshot(data []byte, s any, version *int, oldest, newest int) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(s); err != nil {
		return fmt.Errorf("decode state snapshot: %w", err)
	}
	if *version < oldest || *version > newest {
		return fmt.Errorf("state snapshot version %d, want %d to %d", *version, oldest, newest)
	}
	return nil
}
