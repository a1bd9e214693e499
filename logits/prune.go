package logits

import (
	"fmt"
	"os"
	"slices"
)

// Prune frees the disk blocks of a finished job's logit vectors at every
// position but keep (the job's challenge set, once the seed fixed it: the
// only positions any committee member can ask for). Each pruned record
// keeps its token and checksum, so Info still reads the output tokens; its
// logits read back as zeros, so opening it fails with ErrCorruptStore. The
// file keeps its size and layout (a hole is punched where the vectors were:
// Linux, on file systems that support it), so Prune is idempotent and a
// crash in the middle leaves a consistent file. It returns the bytes of
// vectors it punched out (0 where holes are not supported: the job then
// keeps its whole file until Remove).
func (s *Store) Prune(job JobID, keep []uint32) (int64, error) {
	t, err := s.openedTree(job)
	if err != nil {
		return 0, err
	}
	n := uint32(len(t.layers[0]))
	f, err := os.OpenFile(s.path(job, logitsExt), os.O_RDWR, 0)
	if err != nil {
		return 0, fmt.Errorf("%w: %s: %w", ErrCorruptStore, job, err)
	}
	defer f.Close()
	vocab, format, _, err := readLogitsHeader(f, job)
	if err != nil {
		return 0, err
	}
	size := recordSize(vocab, format)
	keep = slices.Sorted(slices.Values(keep))
	var freed int64
	for i := uint32(0); i < n; i++ {
		if _, found := slices.BinarySearch(keep, i); found {
			continue
		}
		// The vector of record i: after its 4-byte token, before its checksum.
		ok, err := punchHole(f, logitsHeader+int64(i)*size+4, 4*int64(vocab))
		if err != nil {
			return freed, fmt.Errorf("logits: prune job %s position %d: %w", job, i, err)
		}
		if !ok {
			return 0, nil
		}
		freed += 4 * int64(vocab)
	}
	if err := f.Sync(); err != nil {
		return freed, fmt.Errorf("logits: prune job %s: %w", job, err)
	}
	return freed, nil
}
