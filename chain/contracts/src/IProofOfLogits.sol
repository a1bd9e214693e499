// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IProofOfLogits
/// @notice External interface of the Proof-of-Logits settlement contract (protocol version 2): model
/// registry with delayed threshold versions, staking, jobs with fee escrow and per-job miner
/// collateral, miner commitments, committees drawn from the seed block's prevrandao, commit-reveal
/// verdicts (one vote per member), settlement and pull-payment withdrawals. docs/contract.md
/// describes the state machine, the economic rules and the gas of every call.
interface IProofOfLogits {
    // ---------------------------------------------------------------- types

    /// @notice Role an account stakes for. An address holds exactly one role.
    enum Role {
        None,
        Miner,
        Validator
    }

    /// @notice Life-cycle state of a job. Values are stable: new states are appended.
    enum JobStatus {
        None, // unknown job id
        Open, // submitted, fee in escrow, nobody holds it
        Claimed, // a miner locked collateral and holds it until claimExpiry
        Committed, // the claim holder committed (root, n, tokensHash); seed block fixed
        Passed, // settled: a majority of the committee revealed Pass; miner paid per token
        Failed, // settled: a majority revealed Fail and nobody Pass; the miner's collateral slashed
        Inconclusive, // settled: no decided majority, or no committee; fee refunded
        Cancelled, // fee refunded before any commit
        Unserved, // settled: Fail + NoReveal reached a majority, Fail alone did not; fee refunded, no slash
        Escalated // round one had a Fail vote without failing the job: a larger round-two committee decides
    }

    /// @notice A committee member's revealed verdict.
    enum Verdict {
        None, // not revealed (absent)
        Pass, // every committed token admissible and every challenged opening within the thresholds
        Fail, // an opening, its Merkle proof, a token or the end of generation failed
        NoReveal // the miner did not serve the openings
    }

    /// @notice Canonical sampler parameters of a job (see docs/protocol.md, Sampler).
    struct Sampler {
        uint32 temperatureMilli; // temperature x 1000; 0 = greedy
        uint32 topK; // 0 = off
        uint32 topPMilli; // top-p x 1000; 0 or >= 1000 = off
        bytes32 seed; // seed of the per-position sampling PRF
    }

    /// @notice Comparator thresholds of one model version for one numeric profile, as integers
    /// (value x 1e9). A version admits the profiles it has thresholds for (docs/protocol.md §8.2).
    struct Thresholds {
        uint32 version; // 1, 2, 3, ... per model
        uint32 topK; // number of top logits compared
        uint64 maxDeltaNano; // max |delta logit| x 1e9
        uint64 maxKLNano; // max KL divergence x 1e9
        uint64 tieMarginNano; // top-1 tie margin x 1e9
        uint16 profile; // numeric profile id (engine build, KV precision, device class); nonzero
        uint32 span; // context (prompt + generated tokens) the thresholds were calibrated over; >= 2
    }

    /// @notice A registered model.
    struct Model {
        bytes32 weightsHash; // SHA-256 of the model weights file
        uint32 latestVersion; // newest registered thresholds version
        uint32 activeVersion; // the version new jobs are judged by (submitJob's expectedVersion)
        uint64 latestActiveFrom; // unix time from which latestVersion is the active version
        uint64 retireAt; // unix time from which no new job may use the model; 0 = active
    }

    /// @notice View of a job.
    struct Job {
        address requester;
        uint96 fee; // wei held in escrow until settlement
        address miner; // claim holder / committing miner; while open: zero, or the last releaser
        uint64 deadline; // unix time: last moment a claim or commit is accepted
        uint64 claimExpiry; // unix time the claim lapses; zero when unclaimed or committed
        JobStatus status;
        uint32 modelId;
        uint32 thresholdsVersion; // the version the requester stated (the active one at submission)
        uint32 maxTokens;
        uint32 n; // committed number of positions (0 before commit)
        uint64 commitBlock; // block of the commit (0 before commit)
        bytes32 root; // committed Merkle root (zero before commit)
        uint8 committeeSize; // the current round's committee; 0 until it is drawn
        uint64 seedBlock; // the current round's seed block (0 before commit)
        // The current round's last block for verdict commitments (0 before commit): seedBlock +
        // attestWindow, later by as many blocks as the draw came after seedBlock + 1 (at most 255).
        // Reveals follow for revealWindow blocks; settle after that.
        uint64 commitEnd;
    }

    /// @notice View of an account's stake and balances.
    struct Account {
        Role role;
        uint96 stake; // bonded, slashable stake (includes `locked`)
        uint96 locked; // miner: collateral of its claimed and committed jobs
        uint96 owed; // withdrawable balance (fees, rewards, refunds)
        uint32 jobs; // miner: claimed or committed jobs holding collateral
        uint32 duties; // validator: drawn committees not yet settled
        uint96 unbonding; // stake leaving the contract (a validator's stays slashable)
        uint64 unbondReadyAt; // unix time from which `unbonding` can be withdrawn
        uint64 unbondReadyBlock; // validator: block from which no draw can weigh the unbonded stake
        uint16 validatorModel; // validator: the model it is drawn for (0: every model)
    }

    /// @notice Deployment parameters, fixed for the contract's lifetime.
    struct Params {
        uint96 minMinerStake; // wei
        uint96 minValidatorStake; // wei
        uint96 minFee; // smallest job fee, wei
        uint64 unbondingDelay; // seconds between requestUnbond and withdrawal
        uint64 claimTimeout; // seconds a claim reserves a job
        uint64 thresholdsDelay; // seconds from updateThresholds until the new version is active
        uint32 seedDelay; // seed block = commit block + seedDelay (>= 2: review R5, docs/contract.md §4)
        uint32 attestWindow; // the draw in blocks (seedBlock, seedBlock + attestWindow]; commitments as long after a late draw
        uint32 revealWindow; // reveals in the revealWindow blocks after the attest window
        uint8 committeeSize; // C, validators per job
        uint8 challenges; // k, positions of the job's challenge set (every member checks all)
        uint8 maxValidators; // bound of the validator list (<= 254)
        uint16 collateralMultiplier; // a claim locks fee x collateralMultiplier of the miner's stake
        uint16 validatorCutBps; // share of the per-token part to the pass voters on Passed; of the fee to
        // the fail voters on Failed (taken from the slashed collateral, whose rest is burned)
        uint16 absentPenaltyBps; // share of stake taken from absent or overruled members
        uint96 rewardPerToken; // wei from the reward pool per committed token on Passed
    }

    // ---------------------------------------------------------------- events

    event ModelRegistered(uint32 indexed modelId, bytes32 weightsHash, Thresholds[] thresholds);
    event ThresholdsUpdated(uint32 indexed modelId, Thresholds[] thresholds, uint64 activeFrom);
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
    event ClaimReleased(bytes32 indexed jobId, address indexed miner);
    /// @param output the n output tokens as big-endian uint32, concatenated (4·n bytes): published in
    /// the log, not stored, so every validator reads the miner's token list from the chain
    event JobCommitted(
        bytes32 indexed jobId,
        address indexed miner,
        bytes32 root,
        uint32 n,
        bytes32 tokensHash,
        uint64 seedBlock,
        bytes output
    );
    event CommitteeDrawn(bytes32 indexed jobId, bytes32 seed, address[] members);
    /// @notice settle found round one undecided with a Fail vote; round two's seed block is `seedBlock`
    event JobEscalated(bytes32 indexed jobId, uint64 seedBlock);
    /// @notice round two of an escalated job is drawn; `seed` picks its members only (the challenge
    /// set stays round one's)
    event EscalationDrawn(bytes32 indexed jobId, bytes32 seed, address[] members);
    event VerdictCommitted(bytes32 indexed jobId, address indexed member);
    event Attested(bytes32 indexed jobId, address indexed validator, Verdict verdict, bytes32 evidenceHash);
    /// @param minerPayout per-token fee part minus the validator cut, plus the per-token reward (Passed)
    /// @param voterReward amount credited to each pass voter (Passed) or fail voter (Failed)
    /// @param minerSlash collateral slashed from the miner (Failed); what the fail voters are not paid
    /// of it is burned, as are the members' penalties (see burned())
    /// @param refund everything credited to the requester: the unused fee (Passed), else the whole fee
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
    error BeyondSpan(uint32 maxTokens, uint32 span);
    error ThresholdsPending(uint32 modelId, uint64 activeFrom);
    error ProfileNotAdmitted(uint32 modelId, uint32 version, uint16 profile);
    error VersionMismatch(uint32 modelId, uint32 active, uint32 expected);
    error RetireInPast(uint64 retireAt);

    error RoleMismatch(Role have, Role want);
    error ModelMismatch(uint16 joined, uint16 wanted);
    error StakeChangeTooSoon(uint64 nextBlock);
    error StakeBelowMinimum(uint256 stake, uint256 minimum);
    error ValidatorSetFull(uint8 maxValidators);
    error PendingDuties(uint32 duties);
    error InsufficientStake(uint256 stake, uint256 requested);
    error InsufficientFreeStake(uint256 free, uint256 required);
    error NothingToWithdraw();
    error UnbondingNotReady(uint64 readyAt, uint64 readyBlock);
    error TransferFailed(address to, uint256 amount);

    error UnknownJob(bytes32 jobId);
    error WrongStatus(bytes32 jobId, JobStatus status);
    error FeeTooLow(uint256 fee, uint256 minFee);
    error DeadlineInPast(uint64 deadline);
    error DeadlinePassed(bytes32 jobId, uint64 deadline);
    error NotCancellable(bytes32 jobId);
    error ClaimedByOther(address miner, uint64 claimExpiry);
    error AlreadyClaimed(uint64 claimExpiry);
    error NotClaimHolder(address miner);
    error ReleasedByCaller(bytes32 jobId);
    error InvalidLength(uint32 n, uint32 maxTokens);
    error OutputLengthMismatch(uint32 n, uint256 outputLength);
    error SeedNotReady(uint64 seedBlock);
    error SeedUnavailable(uint64 seedBlock);
    error HeaderMismatch(uint64 seedBlock, bytes32 blockHash, bytes32 headerHash);
    error MalformedHeader();
    error NotEnoughValidators(uint256 drawn, uint8 committeeSize);
    error CommitteeAlreadyDrawn(bytes32 jobId);
    error CommitteeNotDrawn(bytes32 jobId);
    error AttestWindowClosed(uint64 lastBlock);
    error RevealWindowNotOpen(uint64 firstBlock);
    error RevealWindowClosed(uint64 lastBlock);
    error RevealWindowOpen(uint64 lastBlock);
    error NotCommitteeMember(address caller);
    error AlreadyCommitted(address member);
    error NotCommitted(address member);
    error AlreadyRevealed(address member);
    error CommitmentMismatch(address member);
    error InvalidVerdict();

    // ---------------------------------------------------------------- model registry (owner)

    /// @notice Registers a model with version 1 of its thresholds (active at once): one entry per
    /// admitted numeric profile, profiles strictly increasing and nonzero, every `version` 1, at
    /// most MAX_PROFILES entries. Returns the new model id (1, 2, ...).
    function registerModel(bytes32 weightsHash, Thresholds[] calldata thresholds) external returns (uint32 modelId);

    /// @notice Adds the next thresholds version (latestVersion + 1), the complete set of profiles it
    /// admits (as in registerModel). It becomes the active version `thresholdsDelay` seconds later;
    /// until then jobs keep stating (and being judged by) the previous one. Refused while an earlier
    /// update is still pending (ThresholdsPending).
    function updateThresholds(uint32 modelId, Thresholds[] calldata thresholds) external;

    /// @notice From `retireAt` (unix time, >= now) no new job may use the model; existing jobs go on.
    function retireModel(uint32 modelId, uint64 retireAt) external;

    /// @notice Adds msg.value to the per-token reward pool (anyone).
    function fundRewards() external payable;

    // ---------------------------------------------------------------- staking

    /// @notice Stakes msg.value for `role`: registers the caller (first call, >= the role's minimum)
    /// or tops up its stake. Validators take a slot in the bounded validator list; a validator's draw
    /// weight changes the block after the call, at most once per attest window (StakeChangeTooSoon),
    /// so nothing done after a seed is known changes that job's draw. Votes do not depend on stake.
    /// A joining validator names the registered model it recomputes (`modelId`; UnknownModel for
    /// another id, or a nonzero one with the miner role): the draw names it only for that model's
    /// jobs. `modelId` 0 serves every model (drawn for all jobs; the daemon abstains on those it
    /// cannot judge). A top-up names 0 or the model joined with (ModelMismatch); the model changes
    /// only by exiting and joining again.
    function stake(Role role, uint32 modelId) external payable;

    /// @notice Moves `amount` of stake to unbonding, withdrawable after the unbonding delay. A miner
    /// can only unbond stake its jobs do not lock (InsufficientFreeStake). A validator may unbond
    /// with pending duties: its draw weight drops from the next block, its unbonding stays slashable
    /// for those duties, and it is withdrawable once they are settled and no draw can weigh it any
    /// more (unbondReadyBlock). The remaining stake must be zero (exit) or at least the role minimum.
    function requestUnbond(uint256 amount) external;

    /// @notice Pays the caller's owed balance plus its unbonding stake once that is ready (delay
    /// passed, no pending duties, unbondReadyBlock reached) (pull payment).
    function withdraw() external;

    // ---------------------------------------------------------------- jobs

    /// @notice Submits a job with msg.value (>= minFee) as the fee held in escrow. `expectedVersion`
    /// must be the model's active thresholds version (VersionMismatch); the job is judged by it.
    /// maxTokens <= 2^20, deadline < 2^32. The job takes the record of the last ended job (or a new
    /// one): jobId = PolSpec.jobId(block.chainid, address(this), record, generation), the id
    /// nextJobId() returned before the call.
    function submitJob(
        uint32 modelId,
        uint32 expectedVersion,
        bytes32 promptHash,
        uint32 maxTokens,
        Sampler calldata sampler,
        uint64 deadline
    ) external payable returns (bytes32 jobId);

    /// @notice Cancels a job that has no commit: by its requester while no live claim holds it, or by
    /// anyone after the deadline. The fee is credited back to the requester; a claim's collateral is
    /// released.
    function cancelJob(bytes32 jobId) external;

    /// @notice A staked miner claims a job before its deadline and locks fee x collateralMultiplier of
    /// its free stake: an Open job, or one whose claim by another miner has lapsed (the lapsed
    /// holder's collateral is released). A holder can neither renew a live claim nor re-claim a
    /// lapsed one (AlreadyClaimed). The claim lasts claimTimeout seconds (capped by the deadline).
    function claimJob(bytes32 jobId) external;

    /// @notice The claim holder of a Claimed job it has not committed to gives the claim back: its
    /// collateral is unlocked and the job is Open again (another miner may claim it, the requester
    /// may cancel it). The releaser cannot claim that job again (ReleasedByCaller), so a release
    /// never renews a claim.
    function releaseClaim(bytes32 jobId) external;

    /// @notice The claim holder commits to its output before the deadline (a lapsed claim nobody took
    /// over still may). Fixes seed block = block.number + seedDelay. `output` is the n output tokens
    /// as big-endian uint32, concatenated (exactly 4·n bytes, else OutputLengthMismatch); it is not
    /// stored or hashed, only emitted in JobCommitted, so the token list is public before the seed
    /// exists (validators check tokensHash = TokensHash(prompt tokens, output) off chain).
    function commit(bytes32 jobId, bytes32 root, uint32 n, bytes32 tokensHash, bytes calldata output) external;

    /// @notice Draws the committee (anyone) in blocks (seedBlock, seedBlock + attestWindow].
    /// `header` is the RLP-encoded header of the seed block: keccak256(header) must equal its block
    /// hash (BLOCKHASH or EIP-2935 history), and its field 13 (mixHash = prevrandao) is the seed.
    /// On an Escalated job it draws round two from round two's seed block: min(2C + 1, 8) members
    /// none of whom sat on round one (EscalationDrawn); the challenge set does not change. A draw
    /// d blocks after seedBlock + 1 moves the round's verdict windows d blocks later (at most 255;
    /// getJob().commitEnd), so a late draw leaves the members a whole commit window (review R6).
    function drawCommittee(bytes32 jobId, bytes calldata header) external;

    /// @notice A committee member commits to its verdict until getJob().commitEnd:
    /// commitment = keccak256(abi.encodePacked(jobId, member, uint8 verdict, salt, evidenceHash)).
    function commitVerdict(bytes32 jobId, bytes32 commitment) external;

    /// @notice A member that committed reveals its verdict in the revealWindow blocks after
    /// getJob().commitEnd. Emits Attested.
    function revealVerdict(bytes32 jobId, Verdict verdict, bytes32 salt, bytes32 evidenceHash) external;

    /// @notice Settles a committed job after its reveal window, from getJob().commitEnd +
    /// revealWindow + 1 on (anyone). One vote per drawn member
    /// (C of them). Round one: Failed iff 2 #Fail > C, #Fail >= 2 and #Pass == 0; any other tally
    /// with a Fail vote escalates (JobEscalated, no settlement); else Passed iff 2 #Pass > C and
    /// #Pass >= 2, Unserved iff 2 #NoReveal > C, Inconclusive otherwise. Round two (E members):
    /// Passed iff 2 #Pass > E and #Pass >= 2; Failed iff 3 #Fail > 2 E and #Fail >= 2; Unserved iff
    /// 2 (#Fail + #NoReveal) > E; else Inconclusive. docs/contract.md, section 5.
    function settle(bytes32 jobId) external;

    // ---------------------------------------------------------------- views

    function owner() external view returns (address);
    function params() external view returns (Params memory);
    function rewardPool() external view returns (uint256);
    /// @notice Total wei burned: slashed collateral beyond the fail voters' cut and every member
    /// penalty. It stays in the contract's balance and nobody can ever withdraw it.
    function burned() external view returns (uint256);
    /// @notice The id the next submitJob will return (unless another job is submitted or ends
    /// first).
    function nextJobId() external view returns (bytes32);
    /// @notice A job's state; UnknownJob also for an ended job whose record a newer job has taken
    /// (its events remain).
    function getJob(bytes32 jobId) external view returns (Job memory);
    function getAccount(address account) external view returns (Account memory);
    function getModel(uint32 modelId) external view returns (Model memory);
    /// @notice The thresholds of a model version for a numeric profile; reverts ProfileNotAdmitted
    /// when the version has none for it.
    function getThresholds(uint32 modelId, uint32 version, uint16 profile) external view returns (Thresholds memory);

    /// @notice The validator list in draw order with the draw weights of the current block
    /// (= drawWeights(block.number); a stake change made in this block weighs from the next one).
    /// A freed slot keeps its last occupant, with weight zero, until it is reused.
    function getValidators() external view returns (address[] memory validators, uint256[] memory stakes);

    /// @notice The validator list with the draw weights that apply to a job whose seed block is
    /// `seedBlock` (exact for seed blocks up to one attest window old).
    function drawWeights(uint64 seedBlock) external view returns (address[] memory validators, uint256[] memory weights);

    /// @notice The current round's committee of a job (round two's once escalated; empty until
    /// drawn), each member's revealed verdict so far and whether it has committed a verdict.
    function getCommittee(bytes32 jobId)
        external
        view
        returns (address[] memory members, Verdict[] memory verdicts, bool[] memory committed);

    /// @notice The committee drawCommittee(jobId, header) would draw, without drawing it.
    function previewCommittee(bytes32 jobId, bytes calldata header) external view returns (address[] memory members);

    /// @notice The job's challenge set (every member checks all of it, in both rounds), derived from
    /// round one's seed: the prevrandao of block commitBlock + seedDelay, whose RLP `header` must
    /// hash to that block's hash (as for drawCommittee: within 8191 blocks; any time later, derive
    /// it off chain from the seed in CommitteeDrawn or the header). The seed is not stored.
    function challengePositions(bytes32 jobId, bytes calldata header) external view returns (uint32[] memory);

    /// @notice Spec challenge set: K = min(k, n) distinct positions, the first n - 1, then
    /// x_r = uint256(keccak256(abi.encodePacked(seed, jobId, "challenge", uint32 r))) % n for r = 0, 1, ...
    /// skipping repeats, in draw order.
    function deriveChallengePositions(bytes32 seed, bytes32 jobId, uint32 n, uint32 k)
        external
        pure
        returns (uint32[] memory);

    /// @notice Spec verdict commitment: keccak256(abi.encodePacked(jobId, member, uint8 verdict, salt,
    /// evidenceHash)).
    function verdictCommitment(bytes32 jobId, address member, Verdict verdict, bytes32 salt, bytes32 evidenceHash)
        external
        pure
        returns (bytes32);

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
