package chain_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/bindings"
)

// allEvents lists the contract's events from block `from` with one
// eth_getLogs, as the reference the follower is checked against.
func allEvents(t *testing.T, c *chain.Client, from uint64) []chain.Event {
	t.Helper()
	logs, err := c.Backend().FilterLogs(testCtx(t), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{c.Address()},
	})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]chain.Event, len(logs))
	for i := range logs {
		if out[i], err = c.DecodeEvent(&logs[i]); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

var errEnough = errors.New("enough events")

// collect follows until n events arrived and returns them.
func collect(t *testing.T, c *chain.Client, opts chain.FollowOptions, n int) []chain.Event {
	t.Helper()
	var got []chain.Event
	err := c.Follow(testCtx(t), opts, func(_ context.Context, ev chain.Event) error {
		got = append(got, ev)
		if len(got) == n {
			return errEnough
		}
		return nil
	})
	if !errors.Is(err, errEnough) {
		t.Fatalf("follow: %v", err)
	}
	return got
}

func positions(evs []chain.Event) []chain.Position {
	out := make([]chain.Position, len(evs))
	for i, e := range evs {
		out[i] = e.Pos
	}
	return out
}

func TestFollowReplaysHistoryInOrder(t *testing.T) {
	tc := simChain(t)
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	w.submit(t)
	want := allEvents(t, w.owner.Client, w.owner.Block)
	// ModelRegistered, Staked x5, ValidatorAdded x4, JobSubmitted.
	if len(want) != 11 {
		t.Fatalf("%d events after setup, want 11", len(want))
	}
	got := collect(t, w.owner.Client, chain.FollowOptions{From: w.owner.Block, BatchBlocks: 2}, len(want))
	if !slices.Equal(positions(got), positions(want)) {
		t.Fatalf("follow delivered %v, want %v", positions(got), positions(want))
	}
	if _, ok := got[len(got)-1].Data.(*bindings.ProofOfLogitsJobSubmitted); !ok || got[len(got)-1].Name != "JobSubmitted" {
		t.Fatalf("last event %s %T", got[len(got)-1].Name, got[len(got)-1].Data)
	}
}

func TestFollowFiltersByName(t *testing.T) {
	tc := simChain(t)
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	got := collect(t, w.owner.Client, chain.FollowOptions{From: w.owner.Block, Events: []string{"ValidatorAdded"}}, numVals)
	for i, ev := range got {
		d, ok := ev.Data.(*bindings.ProofOfLogitsValidatorAdded)
		if !ok || d.Validator != w.validators[i].From() {
			t.Fatalf("event %d: %s %+v", i, ev.Name, ev.Data)
		}
	}
	if err := w.owner.Follow(testCtx(t), chain.FollowOptions{Events: []string{"NoSuchEvent"}}, nil); err == nil {
		t.Fatal("unknown event name accepted")
	}
}

// TestJobCommittedCarriesOutput: the output tokens reach a follower from the
// chain (JobCommitted's Output), not only over gossip.
func TestJobCommittedCarriesOutput(t *testing.T) {
	tc := simChain(t)
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	job := w.submit(t)
	seedBlock := w.claimAndCommit(t, job)
	got := collect(t, w.owner.Client, chain.FollowOptions{From: w.owner.Block, Events: []string{"JobCommitted"}}, 1)
	d, ok := got[0].Data.(*bindings.ProofOfLogitsJobCommitted)
	if !ok || d.JobId != [32]byte(job) || d.N != testN || d.TokensHash != [32]byte(testTokens) || d.SeedBlock != seedBlock {
		t.Fatalf("JobCommitted %+v", got[0].Data)
	}
	if !bytes.Equal(d.Output, chain.EncodeTokens(testOutput)) {
		t.Fatalf("Output = %x, want %x", d.Output, chain.EncodeTokens(testOutput))
	}
	if tokens, err := chain.DecodeTokens(d.Output); err != nil || !slices.Equal(tokens, testOutput) {
		t.Fatalf("DecodeTokens(Output) = %v, %v; want %v", tokens, err, testOutput)
	}
}

func TestFollowResumesFromCursorAndWaitsForNewBlocks(t *testing.T) {
	tc := simChain(t)
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	cur := chain.NewFileCursor(filepath.Join(t.TempDir(), "cursor.json"))
	opts := chain.FollowOptions{From: w.owner.Block, Cursor: cur}
	// The third handler call fails (errEnough), so two events count as handled.
	first := collect(t, w.owner.Client, opts, 3)

	// A handler error leaves the cursor at the last handled event.
	boom := errors.New("boom")
	err := w.owner.Follow(testCtx(t), opts, func(context.Context, chain.Event) error { return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("handler error not returned: %v", err)
	}
	if p, ok, _ := cur.Load(); !ok || p != first[1].Pos {
		t.Fatalf("cursor %v after a failed handler, want %v", p, first[1].Pos)
	}

	// New events while the follower waits for blocks arrive too.
	want := allEvents(t, w.owner.Client, w.owner.Block)
	done := make(chan []chain.Event)
	go func() { done <- collectNoFatal(w.owner.Client, opts, len(want)-2+1) }()
	job := w.submit(t)
	rest := <-done
	if rest == nil {
		t.Fatal("follow failed")
	}
	if !slices.Equal(positions(rest[:len(rest)-1]), positions(want[2:])) {
		t.Fatalf("resumed with %v, want %v", positions(rest), positions(want[2:]))
	}
	last, ok := rest[len(rest)-1].Data.(*bindings.ProofOfLogitsJobSubmitted)
	if !ok || last.JobId != job {
		t.Fatalf("live event %+v, want JobSubmitted %s", rest[len(rest)-1], job)
	}
}

// collectNoFatal is collect for a goroutine: nil on failure.
func collectNoFatal(c *chain.Client, opts chain.FollowOptions, n int) []chain.Event {
	var got []chain.Event
	err := c.Follow(context.Background(), opts, func(_ context.Context, ev chain.Event) error {
		got = append(got, ev)
		if len(got) == n {
			return errEnough
		}
		return nil
	})
	if !errors.Is(err, errEnough) {
		return nil
	}
	return got
}

func TestFileCursor(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.json")
	c := chain.NewFileCursor(path)
	if _, ok, err := c.Load(); ok || err != nil {
		t.Fatalf("fresh cursor: ok=%v err=%v", ok, err)
	}
	for _, p := range []chain.Position{{Block: 7, Index: 3}, {Block: 9, Index: chain.EndOfBlock}} {
		if err := c.Save(p); err != nil {
			t.Fatal(err)
		}
		got, ok, err := chain.NewFileCursor(path).Load()
		if err != nil || !ok || got != p {
			t.Fatalf("Load after Save(%v): %v %v %v", p, got, ok, err)
		}
	}
	if err := os.WriteFile(path, []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Load(); err == nil {
		t.Fatal("corrupt cursor loaded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
}

func TestFollowHoldsBackUnconfirmedBlocks(t *testing.T) {
	tc := simChain(t)
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	ctx := testCtx(t)
	head := must(tc.backend.BlockNumber(ctx))(t)
	const depth = 3
	all := allEvents(t, w.owner.Client, w.owner.Block)
	var want []chain.Event
	for _, ev := range all {
		if ev.Pos.Block <= head-depth {
			want = append(want, ev)
		}
	}
	if len(want) == 0 || len(want) == len(all) {
		t.Fatalf("setup: %d of %d events confirmed; need some on each side", len(want), len(all))
	}

	cur := &chain.MemCursor{}
	opts := chain.FollowOptions{From: w.owner.Block, Confirmations: depth, Cursor: cur}
	fctx, cancel := context.WithCancel(ctx)
	var got []chain.Event
	done := make(chan error, 1)
	go func() {
		done <- w.owner.Follow(fctx, opts, func(_ context.Context, ev chain.Event) error {
			got = append(got, ev)
			return nil
		})
	}()
	// Wait until the follower has scanned everything it may, then stop it.
	for {
		if p, ok, _ := cur.Load(); ok && p.Block == head-depth && p.Index == chain.EndOfBlock {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("follow stopped: %v", err)
		case <-ctx.Done():
			t.Fatal("follower never reached the confirmed head")
		case <-time.After(5 * time.Millisecond):
		}
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("follow: %v", err)
	}
	if !slices.Equal(positions(got), positions(want)) {
		t.Fatalf("delivered %v, want only confirmed %v", positions(got), positions(want))
	}
	// Once deep enough, the rest arrives.
	for range depth {
		tc.mine(t)
	}
	rest := collect(t, w.owner.Client, opts, len(all)-len(want))
	if !slices.Equal(positions(rest), positions(all[len(want):])) {
		t.Fatalf("after %d more blocks: %v, want %v", depth, positions(rest), positions(all[len(want):]))
	}
}

func TestEventsQuery(t *testing.T) {
	tc := simChain(t)
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	ctx := testCtx(t)
	head := must(tc.backend.BlockNumber(ctx))(t)
	all := must(w.owner.Events(ctx, w.owner.Block, head))(t)
	if !slices.Equal(positions(all), positions(allEvents(t, w.owner.Client, w.owner.Block))) {
		t.Fatalf("Events and eth_getLogs disagree")
	}
	staked := must(w.owner.Events(ctx, w.owner.Block, head, "Staked"))(t)
	if len(staked) != 1+numVals {
		t.Fatalf("%d Staked events, want %d", len(staked), 1+numVals)
	}
	if _, err := w.owner.Events(ctx, 0, head, "Nope"); err == nil {
		t.Fatal("unknown event name accepted")
	}
}

// A reorg deeper than the confirmations under events already delivered
// stops the follower with ErrReorg instead of mixing two forks.
func TestFollowDetectsDeepReorg(t *testing.T) {
	tc := simChain(t)
	sim := tc.backend.(autoMine).sim
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	ctx := testCtx(t)
	head := must(tc.backend.BlockNumber(ctx))(t)
	cur := &chain.MemCursor{}
	opts := chain.FollowOptions{From: w.owner.Block, Cursor: cur}
	all := allEvents(t, w.owner.Client, w.owner.Block)
	collect(t, w.owner.Client, opts, len(all)) // the last handler stops it: all but one handled

	// Replace the last three blocks with a longer fork without their events.
	fork := must(tc.backend.HeaderByNumber(ctx, bigU(head-3)))(t)
	if err := sim.Fork(fork.Hash()); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		sim.Commit()
	}
	err := w.owner.Follow(ctx, opts, func(context.Context, chain.Event) error {
		t.Error("event delivered across a reorg")
		return nil
	})
	var re *chain.ReorgError
	if !errors.Is(err, chain.ErrReorg) || !errors.As(err, &re) || re.Block <= head-3 {
		t.Fatalf("follow after a reorg: %v", err)
	}
}

// With HandleBlock the same events arrive grouped by block, in order, and
// the cursor stands at the last event of the last block handled.
func TestFollowHandleBlockGroupsByBlock(t *testing.T) {
	tc := simChain(t)
	w := deploy(t, tc, testParams())
	w.stakeAll(t)
	w.submit(t)
	want := allEvents(t, w.owner.Client, w.owner.Block)
	var got []chain.Event
	groups := 0
	cur := &chain.MemCursor{}
	err := w.owner.Follow(testCtx(t), chain.FollowOptions{From: w.owner.Block, Cursor: cur,
		HandleBlock: func(_ context.Context, evs []chain.Event) error {
			groups++
			for _, ev := range evs {
				if ev.Pos.Block != evs[0].Pos.Block {
					t.Errorf("group of block %d holds an event of block %d", evs[0].Pos.Block, ev.Pos.Block)
				}
			}
			got = append(got, evs...)
			if len(got) >= len(want) {
				return errEnough
			}
			return nil
		}}, func(context.Context, chain.Event) error { t.Error("per-event handler called"); return nil })
	if !errors.Is(err, errEnough) {
		t.Fatalf("follow: %v", err)
	}
	if !slices.Equal(positions(got), positions(want)) {
		t.Fatalf("delivered %v, want %v", positions(got), positions(want))
	}
	blocks := map[uint64]bool{}
	for _, ev := range want {
		blocks[ev.Pos.Block] = true
	}
	if groups != len(blocks) {
		t.Fatalf("%d groups for events in %d blocks", groups, len(blocks))
	}
}
