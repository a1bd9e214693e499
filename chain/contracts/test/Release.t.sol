// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";

/// @notice releaseClaim (issue 12): the holder of an uncommitted claim gives it back, its
/// collateral is unlocked and the job is Open again; and the squatting attacks a release could
/// enable (self-renewal, a hand-over between two accounts) do not hold a job longer or for less
/// than without it.
contract ReleaseTest is Fixture {
    function test_ReleaseUnlocksCollateralAndReopensTheJob() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        assertEq(pol.getAccount(MINER).locked, COLLATERAL, "the claim locks collateral");
        vm.expectEmit(address(pol));
        emit IProofOfLogits.ClaimReleased(jobId, MINER);
        vm.prank(MINER);
        pol.releaseClaim(jobId);
        IProofOfLogits.Account memory a = pol.getAccount(MINER);
        assertEq(a.locked, 0, "collateral unlocked");
        assertEq(a.jobs, 0, "no open job counted");
        assertEq(a.stake, MINER_STAKE, "nothing taken from the stake");
        IProofOfLogits.Job memory j = pol.getJob(jobId);
        assertEq(uint256(j.status), uint256(IProofOfLogits.JobStatus.Open), "the job is Open again");
        assertEq(j.claimExpiry, 0, "no live claim");
        assertEq(j.miner, MINER, "getJob names the last releaser");

        // The job can be committed by nobody until someone claims it again.
        vm.prank(MINER);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, jobId, IProofOfLogits.JobStatus.Open)
        );
        pol.commit(jobId, keccak256("root"), N, bytes32(0), outputOf(N));

        claimAs(MINER2, jobId); // another miner claims and serves it
        assertEq(pol.getJob(jobId).miner, MINER2, "the new holder");
        assertEq(pol.getAccount(MINER2).locked, COLLATERAL, "the new holder's collateral is locked");
        commitAs(MINER2, jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Committed), "committed by the new holder");
    }

    /// The point of a release for the requester: a job its miner cannot serve (prompt beyond the
    /// context) is cancellable at once instead of after claimTimeout.
    function test_RequesterCancelsAReleasedJobAtOnce() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        vm.prank(REQUESTER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCancellable.selector, jobId));
        pol.cancelJob(jobId);
        vm.prank(MINER);
        pol.releaseClaim(jobId);
        vm.prank(REQUESTER);
        pol.cancelJob(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Cancelled), "cancelled");
        assertEq(owedOf(REQUESTER), FEE, "the whole fee is refunded");
        assertEq(pol.getAccount(MINER).locked, 0, "released once, not twice");
    }

    function test_OnlyTheHolderOfAnUncommittedClaimReleases() public {
        bytes32 unknown = keccak256("no such job");
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownJob.selector, unknown));
        pol.releaseClaim(unknown);

        bytes32 jobId = submit();
        vm.prank(MINER);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, jobId, IProofOfLogits.JobStatus.Open)
        );
        pol.releaseClaim(jobId);

        claimAs(MINER, jobId);
        address[3] memory others = [MINER2, REQUESTER, OUTSIDER];
        for (uint256 i = 0; i < others.length; ++i) {
            vm.prank(others[i]);
            vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotClaimHolder.selector, MINER));
            pol.releaseClaim(jobId);
        }

        commitAs(MINER, jobId);
        vm.prank(MINER);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, jobId, IProofOfLogits.JobStatus.Committed)
        );
        pol.releaseClaim(jobId);
        assertEq(pol.getAccount(MINER).locked, COLLATERAL, "a committed job keeps its collateral until settle");

        bytes32 cancelled = submit();
        claimAs(MINER, cancelled);
        vm.warp(block.timestamp + 601);
        vm.prank(REQUESTER);
        pol.cancelJob(cancelled);
        vm.prank(MINER);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, cancelled, IProofOfLogits.JobStatus.Cancelled)
        );
        pol.releaseClaim(cancelled);
    }

    /// A lapsed claim nobody took over may still be released (the miner tidies up after a restart).
    function test_ALapsedClaimCanBeReleased() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        vm.warp(block.timestamp + 601);
        vm.prank(MINER);
        pol.releaseClaim(jobId);
        assertEq(pol.getAccount(MINER).locked, 0, "unlocked");
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Open), "open");
    }

    /// Attack: renew a claim by releasing and re-claiming it, so that one account with one
    /// collateral holds a job until its deadline. The releaser cannot claim that job again.
    function test_AttackSelfRenewalByReleaseIsRefused() public {
        address squatter = address(0x5001);
        stakeAs(squatter, IProofOfLogits.Role.Miner, COLLATERAL);
        bytes32 jobId = submit();
        claimAs(squatter, jobId);
        vm.warp(block.timestamp + 599);
        vm.prank(squatter);
        pol.releaseClaim(jobId);
        vm.prank(squatter);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.ReleasedByCaller.selector, jobId));
        pol.claimJob(jobId);
        vm.prank(REQUESTER);
        pol.cancelJob(jobId); // the requester is free to cancel at once
        assertEq(pol.getAccount(squatter).locked, 0, "the squatter got its collateral back and nothing else");
        assertEq(owedOf(squatter), 0, "and earned nothing");
    }

    /// Attack: two squatter accounts hand the claim to each other by release and claim in the same
    /// block, so the job never lapses and the requester never sees it Open between transactions.
    /// Without release the same pair holds the job by take-over at every lapse (review R4); the
    /// release changes neither the bound (the deadline), nor the stake needed (two miner accounts,
    /// each with the job's collateral free), nor what the squatters lose (nothing) or gain (nothing):
    /// it costs one more transaction per hand-over. The requester's refund is whole either way.
    function test_AttackTwoAccountHandOverIsBoundedByTheDeadline() public {
        address a = address(0x5001);
        address b = address(0x5002);
        stakeAs(a, IProofOfLogits.Role.Miner, COLLATERAL);
        stakeAs(b, IProofOfLogits.Role.Miner, COLLATERAL);
        bytes32 jobId = submit();
        uint64 deadline = pol.getJob(jobId).deadline;
        claimAs(a, jobId);
        address holder = a;
        address other = b;
        uint256 handOvers;
        while (block.timestamp + 300 <= deadline) {
            vm.warp(block.timestamp + 300);
            vm.prank(holder);
            pol.releaseClaim(jobId);
            claimAs(other, jobId);
            (holder, other) = (other, holder);
            ++handOvers;
            // Every hand-over leaves exactly one collateral locked, by the holder.
            assertEq(pol.getAccount(holder).locked + pol.getAccount(other).locked, COLLATERAL, "one lock");
        }
        log("hand-overs to hold a 1 h job at 300 s each", handOvers);
        assertEq(handOvers, 12, "one release + one claim per 300 s");
        vm.warp(uint256(deadline) + 1);
        vm.prank(other);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.DeadlinePassed.selector, jobId, deadline));
        pol.claimJob(jobId); // the hold ends at the deadline
        vm.prank(OUTSIDER);
        pol.cancelJob(jobId); // anyone cancels after the deadline
        assertEq(owedOf(REQUESTER), FEE, "the requester is refunded in full");
        assertEq(pol.getAccount(a).locked + pol.getAccount(b).locked, 0, "the squatters' collateral is released");
        assertEq(stakeOf(a) + stakeOf(b), 2 * COLLATERAL, "and they neither lose nor gain stake");
        assertEq(owedOf(a) + owedOf(b), 0, "nor earn anything");
    }

    /// Griefing a miner with a release is impossible: only the holder releases, and a release
    /// never touches another account's lock or a committed job (test above). A release followed
    /// by a claim of another job works with the unlocked stake at once.
    function test_ReleasedStakeBacksTheNextClaimAtOnce() public {
        address small = address(0x5003);
        stakeAs(small, IProofOfLogits.Role.Miner, COLLATERAL); // room for one claim
        bytes32 first = submit();
        bytes32 second = submit();
        claimAs(small, first);
        vm.prank(small);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.InsufficientFreeStake.selector, 0, COLLATERAL));
        pol.claimJob(second);
        vm.prank(small);
        pol.releaseClaim(first);
        claimAs(small, second);
        assertEq(pol.getJob(second).miner, small, "the freed collateral backs the next job");
    }
}
