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

// validation is a validation result and the reason for it (nil when accepted). charged marks
// an Ignore that costs the forwarder score: a message we could only drop after spending work on
// it (stale, about a job the chain does not know, beyond its signer's budget) — never a failure
// of our own lookups.
type validation struct {
	res     pubsub.ValidationResult
	reason  error
	charged bool
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

// ignoreCharged drops a message without a gossipsub penalty but charges its forwarder's
// application score (see validation.charged).
func ignoreCharged(format string, args ...any) validation {
	v := ignore(format, args...)
	v.charged = true
	return v
}

// delivered is what a topic validator hands to subscribers through Message.ValidatorData.
type delivered struct {
	msg    any // *Job, *Commitment or *Verdict
	signer signer
}

func (g *Gossip) validator(t Topic) func(context.Context, peer.ID, *pubsub.Message) pubsub.ValidationResult {
	counters := g.stats[t]
	return func(ctx context.Context, from peer.ID, m *pubsub.Message) pubsub.ValidationResult {
		g.guard.begin(from)
		defer g.guard.end(from)
		d, v := g.check(ctx, t, m.Data)
		if v.charged {
			g.guard.charge(from, 1)
		}
		switch v.res {
		case pubsub.ValidationAccept:
			counters.accepted.Add(1)
			m.ValidatorData = d
			g.dup.observe(t, from, d.signer.addr, signedAt(d.msg))
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
		return signer{}, ignoreCharged("stale: signed at %s, older than %s", at.UTC(), g.cfg.MaxAge)
	}
	if at.Sub(now) > g.cfg.MaxClockSkew {
		return signer{}, ignoreCharged("signed at %s, in the future", at.UTC())
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

// A lookup of something the chain does not know yet is retried after chainRetryFirst, then at
// doubling intervals up to chainRetryMax: ~6 lookups in a 3 s ChainWait instead of 30.
const (
	chainRetryFirst = 100 * time.Millisecond
	chainRetryMax   = time.Second
)

// fromChain calls lookup until it succeeds, fails with something other than ErrNotOnChain, or
// wait has passed (wait 0: one lookup).
func fromChain[T any](ctx context.Context, wait time.Duration, lookup func(context.Context) (T, error)) (T, error) {
	deadline := time.Now().Add(wait)
	pause := chainRetryFirst
	for {
		v, err := lookup(ctx)
		left := time.Until(deadline)
		if err == nil || !errors.Is(err, ErrNotOnChain) || left <= 0 {
			return v, err
		}
		select {
		case <-ctx.Done():
			return v, err
		case <-time.After(min(pause, left)):
		}
		pause = min(2*pause, chainRetryMax)
	}
}

// chainWait is how long to wait for the chain to confirm signer's message about job on topic
// t: ChainWait, or nothing when the chain recently failed to confirm the same (job, signer)
// for the whole wait (the negative cache).
func (g *Gossip) chainWait(t Topic, job logits.JobID, signer common.Address) time.Duration {
	if g.guard.missed(t, job, signer) {
		return 0
	}
	return g.cfg.ChainWait
}

// chainMiss turns a chain lookup error into Ignore: unknown yet, or the chain is unreachable.
// A miss after the full wait is remembered per (job, signer), and charged to the forwarder
// when chargeMiss says so.
func (g *Gossip) chainMiss(t Topic, what string, id logits.JobID, signer common.Address, err error, chargeMiss bool) validation {
	if !errors.Is(err, ErrNotOnChain) {
		return ignore("chain lookup of %s %s: %w", what, id, err)
	}
	g.guard.miss(t, id, signer)
	if chargeMiss {
		return ignoreCharged("%s %s not on chain (yet)", what, id)
	}
	return ignore("%s %s not on chain (yet)", what, id)
}

// slot takes one of signer's validation slots (DefaultMaxPendingPerSigner), waiting up to
// ChainWait; without one the message is ignored before any chain query.
func (g *Gossip) slot(ctx context.Context, signer common.Address) (func(), validation) {
	release, ok := g.guard.signerSlot(ctx, signer, g.cfg.ChainWait)
	if !ok {
		return nil, ignoreCharged("signer %s has %d messages in validation already", signer, g.cfg.MaxPendingPerSigner)
	}
	return release, accepted
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
		// The requester path needs no stake lookup at all, and a fresh key's stake lookup is the
		// one query a throwaway signer would force uncached: the chain is asked about the job
		// first, under the signer's in-flight budget and the negative cache.
		release, v := g.slot(ctx, who.addr)
		if v.res != pubsub.ValidationAccept {
			return delivered{}, v
		}
		defer release()
		cj, err := fromChain(ctx, g.chainWait(TopicJobs, j.JobID, who.addr), func(ctx context.Context) (ChainJob, error) {
			return g.cfg.Chain.Job(ctx, j.JobID)
		})
		if err != nil {
			return delivered{}, g.chainMiss(TopicJobs, "job", j.JobID, who.addr, err, true)
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
		release, v := g.slot(ctx, who.addr)
		if v.res != pubsub.ValidationAccept {
			return delivered{}, v
		}
		defer release()
		// A job the chain knows settles the model at once, before any wait for the commitment.
		cj, jerr := g.cfg.Chain.Job(ctx, c.JobID)
		if jerr == nil && cj.ModelID != c.ModelID {
			return delivered{}, reject("job %s: model %d, the chain's job is for %d", c.JobID, c.ModelID, cj.ModelID)
		}
		cc, err := fromChain(ctx, g.chainWait(TopicCommitments, c.JobID, who.addr), func(ctx context.Context) (ChainCommitment, error) {
			return g.cfg.Chain.Commitment(ctx, c.JobID)
		})
		if err != nil {
			// Charged only when the job itself is unknown: a commitment to a job the chain knows
			// may just be a block ahead of our view.
			return delivered{}, g.chainMiss(TopicCommitments, "commitment of job", c.JobID, who.addr, err, errors.Is(jerr, ErrNotOnChain))
		}
		if cc.Miner != who.addr {
			return delivered{}, reject("job %s: signed by %s, committed on chain by %s", c.JobID, who.addr, cc.Miner)
		}
		if cc.Root != c.Root || cc.N != c.N || cc.TokensHash != c.TokensHash {
			return delivered{}, reject("job %s: root/n/tokens hash differ from the chain's commitment", c.JobID)
		}
		if jerr != nil {
			if cj, err := g.cfg.Chain.Job(ctx, c.JobID); err == nil && cj.ModelID != c.ModelID {
				return delivered{}, reject("job %s: model %d, the chain's job is for %d", c.JobID, c.ModelID, cj.ModelID)
			}
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
		release, v := g.slot(ctx, who.addr)
		if v.res != pubsub.ValidationAccept {
			return delivered{}, v
		}
		defer release()
		cc, err := fromChain(ctx, g.chainWait(TopicVerdicts, vd.JobID, who.addr), func(ctx context.Context) (ChainCommitment, error) {
			return g.cfg.Chain.Commitment(ctx, vd.JobID)
		})
		if err != nil {
			// A verdict comes after the commitment, which every validator waited for: charged.
			return delivered{}, g.chainMiss(TopicVerdicts, "commitment of job", vd.JobID, who.addr, err, true)
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
