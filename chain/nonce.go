package chain

import (
	"context"
	"fmt"
	"math/big"
	"strings"
)

// nextNonce returns the nonce for the next transaction from c.from; the
// caller holds sendMu. It is the larger of the node's pending nonce and the
// one after the last transaction this Client sent: a node may accept a
// transaction before its pending nonce counts it (geth queues it and promotes
// it asynchronously), and trusting the node alone would reuse the nonce
// ("replacement transaction underpriced").
func (c *Client) nextNonce(ctx context.Context) (*big.Int, error) {
	pending, err := c.backend.PendingNonceAt(ctx, c.from)
	if err != nil {
		return nil, fmt.Errorf("pending nonce of %s: %w", c.from, err)
	}
	if c.nonceKnown && c.nonce > pending {
		pending = c.nonce
	}
	return new(big.Int).SetUint64(pending), nil
}

// sent records the outcome of a send with nonce n; the caller holds sendMu.
// After a failure the Client forgets its own count and trusts the node again,
// so a transaction the node never took leaves no gap.
func (c *Client) sent(n *big.Int, err error) {
	if err != nil {
		c.nonceKnown = false
		return
	}
	c.nonce, c.nonceKnown = n.Uint64()+1, true
}

// forgetNonce drops the Client's own nonce count, e.g. after a transaction
// was not mined in time (the node may have dropped it).
func (c *Client) forgetNonce() {
	c.sendMu.Lock()
	c.nonceKnown = false
	c.sendMu.Unlock()
}

// isNonceTooLow reports whether err is a node refusing a nonce that is
// already used (another sender with the same key got there first).
func isNonceTooLow(err error) bool {
	return err != nil && strings.Contains(err.Error(), "nonce too low")
}
