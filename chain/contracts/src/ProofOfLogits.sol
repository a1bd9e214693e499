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

    /// @dev A job in four storage slots; field order is the slot packing.
    struct JobData {
        // slot 0: written at submit
        address requester;
        uint96 fee;
        // slot 1: written at claim / commit
        address miner;
        uint40 claimExpiry;
        uint40 commitBlock;
        // slot 2: written at submit, updated at every step
        uint40 deadline;
        uint32 modelId;
        uint32 thresholdsVersion;
        uint32 maxTokens;
        uint32 n;
        uint64 committee; // byte m = validator list index + 1 of member m; 0 = no member
        uint16 verdicts; // bits 2m..2m+1 = Verdict of member m
        JobStatus status;
        // slot 3: written at commit
        bytes32 root;
    }

    /// @dev An account in two slots. Amounts are uint96: every amount is bounded by the ether the
    /// contract holds, and the whole ether supply is far below 2^96 wei, so the narrowing casts
    /// below cannot truncate.
    struct AccountData {
        uint96 stake;
        uint96 owed;
        uint32 pending;
        Role role;
        uint8 validatorSlot; // validator list index + 1; 0 = not listed
        uint96 unbonding;
        uint64 unbondReadyAt;
    }

    /// @dev One validator list slot. The draw reads only the first storage slot of each entry: the
    /// draw weight as of any recent block is `previous` before `activation` and `current` from it.
    /// Weights change only by the occupant's own stake calls (join, top-up, unbond), take effect
    /// the block after the call and at most once per attest window, so the weights seen by a
    /// job's draw are those of its seed block whatever happens after the seed is known. Slashes
    /// lower the account stake (the vote weight) but not the draw weight until the next change.
    struct ValidatorEntry {
        uint96 current;
        uint96 previous;
        uint64 activation;
        address account; // kept after an exit so that draws for older seeds still resolve
    }

    uint16 private constant BPS = 10_000;
    /// @dev EIP-2935 serves this many past block hashes.
    uint32 private constant HISTORY_WINDOW = 8191;
    uint8 private constant MAX_COMMITTEE = 8;

    address public immutable owner;

    uint96 private immutable _minMinerStake;
    uint96 private immutable _minValidatorStake;
    uint64 private immutable _unbondingDelay;
    uint64 private immutable _claimTimeout;
    uint32 private immutable _seedDelay;
    uint32 private immutable _attestWindow;
    uint8 private immutable _committeeSize;
    uint8 private immutable _challenges;
    uint8 private immutable _maxValidators;
    uint16 private immutable _validatorCutBps;
    uint16 private immutable _minerSlashBps;
    uint16 private immutable _slashRewardBps;
    uint16 private immutable _absentPenaltyBps;
    uint96 private immutable _rewardPerToken;

    uint256 public rewardPool;
    /// @dev jobNonce() + 1: starting at 1 makes the first submit rewrite a nonzero slot.
    uint256 private _nonceNext = 1;
    uint32 private _modelCount;

    mapping(uint32 modelId => Model) private _models;
    mapping(uint32 modelId => mapping(uint32 version => Thresholds)) private _thresholds;
    mapping(address account => AccountData) private _accounts;
    mapping(bytes32 jobId => JobData) private _jobs;

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
            p.minMinerStake == 0 || p.minValidatorStake == 0 || p.seedDelay == 0 || p.attestWindow == 0
                || p.attestWindow > HISTORY_WINDOW || p.committeeSize < 2 || p.committeeSize > MAX_COMMITTEE
                || p.challengesPerValidator == 0 || p.maxValidators < p.committeeSize || p.maxValidators == 255
                || p.validatorCutBps > BPS || p.minerSlashBps > BPS || p.slashRewardBps > BPS
                || p.absentPenaltyBps > BPS
        ) revert InvalidParams();
        owner = msg.sender;
        _minMinerStake = p.minMinerStake;
        _minValidatorStake = p.minValidatorStake;
        _unbondingDelay = p.unbondingDelay;
        _claimTimeout = p.claimTimeout;
        _seedDelay = p.seedDelay;
        _attestWindow = p.attestWindow;
        _committeeSize = p.committeeSize;
        _challenges = p.challengesPerValidator;
        _maxValidators = p.maxValidators;
        _validatorCutBps = p.validatorCutBps;
        _minerSlashBps = p.minerSlashBps;
        _slashRewardBps = p.slashRewardBps;
        _absentPenaltyBps = p.absentPenaltyBps;
        _rewardPerToken = p.rewardPerToken;
    }

    // ---------------------------------------------------------------- model registry

    /// @inheritdoc IProofOfLogits
    function registerModel(bytes32 weightsHash, Thresholds calldata th) external onlyOwner returns (uint32 modelId) {
        if (th.version != 1) revert BadThresholdsVersion(1, th.version);
        if (th.topK == 0) revert InvalidThresholds();
        modelId = ++_modelCount;
        _models[modelId] = Model({weightsHash: weightsHash, latestVersion: 1, retireAt: 0});
        _thresholds[modelId][1] = th;
        emit ModelRegistered(modelId, weightsHash, th);
    }

    /// @inheritdoc IProofOfLogits
    function updateThresholds(uint32 modelId, Thresholds calldata th) external onlyOwner {
        Model storage m = _model(modelId);
        uint32 next = m.latestVersion + 1;
        if (th.version != next) revert BadThresholdsVersion(next, th.version);
        if (th.topK == 0) revert InvalidThresholds();
        m.latestVersion = next;
        _thresholds[modelId][next] = th;
        emit ThresholdsUpdated(modelId, th);
    }

    /// @inheritdoc IProofOfLogits
    function retireModel(uint32 modelId, uint64 retireAt) external onlyOwner {
        Model storage m = _model(modelId);
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
    function stake(Role role) external payable {
        if (msg.value == 0) revert ZeroValue();
        if (role == Role.None) revert RoleMismatch(Role.None, Role.Miner);
        AccountData storage a = _accounts[msg.sender];
        uint256 newStake = uint256(a.stake) + msg.value;
        if (newStake > type(uint96).max) revert ValueTooLarge(msg.value);
        if (a.role == Role.None) {
            uint256 minimum = _minStake(role);
            if (newStake < minimum) revert StakeBelowMinimum(newStake, minimum);
            a.role = role;
            if (role == Role.Validator) {
                _addValidator(a, msg.sender);
                _setWeight(a.validatorSlot - 1, uint96(newStake));
            }
        } else if (a.role != role) {
            revert RoleMismatch(a.role, role);
        } else if (role == Role.Validator) {
            // A committee member's vote weight is its stake at settlement; no top-up while it votes.
            if (a.pending != 0) revert PendingDuties(a.pending);
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
        if (a.pending != 0) revert PendingDuties(a.pending);
        uint256 current = a.stake;
        if (amount == 0) revert ZeroValue();
        if (amount > current) revert InsufficientStake(current, amount);
        uint256 remaining = current - amount;
        if (remaining != 0 && remaining < _minStake(role)) revert StakeBelowMinimum(remaining, _minStake(role));
        a.stake = uint96(remaining);
        if (role == Role.Validator) {
            _setWeight(a.validatorSlot - 1, uint96(remaining));
            if (remaining == 0) _removeValidator(a, msg.sender);
        }
        if (remaining == 0) a.role = Role.None;
        uint64 readyAt = uint64(block.timestamp) + _unbondingDelay;
        a.unbonding += uint96(amount);
        a.unbondReadyAt = readyAt;
        emit UnbondRequested(msg.sender, amount, remaining, readyAt);
    }

    /// @inheritdoc IProofOfLogits
    function withdraw() external nonReentrant {
        AccountData storage a = _accounts[msg.sender];
        uint256 amount = a.owed;
        uint96 unbonding = a.unbonding;
        bool matured = unbonding != 0 && block.timestamp >= a.unbondReadyAt;
        if (matured) amount += unbonding;
        if (amount == 0) {
            if (unbonding != 0) revert UnbondingNotReady(a.unbondReadyAt);
            revert NothingToWithdraw();
        }
        a.owed = 0;
        if (matured) {
            a.unbonding = 0;
            a.unbondReadyAt = 0;
        }
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed(msg.sender, amount);
    }

    // ---------------------------------------------------------------- jobs

    /// @inheritdoc IProofOfLogits
    function submitJob(uint32 modelId, bytes32 promptHash, uint32 maxTokens, Sampler calldata sampler, uint64 deadline)
        external
        payable
        returns (bytes32 jobId)
    {
        Model storage m = _model(modelId);
        uint64 retireAt = m.retireAt;
        if (retireAt != 0 && block.timestamp >= retireAt) revert ModelIsRetired(modelId, retireAt);
        if (msg.value == 0) revert ZeroValue();
        if (msg.value > type(uint96).max) revert ValueTooLarge(msg.value);
        if (maxTokens == 0) revert InvalidLength(0, 0);
        if (deadline <= block.timestamp || deadline > type(uint40).max) revert DeadlineInPast(deadline);
        uint32 version = m.latestVersion;
        uint256 nonce = _nonceNext++ - 1;
        jobId = PolSpec.jobId(block.chainid, address(this), nonce);
        JobData storage j = _jobs[jobId];
        j.requester = msg.sender;
        j.fee = uint96(msg.value);
        j.deadline = uint40(deadline);
        j.modelId = modelId;
        j.thresholdsVersion = version;
        j.maxTokens = maxTokens;
        j.status = JobStatus.Open;
        emit JobSubmitted(jobId, msg.sender, modelId, version, promptHash, maxTokens, sampler, deadline, msg.value);
    }

    /// @inheritdoc IProofOfLogits
    function cancelJob(bytes32 jobId) external {
        JobData storage j = _jobs[jobId];
        JobStatus s = j.status;
        if (s != JobStatus.Open && s != JobStatus.Claimed) revert WrongStatus(jobId, s);
        bool expired = block.timestamp > j.deadline;
        bool claimLive = s == JobStatus.Claimed && block.timestamp <= j.claimExpiry;
        if (!expired && (msg.sender != j.requester || claimLive)) revert NotCancellable(jobId);
        j.status = JobStatus.Cancelled;
        uint96 fee = j.fee;
        _accounts[j.requester].owed += fee;
        emit JobCancelled(jobId, fee);
    }

    /// @inheritdoc IProofOfLogits
    function claimJob(bytes32 jobId) external {
        JobData storage j = _jobs[jobId];
        _checkCommittable(j, jobId);
        _requireMiner(msg.sender);
        uint256 expiry = block.timestamp + _claimTimeout;
        if (expiry > j.deadline) expiry = j.deadline;
        j.miner = msg.sender;
        j.claimExpiry = uint40(expiry);
        j.status = JobStatus.Claimed;
        emit JobClaimed(jobId, msg.sender, uint64(expiry));
    }

    /// @inheritdoc IProofOfLogits
    function commit(bytes32 jobId, bytes32 root, uint32 n, bytes32 tokensHash) external {
        JobData storage j = _jobs[jobId];
        _checkCommittable(j, jobId);
        if (n == 0 || n > j.maxTokens) revert InvalidLength(n, j.maxTokens);
        AccountData storage a = _requireMiner(msg.sender);
        a.pending += 1;
        j.miner = msg.sender;
        j.claimExpiry = 0;
        j.commitBlock = uint40(block.number);
        j.n = n;
        j.status = JobStatus.Committed;
        j.root = root;
        emit JobCommitted(jobId, msg.sender, root, n, tokensHash, uint64(block.number) + _seedDelay);
    }

    /// @inheritdoc IProofOfLogits
    function drawCommittee(bytes32 jobId) external {
        JobData storage j = _committedJob(jobId);
        if (j.committee != 0) revert CommitteeAlreadyDrawn(jobId);
        (bytes32 seed, uint64 seedBlock) = _seed(j);
        if (block.number > uint256(seedBlock) + _attestWindow) revert AttestWindowClosed(seedBlock + _attestWindow);
        _draw(j, jobId, seed, seedBlock);
    }

    /// @inheritdoc IProofOfLogits
    function attest(bytes32 jobId, Verdict verdict, uint32[] calldata positions, bytes32 evidenceHash) external {
        if (verdict == Verdict.None) revert InvalidVerdict();
        JobData storage j = _committedJob(jobId);
        (bytes32 seed, uint64 seedBlock) = _seed(j);
        if (block.number > uint256(seedBlock) + _attestWindow) revert AttestWindowClosed(seedBlock + _attestWindow);
        uint64 committee = j.committee;
        if (committee == 0) committee = _draw(j, jobId, seed, seedBlock);

        uint8 slot = _accounts[msg.sender].validatorSlot;
        uint256 m = _memberIndex(committee, slot);
        if (slot == 0 || m == MAX_COMMITTEE) revert NotCommitteeMember(msg.sender);
        uint16 verdicts = j.verdicts;
        if ((verdicts >> (2 * m)) & 3 != 0) revert AlreadyAttested(msg.sender);

        _checkPositions(seed, jobId, j.n, positions);
        j.verdicts = verdicts | uint16(uint256(uint8(verdict)) << (2 * m));
        emit Attested(jobId, msg.sender, verdict, evidenceHash);
    }

    /// @inheritdoc IProofOfLogits
    function settle(bytes32 jobId) external {
        JobData storage j = _committedJob(jobId);
        uint256 lastBlock = uint256(j.commitBlock) + _seedDelay + _attestWindow;
        if (block.number <= lastBlock) revert AttestWindowOpen(uint64(lastBlock));

        address miner = j.miner;
        AccountData storage ma = _accounts[miner];
        ma.pending -= 1;
        uint64 committee = j.committee;
        Tally memory t;
        if (committee != 0) t = _tally(committee, j.verdicts);

        JobStatus outcome = JobStatus.Inconclusive;
        if (t.passWeight * 2 > t.totalWeight) outcome = JobStatus.Passed;
        else if (t.againstWeight * 2 > t.totalWeight && t.againstCount >= 2) outcome = JobStatus.Failed;
        j.status = outcome;

        uint256 fee = j.fee;
        uint256 minerPayout;
        uint256 voterReward;
        uint256 minerSlash;
        uint256 refund;
        uint256 pool = rewardPool;
        if (outcome == JobStatus.Passed) {
            voterReward = (fee * _validatorCutBps / BPS) / t.passCount;
            uint256 reward = uint256(_rewardPerToken) * j.n;
            if (reward > pool) reward = pool;
            pool -= reward;
            minerPayout = fee - voterReward * t.passCount + reward;
            ma.owed += uint96(minerPayout);
        } else {
            refund = fee;
            _accounts[j.requester].owed += uint96(fee);
            if (outcome == JobStatus.Failed) {
                minerSlash = uint256(ma.stake) * _minerSlashBps / BPS;
                voterReward = (minerSlash * _slashRewardBps / BPS) / t.againstCount;
                pool += minerSlash - voterReward * t.againstCount;
                ma.stake = uint96(ma.stake - minerSlash);
                emit Slashed(miner, jobId, minerSlash, ma.stake);
            }
        }
        if (committee != 0) pool += _payCommittee(jobId, committee, j.verdicts, outcome, voterReward);
        rewardPool = pool;
        emit JobSettled(jobId, outcome, minerPayout, voterReward, minerSlash, refund);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IProofOfLogits
    function params() external view returns (Params memory) {
        return Params({
            minMinerStake: _minMinerStake,
            minValidatorStake: _minValidatorStake,
            unbondingDelay: _unbondingDelay,
            claimTimeout: _claimTimeout,
            seedDelay: _seedDelay,
            attestWindow: _attestWindow,
            committeeSize: _committeeSize,
            challengesPerValidator: _challenges,
            maxValidators: _maxValidators,
            validatorCutBps: _validatorCutBps,
            minerSlashBps: _minerSlashBps,
            slashRewardBps: _slashRewardBps,
            absentPenaltyBps: _absentPenaltyBps,
            rewardPerToken: _rewardPerToken
        });
    }

    /// @inheritdoc IProofOfLogits
    function jobNonce() external view returns (uint256) {
        return _nonceNext - 1;
    }

    /// @inheritdoc IProofOfLogits
    function jobIdFor(uint256 nonce) external view returns (bytes32) {
        return PolSpec.jobId(block.chainid, address(this), nonce);
    }

    /// @inheritdoc IProofOfLogits
    function getJob(bytes32 jobId) external view returns (Job memory v) {
        JobData storage j = _jobs[jobId];
        if (j.status == JobStatus.None) revert UnknownJob(jobId);
        v.requester = j.requester;
        v.fee = j.fee;
        v.miner = j.miner;
        v.deadline = j.deadline;
        v.claimExpiry = j.claimExpiry;
        v.status = j.status;
        v.modelId = j.modelId;
        v.thresholdsVersion = j.thresholdsVersion;
        v.maxTokens = j.maxTokens;
        v.n = j.n;
        v.commitBlock = j.commitBlock;
        v.root = j.root;
        v.committeeSize = uint8(_committeeLength(j.committee));
    }

    /// @inheritdoc IProofOfLogits
    function getAccount(address account) external view returns (Account memory) {
        AccountData storage a = _accounts[account];
        return Account({
            role: a.role,
            stake: a.stake,
            owed: a.owed,
            pending: a.pending,
            unbonding: a.unbonding,
            unbondReadyAt: a.unbondReadyAt
        });
    }

    /// @inheritdoc IProofOfLogits
    function getModel(uint32 modelId) external view returns (Model memory) {
        return _model(modelId);
    }

    /// @inheritdoc IProofOfLogits
    function getThresholds(uint32 modelId, uint32 version) external view returns (Thresholds memory) {
        Model storage m = _model(modelId);
        if (version == 0 || version > m.latestVersion) revert BadThresholdsVersion(m.latestVersion, version);
        return _thresholds[modelId][version];
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
    function getCommittee(bytes32 jobId) external view returns (address[] memory members, Verdict[] memory verdicts) {
        JobData storage j = _jobs[jobId];
        if (j.status == JobStatus.None) revert UnknownJob(jobId);
        uint64 committee = j.committee;
        uint256 len = _committeeLength(committee);
        members = new address[](len);
        verdicts = new Verdict[](len);
        for (uint256 m = 0; m < len; ++m) {
            members[m] = _validators[((committee >> (8 * m)) & 0xff) - 1].account;
            verdicts[m] = Verdict((j.verdicts >> (2 * m)) & 3);
        }
    }

    /// @inheritdoc IProofOfLogits
    function seedOf(bytes32 jobId) external view returns (bytes32 seed) {
        (seed,) = _seed(_committedJob(jobId));
    }

    /// @inheritdoc IProofOfLogits
    function previewCommittee(bytes32 jobId) external view returns (address[] memory members) {
        JobData storage j = _committedJob(jobId);
        (bytes32 seed, uint64 seedBlock) = _seed(j);
        (uint64 committee, uint256 count) = _drawIndices(jobId, seed, seedBlock);
        members = new address[](count);
        for (uint256 m = 0; m < count; ++m) {
            members[m] = _validators[((committee >> (8 * m)) & 0xff) - 1].account;
        }
    }

    /// @inheritdoc IProofOfLogits
    function challengePositions(bytes32 jobId, address validator) external view returns (uint32[] memory) {
        JobData storage j = _committedJob(jobId);
        (bytes32 seed,) = _seed(j);
        return PolSpec.positions(seed, jobId, validator, j.n, _challenges);
    }

    /// @inheritdoc IProofOfLogits
    function deriveChallengePositions(bytes32 seed, bytes32 jobId, address validator, uint32 n, uint32 k)
        external
        pure
        returns (uint32[] memory)
    {
        if (n == 0) revert InvalidLength(0, 0);
        return PolSpec.positions(seed, jobId, validator, n, k);
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
        JobData storage j = _jobs[jobId];
        if (j.root == bytes32(0)) revert WrongStatus(jobId, j.status);
        return PolSpec.verifyProof(j.root, j.n, index, leaf, proof);
    }

    // ---------------------------------------------------------------- internals

    /// @dev Committee vote totals; weights are the members' account stakes at settlement.
    struct Tally {
        uint256 totalWeight;
        uint256 passWeight;
        uint256 againstWeight;
        uint256 passCount;
        uint256 againstCount;
    }

    function _model(uint32 modelId) private view returns (Model storage m) {
        m = _models[modelId];
        if (m.latestVersion == 0) revert UnknownModel(modelId);
    }

    function _minStake(Role role) private view returns (uint256) {
        return role == Role.Miner ? _minMinerStake : _minValidatorStake;
    }

    /// @dev Draw weight of list entry `e` for a job whose seed block is `seedBlock`.
    function _weightAt(ValidatorEntry storage e, uint256 seedBlock) private view returns (uint256) {
        return seedBlock >= e.activation ? e.current : e.previous;
    }

    /// @dev Schedules a new draw weight for list slot `index` from the next block on. Refused within
    /// an attest window of the previous change: a job still drawable now has its seed block after
    /// that change's activation, so moving `current` into `previous` keeps its weights exact.
    function _setWeight(uint256 index, uint96 weight) private {
        ValidatorEntry storage e = _validators[index];
        uint256 next = uint256(e.activation) + _attestWindow;
        if (e.activation != 0 && block.number < next) revert StakeChangeTooSoon(uint64(next));
        e.previous = e.current;
        e.current = weight;
        e.activation = uint64(block.number + 1);
    }

    /// @dev Gives a new validator the lowest reusable free slot, else a new one at the end. A freed
    /// slot is reusable once its last weight change is an attest window old (no drawable job can
    /// still weigh the old occupant) and the old occupant has no unsettled committee there.
    function _addValidator(AccountData storage a, address account) private {
        uint256 free = _freeSlots;
        uint256 index = _validators.length;
        for (uint256 i = 0; free >> i != 0; ++i) {
            if (free & (uint256(1) << i) == 0) continue;
            ValidatorEntry storage e = _validators[i];
            if (block.number < uint256(e.activation) + _attestWindow) continue;
            AccountData storage old = _accounts[e.account];
            if (old.pending != 0) continue;
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

    /// @dev A job may be claimed or committed by the caller: open, or claimed by the caller, or
    /// held by a lapsed claim; and the deadline has not passed.
    function _checkCommittable(JobData storage j, bytes32 jobId) private view {
        JobStatus s = j.status;
        if (s == JobStatus.Claimed) {
            address holder = j.miner;
            uint40 expiry = j.claimExpiry;
            if (holder != msg.sender && block.timestamp <= expiry) revert ClaimedByOther(holder, expiry);
        } else if (s != JobStatus.Open) {
            if (s == JobStatus.None) revert UnknownJob(jobId);
            revert WrongStatus(jobId, s);
        }
        if (block.timestamp > j.deadline) revert DeadlinePassed(jobId, j.deadline);
    }

    function _committedJob(bytes32 jobId) private view returns (JobData storage j) {
        j = _jobs[jobId];
        JobStatus s = j.status;
        if (s != JobStatus.Committed) {
            if (s == JobStatus.None) revert UnknownJob(jobId);
            revert WrongStatus(jobId, s);
        }
    }

    /// @dev Hash of the seed block (commit block + seedDelay): BLOCKHASH within 256 blocks, the
    /// EIP-2935 history contract up to 8191. Reverts before the block exists or once it is out of range.
    function _seed(JobData storage j) private view returns (bytes32 seed, uint64 seedBlock) {
        seedBlock = uint64(j.commitBlock) + _seedDelay;
        if (block.number <= seedBlock) revert SeedNotReady(seedBlock);
        seed = Blockhash.blockHash(seedBlock);
        if (seed == bytes32(0)) revert SeedUnavailable(seedBlock);
    }

    /// @dev Spec committee draw over the validator list: draws r = 0, 1, ... pick the entry whose
    /// cumulative-stake interval holds the draw point; repeats are skipped; stop after C distinct
    /// members or 4C draws. Returns the packed list indices (+1) and the member count.
    function _drawIndices(bytes32 jobId, bytes32 seed, uint64 seedBlock)
        private
        view
        returns (uint64 committee, uint256 count)
    {
        uint256 len = _validators.length;
        uint256[] memory cumulative = new uint256[](len);
        uint256 total;
        for (uint256 i = 0; i < len; ++i) {
            total += _weightAt(_validators[i], seedBlock);
            cumulative[i] = total;
        }
        if (total == 0) revert NotEnoughValidators(0, _committeeSize);
        uint256 size = _committeeSize;
        uint256 picked;
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

    /// @dev Draws and stores the committee, marks each member's duty pending, emits CommitteeDrawn.
    function _draw(JobData storage j, bytes32 jobId, bytes32 seed, uint64 seedBlock)
        private
        returns (uint64 committee)
    {
        uint256 count;
        (committee, count) = _drawIndices(jobId, seed, seedBlock);
        address[] memory members = new address[](count);
        for (uint256 m = 0; m < count; ++m) {
            address v = _validators[((committee >> (8 * m)) & 0xff) - 1].account;
            members[m] = v;
            _accounts[v].pending += 1;
        }
        j.committee = committee;
        emit CommitteeDrawn(jobId, seed, members);
    }

    /// @dev Reverts unless `positions` are exactly the caller's spec challenge positions.
    function _checkPositions(bytes32 seed, bytes32 jobId, uint32 n, uint32[] calldata positions) private view {
        uint256 k = _challenges;
        if (positions.length != k) revert WrongPositionCount(k, positions.length);
        for (uint256 i = 0; i < k; ++i) {
            uint32 want = PolSpec.position(seed, jobId, msg.sender, uint32(i), n);
            if (positions[i] != want) revert WrongPositions(i, want, positions[i]);
        }
    }

    /// @dev Position of list slot `slot` (index + 1) in the packed committee; MAX_COMMITTEE if absent.
    function _memberIndex(uint64 committee, uint8 slot) private pure returns (uint256) {
        for (uint256 m = 0; m < MAX_COMMITTEE; ++m) {
            uint256 b = (committee >> (8 * m)) & 0xff;
            if (b == 0) break;
            if (b == slot) return m;
        }
        return MAX_COMMITTEE;
    }

    function _committeeLength(uint64 committee) private pure returns (uint256 len) {
        while (len < MAX_COMMITTEE && (committee >> (8 * len)) & 0xff != 0) ++len;
    }

    function _tally(uint64 committee, uint16 verdicts) private view returns (Tally memory t) {
        for (uint256 m = 0; m < MAX_COMMITTEE; ++m) {
            uint256 b = (committee >> (8 * m)) & 0xff;
            if (b == 0) break;
            uint256 w = _accounts[_validators[b - 1].account].stake;
            t.totalWeight += w;
            uint256 v = (verdicts >> (2 * m)) & 3;
            if (v == uint256(uint8(Verdict.Pass))) {
                t.passWeight += w;
                ++t.passCount;
            } else if (v != 0) {
                t.againstWeight += w;
                ++t.againstCount;
            }
        }
    }

    /// @dev Clears each member's pending duty, credits `voterReward` to the majority voters and
    /// slashes minority (decided outcomes) and absent members. Returns the total slashed.
    function _payCommittee(bytes32 jobId, uint64 committee, uint16 verdicts, JobStatus outcome, uint256 voterReward)
        private
        returns (uint256 penalties)
    {
        for (uint256 m = 0; m < MAX_COMMITTEE; ++m) {
            uint256 b = (committee >> (8 * m)) & 0xff;
            if (b == 0) break;
            address v = _validators[b - 1].account;
            AccountData storage a = _accounts[v];
            a.pending -= 1;
            uint256 verdict = (verdicts >> (2 * m)) & 3;
            bool majority = (outcome == JobStatus.Passed && verdict == uint256(uint8(Verdict.Pass)))
                || (outcome == JobStatus.Failed && verdict > uint256(uint8(Verdict.Pass)));
            if (majority) {
                if (voterReward != 0) a.owed += uint96(voterReward);
            } else if (verdict == 0 || outcome != JobStatus.Inconclusive) {
                uint256 penalty = uint256(a.stake) * _absentPenaltyBps / BPS;
                if (penalty != 0) {
                    a.stake = uint96(a.stake - penalty);
                    penalties += penalty;
                    emit Slashed(v, jobId, penalty, a.stake);
                }
            }
        }
    }
}
