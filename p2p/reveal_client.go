package p2p

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/encoding/protodelim"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p/pb"
)

// Errors of the reveal protocol's requesting side; returned errors wrap one of them.
var (
	ErrRevealNotFound    = errors.New("p2p: reveal: miner has no such opening")
	ErrRevealRateLimited = errors.New("p2p: reveal: rate limited by the miner")
	ErrRevealInvalid     = errors.New("p2p: reveal: miner refused the request as invalid")
	ErrRevealRemote      = errors.New("p2p: reveal: miner failed to serve the opening")
	// ErrBadOpening means the miner answered with an opening that does not verify against the
	// on-chain commitment: evidence against the miner, not a transport problem.
	ErrBadOpening = errors.New("p2p: reveal: opening does not match the on-chain commitment")
	// ErrRevealVersion means the miner answered with an opening of a protocol version this node
	// does not read (logits.ErrOpeningVersion): typically a miner that upgraded before this
	// member. It is not evidence against the miner (the opening may be right under the newer
	// rules), so it never wraps ErrBadOpening; a member treats it as no opening (no-reveal).
	ErrRevealVersion = errors.New("p2p: reveal: opening of a protocol version this node does not read")
)

// CommitmentSource gives the on-chain commitment (root and n) of a job; Chain satisfies it.
type CommitmentSource interface {
	Commitment(ctx context.Context, id logits.JobID) (ChainCommitment, error)
}

// RevealClient fetches openings from miners: the validator side of the reveal protocol.
// It caps its concurrent streams per miner at RevealMaxStreamsPerPeer (further requests wait)
// and verifies every opening against the on-chain root before returning it.
type RevealClient struct {
	h       *Host
	roots   CommitmentSource
	timeout time.Duration

	mu    sync.Mutex
	slots map[peer.ID]chan struct{}

	// sent, when set, runs between sending a request and closing the write side: tests use it
	// to let the miner answer (and close) first.
	sent func()
}

// NewRevealClient returns a client on h that checks openings against roots. timeout bounds
// each exchange (0 means DefaultRevealTimeout).
func NewRevealClient(h *Host, roots CommitmentSource, timeout time.Duration) *RevealClient {
	if timeout <= 0 {
		timeout = DefaultRevealTimeout
	}
	return &RevealClient{h: h, roots: roots, timeout: timeout, slots: make(map[peer.ID]chan struct{})}
}

// Fetch asks miner for the opening of position i of job and returns it once it verified
// against the job's on-chain root and n.
func (c *RevealClient) Fetch(ctx context.Context, miner peer.ID, job logits.JobID, i uint32) (*logits.Opening, error) {
	cc, err := c.roots.Commitment(ctx, job)
	if err != nil {
		return nil, fmt.Errorf("p2p: reveal: commitment of job %s: %w", job, err)
	}
	if i >= cc.N {
		return nil, fmt.Errorf("p2p: reveal: position %d outside job %s of %d positions", i, job, cc.N)
	}
	raw, err := c.exchange(ctx, miner, &pb.RevealRequest{JobId: job[:], Index: i})
	if err != nil {
		return nil, err
	}
	var o logits.Opening
	if err := o.UnmarshalBinary(raw); errors.Is(err, logits.ErrOpeningVersion) {
		return nil, fmt.Errorf("%w: job %s position %d from %s: %w", ErrRevealVersion, job, i, miner, err)
	} else if err != nil {
		return nil, fmt.Errorf("%w: job %s position %d from %s: %w", ErrBadOpening, job, i, miner, err)
	}
	if o.Job != job || o.Index != i || o.N != cc.N {
		return nil, fmt.Errorf("%w: asked job %s position %d of %d, got job %s position %d of %d",
			ErrBadOpening, job, i, cc.N, o.Job, o.Index, o.N)
	}
	if err := o.Verify(cc.Root); err != nil {
		return nil, fmt.Errorf("%w: job %s position %d from %s: %w", ErrBadOpening, job, i, miner, err)
	}
	return &o, nil
}

// exchange sends one request on a new stream and returns the opening bytes of an OK answer.
func (c *RevealClient) exchange(ctx context.Context, miner peer.ID, req *pb.RevealRequest) ([]byte, error) {
	release, err := c.acquire(ctx, miner)
	if err != nil {
		return nil, err
	}
	defer release()
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	st, err := c.h.NewStream(ctx, miner, RevealProtocol)
	if err != nil {
		return nil, fmt.Errorf("p2p: reveal: open stream to %s: %w", miner, err)
	}
	defer st.Close()
	if deadline, ok := ctx.Deadline(); ok {
		_ = st.SetDeadline(deadline)
	}
	if _, err := protodelim.MarshalTo(st, req); err != nil {
		st.Reset()
		return nil, fmt.Errorf("p2p: reveal: send request to %s: %w", miner, err)
	}
	if c.sent != nil {
		c.sent()
	}
	// Closing our side can fail once the miner has answered: its Close (on QUIC) stops the
	// stream's read side, and a fast refusal arrives before this line runs. The answer is then
	// already on its way, so a failed close is not an error; a real reset fails the read below.
	_ = st.CloseWrite()
	// The largest response counts against the resource manager's memory limits while it is read.
	if err := st.Scope().ReserveMemory(maxRevealResponseSize, network.ReservationPriorityAlways); err != nil {
		st.Reset()
		return nil, fmt.Errorf("p2p: reveal: memory for the response from %s: %w", miner, err)
	}
	defer st.Scope().ReleaseMemory(maxRevealResponseSize)
	var resp pb.RevealResponse
	r := bufio.NewReaderSize(st, 64<<10)
	opts := protodelim.UnmarshalOptions{MaxSize: maxRevealResponseSize}
	if err := opts.UnmarshalFrom(r, &resp); err != nil {
		st.Reset()
		return nil, fmt.Errorf("p2p: reveal: read response from %s: %w", miner, err)
	}
	// Wait for the miner to close its side, so the stream is gone on both ends before this
	// request's slot is released (the response is complete either way).
	_, _ = r.ReadByte()
	switch resp.Status {
	case pb.RevealResponse_STATUS_OK:
		return resp.Opening, nil
	case pb.RevealResponse_STATUS_NOT_FOUND:
		return nil, fmt.Errorf("%w (%s): %s", ErrRevealNotFound, miner, resp.Message)
	case pb.RevealResponse_STATUS_RATE_LIMITED:
		return nil, fmt.Errorf("%w (%s): %s", ErrRevealRateLimited, miner, resp.Message)
	case pb.RevealResponse_STATUS_INVALID:
		return nil, fmt.Errorf("%w (%s): %s", ErrRevealInvalid, miner, resp.Message)
	}
	return nil, fmt.Errorf("%w (%s): status %s: %s", ErrRevealRemote, miner, resp.Status, resp.Message)
}

// acquire takes one of miner's RevealMaxStreamsPerPeer stream slots, waiting for ctx.
func (c *RevealClient) acquire(ctx context.Context, miner peer.ID) (func(), error) {
	c.mu.Lock()
	slots, ok := c.slots[miner]
	if !ok {
		slots = make(chan struct{}, RevealMaxStreamsPerPeer)
		c.slots[miner] = slots
	}
	c.mu.Unlock()
	select {
	case slots <- struct{}{}:
		return func() { <-slots }, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("p2p: reveal: waiting for a stream slot to %s: %w", miner, ctx.Err())
	}
}

// FetchFrom asks each of peers in turn for position i of job and returns the first opening that
// verifies against the job's on-chain root and n: how a committee member gets an opening that the
// miner served to another member but not to it (OpeningCache). A bad opening from a relaying peer
// is that peer's lie, not evidence against the miner: the error never wraps ErrBadOpening, only
// ErrRevealNotFound with every peer's reason.
func (c *RevealClient) FetchFrom(ctx context.Context, peers []peer.ID, job logits.JobID, i uint32) (*logits.Opening, error) {
	if len(peers) == 0 {
		return nil, fmt.Errorf("%w: no peer to ask for job %s position %d", ErrRevealNotFound, job, i)
	}
	var errs []error
	for _, p := range peers {
		o, err := c.Fetch(ctx, p, job, i)
		if err == nil {
			return o, nil
		}
		errs = append(errs, err)
		if ctx.Err() != nil {
			break
		}
	}
	return nil, fmt.Errorf("%w: job %s position %d from %d peer(s): %v", ErrRevealNotFound, job, i, len(peers), errors.Join(errs...))
}
