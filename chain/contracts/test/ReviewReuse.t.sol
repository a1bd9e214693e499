// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";
import {PolSpec} from "../src/PolSpec.sol";

/// @notice Adversarial review of job-record reuse (docs/contract.md §3, §9, §11): each test plays a
/// party that would profit if something of an ended job acted in the job that took its record, or if
/// a crafted id reached a live job. They cover the protections the earlier suites let go when removed
/// one at a time (mutation check of the review): the generation-0 check of `_job`, the submit's reset
/// of `verdicts` and of `drawLag`, and the free list under escalation.
contract ReviewReuseTest is Fixture {
    IProofOfLogits.Verdict private constant PASS = IProofOfLogits.Verdict.Pass;
    IProofOfLogits.Verdict private constant FAIL = IProofOfLogits.Verdict.Fail;
    IProofOfLogits.Verdict private constant NONE = IProofOfLogits.Verdict.None;

    function unknown(bytes32 jobId) private {
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownJob.selector, jobId));
    }

    function idOf(uint32 record, uint32 generation) private view returns (bytes32) {
        return PolSpec.jobId(block.chainid, address(pol), record, generation);
    }

    /// @dev A job passed by its whole committee, and the job that took its record (committed by
    /// MINER, its seed block reached).
    function passedThenReused() private returns (bytes32 old, bytes32 next) {
        old = committedJob();
        runJob(old, PASS);
        next = submit();
        assertEq(next, bytes32(uint256(old) + 1), "the next job takes the record");
        claimAndCommit(MINER, next);
        vm.roll(block.number + SEED_DELAY + 1);
    }

    /// @notice Crafted ids reach nothing: generation 0 of a record never used (its stored generation
    /// is 0 too, so only the explicit zero check refuses it), a generation above the record's, one
    /// that matches it only in its low 8 bits (the stored generation is a uint8), and the neighbouring
    /// record of a live one. A requester or miner naming such an id gets UnknownJob from every entry
    /// point, not a zeroed job view or a WrongStatus that reads like a real job.
    function test_craftedIdsAreUnknown() public {
        bytes32 live = submit();
        assertEq(live, idOf(0, 1), "record 0, generation 1");
        bytes32[5] memory crafted =
            [idOf(5, 0), idOf(1, 0), idOf(0, 2), idOf(0, 1 + 256), idOf(0, uint32(1) | (uint32(1) << 31))];
        for (uint256 i = 0; i < crafted.length; ++i) {
            bytes32 id = crafted[i];
            unknown(id);
            pol.getJob(id);
            unknown(id);
            pol.getCommittee(id);
            unknown(id);
            claimAs(MINER, id);
            unknown(id);
            vm.prank(REQUESTER);
            pol.cancelJob(id);
            unknown(id);
            pol.settle(id);
        }
        assertEq(statusOf(live), uint256(IProofOfLogits.JobStatus.Open), "the live job untouched");
        assertEq(pol.getJob(live).miner, address(0), "and unclaimed");
    }

    /// @notice The verdicts an ended job's committee revealed never count in the next job on the
    /// record. Attack: a miner commits garbage on a reused record whose last job every member passed,
    /// and nobody reveals; if the old Pass bits survived the submit, settle would pay the miner (and
    /// the old voters) for a job nobody checked. It must end Inconclusive: no pay, no slash, the fee
    /// back.
    function test_staleVerdictsNeverPayTheNextJob() public {
        (, bytes32 next) = passedThenReused();
        address[] memory members = draw(next);
        vote(next, members, verdicts3(NONE, NONE, NONE));
        uint256 minerOwed = owedOf(MINER);
        uint256 requesterOwed = owedOf(REQUESTER);
        rollPastReveal(next);
        pol.settle(next);
        assertEq(statusOf(next), uint256(IProofOfLogits.JobStatus.Inconclusive), "nobody voted: inconclusive");
        assertEq(owedOf(MINER), minerOwed, "the miner is not paid");
        assertEq(owedOf(REQUESTER), requesterOwed + FEE, "the requester gets its fee back");
    }

    /// @notice The same with no draw at all: the settle after the draw window finds no committee and
    /// no verdicts of the new job, so the job is Inconclusive and the miner unpaid.
    function test_anUndrawnReusedJobSettlesInconclusive() public {
        (, bytes32 next) = passedThenReused();
        uint256 minerOwed = owedOf(MINER);
        assertEq(pol.getJob(next).committeeSize, 0, "no committee before the draw");
        rollPastReveal(next);
        pol.settle(next);
        assertEq(statusOf(next), uint256(IProofOfLogits.JobStatus.Inconclusive), "inconclusive");
        assertEq(owedOf(MINER), minerOwed, "the miner is not paid");
    }

    /// @notice An ended job's late draw does not move the next job's windows: until the new job is
    /// drawn, its commit end is its own seed block + attestWindow (the drawLag byte is reset at
    /// submit), so the requester can settle an undrawn job exactly when a fresh record would allow.
    function test_aStaleDrawLagDoesNotDelayTheNextJob() public {
        bytes32 old = committedJob();
        uint256 late = 9;
        vm.roll(seedBlockOf(old) + 1 + late);
        address[] memory members = draw(old);
        assertEq(commitEndOf(old), seedBlockOf(old) + ATTEST_WINDOW + late, "the old job's windows moved");
        voteAllAndSettle(old, members, PASS);
        bytes32 next = submit();
        claimAndCommit(MINER, next);
        uint256 end = seedBlockOf(next) + ATTEST_WINDOW;
        assertEq(commitEndOf(next), end, "the new job's commit end is its own");
        vm.roll(end + REVEAL_WINDOW + 1);
        pol.settle(next);
        assertEq(statusOf(next), uint256(IProofOfLogits.JobStatus.Inconclusive), "settled on time");
    }

    /// @notice An escalation is not an end: the escalated job keeps its record (the next submission
    /// gets a new one), its round two runs and settles on it, and only then is the record reused.
    function test_anEscalatedJobKeepsItsRecord() public {
        bytes32 a = committedJob();
        address[] memory one = draw(a);
        vote(a, one, verdicts3(FAIL, PASS, PASS));
        rollPastReveal(a);
        pol.settle(a);
        assertEq(statusOf(a), uint256(IProofOfLogits.JobStatus.Escalated), "escalated");
        assertEq(pol.nextJobId(), idOf(1, 1), "the escalated job's record is not on the list");
        bytes32 b = submit();
        assertEq(b, idOf(1, 1), "a new record");
        vm.roll(seedBlockOf(a) + 1);
        address[] memory two = draw(a);
        voteAllAndSettle(a, two, PASS);
        assertEq(statusOf(a), uint256(IProofOfLogits.JobStatus.Passed), "round two passes it");
        assertEq(statusOf(b), uint256(IProofOfLogits.JobStatus.Open), "b untouched");
        assertEq(submit(), idOf(0, 2), "now the record is reused");
    }

    /// @notice An ended job cannot end again (no second push of its record): a second cancel is
    /// WrongStatus, and of the next two submissions only one takes the record.
    function test_aRecordIsPushedOncePerJob() public {
        bytes32 a = submit();
        vm.prank(REQUESTER);
        pol.cancelJob(a);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, a, IProofOfLogits.JobStatus.Cancelled)
        );
        vm.prank(REQUESTER);
        pol.cancelJob(a);
        assertEq(submit(), idOf(0, 2), "the cancelled job's record");
        assertEq(submit(), idOf(1, 1), "then a new one, not the same record again");
    }

    /// @notice Review finding (low, view only, fixed): `getCommittee` of a settled escalated job
    /// reported round two's members as not committed (the view compared with the tag of the job's
    /// status, 2g once it left Escalated, while round two wrote 2g + 1). The view now uses 2g + 1 for
    /// a settled job whose escalatedAt is after its commitBlock (a stale escalatedAt of an earlier
    /// job on the record is always before this job's commit).
    function test_settledEscalatedCommitteeShowsCommitted() public {
        bytes32 a = committedJob();
        address[] memory one = draw(a);
        vote(a, one, verdicts3(FAIL, PASS, PASS));
        address[] memory two = escalate(a);
        voteAllAndSettle(a, two, PASS);
        (address[] memory members, IProofOfLogits.Verdict[] memory vs, bool[] memory committed) = pol.getCommittee(a);
        assertEq(members.length, two.length, "round two's committee");
        for (uint256 m = 0; m < members.length; ++m) {
            assertTrue(vs[m] == PASS, "its verdicts");
            assertTrue(committed[m], "shown committed (review finding 4, fixed)");
        }
    }
}
