package chain_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
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
