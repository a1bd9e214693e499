package validator

import (
	"context"
	"errors"
	"log/slog"
	"testing"
	"time"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/devnode"
	"github.com/pol-network/pol/logits"
)

// The shell reads a job version's thresholds for every profile of the
// registry from the contract: a version admitting two profiles gives both
// bands and the loosest for chain-only checks; a version admitting only a
// profile the registry does not know gives none, and the job is refused
// (JobSubmitted.Refused) instead of judged by made-up defaults.
func TestThresholdsReadPerProfile(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := devnode.Start(ctx, devnode.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	owner := n.Contract()
	tight := logits.Thresholds{Version: 1, TopK: 32, MaxDelta: 1e-4, MaxKL: 5e-9, TieMargin: 1e-4, Span: 2048}
	loose := logits.Thresholds{Version: 1, TopK: 32, MaxDelta: 0.011, MaxKL: 1.4e-5, TieMargin: 0.011, Span: 64}
	two, err := owner.RegisterModelProfiles(ctx, logits.Hash{1}, []chain.Thresholds{chain.ProfileThresholds(tight, 1), chain.ProfileThresholds(loose, 2)})
	if err != nil {
		t.Fatal(err)
	}
	unknown, err := owner.RegisterModelProfiles(ctx, logits.Hash{2}, []chain.Thresholds{chain.ProfileThresholds(loose, 9)})
	if err != nil {
		t.Fatal(err)
	}
	d := &Daemon{cfg: DaemonConfig{Wiring: Wiring{Chain: owner.Client}}, log: slog.Default(), th: map[[2]uint32]map[uint16]logits.Thresholds{}}
	admitted, loosest, err := d.thresholds(ctx, two, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(admitted) != 2 || admitted[1] != tight || admitted[2] != loose || loosest != loose {
		t.Fatalf("model %d: admitted %v, loosest %+v", two, admitted, loosest)
	}
	admitted, _, err = d.thresholds(ctx, unknown, 1)
	if err != nil || admitted != nil {
		t.Fatalf("model %d (profile 9 only): admitted %v, err %v; want none", unknown, admitted, err)
	}
	if _, err := owner.Thresholds(ctx, two, 1, 3); !errors.Is(err, chain.ErrProfileNotAdmitted) {
		t.Fatalf("profile 3 of model %d: %v, want ProfileNotAdmitted", two, err)
	}
}
