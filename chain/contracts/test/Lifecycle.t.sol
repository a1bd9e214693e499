// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";
import {PolSpec} from "../src/PolSpec.sol";

/// @notice Whole job life cycles and the settlement rules of every outcome.
contract LifecycleTest is Fixture {
    IProofOfLogits.Verdict private constant PASS = IProofOfLogits.Verdict.Pass;
    IProofOfLogits.Verdict private constant FAIL = IProofOfLogits.Verdict.Fail;
    IProofOfLogits.Verdict private constant NOREV = IProofOfLogits.Verdict.NoReveal;
    IProofOfLogits.Verdict private constant NONE = IProofOfLogits.Verdict.None;

    function test_HappyPath() public {
        bytes32 next = pol.nextJobId();
        bytes32 jobId = submit();
        assertEq(jobId, PolSpec.jobId(block.chainid, address(pol), 0, 1), "job id derivation: record 0, generation 1");
        assertEq(jobId, next, "nextJobId");
        IProofOfLogits.Job memory j = pol.getJob(jobId);
        assertEq(uint256(j.status), uint256(IProofOfLogits.JobStatus.Open), "status after submit");
        assertEq(j.fee, FEE, "escrowed fee");
        assertEq(j.thresholdsVersion, 1, "thresholds version pinned");

        claimAs(MINER, jobId);
        IProofOfLogits.Account memory ma = pol.getAccount(MINER);
        assertEq(ma.locked, COLLATERAL, "claim locks fee x multiplier");
        assertEq(ma.jobs, 1, "miner jobs after claim");
        commitAs(MINER, jobId);
        j = pol.getJob(jobId);
        assertEq(uint256(j.status), uint256(IProofOfLogits.JobStatus.Committed), "status after commit");
        assertEq(j.miner, MINER, "miner");
        assertEq(j.n, N, "n");
        assertEq(j.commitBlock, block.number, "commit block");

        vm.roll(block.number + 3);
        address[] memory members = preview(jobId);
        assertEq(members.length, 3, "committee size");
        address[] memory drawn = draw(jobId);
        bytes32 seed = mixOf(jobId);
        uint32[] memory positions = challengeOf(jobId); // derived from the seed block's prevrandao
        uint32[] memory spec = PolSpec.challengeSet(seed, jobId, N, 16);
        assertEq(positions.length, 16, "k positions");
        assertEq(positions[0], N - 1, "the last position is always challenged");
        for (uint256 i = 0; i < positions.length; ++i) {
            assertEq(positions[i], spec[i], "challenge set = spec");
        }
        for (uint256 m = 0; m < drawn.length; ++m) {
            assertEq(drawn[m], members[m], "drawn committee = preview");
            assertEq(pol.getAccount(drawn[m]).duties, 1, "member duty pending");
        }
        vote(jobId, members, verdicts3(PASS, PASS, PASS));
        (, IProofOfLogits.Verdict[] memory verdicts, bool[] memory committed) = pol.getCommittee(jobId);
        for (uint256 m = 0; m < members.length; ++m) {
            assertEq(uint256(verdicts[m]), uint256(PASS), "revealed verdict");
            assertTrue(committed[m], "committed");
        }

        uint256 poolBefore = pol.rewardPool();
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Passed), "outcome");
        uint256 part = FEE * N / MAX_TOKENS;
        uint256 share = part / 10 / 3;
        uint256 reward = uint256(N) * 1 gwei;
        ma = pol.getAccount(MINER);
        assertEq(ma.owed, part - 3 * share + reward, "miner paid per committed token");
        assertEq(ma.locked, 0, "collateral released");
        assertEq(ma.jobs, 0, "miner jobs after settle");
        assertEq(ma.stake, MINER_STAKE, "miner stake intact");
        assertEq(owedOf(REQUESTER), FEE - part, "unused tokens refunded");
        assertEq(pol.rewardPool(), poolBefore - reward, "reward pool debited");
        for (uint256 m = 0; m < members.length; ++m) {
            assertEq(owedOf(members[m]), share, "voter reward");
            assertEq(pol.getAccount(members[m]).duties, 0, "member duty cleared");
        }

        uint256 before = MINER.balance;
        vm.prank(MINER);
        pol.withdraw();
        assertEq(MINER.balance - before, part - 3 * share + reward, "withdrawn amount");
        assertEq(owedOf(MINER), 0, "owed cleared");
    }

    function test_FullLengthJobPaysTheWholeFee() public {
        bytes32 jobId = submitWith(FEE, N);
        claimAndCommit(MINER, jobId);
        vm.roll(block.number + 3);
        runJob(jobId, PASS);
        assertEq(owedOf(MINER), FEE - 3 * (FEE / 10 / 3) + uint256(N) * 1 gwei, "miner gets the whole fee");
        assertEq(owedOf(REQUESTER), 0, "nothing to refund");
    }

    function test_ClaimThenCommit() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        IProofOfLogits.Job memory j = pol.getJob(jobId);
        assertEq(uint256(j.status), uint256(IProofOfLogits.JobStatus.Claimed), "claimed");
        assertEq(j.claimExpiry, block.timestamp + 600, "claim expiry");
        commitAs(MINER, jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Committed), "committed");
        assertEq(pol.getJob(jobId).claimExpiry, 0, "claim expiry cleared at commit");
        assertEq(pol.getAccount(MINER).locked, COLLATERAL, "collateral stays locked until settlement");
    }

    function test_LapsedClaimCanBeTakenOver() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        vm.warp(block.timestamp + 601);
        claimAs(MINER2, jobId);
        assertEq(pol.getAccount(MINER).locked, 0, "lapsed holder's collateral released");
        assertEq(pol.getAccount(MINER).jobs, 0, "lapsed holder's job count");
        assertEq(pol.getAccount(MINER2).locked, COLLATERAL, "new holder locks");
        commitAs(MINER2, jobId);
        assertEq(pol.getJob(jobId).miner, MINER2, "second miner committed after taking the lapsed claim");
    }

    function test_LapsedClaimNobodyTookCanStillCommit() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        vm.warp(block.timestamp + 601);
        commitAs(MINER, jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Committed), "committed on a lapsed claim");
    }

    function test_FailSlashesCollateral() public {
        bytes32 jobId = committedJob();
        address[] memory members = draw(jobId);
        vote(jobId, members, verdicts3(FAIL, FAIL, NONE));
        uint256 absentStake = stakeOf(members[2]);
        rollPastReveal(jobId);
        pol.settle(jobId);

        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Failed), "outcome");
        // What a pass of the whole length pays the voters: validatorCutBps of the fee.
        uint256 share = FEE * 1000 / 10_000 / 2;
        IProofOfLogits.Account memory ma = pol.getAccount(MINER);
        assertEq(ma.stake, MINER_STAKE - COLLATERAL, "whole collateral slashed");
        assertEq(ma.locked, 0, "lock gone with the slash");
        assertEq(ma.owed, 0, "miner unpaid");
        assertEq(owedOf(members[0]), share, "fail voter share");
        assertEq(owedOf(members[1]), share, "fail voter share");
        uint256 penalty = absentStake / 100;
        assertEq(stakeOf(members[2]), absentStake - penalty, "absent member penalized");
        assertEq(owedOf(REQUESTER), FEE, "requester: its fee back, nothing more");
        assertEq(pol.burned(), COLLATERAL - 2 * share + penalty, "the rest of the collateral and the penalty burned");
    }

    function test_UnservedRefundsWithoutSlash() public {
        bytes32 jobId = committedJob();
        address[] memory members = draw(jobId);
        vote(jobId, members, verdicts3(NOREV, NOREV, PASS));
        uint256[3] memory stakes = [stakeOf(members[0]), stakeOf(members[1]), stakeOf(members[2])];
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Unserved), "outcome");
        assertEq(stakeOf(MINER), MINER_STAKE, "no slash");
        assertEq(pol.getAccount(MINER).locked, 0, "collateral released");
        assertEq(owedOf(MINER), 0, "miner unpaid");
        assertEq(owedOf(REQUESTER), FEE, "requester refunded in full");
        for (uint256 m = 0; m < 3; ++m) {
            assertEq(stakeOf(members[m]), stakes[m], "no voter penalized in an unserved job");
            assertEq(owedOf(members[m]), 0, "no voter paid");
        }
    }

    function test_AllNoRevealIsUnserved() public {
        bytes32 jobId = committedJob();
        runJob(jobId, NOREV);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Unserved), "outcome");
        assertEq(stakeOf(MINER), MINER_STAKE, "a no-reveal majority never slashes");
    }

    function test_SplitWithoutRoundTwoIsInconclusive() public {
        bytes32 jobId = committedJob();
        address[] memory members = draw(jobId);
        vote(jobId, members, verdicts3(PASS, FAIL, NONE));
        uint256 absentStake = stakeOf(members[2]);
        rollPastReveal(jobId);
        pol.settle(jobId);
        // 1 Pass, 1 Fail, 1 absent of 3: a Fail vote that does not fail the job escalates.
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Escalated), "escalated");
        assertEq(pol.getAccount(MINER).locked, COLLATERAL, "the collateral stays locked through round two");
        assertEq(pol.getAccount(members[2]).duties, 1, "round one keeps its duties");
        // Nobody draws round two: after its windows the job settles Inconclusive.
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Inconclusive), "outcome");
        assertEq(pol.getAccount(members[2]).duties, 0, "duties released");
        assertEq(owedOf(REQUESTER), FEE, "fee refunded");
        assertEq(stakeOf(members[2]), absentStake - absentStake / 100, "absent member penalized");
        assertEq(pol.burned(), absentStake / 100, "the penalty is burned");
        assertEq(stakeOf(MINER), MINER_STAKE, "miner not slashed");
    }

    function test_CommittedButNotRevealedIsAbsent() public {
        bytes32 jobId = committedJob();
        address[] memory members = draw(jobId);
        for (uint256 m = 0; m < 3; ++m) {
            commitVerdictAs(members[m], jobId, PASS);
        }
        rollToReveal(jobId);
        revealAs(members[0], jobId, PASS);
        revealAs(members[1], jobId, PASS);
        uint256 silent = stakeOf(members[2]);
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Passed), "two of three passed");
        assertEq(stakeOf(members[2]), silent - silent / 100, "a commitment without reveal counts as absent");
    }

    function test_SingleMemberCommitteeNeverDecides() public {
        // One validator holds almost all the stake: 12 draws pick it alone.
        address whale = address(0x4001);
        stakeAs(whale, IProofOfLogits.Role.Validator, 1_000_000 ether);
        vm.roll(block.number + 1);
        bytes32 jobId = committedJob();
        address[] memory members = draw(jobId);
        assertEq(members.length, 1, "fixture: a committee of one");
        assertEq(members[0], whale, "the whale");
        voteAllAndSettle(jobId, members, FAIL);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Escalated), "one fail vote never slashes");
        assertEq(stakeOf(MINER), MINER_STAKE, "miner not slashed");
        // Round two is drawn from the others; they pass the job and overrule the whale.
        vm.roll(seedBlockOf(jobId) + 1);
        address[] memory two = draw(jobId);
        assertEq(two.length, 5, "round two: every other validator (2C + 1 = 7 asked, 5 left)");
        voteAllAndSettle(jobId, two, PASS);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Passed), "round two decides");
        assertEq(stakeOf(whale), 1_000_000 ether - 10_000 ether, "the overruled lone voter is penalized");
    }

    function test_NoCommitteeRefundsWithoutPenalty() public {
        bytes32 jobId = committedJob();
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Inconclusive), "outcome");
        assertEq(owedOf(REQUESTER), FEE, "requester refunded");
        assertEq(pol.getAccount(MINER).locked, 0, "miner released");
        for (uint256 i = 0; i < validators.length; ++i) {
            assertEq(stakeOf(validators[i]), (i + 1) * 1 ether, "nobody penalized");
        }
    }

    function test_DrawCommitteeOnce() public {
        bytes32 jobId = committedJob();
        draw(jobId);
        bytes memory header = headerOf(jobId);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.CommitteeAlreadyDrawn.selector, jobId));
        pol.drawCommittee(jobId, header);
    }

    function test_CancelBeforeClaimAndAfterDeadline() public {
        bytes32 a = submit();
        vm.prank(REQUESTER);
        pol.cancelJob(a);
        assertEq(statusOf(a), uint256(IProofOfLogits.JobStatus.Cancelled), "cancelled by requester");
        assertEq(owedOf(REQUESTER), FEE, "refund credited");

        bytes32 b = submit();
        claimAs(MINER, b);
        vm.warp(block.timestamp + 1 hours + 1);
        vm.prank(OUTSIDER);
        pol.cancelJob(b);
        assertEq(owedOf(REQUESTER), 2 * FEE, "refund after deadline, claimed job");
        assertEq(pol.getAccount(MINER).locked, 0, "the claim's collateral released");
    }

    function test_RequesterCancelsALapsedClaim() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        vm.warp(block.timestamp + 601);
        vm.prank(REQUESTER);
        pol.cancelJob(jobId);
        assertEq(pol.getAccount(MINER).locked, 0, "collateral released");
        assertEq(owedOf(REQUESTER), FEE, "refund");
    }

    function test_UnbondAndWithdrawAfterDelay() public {
        address v = validators[4];
        vm.prank(v);
        pol.requestUnbond(5 ether);
        IProofOfLogits.Account memory a = pol.getAccount(v);
        assertEq(uint256(a.role), uint256(IProofOfLogits.Role.None), "exited");
        assertEq(a.unbonding, 5 ether, "unbonding");
        assertEq(a.unbondReadyBlock, block.number + STAKE_SPACING, "no draw can weigh it from this block");
        vm.roll(block.number + SEED_DELAY + 1);
        (address[] memory list, uint256[] memory stakes) = pol.getValidators();
        assertEq(list[4], v, "freed slot keeps its last occupant");
        assertEq(stakes[4], 0, "with no draw weight");

        vm.warp(block.timestamp + 1 days);
        vm.roll(block.number + ATTEST_WINDOW);
        uint256 before = v.balance;
        vm.prank(v);
        pol.withdraw();
        assertEq(v.balance - before, 5 ether, "unbonded stake paid");

        // Once no draw can weigh the old occupant, a newcomer reuses the freed slot.
        stakeAs(OUTSIDER, IProofOfLogits.Role.Validator, 1 ether);
        (list,) = pol.getValidators();
        assertEq(list.length, 5, "no slot appended");
        assertEq(list[4], OUTSIDER, "freed slot reused");
    }

    function test_JoinRightAfterAnExitAppends() public {
        address v = validators[4];
        vm.prank(v);
        pol.requestUnbond(5 ether);
        stakeAs(OUTSIDER, IProofOfLogits.Role.Validator, 1 ether);
        (address[] memory list,) = pol.getValidators();
        assertEq(list.length, 6, "new slot appended within an attest window of the exit");
        assertEq(list[4], v, "the freed slot keeps its occupant");
    }

    function test_MinerUnbondsOnlyFreeStake() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        uint256 free = MINER_STAKE - COLLATERAL;
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.InsufficientFreeStake.selector, free, free + 1));
        pol.requestUnbond(free + 1);
        vm.prank(MINER);
        pol.requestUnbond(free);
        assertEq(stakeOf(MINER), COLLATERAL, "the locked collateral stays");
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.InsufficientFreeStake.selector, 0, 1));
        pol.requestUnbond(1);
        vm.prank(REQUESTER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCancellable.selector, jobId));
        pol.cancelJob(jobId);
        vm.warp(block.timestamp + 601);
        vm.prank(REQUESTER);
        pol.cancelJob(jobId);
        vm.prank(MINER);
        pol.requestUnbond(COLLATERAL);
        assertEq(uint256(pol.getAccount(MINER).role), uint256(IProofOfLogits.Role.None), "exit once unlocked");
    }

    function test_TopUp() public {
        stakeAs(MINER, IProofOfLogits.Role.Miner, 3 ether);
        assertEq(stakeOf(MINER), MINER_STAKE + 3 ether, "topped up");
        stakeAs(validators[0], IProofOfLogits.Role.Validator, 1 ether);
        assertEq(stakeOf(validators[0]), 2 ether, "validator topped up");
        (, uint256[] memory stakes) = pol.getValidators();
        assertEq(stakes[0], 1 ether, "draw weight unchanged in the block of the top-up");
        vm.roll(block.number + SEED_DELAY);
        (, stakes) = pol.getValidators();
        assertEq(stakes[0], 1 ether, "nor for a seed block a commit in the top-up's block fixes");
        vm.roll(block.number + 1);
        (, stakes) = pol.getValidators();
        assertEq(stakes[0], 2 ether, "draw weight seedDelay + 1 blocks after the top-up");
        (, stakes) = pol.drawWeights(uint64(block.number - 1));
        assertEq(stakes[0], 1 ether, "weights as of an earlier seed block");
    }

    /// Each version stores one band per admitted profile; a new version replaces the whole set.
    function test_ThresholdsPerProfile() public {
        IProofOfLogits.Thresholds[] memory set = new IProofOfLogits.Thresholds[](2);
        set[0] = thresholds(1);
        set[1] = thresholds(1);
        set[1].profile = 3;
        set[1].maxDeltaNano = 90_000_000;
        uint32 m = pol.registerModel(keccak256("two profiles"), set);
        assertEq(pol.getThresholds(m, 1, 1).maxDeltaNano, 50_000_000, "profile 1 band");
        assertEq(pol.getThresholds(m, 1, 3).maxDeltaNano, 90_000_000, "profile 3 band");
        assertEq(pol.getThresholds(m, 1, 3).profile, 3, "stored profile");
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.ProfileNotAdmitted.selector, m, 1, 2));
        pol.getThresholds(m, 1, 2);
        pol.updateThresholds(m, one(thresholds(2)));
        assertEq(pol.getThresholds(m, 2, 1).version, 2, "version 2, profile 1");
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.ProfileNotAdmitted.selector, m, 2, 3));
        pol.getThresholds(m, 2, 3);
        assertEq(pol.getThresholds(m, 1, 3).version, 1, "version 1 keeps its profiles");
    }

    function test_ThresholdVersionsActivateAfterTheDelay() public {
        bytes32 oldJob = submit();
        pol.updateThresholds(modelId, one(thresholds(2)));
        IProofOfLogits.Model memory m = pol.getModel(modelId);
        assertEq(m.latestVersion, 2, "version 2 registered");
        assertEq(m.activeVersion, 1, "version 1 stays active during the delay");
        assertEq(m.latestActiveFrom, block.timestamp + 1 hours, "activation time");
        bytes32 during = submit();
        assertEq(pol.getJob(during).thresholdsVersion, 1, "jobs state the active version");
        vm.warp(block.timestamp + 1 hours);
        assertEq(pol.getModel(modelId).activeVersion, 2, "version 2 active after the delay");
        bytes32 newJob = submit();
        assertEq(pol.getJob(oldJob).thresholdsVersion, 1, "old job keeps its version");
        assertEq(pol.getJob(newJob).thresholdsVersion, 2, "new job uses the active version");
        assertEq(pol.getThresholds(modelId, 2, 1).version, 2, "stored version 2");

        pol.retireModel(modelId, uint64(block.timestamp + 10));
        submit();
        vm.warp(block.timestamp + 10);
        vm.prank(REQUESTER);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.ModelIsRetired.selector, modelId, uint64(block.timestamp))
        );
        pol.submitJob{value: FEE}(modelId, 2, bytes32(0), 10, sampler(), uint64(block.timestamp + 100));
    }

    function test_VerifyOpeningAgainstCommittedRoot() public {
        bytes32 jobId = submit();
        bytes32 leaf0 = keccak256("leaf0");
        bytes32 leaf1 = keccak256("leaf1");
        bytes32 top = sha256(abi.encodePacked(bytes1(0x01), leaf0, leaf1));
        bytes32 root = sha256(abi.encodePacked(bytes1(0x02), uint32(2), top));
        claimAs(MINER, jobId);
        vm.prank(MINER);
        pol.commit(jobId, root, 2, bytes32(0), outputOf(2));
        bytes32[] memory proof = new bytes32[](1);
        proof[0] = leaf1;
        assertTrue(pol.verifyOpening(jobId, 0, leaf0, proof), "valid opening");
        assertTrue(!pol.verifyOpening(jobId, 1, leaf0, proof), "wrong index");
    }

    function test_VerdictCommitmentMatchesSpec() public view {
        bytes32 c = pol.verdictCommitment(bytes32(uint256(1)), address(0xbeef), FAIL, bytes32(uint256(2)), bytes32(0));
        assertEq(
            c,
            keccak256(
                abi.encodePacked(bytes32(uint256(1)), address(0xbeef), uint8(2), bytes32(uint256(2)), bytes32(0))
            ),
            "commitment"
        );
    }
}
