package chain_test

import (
	"context"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pol-network/pol/chain"
)

// A node that accepts the request and never answers: without a per-call
// timeout the call would wait for ever; with one it fails with
// ErrCallTimeout, which the daemons count as the RPC being down. A caller
// that gives up first gets its own error, not a timeout.
func TestCallTimeoutEndsAHungCall(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer srv.Close()
	defer close(release)
	ec, err := ethclient.Dial(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	b := chain.WithCallTimeout(ec, 50*time.Millisecond)
	if _, err := b.BlockNumber(context.Background()); !errors.Is(err, chain.ErrCallTimeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("hung call: err %v, want ErrCallTimeout", err)
	}
	if _, err := b.HeaderByNumber(context.Background(), nil); !errors.Is(err, chain.ErrCallTimeout) {
		t.Fatalf("hung header call: err %v, want ErrCallTimeout", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := chain.WithCallTimeout(ec, time.Hour).ChainID(ctx); err == nil || errors.Is(err, chain.ErrCallTimeout) {
		t.Fatalf("cancelled call: err %v, want the caller's cancellation", err)
	}
}

// The default per-call timeout is five block times, within [10 s, 2 min].
func TestCallTimeoutFollowsTheBlockTime(t *testing.T) {
	for _, c := range []struct{ block, want time.Duration }{
		{0, 10 * time.Second}, {time.Second, 10 * time.Second}, {12 * time.Second, time.Minute}, {time.Minute, 2 * time.Minute},
	} {
		if got := chain.CallTimeout(c.block); got != c.want {
			t.Errorf("CallTimeout(%s) = %s, want %s", c.block, got, c.want)
		}
	}
}

// headers is a chain whose block i (i >= 1) is dated 1000 + 2i; genesis is
// dated 0, as a dev chain's may be.
type headers struct {
	chain.Backend
	head uint64
}

func (h headers) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	i := h.head
	if n != nil {
		i = n.Uint64()
	}
	t := uint64(0)
	if i > 0 {
		t = 1000 + 2*i
	}
	return &types.Header{Number: new(big.Int).SetUint64(i), Time: t}, nil
}

// The block time is read from the newest blocks, genesis left out.
func TestBlockTime(t *testing.T) {
	for _, c := range []struct {
		head uint64
		want time.Duration
	}{{0, 0}, {1, 0}, {2, 2 * time.Second}, {10, 2 * time.Second}, {500, 2 * time.Second}} {
		got, err := chain.BlockTime(context.Background(), headers{head: c.head})
		if err != nil || got != c.want {
			t.Errorf("head %d: block time %s (%v), want %s", c.head, got, err, c.want)
		}
	}
}
