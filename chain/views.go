package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/logits"
)

// Params returns the contract's deployment parameters.
func (c *Client) Params(ctx context.Context) (Params, error) {
	return view(ctx, c, "params", c.binding.TryPackParams, c.binding.UnpackParams)
}

// cachedParams returns the parameters, read once per Client family (they
// are fixed for the contract's lifetime).
func (c *Client) cachedParams(ctx context.Context) (Params, error) {
	c.params.mu.Lock()
	defer c.params.mu.Unlock()
	if c.params.ok {
		return c.params.p, nil
	}
	p, err := c.Params(ctx)
	if err != nil {
		return Params{}, err
	}
	c.params.p, c.params.ok = p, true
	return p, nil
}

// Owner returns the contract owner.
func (c *Client) Owner(ctx context.Context) (common.Address, error) {
	return view(ctx, c, "owner", c.binding.TryPackOwner, c.binding.UnpackOwner)
}

// RewardPool returns the wei left in the per-token reward pool.
func (c *Client) RewardPool(ctx context.Context) (*big.Int, error) {
	return view(ctx, c, "rewardPool", c.binding.TryPackRewardPool, c.binding.UnpackRewardPool)
}

// Burned returns the wei burned by settlements so far: slashed collateral
// beyond the fail voters' cut and member penalties. It stays in the
// contract's balance and nobody can withdraw it.
func (c *Client) Burned(ctx context.Context) (*big.Int, error) {
	return view(ctx, c, "burned", c.binding.TryPackBurned, c.binding.UnpackBurned)
}

// NextJobID returns the id the next submitted job gets (unless another job
// is submitted or ends first): the record of the last ended job, one
// generation on, or a new record (logits.NewJobID).
func (c *Client) NextJobID(ctx context.Context) (logits.JobID, error) {
	id, err := view(ctx, c, "nextJobId", c.binding.TryPackNextJobId, c.binding.UnpackNextJobId)
	return logits.JobID(id), err
}

// Job returns a job's state. ErrUnknownJob for an id the contract never
// gave and for an ended (settled or cancelled) job whose record a newer job
// has taken: its events remain (JobSubmitted, JobSettled, JobCancelled).
func (c *Client) Job(ctx context.Context, job logits.JobID) (Job, error) {
	return view(ctx, c, "getJob", func() ([]byte, error) { return c.binding.TryPackGetJob([32]byte(job)) }, c.binding.UnpackGetJob)
}

// Account returns an account's role, stake and balances.
func (c *Client) Account(ctx context.Context, who common.Address) (Account, error) {
	return view(ctx, c, "getAccount", func() ([]byte, error) { return c.binding.TryPackGetAccount(who) }, c.binding.UnpackGetAccount)
}

// Model returns a registered model.
func (c *Client) Model(ctx context.Context, modelID uint32) (Model, error) {
	return view(ctx, c, "getModel", func() ([]byte, error) { return c.binding.TryPackGetModel(modelID) }, c.binding.UnpackGetModel)
}

// Thresholds returns the thresholds of one version of a model for one
// numeric profile (ErrProfileNotAdmitted when the version has none).
func (c *Client) Thresholds(ctx context.Context, modelID, version uint32, profile uint16) (Thresholds, error) {
	return view(ctx, c, "getThresholds", func() ([]byte, error) { return c.binding.TryPackGetThresholds(modelID, version, profile) }, c.binding.UnpackGetThresholds)
}

// ThresholdsReader reads one profile's thresholds (Client.Thresholds).
type ThresholdsReader interface {
	Thresholds(ctx context.Context, modelID, version uint32, profile uint16) (Thresholds, error)
}

// AdmittedThresholds returns a model version's thresholds for each of
// profiles the version admits (the others are left out; nil when it admits
// none of them), converted to the comparator's type.
func AdmittedThresholds(ctx context.Context, c ThresholdsReader, modelID, version uint32, profiles []uint16) (map[uint16]logits.Thresholds, error) {
	var set map[uint16]logits.Thresholds
	for _, p := range profiles {
		th, err := c.Thresholds(ctx, modelID, version, p)
		if errors.Is(err, ErrProfileNotAdmitted) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("thresholds of model %d v%d for profile %d: %w", modelID, version, p, err)
		}
		if set == nil {
			set = map[uint16]logits.Thresholds{}
		}
		set[p] = LogitsThresholds(th)
	}
	return set, nil
}

// Committee returns a job's drawn committee and each member's revealed
// verdict so far (VerdictNone until it reveals): the current round's, so
// empty between an escalation and round two's draw.
func (c *Client) Committee(ctx context.Context, job logits.JobID) ([]common.Address, []Verdict, error) {
	ms, err := c.Members(ctx, job)
	if err != nil {
		return nil, nil, err
	}
	addrs, vs := make([]common.Address, len(ms)), make([]Verdict, len(ms))
	for i, m := range ms {
		addrs[i], vs[i] = m.Address, m.Verdict
	}
	return addrs, vs, nil
}

// Member is one drawn committee member's progress.
type Member struct {
	Address common.Address
	// Committed: the member sent its verdict commitment.
	Committed bool
	// Verdict is the revealed verdict; VerdictNone until the reveal.
	Verdict Verdict
}

// Members returns a job's drawn committee in draw order with each member's
// commitment and reveal state (empty before the draw).
func (c *Client) Members(ctx context.Context, job logits.JobID) ([]Member, error) {
	out, err := view(ctx, c, "getCommittee", func() ([]byte, error) { return c.binding.TryPackGetCommittee([32]byte(job)) }, c.binding.UnpackGetCommittee)
	if err != nil {
		return nil, err
	}
	ms := make([]Member, len(out.Members))
	for i := range out.Members {
		ms[i] = Member{Address: out.Members[i], Committed: out.Committed[i], Verdict: Verdict(out.Verdicts[i])}
	}
	return ms, nil
}

// PreviewCommittee returns the committee DrawCommittee would draw for a
// committed job (or round two of an escalated one), without drawing it: like
// DrawCommittee it passes the current round's seed block's RLP header,
// fetched from the node, to the contract.
func (c *Client) PreviewCommittee(ctx context.Context, job logits.JobID) ([]common.Address, error) {
	header, err := c.jobSeedHeader(ctx, job)
	if err != nil {
		return nil, err
	}
	return view(ctx, c, "previewCommittee", func() ([]byte, error) { return c.binding.TryPackPreviewCommittee([32]byte(job), header) }, c.binding.UnpackPreviewCommittee)
}

// Seed returns the seed of a committed job's challenge set (both rounds):
// the prevrandao of round one's seed block, from the block's header (the
// contract does not store it). It fails with ErrHeaderNotAvailable until
// the block after the seed block exists, and for a job with no commitment.
func (c *Client) Seed(ctx context.Context, job logits.JobID) (logits.Hash, error) {
	j, p, err := c.committedJob(ctx, job)
	if err != nil {
		return logits.Hash{}, err
	}
	return c.seedOf(ctx, j.CommitBlock+uint64(p.SeedDelay))
}

// ChallengePositions returns the job's challenge set, which every committee
// member of both rounds checks: the spec's ChallengeSet(seed, job, n, k)
// over round one's seed (Seed), derived here as the contract's
// challengePositions view derives it from the seed block's header.
func (c *Client) ChallengePositions(ctx context.Context, job logits.JobID) ([]uint32, error) {
	j, p, err := c.committedJob(ctx, job)
	if err != nil {
		return nil, err
	}
	seed, err := c.seedOf(ctx, j.CommitBlock+uint64(p.SeedDelay))
	if err != nil {
		return nil, err
	}
	return logits.ChallengeSet(seed, job, j.N, int(p.Challenges)), nil
}

// ChallengeSetFrom returns the challenge set of a job of n positions from a
// seed the caller already holds (CommitteeDrawn's, which the contract proved
// against the seed block's hash when it drew): ChallengeSet(seed, job, n, k)
// with the contract's k, read once per Client; no header, no job view.
func (c *Client) ChallengeSetFrom(ctx context.Context, job logits.JobID, seed logits.Hash, n uint32) ([]uint32, error) {
	p, err := c.cachedParams(ctx)
	if err != nil {
		return nil, err
	}
	return logits.ChallengeSet(seed, job, n, int(p.Challenges)), nil
}

// ContractChallengePositions asks the contract's challengePositions view
// for the job's challenge set, passing round one's seed block header (the
// contract proves it against the block hash: within 8191 blocks).
func (c *Client) ContractChallengePositions(ctx context.Context, job logits.JobID) ([]uint32, error) {
	j, p, err := c.committedJob(ctx, job)
	if err != nil {
		return nil, err
	}
	header, _, err := c.SeedBlockHeader(ctx, j.CommitBlock+uint64(p.SeedDelay))
	if err != nil {
		return nil, err
	}
	return view(ctx, c, "challengePositions", func() ([]byte, error) { return c.binding.TryPackChallengePositions([32]byte(job), header) }, c.binding.UnpackChallengePositions)
}

// committedJob is getJob of a job that has a commitment, with the
// contract's parameters (round one's seed block is commitBlock + seedDelay).
func (c *Client) committedJob(ctx context.Context, job logits.JobID) (Job, Params, error) {
	j, err := c.Job(ctx, job)
	if err == nil && j.CommitBlock == 0 {
		err = fmt.Errorf("chain: job %s is %s: it has no commitment, so no seed", common.Hash(job), JobStatus(j.Status))
	}
	if err != nil {
		return Job{}, Params{}, err
	}
	p, err := c.cachedParams(ctx)
	return j, p, err
}

// DeriveChallengePositions runs the contract's pure challenge-set
// derivation (the spec's ChallengeSet(seed, job, n, k)).
func (c *Client) DeriveChallengePositions(ctx context.Context, seed logits.Hash, job logits.JobID, n, k uint32) ([]uint32, error) {
	return view(ctx, c, "deriveChallengePositions", func() ([]byte, error) {
		return c.binding.TryPackDeriveChallengePositions([32]byte(seed), [32]byte(job), n, k)
	}, c.binding.UnpackDeriveChallengePositions)
}

// ContractVerdictCommitment runs the contract's pure verdictCommitment (the
// value VerdictCommitment computes in Go).
func (c *Client) ContractVerdictCommitment(ctx context.Context, job logits.JobID, member common.Address, v Verdict, salt, evidence logits.Hash) (logits.Hash, error) {
	h, err := view(ctx, c, "verdictCommitment", func() ([]byte, error) {
		return c.binding.TryPackVerdictCommitment([32]byte(job), member, uint8(v), [32]byte(salt), [32]byte(evidence))
	}, c.binding.UnpackVerdictCommitment)
	return logits.Hash(h), err
}

// VerifyMerkleProof runs the contract's pure Merkle verification.
func (c *Client) VerifyMerkleProof(ctx context.Context, root logits.Hash, n, index uint32, leaf logits.Hash, proof []logits.Hash) (bool, error) {
	return view(ctx, c, "verifyMerkleProof", func() ([]byte, error) {
		return c.binding.TryPackVerifyMerkleProof([32]byte(root), n, index, [32]byte(leaf), hashes(proof))
	}, c.binding.UnpackVerifyMerkleProof)
}

// Validators returns the validator list in draw order with each slot's
// current draw weight (a freed slot keeps its last occupant with weight 0).
func (c *Client) Validators(ctx context.Context) ([]common.Address, []*big.Int, error) {
	out, err := view(ctx, c, "getValidators", c.binding.TryPackGetValidators, c.binding.UnpackGetValidators)
	return out.Validators, out.Stakes, err
}

// DrawWeights returns the validator list with the draw weights that apply
// to a job whose seed block is seedBlock.
func (c *Client) DrawWeights(ctx context.Context, seedBlock uint64) ([]common.Address, []*big.Int, error) {
	out, err := view(ctx, c, "drawWeights", func() ([]byte, error) { return c.binding.TryPackDrawWeights(seedBlock) }, c.binding.UnpackDrawWeights)
	return out.Validators, out.Weights, err
}

// VerifyOpening checks one opening's Merkle path against a committed job's
// root on chain (the dispute check).
func (c *Client) VerifyOpening(ctx context.Context, job logits.JobID, index uint32, leaf logits.Hash, proof []logits.Hash) (bool, error) {
	return view(ctx, c, "verifyOpening", func() ([]byte, error) {
		return c.binding.TryPackVerifyOpening([32]byte(job), index, [32]byte(leaf), hashes(proof))
	}, c.binding.UnpackVerifyOpening)
}

// Balance returns the native balance of an address.
func (c *Client) Balance(ctx context.Context, who common.Address) (*big.Int, error) {
	return c.backend.BalanceAt(ctx, who, nil)
}

// view packs, calls and unpacks one read-only contract function.
func view[T any](ctx context.Context, c *Client, method string, pack func() ([]byte, error), unpack func([]byte) (T, error)) (T, error) {
	var zero T
	data, err := pack()
	if err != nil {
		return zero, packErr(method, err)
	}
	out, err := c.call(ctx, method, data)
	if err != nil {
		return zero, err
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("chain: %s: decode result: %w", method, err)
	}
	return v, nil
}

func hashes(hs []logits.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}
