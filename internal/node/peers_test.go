package node

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

// The gauge follows the peer count; losing every peer is one WARN line (not
// one a sample), getting one back one INFO line.
func TestPeerWatchSaysOncePerChange(t *testing.T) {
	var logs bytes.Buffer
	n := 3
	w, err := newPeerWatch(func() int { return n }, prometheus.NewRegistry(), slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []int{3, 0, 0, 0, 2, 2, 0} {
		n = c
		w.sample()
		if got := testutil.ToFloat64(w.gauge); got != float64(c) {
			t.Fatalf("gauge %v, want %d", got, c)
		}
	}
	if warns, infos := strings.Count(logs.String(), "level=WARN msg=\"p2p: no peers"), strings.Count(logs.String(), "p2p: peers again"); warns != 2 || infos != 1 {
		t.Fatalf("%d no-peer warnings and %d back lines, want 2 and 1:\n%s", warns, infos, logs.String())
	}
}
