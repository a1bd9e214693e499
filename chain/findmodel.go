package chain

import (
	"context"
	"errors"
	"fmt"

	"github.com/pol-network/pol/chain/bindings"
)

// ErrModelNotRegistered means no ModelRegistered event carries the weights
// hash asked for.
var ErrModelNotRegistered = errors.New("chain: model not registered")

// FindModel returns the latest model id the contract registered with the
// weights hash id, from the ModelRegistered events since block from.
func (c *Client) FindModel(ctx context.Context, from uint64, id [32]byte) (uint32, error) {
	head, err := c.backend.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("chain: read registered models: %w", err)
	}
	evs, err := c.Events(ctx, from, head, "ModelRegistered")
	if err != nil {
		return 0, fmt.Errorf("chain: read registered models: %w", err)
	}
	found := uint32(0)
	for _, ev := range evs {
		if r, ok := ev.Data.(*bindings.ProofOfLogitsModelRegistered); ok && r.WeightsHash == id {
			found = r.ModelId
		}
	}
	if found == 0 {
		return 0, fmt.Errorf("%w: model %x is not registered on contract %s (register it with pol wallet register-model, or pass -model-id)",
			ErrModelNotRegistered, id, c.address)
	}
	return found, nil
}
