// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";
import {PolSpec} from "../src/PolSpec.sol";

/// @notice Whole job life cycles and the settlement rules of every outcome.
contract LifecycleTest is Fixture {
    function test_HappyPath() public {
        uint256 nonce = pol.jobNonce();
        bytes32 jobId = submit();
        assertEq(jobId, PolSpec.jobId(block.chainid, address(pol), nonce), "job id derivation");
        assertEq(jobId, pol.jobIdFor(nonce), "jobIdFor");
        IProofOfLogits.Job memory j = pol.getJob(jobId);
        assertEq(uint256(j.status), uint256(IProofOfLogits.JobStatus.Open), "status after submit");
        assertEq(j.fee, FEE, "escrowed fee");
        assertEq(j.thresholdsVersion, 1, "thresholds version snapshot");

        commitAs(MINER, jobId);
        j = pol.getJob(jobId);
        assertEq(uint256(j.status), uint256(IProofOfLogits.JobStatus.Committed), "status after commit");
        assertEq(j.miner, MINER, "miner");
        assertEq(j.n, N, "n");
        assertEq(j.commitBlock, block.number, "commit block");
        assertEq(pol.getAccount(MINER).pending, 1, "miner pending after commit");

        vm.roll(block.number + 3);
        assertEq(pol.seedOf(jobId), blockhash(j.commitBlock + 2), "seed = blockhash(commit + seedDelay)");
        address[] memory members = pol.previewCommittee(jobId);
        assertEq(members.length, 3, "committee size");
        for (uint256 m = 0; m < members.length; ++m) {
            attestAs(members[m], jobId, IProofOfLogits.Verdict.Pass);
        }
        (address[] memory drawn, IProofOfLogits.Verdict[] memory verdicts) = pol.getCommittee(jobId);
        for (uint256 m = 0; m < drawn.length; ++m) {
            assertEq(drawn[m], members[m], "drawn committee = preview");
            assertEq(uint256(verdicts[m]), uint256(IProofOfLogits.Verdict.Pass), "recorded verdict");
            assertEq(pol.getAccount(drawn[m]).pending, 1, "member duty pending");
        }

        uint256 poolBefore = pol.rewardPool();
        rollPastWindow(jobId);
        pol.settle(jobId);
        assertEq(uint256(pol.getJob(jobId).status), uint256(IProofOfLogits.JobStatus.Passed), "outcome");
        uint256 cut = FEE / 10 / 3;
        uint256 reward = uint256(N) * 1 gwei;
        assertEq(pol.getAccount(MINER).owed, FEE - 3 * cut + reward, "miner payout");
        assertEq(pol.getAccount(MINER).pending, 0, "miner pending after settle");
        assertEq(pol.rewardPool(), poolBefore - reward, "reward pool debited");
        for (uint256 m = 0; m < members.length; ++m) {
            assertEq(pol.getAccount(members[m]).owed, cut, "voter reward");
            assertEq(pol.getAccount(members[m]).pending, 0, "member pending after settle");
        }

        uint256 before = MINER.balance;
        vm.prank(MINER);
        pol.withdraw();
        assertEq(MINER.balance - before, FEE - 3 * cut + reward, "withdrawn amount");
        assertEq(pol.getAccount(MINER).owed, 0, "owed cleared");
    }

    function test_ClaimThenCommit() public {
        bytes32 jobId = submit();
        vm.prank(MINER);
        pol.claimJob(jobId);
        IProofOfLogits.Job memory j = pol.getJob(jobId);
        assertEq(uint256(j.status), uint256(IProofOfLogits.JobStatus.Claimed), "claimed");
        assertEq(j.claimExpiry, block.timestamp + 600, "claim expiry");
        commitAs(MINER, jobId);
        assertEq(uint256(pol.getJob(jobId).status), uint256(IProofOfLogits.JobStatus.Committed), "committed");
    }

    function test_LapsedClaimCanBeTakenOver() public {
        bytes32 jobId = submit();
        vm.prank(MINER);
        pol.claimJob(jobId);
        vm.warp(block.timestamp + 601);
        commitAs(MINER2, jobId);
        assertEq(pol.getJob(jobId).miner, MINER2, "second miner committed after the claim lapsed");
    }

    function test_FailSlashesMinerAndRefunds() public {
        bytes32 jobId = committedJob();
        address[] memory members = pol.previewCommittee(jobId);
        attestAs(members[0], jobId, IProofOfLogits.Verdict.Fail);
        attestAs(members[1], jobId, IProofOfLogits.Verdict.NoReveal);
        attestAs(members[2], jobId, IProofOfLogits.Verdict.Pass);
        uint256 passStake = pol.getAccount(members[2]).stake;
        uint256 fail0 = pol.getAccount(members[0]).stake;
        uint256 fail1 = pol.getAccount(members[1]).stake;
        assertTrue(fail0 + fail1 > passStake, "fixture: fail voters hold the stake majority");
        uint256 pool = pol.rewardPool();
        rollPastWindow(jobId);
        pol.settle(jobId);

        assertEq(uint256(pol.getJob(jobId).status), uint256(IProofOfLogits.JobStatus.Failed), "outcome");
        uint256 slash = 1 ether; // 50% of 2 ether
        uint256 share = slash * 2000 / 10_000 / 2;
        assertEq(pol.getAccount(MINER).stake, 1 ether, "miner stake halved");
        assertEq(pol.getAccount(MINER).owed, 0, "miner unpaid");
        assertEq(pol.getAccount(REQUESTER).owed, FEE, "requester refunded");
        assertEq(pol.getAccount(members[0]).owed, share, "fail voter share");
        assertEq(pol.getAccount(members[1]).owed, share, "no-reveal voter share");
        uint256 penalty = passStake / 100;
        assertEq(pol.getAccount(members[2]).stake, passStake - penalty, "minority member penalized");
        assertEq(pol.rewardPool(), pool + slash - 2 * share + penalty, "pool gets the rest");
    }

    function test_AllNoRevealFails() public {
        bytes32 jobId = committedJob();
        address[] memory members = pol.previewCommittee(jobId);
        for (uint256 m = 0; m < members.length; ++m) {
            attestAs(members[m], jobId, IProofOfLogits.Verdict.NoReveal);
        }
        rollPastWindow(jobId);
        pol.settle(jobId);
        assertEq(uint256(pol.getJob(jobId).status), uint256(IProofOfLogits.JobStatus.Failed), "outcome");
    }

    function test_SingleValidatorCannotSlash() public {
        // A validator holding most of the stake joins; alone it must not be able to slash.
        address whale = address(0x4001);
        stakeAs(whale, IProofOfLogits.Role.Validator, 100 ether);
        bytes32 jobId = committedJob();
        address[] memory members = pol.previewCommittee(jobId);
        uint256 total;
        bool whaleIn;
        for (uint256 m = 0; m < members.length; ++m) {
            total += pol.getAccount(members[m]).stake;
            if (members[m] == whale) whaleIn = true;
        }
        assertTrue(whaleIn && 100 ether * 2 > total, "fixture: the whale holds the committee majority");
        address heaviest = whale;
        attestAs(heaviest, jobId, IProofOfLogits.Verdict.Fail);
        rollPastWindow(jobId);
        pol.settle(jobId);
        assertEq(uint256(pol.getJob(jobId).status), uint256(IProofOfLogits.JobStatus.Inconclusive), "outcome");
        assertEq(pol.getAccount(MINER).stake, 2 ether, "miner not slashed");
        assertEq(pol.getAccount(REQUESTER).owed, FEE, "requester refunded");
        assertEq(pol.getAccount(whale).stake, 100 ether, "voter not penalized in an inconclusive job");
        for (uint256 m = 0; m < members.length; ++m) {
            if (members[m] == heaviest) continue;
            uint256 idx = uint160(members[m]) - 0x3001;
            assertEq(pol.getAccount(members[m]).stake, (idx + 1) * 1 ether * 99 / 100, "absent member penalized");
        }
    }

    function test_NoAttestationsRefundWithoutPenalty() public {
        bytes32 jobId = committedJob();
        rollPastWindow(jobId);
        pol.settle(jobId);
        assertEq(uint256(pol.getJob(jobId).status), uint256(IProofOfLogits.JobStatus.Inconclusive), "outcome");
        assertEq(pol.getAccount(REQUESTER).owed, FEE, "requester refunded");
        assertEq(pol.getAccount(MINER).pending, 0, "miner released");
        for (uint256 i = 0; i < validators.length; ++i) {
            assertEq(pol.getAccount(validators[i]).stake, (i + 1) * 1 ether, "nobody penalized");
        }
    }

    function test_DrawCommitteeExplicitly() public {
        bytes32 jobId = committedJob();
        address[] memory preview = pol.previewCommittee(jobId);
        pol.drawCommittee(jobId);
        (address[] memory members,) = pol.getCommittee(jobId);
        assertEq(members.length, preview.length, "drawn size");
        for (uint256 m = 0; m < members.length; ++m) {
            assertEq(members[m], preview[m], "drawn = preview");
        }
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.CommitteeAlreadyDrawn.selector, jobId));
        pol.drawCommittee(jobId);
    }

    function test_CancelBeforeClaimAndAfterDeadline() public {
        bytes32 a = submit();
        vm.prank(REQUESTER);
        pol.cancelJob(a);
        assertEq(uint256(pol.getJob(a).status), uint256(IProofOfLogits.JobStatus.Cancelled), "cancelled by requester");
        assertEq(pol.getAccount(REQUESTER).owed, FEE, "refund credited");

        bytes32 b = submit();
        vm.prank(MINER);
        pol.claimJob(b);
        vm.warp(block.timestamp + 1 hours + 1);
        vm.prank(OUTSIDER);
        pol.cancelJob(b);
        assertEq(pol.getAccount(REQUESTER).owed, 2 * FEE, "refund after deadline, claimed job");
    }

    function test_UnbondAndWithdrawAfterDelay() public {
        address v = validators[4];
        vm.prank(v);
        pol.requestUnbond(5 ether);
        IProofOfLogits.Account memory a = pol.getAccount(v);
        assertEq(uint256(a.role), uint256(IProofOfLogits.Role.None), "exited");
        assertEq(a.unbonding, 5 ether, "unbonding");
        vm.roll(block.number + 1);
        (address[] memory list, uint256[] memory stakes) = pol.getValidators();
        assertEq(list[4], v, "freed slot keeps its last occupant");
        assertEq(stakes[4], 0, "with no draw weight");

        vm.warp(block.timestamp + 1 days);
        uint256 before = v.balance;
        vm.prank(v);
        pol.withdraw();
        assertEq(v.balance - before, 5 ether, "unbonded stake paid");

        // A validator joining within an attest window of the exit gets a new slot ...
        stakeAs(OUTSIDER, IProofOfLogits.Role.Validator, 1 ether);
        (list,) = pol.getValidators();
        assertEq(list.length, 6, "new slot appended");
        assertEq(list[5], OUTSIDER, "appended");
        // ... later ones reuse the freed slot.
        vm.roll(block.number + 21);
        stakeAs(address(0x4444), IProofOfLogits.Role.Validator, 1 ether);
        (list,) = pol.getValidators();
        assertEq(list[4], address(0x4444), "freed slot reused");
    }

    function test_PartialUnbondKeepsMinimum() public {
        vm.prank(MINER);
        pol.requestUnbond(1 ether);
        assertEq(pol.getAccount(MINER).stake, 1 ether, "remaining stake");
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.StakeBelowMinimum.selector, 0.5 ether, 1 ether));
        pol.requestUnbond(0.5 ether);
    }

    function test_TopUp() public {
        stakeAs(MINER, IProofOfLogits.Role.Miner, 3 ether);
        assertEq(pol.getAccount(MINER).stake, 5 ether, "topped up");
        stakeAs(validators[0], IProofOfLogits.Role.Validator, 1 ether);
        assertEq(pol.getAccount(validators[0]).stake, 2 ether, "validator topped up");
        (, uint256[] memory stakes) = pol.getValidators();
        assertEq(stakes[0], 1 ether, "draw weight unchanged in the block of the top-up");
        vm.roll(block.number + 1);
        (, stakes) = pol.getValidators();
        assertEq(stakes[0], 2 ether, "draw weight from the next block");
        (, stakes) = pol.drawWeights(uint64(block.number - 1));
        assertEq(stakes[0], 1 ether, "weights as of an earlier seed block");
    }

    function test_ThresholdVersionsAndRetirement() public {
        bytes32 oldJob = submit();
        pol.updateThresholds(modelId, thresholds(2));
        bytes32 newJob = submit();
        assertEq(pol.getJob(oldJob).thresholdsVersion, 1, "old job keeps its version");
        assertEq(pol.getJob(newJob).thresholdsVersion, 2, "new job uses the latest version");
        assertEq(pol.getThresholds(modelId, 2).version, 2, "stored version 2");

        pol.retireModel(modelId, uint64(block.timestamp + 10));
        submit();
        vm.warp(block.timestamp + 10);
        vm.prank(REQUESTER);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.ModelIsRetired.selector, modelId, uint64(block.timestamp))
        );
        pol.submitJob{value: FEE}(modelId, bytes32(0), 10, sampler(), uint64(block.timestamp + 100));
        // A job submitted before the retirement is still served.
        commitAs(MINER, oldJob);
    }

    function test_VerifyOpeningAgainstCommittedRoot() public {
        bytes32 jobId = submit();
        bytes32 leaf0 = keccak256("leaf0");
        bytes32 leaf1 = keccak256("leaf1");
        bytes32 top = sha256(abi.encodePacked(bytes1(0x01), leaf0, leaf1));
        bytes32 root = sha256(abi.encodePacked(bytes1(0x02), uint32(2), top));
        vm.prank(MINER);
        pol.commit(jobId, root, 2, bytes32(0));
        bytes32[] memory proof = new bytes32[](1);
        proof[0] = leaf1;
        assertTrue(pol.verifyOpening(jobId, 0, leaf0, proof), "valid opening");
        assertTrue(!pol.verifyOpening(jobId, 1, leaf0, proof), "wrong index");
    }
}
