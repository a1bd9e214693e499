package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pol-network/pol/chain/bindings"
	"github.com/pol-network/pol/logits"
)

// JobRequest is what a wallet user submits.
type JobRequest struct {
	ModelID uint32
	// ExpectedVersion is the model's thresholds version the requester
	// expects the job to be judged by; the contract refuses the job
	// (ErrVersionMismatch) unless it is the model's active version. Zero
	// means "the active version now": SubmitJob reads it from the chain.
	ExpectedVersion uint32
	PromptHash      logits.Hash
	MaxTokens       uint32
	Sampler         logits.Sampler
	// Deadline is the unix time after which no commit is accepted.
	Deadline uint64
	// Fee is the wei held in escrow and paid on a passed job.
	Fee *big.Int
}

// Settlement is the outcome of a settled job.
type Settlement = bindings.ProofOfLogitsJobSettled

// CPUProfiles are the numeric profiles of ggml's CPU backend
// (docs/protocol.md §8.2): 1 = f32 KV cache, 2 = f16 KV cache.
var CPUProfiles = []uint16{1, 2}

// perProfile expands th into one entry per profile: th itself if it names
// its profile, else a copy for each CPU profile.
func perProfile(th Thresholds) []Thresholds {
	if th.Profile != 0 {
		return []Thresholds{th}
	}
	out := make([]Thresholds, len(CPUProfiles))
	for i, p := range CPUProfiles {
		out[i] = th
		out[i].Profile = p
	}
	return out
}

// RegisterModel registers a model (owner only) with th as version 1 and
// returns its id: for th.Profile alone, or, with th.Profile 0, for both CPU
// profiles (the bundled model's registration).
func (c *Client) RegisterModel(ctx context.Context, weightsHash [32]byte, th Thresholds) (uint32, error) {
	return c.RegisterModelProfiles(ctx, weightsHash, perProfile(th))
}

// RegisterModelProfiles registers a model with version 1 of its thresholds,
// one entry per admitted profile in increasing profile order (owner only).
func (c *Client) RegisterModelProfiles(ctx context.Context, weightsHash [32]byte, th []Thresholds) (uint32, error) {
	data, err := c.binding.TryPackRegisterModel(weightsHash, th)
	if err != nil {
		return 0, packErr("registerModel", err)
	}
	r, err := c.transact(ctx, "registerModel", nil, data)
	if err != nil {
		return 0, err
	}
	ev, err := firstEvent(r, "registerModel", c.binding.UnpackModelRegisteredEvent)
	if err != nil {
		return 0, err
	}
	return ev.ModelId, nil
}

// UpdateThresholds adds the model's next thresholds version (owner only),
// for th.Profile or, with th.Profile 0, for both CPU profiles.
func (c *Client) UpdateThresholds(ctx context.Context, modelID uint32, th Thresholds) (*types.Receipt, error) {
	return c.UpdateThresholdsProfiles(ctx, modelID, perProfile(th))
}

// UpdateThresholdsProfiles adds the model's next thresholds version: the
// complete set of profiles it admits (owner only).
func (c *Client) UpdateThresholdsProfiles(ctx context.Context, modelID uint32, th []Thresholds) (*types.Receipt, error) {
	data, err := c.binding.TryPackUpdateThresholds(modelID, th)
	if err != nil {
		return nil, packErr("updateThresholds", err)
	}
	return c.transact(ctx, "updateThresholds", nil, data)
}

// RetireModel stops new jobs on a model from retireAt (unix time; owner only).
func (c *Client) RetireModel(ctx context.Context, modelID uint32, retireAt uint64) (*types.Receipt, error) {
	data, err := c.binding.TryPackRetireModel(modelID, retireAt)
	if err != nil {
		return nil, packErr("retireModel", err)
	}
	return c.transact(ctx, "retireModel", nil, data)
}

// FundRewards adds amount wei to the per-token reward pool.
func (c *Client) FundRewards(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	data, err := c.binding.TryPackFundRewards()
	if err != nil {
		return nil, packErr("fundRewards", err)
	}
	return c.transact(ctx, "fundRewards", amount, data)
}

// Stake bonds amount wei for role: the first stake registers the account
// (at least the role's minimum), later ones top it up. A validator joining
// this way is drawn for every model's jobs; StakeValidator names its model.
func (c *Client) Stake(ctx context.Context, role Role, amount *big.Int) (*types.Receipt, error) {
	return c.stake(ctx, role, 0, amount)
}

// StakeValidator bonds amount wei as a validator of registered model
// modelID: the draw names it only for that model's jobs (a top-up must name
// the model it joined with, or use Stake).
func (c *Client) StakeValidator(ctx context.Context, modelID uint32, amount *big.Int) (*types.Receipt, error) {
	return c.stake(ctx, RoleValidator, modelID, amount)
}

func (c *Client) stake(ctx context.Context, role Role, modelID uint32, amount *big.Int) (*types.Receipt, error) {
	data, err := c.binding.TryPackStake(uint8(role), modelID)
	if err != nil {
		return nil, packErr("stake", err)
	}
	return c.transact(ctx, "stake", amount, data)
}

// TopUp adds amount wei to the stake of the role the account already holds.
func (c *Client) TopUp(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	acct, err := c.Account(ctx, c.from)
	if err != nil {
		return nil, err
	}
	if Role(acct.Role) == RoleNone {
		return nil, fmt.Errorf("chain: %s holds no stake to top up; stake for a role first", c.from)
	}
	return c.Stake(ctx, Role(acct.Role), amount)
}

// RequestUnbond moves amount wei of stake to unbonding; Withdraw pays it
// out once the unbonding delay has passed.
func (c *Client) RequestUnbond(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	data, err := c.binding.TryPackRequestUnbond(amount)
	if err != nil {
		return nil, packErr("requestUnbond", err)
	}
	return c.transact(ctx, "requestUnbond", nil, data)
}

// Withdraw pays out everything owed plus matured unbonding stake and
// returns the amount.
func (c *Client) Withdraw(ctx context.Context) (*big.Int, error) {
	data, err := c.binding.TryPackWithdraw()
	if err != nil {
		return nil, packErr("withdraw", err)
	}
	r, err := c.transact(ctx, "withdraw", nil, data)
	if err != nil {
		return nil, err
	}
	ev, err := firstEvent(r, "withdraw", c.binding.UnpackWithdrawnEvent)
	if err != nil {
		return nil, err
	}
	return ev.Amount, nil
}

// SubmitJob submits a job with its fee in escrow and returns the job id.
// With req.ExpectedVersion zero it states the model's active thresholds
// version as read just before (a version that activates in between makes
// the contract refuse the job rather than judge it by another version).
func (c *Client) SubmitJob(ctx context.Context, req JobRequest) (logits.JobID, error) {
	version := req.ExpectedVersion
	if version == 0 {
		m, err := c.Model(ctx, req.ModelID)
		if err != nil {
			return logits.JobID{}, err
		}
		version = m.ActiveVersion
	}
	data, err := c.binding.TryPackSubmitJob(req.ModelID, version, [32]byte(req.PromptHash), req.MaxTokens, ChainSampler(req.Sampler), req.Deadline)
	if err != nil {
		return logits.JobID{}, packErr("submitJob", err)
	}
	r, err := c.transact(ctx, "submitJob", req.Fee, data)
	if err != nil {
		return logits.JobID{}, err
	}
	ev, err := firstEvent(r, "submitJob", c.binding.UnpackJobSubmittedEvent)
	if err != nil {
		return logits.JobID{}, err
	}
	return logits.JobID(ev.JobId), nil
}

// CancelJob cancels a job nobody committed to and refunds its fee.
func (c *Client) CancelJob(ctx context.Context, job logits.JobID) (*types.Receipt, error) {
	data, err := c.binding.TryPackCancelJob([32]byte(job))
	if err != nil {
		return nil, packErr("cancelJob", err)
	}
	return c.transact(ctx, "cancelJob", nil, data)
}

// ClaimJob claims an open job (or one whose claim by another miner lapsed)
// for the calling miner, locking fee x collateralMultiplier of its stake
// until the job is settled or cancelled.
func (c *Client) ClaimJob(ctx context.Context, job logits.JobID) (*types.Receipt, error) {
	data, err := c.binding.TryPackClaimJob([32]byte(job))
	if err != nil {
		return nil, packErr("claimJob", err)
	}
	return c.transact(ctx, "claimJob", nil, data)
}

// ReleaseClaim gives back the caller's claim on a job it has not committed
// to: its collateral is unlocked and the job is Open again, for another
// miner to claim or the requester to cancel. The caller cannot claim that
// job again (ErrReleasedByCaller). Use it when a claimed job cannot be
// served (the model cannot finish it, the prompt never arrived).
func (c *Client) ReleaseClaim(ctx context.Context, job logits.JobID) (*types.Receipt, error) {
	data, err := c.binding.TryPackReleaseClaim([32]byte(job))
	if err != nil {
		return nil, packErr("releaseClaim", err)
	}
	return c.transact(ctx, "releaseClaim", nil, data)
}

// Commit records the claim holder's Merkle root over n positions and the
// hash of prompt and output tokens, and publishes the output tokens
// (EncodeTokens: calldata, emitted in JobCommitted's Output, not stored) so
// every validator reads them from the chain before the seed exists; it
// returns the seed block whose prevrandao will be the job's seed. The
// contract reverts with ErrOutputLengthMismatch unless len(output) == n.
func (c *Client) Commit(ctx context.Context, job logits.JobID, root logits.Hash, n uint32, tokensHash logits.Hash, output []uint32) (uint64, error) {
	data, err := c.binding.TryPackCommit([32]byte(job), [32]byte(root), n, [32]byte(tokensHash), EncodeTokens(output))
	if err != nil {
		return 0, packErr("commit", err)
	}
	r, err := c.transact(ctx, "commit", nil, data)
	if err != nil {
		return 0, err
	}
	ev, err := firstEvent(r, "commit", c.binding.UnpackJobCommittedEvent)
	if err != nil {
		return 0, err
	}
	return ev.SeedBlock, nil
}

// DrawCommittee draws a committed job's committee, or an escalated job's
// round-two committee (anyone may). It fetches the current round's seed
// block's header from the node, RLP-encodes it with go-ethereum's
// types.Header encoding, checks that it hashes to the block's hash and
// passes it to the contract, which reads the seed (the block's prevrandao)
// from it. Before the seed block exists (or for a job that is not
// committed) the contract's typed error explains why no draw is possible.
func (c *Client) DrawCommittee(ctx context.Context, job logits.JobID) (*types.Receipt, error) {
	header, err := c.jobSeedHeader(ctx, job)
	if err != nil {
		return nil, err
	}
	data, err := c.binding.TryPackDrawCommittee([32]byte(job), header)
	if err != nil {
		return nil, packErr("drawCommittee", err)
	}
	return c.transact(ctx, "drawCommittee", nil, data)
}

// CommitVerdict commits the calling committee member to its verdict while
// the attest window is open: it sends VerdictCommitment(job, caller,
// verdict, salt, evidence). Keep salt secret until RevealVerdict, which
// must repeat the same verdict, salt and evidence.
func (c *Client) CommitVerdict(ctx context.Context, job logits.JobID, v Verdict, salt, evidence logits.Hash) (*types.Receipt, error) {
	if c.key == nil {
		return nil, ErrReadOnly
	}
	commitment := VerdictCommitment(job, c.from, v, salt, evidence)
	data, err := c.binding.TryPackCommitVerdict([32]byte(job), [32]byte(commitment))
	if err != nil {
		return nil, packErr("commitVerdict", err)
	}
	return c.transact(ctx, "commitVerdict", nil, data)
}

// RevealVerdict reveals the verdict the calling member committed to, in
// the reveal window after the attest window; the contract emits Attested.
func (c *Client) RevealVerdict(ctx context.Context, job logits.JobID, v Verdict, salt, evidence logits.Hash) (*types.Receipt, error) {
	data, err := c.binding.TryPackRevealVerdict([32]byte(job), uint8(v), [32]byte(salt), [32]byte(evidence))
	if err != nil {
		return nil, packErr("revealVerdict", err)
	}
	return c.transact(ctx, "revealVerdict", nil, data)
}

// Settle settles a committed job after its reveal window and returns the
// outcome. A round one with a Fail vote that does not fail the job is not
// settled but escalated (JobEscalated): the returned outcome is then
// StatusEscalated with every amount zero, and a second Settle after round
// two's reveal window settles the job.
func (c *Client) Settle(ctx context.Context, job logits.JobID) (*Settlement, error) {
	data, err := c.binding.TryPackSettle([32]byte(job))
	if err != nil {
		return nil, packErr("settle", err)
	}
	r, err := c.transact(ctx, "settle", nil, data)
	if err != nil {
		return nil, err
	}
	if esc, err := firstEvent(r, "settle", c.binding.UnpackJobEscalatedEvent); err == nil {
		zero := func() *big.Int { return new(big.Int) }
		return &Settlement{JobId: esc.JobId, Outcome: uint8(StatusEscalated), MinerPayout: zero(), VoterReward: zero(),
			MinerSlash: zero(), Refund: zero(), Raw: esc.Raw}, nil
	}
	return firstEvent(r, "settle", c.binding.UnpackJobSettledEvent)
}

// firstEvent returns the first log of the receipt that unpack accepts.
func firstEvent[T any](r *types.Receipt, method string, unpack func(*types.Log) (*T, error)) (*T, error) {
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			return ev, nil
		}
	}
	return nil, fmt.Errorf("chain: %s: receipt of %s carries no expected event", method, r.TxHash)
}

func packErr(method string, err error) error {
	return fmt.Errorf("chain: %s: encode arguments: %w", method, err)
}
