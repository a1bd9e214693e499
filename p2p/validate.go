package p2p

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p/pb"
)

// ErrMalformed means a gossiped message cannot be decoded or has a field of the wrong shape.
var ErrMalformed = errors.New("p2p: malformed message")

// decodeCanonical decodes data into m and requires it to be the canonical encoding: what
// deterministic marshalling of the decoded message gives back (fields in number order, packed
// repeated fields, no zero-valued or unknown fields). Otherwise a relay could re-encode a
// signed message into new bytes, hence a new message id, without touching its signature.
func decodeCanonical(data []byte, m proto.Message) error {
	if err := proto.Unmarshal(data, m); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if len(m.ProtoReflect().GetUnknown()) > 0 {
		return fmt.Errorf("%w: unknown fields", ErrMalformed)
	}
	again, err := proto.MarshalOptions{Deterministic: true}.Marshal(m)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if !bytes.Equal(again, data) {
		return fmt.Errorf("%w: not the canonical protobuf encoding", ErrMalformed)
	}
	return nil
}

// validation is a validation result and the reason for it (nil when accepted).
type validation struct {
	res    pubsub.ValidationResult
	reason error
}

var accepted = validation{res: pubsub.ValidationAccept}

// reject marks a provable fault of the sender: the message is dropped and its forwarder scored down.
func reject(format string, args ...any) validation {
	return validation{res: pubsub.ValidationReject, reason: fmt.Errorf(format, args...)}
}

// ignore drops a message without penalty: stale data, or a check we cannot make right now.
func ignore(format string, args ...any) validation {
	return validation{res: pubsub.ValidationIgnore, reason: fmt.Errorf(format, args...)}
}

// delivered is what a topic validator hands to subscribers through Message.ValidatorData.
type delivered struct {
	msg    any // *Job, *Commitment or *Verdict
	signer signer
}

func (g *Gossip) validator(t Topic) func(context.Context, peer.ID, *pubsub.Message) pubsub.ValidationResult {
	counters := g.stats[t]
	return func(ctx context.Context, from peer.ID, m *pubsub.Message) pubsub.ValidationResult {
		d, v := g.check(ctx, t, m.Data)
		switch v.res {
		case pubsub.ValidationAccept:
			counters.accepted.Add(1)
			m.ValidatorData = d
		case pubsub.ValidationReject:
			counters.rejected.Add(1)
			g.log.Info("p2p: rejected gossip", "topic", t, "from", from, "reason", v.reason)
		default:
			counters.ignored.Add(1)
			g.log.Debug("p2p: ignored gossip", "topic", t, "from", from, "reason", v.reason)
		}
		return v.res
	}
}

func (g *Gossip) check(ctx context.Context, t Topic, data []byte) (delivered, validation) {
	if len(data) > t.maxSize() {
		return delivered{}, reject("%w: %d bytes, the %s cap is %d", ErrMalformed, len(data), t, t.maxSize())
	}
	switch t {
	case TopicJobs:
		return g.checkJob(ctx, data)
	case TopicCommitments:
		return g.checkCommitment(ctx, data)
	case TopicVerdicts:
		return g.checkVerdict(ctx, data)
	}
	return delivered{}, reject("unknown topic %q", t)
}

// checkSigned applies the rules every message shares: the right network, a fresh timestamp
// and a valid signature. It returns the signer.
func (g *Gossip) checkSigned(n Network, ts uint64, digest logits.Hash, sig []byte) (signer, validation) {
	if n != g.cfg.Network {
		return signer{}, reject("%w: network %d/%s on topic of %d/%s", ErrMalformed, n.ChainID, n.Contract, g.cfg.ChainID, g.cfg.Contract)
	}
	now := time.Now()
	at := time.Unix(int64(min(ts, 1<<62)), 0)
	if now.Sub(at) > g.cfg.MaxAge {
		return signer{}, ignore("stale: signed at %s, older than %s", at.UTC(), g.cfg.MaxAge)
	}
	if at.Sub(now) > g.cfg.MaxClockSkew {
		return signer{}, ignore("signed at %s, in the future", at.UTC())
	}
	who, err := recoverSigner(digest, sig)
	if err != nil {
		return signer{}, reject("%w", err)
	}
	return who, accepted
}

// staked checks the signer's stake; a registry failure is not the sender's fault.
func (g *Gossip) staked(ctx context.Context, signer common.Address, role Role) validation {
	ok, err := g.cfg.Registry.Staked(ctx, signer, role)
	if err != nil {
		return ignore("registry lookup for %s: %w", signer, err)
	}
	if !ok {
		return reject("signer %s is not staked as %s", signer, role)
	}
	return accepted
}

// chainRetryInterval is how often a lookup of something the chain does not know yet is retried.
const chainRetryInterval = 100 * time.Millisecond

// fromChain calls lookup until it succeeds, fails with something other than ErrNotOnChain, or
// wait has passed.
func fromChain[T any](ctx context.Context, wait time.Duration, lookup func(context.Context) (T, error)) (T, error) {
	deadline := time.Now().Add(wait)
	for {
		v, err := lookup(ctx)
		if err == nil || !errors.Is(err, ErrNotOnChain) || time.Now().After(deadline) {
			return v, err
		}
		select {
		case <-ctx.Done():
			return v, err
		case <-time.After(chainRetryInterval):
		}
	}
}

// chainMiss turns a chain lookup error into Ignore: unknown yet, or the chain is unreachable.
func chainMiss(what string, id logits.JobID, err error) validation {
	if errors.Is(err, ErrNotOnChain) {
		return ignore("%s %s not on chain (yet)", what, id)
	}
	return ignore("chain lookup of %s %s: %w", what, id, err)
}

func (g *Gossip) checkJob(ctx context.Context, data []byte) (delivered, validation) {
	var m pb.Job
	if err := decodeCanonical(data, &m); err != nil {
		return delivered{}, reject("%w", err)
	}
	j, err := jobFromPB(&m)
	if err != nil {
		return delivered{}, reject("%w", err)
	}
	who, v := g.checkSigned(j.Network, j.Timestamp, j.Digest(), m.Signature)
	if v.res != pubsub.ValidationAccept {
		return delivered{}, v
	}
	d := delivered{msg: j, signer: who}
	if g.cfg.Chain != nil {
		cj, err := fromChain(ctx, g.cfg.ChainWait, func(ctx context.Context) (ChainJob, error) {
			return g.cfg.Chain.Job(ctx, j.JobID)
		})
		if err != nil {
			return delivered{}, chainMiss("job", j.JobID, err)
		}
		if cj.ModelID != j.ModelID {
			return delivered{}, reject("job %s: model %d, the chain says %d", j.JobID, j.ModelID, cj.ModelID)
		}
		if ph := logits.PromptHash(j.Prompt); ph != cj.PromptHash {
			return delivered{}, reject("job %s: prompt hash %s, the chain says %s", j.JobID, ph, cj.PromptHash)
		}
		if who.addr == cj.Requester {
			return d, accepted
		}
	}
	// Anyone staked may relay a prompt they verified; other signers must be the requester.
	return d, g.staked(ctx, who.addr, RoleMiner|RoleValidator)
}

func (g *Gossip) checkCommitment(ctx context.Context, data []byte) (delivered, validation) {
	var m pb.Commitment
	if err := decodeCanonical(data, &m); err != nil {
		return delivered{}, reject("%w", err)
	}
	c, err := commitmentFromPB(&m)
	if err != nil {
		return delivered{}, reject("%w", err)
	}
	switch {
	case c.N == 0 || c.N > logits.MaxPositions:
		return delivered{}, reject("%w: n = %d, want 1..%d", ErrMalformed, c.N, logits.MaxPositions)
	case len(c.OutputTokens) != int(c.N):
		return delivered{}, reject("%w: %d output tokens for n = %d", ErrMalformed, len(c.OutputTokens), c.N)
	case len(c.PromptTokens) == 0:
		return delivered{}, reject("%w: empty prompt token list", ErrMalformed)
	}
	if th := logits.TokensHash(c.PromptTokens, c.OutputTokens); th != c.TokensHash {
		return delivered{}, reject("tokens hash %s does not match the token lists (%s)", c.TokensHash, th)
	}
	who, v := g.checkSigned(c.Network, c.Timestamp, c.Digest(), m.Signature)
	if v.res != pubsub.ValidationAccept {
		return delivered{}, v
	}
	if v := g.staked(ctx, who.addr, RoleMiner); v.res != pubsub.ValidationAccept {
		return delivered{}, v
	}
	if g.cfg.Chain != nil {
		cc, err := fromChain(ctx, g.cfg.ChainWait, func(ctx context.Context) (ChainCommitment, error) {
			return g.cfg.Chain.Commitment(ctx, c.JobID)
		})
		if err != nil {
			return delivered{}, chainMiss("commitment of job", c.JobID, err)
		}
		if cc.Miner != who.addr {
			return delivered{}, reject("job %s: signed by %s, committed on chain by %s", c.JobID, who.addr, cc.Miner)
		}
		if cc.Root != c.Root || cc.N != c.N || cc.TokensHash != c.TokensHash {
			return delivered{}, reject("job %s: root/n/tokens hash differ from the chain's commitment", c.JobID)
		}
		if cj, err := g.cfg.Chain.Job(ctx, c.JobID); err == nil && cj.ModelID != c.ModelID {
			return delivered{}, reject("job %s: model %d, the chain's job is for %d", c.JobID, c.ModelID, cj.ModelID)
		}
	}
	return delivered{msg: c, signer: who}, accepted
}

func (g *Gossip) checkVerdict(ctx context.Context, data []byte) (delivered, validation) {
	var m pb.Verdict
	if err := decodeCanonical(data, &m); err != nil {
		return delivered{}, reject("%w", err)
	}
	vd, err := verdictFromPB(&m)
	if err != nil {
		return delivered{}, reject("%w", err)
	}
	if len(vd.Positions) > MaxVerdictPositions {
		return delivered{}, reject("%w: %d positions, at most %d", ErrMalformed, len(vd.Positions), MaxVerdictPositions)
	}
	who, v := g.checkSigned(vd.Network, vd.Timestamp, vd.Digest(), m.Signature)
	if v.res != pubsub.ValidationAccept {
		return delivered{}, v
	}
	if v := g.staked(ctx, who.addr, RoleValidator); v.res != pubsub.ValidationAccept {
		return delivered{}, v
	}
	if g.cfg.Chain != nil {
		cc, err := fromChain(ctx, g.cfg.ChainWait, func(ctx context.Context) (ChainCommitment, error) {
			return g.cfg.Chain.Commitment(ctx, vd.JobID)
		})
		if err != nil {
			return delivered{}, chainMiss("commitment of job", vd.JobID, err)
		}
		if cc.Root != vd.Root {
			return delivered{}, reject("job %s: verdict on root %s, the chain's root is %s", vd.JobID, vd.Root, cc.Root)
		}
		for _, p := range vd.Positions {
			if p >= cc.N {
				return delivered{}, reject("job %s: position %d outside n = %d", vd.JobID, p, cc.N)
			}
		}
	}
	return delivered{msg: vd, signer: who}, accepted
}
