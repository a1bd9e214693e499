package p2p

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"sync/atomic"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pubsubpb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"
)

// GossipConfig configures NewGossip.
type GossipConfig struct {
	Network
	// Key signs what this node publishes. Required.
	Key *ecdsa.PrivateKey
	// Registry tells which signers are staked. Required.
	Registry Registry
	// Chain, when set, lets validation check messages against the contract's records.
	Chain Chain
	// MaxAge is how old a message may be before it is ignored (default 10 minutes);
	// MaxClockSkew how far in the future (default 30 seconds).
	MaxAge, MaxClockSkew time.Duration
	// ChainWait is how long validation keeps asking the chain about a job or commitment it
	// does not know yet before ignoring the message (default 3 seconds): the local chain view
	// may lag the publisher's by a block or two.
	ChainWait time.Duration
	// ColocationWhitelist exempts address ranges from the IP-colocation score penalty.
	ColocationWhitelist []*net.IPNet
	// ScoreInspectPeriod is how often PeerScore's snapshot refreshes (default 5 seconds).
	ScoreInspectPeriod time.Duration
	// PeerRate and PeerBurst bound the messages one peer may hand us for validation (token
	// bucket; defaults DefaultPeerRate, DefaultPeerBurst). RequesterRate and RequesterBurst do
	// the same for requester-admitted peers (defaults DefaultRequesterRate,
	// DefaultRequesterBurst), which may only publish on the jobs topic. Excess messages are
	// dropped before validation and count against the peer's score.
	PeerRate, RequesterRate   float64
	PeerBurst, RequesterBurst int
	// MaxPendingPerPeer bounds the validations in flight for messages one peer forwarded
	// (default DefaultMaxPendingPerPeer); MaxPendingPerSigner those of one signer (default
	// DefaultMaxPendingPerSigner).
	MaxPendingPerPeer, MaxPendingPerSigner int
	// NegativeTTL is how long a (job, signer) whose message the chain did not confirm within
	// ChainWait is remembered (default DefaultNegativeTTL).
	NegativeTTL time.Duration
	// PeerGater configures libp2p's peer gater, which throttles peers whose messages are mostly
	// ignored or rejected while validation is overloaded; nil means
	// pubsub.DefaultPeerGaterParams(). It accounts by IP address, so on one machine (tests,
	// devnets) all peers share one account. DisablePeerGater turns it off.
	PeerGater        *pubsub.PeerGaterParams
	DisablePeerGater bool
	// Tracer, when set, observes gossipsub's internals (mesh changes, deliveries, RPCs) for
	// metrics or debugging.
	Tracer pubsub.RawTracer
	// Logger receives gossip logs; nil means slog.Default().
	Logger *slog.Logger
}

// Gossip runs gossipsub on a Host: the jobs, commitments and verdicts topics of one network,
// with signed payloads, topic validators and peer scoring.
type Gossip struct {
	h      *Host
	cfg    GossipConfig
	ps     *pubsub.PubSub
	topics map[Topic]*pubsub.Topic
	names  map[string]Topic // pubsub topic name -> topic
	stats  map[Topic]*topicCounters
	guard  *guard
	dup    *duplicateWatch
	log    *slog.Logger
	cancel context.CancelFunc

	scoreMu sync.Mutex
	scores  map[peer.ID]float64
}

// TopicStats counts validation outcomes on one topic, for messages received and published,
// and the messages dropped before validation because their forwarder was over its budget
// (Throttled).
type TopicStats struct {
	Accepted, Rejected, Ignored, Throttled uint64
}

type topicCounters struct{ accepted, rejected, ignored, throttled atomic.Uint64 }

// NewGossip starts gossipsub on h and joins the network's topics. Messages carry no libp2p
// author or signature (StrictNoSign); they are signed by the Ethereum key inside the payload and
// identified by the SHA-256 of their content. Publications are flooded to all topic peers.
func NewGossip(h *Host, cfg GossipConfig) (*Gossip, error) {
	if cfg.Key == nil || cfg.Registry == nil {
		return nil, errors.New("p2p: GossipConfig needs Key and Registry")
	}
	if cfg.MaxAge <= 0 {
		cfg.MaxAge = 10 * time.Minute
	}
	if cfg.MaxClockSkew <= 0 {
		cfg.MaxClockSkew = 30 * time.Second
	}
	if cfg.ChainWait <= 0 {
		cfg.ChainWait = 3 * time.Second
	}
	if cfg.ScoreInspectPeriod <= 0 {
		cfg.ScoreInspectPeriod = 5 * time.Second
	}
	if cfg.PeerRate <= 0 {
		cfg.PeerRate = DefaultPeerRate
	}
	if cfg.PeerBurst <= 0 {
		cfg.PeerBurst = DefaultPeerBurst
	}
	if cfg.RequesterRate <= 0 {
		cfg.RequesterRate = DefaultRequesterRate
	}
	if cfg.RequesterBurst <= 0 {
		cfg.RequesterBurst = DefaultRequesterBurst
	}
	if cfg.MaxPendingPerPeer <= 0 {
		cfg.MaxPendingPerPeer = DefaultMaxPendingPerPeer
	}
	if cfg.MaxPendingPerSigner <= 0 {
		cfg.MaxPendingPerSigner = DefaultMaxPendingPerSigner
	}
	if cfg.NegativeTTL <= 0 {
		cfg.NegativeTTL = DefaultNegativeTTL
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	ctx, cancel := context.WithCancel(context.Background())
	g := &Gossip{h: h, cfg: cfg, topics: make(map[Topic]*pubsub.Topic, 3), names: make(map[string]Topic, 3),
		stats: make(map[Topic]*topicCounters, 3), guard: newGuard(h.ID(), &cfg),
		log: log, cancel: cancel, scores: map[peer.ID]float64{},
		dup: newDuplicateWatch(ethcrypto.PubkeyToAddress(cfg.Key.PublicKey), h.ID(), log)}
	for _, t := range []Topic{TopicJobs, TopicCommitments, TopicVerdicts} {
		g.names[t.Name(cfg.Network)] = t
		g.stats[t] = &topicCounters{}
	}
	opts := []pubsub.Option{
		pubsub.WithMessageSignaturePolicy(pubsub.StrictNoSign),
		pubsub.WithNoAuthor(),
		pubsub.WithMessageIdFn(contentID),
		pubsub.WithMaxMessageSize(maxGossipSize),
		pubsub.WithFloodPublish(true),
		pubsub.WithPeerExchange(false),
		pubsub.WithPeerScore(scoreParams(cfg.Network, cfg.ColocationWhitelist, g.guard.appScore), scoreThresholds()),
		pubsub.WithPeerScoreInspect(pubsub.PeerScoreInspectFn(g.setScores), cfg.ScoreInspectPeriod),
		// Within the freshness window every message is delivered once; older ones are ignored.
		pubsub.WithSeenMessagesTTL(cfg.MaxAge + cfg.MaxClockSkew),
		// Budgets per forwarding peer, and requesters held to the jobs topic, before validation.
		pubsub.WithAppSpecificRpcInspector(g.inspect),
		pubsub.WithSubscriptionFilter(subscriptionFilter{g}),
		pubsub.WithPeerFilter(g.peerFilter),
		// A deeper queue in front of the validation workers: a burst is validated (or dropped
		// by the budgets above), not lost to a full queue.
		pubsub.WithValidateQueueSize(validateQueueSize),
	}
	if !cfg.DisablePeerGater {
		params := cfg.PeerGater
		if params == nil {
			params = pubsub.DefaultPeerGaterParams()
		}
		opts = append(opts, pubsub.WithPeerGater(params))
	}
	if cfg.Tracer != nil {
		opts = append(opts, pubsub.WithRawTracer(cfg.Tracer))
	}
	ps, err := pubsub.NewGossipSub(ctx, h.Host, opts...)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("p2p: start gossipsub: %w", err)
	}
	g.ps = ps
	for _, t := range []Topic{TopicJobs, TopicCommitments, TopicVerdicts} {
		name := t.Name(cfg.Network)
		// The in-flight budgets bound the validations; the concurrency cap sits above them, since
		// a message that finds it full is dropped after being marked seen (lost for good).
		if err := ps.RegisterTopicValidator(name, g.validator(t), pubsub.WithValidatorTimeout(2*cfg.ChainWait+2*time.Second),
			pubsub.WithValidatorConcurrency(validatorConcurrency)); err != nil {
			g.Close()
			return nil, fmt.Errorf("p2p: validator for %s: %w", name, err)
		}
		topic, err := ps.Join(name)
		if err != nil {
			g.Close()
			return nil, fmt.Errorf("p2p: join %s: %w", name, err)
		}
		g.topics[t] = topic
	}
	return g, nil
}

// contentID is the message id: SHA-256 of the topic name and the payload, so the same payload
// relayed by different peers is recognised as one message.
func contentID(m *pubsubpb.Message) string {
	h := sha256.New()
	h.Write([]byte(m.GetTopic()))
	h.Write([]byte{0})
	h.Write(m.GetData())
	return string(h.Sum(nil))
}

// Close leaves the topics and stops gossipsub.
func (g *Gossip) Close() {
	for _, t := range g.topics {
		t.Close()
	}
	g.cancel()
}

// Stats returns the validation counters of topic t.
func (g *Gossip) Stats(t Topic) TopicStats {
	c, ok := g.stats[t]
	if !ok {
		return TopicStats{}
	}
	return TopicStats{Accepted: c.accepted.Load(), Rejected: c.rejected.Load(), Ignored: c.ignored.Load(),
		Throttled: c.throttled.Load()}
}

// Queue and concurrency of gossipsub's validation pipeline.
const (
	validateQueueSize    = 1024
	validatorConcurrency = 4096
)

// inspect runs in gossipsub's event loop on every RPC a peer sends, before any message in it is
// marked seen or validated. It drops the messages its forwarder may not have validated: a
// requester's on topics other than jobs, and any beyond the peer's budget. A dropped message is
// not marked seen, so the same message from another peer is still validated: what a peer
// forwards can never make us lose a message (unlike an Ignore, which marks it seen).
func (g *Gossip) inspect(from peer.ID, rpc *pubsub.RPC) error {
	if len(rpc.Publish) == 0 {
		return nil
	}
	class := g.h.Gater.Class(from)
	kept := rpc.Publish[:0]
	for _, m := range rpc.Publish {
		t, ours := g.names[m.GetTopic()]
		switch {
		case !ours:
			continue // pubsub drops messages of topics we do not subscribe to
		case class == ClassRequester && t != TopicJobs, !g.guard.admit(from, class):
			g.stats[t].throttled.Add(1)
			g.guard.charge(from, 1)
			continue
		}
		kept = append(kept, m)
	}
	clear(rpc.Publish[len(kept):])
	rpc.Publish = kept
	return nil
}

// peerFilter keeps requester-admitted peers out of every topic but jobs: we neither mesh with
// them there nor answer their gossip about it.
func (g *Gossip) peerFilter(p peer.ID, topic string) bool {
	return g.h.Gater.Class(p) != ClassRequester || g.names[topic] == TopicJobs
}

// subscriptionFilter keeps only pol's topics from a peer's subscriptions (a peer cannot make
// us track arbitrary topics), and only the jobs topic from a requester's, so that nothing we
// publish on the other topics is sent to requesters.
type subscriptionFilter struct{ g *Gossip }

func (f subscriptionFilter) CanSubscribe(topic string) bool {
	_, ok := f.g.names[topic]
	return ok
}

func (f subscriptionFilter) FilterIncomingSubscriptions(p peer.ID, subs []*pubsubpb.RPC_SubOpts) ([]*pubsubpb.RPC_SubOpts, error) {
	requester := f.g.h.Gater.Class(p) == ClassRequester
	out := subs[:0:0]
	for _, s := range subs {
		t, ok := f.g.names[s.GetTopicid()]
		if ok && (!requester || t == TopicJobs) {
			out = append(out, s)
		}
	}
	return out, nil
}

// PeerScore returns peer p's gossipsub score as of the last inspection (every
// ScoreInspectPeriod), and whether p was scored at all.
func (g *Gossip) PeerScore(p peer.ID) (float64, bool) {
	g.scoreMu.Lock()
	defer g.scoreMu.Unlock()
	s, ok := g.scores[p]
	return s, ok
}

func (g *Gossip) setScores(m map[peer.ID]float64) {
	g.scoreMu.Lock()
	defer g.scoreMu.Unlock()
	g.scores = m
}

// ListPeers returns the peers subscribed to topic t that we are connected to.
func (g *Gossip) ListPeers(t Topic) []peer.ID { return g.ps.ListPeers(t.Name(g.cfg.Network)) }

// PublishJob signs and publishes a job's prompt. It fills in the network and, if zero, the
// timestamp. The message goes through the same validation as received ones.
func (g *Gossip) PublishJob(ctx context.Context, j Job) error {
	if err := CheckJobSize(j); err != nil {
		return err
	}
	g.stamp(&j.Network, &j.Timestamp)
	sig, err := signDigest(j.Digest(), g.cfg.Key)
	if err != nil {
		return err
	}
	return g.publish(ctx, TopicJobs, jobToPB(&j, sig))
}

// PublishCommitment signs and publishes a miner's commitment (network, timestamp and, when
// empty, the host's addresses filled in).
func (g *Gossip) PublishCommitment(ctx context.Context, c Commitment) error {
	g.stamp(&c.Network, &c.Timestamp)
	if len(c.MinerAddrs) == 0 {
		c.MinerAddrs = g.h.Addrs()
		if len(c.MinerAddrs) > MaxMinerAddrs {
			c.MinerAddrs = c.MinerAddrs[:MaxMinerAddrs]
		}
	}
	sig, err := signDigest(c.Digest(), g.cfg.Key)
	if err != nil {
		return err
	}
	return g.publish(ctx, TopicCommitments, commitmentToPB(&c, sig))
}

// PublishVerdict signs and publishes a validator's verdict (network and timestamp filled in).
func (g *Gossip) PublishVerdict(ctx context.Context, v Verdict) error {
	g.stamp(&v.Network, &v.Timestamp)
	sig, err := signDigest(v.Digest(), g.cfg.Key)
	if err != nil {
		return err
	}
	return g.publish(ctx, TopicVerdicts, verdictToPB(&v, sig))
}

func (g *Gossip) stamp(n *Network, ts *uint64) {
	*n = g.cfg.Network
	if *ts == 0 {
		*ts = uint64(time.Now().Unix())
	}
}

func (g *Gossip) publish(ctx context.Context, t Topic, m proto.Message) error {
	data, err := proto.Marshal(m)
	if err != nil {
		return fmt.Errorf("p2p: encode %s message: %w", t, err)
	}
	if err := g.topics[t].Publish(ctx, data); err != nil {
		return fmt.Errorf("p2p: publish on %s: %w", t, err)
	}
	return nil
}
