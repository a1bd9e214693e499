// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {Vm} from "./utils/Vm.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";

/// @notice Every state change emits its event with the exact arguments (the daemons are driven by
/// them). Each `vm.expectEmit(address(pol))` checks all topics and data of the next event.
contract EventsTest is Fixture {
    function test_RegistryEvents() public {
        IProofOfLogits.Thresholds memory t = thresholds(1);
        vm.expectEmit(address(pol));
        emit IProofOfLogits.ModelRegistered(modelId + 1, bytes32(uint256(5)), one(t));
        pol.registerModel(bytes32(uint256(5)), one(t));

        vm.expectEmit(address(pol));
        emit IProofOfLogits.ThresholdsUpdated(modelId, one(thresholds(2)), uint64(block.timestamp + 1 hours));
        pol.updateThresholds(modelId, one(thresholds(2)));

        uint64 at = uint64(block.timestamp + 7);
        vm.expectEmit(address(pol));
        emit IProofOfLogits.ModelRetired(modelId, at);
        pol.retireModel(modelId, at);

        uint256 pool = pol.rewardPool();
        vm.expectEmit(address(pol));
        emit IProofOfLogits.RewardsFunded(address(this), 3, pool + 3);
        pol.fundRewards{value: 3}();
    }

    function test_StakingEvents() public {
        address v = address(0x4001);
        vm.deal(v, 3 ether);
        vm.expectEmit(address(pol));
        emit IProofOfLogits.ValidatorAdded(v, 5);
        vm.expectEmit(address(pol));
        emit IProofOfLogits.Staked(v, IProofOfLogits.Role.Validator, 2 ether, 2 ether);
        vm.prank(v);
        pol.stake{value: 2 ether}(IProofOfLogits.Role.Validator, 0);

        vm.roll(block.number + STAKE_SPACING);
        uint64 readyAt = uint64(block.timestamp + 1 days);
        vm.expectEmit(address(pol));
        emit IProofOfLogits.ValidatorRemoved(v, 5);
        vm.expectEmit(address(pol));
        emit IProofOfLogits.UnbondRequested(v, 2 ether, 0, readyAt);
        vm.prank(v);
        pol.requestUnbond(2 ether);

        vm.warp(readyAt);
        vm.roll(block.number + STAKE_SPACING);
        vm.expectEmit(address(pol));
        emit IProofOfLogits.Withdrawn(v, 2 ether);
        vm.prank(v);
        pol.withdraw();
    }

    function test_JobEvents() public {
        IProofOfLogits.Sampler memory s = sampler();
        uint64 deadline = uint64(block.timestamp + 1 hours);
        bytes32 jobId = pol.nextJobId();
        vm.expectEmit(address(pol));
        emit IProofOfLogits.JobSubmitted(jobId, REQUESTER, modelId, 1, keccak256("prompt"), 256, s, deadline, FEE);
        vm.prank(REQUESTER);
        pol.submitJob{value: FEE}(modelId, 1, keccak256("prompt"), 256, s, deadline);

        vm.expectEmit(address(pol));
        emit IProofOfLogits.JobClaimed(jobId, MINER, uint64(block.timestamp + 600));
        claimAs(MINER, jobId);

        bytes32 root = keccak256(abi.encode("root", jobId));
        vm.expectEmit(address(pol));
        emit IProofOfLogits.JobCommitted(
            jobId, MINER, root, N, keccak256("tokens"), uint64(block.number + 2), outputOf(N)
        );
        commitAs(MINER, jobId);

        vm.roll(block.number + 3);
        address[] memory members = preview(jobId);
        bytes memory header = headerOf(jobId);
        vm.expectEmit(address(pol));
        emit IProofOfLogits.CommitteeDrawn(jobId, mixOf(jobId), members);
        pol.drawCommittee(jobId, header);

        // Member 0 stays silent (absent), the others reveal Fail: a Fail majority without a Pass vote.
        IProofOfLogits.Verdict fail = IProofOfLogits.Verdict.Fail;
        for (uint256 m = 1; m < members.length; ++m) {
            vm.expectEmit(address(pol));
            emit IProofOfLogits.VerdictCommitted(jobId, members[m]);
            commitVerdictAs(members[m], jobId, fail);
        }
        rollToReveal(jobId);
        for (uint256 m = 1; m < members.length; ++m) {
            vm.expectEmit(address(pol));
            emit IProofOfLogits.Attested(jobId, members[m], fail, evidenceOf(members[m]));
            revealAs(members[m], jobId, fail);
        }

        rollPastReveal(jobId);
        uint256 absentStake = stakeOf(members[0]);
        uint256 share = FEE * 1000 / 10_000 / 2;
        uint256 penalty = absentStake / 100;
        uint256 burnedBefore = pol.burned();
        vm.expectEmit(address(pol));
        emit IProofOfLogits.Slashed(MINER, jobId, COLLATERAL, MINER_STAKE - COLLATERAL);
        vm.expectEmit(address(pol));
        emit IProofOfLogits.Slashed(members[0], jobId, penalty, absentStake - penalty);
        vm.expectEmit(address(pol));
        emit IProofOfLogits.JobSettled(jobId, IProofOfLogits.JobStatus.Failed, 0, share, COLLATERAL, FEE);
        pol.settle(jobId);
        assertEq(pol.burned() - burnedBefore, COLLATERAL - 2 * share + penalty, "burned: slash rest and penalty");
    }

    /// @notice The output tokens reach validators only through JobCommitted: its data ends with the
    /// exact bytes the miner passed (big-endian uint32 per token), which the contract does not store.
    function test_CommitEventCarriesOutput() public {
        assertTrue(keccak256(outputOf(3)) == keccak256(hex"000030390001ecea0001581b"), "outputOf: big-endian tokenAt");
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        bytes memory output = hex"0000000000000001010203040002517fffffffff";
        vm.recordLogs();
        vm.prank(MINER);
        pol.commit(jobId, keccak256("r"), 5, keccak256("t"), output);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1, "one log");
        assertEq(logs[0].emitter, address(pol), "emitter");
        assertEq(logs[0].topics[0], IProofOfLogits.JobCommitted.selector, "topic 0");
        assertEq(logs[0].topics[1], jobId, "topic 1");
        (bytes32 root, uint32 n, bytes32 tokensHash, uint64 seedBlock, bytes memory got) =
            abi.decode(logs[0].data, (bytes32, uint32, bytes32, uint64, bytes));
        assertEq(root, keccak256("r"), "root");
        assertEq(n, 5, "n");
        assertEq(tokensHash, keccak256("t"), "tokensHash");
        assertEq(seedBlock, block.number + 2, "seedBlock");
        assertEq(got.length, 20, "output length");
        assertEq(keccak256(got), keccak256(output), "output bytes");
    }

    function test_CancelEvent() public {
        bytes32 jobId = submit();
        vm.expectEmit(address(pol));
        emit IProofOfLogits.JobCancelled(jobId, FEE);
        vm.prank(REQUESTER);
        pol.cancelJob(jobId);
    }
}
