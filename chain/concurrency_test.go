package chain_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pol-network/pol/chain"
)

// Goroutines sharing one Client send transactions without nonce clashes.
func TestConcurrentTransactionsFromOneClient(t *testing.T) {
	tc := devChain(t)
	w := deploy(t, tc, testParams())
	ctx := testCtx(t)
	const n = 8
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := w.owner.FundRewards(ctx, big.NewInt(int64(1000+i)))
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	pool := must(w.owner.RewardPool(context.Background()))(t)
	if want := big.NewInt(n*1000 + n*(n-1)/2); pool.Cmp(want) != 0 {
		t.Fatalf("reward pool %s, want %s", pool, want)
	}
}

// laggingNode is a node whose pending nonce counts only mined transactions
// and which seals blocks on its own schedule: the window in which geth has
// accepted a transaction but its pending nonce does not count it yet, held
// open for the whole test.
type laggingNode struct{ autoMine }

func (l laggingNode) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	return l.Client.NonceAt(ctx, a, nil)
}

func (l laggingNode) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	return l.Client.SendTransaction(ctx, tx)
}

// A Client counts the nonces it used itself, so back-to-back transactions
// stay distinct even when the node's pending nonce lags behind.
func TestNoncesWhenPendingNonceLags(t *testing.T) {
	tc := simChain(t)
	w := deploy(t, tc, testParams())
	sim := tc.backend.(autoMine)
	lag, err := chain.New(testCtx(t), laggingNode{sim}, w.owner.Address(), tc.keys[ownerKey], chain.Options{Poll: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	sealed := make(chan struct{})
	go func() { // the node seals every 20 ms
		defer close(sealed)
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				sim.sim.Commit()
			}
		}
	}()
	defer func() { close(stop); <-sealed }()
	ctx := testCtx(t)
	const n = 4
	errs := make(chan error, n)
	for i := range n {
		go func() {
			_, err := lag.FundRewards(ctx, big.NewInt(int64(1+i)))
			errs <- err
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	pool := must(w.owner.RewardPool(ctx))(t)
	if want := big.NewInt(n * (n + 1) / 2); pool.Cmp(want) != 0 {
		t.Fatalf("reward pool %s, want %s", pool, want)
	}
}
