package p2p

import (
	"bufio"
	"context"
	"errors"
	"log/slog"
	"slices"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"golang.org/x/time/rate"
	"google.golang.org/protobuf/encoding/protodelim"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p/pb"
)

// OpeningSource opens committed positions; *logits.Store satisfies it.
type OpeningSource interface {
	Open(job logits.JobID, i uint32) (*logits.Opening, error)
}

// RevealServerConfig configures ServeReveal.
type RevealServerConfig struct {
	// Source answers requests (the miner's on-disk store). Required.
	Source OpeningSource
	// Rate and Burst limit each peer's requests (defaults DefaultRevealRate, DefaultRevealBurst).
	Rate  float64
	Burst int
	// Timeout bounds one exchange (default DefaultRevealTimeout).
	Timeout time.Duration
	// Authorize, if set, decides per request whether remote may have position i of job; a
	// refused request is answered "not found" (a relay serves only the job's committee).
	Authorize func(remote peer.ID, job logits.JobID, i uint32) bool
	// Policy, if set, restricts reveals to the job's committee and challenge set: a peer outside
	// the committee is answered "not found", a member asking for a position outside the set
	// "invalid", and a member is served each position at most MaxServesPerPosition times
	// (default DefaultMaxServesPerPosition), "rate limited" beyond. A request from a peer the
	// policy does not list yet waits up to PolicyWait (default DefaultPolicyWait) while the
	// policy does not know the job's committee. Nil serves every admitted peer (v1; devnets).
	Policy               RevealPolicy
	MaxServesPerPosition int
	PolicyWait           time.Duration
	// EgressBytesPerSecond is the server's budget for the openings it sends, all peers together
	// (token bucket, default DefaultRevealEgress, burst one second's worth but at least two
	// responses). A response waits for its bytes while its exchange deadline allows, then is
	// answered "rate limited". Negative: unlimited.
	EgressBytesPerSecond float64
	// CacheBytes bounds the encoded openings kept in memory (default DefaultRevealCacheBytes;
	// negative disables). Openings of a source that may change (OpeningCache) are never cached.
	CacheBytes int64
	// Logger receives the server's logs; nil means slog.Default().
	Logger *slog.Logger
}

// RevealServer answers reveal requests on a host: the miner side of the reveal protocol.
type RevealServer struct {
	h          *Host
	source     OpeningSource
	authorize  func(peer.ID, logits.JobID, uint32) bool
	limiter    *peerLimiter
	timeout    time.Duration
	log        *slog.Logger
	challenges *challenges // nil without a policy
	policyWait time.Duration
	serves     *serveCounts
	egress     *rate.Limiter // nil: unlimited
	cache      *openingBytes // nil: no cache

	served atomic.Int64 // opening bytes sent
}

// ServeReveal registers the reveal protocol handler on h. Close removes it.
func ServeReveal(h *Host, cfg RevealServerConfig) (*RevealServer, error) {
	if cfg.Source == nil {
		return nil, errors.New("p2p: RevealServerConfig.Source is required")
	}
	if cfg.Rate <= 0 {
		cfg.Rate = DefaultRevealRate
	}
	if cfg.Burst <= 0 {
		cfg.Burst = DefaultRevealBurst
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultRevealTimeout
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.MaxServesPerPosition <= 0 {
		cfg.MaxServesPerPosition = DefaultMaxServesPerPosition
	}
	if cfg.PolicyWait <= 0 {
		cfg.PolicyWait = DefaultPolicyWait
	}
	if cfg.EgressBytesPerSecond == 0 {
		cfg.EgressBytesPerSecond = DefaultRevealEgress
	}
	if cfg.CacheBytes == 0 {
		cfg.CacheBytes = DefaultRevealCacheBytes
	}
	s := &RevealServer{h: h, source: cfg.Source, authorize: cfg.Authorize, limiter: newPeerLimiter(cfg.Rate, cfg.Burst),
		timeout: cfg.Timeout, log: cfg.Logger, policyWait: cfg.PolicyWait,
		serves: &serveCounts{max: cfg.MaxServesPerPosition, counts: map[serveKey]map[uint32]int{}}}
	if cfg.Policy != nil {
		s.challenges = &challenges{policy: cfg.Policy, jobs: map[logits.JobID]*challengeEntry{}}
	}
	if cfg.EgressBytesPerSecond > 0 {
		burst := max(int(cfg.EgressBytesPerSecond), 2*maxRevealResponseSize)
		s.egress = rate.NewLimiter(rate.Limit(cfg.EgressBytesPerSecond), burst)
	}
	if _, mutable := cfg.Source.(mutableSource); cfg.CacheBytes > 0 && !mutable {
		s.cache = &openingBytes{limit: cfg.CacheBytes, items: map[openingKey][]byte{}}
	}
	h.SetStreamHandler(RevealProtocol, s.handle)
	return s, nil
}

// Served returns how many opening bytes the server has sent.
func (s *RevealServer) Served() int64 { return s.served.Load() }

// Close stops answering reveal requests.
func (s *RevealServer) Close() { s.h.RemoveStreamHandler(RevealProtocol) }

func (s *RevealServer) handle(st network.Stream) {
	defer st.Close()
	remote := st.Conn().RemotePeer()
	deadline := time.Now().Add(s.timeout)
	if err := st.SetDeadline(deadline); err != nil {
		st.Reset()
		return
	}
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	resp, undo := s.answer(ctx, st, remote)
	if _, err := protodelim.MarshalTo(st, resp); err != nil {
		s.log.Debug("p2p: reveal response not sent", "peer", remote, "err", err)
		st.Reset()
		if undo != nil {
			undo()
		}
		return
	}
	s.served.Add(int64(len(resp.Opening)))
	if resp.Status != pb.RevealResponse_STATUS_OK {
		s.log.Debug("p2p: reveal refused", "peer", remote, "status", resp.Status, "reason", resp.Message)
	}
}

// answer reads one request and builds its response. undo, when not nil, returns the serve the
// response counted if it could not be sent.
func (s *RevealServer) answer(ctx context.Context, st network.Stream, remote peer.ID) (_ *pb.RevealResponse, undo func()) {
	var req pb.RevealRequest
	opts := protodelim.UnmarshalOptions{MaxSize: maxRevealRequestSize}
	if err := opts.UnmarshalFrom(bufio.NewReaderSize(st, maxRevealRequestSize), &req); err != nil {
		return refuse(pb.RevealResponse_STATUS_INVALID, "unreadable request: "+err.Error()), nil
	}
	if !s.limiter.allow(remote) {
		return refuse(pb.RevealResponse_STATUS_RATE_LIMITED, "too many requests, slow down"), nil
	}
	var job logits.JobID
	if len(req.JobId) != len(job) {
		return refuse(pb.RevealResponse_STATUS_INVALID, "job_id must be 32 bytes"), nil
	}
	copy(job[:], req.JobId)
	i := req.Index
	if s.authorize != nil && !s.authorize(remote, job, i) {
		return refuse(pb.RevealResponse_STATUS_NOT_FOUND, "not served to this peer"), nil
	}
	if s.challenges != nil {
		addr, err := AddressOf(remote)
		if err != nil {
			return refuse(pb.RevealResponse_STATUS_NOT_FOUND, "not served to this peer"), nil
		}
		ch, member := s.challenges.member(ctx, job, addr, s.policyWait)
		if !member {
			return refuse(pb.RevealResponse_STATUS_NOT_FOUND, "not served to this peer: not in the job's committee"), nil
		}
		if !slices.Contains(ch.Positions, i) {
			return refuse(pb.RevealResponse_STATUS_INVALID, "position outside the job's challenge set"), nil
		}
		if !s.serves.take(remote, job, i) {
			return refuse(pb.RevealResponse_STATUS_RATE_LIMITED, "position already served to this peer as often as allowed"), nil
		}
		undo = func() { s.serves.giveBack(remote, job, i) }
	}
	resp := s.opening(remote, job, i)
	if resp.Status == pb.RevealResponse_STATUS_OK {
		// The response's memory counts against the resource manager's limits for the reveal
		// protocol (per peer and overall) while it waits and is sent.
		n := len(resp.Opening) + 1<<10
		if err := st.Scope().ReserveMemory(n, network.ReservationPriorityAlways); err != nil {
			resp = refuse(pb.RevealResponse_STATUS_RATE_LIMITED, "the miner's reveal memory is taken, retry later")
		} else {
			go func() { <-ctx.Done(); st.Scope().ReleaseMemory(n) }()
		}
	}
	if resp.Status == pb.RevealResponse_STATUS_OK && s.egress != nil {
		r := s.egress.ReserveN(time.Now(), len(resp.Opening))
		deadline, _ := ctx.Deadline()
		// The response must still fit in the exchange after the wait (a second to send it).
		if !r.OK() || time.Now().Add(r.Delay()+time.Second).After(deadline) {
			r.Cancel()
			resp = refuse(pb.RevealResponse_STATUS_RATE_LIMITED, "the miner's reveal bandwidth is taken, retry later")
		} else if d := r.Delay(); d > 0 {
			select {
			case <-time.After(d):
			case <-ctx.Done():
				r.Cancel()
				resp = refuse(pb.RevealResponse_STATUS_RATE_LIMITED, "the miner's reveal bandwidth is taken, retry later")
			}
		}
	}
	if resp.Status != pb.RevealResponse_STATUS_OK && undo != nil {
		undo()
		undo = nil
	}
	return resp, undo
}

// opening reads (or finds in the cache) the encoded opening of position i of job.
func (s *RevealServer) opening(remote peer.ID, job logits.JobID, i uint32) *pb.RevealResponse {
	if b := s.cache.get(job, i); b != nil {
		return &pb.RevealResponse{Status: pb.RevealResponse_STATUS_OK, Opening: b}
	}
	o, err := s.source.Open(job, i)
	switch {
	case errors.Is(err, logits.ErrUnknownJob):
		return refuse(pb.RevealResponse_STATUS_NOT_FOUND, err.Error())
	case errors.Is(err, logits.ErrOutOfRange):
		return refuse(pb.RevealResponse_STATUS_INVALID, err.Error())
	case err != nil:
		s.log.Error("p2p: reveal: cannot open position", "peer", remote, "job", job, "index", i, "err", err)
		return refuse(pb.RevealResponse_STATUS_INTERNAL, "cannot open this position")
	}
	b, err := o.MarshalBinary()
	if err != nil {
		s.log.Error("p2p: reveal: cannot encode opening", "job", job, "index", i, "err", err)
		return refuse(pb.RevealResponse_STATUS_INTERNAL, "cannot encode this opening")
	}
	if len(b) > MaxOpeningSize {
		return refuse(pb.RevealResponse_STATUS_INTERNAL, "opening exceeds the protocol's size cap")
	}
	s.cache.put(job, i, b)
	return &pb.RevealResponse{Status: pb.RevealResponse_STATUS_OK, Opening: b}
}

func refuse(status pb.RevealResponse_Status, msg string) *pb.RevealResponse {
	return &pb.RevealResponse{Status: status, Message: msg}
}
