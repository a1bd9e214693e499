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
)

// FollowOptions say which events to deliver and from where.
type FollowOptions struct {
	// From is the first block scanned when the cursor holds no position
	// (typically the contract's deployment block).
	From uint64
	// Confirmations keeps this many newest blocks unscanned, so a reorg
	// shallower than it never shows events that then vanish. 0 suits dev chains.
	Confirmations uint64
	// BatchBlocks bounds the block range of one eth_getLogs; 0 means 1000.
	BatchBlocks uint64
	// Cursor persists progress; nil keeps it in memory.
	Cursor Cursor
	// Events restricts delivery to these event names; empty means all.
	Events []string
	// Scanned, if set, is called after each range of blocks is handled
	// (with its last block): the follower is making progress.
	Scanned func(block uint64)
	// HandleBlock, if set, is given all the (not yet handled) events of one
	// block at once instead of handle one by one, and the cursor is saved
	// after it returns: a daemon applies and saves them together.
	HandleBlock func(ctx context.Context, evs []Event) error
}

// Handler handles one event. Returning an error stops Follow without
// advancing the cursor past that event.
type Handler func(ctx context.Context, ev Event) error

// Follow delivers the contract's events in chain order, first replaying
// history from the cursor's position (or opts.From), then polling for new
// blocks, until ctx is done (it then returns ctx.Err()) or handle fails.
//
// After each handled event the cursor is saved, and after each scanned
// range the range's end, so a process that restarts with the same cursor
// resumes right after the last event it handled: none is skipped, and none
// is delivered again unless the process died between the handler's return
// and the cursor's Save. Handlers that must be exactly-once can record
// ev.Pos with their own effects and ignore positions they have seen.
func (c *Client) Follow(ctx context.Context, opts FollowOptions, handle Handler) error {
	if opts.Cursor == nil {
		opts.Cursor = &MemCursor{}
	}
	if opts.BatchBlocks == 0 {
		opts.BatchBlocks = 1000
	}
	topics, err := c.eventTopics(opts.Events)
	if err != nil {
		return err
	}
	last, seen, err := opts.Cursor.Load()
	if err != nil {
		return err
	}
	next := opts.From
	if seen {
		// Resume inside the block of the last handled log, or after it.
		next = last.Block
		if last.Index == EndOfBlock {
			next++
		}
	}
	tick := time.NewTicker(c.poll)
	defer tick.Stop()
	heads := c.newHeads(ctx)
	for {
		head, err := c.backend.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("chain: follow: head: %w", err)
		}
		if head >= opts.Confirmations && next <= head-opts.Confirmations {
			if seen {
				if err := c.checkCanonical(ctx, last); err != nil {
					return err
				}
			}
			to := min(next+opts.BatchBlocks-1, head-opts.Confirmations)
			end, err := c.scan(ctx, next, to, topics, last, seen, opts, handle)
			if errors.Is(err, errRangeMoved) {
				continue // a reorg under the range while it was read: look again
			}
			if err != nil {
				return err
			}
			last, seen, next = end, true, to+1
			if opts.Scanned != nil {
				opts.Scanned(to)
			}
			continue // catch up without waiting
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		case <-heads:
		}
	}
}

func (c *Client) blockHash(ctx context.Context, n uint64) (common.Hash, error) {
	h, err := c.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return common.Hash{}, fmt.Errorf("chain: follow: header %d: %w", n, err)
	}
	return h.Hash(), nil
}

// headSubscriber is implemented by clients that can push new heads
// (ethclient over WebSocket or IPC).
type headSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// newHeads returns a channel that ticks on every new block when the backend
// can push them, so Follow reacts at once instead of at the next poll; it
// is nil (never ready) otherwise, e.g. over HTTP. The subscription ends
// with ctx.
func (c *Client) newHeads(ctx context.Context) <-chan *types.Header {
	hs, ok := c.backend.(headSubscriber)
	if !ok {
		return nil
	}
	ch := make(chan *types.Header, 1)
	sub, err := hs.SubscribeNewHead(ctx, ch)
	if err != nil {
		c.log.Debug("no new-head subscription; polling", "err", err)
		return nil
	}
	context.AfterFunc(ctx, sub.Unsubscribe)
	return ch
}

// ErrReorg means blocks Follow had already delivered events from (or
// scanned) are no longer on the canonical chain: a reorg deeper than
// FollowOptions.Confirmations. Follow stops rather than deliver events of two
// forks; the *ReorgError says where.
var ErrReorg = errors.New("chain: reorg below the followed position")

// ReorgError is the ErrReorg detail.
type ReorgError struct {
	Block     uint64
	Had, Have common.Hash
}

func (e *ReorgError) Error() string {
	return fmt.Sprintf("chain: follow: block %d was %s and is now %s: a reorg deeper than the confirmations", e.Block, e.Had, e.Have)
}

// Unwrap makes errors.Is(err, ErrReorg) hold.
func (e *ReorgError) Unwrap() error { return ErrReorg }

// checkCanonical verifies the block of the last position is still canonical.
func (c *Client) checkCanonical(ctx context.Context, last Position) error {
	if last.Hash == (common.Hash{}) {
		return nil // a position saved without a hash (nothing to compare)
	}
	now, err := c.blockHash(ctx, last.Block)
	if err != nil {
		return err
	}
	if now != last.Hash {
		return &ReorgError{Block: last.Block, Had: last.Hash, Have: now}
	}
	return nil
}

// errRangeMoved reports that the range's last block changed while its logs
// were read; nothing was handled.
var errRangeMoved = errors.New("chain: follow: the scanned range changed under a reorg")

// scan handles the logs of blocks [from, to] after position last and saves
// the cursor after each one (each block's, with opts.HandleBlock) and at the
// end of the range.
func (c *Client) scan(ctx context.Context, from, to uint64, topics []common.Hash, last Position, seen bool, opts FollowOptions, handle Handler) (Position, error) {
	cur := opts.Cursor
	toHash, err := c.blockHash(ctx, to)
	if err != nil {
		return last, err
	}
	evs, err := c.events(ctx, from, to, topics)
	if err != nil {
		return last, fmt.Errorf("chain: follow: %w", err)
	}
	// Unchanged hash of the range's last block means every block of the
	// range is as it was when the logs were read (hashes chain).
	if again, err := c.blockHash(ctx, to); err != nil {
		return last, err
	} else if again != toHash {
		return last, errRangeMoved
	}
	for i := 0; i < len(evs); {
		if seen && !last.Before(evs[i].Pos) {
			i++
			continue
		}
		j := i + 1
		if opts.HandleBlock != nil {
			for j < len(evs) && evs[j].Pos.Block == evs[i].Pos.Block {
				j++
			}
		}
		group := evs[i:j]
		var err error
		if opts.HandleBlock != nil {
			err = opts.HandleBlock(ctx, group)
		} else {
			err = handle(ctx, group[0])
		}
		if err != nil {
			return last, fmt.Errorf("chain: follow: handler for %s at %s: %w", group[0].Name, group[0].Pos, err)
		}
		pos := group[len(group)-1].Pos
		if err := cur.Save(pos); err != nil {
			return last, err
		}
		last, seen, i = pos, true, j
	}
	end := Position{Block: to, Index: EndOfBlock, Hash: toHash}
	if err := cur.Save(end); err != nil {
		return last, err
	}
	return end, nil
}
