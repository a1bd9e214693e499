package chain

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ScanReceipt exposes the index-free receipt lookup to the external tests.
func ScanReceipt(c *Client, ctx context.Context, hash common.Hash, from uint64) *types.Receipt {
	return c.scanReceipt(ctx, hash, from)
}
