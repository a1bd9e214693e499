// Package daemontest has in-memory fakes of the daemons' ports (chain head
// and events, gossip, reveals) for unit tests of the miner's and the
// validator's shells: a chain that can be cut, a feed of contract events,
// subscriptions fed by the test.
package daemontest

import (
	"context"
	"errors"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// ErrDown is what every call of a cut Chain returns.
var ErrDown = errors.New("daemontest: connection refused")

// Chain is the part of a fake chain both daemons share: the head, the event
// feed (daemon.Follower) and an outage switch. Daemon-specific fakes embed
// it and call Call first in every method.
type Chain struct {
	mu     sync.Mutex
	head   chain.Head
	down   bool
	events []chain.Event
	next   int       // events delivered (the follower's cursor)
	wake   chan bool // an event was added or the chain came back
	// Calls counts the calls that reached the chain (not cut), by name.
	calls map[string]int
	// Follows counts how often Follow was started.
	Follows int
}

// NewChain is a chain at block 1, time 100.
func NewChain() *Chain {
	return &Chain{head: chain.Head{Block: 1, Time: 100}, wake: make(chan bool, 1), calls: map[string]int{}}
}

// Call records a call by name and fails it while the chain is cut.
func (c *Chain) Call(name string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.down {
		return ErrDown
	}
	c.calls[name]++
	return nil
}

// Calls is how many calls of name reached the chain.
func (c *Chain) Calls(name string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.calls[name]
}

// SetDown cuts (true) or restores (false) the chain.
func (c *Chain) SetDown(down bool) {
	c.mu.Lock()
	c.down = down
	c.mu.Unlock()
	c.poke()
}

// Advance moves the head by blocks and seconds.
func (c *Chain) Advance(blocks, seconds uint64) chain.Head {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.head.Block += blocks
	c.head.Time += seconds
	return c.head
}

// Emit appends contract job events at the current head.
func (c *Chain) Emit(evs ...chain.JobEvent) {
	c.mu.Lock()
	for _, e := range evs {
		c.events = append(c.events, chain.Event{Name: eventName(e), Pos: chain.Position{Block: c.head.Block, Index: uint32(len(c.events))}, Job: e})
	}
	c.mu.Unlock()
	c.poke()
}

// Delivered is how many events the follower handled.
func (c *Chain) Delivered() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.next
}

func (c *Chain) poke() {
	select {
	case c.wake <- true:
	default:
	}
}

// Head is daemon.HeadReader.
func (c *Chain) Head(context.Context) (chain.Head, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.down {
		return chain.Head{}, ErrDown
	}
	return c.head, nil
}

// Follow is daemon.Follower: it delivers the emitted events in order (a
// handled event is not delivered again, as with a cursor) and fails when
// the chain is cut.
func (c *Chain) Follow(ctx context.Context, _ chain.FollowOptions, handle chain.Handler) error {
	c.mu.Lock()
	c.Follows++
	c.mu.Unlock()
	for {
		c.mu.Lock()
		down, pending := c.down, c.next < len(c.events)
		var ev chain.Event
		if pending {
			ev = c.events[c.next]
		}
		c.mu.Unlock()
		switch {
		case down:
			return ErrDown
		case pending:
			if err := handle(ctx, ev); err != nil {
				return err
			}
			c.mu.Lock()
			c.next++
			c.mu.Unlock()
			continue
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-c.wake:
		}
	}
}

func eventName(e chain.JobEvent) string {
	switch e.(type) {
	case chain.JobSubmitted:
		return "JobSubmitted"
	case chain.JobClaimed:
		return "JobClaimed"
	case chain.ClaimReleased:
		return "ClaimReleased"
	case chain.JobCommitted:
		return "JobCommitted"
	case chain.JobCancelled:
		return "JobCancelled"
	case chain.JobSettled:
		return "JobSettled"
	case chain.CommitteeDrawn:
		return "CommitteeDrawn"
	case chain.VerdictCommitted:
		return "VerdictCommitted"
	case chain.Attested:
		return "Attested"
	case chain.JobEscalated:
		return "JobEscalated"
	case chain.EscalationDrawn:
		return "EscalationDrawn"
	}
	return "?"
}

// Sub is a gossip subscription the test feeds.
type Sub[T any] struct {
	ch   chan p2p.Received[T]
	once sync.Once
	done chan struct{}
}

// NewSub makes a subscription.
func NewSub[T any]() *Sub[T] {
	return &Sub[T]{ch: make(chan p2p.Received[T], 64), done: make(chan struct{})}
}

// Send delivers a message as signed by signer.
func (s *Sub[T]) Send(msg T, signer common.Address, peer string) {
	r := p2p.Received[T]{Msg: &msg, Signer: signer}
	r.SignerPeer = p2pPeer(peer)
	s.ch <- r
}

// Next is daemon.Subscription.
func (s *Sub[T]) Next(ctx context.Context) (p2p.Received[T], error) {
	select {
	case r := <-s.ch:
		return r, nil
	case <-s.done:
		return p2p.Received[T]{}, errors.New("daemontest: subscription cancelled")
	case <-ctx.Done():
		return p2p.Received[T]{}, ctx.Err()
	}
}

// Cancel is daemon.Subscription.
func (s *Sub[T]) Cancel() { s.once.Do(func() { close(s.done) }) }

// Net is the part of a fake network both daemons share: subscriptions the
// test feeds, published messages recorded, the reveal server's
// configuration kept for the test to call, committee protection recorded.
type Net struct {
	mu          sync.Mutex
	Jobs        *Sub[p2p.Job]
	Commitments *Sub[p2p.Commitment]
	Published   []any // p2p.Job, p2p.Commitment, p2p.Verdict
	Served      *p2p.RevealServerConfig
	Protected   map[logits.JobID][]common.Address
	// PublishErr, if set, fails every publication.
	PublishErr error
}

// NewNet makes a network with empty subscriptions.
func NewNet() *Net {
	return &Net{Jobs: NewSub[p2p.Job](), Commitments: NewSub[p2p.Commitment](), Protected: map[logits.JobID][]common.Address{}}
}

func (n *Net) ID() string { return "fake-peer" }
func (n *Net) SubscribeJobs() (daemon.Subscription[p2p.Job], error) {
	return n.Jobs, nil
}
func (n *Net) SubscribeCommitments() (daemon.Subscription[p2p.Commitment], error) {
	return n.Commitments, nil
}
func (n *Net) PublishJob(_ context.Context, j p2p.Job) error               { return n.publish(j) }
func (n *Net) PublishCommitment(_ context.Context, c p2p.Commitment) error { return n.publish(c) }
func (n *Net) PublishVerdict(_ context.Context, v p2p.Verdict) error       { return n.publish(v) }

func (n *Net) publish(m any) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.PublishErr != nil {
		return n.PublishErr
	}
	n.Published = append(n.Published, m)
	return nil
}

// Sent returns the messages published so far.
func (n *Net) Sent() []any {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]any(nil), n.Published...)
}

// ServeReveal keeps cfg.
func (n *Net) ServeReveal(cfg p2p.RevealServerConfig) (daemon.Closer, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.Served = &cfg
	return closer{}, nil
}

// Server returns the reveal server's configuration (nil before Run).
func (n *Net) Server() *p2p.RevealServerConfig {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.Served
}

func (n *Net) ProtectCommittee(job logits.JobID, members ...common.Address) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.Protected[job] = members
}

// Committee is what ProtectCommittee holds for job (nil: not protected).
func (n *Net) Committee(job logits.JobID) []common.Address {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.Protected[job]
}

func (n *Net) ReleaseCommittee(job logits.JobID) {
	n.mu.Lock()
	defer n.mu.Unlock()
	delete(n.Protected, job)
}

type closer struct{}

func (closer) Close() {}
