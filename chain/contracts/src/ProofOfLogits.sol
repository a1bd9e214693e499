// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Blockhash} from "@openzeppelin/contracts/utils/Blockhash.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IProofOfLogits} from "./IProofOfLogits.sol";
import {PolSpec} from "./PolSpec.sol";

/// @title ProofOfLogits
/// @notice Settlement contract of the Proof-of-Logits network. See IProofOfLogits for the external
/// interface and docs/contract.md for the state machine and economic rules.
contract ProofOfLogits is IProofOfLogits, ReentrancyGuardTransient {
    // ---------------------------------------------------------------- storage layout

    /// @dev A job record; field order is the slot packing. Slot 1 holds everything the draw, the
    /// verdict calls and the settlement check, so each of them reads one job slot (settle three).
    /// Model id and version are stored as uint16 (registerModel and updateThresholds stop at
    /// 65,535). A record is reused by a later job once its job has ended (settled or cancelled):
    /// rewriting a nonzero slot costs 5,000 gas where a fresh one costs 22,100. Whatever a reused
    /// record still holds of its earlier job is either rewritten at submit (slots 0 and 1) or
    /// recognised as stale by the generation it carries (the claim, the verdict commitments) or by
    /// the status (root, escalation).
    struct JobData {
        // slot 0: written at submit
        address requester;
        uint96 fee;
        // slot 1: written whole at submit, updated at every step
        uint32 deadline; // a timestamp (submit refuses one beyond 2^32 - 1)
        uint16 modelId;
        uint16 thresholdsVersion;
        uint24 maxTokens; // <= MAX_POSITIONS
        uint24 n;
        uint40 commitBlock;
        uint64 committee; // byte m = validator list index + 1 of member m; 0 = no member
        uint16 verdicts; // bits 2m..2m+1 = revealed Verdict of member m
        JobStatus status;
        uint8 drawLag; // blocks the current round's draw came after the first it could (at most 255)
        uint8 generation; // the record's job count (1 for its first job), the low 32 bits of jobId
        // slot 2: written at claim
        address miner;
        uint40 claimExpiry; // stale once committed (getJob reports 0)
        uint8 claimGeneration; // the generation whose claim wrote miner; another one's is stale
        uint32 nextFree; // while ended: the record + 1 reused after this one (0 = none)
        // slot 3: written at commit
        bytes32 root;
        // slots 4..7: the verdict commitments of members 2i (high half) and 2i + 1 (low half), each
        // a 128-bit half: the round's tag (8 bits, _tag) and the commitment's high 120 bits. A half
        // with another tag is another round's or job's: not committed. Binding against 2^60 hash
        // evaluations per job and member; half the storage writes of full words.
        bytes32[4] commitments; // MAX_COMMITTEE / 2
        // slot 8: written when settle escalates round one (round two then reuses the fields above)
        uint40 escalatedAt; // block of the escalation; round two's seed block is seedDelay later
        uint64 firstCommittee; // round one's committee and verdicts, paid and penalized at the end
        uint16 firstVerdicts;
    }

    /// @dev An account in two slots (a third for a validator's unbonding block). Amounts are uint96:
    /// every amount is bounded by the ether the contract holds, and the whole ether supply is far
    /// below 2^96 wei, so the narrowing casts below cannot truncate. Slot 0 holds what a draw and a
    /// settlement touch for a committee member (duties, stake, owed), slot 1 what a claim touches
    /// (role, locked, jobs): the role keeps it nonzero, so a claim never pays for a fresh slot.
    struct AccountData {
        // slot 0
        uint96 stake;
        uint96 owed;
        uint24 duties;
        uint8 validatorSlot; // validator list index + 1; 0 = not listed
        // slot 1
        uint96 locked;
        uint96 unbonding;
        uint40 unbondReadyAt;
        uint16 jobs;
        Role role;
        // slot 2
        uint64 unbondReadyBlock;
    }

    /// @dev A model; the active version is latestVersion from latestActiveFrom on, the one before it
    /// until then.
    struct ModelData {
        bytes32 weightsHash;
        uint32 latestVersion;
        uint64 latestActiveFrom;
        uint64 retireAt;
    }

    /// @dev One validator list slot. The draw reads only the first storage slot of each entry: the
    /// draw weight as of any recent block is `previous` before `activation` and `current` from it.
    /// Weights change only by the occupant's own stake calls (join, top-up, unbond), take effect
    /// seedDelay + 1 blocks after the call and at most once per attestWindow + seedDelay + 1
    /// blocks, so a round's draw weighs the stakes as of the block before the one that fixed its
    /// seed block (the commit, or the escalating settle): nothing done once the round is known,
    /// let alone once its seed is (the seed block's predecessor's proposer knows it), moves the
    /// draw (review E5). Slashes lower the account stake but not the draw weight until the next
    /// change.
    struct ValidatorEntry {
        uint96 current;
        uint96 previous;
        uint48 activation;
        uint16 modelId; // the model the occupant recomputes (drawn only for its jobs); 0 = any model
        address account; // kept after an exit so that draws for older seeds still resolve
    }

    /// @dev Committee vote counts: one vote per drawn member.
    struct Tally {
        uint256 size;
        uint256 pass;
        uint256 fail;
        uint256 noReveal;
    }

    /// @dev The amounts a settlement credits or slashes (the JobSettled fields).
    struct Settlement {
        uint256 minerPayout;
        uint256 voterReward;
        uint256 minerSlash;
        uint256 refund;
    }

    uint16 private constant BPS = 10_000;
    /// @dev EIP-2935 serves this many past block hashes.
    uint32 private constant HISTORY_WINDOW = 8191;
    uint8 private constant MAX_COMMITTEE = 8;
    /// @dev A record's last generation (tags 2g and 2g + 1 fit 8 bits); its job's end retires it.
    uint8 private constant MAX_GENERATION = 127;
    uint256 private constant PASS = uint8(Verdict.Pass);
    uint256 private constant FAIL = uint8(Verdict.Fail);
    uint256 private constant NO_REVEAL = uint8(Verdict.NoReveal);
    /// @notice Largest maxTokens (so largest n) of a job: the spec's MaxPositions, 2^20.
    uint32 public constant MAX_POSITIONS = 1 << 20;
    /// @notice Most numeric profiles one thresholds version may admit.
    uint8 public constant MAX_PROFILES = 16;

    address public immutable owner;
    /// @dev The high 192 bits of every job id: keccak256(abi.encodePacked(chainid, this)) >> 64.
    uint256 private immutable _jobDomain;

    uint96 private immutable _minMinerStake;
    uint96 private immutable _minValidatorStake;
    uint96 private immutable _minFee;
    uint64 private immutable _unbondingDelay;
    uint64 private immutable _claimTimeout;
    uint64 private immutable _thresholdsDelay;
    uint32 private immutable _seedDelay;
    uint32 private immutable _attestWindow;
    uint32 private immutable _revealWindow;
    uint8 private immutable _committeeSize;
    uint8 private immutable _challenges;
    uint8 private immutable _maxValidators;
    uint16 private immutable _collateralMultiplier;
    uint16 private immutable _validatorCutBps;
    uint16 private immutable _absentPenaltyBps;
    uint96 private immutable _rewardPerToken;

    uint256 public rewardPool;
    /// @notice Wei burned by settlements (collateral beyond the fail voters' cut, member penalties):
    /// kept in the balance, withdrawable by nobody. A slash paid to anyone who can vote or request
    /// would reward false fails; burned, it pays the fail voters no more than a pass and the
    /// requester no more than its fee.
    uint256 public burned;
    /// @dev The record + 1 the next job takes (the last ended job's; a LIFO list through nextFree),
    /// 0 for a new record; packed with the record count, so it never empties its slot.
    uint32 private _freeRecord;
    uint32 private _recordCount;
    uint32 private _modelCount;

    mapping(uint32 modelId => ModelData) private _models;
    mapping(uint32 modelId => mapping(uint32 version => mapping(uint16 profile => Thresholds))) private _thresholds;
    /// @dev The longest span among a version's profiles: a job must leave room for a prompt token in it.
    mapping(uint32 modelId => mapping(uint32 version => uint32)) private _maxSpan;
    mapping(address account => AccountData) private _accounts;
    /// @dev Job records by index: jobId = _jobDomain << 64 | record << 32 | generation.
    mapping(uint256 record => JobData) private _jobs;

    ValidatorEntry[] private _validators;
    /// @dev Bit i set = list index i is an empty slot that a new validator may take.
    uint256 private _freeSlots;

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    /// @param p deployment parameters; see IProofOfLogits.Params and docs/contract.md.
    constructor(Params memory p) {
        if (
            p.minMinerStake == 0 || p.minValidatorStake == 0 || p.minFee == 0 || p.unbondingDelay > type(uint32).max
                || p.seedDelay < 2 || p.attestWindow == 0 || p.attestWindow > HISTORY_WINDOW || p.revealWindow == 0
                || p.committeeSize < 2 || p.committeeSize > MAX_COMMITTEE || p.challenges == 0
                || p.maxValidators < p.committeeSize || p.maxValidators == 255 || p.collateralMultiplier == 0
                || p.validatorCutBps > BPS || p.absentPenaltyBps > BPS
        ) revert InvalidParams();
        owner = msg.sender;
        _jobDomain = uint256(PolSpec.jobId(block.chainid, address(this), 0, 0)) >> 64;
        _minMinerStake = p.minMinerStake;
        _minValidatorStake = p.minValidatorStake;
        _minFee = p.minFee;
        _unbondingDelay = p.unbondingDelay;
        _claimTimeout = p.claimTimeout;
        _thresholdsDelay = p.thresholdsDelay;
        _seedDelay = p.seedDelay;
        _attestWindow = p.attestWindow;
        _revealWindow = p.revealWindow;
        _committeeSize = p.committeeSize;
        _challenges = p.challenges;
        _maxValidators = p.maxValidators;
        _collateralMultiplier = p.collateralMultiplier;
        _validatorCutBps = p.validatorCutBps;
        _absentPenaltyBps = p.absentPenaltyBps;
        _rewardPerToken = p.rewardPerToken;
    }

    // ---------------------------------------------------------------- model registry

    /// @inheritdoc IProofOfLogits
    function registerModel(bytes32 weightsHash, Thresholds[] calldata th) external onlyOwner returns (uint32 modelId) {
        modelId = ++_modelCount;
        if (modelId > type(uint16).max) revert ValueTooLarge(modelId);
        _storeThresholds(modelId, 1, th);
        _models[modelId] = ModelData({
            weightsHash: weightsHash, latestVersion: 1, latestActiveFrom: uint64(block.timestamp), retireAt: 0
        });
        emit ModelRegistered(modelId, weightsHash, th);
    }

    /// @inheritdoc IProofOfLogits
    function updateThresholds(uint32 modelId, Thresholds[] calldata th) external onlyOwner {
        ModelData storage m = _model(modelId);
        uint64 pendingFrom = m.latestActiveFrom;
        if (block.timestamp < pendingFrom) revert ThresholdsPending(modelId, pendingFrom);
        uint32 next = m.latestVersion + 1;
        if (next > type(uint16).max) revert ValueTooLarge(next);
        _storeThresholds(modelId, next, th);
        uint64 activeFrom = uint64(block.timestamp) + _thresholdsDelay;
        m.latestVersion = next;
        m.latestActiveFrom = activeFrom;
        emit ThresholdsUpdated(modelId, th, activeFrom);
    }

    /// @dev Stores version `version` of a model's thresholds, one entry per admitted profile.
    function _storeThresholds(uint32 modelId, uint32 version, Thresholds[] calldata th) private {
        if (th.length == 0 || th.length > MAX_PROFILES) revert InvalidThresholds();
        uint16 last = 0;
        uint32 maxSpan = 0;
        for (uint256 i = 0; i < th.length; ++i) {
            Thresholds calldata t = th[i];
            if (t.version != version) revert BadThresholdsVersion(version, t.version);
            if (t.topK == 0 || t.profile <= last || t.span < 2) revert InvalidThresholds();
            last = t.profile;
            if (t.span > maxSpan) maxSpan = t.span;
            _thresholds[modelId][version][t.profile] = t;
        }
        _maxSpan[modelId][version] = maxSpan;
    }

    /// @inheritdoc IProofOfLogits
    function retireModel(uint32 modelId, uint64 retireAt) external onlyOwner {
        ModelData storage m = _model(modelId);
        if (retireAt < block.timestamp) revert RetireInPast(retireAt);
        m.retireAt = retireAt;
        emit ModelRetired(modelId, retireAt);
    }

    /// @inheritdoc IProofOfLogits
    function fundRewards() external payable {
        if (msg.value == 0) revert ZeroValue();
        uint256 pool = rewardPool + msg.value;
        rewardPool = pool;
        emit RewardsFunded(msg.sender, msg.value, pool);
    }

    // ---------------------------------------------------------------- staking

    /// @inheritdoc IProofOfLogits
    function stake(Role role, uint32 modelId) external payable {
        if (modelId != 0 && (role != Role.Validator || modelId > _modelCount)) revert UnknownModel(modelId);
        if (msg.value == 0) revert ZeroValue();
        if (role == Role.None) revert RoleMismatch(Role.None, Role.Miner);
        AccountData storage a = _accounts[msg.sender];
        uint256 newStake = uint256(a.stake) + msg.value;
        if (newStake > type(uint96).max) revert ValueTooLarge(msg.value);
        if (a.role == Role.None) {
            // An exited validator whose committees are not settled yet cannot come back (E1: it
            // would take a new list slot and could sit on its own job's round two).
            if (a.duties != 0) revert PendingDuties(a.duties);
            uint256 minimum = _minStake(role);
            if (newStake < minimum) revert StakeBelowMinimum(newStake, minimum);
            a.role = role;
            if (role == Role.Validator) {
                _addValidator(a, msg.sender);
                _validators[a.validatorSlot - 1].modelId = uint16(modelId);
                _setWeight(a.validatorSlot - 1, uint96(newStake));
            }
        } else if (a.role != role) {
            revert RoleMismatch(a.role, role);
        } else if (role == Role.Validator) {
            uint16 joined = _validators[a.validatorSlot - 1].modelId;
            if (modelId != 0 && modelId != joined) revert ModelMismatch(joined, uint16(modelId));
            _setWeight(a.validatorSlot - 1, uint96(newStake));
        }
        a.stake = uint96(newStake);
        emit Staked(msg.sender, role, msg.value, newStake);
    }

    /// @inheritdoc IProofOfLogits
    function requestUnbond(uint256 amount) external {
        AccountData storage a = _accounts[msg.sender];
        Role role = a.role;
        if (role == Role.None) revert RoleMismatch(Role.None, Role.Miner);
        if (amount == 0) revert ZeroValue();
        uint256 current = a.stake;
        if (amount > current) revert InsufficientStake(current, amount);
        uint256 free = current - a.locked;
        if (amount > free) revert InsufficientFreeStake(free, amount);
        uint256 remaining = current - amount;
        uint256 minimum = _minStake(role);
        if (remaining != 0 && remaining < minimum) revert StakeBelowMinimum(remaining, minimum);
        a.stake = uint96(remaining);
        if (role == Role.Validator) {
            _setWeight(a.validatorSlot - 1, uint96(remaining));
            if (remaining == 0) _removeValidator(a, msg.sender);
            // A job drawn with the old weight has its seed block before the change's activation
            // (block.number + seedDelay + 1) and is drawn within attestWindow blocks of it.
            a.unbondReadyBlock = uint64(block.number) + _seedDelay + 1 + _attestWindow;
        }
        if (remaining == 0) a.role = Role.None;
        uint64 readyAt = uint64(block.timestamp) + _unbondingDelay;
        a.unbonding += uint96(amount);
        a.unbondReadyAt = uint40(readyAt);
        emit UnbondRequested(msg.sender, amount, remaining, readyAt);
    }

    /// @inheritdoc IProofOfLogits
    function withdraw() external nonReentrant {
        AccountData storage a = _accounts[msg.sender];
        uint256 amount = a.owed;
        uint96 unbonding = a.unbonding;
        bool ready =
            unbonding != 0 && block.timestamp >= a.unbondReadyAt && a.duties == 0 && block.number >= a.unbondReadyBlock;
        if (ready) amount += unbonding;
        if (amount == 0) {
            if (unbonding == 0) revert NothingToWithdraw();
            if (a.duties != 0) revert PendingDuties(a.duties);
            revert UnbondingNotReady(a.unbondReadyAt, a.unbondReadyBlock);
        }
        a.owed = 0;
        if (ready) {
            a.unbonding = 0;
            a.unbondReadyAt = 0;
        }
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed(msg.sender, amount);
    }

    // ---------------------------------------------------------------- jobs

    /// @inheritdoc IProofOfLogits
    function submitJob(
        uint32 modelId,
        uint32 expectedVersion,
        bytes32 promptHash,
        uint32 maxTokens,
        Sampler calldata sampler,
        uint64 deadline
    ) external payable returns (bytes32 jobId) {
        _checkSubmit(modelId, expectedVersion, maxTokens, deadline);
        uint256 free = _freeRecord;
        uint256 record;
        uint8 generation = 1;
        JobData storage j;
        if (free != 0) {
            record = free - 1;
            j = _jobs[record];
            _freeRecord = j.nextFree;
            generation = j.generation + 1;
        } else {
            record = _recordCount++;
            j = _jobs[record];
        }
        jobId = bytes32(_jobDomain << 64 | record << 32 | generation);
        j.requester = msg.sender;
        j.fee = uint96(msg.value);
        // Slot 1 whole: a reused record's earlier job leaves nothing in it.
        j.deadline = uint32(deadline);
        j.modelId = uint16(modelId);
        j.thresholdsVersion = uint16(expectedVersion);
        j.maxTokens = uint24(maxTokens);
        j.n = 0;
        j.commitBlock = 0;
        j.committee = 0;
        j.verdicts = 0;
        j.status = JobStatus.Open;
        j.drawLag = 0;
        j.generation = generation;
        emit JobSubmitted(
            jobId, msg.sender, modelId, expectedVersion, promptHash, maxTokens, sampler, deadline, msg.value
        );
    }

    /// @inheritdoc IProofOfLogits
    function cancelJob(bytes32 jobId) external {
        JobData storage j = _job(jobId);
        JobStatus s = j.status;
        if (s != JobStatus.Open && s != JobStatus.Claimed) revert WrongStatus(jobId, s);
        bool expired = block.timestamp > j.deadline;
        bool claimLive = s == JobStatus.Claimed && block.timestamp <= j.claimExpiry;
        if (!expired && (msg.sender != j.requester || claimLive)) revert NotCancellable(jobId);
        j.status = JobStatus.Cancelled;
        uint96 fee = j.fee;
        if (s == JobStatus.Claimed) _release(j.miner, _collateral(fee));
        _accounts[j.requester].owed += fee;
        _end(j, jobId);
        emit JobCancelled(jobId, fee);
    }

    /// @inheritdoc IProofOfLogits
    function claimJob(bytes32 jobId) external {
        JobData storage j = _job(jobId);
        JobStatus s = j.status;
        address holder = _holder(j);
        if (s == JobStatus.Claimed) {
            uint40 expiry = j.claimExpiry;
            if (holder == msg.sender) revert AlreadyClaimed(expiry);
            if (block.timestamp <= expiry) revert ClaimedByOther(holder, expiry);
        } else if (s != JobStatus.Open) {
            revert WrongStatus(jobId, s);
        } else if (holder == msg.sender) {
            revert ReleasedByCaller(jobId);
        }
        uint32 deadline = j.deadline;
        if (block.timestamp > deadline) revert DeadlinePassed(jobId, deadline);
        uint256 collateral = _collateral(j.fee);
        AccountData storage a = _requireMiner(msg.sender);
        uint256 free = a.stake - a.locked;
        if (collateral > free) revert InsufficientFreeStake(free, collateral);
        if (s == JobStatus.Claimed) _release(holder, collateral);
        a.locked += uint96(collateral);
        a.jobs += 1;
        uint256 expiry_ = block.timestamp + _claimTimeout;
        if (expiry_ > deadline) expiry_ = deadline;
        j.miner = msg.sender;
        j.claimExpiry = uint40(expiry_);
        j.claimGeneration = j.generation;
        j.status = JobStatus.Claimed;
        emit JobClaimed(jobId, msg.sender, uint64(expiry_));
    }

    /// @inheritdoc IProofOfLogits
    function releaseClaim(bytes32 jobId) external {
        JobData storage j = _job(jobId);
        JobStatus s = j.status;
        if (s != JobStatus.Claimed) revert WrongStatus(jobId, s);
        address holder = j.miner;
        if (holder != msg.sender) revert NotClaimHolder(holder);
        // j.miner keeps the releaser: claimJob refuses it on this Open job (no self-renewal).
        j.status = JobStatus.Open;
        _release(holder, _collateral(j.fee));
        emit ClaimReleased(jobId, holder);
    }

    /// @inheritdoc IProofOfLogits
    function commit(bytes32 jobId, bytes32 root, uint32 n, bytes32 tokensHash, bytes calldata output) external {
        JobData storage j = _job(jobId);
        JobStatus s = j.status;
        if (s != JobStatus.Claimed) revert WrongStatus(jobId, s);
        address holder = j.miner;
        if (holder != msg.sender) revert NotClaimHolder(holder);
        uint32 deadline = j.deadline;
        if (block.timestamp > deadline) revert DeadlinePassed(jobId, deadline);
        uint32 maxTokens = j.maxTokens;
        if (n == 0 || n > maxTokens) revert InvalidLength(n, maxTokens);
        if (output.length != 4 * uint256(n)) revert OutputLengthMismatch(n, output.length);
        j.commitBlock = uint40(block.number);
        j.n = uint24(n);
        j.status = JobStatus.Committed;
        j.root = root;
        emit JobCommitted(jobId, msg.sender, root, n, tokensHash, uint64(block.number) + _seedDelay, output);
    }

    /// @inheritdoc IProofOfLogits
    function drawCommittee(bytes32 jobId, bytes calldata header) external {
        JobData storage j = _committedJob(jobId);
        if (j.committee != 0) revert CommitteeAlreadyDrawn(jobId);
        uint256 seedBlock = _seedBlock(j);
        uint256 lastBlock = seedBlock + _attestWindow;
        if (block.number > lastBlock) revert AttestWindowClosed(uint64(lastBlock));
        (uint64 committee, uint256 count, bytes32 seed) = _draw(j, jobId, header);
        // A late draw (a builder that kept it out) moves the verdict windows by as much: the members
        // get the whole commit window from the draw on (review R6), up to 255 blocks late.
        uint256 lag = block.number - seedBlock - 1;
        j.drawLag = uint8(lag > type(uint8).max ? type(uint8).max : lag);
        address[] memory members = new address[](count);
        for (uint256 m = 0; m < count; ++m) {
            address v = _validators[((committee >> (8 * m)) & 0xff) - 1].account;
            members[m] = v;
            _accounts[v].duties += 1;
        }
        j.committee = committee;
        // The seed is not stored (a fresh slot, 22,100 gas): it is the seed block's prevrandao, in
        // this event and in the block's header, from which challengePositions derives the set.
        if (j.status == JobStatus.Escalated) emit EscalationDrawn(jobId, seed, members);
        else emit CommitteeDrawn(jobId, seed, members);
    }

    /// @inheritdoc IProofOfLogits
    function commitVerdict(bytes32 jobId, bytes32 commitment) external {
        JobData storage j = _committedJob(jobId);
        uint64 committee = j.committee;
        if (committee == 0) revert CommitteeNotDrawn(jobId);
        uint256 lastBlock = _commitEnd(j);
        if (block.number > lastBlock) revert AttestWindowClosed(uint64(lastBlock));
        uint256 m = _memberOf(committee, msg.sender);
        uint256 tag = _tag(j);
        (uint256 word, uint256 shift) = (m >> 1, m & 1 == 0 ? 128 : 0);
        uint256 packed = uint256(j.commitments[word]);
        if (uint128(packed >> shift) >> 120 == tag) revert AlreadyCommitted(msg.sender);
        packed &= ~(uint256(type(uint128).max) << shift);
        j.commitments[word] = bytes32(packed | (tag << 120 | uint256(commitment) >> 136) << shift);
        emit VerdictCommitted(jobId, msg.sender);
    }

    /// @inheritdoc IProofOfLogits
    function revealVerdict(bytes32 jobId, Verdict verdict, bytes32 salt, bytes32 evidenceHash) external {
        if (verdict == Verdict.None) revert InvalidVerdict();
        JobData storage j = _committedJob(jobId);
        uint256 commitEnd = _commitEnd(j);
        if (block.number <= commitEnd) revert RevealWindowNotOpen(uint64(commitEnd + 1));
        if (block.number > commitEnd + _revealWindow) revert RevealWindowClosed(uint64(commitEnd + _revealWindow));
        uint256 m = _memberOf(j.committee, msg.sender);
        uint256 c = _commitmentOf(j, m);
        uint256 tag = _tag(j);
        if (c >> 120 != tag) revert NotCommitted(msg.sender);
        uint16 verdicts = j.verdicts;
        if ((verdicts >> (2 * m)) & 3 != 0) revert AlreadyRevealed(msg.sender);
        bytes32 full = PolSpec.verdictCommitment(jobId, msg.sender, uint8(verdict), salt, evidenceHash);
        if (tag << 120 | uint256(full) >> 136 != c) revert CommitmentMismatch(msg.sender);
        j.verdicts = verdicts | uint16(uint256(uint8(verdict)) << (2 * m));
        emit Attested(jobId, msg.sender, verdict, evidenceHash);
    }

    /// @inheritdoc IProofOfLogits
    function settle(bytes32 jobId) external {
        JobData storage j = _committedJob(jobId);
        bool escalated = j.status == JobStatus.Escalated;
        uint256 lastBlock = _commitEnd(j) + _revealWindow;
        if (block.number <= lastBlock) revert RevealWindowOpen(uint64(lastBlock));

        uint64 committee = j.committee;
        uint16 verdicts = j.verdicts;
        Tally memory t = _tally(committee, verdicts);
        JobStatus outcome = _outcome(t, escalated);
        if (!escalated && t.fail != 0 && outcome != JobStatus.Failed) {
            _escalate(j, jobId, committee, verdicts);
            return;
        }
        uint64 first;
        uint16 firstVerdicts;
        if (escalated) {
            // Round one's voters count with round two's: the winners of both share the cut.
            (first, firstVerdicts) = (j.firstCommittee, j.firstVerdicts);
            Tally memory t1 = _tally(first, firstVerdicts);
            t.pass += t1.pass;
            t.fail += t1.fail;
        }
        j.status = outcome;

        Settlement memory s;
        uint256 fee = j.fee;
        uint256 collateral = _collateral(j.fee);
        address miner = j.miner;
        AccountData storage ma = _accounts[miner];
        ma.locked -= uint96(collateral);
        ma.jobs -= 1;
        uint256 burn;
        if (outcome == JobStatus.Passed) {
            uint32 n = j.n;
            uint256 part = fee * n / j.maxTokens;
            s.voterReward = (part * _validatorCutBps / BPS) / t.pass;
            s.minerPayout = part - s.voterReward * t.pass + _reward(n);
            ma.owed += uint96(s.minerPayout);
            s.refund = fee - part;
        } else {
            s.refund = fee;
            if (outcome == JobStatus.Failed) {
                // The fail voters get what a pass of the whole length would have paid them, the
                // requester its fee; the rest of the collateral is burned (griefing-neutral).
                s.minerSlash = collateral;
                s.voterReward = (fee * _validatorCutBps / BPS) / t.fail;
                burn = collateral - s.voterReward * t.fail;
                uint96 left = ma.stake - uint96(collateral);
                ma.stake = left;
                emit Slashed(miner, jobId, collateral, left);
            }
        }
        if (committee != 0) burn += _payCommittee(jobId, committee, verdicts, outcome, s.voterReward);
        if (first != 0) burn += _payCommittee(jobId, first, firstVerdicts, outcome, s.voterReward);
        if (burn != 0) burned += burn;
        if (s.refund != 0) _accounts[j.requester].owed += uint96(s.refund);
        _end(j, jobId);
        emit JobSettled(jobId, outcome, s.minerPayout, s.voterReward, s.minerSlash, s.refund);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IProofOfLogits
    function params() external view returns (Params memory) {
        return Params({
            minMinerStake: _minMinerStake,
            minValidatorStake: _minValidatorStake,
            minFee: _minFee,
            unbondingDelay: _unbondingDelay,
            claimTimeout: _claimTimeout,
            thresholdsDelay: _thresholdsDelay,
            seedDelay: _seedDelay,
            attestWindow: _attestWindow,
            revealWindow: _revealWindow,
            committeeSize: _committeeSize,
            challenges: _challenges,
            maxValidators: _maxValidators,
            collateralMultiplier: _collateralMultiplier,
            validatorCutBps: _validatorCutBps,
            absentPenaltyBps: _absentPenaltyBps,
            rewardPerToken: _rewardPerToken
        });
    }

    /// @inheritdoc IProofOfLogits
    function nextJobId() external view returns (bytes32) {
        uint256 free = _freeRecord;
        if (free == 0) return bytes32(_jobDomain << 64 | uint256(_recordCount) << 32 | 1);
        return bytes32(_jobDomain << 64 | (free - 1) << 32 | (_jobs[free - 1].generation + 1));
    }

    /// @inheritdoc IProofOfLogits
    function getJob(bytes32 jobId) external view returns (Job memory v) {
        JobData storage j = _job(jobId);
        v.requester = j.requester;
        v.fee = j.fee;
        v.miner = _holder(j);
        v.deadline = j.deadline;
        v.status = j.status;
        if (v.status == JobStatus.Claimed) v.claimExpiry = j.claimExpiry;
        v.modelId = j.modelId;
        v.thresholdsVersion = j.thresholdsVersion;
        v.maxTokens = j.maxTokens;
        v.n = j.n;
        v.commitBlock = j.commitBlock;
        v.committeeSize = uint8(_committeeLength(j.committee));
        if (v.commitBlock != 0) {
            // Before the commit the root slot may still hold an earlier job's root (record reuse).
            v.root = j.root;
            (v.seedBlock, v.commitEnd) = (uint64(_seedBlock(j)), uint64(_commitEnd(j)));
        }
    }

    /// @inheritdoc IProofOfLogits
    function getAccount(address account) external view returns (Account memory) {
        AccountData storage a = _accounts[account];
        return Account({
            role: a.role,
            stake: a.stake,
            locked: a.locked,
            owed: a.owed,
            jobs: a.jobs,
            duties: a.duties,
            unbonding: a.unbonding,
            unbondReadyAt: a.unbondReadyAt,
            unbondReadyBlock: a.unbondReadyBlock,
            validatorModel: a.role == Role.Validator ? _validators[a.validatorSlot - 1].modelId : 0
        });
    }

    /// @inheritdoc IProofOfLogits
    function getModel(uint32 modelId) external view returns (Model memory) {
        ModelData storage m = _model(modelId);
        return Model({
            weightsHash: m.weightsHash,
            latestVersion: m.latestVersion,
            activeVersion: _activeVersion(m),
            latestActiveFrom: m.latestActiveFrom,
            retireAt: m.retireAt
        });
    }

    /// @inheritdoc IProofOfLogits
    function getThresholds(uint32 modelId, uint32 version, uint16 profile) external view returns (Thresholds memory t) {
        ModelData storage m = _model(modelId);
        if (version == 0 || version > m.latestVersion) revert BadThresholdsVersion(m.latestVersion, version);
        t = _thresholds[modelId][version][profile];
        if (t.topK == 0) revert ProfileNotAdmitted(modelId, version, profile);
    }

    /// @inheritdoc IProofOfLogits
    function getValidators() external view returns (address[] memory validators, uint256[] memory stakes) {
        return drawWeights(uint64(block.number));
    }

    /// @inheritdoc IProofOfLogits
    function drawWeights(uint64 seedBlock) public view returns (address[] memory validators, uint256[] memory weights) {
        uint256 len = _validators.length;
        validators = new address[](len);
        weights = new uint256[](len);
        for (uint256 i = 0; i < len; ++i) {
            ValidatorEntry storage e = _validators[i];
            validators[i] = e.account;
            weights[i] = _weightAt(e, seedBlock);
        }
    }

    /// @inheritdoc IProofOfLogits
    function getCommittee(bytes32 jobId)
        external
        view
        returns (address[] memory members, Verdict[] memory verdicts, bool[] memory committed)
    {
        JobData storage j = _job(jobId);
        uint64 committee = j.committee;
        uint256 len = _committeeLength(committee);
        members = new address[](len);
        verdicts = new Verdict[](len);
        committed = new bool[](len);
        // A settled round two's commitments carry round two's tag; an escalation of an earlier job
        // on the record predates this job's commit.
        uint256 tag = _tag(j);
        if (j.status != JobStatus.Escalated && j.escalatedAt > j.commitBlock) ++tag;
        for (uint256 m = 0; m < len; ++m) {
            members[m] = _validators[((committee >> (8 * m)) & 0xff) - 1].account;
            verdicts[m] = Verdict((j.verdicts >> (2 * m)) & 3);
            committed[m] = _commitmentOf(j, m) >> 120 == tag;
        }
    }

    /// @inheritdoc IProofOfLogits
    function previewCommittee(bytes32 jobId, bytes calldata header) external view returns (address[] memory members) {
        JobData storage j = _committedJob(jobId);
        (uint64 committee, uint256 count,) = _draw(j, jobId, header);
        members = new address[](count);
        for (uint256 m = 0; m < count; ++m) {
            members[m] = _validators[((committee >> (8 * m)) & 0xff) - 1].account;
        }
    }

    /// @inheritdoc IProofOfLogits
    function challengePositions(bytes32 jobId, bytes calldata header) external view returns (uint32[] memory) {
        JobData storage j = _job(jobId);
        uint256 commitBlock = j.commitBlock;
        if (commitBlock == 0) revert WrongStatus(jobId, j.status);
        bytes32 seed = _headerSeed(uint64(commitBlock + _seedDelay), header);
        return PolSpec.challengeSet(seed, jobId, j.n, _challenges);
    }

    /// @inheritdoc IProofOfLogits
    function deriveChallengePositions(bytes32 seed, bytes32 jobId, uint32 n, uint32 k)
        external
        pure
        returns (uint32[] memory)
    {
        if (n == 0) revert InvalidLength(0, 0);
        return PolSpec.challengeSet(seed, jobId, n, k);
    }

    /// @inheritdoc IProofOfLogits
    function verdictCommitment(bytes32 jobId, address member, Verdict verdict, bytes32 salt, bytes32 evidenceHash)
        external
        pure
        returns (bytes32)
    {
        return PolSpec.verdictCommitment(jobId, member, uint8(verdict), salt, evidenceHash);
    }

    /// @inheritdoc IProofOfLogits
    function verifyMerkleProof(bytes32 root, uint32 n, uint32 index, bytes32 leaf, bytes32[] calldata proof)
        external
        pure
        returns (bool)
    {
        return PolSpec.verifyProof(root, n, index, leaf, proof);
    }

    /// @inheritdoc IProofOfLogits
    function verifyOpening(bytes32 jobId, uint32 index, bytes32 leaf, bytes32[] calldata proof)
        external
        view
        returns (bool)
    {
        JobData storage j = _job(jobId);
        if (j.commitBlock == 0) revert WrongStatus(jobId, j.status);
        return PolSpec.verifyProof(j.root, j.n, index, leaf, proof);
    }

    // ---------------------------------------------------------------- internals

    function _model(uint32 modelId) private view returns (ModelData storage m) {
        m = _models[modelId];
        if (m.latestVersion == 0) revert UnknownModel(modelId);
    }

    /// @dev The version new jobs of `m` must state: the latest once its delay has passed.
    function _activeVersion(ModelData storage m) private view returns (uint32) {
        uint32 latest = m.latestVersion;
        return block.timestamp >= m.latestActiveFrom ? latest : latest - 1;
    }

    /// @dev submitJob's checks: a live model, the active version stated, fee and length bounds.
    function _checkSubmit(uint32 modelId, uint32 expectedVersion, uint32 maxTokens, uint64 deadline) private view {
        ModelData storage m = _model(modelId);
        uint64 retireAt = m.retireAt;
        if (retireAt != 0 && block.timestamp >= retireAt) revert ModelIsRetired(modelId, retireAt);
        uint32 active = _activeVersion(m);
        if (expectedVersion != active) revert VersionMismatch(modelId, active, expectedVersion);
        if (msg.value < _minFee) revert FeeTooLow(msg.value, _minFee);
        if (msg.value > type(uint96).max) revert ValueTooLarge(msg.value);
        if (maxTokens == 0 || maxTokens > MAX_POSITIONS) revert InvalidLength(maxTokens, MAX_POSITIONS);
        uint32 span = _maxSpan[modelId][active];
        if (maxTokens >= span) revert BeyondSpan(maxTokens, span);
        if (deadline <= block.timestamp || deadline > type(uint32).max) revert DeadlineInPast(deadline);
    }

    function _minStake(Role role) private view returns (uint256) {
        return role == Role.Miner ? _minMinerStake : _minValidatorStake;
    }

    /// @dev The collateral a claim on a job of `fee` locks.
    function _collateral(uint256 fee) private view returns (uint256) {
        return fee * _collateralMultiplier;
    }

    /// @dev Releases one job's collateral lock of `miner`.
    function _release(address miner, uint256 collateral) private {
        AccountData storage a = _accounts[miner];
        a.locked -= uint96(collateral);
        a.jobs -= 1;
    }

    /// @dev Per-token reward of a passed job with `n` positions, taken from the pool while it lasts.
    function _reward(uint256 n) private returns (uint256 reward) {
        if (_rewardPerToken == 0) return 0;
        uint256 pool = rewardPool;
        reward = uint256(_rewardPerToken) * n;
        if (reward > pool) reward = pool;
        rewardPool = pool - reward;
    }

    /// @dev Draw weight of list entry `e` for a job whose seed block is `seedBlock`.
    function _weightAt(ValidatorEntry storage e, uint256 seedBlock) private view returns (uint256) {
        return seedBlock >= e.activation ? e.current : e.previous;
    }

    /// @dev Schedules a new draw weight for list slot `index` from seedDelay + 1 blocks on. Refused
    /// within an attest window of the previous change's activation: a job still drawable now has
    /// its seed block after that activation, so moving `current` into `previous` keeps its weights
    /// exact.
    function _setWeight(uint256 index, uint96 weight) private {
        ValidatorEntry storage e = _validators[index];
        uint256 next = uint256(e.activation) + _attestWindow;
        if (e.activation != 0 && block.number < next) revert StakeChangeTooSoon(uint64(next));
        e.previous = e.current;
        e.current = weight;
        e.activation = uint48(block.number + _seedDelay + 1);
    }

    /// @dev Gives a new validator the lowest reusable free slot, else a new one at the end. A freed
    /// slot is reusable once its last weight change is an attest window old (no drawable job can
    /// still weigh the old occupant) and the old occupant has no unsettled committee duty.
    function _addValidator(AccountData storage a, address account) private {
        uint256 free = _freeSlots;
        uint256 index = _validators.length;
        for (uint256 i = 0; free >> i != 0; ++i) {
            if (free & (uint256(1) << i) == 0) continue;
            ValidatorEntry storage e = _validators[i];
            if (block.number < uint256(e.activation) + _attestWindow) continue;
            AccountData storage old = _accounts[e.account];
            if (old.duties != 0) continue;
            if (old.validatorSlot == i + 1) old.validatorSlot = 0;
            _freeSlots = free & ~(uint256(1) << i);
            index = i;
            break;
        }
        if (index == _validators.length) {
            if (index >= _maxValidators) revert ValidatorSetFull(_maxValidators);
            _validators.push();
        }
        _validators[index].account = account;
        a.validatorSlot = uint8(index + 1);
        emit ValidatorAdded(account, uint8(index));
    }

    /// @dev Marks the exiting validator's slot free. The account stays in the slot (and the
    /// account keeps its slot number) until the slot is reused, so that a draw for an older seed
    /// that still weighs it resolves to the right address.
    function _removeValidator(AccountData storage a, address account) private {
        uint256 index = a.validatorSlot - 1;
        _freeSlots |= uint256(1) << index;
        emit ValidatorRemoved(account, uint8(index));
    }

    function _requireMiner(address account) private view returns (AccountData storage a) {
        a = _accounts[account];
        if (a.role != Role.Miner) revert RoleMismatch(a.role, Role.Miner);
        if (a.stake < _minMinerStake) revert StakeBelowMinimum(a.stake, _minMinerStake);
    }

    /// @dev The record of job `jobId`: reverts UnknownJob unless the id is this contract's and the
    /// record holds that generation now (an ended job whose record a newer job took is unknown).
    function _job(bytes32 jobId) private view returns (JobData storage j) {
        uint256 id = uint256(jobId);
        j = _jobs[uint32(id >> 32)];
        if (id >> 64 != _jobDomain || uint32(id) != j.generation || uint32(id) == 0) revert UnknownJob(jobId);
    }

    /// @dev A job in a voting round: Committed (round one) or Escalated (round two).
    function _committedJob(bytes32 jobId) private view returns (JobData storage j) {
        j = _job(jobId);
        JobStatus s = j.status;
        if (s != JobStatus.Committed && s != JobStatus.Escalated) revert WrongStatus(jobId, s);
    }

    /// @dev The miner that last claimed or released the job (zero if none did): a claim of an
    /// earlier job on the record is stale.
    function _holder(JobData storage j) private view returns (address) {
        return j.claimGeneration == j.generation ? j.miner : address(0);
    }

    /// @dev The current round's tag in the verdict commitments: 2 x generation, + 1 in round two.
    function _tag(JobData storage j) private view returns (uint256) {
        return uint256(j.generation) * 2 + (j.status == JobStatus.Escalated ? 1 : 0);
    }

    /// @dev An ended (settled or cancelled) job's record becomes the next one a job takes, until
    /// its generation is the last.
    function _end(JobData storage j, bytes32 jobId) private {
        if (j.generation == MAX_GENERATION) return;
        j.nextFree = _freeRecord;
        _freeRecord = uint32(uint256(jobId) >> 32) + 1;
    }

    /// @dev The seed of a job whose seed block is `seedBlock`: field 13 (mixHash = prevrandao) of
    /// `header`, which must hash to the block's hash (BLOCKHASH within 256 blocks, the EIP-2935
    /// history contract up to 8191). Reverts before the block exists, once its hash is out of
    /// range, and for a zero prevrandao (a chain without one).
    function _headerSeed(uint64 seedBlock, bytes calldata header) private view returns (bytes32 seed) {
        if (block.number <= seedBlock) revert SeedNotReady(seedBlock);
        bytes32 blockHash = Blockhash.blockHash(seedBlock);
        if (blockHash == bytes32(0)) revert SeedUnavailable(seedBlock);
        bytes32 headerHash = keccak256(header);
        if (headerHash != blockHash) revert HeaderMismatch(seedBlock, blockHash, headerHash);
        bool ok;
        (ok, seed) = PolSpec.headerMixHash(header);
        if (!ok) revert MalformedHeader();
        if (seed == bytes32(0)) revert SeedUnavailable(seedBlock);
    }

    /// @dev The current round's seed block: seedDelay after the commit, or after the escalation.
    function _seedBlock(JobData storage j) private view returns (uint256) {
        return uint256(j.status == JobStatus.Escalated ? j.escalatedAt : j.commitBlock) + _seedDelay;
    }

    /// @dev The current round's last block for verdict commitments: attestWindow blocks after its
    /// seed block, later by as many blocks as its draw came late (drawLag, 0 until drawn).
    function _commitEnd(JobData storage j) private view returns (uint256) {
        return _seedBlock(j) + _attestWindow + j.drawLag;
    }

    /// @dev The current round's draw: round one's C members, or round two's min(2C + 1, 8) from the
    /// validators not on round one.
    function _draw(JobData storage j, bytes32 jobId, bytes calldata header)
        private
        view
        returns (uint64 committee, uint256 count, bytes32 seed)
    {
        uint256 seedBlock = _seedBlock(j);
        seed = _headerSeed(uint64(seedBlock), header);
        uint256 size = _committeeSize;
        uint256 picked;
        if (j.status == JobStatus.Escalated) {
            size = 2 * size + 1 > MAX_COMMITTEE ? MAX_COMMITTEE : 2 * size + 1;
            uint64 first = j.firstCommittee;
            for (uint256 m = 0; m < MAX_COMMITTEE; ++m) {
                uint256 b = (first >> (8 * m)) & 0xff;
                if (b == 0) break;
                picked |= uint256(1) << (b - 1);
            }
        }
        (committee, count) = _drawIndices(jobId, seed, uint64(seedBlock), size, picked, j.modelId);
        if (count == 0) revert NotEnoughValidators(0, uint8(size));
    }

    /// @dev Spec committee draw over the validator list: draws r = 0, 1, ... pick the entry whose
    /// cumulative-weight interval holds the draw point; repeats are skipped; stop after `size`
    /// distinct members or 4·size draws. The entries set in `picked` (round one's members) and the
    /// validators of other models than the job's weigh nothing. Returns the packed list indices
    /// (+1) and the member count.
    function _drawIndices(bytes32 jobId, bytes32 seed, uint64 seedBlock, uint256 size, uint256 picked, uint256 modelId)
        private
        view
        returns (uint64 committee, uint256 count)
    {
        uint256 len = _validators.length;
        uint256[] memory cumulative = new uint256[](len);
        uint256 total;
        for (uint256 i = 0; i < len; ++i) {
            ValidatorEntry storage e = _validators[i];
            uint256 serves = e.modelId;
            if (picked & (uint256(1) << i) == 0 && (serves == 0 || serves == modelId)) {
                total += _weightAt(e, seedBlock);
            }
            cumulative[i] = total;
        }
        if (total == 0) revert NotEnoughValidators(0, uint8(size));
        for (uint32 r = 0; r < 4 * size && count < size; ++r) {
            uint256 x = PolSpec.drawPoint(seed, jobId, r, total);
            uint256 i = 0;
            while (cumulative[i] <= x) ++i;
            if (picked & (uint256(1) << i) != 0) continue;
            picked |= uint256(1) << i;
            committee |= uint64((i + 1) << (8 * count));
            ++count;
        }
    }

    /// @dev Index of `account` in the packed committee; reverts NotCommitteeMember when absent.
    function _memberOf(uint64 committee, address account) private view returns (uint256 m) {
        uint256 slot = _accounts[account].validatorSlot;
        for (m = 0; m < MAX_COMMITTEE; ++m) {
            uint256 b = (committee >> (8 * m)) & 0xff;
            if (b == 0) break;
            if (b == slot) return m;
        }
        revert NotCommitteeMember(account);
    }

    /// @dev The stored half of member m's verdict commitment: tag (8 bits) and its high 120 bits.
    function _commitmentOf(JobData storage j, uint256 m) private view returns (uint256) {
        return uint128(uint256(j.commitments[m >> 1]) >> (m & 1 == 0 ? 128 : 0));
    }

    function _committeeLength(uint64 committee) private pure returns (uint256 len) {
        while (len < MAX_COMMITTEE && (committee >> (8 * len)) & 0xff != 0) ++len;
    }

    function _tally(uint64 committee, uint16 verdicts) private pure returns (Tally memory t) {
        t.size = _committeeLength(committee);
        for (uint256 m = 0; m < t.size; ++m) {
            uint256 v = (verdicts >> (2 * m)) & 3;
            if (v == PASS) ++t.pass;
            else if (v == FAIL) ++t.fail;
            else if (v == NO_REVEAL) ++t.noReveal;
        }
    }

    /// @dev One vote per drawn member; a decided outcome needs at least two votes (a committee of
    /// one never decides). Round one slashes only when its Fail majority has no Pass vote against
    /// it; settle escalates any other round one with a Fail vote. Round two passes on a strict
    /// majority and slashes on more than two thirds of its members, overruling a Pass minority.
    function _outcome(Tally memory t, bool roundTwo) private pure returns (JobStatus) {
        if (t.pass * 2 > t.size && t.pass >= 2) return JobStatus.Passed;
        if (t.fail >= 2 && (roundTwo ? t.fail * 3 > t.size * 2 : t.fail * 2 > t.size && t.pass == 0)) {
            return JobStatus.Failed;
        }
        if ((t.fail + t.noReveal) * 2 > t.size) return JobStatus.Unserved;
        return JobStatus.Inconclusive;
    }

    /// @dev Keeps round one (its members keep their duties until the final settlement) and opens
    /// round two: a fresh committee drawn from the seed block seedDelay blocks from now.
    function _escalate(JobData storage j, bytes32 jobId, uint64 committee, uint16 verdicts) private {
        j.escalatedAt = uint40(block.number);
        j.firstCommittee = committee;
        j.firstVerdicts = verdicts;
        j.committee = 0;
        j.verdicts = 0;
        j.drawLag = 0;
        j.status = JobStatus.Escalated;
        emit JobEscalated(jobId, uint64(block.number) + _seedDelay);
    }

    /// @dev Clears each member's duty, credits `voterReward` to the members that revealed the decided
    /// verdict and penalizes absent members and those overruled: Fail voters of a passed job, Pass
    /// voters of a failed one (only round two can fail over a Pass vote), never a NoReveal voter.
    /// Returns the total penalties (to be burned).
    function _payCommittee(bytes32 jobId, uint64 committee, uint16 verdicts, JobStatus outcome, uint256 voterReward)
        private
        returns (uint256 penalties)
    {
        // The verdict paid and the verdict penalized besides absence; 4 (no verdict) when undecided.
        uint256 won = outcome == JobStatus.Passed ? PASS : outcome == JobStatus.Failed ? FAIL : 4;
        uint256 lost = won == PASS ? FAIL : won == FAIL ? PASS : 4;
        for (uint256 m = 0; m < MAX_COMMITTEE; ++m) {
            uint256 b = (committee >> (8 * m)) & 0xff;
            if (b == 0) break;
            address v = _validators[b - 1].account;
            AccountData storage a = _accounts[v];
            a.duties -= 1;
            uint256 verdict = (verdicts >> (2 * m)) & 3;
            if (verdict == won) {
                if (voterReward != 0) a.owed += uint96(voterReward);
            } else if (verdict == 0 || verdict == lost) {
                penalties += _penalize(a, v, jobId);
            }
        }
    }

    /// @dev Takes absentPenaltyBps of a member's stake plus unbonding, from its stake first.
    function _penalize(AccountData storage a, address v, bytes32 jobId) private returns (uint256 penalty) {
        uint256 bonded = a.stake;
        uint256 unbonding = a.unbonding;
        penalty = (bonded + unbonding) * _absentPenaltyBps / BPS;
        if (penalty == 0) return 0;
        if (penalty <= bonded) {
            bonded -= penalty;
        } else {
            a.unbonding = uint96(unbonding - (penalty - bonded));
            bonded = 0;
        }
        a.stake = uint96(bonded);
        emit Slashed(v, jobId, penalty, bonded);
    }
}
