package devnode

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// sendTransfer signs and sends a transfer of wei from dev account i with the
// given tip and does not wait for it.
func sendTransfer(t *testing.T, c *ethclient.Client, n *Node, i int, to common.Address, wei, tip *big.Int) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	from := n.Accounts()[i]
	nonce, err := c.PendingNonceAt(ctx, from.Address)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.MustSignNewTx(from.Key, types.LatestSignerForChainID(big.NewInt(ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(ChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &to, Value: wei,
	})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	return tx
}

// pooled waits until the node's pool lists want executable transactions.
func pooled(t *testing.T, c *ethclient.Client, want uint64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for {
		var status struct{ Pending, Queued hexutil.Uint64 }
		if err := c.Client().CallContext(ctx, &status, "txpool_status"); err != nil {
			t.Fatal(err)
		}
		if uint64(status.Pending) == want {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("pool has %d executable transactions, want %d", status.Pending, want)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// receipt waits for tx's receipt.
func receipt(t *testing.T, c *ethclient.Client, tx *types.Transaction) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for {
		r, err := c.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s: %v", tx.Hash(), err)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// A transaction that reaches the pool before on-demand sealing has started
// is sealed once it starts. geth's own on-demand loop subscribed to the pool
// only when its goroutine first ran, so such a transaction (a deploy right
// after start, under load) stayed pending for ever.
func TestDevNodeSealsATransactionPooledBeforeSealingStarts(t *testing.T) {
	hold := make(chan struct{})
	n := start(t, Config{Accounts: 2, NoDeploy: true, sealHold: hold})
	c := n.Client()
	tx := sendTransfer(t, c, n, 0, n.Accounts()[1].Address, big.NewInt(1000), big.NewInt(params.GWei))
	pooled(t, c, 1) // the pool has promoted it and raised its event
	if h, err := c.BlockNumber(context.Background()); err != nil || h != 0 {
		t.Fatalf("head %d (%v) before sealing started", h, err)
	}
	close(hold)
	r := receipt(t, c, tx)
	if r.Status != types.ReceiptStatusSuccessful || r.BlockNumber.Uint64() != 1 {
		t.Fatalf("receipt status %d in block %d, want success in block 1", r.Status, r.BlockNumber)
	}
}

// A transaction the miner refuses (a tip below its minimum) ends a sealing
// round after one empty block instead of spinning out empty blocks for ever,
// and stays pending.
func TestDevNodeRefusedTransactionDoesNotSpinTheSealer(t *testing.T) {
	hold := make(chan struct{}) // never closed: the test drives the sealer
	n := start(t, Config{Accounts: 1, NoDeploy: true, sealHold: hold})
	c := n.Client()
	sendTransfer(t, c, n, 0, common.Address{1}, big.NewInt(1), big.NewInt(1)) // 1 wei tip: pooled, never mined
	pooled(t, c, 1)
	done := make(chan struct{})
	go func() { n.sealer.sealPending(); close(done) }()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("sealing round still running a minute later: it spins on the refused transaction")
	}
	if h, err := c.BlockNumber(context.Background()); err != nil || h != 1 {
		t.Fatalf("head %d (%v) after one round, want 1 empty block", h, err)
	}
	pooled(t, c, 1)
}
