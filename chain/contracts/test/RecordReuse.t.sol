// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";
import {PolSpec} from "../src/PolSpec.sol";

/// @notice Job records are reused once their job ends (docs/contract.md §9): what an ended job left in
/// a record must never act in the job that takes it, and an old job id must never reach the new job.
/// Each test plays the party that would profit from a leak.
contract RecordReuseTest is Fixture {
    IProofOfLogits.Verdict private constant PASS = IProofOfLogits.Verdict.Pass;
    IProofOfLogits.Verdict private constant FAIL = IProofOfLogits.Verdict.Fail;

    function unknown(bytes32 jobId) private {
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownJob.selector, jobId));
    }

    /// @dev A settled job (Passed by the whole committee) and the job that took its record.
    function settledAndNext() private returns (bytes32 old, bytes32 next, address[] memory members) {
        old = committedJob();
        members = runJob(old, PASS);
        assertEq(pol.nextJobId(), bytes32(uint256(old) + 1), "the next id: same record, next generation");
        next = submit();
        assertEq(next, PolSpec.jobId(block.chainid, address(pol), 0, 2), "record 0, generation 2");
    }

    /// @notice Every call with the ended job's id is UnknownJob once a new job holds its record: a
    /// transaction still in flight for the old job (a claim, a commit, a verdict, a settle, a cancel)
    /// cannot reach the new one.
    function test_anOldIdReachesNothing() public {
        (bytes32 old, bytes32 next,) = settledAndNext();
        unknown(old);
        pol.getJob(old);
        unknown(old);
        pol.getCommittee(old);
        unknown(old);
        claimAs(MINER, old);
        unknown(old);
        vm.prank(REQUESTER);
        pol.cancelJob(old);
        unknown(old);
        pol.settle(old);
        unknown(old);
        pol.drawCommittee(old, "");
        unknown(old);
        vm.prank(validators[0]);
        pol.commitVerdict(old, bytes32(uint256(1)));
        unknown(old);
        pol.verifyOpening(old, 0, bytes32(0), new bytes32[](0));
        assertEq(statusOf(next), uint256(IProofOfLogits.JobStatus.Open), "the new job untouched");
        // Neither can an id of a record never used, generation 0, or another deployment's id.
        bytes32 fresh = PolSpec.jobId(block.chainid, address(pol), 7, 1);
        unknown(fresh);
        pol.getJob(fresh);
        bytes32 zeroGen = PolSpec.jobId(block.chainid, address(pol), 0, 0);
        unknown(zeroGen);
        pol.getJob(zeroGen);
        bytes32 foreign = PolSpec.jobId(block.chainid + 1, address(pol), 0, 2);
        unknown(foreign);
        pol.getJob(foreign);
    }

    /// @notice The new job starts clean: no miner, no root, no committee, no verdicts, nothing
    /// committed, although the record held all of them.
    function test_theNewJobStartsClean() public {
        (, bytes32 next,) = settledAndNext();
        IProofOfLogits.Job memory j = pol.getJob(next);
        assertEq(j.miner, address(0), "no miner");
        assertEq(j.root, bytes32(0), "no root before the commit");
        assertEq(j.n, 0, "no n");
        assertEq(j.commitBlock, 0, "no commit block");
        assertEq(j.committeeSize, 0, "no committee");
        assertEq(j.fee, FEE, "its own fee");
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, next, IProofOfLogits.JobStatus.Open)
        );
        pol.verifyOpening(next, 0, bytes32(0), new bytes32[](0));
    }

    /// @notice A miner that released the ended job's claim (which bars it from re-claiming that job)
    /// is not barred from the new job on the record, and the new job shows no holder.
    function test_aReleaseOfTheEndedJobDoesNotBarTheNextOne() public {
        bytes32 old = submit();
        claimAs(MINER, old);
        vm.prank(MINER);
        pol.releaseClaim(old);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.ReleasedByCaller.selector, old));
        claimAs(MINER, old);
        vm.prank(REQUESTER);
        pol.cancelJob(old);
        bytes32 next = submit();
        assertEq(uint256(next) >> 32, uint256(old) >> 32, "the cancelled job's record");
        assertEq(pol.getJob(next).miner, address(0), "the releaser is not the new job's holder");
        claimAs(MINER, next);
        assertEq(pol.getJob(next).miner, MINER, "claimed");
    }

    /// @notice A member that committed (and revealed) on the ended job cannot pass for committed on
    /// the new one: it is not AlreadyCommitted, shows as not committed, and cannot reveal without a
    /// commitment of the new job, even replaying its old salt and verdict.
    function test_anOldCommitmentIsNotACommitment() public {
        (bytes32 old, bytes32 next, address[] memory oldMembers) = settledAndNext();
        claimAndCommit(MINER, next);
        vm.roll(block.number + SEED_DELAY + 1);
        address[] memory members = draw(next);
        (,, bool[] memory committed) = pol.getCommittee(next);
        for (uint256 m = 0; m < members.length; ++m) {
            assertTrue(!committed[m], "nobody committed yet on the new job");
        }
        rollToReveal(next);
        for (uint256 m = 0; m < members.length; ++m) {
            // The old job's opening for the same member: salt and evidence of the old id.
            vm.prank(members[m]);
            vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCommitted.selector, members[m]));
            pol.revealVerdict(next, PASS, saltOf(members[m], old), evidenceOf(members[m]));
        }
        assertTrue(oldMembers.length == members.length, "same committee size");
    }

    /// @notice The members of the new job commit at rewrite prices and the job settles normally; the
    /// record then goes back on the list and the one after takes it.
    function test_reusedRecordsRunWholeJobs() public {
        (, bytes32 next,) = settledAndNext();
        claimAndCommit(MINER, next);
        vm.roll(block.number + SEED_DELAY + 1);
        runJob(next, PASS);
        assertEq(statusOf(next), uint256(IProofOfLogits.JobStatus.Passed), "passed");
        assertEq(submit(), PolSpec.jobId(block.chainid, address(pol), 0, 3), "generation 3");
    }

    /// @notice Round one's commitments on a reused record do not count in round two, and round two
    /// decides; a failed job on a reused record slashes exactly its own collateral.
    function test_escalationOnAReusedRecord() public {
        (, bytes32 next,) = settledAndNext();
        claimAndCommit(MINER, next);
        vm.roll(block.number + SEED_DELAY + 1);
        address[] memory one = draw(next);
        vote(next, one, verdicts3(FAIL, PASS, PASS));
        address[] memory two = escalate(next);
        (,, bool[] memory committed) = pol.getCommittee(next);
        for (uint256 m = 0; m < two.length; ++m) {
            assertTrue(!committed[m], "round two starts uncommitted");
        }
        uint256 stakeBefore = stakeOf(MINER);
        voteAllAndSettle(next, two, FAIL);
        assertEq(statusOf(next), uint256(IProofOfLogits.JobStatus.Failed), "round two fails it");
        assertEq(stakeBefore - stakeOf(MINER), COLLATERAL, "the job's own collateral slashed");
    }

    /// @notice Live jobs never share a record: with three live jobs, the middle one ending gives its
    /// record (only) to the next submission; the others keep theirs.
    function test_liveJobsKeepTheirRecords() public {
        bytes32 a = submit();
        bytes32 b = submit();
        bytes32 c = submit();
        vm.prank(REQUESTER);
        pol.cancelJob(b);
        bytes32 d = submit();
        assertEq(uint256(d) >> 32, uint256(b) >> 32, "the cancelled job's record");
        assertTrue(uint256(d) >> 32 != uint256(a) >> 32 && uint256(d) >> 32 != uint256(c) >> 32, "not a live one");
        bytes32 e = submit();
        assertEq(e, PolSpec.jobId(block.chainid, address(pol), 3, 1), "the list is empty: a new record");
        assertEq(statusOf(a), uint256(IProofOfLogits.JobStatus.Open), "a live");
        assertEq(statusOf(c), uint256(IProofOfLogits.JobStatus.Open), "c live");
    }

    /// @notice A record retires after generation 127: ids never repeat. The 127th job's end does not
    /// return the record to the list, so the next submission takes a new record.
    function test_aRecordRetiresAfterGeneration127() public {
        bytes32 id;
        for (uint256 g = 1; g <= 127; ++g) {
            id = submit();
            assertEq(id, PolSpec.jobId(block.chainid, address(pol), 0, uint32(g)), "record 0, next generation");
            vm.prank(REQUESTER);
            pol.cancelJob(id);
        }
        assertEq(submit(), PolSpec.jobId(block.chainid, address(pol), 1, 1), "record 0 retired");
        assertEq(statusOf(id), uint256(IProofOfLogits.JobStatus.Cancelled), "the retired record keeps its last job");
    }
}
