// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TestBase} from "./TestBase.sol";
import {ProofOfLogits} from "../../src/ProofOfLogits.sol";
import {IProofOfLogits} from "../../src/IProofOfLogits.sol";

/// @notice A deployed contract with one registered model, a staked miner and five staked
/// validators, plus helpers that walk a job through its life cycle.
abstract contract Fixture is TestBase {
    ProofOfLogits internal pol;
    uint32 internal modelId;

    address internal constant REQUESTER = address(0x1001);
    address internal constant MINER = address(0x2001);
    address internal constant MINER2 = address(0x2002);
    address internal constant OUTSIDER = address(0x9999);
    address[] internal validators;

    uint256 internal constant FEE = 1 ether;
    uint32 internal constant N = 100;

    function defaultParams() internal pure returns (IProofOfLogits.Params memory) {
        return IProofOfLogits.Params({
            minMinerStake: 1 ether,
            minValidatorStake: 1 ether,
            unbondingDelay: 1 days,
            claimTimeout: 600,
            seedDelay: 2,
            attestWindow: 20,
            committeeSize: 3,
            challengesPerValidator: 4,
            maxValidators: 16,
            validatorCutBps: 1000,
            minerSlashBps: 5000,
            slashRewardBps: 2000,
            absentPenaltyBps: 100,
            rewardPerToken: 1 gwei
        });
    }

    function thresholds(uint32 version) internal pure returns (IProofOfLogits.Thresholds memory) {
        return IProofOfLogits.Thresholds({
            version: version, topK: 20, maxDeltaNano: 50_000_000, maxKLNano: 10_000_000, tieMarginNano: 1_000_000
        });
    }

    function sampler() internal pure returns (IProofOfLogits.Sampler memory) {
        return IProofOfLogits.Sampler({temperatureMilli: 800, topK: 40, topPMilli: 950, seed: keccak256("s")});
    }

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        vm.roll(1000);
        pol = new ProofOfLogits(defaultParams());
        modelId = pol.registerModel(keccak256("stories260K.gguf"), thresholds(1));
        pol.fundRewards{value: 10 ether}();
        stakeAs(MINER, IProofOfLogits.Role.Miner, 2 ether);
        stakeAs(MINER2, IProofOfLogits.Role.Miner, 2 ether);
        for (uint256 i = 0; i < 5; ++i) {
            address v = address(uint160(0x3001 + i));
            validators.push(v);
            stakeAs(v, IProofOfLogits.Role.Validator, (i + 1) * 1 ether);
        }
        vm.deal(REQUESTER, 100 ether);
        // Let the validators' draw weights settle (a weight changes at most once per attest window).
        vm.roll(block.number + 21);
    }

    function stakeAs(address who, IProofOfLogits.Role role, uint256 amount) internal {
        vm.deal(who, who.balance + amount);
        vm.prank(who);
        pol.stake{value: amount}(role);
    }

    function submit() internal returns (bytes32 jobId) {
        vm.prank(REQUESTER);
        jobId =
            pol.submitJob{value: FEE}(modelId, keccak256("prompt"), 256, sampler(), uint64(block.timestamp + 1 hours));
    }

    function commitAs(address miner, bytes32 jobId) internal {
        vm.prank(miner);
        pol.commit(jobId, keccak256(abi.encode("root", jobId)), N, keccak256("tokens"));
    }

    /// @dev A committed job whose seed block exists (attestations accepted from here).
    function committedJob() internal returns (bytes32 jobId) {
        jobId = submit();
        commitAs(MINER, jobId);
        vm.roll(block.number + 3);
    }

    function positionsOf(bytes32 jobId, address v) internal view returns (uint32[] memory) {
        return pol.challengePositions(jobId, v);
    }

    function attestAs(address v, bytes32 jobId, IProofOfLogits.Verdict verdict) internal {
        uint32[] memory p = positionsOf(jobId, v);
        vm.prank(v);
        pol.attest(jobId, verdict, p, keccak256(abi.encode("evidence", v)));
    }

    function rollPastWindow(bytes32 jobId) internal {
        IProofOfLogits.Job memory j = pol.getJob(jobId);
        vm.roll(uint256(j.commitBlock) + 2 + 20 + 1);
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
