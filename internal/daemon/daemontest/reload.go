package daemontest

import (
	"bytes"
	"testing"
)

// Snapshotter is a machine whose state can be saved.
type Snapshotter interface{ Snapshot() ([]byte, error) }

// Restored is the machine a restart would load from m's snapshot, and that
// snapshot.
func Restored[M Snapshotter](t testing.TB, m M, restore func([]byte) (M, error)) (M, []byte) {
	t.Helper()
	saved, err := m.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	back, err := restore(saved)
	if err != nil {
		t.Fatalf("restore a snapshot just saved: %v", err)
	}
	return back, saved
}

// Reloads fails the test unless m's snapshot, restored, saves to the same
// bytes: nothing of the state is lost or changed by a restart.
func Reloads[M Snapshotter](t testing.TB, m M, restore func([]byte) (M, error)) {
	t.Helper()
	back, saved := Restored(t, m, restore)
	again, err := back.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, saved) {
		t.Fatalf("the state restored saves differently:\n%s\nwas\n%s", again, saved)
	}
}
