// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";
import {ProofOfLogits} from "../src/ProofOfLogits.sol";

/// @notice Every refused call reverts with its custom error.
contract RevertsTest is Fixture {
    // ------------------------------------------------ the revert paths named in the issue

    function test_RevertCommitByUnstakedCaller() public {
        bytes32 jobId = submit();
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.RoleMismatch.selector, IProofOfLogits.Role.None, IProofOfLogits.Role.Miner
            )
        );
        commitAs(OUTSIDER, jobId);
    }

    function test_RevertCommitByValidator() public {
        bytes32 jobId = submit();
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.RoleMismatch.selector, IProofOfLogits.Role.Validator, IProofOfLogits.Role.Miner
            )
        );
        commitAs(validators[0], jobId);
    }

    function test_RevertDoubleCommit() public {
        bytes32 jobId = submit();
        commitAs(MINER, jobId);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, jobId, IProofOfLogits.JobStatus.Committed)
        );
        commitAs(MINER, jobId);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, jobId, IProofOfLogits.JobStatus.Committed)
        );
        commitAs(MINER2, jobId);
    }

    function test_RevertLateCommit() public {
        bytes32 jobId = submit();
        uint64 deadline = pol.getJob(jobId).deadline;
        vm.warp(uint256(deadline) + 1);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.DeadlinePassed.selector, jobId, deadline));
        commitAs(MINER, jobId);
    }

    function test_RevertAttestByNonCommitteeMember() public {
        bytes32 jobId = committedJob();
        address[] memory members = pol.previewCommittee(jobId);
        address outsider = nonMember(members);
        uint32[] memory p = positionsOf(jobId, outsider);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCommitteeMember.selector, outsider));
        pol.attest(jobId, IProofOfLogits.Verdict.Fail, p, bytes32(0));

        p = positionsOf(jobId, OUTSIDER);
        vm.prank(OUTSIDER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCommitteeMember.selector, OUTSIDER));
        pol.attest(jobId, IProofOfLogits.Verdict.Fail, p, bytes32(0));
    }

    function test_RevertAttestWrongPosition() public {
        bytes32 jobId = committedJob();
        address v = pol.previewCommittee(jobId)[0];
        uint32[] memory p = positionsOf(jobId, v);
        uint32 want = p[2];
        p[2] = (p[2] + 1) % N;
        vm.prank(v);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.WrongPositions.selector, 2, want, p[2]));
        pol.attest(jobId, IProofOfLogits.Verdict.Pass, p, bytes32(0));

        // Another validator's positions are wrong for this one.
        address other = pol.previewCommittee(jobId)[1];
        p = positionsOf(jobId, other);
        vm.prank(v);
        vm.expectRevert();
        pol.attest(jobId, IProofOfLogits.Verdict.Pass, p, bytes32(0));

        uint32[] memory short = new uint32[](3);
        vm.prank(v);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.WrongPositionCount.selector, 4, 3));
        pol.attest(jobId, IProofOfLogits.Verdict.Pass, short, bytes32(0));
    }

    function test_RevertEarlyWithdraw() public {
        vm.prank(MINER);
        pol.requestUnbond(2 ether);
        uint64 readyAt = uint64(block.timestamp + 1 days);
        vm.warp(block.timestamp + 1 days - 1);
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnbondingNotReady.selector, readyAt));
        pol.withdraw();
    }

    function test_RevertWithdrawNothing() public {
        vm.prank(OUTSIDER);
        vm.expectRevert(IProofOfLogits.NothingToWithdraw.selector);
        pol.withdraw();
    }

    function test_RevertUnbondWithPendingJob() public {
        bytes32 jobId = committedJob();
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.PendingDuties.selector, 1));
        pol.requestUnbond(1 ether);

        // Committee members are bound as well once drawn.
        pol.drawCommittee(jobId);
        address v = pol.previewCommittee(jobId)[0];
        vm.prank(v);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.PendingDuties.selector, 1));
        pol.requestUnbond(1 ether);
    }

    function test_RevertTopUpWhileOnCommittee() public {
        bytes32 jobId = committedJob();
        pol.drawCommittee(jobId);
        address v = pol.previewCommittee(jobId)[0];
        vm.deal(v, 1 ether);
        vm.prank(v);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.PendingDuties.selector, 1));
        pol.stake{value: 1 ether}(IProofOfLogits.Role.Validator);
        // Miners may top up while their job is pending.
        stakeAs(MINER, IProofOfLogits.Role.Miner, 1 ether);
    }

    function test_RevertSettleTwice() public {
        bytes32 jobId = committedJob();
        rollPastWindow(jobId);
        pol.settle(jobId);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, jobId, IProofOfLogits.JobStatus.Inconclusive)
        );
        pol.settle(jobId);
    }

    // ------------------------------------------------ timing

    function test_RevertAttestBeforeSeed() public {
        bytes32 jobId = submit();
        commitAs(MINER, jobId);
        uint64 seedBlock = uint64(block.number + 2);
        vm.roll(block.number + 2);
        address v = validators[0];
        uint32[] memory p = new uint32[](4);
        vm.prank(v);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.SeedNotReady.selector, seedBlock));
        pol.attest(jobId, IProofOfLogits.Verdict.Pass, p, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.SeedNotReady.selector, seedBlock));
        pol.previewCommittee(jobId);
    }

    function test_RevertAttestAfterWindow() public {
        bytes32 jobId = committedJob();
        address v = pol.previewCommittee(jobId)[0];
        uint32[] memory p = positionsOf(jobId, v);
        uint64 last = uint64(pol.getJob(jobId).commitBlock) + 22;
        vm.roll(uint256(last) + 1);
        vm.prank(v);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.AttestWindowClosed.selector, last));
        pol.attest(jobId, IProofOfLogits.Verdict.Pass, p, bytes32(0));
    }

    function test_RevertSettleDuringWindow() public {
        bytes32 jobId = committedJob();
        uint64 last = uint64(pol.getJob(jobId).commitBlock) + 22;
        vm.roll(last);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.AttestWindowOpen.selector, last));
        pol.settle(jobId);
    }

    function test_RevertSettleUncommitted() public {
        bytes32 jobId = submit();
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, jobId, IProofOfLogits.JobStatus.Open)
        );
        pol.settle(jobId);
        bytes32 unknown = keccak256("nope");
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownJob.selector, unknown));
        pol.settle(unknown);
    }

    function test_RevertAttestTwice() public {
        bytes32 jobId = committedJob();
        address v = pol.previewCommittee(jobId)[0];
        attestAs(v, jobId, IProofOfLogits.Verdict.Pass);
        uint32[] memory p = positionsOf(jobId, v);
        vm.prank(v);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.AlreadyAttested.selector, v));
        pol.attest(jobId, IProofOfLogits.Verdict.Fail, p, bytes32(0));
    }

    function test_RevertAttestNoneVerdict() public {
        bytes32 jobId = committedJob();
        address v = pol.previewCommittee(jobId)[0];
        uint32[] memory p = positionsOf(jobId, v);
        vm.prank(v);
        vm.expectRevert(IProofOfLogits.InvalidVerdict.selector);
        pol.attest(jobId, IProofOfLogits.Verdict.None, p, bytes32(0));
    }

    /// @dev Without EIP-2935 history (the forge EVM has no history contract) a seed block more than
    /// 256 blocks old has no hash: attest and the draw refuse it, settle refunds without penalties.
    function test_SeedOutOfRange() public {
        IProofOfLogits.Params memory p = defaultParams();
        p.attestWindow = 1000;
        ProofOfLogits wide = new ProofOfLogits(p);
        uint32 mid = wide.registerModel(bytes32(0), thresholds(1));
        vm.deal(MINER, 10 ether);
        vm.prank(address(0x5001));
        vm.deal(address(0x5001), 2 ether);
        wide.stake{value: 2 ether}(IProofOfLogits.Role.Miner);
        for (uint256 i = 0; i < 3; ++i) {
            address v = address(uint160(0x6001 + i));
            vm.deal(v, 1 ether);
            vm.prank(v);
            wide.stake{value: 1 ether}(IProofOfLogits.Role.Validator);
        }
        vm.prank(REQUESTER);
        bytes32 jobId = wide.submitJob{value: FEE}(mid, bytes32(0), 10, sampler(), uint64(block.timestamp + 100));
        vm.prank(address(0x5001));
        wide.commit(jobId, bytes32(uint256(1)), 5, bytes32(0));
        uint64 seedBlock = uint64(block.number + 2);
        vm.roll(uint256(seedBlock) + 257);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.SeedUnavailable.selector, seedBlock));
        wide.drawCommittee(jobId);
        vm.roll(uint256(seedBlock) + 1001);
        wide.settle(jobId);
        assertEq(uint256(wide.getJob(jobId).status), uint256(IProofOfLogits.JobStatus.Inconclusive), "outcome");
        assertEq(wide.getAccount(REQUESTER).owed, FEE, "refund");
    }

    // ------------------------------------------------ jobs

    function test_RevertClaimedByOther() public {
        bytes32 jobId = submit();
        vm.prank(MINER);
        pol.claimJob(jobId);
        uint64 expiry = pol.getJob(jobId).claimExpiry;
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.ClaimedByOther.selector, MINER, expiry));
        commitAs(MINER2, jobId);
        vm.prank(MINER2);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.ClaimedByOther.selector, MINER, expiry));
        pol.claimJob(jobId);
        vm.prank(REQUESTER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCancellable.selector, jobId));
        pol.cancelJob(jobId);
    }

    function test_RevertCancelByStrangerBeforeDeadline() public {
        bytes32 jobId = submit();
        vm.prank(OUTSIDER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCancellable.selector, jobId));
        pol.cancelJob(jobId);
    }

    function test_RevertCancelCommitted() public {
        bytes32 jobId = submit();
        commitAs(MINER, jobId);
        vm.warp(block.timestamp + 2 hours);
        vm.prank(REQUESTER);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, jobId, IProofOfLogits.JobStatus.Committed)
        );
        pol.cancelJob(jobId);
    }

    function test_RevertCommitBadLength() public {
        bytes32 jobId = submit();
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.InvalidLength.selector, 0, 256));
        pol.commit(jobId, bytes32(0), 0, bytes32(0));
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.InvalidLength.selector, 257, 256));
        pol.commit(jobId, bytes32(0), 257, bytes32(0));
    }

    function test_RevertCommitUnknownJob() public {
        bytes32 jobId = keccak256("unknown");
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownJob.selector, jobId));
        pol.commit(jobId, bytes32(0), 1, bytes32(0));
    }

    function test_RevertCommitBelowMinimumStake() public {
        // Two failed jobs halve the miner's 2 ether twice: 0.5 ether is below the 1 ether minimum.
        for (uint256 round = 0; round < 2; ++round) {
            bytes32 failed = committedJob();
            address[] memory members = pol.previewCommittee(failed);
            for (uint256 m = 0; m < members.length; ++m) {
                attestAs(members[m], failed, IProofOfLogits.Verdict.Fail);
            }
            rollPastWindow(failed);
            pol.settle(failed);
        }
        assertEq(pol.getAccount(MINER).stake, 0.5 ether, "stake after two slashes");
        bytes32 jobId = submit();
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.StakeBelowMinimum.selector, 0.5 ether, 1 ether));
        commitAs(MINER, jobId);
    }

    function test_RevertSubmitChecks() public {
        IProofOfLogits.Sampler memory s = sampler();
        uint64 dl = uint64(block.timestamp + 100);
        vm.startPrank(REQUESTER);
        vm.expectRevert(IProofOfLogits.ZeroValue.selector);
        pol.submitJob(modelId, bytes32(0), 10, s, dl);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownModel.selector, 7));
        pol.submitJob{value: 1}(7, bytes32(0), 10, s, dl);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.InvalidLength.selector, 0, 0));
        pol.submitJob{value: 1}(modelId, bytes32(0), 0, s, dl);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.DeadlineInPast.selector, uint64(block.timestamp)));
        pol.submitJob{value: 1}(modelId, bytes32(0), 10, s, uint64(block.timestamp));
        vm.stopPrank();
    }

    // ------------------------------------------------ staking

    function test_RevertStakeChecks() public {
        vm.deal(OUTSIDER, 10 ether);
        vm.startPrank(OUTSIDER);
        vm.expectRevert(IProofOfLogits.ZeroValue.selector);
        pol.stake(IProofOfLogits.Role.Miner);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.StakeBelowMinimum.selector, 0.5 ether, 1 ether));
        pol.stake{value: 0.5 ether}(IProofOfLogits.Role.Miner);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.RoleMismatch.selector, IProofOfLogits.Role.None, IProofOfLogits.Role.Miner
            )
        );
        pol.stake{value: 1 ether}(IProofOfLogits.Role.None);
        vm.stopPrank();
        vm.deal(MINER, 1 ether);
        vm.prank(MINER);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.RoleMismatch.selector, IProofOfLogits.Role.Miner, IProofOfLogits.Role.Validator
            )
        );
        pol.stake{value: 1 ether}(IProofOfLogits.Role.Validator);
    }

    function test_RevertValidatorSetFull() public {
        for (uint256 i = 0; i < 11; ++i) {
            stakeAs(address(uint160(0x7001 + i)), IProofOfLogits.Role.Validator, 1 ether);
        }
        address late = address(0x8001);
        vm.deal(late, 1 ether);
        vm.prank(late);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.ValidatorSetFull.selector, 16));
        pol.stake{value: 1 ether}(IProofOfLogits.Role.Validator);
    }

    function test_RevertUnbondChecks() public {
        vm.prank(OUTSIDER);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.RoleMismatch.selector, IProofOfLogits.Role.None, IProofOfLogits.Role.Miner
            )
        );
        pol.requestUnbond(1);
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.InsufficientStake.selector, 2 ether, 3 ether));
        pol.requestUnbond(3 ether);
        vm.prank(MINER);
        vm.expectRevert(IProofOfLogits.ZeroValue.selector);
        pol.requestUnbond(0);
    }

    // ------------------------------------------------ registry

    function test_RevertRegistryChecks() public {
        vm.prank(OUTSIDER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotOwner.selector, OUTSIDER));
        pol.registerModel(bytes32(0), thresholds(1));
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.BadThresholdsVersion.selector, 1, 2));
        pol.registerModel(bytes32(0), thresholds(2));
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.BadThresholdsVersion.selector, 2, 3));
        pol.updateThresholds(modelId, thresholds(3));
        IProofOfLogits.Thresholds memory t = thresholds(2);
        t.topK = 0;
        vm.expectRevert(IProofOfLogits.InvalidThresholds.selector);
        pol.updateThresholds(modelId, t);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownModel.selector, 9));
        pol.retireModel(9, uint64(block.timestamp));
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.RetireInPast.selector, uint64(block.timestamp - 1)));
        pol.retireModel(modelId, uint64(block.timestamp - 1));
        vm.expectRevert(IProofOfLogits.ZeroValue.selector);
        pol.fundRewards();
    }

    function test_RevertInvalidParams() public {
        IProofOfLogits.Params memory p = defaultParams();
        p.committeeSize = 1;
        vm.expectRevert(IProofOfLogits.InvalidParams.selector);
        new ProofOfLogits(p);
        p = defaultParams();
        p.attestWindow = 8192;
        vm.expectRevert(IProofOfLogits.InvalidParams.selector);
        new ProofOfLogits(p);
        p = defaultParams();
        p.seedDelay = 0;
        vm.expectRevert(IProofOfLogits.InvalidParams.selector);
        new ProofOfLogits(p);
    }
}
