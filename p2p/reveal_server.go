package p2p

import (
	"bufio"
	"errors"
	"log/slog"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
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
	// Logger receives the server's logs; nil means slog.Default().
	Logger *slog.Logger
}

// RevealServer answers reveal requests on a host: the miner side of the reveal protocol.
type RevealServer struct {
	h         *Host
	source    OpeningSource
	authorize func(peer.ID, logits.JobID, uint32) bool
	limiter   *peerLimiter
	timeout   time.Duration
	log       *slog.Logger
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
	s := &RevealServer{h: h, source: cfg.Source, authorize: cfg.Authorize, limiter: newPeerLimiter(cfg.Rate, cfg.Burst),
		timeout: cfg.Timeout, log: cfg.Logger}
	h.SetStreamHandler(RevealProtocol, s.handle)
	return s, nil
}

// Close stops answering reveal requests.
func (s *RevealServer) Close() { s.h.RemoveStreamHandler(RevealProtocol) }

func (s *RevealServer) handle(st network.Stream) {
	defer st.Close()
	remote := st.Conn().RemotePeer()
	if err := st.SetDeadline(time.Now().Add(s.timeout)); err != nil {
		st.Reset()
		return
	}
	resp := s.answer(st, remote)
	if _, err := protodelim.MarshalTo(st, resp); err != nil {
		s.log.Debug("p2p: reveal response not sent", "peer", remote, "err", err)
		st.Reset()
		return
	}
	if resp.Status != pb.RevealResponse_STATUS_OK {
		s.log.Debug("p2p: reveal refused", "peer", remote, "status", resp.Status, "reason", resp.Message)
	}
}

// answer reads one request and builds its response.
func (s *RevealServer) answer(st network.Stream, remote peer.ID) *pb.RevealResponse {
	var req pb.RevealRequest
	opts := protodelim.UnmarshalOptions{MaxSize: maxRevealRequestSize}
	if err := opts.UnmarshalFrom(bufio.NewReaderSize(st, maxRevealRequestSize), &req); err != nil {
		return refuse(pb.RevealResponse_STATUS_INVALID, "unreadable request: "+err.Error())
	}
	if !s.limiter.allow(remote) {
		return refuse(pb.RevealResponse_STATUS_RATE_LIMITED, "too many requests, slow down")
	}
	var job logits.JobID
	if len(req.JobId) != len(job) {
		return refuse(pb.RevealResponse_STATUS_INVALID, "job_id must be 32 bytes")
	}
	copy(job[:], req.JobId)
	if s.authorize != nil && !s.authorize(remote, job, req.Index) {
		return refuse(pb.RevealResponse_STATUS_NOT_FOUND, "not served to this peer")
	}
	o, err := s.source.Open(job, req.Index)
	switch {
	case errors.Is(err, logits.ErrUnknownJob):
		return refuse(pb.RevealResponse_STATUS_NOT_FOUND, err.Error())
	case errors.Is(err, logits.ErrOutOfRange):
		return refuse(pb.RevealResponse_STATUS_INVALID, err.Error())
	case err != nil:
		s.log.Error("p2p: reveal: cannot open position", "peer", remote, "job", job, "index", req.Index, "err", err)
		return refuse(pb.RevealResponse_STATUS_INTERNAL, "cannot open this position")
	}
	b, err := o.MarshalBinary()
	if err != nil {
		s.log.Error("p2p: reveal: cannot encode opening", "job", job, "index", req.Index, "err", err)
		return refuse(pb.RevealResponse_STATUS_INTERNAL, "cannot encode this opening")
	}
	if len(b) > MaxOpeningSize {
		return refuse(pb.RevealResponse_STATUS_INTERNAL, "opening exceeds the protocol's size cap")
	}
	return &pb.RevealResponse{Status: pb.RevealResponse_STATUS_OK, Opening: b}
}

func refuse(status pb.RevealResponse_Status, msg string) *pb.RevealResponse {
	return &pb.RevealResponse{Status: status, Message: msg}
}
