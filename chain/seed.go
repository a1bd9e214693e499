package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/pol-network/pol/logits"
)

// ErrHeaderEncoding means the node's header of a block, RLP-encoded here
// with go-ethereum's types.Header, does not hash to the block's hash (the
// node serves header fields this go-ethereum version does not encode): the
// contract would refuse it (ErrHeaderMismatch).
var ErrHeaderEncoding = errors.New("chain: the node's block header does not re-encode to its hash")

// ErrHeaderNotAvailable means the node does not serve the header of the
// seed block or of the block after it yet.
var ErrHeaderNotAvailable = errors.New("chain: seed block header not available yet")

// VerdictCommitment is the commitment a committee member sends with
// CommitVerdict: keccak256(abi.encodePacked(bytes32 jobId, address member,
// uint8 verdict, bytes32 salt, bytes32 evidenceHash)), 117 bytes, as the
// contract's verdictCommitment computes it. (The contract stores its high
// 128 bits.)
func VerdictCommitment(job logits.JobID, member common.Address, v Verdict, salt, evidence logits.Hash) logits.Hash {
	buf := make([]byte, 0, 32+20+1+32+32)
	buf = append(buf, job[:]...)
	buf = append(buf, member[:]...)
	buf = append(buf, byte(v))
	buf = append(buf, salt[:]...)
	buf = append(buf, evidence[:]...)
	return logits.Hash(crypto.Keccak256Hash(buf))
}

// SeedBlockHeader returns the RLP encoding of block n's header as the node
// serves it (go-ethereum's types.Header encoding, the preimage of the block
// hash) and the block's prevrandao (mixHash), the seed of every job whose
// seed block is n. The encoding is checked against the hash the next block
// names as its parent, so block n+1 must exist (the contract draws from
// block n+1 on anyway): before that it fails with ErrHeaderNotAvailable.
func (c *Client) SeedBlockHeader(ctx context.Context, n uint64) ([]byte, logits.Hash, error) {
	h, err := c.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return nil, logits.Hash{}, headerErr(n, err)
	}
	next, err := c.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n+1))
	if err != nil {
		return nil, logits.Hash{}, headerErr(n+1, err)
	}
	enc, err := rlp.EncodeToBytes(h)
	if err != nil {
		return nil, logits.Hash{}, fmt.Errorf("chain: encode header %d: %w", n, err)
	}
	if got := crypto.Keccak256Hash(enc); got != next.ParentHash {
		return nil, logits.Hash{}, fmt.Errorf("%w: block %d hashes to %s, its successor names %s", ErrHeaderEncoding, n, got, next.ParentHash)
	}
	return enc, logits.Hash(h.MixDigest), nil
}

func headerErr(n uint64, err error) error {
	if errors.Is(err, ethereum.NotFound) {
		return fmt.Errorf("%w: block %d", ErrHeaderNotAvailable, n)
	}
	return fmt.Errorf("chain: header %d: %w", n, err)
}

// SeedBlock returns the current round's seed block of a committed job: the
// commit block + seedDelay, or round two's of an escalated job (getJob's
// seedBlock).
func (c *Client) SeedBlock(ctx context.Context, job logits.JobID) (uint64, error) {
	j, err := c.Job(ctx, job)
	if err != nil {
		return 0, err
	}
	if j.SeedBlock == 0 {
		return 0, fmt.Errorf("chain: job %s is %s: it has no seed block", common.Hash(job), JobStatus(j.Status))
	}
	return j.SeedBlock, nil
}

// voting reports whether a job is in a voting round: Committed (round one)
// or Escalated (round two).
func voting(j Job) bool {
	s := JobStatus(j.Status)
	return s == StatusCommitted || s == StatusEscalated
}

// jobSeedHeader is the header argument of drawCommittee and
// previewCommittee for job: the current round's seed block's RLP header, or
// nothing when the job is in no voting round or the header is not available
// yet, so that the contract answers with its typed error (WrongStatus,
// SeedNotReady, ...).
func (c *Client) jobSeedHeader(ctx context.Context, job logits.JobID) ([]byte, error) {
	j, err := c.Job(ctx, job)
	if err != nil {
		return nil, err
	}
	if !voting(j) {
		return nil, nil
	}
	header, _, err := c.SeedBlockHeader(ctx, j.SeedBlock)
	if errors.Is(err, ErrHeaderNotAvailable) {
		return nil, nil
	}
	return header, err
}

// WaitSeed waits until a committed job's seed is known and returns it: the
// prevrandao of round one's seed block, read from the block's header once
// the block after it exists (when the committee can be drawn). The seed of
// an escalated job stays round one's (its challenge set does not change):
// WaitSeed returns it once round two's seed block can be drawn from. It
// fails at once for a job without a commitment (and with the contract's
// error for an unknown one).
func (c *Client) WaitSeed(ctx context.Context, job logits.JobID) (logits.Hash, error) {
	t := time.NewTicker(c.poll)
	defer t.Stop()
	for {
		j, err := c.Job(ctx, job)
		if err != nil {
			return logits.Hash{}, err
		}
		if j.CommitBlock == 0 || !voting(j) && !JobStatus(j.Status).Settled() {
			return logits.Hash{}, fmt.Errorf("chain: job %s is %s: no seed to wait for", common.Hash(job), JobStatus(j.Status))
		}
		if JobStatus(j.Status) == StatusEscalated {
			_, _, err = c.SeedBlockHeader(ctx, j.SeedBlock) // round two's draw can go ahead
		}
		var seed logits.Hash
		if err == nil {
			seed, err = c.roundOneSeed(ctx, j)
		}
		if !errors.Is(err, ErrHeaderNotAvailable) || !voting(j) {
			return seed, err
		}
		select {
		case <-ctx.Done():
			return logits.Hash{}, ctx.Err()
		case <-t.C:
		}
	}
}

// roundOneSeed is the seed of a committed job's challenge set: the
// prevrandao of block commitBlock + seedDelay (the contract does not store
// it; CommitteeDrawn carries it too).
func (c *Client) roundOneSeed(ctx context.Context, j Job) (logits.Hash, error) {
	p, err := c.cachedParams(ctx)
	if err != nil {
		return logits.Hash{}, err
	}
	return c.seedOf(ctx, j.CommitBlock+uint64(p.SeedDelay))
}

// seedOf is the prevrandao of block n, read from its header (checked
// against its successor's parent hash); a zero one is no seed.
func (c *Client) seedOf(ctx context.Context, n uint64) (logits.Hash, error) {
	_, seed, err := c.SeedBlockHeader(ctx, n)
	if err == nil && seed == (logits.Hash{}) {
		return logits.Hash{}, fmt.Errorf("chain: block %d has no prevrandao (%w)", n, ErrSeedUnavailable)
	}
	return seed, err
}
