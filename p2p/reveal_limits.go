package p2p

import (
	"time"

	"github.com/libp2p/go-libp2p/core/protocol"
)

// RevealProtocol is the libp2p protocol id of the reveal protocol.
const RevealProtocol protocol.ID = "/pol/reveal/1.0.0"

// Reveal protocol limits (docs/p2p.md §Reveal).
const (
	// MaxOpeningSize caps an opening's canonical encoding: 1 MiB of logits (V up to 262,144,
	// twice a 128,256-vocab vector's 513,024 bytes) plus the header and the longest proof.
	MaxOpeningSize = 1<<20 + 4<<10
	// maxRevealRequestSize caps a request (32-byte job id and an index, ~40 bytes encoded).
	maxRevealRequestSize = 128
	// maxRevealResponseSize caps a response: an opening plus status and message.
	maxRevealResponseSize = MaxOpeningSize + 1<<10
	// RevealMaxStreamsPerPeer caps the reveal requests a RevealClient has in flight to one
	// miner; further requests queue. The resource manager admits twice as many streams per peer
	// and direction, so streams that are still closing never make a new request fail.
	RevealMaxStreamsPerPeer = 8
	// DefaultRevealTimeout bounds one request-response exchange.
	DefaultRevealTimeout = 10 * time.Second
	// DefaultRevealRate and DefaultRevealBurst are the per-peer request rate limit of a server.
	DefaultRevealRate  = 50
	DefaultRevealBurst = 100
)
