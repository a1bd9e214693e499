// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TestBase} from "./TestBase.sol";
import {BlockHeaders} from "./Rlp.sol";
import {IProofOfLogits} from "../../src/IProofOfLogits.sol";

/// @notice A deployed contract with one registered model, two staked miners and five staked
/// validators, plus helpers that walk a job through its life cycle: submit, claim, commit, draw
/// (with an RLP header of the seed block), commit and reveal verdicts, settle.
abstract contract Fixture is TestBase {
    IProofOfLogits internal pol;
    uint32 internal modelId;

    address internal constant REQUESTER = address(0x1001);
    address internal constant MINER = address(0x2001);
    address internal constant MINER2 = address(0x2002);
    address internal constant OUTSIDER = address(0x9999);
    address[] internal validators;

    uint256 internal constant FEE = 1 ether;
    uint32 internal constant N = 100;
    uint32 internal constant MAX_TOKENS = 256;
    uint256 internal constant MULTIPLIER = 16;
    uint256 internal constant COLLATERAL = FEE * MULTIPLIER;
    uint256 internal constant MINER_STAKE = 40 ether;
    uint256 internal constant SEED_DELAY = 2;
    uint256 internal constant ATTEST_WINDOW = 20;
    uint256 internal constant REVEAL_WINDOW = 20;
    /// @dev Blocks between a validator's stake changes (and from a change until it weighs in a draw
    /// for seed blocks after it): attestWindow + seedDelay + 1.
    uint256 internal constant STAKE_SPACING = ATTEST_WINDOW + SEED_DELAY + 1;

    function defaultParams() internal pure returns (IProofOfLogits.Params memory) {
        return IProofOfLogits.Params({
            minMinerStake: 1 ether,
            minValidatorStake: 1 ether,
            minFee: 1 gwei,
            unbondingDelay: 1 days,
            claimTimeout: 600,
            thresholdsDelay: 1 hours,
            seedDelay: uint32(SEED_DELAY),
            attestWindow: uint32(ATTEST_WINDOW),
            revealWindow: uint32(REVEAL_WINDOW),
            committeeSize: 3,
            challenges: 16,
            maxValidators: 16,
            collateralMultiplier: uint16(MULTIPLIER),
            validatorCutBps: 1000,
            absentPenaltyBps: 100,
            rewardPerToken: 1 gwei
        });
    }

    function thresholds(uint32 version) internal pure returns (IProofOfLogits.Thresholds memory) {
        return IProofOfLogits.Thresholds({
            version: version,
            topK: 20,
            maxDeltaNano: 50_000_000,
            maxKLNano: 10_000_000,
            tieMarginNano: 1_000_000,
            profile: 1,
            span: 1 << 21
        });
    }

    function sampler() internal pure returns (IProofOfLogits.Sampler memory) {
        return IProofOfLogits.Sampler({temperatureMilli: 800, topK: 40, topPMilli: 950, seed: keccak256("s")});
    }

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        vm.roll(1000);
        pol = deployPol(defaultParams());
        modelId = pol.registerModel(keccak256("stories260K.gguf"), one(thresholds(1)));
        pol.fundRewards{value: 10 ether}();
        stakeAs(MINER, IProofOfLogits.Role.Miner, MINER_STAKE);
        stakeAs(MINER2, IProofOfLogits.Role.Miner, MINER_STAKE);
        for (uint256 i = 0; i < 5; ++i) {
            address v = address(uint160(0x3001 + i));
            validators.push(v);
            stakeAs(v, IProofOfLogits.Role.Validator, (i + 1) * 1 ether);
        }
        vm.deal(REQUESTER, 1000 ether);
        // Let the validators' draw weights settle (a weight changes at most once per attest window).
        vm.roll(block.number + STAKE_SPACING);
    }

    // ------------------------------------------------ accounts

    function stakeAs(address who, IProofOfLogits.Role role, uint256 amount) internal {
        vm.deal(who, who.balance + amount);
        vm.prank(who);
        pol.stake{value: amount}(role, 0);
    }

    function stakeOf(address who) internal view returns (uint256) {
        return pol.getAccount(who).stake;
    }

    function owedOf(address who) internal view returns (uint256) {
        return pol.getAccount(who).owed;
    }

    // ------------------------------------------------ jobs

    function activeVersion() internal view returns (uint32) {
        return pol.getModel(modelId).activeVersion;
    }

    function submit() internal returns (bytes32) {
        return submitWith(FEE, MAX_TOKENS);
    }

    function submitWith(uint256 fee, uint32 maxTokens) internal returns (bytes32 jobId) {
        uint32 version = activeVersion();
        vm.prank(REQUESTER);
        jobId = pol.submitJob{value: fee}(
            modelId, version, keccak256("prompt"), maxTokens, sampler(), uint64(block.timestamp + 1 hours)
        );
    }

    function claimAs(address miner, bytes32 jobId) internal {
        vm.prank(miner);
        pol.claimJob(jobId);
    }

    function commitAs(address miner, bytes32 jobId) internal {
        vm.prank(miner);
        pol.commit(jobId, keccak256(abi.encode("root", jobId)), N, keccak256("tokens"), outputOf(N));
    }

    function claimAndCommit(address miner, bytes32 jobId) internal {
        claimAs(miner, jobId);
        commitAs(miner, jobId);
    }

    /// @dev A job committed by MINER whose seed block exists (the committee can be drawn from here).
    function committedJob() internal returns (bytes32 jobId) {
        jobId = submit();
        claimAndCommit(MINER, jobId);
        vm.roll(block.number + SEED_DELAY + 1);
    }

    /// @dev The current round's seed block (round two's once the job is escalated).
    function seedBlockOf(bytes32 jobId) internal view returns (uint256) {
        return uint256(pol.getJob(jobId).seedBlock);
    }

    // ------------------------------------------------ the seed block and the draw

    /// @dev The prevrandao the fixture's beacon chain gives a job's seed block.
    function mixOf(bytes32 jobId) internal pure returns (bytes32) {
        return keccak256(abi.encode("prevrandao", jobId));
    }

    /// @dev A header of the job's seed block with prevrandao `mix`, installed as that block's hash.
    function headerOf(bytes32 jobId, bytes32 mix) internal returns (bytes memory header) {
        uint256 seedBlock = seedBlockOf(jobId);
        header = BlockHeaders.withMix(seedBlock, mix);
        vm.setBlockhash(seedBlock, keccak256(header));
    }

    /// @dev The current round's seed block header (round two's beacon value differs from round one's).
    function headerOf(bytes32 jobId) internal returns (bytes memory) {
        bytes32 mix = mixOf(jobId);
        if (statusOf(jobId) == uint256(IProofOfLogits.JobStatus.Escalated)) mix = keccak256(abi.encode(mix, "two"));
        return headerOf(jobId, mix);
    }

    /// @dev The job's challenge set through the contract's view, given round one's seed block header
    /// (the one `draw` installed: prevrandao mixOf(jobId)).
    function challengeOf(bytes32 jobId) internal view returns (uint32[] memory) {
        uint256 seedOne = uint256(pol.getJob(jobId).commitBlock) + SEED_DELAY;
        return pol.challengePositions(jobId, BlockHeaders.withMix(seedOne, mixOf(jobId)));
    }

    /// @dev Settles round one (which must escalate) and draws round two; returns its members.
    function escalate(bytes32 jobId) internal returns (address[] memory members) {
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Escalated), "round one escalates");
        vm.roll(seedBlockOf(jobId) + 1);
        members = draw(jobId);
    }

    /// @dev Every member of `members` votes `verdict` in the current round; the job is settled.
    function voteAllAndSettle(bytes32 jobId, address[] memory members, IProofOfLogits.Verdict verdict) internal {
        IProofOfLogits.Verdict[] memory vs = new IProofOfLogits.Verdict[](members.length);
        for (uint256 m = 0; m < members.length; ++m) {
            vs[m] = verdict;
        }
        vote(jobId, members, vs);
        rollPastReveal(jobId);
        pol.settle(jobId);
    }

    function preview(bytes32 jobId) internal returns (address[] memory) {
        return pol.previewCommittee(jobId, headerOf(jobId));
    }

    function draw(bytes32 jobId) internal returns (address[] memory members) {
        pol.drawCommittee(jobId, headerOf(jobId));
        (members,,) = pol.getCommittee(jobId);
    }

    // ------------------------------------------------ verdicts

    function saltOf(address v, bytes32 jobId) internal pure returns (bytes32) {
        return keccak256(abi.encode("salt", v, jobId));
    }

    function evidenceOf(address v) internal pure returns (bytes32) {
        return keccak256(abi.encode("evidence", v));
    }

    function commitment(address v, bytes32 jobId, IProofOfLogits.Verdict verdict) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(jobId, v, uint8(verdict), saltOf(v, jobId), evidenceOf(v)));
    }

    function commitVerdictAs(address v, bytes32 jobId, IProofOfLogits.Verdict verdict) internal {
        vm.prank(v);
        pol.commitVerdict(jobId, commitment(v, jobId, verdict));
    }

    function revealAs(address v, bytes32 jobId, IProofOfLogits.Verdict verdict) internal {
        vm.prank(v);
        pol.revealVerdict(jobId, verdict, saltOf(v, jobId), evidenceOf(v));
    }

    /// @dev The current round's last commitment block (seedBlock + ATTEST_WINDOW after a timely draw).
    function commitEndOf(bytes32 jobId) internal view returns (uint256) {
        return uint256(pol.getJob(jobId).commitEnd);
    }

    function rollToReveal(bytes32 jobId) internal {
        uint256 first = commitEndOf(jobId) + 1;
        if (block.number < first) vm.roll(first);
    }

    function rollPastReveal(bytes32 jobId) internal {
        vm.roll(commitEndOf(jobId) + REVEAL_WINDOW + 1);
    }

    /// @dev Member m commits verdicts[m] (None: stays silent), then all of them reveal.
    function vote(bytes32 jobId, address[] memory members, IProofOfLogits.Verdict[] memory verdicts) internal {
        for (uint256 m = 0; m < members.length; ++m) {
            if (verdicts[m] != IProofOfLogits.Verdict.None) commitVerdictAs(members[m], jobId, verdicts[m]);
        }
        rollToReveal(jobId);
        for (uint256 m = 0; m < members.length; ++m) {
            if (verdicts[m] != IProofOfLogits.Verdict.None) revealAs(members[m], jobId, verdicts[m]);
        }
    }

    function verdicts3(IProofOfLogits.Verdict a, IProofOfLogits.Verdict b, IProofOfLogits.Verdict c)
        internal
        pure
        returns (IProofOfLogits.Verdict[] memory v)
    {
        v = new IProofOfLogits.Verdict[](3);
        (v[0], v[1], v[2]) = (a, b, c);
    }

    /// @dev Draws the committee, every member votes `verdict`, the job is settled.
    function runJob(bytes32 jobId, IProofOfLogits.Verdict verdict) internal returns (address[] memory members) {
        members = draw(jobId);
        voteAllAndSettle(jobId, members, verdict);
    }

    /// @dev `count` more validators of `each` wei (addresses from `first` on), weighing in draws
    /// once the call returns.
    function addValidators(uint256 count, uint160 first, uint256 each) internal {
        for (uint256 i = 0; i < count; ++i) {
            address v = address(first + uint160(i));
            validators.push(v);
            stakeAs(v, IProofOfLogits.Role.Validator, each);
        }
        vm.roll(block.number + STAKE_SPACING);
    }

    /// @dev runJob for jobs committed in the same block (their windows coincide): draws every
    /// committee, all members vote `verdict`, all jobs are settled.
    function runJobs(bytes32[] memory jobs, IProofOfLogits.Verdict verdict) internal {
        address[][] memory members = new address[][](jobs.length);
        for (uint256 i = 0; i < jobs.length; ++i) {
            members[i] = draw(jobs[i]);
            for (uint256 m = 0; m < members[i].length; ++m) {
                commitVerdictAs(members[i][m], jobs[i], verdict);
            }
        }
        rollToReveal(jobs[0]);
        for (uint256 i = 0; i < jobs.length; ++i) {
            for (uint256 m = 0; m < members[i].length; ++m) {
                revealAs(members[i][m], jobs[i], verdict);
            }
        }
        rollPastReveal(jobs[0]);
        for (uint256 i = 0; i < jobs.length; ++i) {
            pol.settle(jobs[i]);
        }
    }

    function statusOf(bytes32 jobId) internal view returns (uint256) {
        return uint256(pol.getJob(jobId).status);
    }

    /// @dev A staked validator that is not in `members` (the fixture has 5 validators, C = 3).
    function nonMember(address[] memory members) internal view returns (address) {
        for (uint256 i = 0; i < validators.length; ++i) {
            bool found;
            for (uint256 m = 0; m < members.length; ++m) {
                if (members[m] == validators[i]) found = true;
            }
            if (!found) return validators[i];
        }
        revert("every validator is a member");
    }
}
