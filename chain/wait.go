package chain

import (
	"context"
	"errors"
	"time"

	"github.com/pol-network/pol/logits"
)

// WaitSeed waits until a committed job's challenge seed can be read (the
// head is past the seed block) and returns it. Other errors, such as
// ErrSeedUnavailable once the seed block has left the chain's block-hash
// history, end the wait.
func (c *Client) WaitSeed(ctx context.Context, job logits.JobID) (logits.Hash, error) {
	t := time.NewTicker(c.poll)
	defer t.Stop()
	for {
		seed, err := c.Seed(ctx, job)
		if !errors.Is(err, ErrSeedNotReady) {
			return seed, err
		}
		select {
		case <-ctx.Done():
			return logits.Hash{}, ctx.Err()
		case <-t.C:
		}
	}
}
