// Package p2p is pol's peer-to-peer layer on libp2p: a host whose identity is the node's
// staked Ethereum key, a connection gater that admits only staked or allow-listed peers,
// gossip topics for jobs, commitments and verdicts with signed payloads, validation and peer
// scoring, the reveal protocol through which validators fetch logit openings from miners, and
// discovery of a network's nodes through a DHT private to pol.
//
// docs/p2p.md specifies the wire formats, signed digests, validation rules and limits.
package p2p
