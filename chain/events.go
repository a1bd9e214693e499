package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pol-network/pol/chain/bindings"
	"github.com/pol-network/pol/logits"
)

// Event is one decoded log of the contract.
type Event struct {
	// Name is the Solidity event name, e.g. "JobCommitted".
	Name string
	// Pos is where the log is in the chain.
	Pos Position
	// Tx is the transaction that emitted it.
	Tx common.Hash
	// Job is the event in pol's types for the job life-cycle events (see
	// JobEvent), nil for the others. Daemons read this, not Data.
	Job JobEvent
	// Data is the event as its generated binding struct, e.g.
	// *bindings.ProofOfLogitsJobCommitted (for printing every field).
	Data any
}

// decoders unpack each event of the contract into its binding struct.
var decoders = map[string]func(*bindings.ProofOfLogits, *types.Log) (any, error){
	"Attested":          func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackAttestedEvent(l) },
	"ClaimReleased":     func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackClaimReleasedEvent(l) },
	"CommitteeDrawn":    func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackCommitteeDrawnEvent(l) },
	"EscalationDrawn":   func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackEscalationDrawnEvent(l) },
	"JobCancelled":      func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackJobCancelledEvent(l) },
	"JobClaimed":        func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackJobClaimedEvent(l) },
	"JobCommitted":      func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackJobCommittedEvent(l) },
	"JobEscalated":      func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackJobEscalatedEvent(l) },
	"JobSettled":        func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackJobSettledEvent(l) },
	"JobSubmitted":      func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackJobSubmittedEvent(l) },
	"ModelRegistered":   func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackModelRegisteredEvent(l) },
	"ModelRetired":      func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackModelRetiredEvent(l) },
	"RewardsFunded":     func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackRewardsFundedEvent(l) },
	"Slashed":           func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackSlashedEvent(l) },
	"Staked":            func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackStakedEvent(l) },
	"ThresholdsUpdated": func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackThresholdsUpdatedEvent(l) },
	"UnbondRequested":   func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackUnbondRequestedEvent(l) },
	"ValidatorAdded":    func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackValidatorAddedEvent(l) },
	"ValidatorRemoved":  func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackValidatorRemovedEvent(l) },
	"VerdictCommitted":  func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackVerdictCommittedEvent(l) },
	"Withdrawn":         func(b *bindings.ProofOfLogits, l *types.Log) (any, error) { return b.UnpackWithdrawnEvent(l) },
}

// DecodeEvent decodes one log of the contract.
func (c *Client) DecodeEvent(l *types.Log) (Event, error) {
	if len(l.Topics) == 0 {
		return Event{}, fmt.Errorf("chain: log %d of block %d has no topics", l.Index, l.BlockNumber)
	}
	ev, err := c.abi.EventByID(l.Topics[0])
	if err != nil {
		return Event{}, fmt.Errorf("chain: log %d of block %d: %w", l.Index, l.BlockNumber, err)
	}
	dec, ok := decoders[ev.Name]
	if !ok {
		return Event{}, fmt.Errorf("chain: no decoder for event %s", ev.Name)
	}
	data, err := dec(c.binding, l)
	if err != nil {
		return Event{}, fmt.Errorf("chain: decode %s in block %d: %w", ev.Name, l.BlockNumber, err)
	}
	return Event{Name: ev.Name, Pos: Position{Block: l.BlockNumber, Index: uint32(l.Index), Hash: l.BlockHash}, Tx: l.TxHash, Job: jobEvent(data, l.BlockNumber), Data: data}, nil
}

// eventTopics returns the topic-0 filter for the named events (nil: all).
func (c *Client) eventTopics(names []string) ([]common.Hash, error) {
	var ids []common.Hash
	for _, n := range names {
		ev, ok := c.abi.Events[n]
		if !ok {
			return nil, fmt.Errorf("chain: the contract has no event %q", n)
		}
		ids = append(ids, ev.ID)
	}
	return ids, nil
}

// Events returns the contract's events in blocks [from, to], in chain
// order, restricted to the named events if any are given.
func (c *Client) Events(ctx context.Context, from, to uint64, names ...string) ([]Event, error) {
	topics, err := c.eventTopics(names)
	if err != nil {
		return nil, err
	}
	return c.events(ctx, from, to, topics)
}

// events fetches and decodes the logs of blocks [from, to] with one
// eth_getLogs; removed (reorged) logs are dropped.
func (c *Client) events(ctx context.Context, from, to uint64, topics []common.Hash) ([]Event, error) {
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{c.address},
	}
	if len(topics) > 0 {
		q.Topics = [][]common.Hash{topics}
	}
	evs, err := c.filter(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("chain: blocks %d-%d: %w", from, to, err)
	}
	return evs, nil
}

// JobEvents returns the named job event's logs for one job since block from
// (the job id is the first indexed topic of every job event), in chain order.
func (c *Client) JobEvents(ctx context.Context, from uint64, name string, job logits.JobID) ([]Event, error) {
	ev, ok := c.abi.Events[name]
	if !ok {
		return nil, fmt.Errorf("chain: the contract has no event %q", name)
	}
	return c.filter(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{c.address},
		Topics: [][]common.Hash{{ev.ID}, {common.Hash(job)}}})
}

// JobsOf returns the ids of the jobs requester submitted since block from,
// oldest first.
func (c *Client) JobsOf(ctx context.Context, from uint64, requester common.Address) ([]logits.JobID, error) {
	evs, err := c.filter(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{c.address},
		Topics: [][]common.Hash{{c.abi.Events["JobSubmitted"].ID}, nil, {common.BytesToHash(requester[:])}}})
	if err != nil {
		return nil, err
	}
	ids := make([]logits.JobID, 0, len(evs))
	for _, ev := range evs {
		if s, ok := ev.Job.(JobSubmitted); ok {
			ids = append(ids, s.Job)
		}
	}
	return ids, nil
}

// filter runs one eth_getLogs and decodes the logs; removed (reorged) logs
// are dropped.
func (c *Client) filter(ctx context.Context, q ethereum.FilterQuery) ([]Event, error) {
	logs, err := c.backend.FilterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("chain: logs: %w", err)
	}
	out := make([]Event, 0, len(logs))
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		ev, err := c.DecodeEvent(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
	return out, nil
}
