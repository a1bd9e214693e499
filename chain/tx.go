package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// TxFailedError is a transaction that was mined with a failed status whose
// revert could not be reproduced to learn why.
type TxFailedError struct {
	Method string
	Tx     common.Hash
	Block  uint64
}

func (e *TxFailedError) Error() string {
	return fmt.Sprintf("pol contract: %s transaction %s failed in block %d", e.Method, e.Tx, e.Block)
}

// Is reports whether target is ErrReverted.
func (e *TxFailedError) Is(target error) bool { return target == ErrReverted }

// transact sends calldata (a packed call of method) with value attached and
// waits for its receipt. A revert, found while estimating gas or after the
// fact, comes back as a *RevertError.
func (c *Client) transact(ctx context.Context, method string, value *big.Int, calldata []byte) (*types.Receipt, error) {
	if c.key == nil {
		return nil, ErrReadOnly
	}
	tx, err := c.sendTx(ctx, method, value, calldata)
	if err != nil {
		return nil, err
	}
	r, err := c.waitReceipt(ctx, tx.Hash())
	if err != nil {
		c.forgetNonce()
		return nil, fmt.Errorf("chain: %s: wait for %s: %w", method, tx.Hash(), err)
	}
	c.log.Debug("pol tx", "method", method, "tx", tx.Hash(), "block", r.BlockNumber, "gas", r.GasUsed, "status", r.Status)
	if c.onRcpt != nil {
		c.onRcpt(method, r)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, c.explainFailure(ctx, method, tx, r)
	}
	return r, nil
}

// sendTx signs and sends one transaction; sends from one Client never
// interleave, so each gets the next nonce (see nextNonce). A "nonce too low"
// from the node (another sender with this key) is retried once with the
// node's count.
func (c *Client) sendTx(ctx context.Context, method string, value *big.Int, calldata []byte) (*types.Transaction, error) {
	c.sendMu.Lock()
	defer c.sendMu.Unlock()
	tx, err := c.sendLocked(ctx, value, calldata)
	if isNonceTooLow(err) {
		tx, err = c.sendLocked(ctx, value, calldata)
	}
	if err != nil {
		err = c.decodeRevert(method, err)
		var rev *RevertError
		if errors.As(err, &rev) {
			return nil, err
		}
		return nil, fmt.Errorf("chain: %s: %w", method, err)
	}
	return tx, nil
}

// sendLocked sends one transaction with the next nonce; the caller holds
// sendMu.
func (c *Client) sendLocked(ctx context.Context, value *big.Int, calldata []byte) (*types.Transaction, error) {
	nonce, err := c.nextNonce(ctx)
	if err != nil {
		return nil, err
	}
	opts := bind.NewKeyedTransactor(c.key, c.chainID)
	opts.Context = ctx
	opts.Value = value
	opts.Nonce = nonce
	tx, err := c.contract.RawTransact(opts, calldata)
	c.sent(nonce, err)
	return tx, err
}

// waitReceipt polls for a transaction's receipt until ctx is done, then until
// the node's head includes the receipt's block: geth can serve a receipt from
// a freshly inserted block a moment before it becomes "latest", and a call
// made in that moment would still read the state without the transaction.
func (c *Client) waitReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(c.poll)
	defer t.Stop()
	from, _ := c.backend.BlockNumber(ctx) // the transaction is in this block or a later one
	for indexing := 0; ; {
		r, err := c.backend.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, c.waitHead(ctx, r.BlockNumber.Uint64(), t)
		}
		// geth answers "transaction indexing is in progress" for any
		// transaction it cannot find while its indexer is not done, which
		// on a fresh chain includes one not mined yet (a dev node's deploy
		// that was never sealed looked like a stuck indexer: see
		// chain/devnode's sealer). In case the indexer does lag, after a
		// few polls the receipt is looked up in the blocks since the send,
		// which needs no index.
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, err
		}
		if strings.Contains(err.Error(), "indexing is in progress") {
			if indexing++; indexing%8 == 0 {
				if r := c.scanReceipt(ctx, hash, from); r != nil {
					return r, c.waitHead(ctx, r.BlockNumber.Uint64(), t)
				}
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// blockReceipts is the part of ethclient.Client scanReceipt uses.
type blockReceipts interface {
	BlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]*types.Receipt, error)
}

// scanReceipt looks for hash's receipt in the blocks from `from` to the head
// (at most 256), without the node's transaction index; nil if not found or
// the backend cannot list a block's receipts.
func (c *Client) scanReceipt(ctx context.Context, hash common.Hash, from uint64) *types.Receipt {
	br, ok := c.backend.(blockReceipts)
	if !ok {
		return nil
	}
	head, err := c.backend.BlockNumber(ctx)
	if err != nil {
		return nil
	}
	if head > from+256 {
		from = head - 256
	}
	for b := from; b <= head; b++ {
		rs, err := br.BlockReceipts(ctx, rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(b)))
		if err != nil {
			return nil
		}
		for _, r := range rs {
			if r.TxHash == hash {
				c.log.Warn("chain: receipt found without the node's transaction index", "tx", hash, "block", b)
				return r
			}
		}
	}
	return nil
}

// waitHead waits until the node's latest block is at least block.
func (c *Client) waitHead(ctx context.Context, block uint64, t *time.Ticker) error {
	for {
		head, err := c.backend.BlockNumber(ctx)
		if err != nil {
			return err
		}
		if head >= block {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// explainFailure replays a failed transaction as a call in the context of
// the block that included it (its number and time; the state after it) to
// recover the revert reason.
func (c *Client) explainFailure(ctx context.Context, method string, tx *types.Transaction, r *types.Receipt) error {
	msg := ethereum.CallMsg{From: c.from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	_, err := c.backend.CallContract(ctx, msg, r.BlockNumber)
	if err != nil {
		if data, ok := revertData(err); ok {
			return c.revertError(method, data)
		}
	}
	return &TxFailedError{Method: method, Tx: tx.Hash(), Block: r.BlockNumber.Uint64()}
}

// call runs a read-only contract call on the latest block.
func (c *Client) call(ctx context.Context, method string, calldata []byte) ([]byte, error) {
	out, err := c.contract.CallRaw(&bind.CallOpts{Context: ctx, From: c.from}, calldata)
	if err != nil {
		err = c.decodeRevert(method, err)
		var rev *RevertError
		if errors.As(err, &rev) {
			return nil, err
		}
		return nil, fmt.Errorf("chain: %s: %w", method, err)
	}
	return out, nil
}
