package p2p

import (
	"fmt"
	"strings"
)

// Topic is one of pol's gossip topics.
type Topic string

// The gossip topics.
const (
	TopicJobs        Topic = "jobs"
	TopicCommitments Topic = "commitments"
	TopicVerdicts    Topic = "verdicts"
)

// Per-topic caps on a message's encoded size; larger messages are rejected.
const (
	MaxJobSize        = 64 << 10  // a prompt of up to ~64 KiB of text
	MaxCommitmentSize = 768 << 10 // ~150k tokens of prompt + output at 3-5 bytes each
	MaxVerdictSize    = 4 << 10   // MaxVerdictPositions positions and the fixed fields
	maxGossipSize     = 1 << 20   // the pubsub RPC cap, above every topic cap
)

// Name returns the pubsub topic name, bound to the network so that deployments never mix:
// /pol/<chain id>/<contract, lower-case hex>/<topic>/1.
func (t Topic) Name(n Network) string {
	return fmt.Sprintf("/pol/%d/%s/%s/1", n.ChainID, strings.ToLower(n.Contract.Hex()), string(t))
}

// maxSize returns the topic's size cap.
func (t Topic) maxSize() int {
	switch t {
	case TopicJobs:
		return MaxJobSize
	case TopicCommitments:
		return MaxCommitmentSize
	case TopicVerdicts:
		return MaxVerdictSize
	}
	return 0
}
