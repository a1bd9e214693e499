package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrCallTimeout is the error of a node call that did not answer within the
// per-call timeout of WithCallTimeout: a node that accepts connections but
// never answers (a frozen process) is as unreachable as one that refuses.
var ErrCallTimeout = errors.New("chain: the node did not answer in time")

// WithCallTimeout bounds every call to b by d, so that no caller waits
// longer than d for one answer whatever the transport does; a call that
// runs out of time fails with ErrCallTimeout (and context.DeadlineExceeded).
// The caller's own context still ends a call earlier. Subscriptions are
// bounded while they are set up, not while they run. d <= 0 returns b.
func WithCallTimeout(b Backend, d time.Duration) Backend {
	if d <= 0 {
		return b
	}
	return &timeoutBackend{b: b, d: d}
}

type timeoutBackend struct {
	b Backend
	d time.Duration
}

// call runs f with a context bounded by the per-call timeout.
func call[T any](t *timeoutBackend, ctx context.Context, f func(ctx context.Context) (T, error)) (T, error) {
	cctx, cancel := context.WithTimeout(ctx, t.d)
	defer cancel()
	v, err := f(cctx)
	if err != nil && ctx.Err() == nil && cctx.Err() != nil {
		err = fmt.Errorf("%w (%s): %w", ErrCallTimeout, t.d, context.DeadlineExceeded)
	}
	return v, err
}

func (t *timeoutBackend) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	return call(t, ctx, func(ctx context.Context) ([]byte, error) { return t.b.CodeAt(ctx, a, n) })
}

func (t *timeoutBackend) CallContract(ctx context.Context, m ethereum.CallMsg, n *big.Int) ([]byte, error) {
	return call(t, ctx, func(ctx context.Context) ([]byte, error) { return t.b.CallContract(ctx, m, n) })
}

func (t *timeoutBackend) EstimateGas(ctx context.Context, m ethereum.CallMsg) (uint64, error) {
	return call(t, ctx, func(ctx context.Context) (uint64, error) { return t.b.EstimateGas(ctx, m) })
}

func (t *timeoutBackend) SuggestGasPrice(ctx context.Context) (*big.Int, error) {
	return call(t, ctx, t.b.SuggestGasPrice)
}

func (t *timeoutBackend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return call(t, ctx, t.b.SuggestGasTipCap)
}

func (t *timeoutBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	_, err := call(t, ctx, func(ctx context.Context) (struct{}, error) { return struct{}{}, t.b.SendTransaction(ctx, tx) })
	return err
}

func (t *timeoutBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	return call(t, ctx, func(ctx context.Context) (*types.Header, error) { return t.b.HeaderByNumber(ctx, n) })
}

func (t *timeoutBackend) PendingCodeAt(ctx context.Context, a common.Address) ([]byte, error) {
	return call(t, ctx, func(ctx context.Context) ([]byte, error) { return t.b.PendingCodeAt(ctx, a) })
}

func (t *timeoutBackend) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	return call(t, ctx, func(ctx context.Context) (uint64, error) { return t.b.PendingNonceAt(ctx, a) })
}

func (t *timeoutBackend) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	type txp struct {
		tx      *types.Transaction
		pending bool
	}
	r, err := call(t, ctx, func(ctx context.Context) (txp, error) {
		tx, p, err := t.b.TransactionByHash(ctx, h)
		return txp{tx, p}, err
	})
	return r.tx, r.pending, err
}

func (t *timeoutBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return call(t, ctx, func(ctx context.Context) ([]types.Log, error) { return t.b.FilterLogs(ctx, q) })
}

func (t *timeoutBackend) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	return call(t, ctx, func(ctx context.Context) (ethereum.Subscription, error) { return t.b.SubscribeFilterLogs(ctx, q, ch) })
}

func (t *timeoutBackend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	return call(t, ctx, func(ctx context.Context) (*types.Receipt, error) { return t.b.TransactionReceipt(ctx, h) })
}

func (t *timeoutBackend) ChainID(ctx context.Context) (*big.Int, error) {
	return call(t, ctx, t.b.ChainID)
}

func (t *timeoutBackend) BlockNumber(ctx context.Context) (uint64, error) {
	return call(t, ctx, t.b.BlockNumber)
}

func (t *timeoutBackend) BalanceAt(ctx context.Context, a common.Address, n *big.Int) (*big.Int, error) {
	return call(t, ctx, func(ctx context.Context) (*big.Int, error) { return t.b.BalanceAt(ctx, a, n) })
}

// SubscribeNewHead forwards to the node's new-head subscription where it
// has one (WebSocket, IPC); Follow polls otherwise.
func (t *timeoutBackend) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	hs, ok := t.b.(headSubscriber)
	if !ok {
		return nil, errors.New("chain: the backend pushes no new heads")
	}
	return call(t, ctx, func(ctx context.Context) (ethereum.Subscription, error) { return hs.SubscribeNewHead(ctx, ch) })
}

// BlockReceipts forwards to the node's block receipts where it has them
// (scanReceipt).
func (t *timeoutBackend) BlockReceipts(ctx context.Context, n rpc.BlockNumberOrHash) ([]*types.Receipt, error) {
	br, ok := t.b.(blockReceipts)
	if !ok {
		return nil, errors.New("chain: the backend lists no block receipts")
	}
	return call(t, ctx, func(ctx context.Context) ([]*types.Receipt, error) { return br.BlockReceipts(ctx, n) })
}

// BlockTime is the chain's mean block interval over its newest blocks (up
// to 64, genesis left out: a dev chain's may be dated 1970), from the
// headers' timestamps; 0 when the chain has fewer than three blocks or its
// clock did not move.
func BlockTime(ctx context.Context, b Backend) (time.Duration, error) {
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("chain: head: %w", err)
	}
	n := head.Number.Uint64()
	if n < 2 {
		return 0, nil
	}
	span := min(n-1, 64)
	old, err := b.HeaderByNumber(ctx, new(big.Int).SetUint64(n-span))
	if err != nil {
		return 0, fmt.Errorf("chain: header %d: %w", n-span, err)
	}
	if head.Time <= old.Time {
		return 0, nil
	}
	return time.Duration(head.Time-old.Time) * time.Second / time.Duration(span), nil
}

// CallTimeout is the per-call timeout the daemons use by default: five
// block times, at least 10 s and at most 2 min. Generous, so that a slow
// but live node (a large eth_getLogs, a busy public endpoint) is not taken
// for a dead one; a frozen node is still found out within a few blocks.
func CallTimeout(blockTime time.Duration) time.Duration {
	return min(max(5*blockTime, 10*time.Second), 2*time.Minute)
}
