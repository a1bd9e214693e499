// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IProofOfLogits
/// @notice External interface of the Proof-of-Logits settlement contract: model registry, staking,
/// jobs with fee escrow, miner commitments, stake-weighted validator committees, attestations,
/// settlement and pull-payment withdrawals. docs/contract.md describes the state machine, the
/// economic rules and the gas of every call.
interface IProofOfLogits {
    // ---------------------------------------------------------------- types

    /// @notice Role an account stakes for. An address holds exactly one role.
    enum Role {
        None,
        Miner,
        Validator
    }

    /// @notice Life-cycle state of a job.
    enum JobStatus {
        None, // unknown job id
        Open, // submitted, fee in escrow, nobody has committed
        Claimed, // a miner reserved it until claimExpiry
        Committed, // a miner committed (root, n, tokensHash); challenge seed fixed
        Passed, // settled: committee majority said pass
        Failed, // settled: committee majority said fail or no-reveal; miner slashed
        Inconclusive, // settled: no side reached a stake majority; fee refunded
        Cancelled // fee refunded before any commit
    }

    /// @notice A committee member's attestation.
    enum Verdict {
        None, // not attested (absent)
        Pass, // recomputed logits match the openings within the thresholds
        Fail, // at least one opening failed the comparison or its Merkle proof
        NoReveal // the miner did not serve the openings
    }

    /// @notice Canonical sampler parameters of a job (see docs/protocol.md, Sampler).
    struct Sampler {
        uint32 temperatureMilli; // temperature x 1000; 0 = greedy
        uint32 topK; // 0 = off
        uint32 topPMilli; // top-p x 1000; 0 or >= 1000 = off
        bytes32 seed; // seed of the per-position sampling PRF
    }

    /// @notice Comparator thresholds of one model version, as integers (value x 1e9).
    struct Thresholds {
        uint32 version; // 1, 2, 3, ... per model
        uint32 topK; // number of top logits compared
        uint64 maxDeltaNano; // max |delta logit| x 1e9
        uint64 maxKLNano; // max KL divergence x 1e9
        uint64 tieMarginNano; // top-1 tie margin x 1e9
    }

    /// @notice A registered model.
    struct Model {
        bytes32 weightsHash; // SHA-256 of the model weights file
        uint32 latestVersion; // newest thresholds version; new jobs are judged by it
        uint64 retireAt; // unix time from which no new job may use the model; 0 = active
    }

    /// @notice View of a job.
    struct Job {
        address requester;
        uint96 fee; // wei held in escrow until settlement
        address miner; // claiming or committing miner; zero while open
        uint64 deadline; // unix time: last moment a commit is accepted
        uint64 claimExpiry; // unix time a claim lapses; zero when unclaimed
        JobStatus status;
        uint32 modelId;
        uint32 thresholdsVersion; // the model's thresholds version when the job was submitted
        uint32 maxTokens;
        uint32 n; // committed number of positions (0 before commit)
        uint64 commitBlock; // block of the commit (0 before commit)
        bytes32 root; // committed Merkle root (zero before commit)
        uint8 committeeSize; // 0 until the committee is drawn
    }

    /// @notice View of an account's stake and balances.
    struct Account {
        Role role;
        uint96 stake; // bonded, slashable stake
        uint96 owed; // withdrawable balance (fees, rewards, refunds)
        uint32 pending; // committed jobs (miner) or drawn committees (validator) not yet settled
        uint96 unbonding; // stake leaving the contract
        uint64 unbondReadyAt; // unix time from which `unbonding` can be withdrawn
    }

    /// @notice Deployment parameters, fixed for the contract's lifetime.
    struct Params {
        uint96 minMinerStake; // wei
        uint96 minValidatorStake; // wei
        uint64 unbondingDelay; // seconds between requestUnbond and withdrawal
        uint64 claimTimeout; // seconds a claim reserves a job
        uint32 seedDelay; // seed block = commit block + seedDelay
        uint32 attestWindow; // attestations accepted in blocks (seedBlock, seedBlock + attestWindow]
        uint8 committeeSize; // C, validators per job
        uint8 challengesPerValidator; // k, positions each committee member checks
        uint8 maxValidators; // bound of the validator list (<= 255)
        uint16 validatorCutBps; // share of the fee paid to pass voters on Passed
        uint16 minerSlashBps; // share of the miner's stake slashed on Failed
        uint16 slashRewardBps; // share of a miner slash paid to the fail/no-reveal voters
        uint16 absentPenaltyBps; // share of stake slashed from minority or absent members
        uint96 rewardPerToken; // wei from the reward pool per committed token on Passed
    }

    // ---------------------------------------------------------------- events

    event ModelRegistered(uint32 indexed modelId, bytes32 weightsHash, Thresholds thresholds);
    event ThresholdsUpdated(uint32 indexed modelId, Thresholds thresholds);
    event ModelRetired(uint32 indexed modelId, uint64 retireAt);
    event RewardsFunded(address indexed from, uint256 amount, uint256 rewardPool);

    event Staked(address indexed account, Role role, uint256 amount, uint256 stake);
    event ValidatorAdded(address indexed validator, uint8 index);
    event ValidatorRemoved(address indexed validator, uint8 index);
    event UnbondRequested(address indexed account, uint256 amount, uint256 stake, uint64 readyAt);
    event Withdrawn(address indexed account, uint256 amount);
    event Slashed(address indexed account, bytes32 indexed jobId, uint256 amount, uint256 stake);

    event JobSubmitted(
        bytes32 indexed jobId,
        address indexed requester,
        uint32 indexed modelId,
        uint32 thresholdsVersion,
        bytes32 promptHash,
        uint32 maxTokens,
        Sampler sampler,
        uint64 deadline,
        uint256 fee
    );
    event JobClaimed(bytes32 indexed jobId, address indexed miner, uint64 claimExpiry);
    event JobCancelled(bytes32 indexed jobId, uint256 refund);
    event JobCommitted(
        bytes32 indexed jobId, address indexed miner, bytes32 root, uint32 n, bytes32 tokensHash, uint64 seedBlock
    );
    event CommitteeDrawn(bytes32 indexed jobId, bytes32 seed, address[] members);
    event Attested(bytes32 indexed jobId, address indexed validator, Verdict verdict, bytes32 evidenceHash);
    /// @param minerPayout fee share + per-token reward credited to the miner (Passed)
    /// @param voterReward amount credited to each majority voter
    /// @param minerSlash stake slashed from the miner (Failed)
    /// @param refund fee credited back to the requester (Failed, Inconclusive)
    event JobSettled(
        bytes32 indexed jobId,
        JobStatus outcome,
        uint256 minerPayout,
        uint256 voterReward,
        uint256 minerSlash,
        uint256 refund
    );

    // ---------------------------------------------------------------- errors

    error NotOwner(address caller);
    error InvalidParams();
    error ZeroValue();
    error ValueTooLarge(uint256 value);
    error UnknownModel(uint32 modelId);
    error ModelIsRetired(uint32 modelId, uint64 retireAt);
    error BadThresholdsVersion(uint32 expected, uint32 got);
    error InvalidThresholds();
    error RetireInPast(uint64 retireAt);

    error RoleMismatch(Role have, Role want);
    error StakeChangeTooSoon(uint64 nextBlock);
    error StakeBelowMinimum(uint256 stake, uint256 minimum);
    error ValidatorSetFull(uint8 maxValidators);
    error PendingDuties(uint32 pending);
    error InsufficientStake(uint256 stake, uint256 requested);
    error NothingToWithdraw();
    error UnbondingNotReady(uint64 readyAt);
    error TransferFailed(address to, uint256 amount);

    error UnknownJob(bytes32 jobId);
    error WrongStatus(bytes32 jobId, JobStatus status);
    error DeadlineInPast(uint64 deadline);
    error DeadlinePassed(bytes32 jobId, uint64 deadline);
    error NotCancellable(bytes32 jobId);
    error ClaimedByOther(address miner, uint64 claimExpiry);
    error InvalidLength(uint32 n, uint32 maxTokens);
    error SeedNotReady(uint64 seedBlock);
    error SeedUnavailable(uint64 seedBlock);
    error NotEnoughValidators(uint256 drawn, uint8 committeeSize);
    error CommitteeAlreadyDrawn(bytes32 jobId);
    error AttestWindowClosed(uint64 lastBlock);
    error AttestWindowOpen(uint64 lastBlock);
    error NotCommitteeMember(address caller);
    error AlreadyAttested(address validator);
    error InvalidVerdict();
    error WrongPositionCount(uint256 expected, uint256 got);
    error WrongPositions(uint256 index, uint32 expected, uint32 got);

    // ---------------------------------------------------------------- model registry (owner)

    /// @notice Registers a model; `thresholds.version` must be 1. Returns the new model id (1, 2, ...).
    function registerModel(bytes32 weightsHash, Thresholds calldata thresholds) external returns (uint32 modelId);

    /// @notice Adds the next thresholds version (latestVersion + 1); later jobs are judged by it.
    function updateThresholds(uint32 modelId, Thresholds calldata thresholds) external;

    /// @notice From `retireAt` (unix time, >= now) no new job may use the model; existing jobs go on.
    function retireModel(uint32 modelId, uint64 retireAt) external;

    /// @notice Adds msg.value to the per-token reward pool (anyone).
    function fundRewards() external payable;

    // ---------------------------------------------------------------- staking

    /// @notice Stakes msg.value for `role`: registers the caller (first call, >= the role's minimum)
    /// or tops up its stake. Validators take a slot in the bounded validator list; a validator
    /// cannot top up while it sits on an unsettled committee (its stake is its vote weight), and
    /// its draw weight changes the block after the call, at most once per attest window
    /// (StakeChangeTooSoon), so nothing done after a seed is known changes that job's draw.
    function stake(Role role) external payable;

    /// @notice Moves `amount` of stake to unbonding, withdrawable after the unbonding delay.
    /// Refused while the caller has pending jobs or committee duties; the remaining stake must be
    /// zero (exit; a validator leaves the list) or at least the role minimum. A validator's draw
    /// weight changes at most once per attest window (StakeChangeTooSoon).
    function requestUnbond(uint256 amount) external;

    /// @notice Pays the caller's owed balance plus matured unbonding stake (pull payment).
    function withdraw() external;

    // ---------------------------------------------------------------- jobs

    /// @notice Submits a job with msg.value as the fee held in escrow. jobId =
    /// keccak256(abi.encodePacked(block.chainid, address(this), nonce)) with nonce = jobNonce() before
    /// the call (0 for the first job).
    function submitJob(uint32 modelId, bytes32 promptHash, uint32 maxTokens, Sampler calldata sampler, uint64 deadline)
        external
        payable
        returns (bytes32 jobId);

    /// @notice Cancels a job that has no commit: by its requester at any time while no live claim
    /// holds it, or by anyone after the deadline. The fee is credited back to the requester.
    function cancelJob(bytes32 jobId) external;

    /// @notice A staked miner reserves an open job for claimTimeout seconds (capped by the deadline).
    function claimJob(bytes32 jobId) external;

    /// @notice A staked miner commits to its output before the deadline. The job must be open, or
    /// claimed by the caller, or held by a lapsed claim. Fixes seed block = block.number + seedDelay.
    function commit(bytes32 jobId, bytes32 root, uint32 n, bytes32 tokensHash) external;

    /// @notice Draws the committee from the seed (anyone, once the seed block exists and until the
    /// attest window closes). `attest` draws it too when it is not drawn yet.
    function drawCommittee(bytes32 jobId) external;

    /// @notice A committee member attests. `positions` must equal challengePositions(jobId, caller).
    function attest(bytes32 jobId, Verdict verdict, uint32[] calldata positions, bytes32 evidenceHash) external;

    /// @notice Settles a committed job after its attest window (anyone).
    function settle(bytes32 jobId) external;

    // ---------------------------------------------------------------- views

    function owner() external view returns (address);
    function params() external view returns (Params memory);
    function rewardPool() external view returns (uint256);
    function jobNonce() external view returns (uint256);
    function jobIdFor(uint256 nonce) external view returns (bytes32);
    function getJob(bytes32 jobId) external view returns (Job memory);
    function getAccount(address account) external view returns (Account memory);
    function getModel(uint32 modelId) external view returns (Model memory);
    function getThresholds(uint32 modelId, uint32 version) external view returns (Thresholds memory);

    /// @notice The validator list in draw order with the draw weights of the current block
    /// (= drawWeights(block.number); a stake change made in this block weighs from the next one).
    /// A freed slot keeps its last occupant, with weight zero, until it is reused.
    function getValidators() external view returns (address[] memory validators, uint256[] memory stakes);

    /// @notice The validator list with the draw weights that apply to a job whose seed block is
    /// `seedBlock` (exact for seed blocks up to one attest window old).
    function drawWeights(uint64 seedBlock) external view returns (address[] memory validators, uint256[] memory weights);

    /// @notice The drawn committee of a job with each member's verdict so far.
    function getCommittee(bytes32 jobId) external view returns (address[] memory members, Verdict[] memory verdicts);

    /// @notice Seed block of a committed job and its hash (reverts while not yet available or expired).
    function seedOf(bytes32 jobId) external view returns (bytes32 seed);

    /// @notice The committee the current validator list yields for a committed job (before the draw).
    function previewCommittee(bytes32 jobId) external view returns (address[] memory members);

    /// @notice Positions `validator` must check for a committed job.
    function challengePositions(bytes32 jobId, address validator) external view returns (uint32[] memory);

    /// @notice Spec derivation: position j = uint256(keccak256(abi.encodePacked(seed, jobId, validator,
    /// uint32 j))) % n for j = 0..k-1.
    function deriveChallengePositions(bytes32 seed, bytes32 jobId, address validator, uint32 n, uint32 k)
        external
        pure
        returns (uint32[] memory);

    /// @notice Spec Merkle verification (leaf hash given) against a root over n positions.
    function verifyMerkleProof(bytes32 root, uint32 n, uint32 index, bytes32 leaf, bytes32[] calldata proof)
        external
        pure
        returns (bool);

    /// @notice Checks one opening's Merkle path against a committed job's root (for disputes).
    function verifyOpening(bytes32 jobId, uint32 index, bytes32 leaf, bytes32[] calldata proof)
        external
        view
        returns (bool);
}
