package p2p

import (
	"bufio"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"google.golang.org/protobuf/encoding/protodelim"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p/pb"
)

// serveRaw answers every reveal request on h with raw as the opening bytes,
// whatever was asked: a miner whose openings this node's code did not build.
func serveRaw(t *testing.T, h *Host, raw []byte) {
	t.Helper()
	h.SetStreamHandler(RevealProtocol, func(st network.Stream) {
		defer st.Close()
		var req pb.RevealRequest
		if err := (protodelim.UnmarshalOptions{MaxSize: maxRevealRequestSize}).UnmarshalFrom(bufio.NewReader(st), &req); err != nil {
			st.Reset()
			return
		}
		if _, err := protodelim.MarshalTo(st, &pb.RevealResponse{Status: pb.RevealResponse_STATUS_OK, Opening: raw}); err != nil {
			st.Reset()
		}
	})
	t.Cleanup(func() { h.RemoveStreamHandler(RevealProtocol) })
}

// TestRevealVersionByte: the version byte of an opening decides which leaf
// function checks it. Relabelling a committed position under the other
// version this release reads is a bad opening (evidence against the miner),
// but an opening of a version this release does not read (a miner that
// upgraded before its committee, spec §6.1) is not: the member cannot tell
// whether it is right, so it must not vote fail on it (which slashes), only
// treat it as not received (no-reveal, never slashes).
func TestRevealVersionByte(t *testing.T) {
	reg := NewStaticRegistry()
	miner, validator := newTestHost(t, newKey(t), reg), newTestHost(t, newKey(t), reg)
	reg.Add(miner.Address, RoleMiner)
	reg.Add(validator.Address, RoleValidator)
	store := openTestStore(t, t.TempDir())
	if err := store.SetLeaf(logits.LeafBLAKE3); err != nil { // whatever this CPU's default
		t.Fatal(err)
	}
	job := commitJob(t, store, jobID(7), 3, 16)
	o, err := store.Open(job.id, 1)
	if err != nil {
		t.Fatal(err)
	}
	good, err := o.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if good[4] != logits.Version {
		t.Fatalf("a new job's opening has version byte %d, want %d", good[4], logits.Version)
	}
	chain := newTestChain()
	chain.setCommitment(job.id, job.onChain(miner))
	connectAll(t, miner, validator)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	client := NewRevealClient(validator, chain, 0)

	relabel := func(v byte) []byte {
		b := append([]byte(nil), good...)
		b[4] = v
		return b
	}
	serveRaw(t, miner, good)
	if _, err := client.Fetch(ctx, miner.ID(), job.id, 1); err != nil {
		t.Fatalf("the miner's own opening: %v", err)
	}
	for _, v := range []byte{logits.MinVersion} {
		serveRaw(t, miner, relabel(v))
		_, err := client.Fetch(ctx, miner.ID(), job.id, 1)
		if !errors.Is(err, ErrBadOpening) {
			t.Errorf("version %d label on a version %d leaf: %v, want ErrBadOpening", v, logits.Version, err)
		}
	}
	for _, v := range []byte{0, 1, logits.Version + 1, 255} {
		serveRaw(t, miner, relabel(v))
		_, err := client.Fetch(ctx, miner.ID(), job.id, 1)
		if err == nil || errors.Is(err, ErrBadOpening) || !errors.Is(err, ErrRevealVersion) {
			t.Errorf("an opening of version %d: %v, want ErrRevealVersion and not ErrBadOpening", v, err)
		}
	}
}
