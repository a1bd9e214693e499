package daemontest

import "testing"

// SnapshotSizes watches a machine's snapshot over a run of 10,000 random
// jobs: the largest snapshot between jobs 1,000 and 2,000 (Early) and after
// job 9,000 (Late). State that grows with the history shows as Late well
// above Early.
type SnapshotSizes struct{ Early, Late int }

// Sample takes the snapshot after every 100th job (i counts jobs from 0).
func (s *SnapshotSizes) Sample(t testing.TB, i int, snapshot func() ([]byte, error)) {
	t.Helper()
	if i%100 != 99 {
		return
	}
	snap, err := snapshot()
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case i < 2000 && i >= 1000:
		s.Early = max(s.Early, len(snap))
	case i >= 9000:
		s.Late = max(s.Late, len(snap))
	}
}

// Check fails the test when the late snapshots are more than a quarter
// larger than the early ones, or larger than limit bytes.
func (s *SnapshotSizes) Check(t testing.TB, limit int) {
	t.Helper()
	if s.Late > s.Early*5/4 || s.Late > limit {
		t.Fatalf("snapshot grew: at most %d bytes around job 1,500, %d around job 9,500", s.Early, s.Late)
	}
}
