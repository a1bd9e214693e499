package p2p

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Received is a validated gossip message with who signed it (address and peer id of the same
// key) and the peer that forwarded it to us.
type Received[T any] struct {
	Msg        *T
	Signer     common.Address
	SignerPeer peer.ID
	From       peer.ID
}

// Subscription delivers the validated messages of one topic.
type Subscription[T any] struct {
	sub *pubsub.Subscription
}

// Next blocks until the next validated message arrives or ctx ends. Messages this node
// published are delivered too.
func (s *Subscription[T]) Next(ctx context.Context) (Received[T], error) {
	for {
		m, err := s.sub.Next(ctx)
		if err != nil {
			return Received[T]{}, err
		}
		d, ok := m.ValidatorData.(delivered)
		if !ok {
			continue // not validated by us: cannot happen with our validators registered
		}
		msg, ok := d.msg.(*T)
		if !ok {
			continue
		}
		return Received[T]{Msg: msg, Signer: d.signer.addr, SignerPeer: d.signer.peer, From: m.ReceivedFrom}, nil
	}
}

// Cancel ends the subscription.
func (s *Subscription[T]) Cancel() { s.sub.Cancel() }

func subscribe[T any](g *Gossip, t Topic) (*Subscription[T], error) {
	sub, err := g.topics[t].Subscribe()
	if err != nil {
		return nil, fmt.Errorf("p2p: subscribe to %s: %w", t, err)
	}
	return &Subscription[T]{sub: sub}, nil
}

// SubscribeJobs subscribes to the jobs topic.
func (g *Gossip) SubscribeJobs() (*Subscription[Job], error) { return subscribe[Job](g, TopicJobs) }

// SubscribeCommitments subscribes to the commitments topic.
func (g *Gossip) SubscribeCommitments() (*Subscription[Commitment], error) {
	return subscribe[Commitment](g, TopicCommitments)
}

// SubscribeVerdicts subscribes to the verdicts topic.
func (g *Gossip) SubscribeVerdicts() (*Subscription[Verdict], error) {
	return subscribe[Verdict](g, TopicVerdicts)
}
