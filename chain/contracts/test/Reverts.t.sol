// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {BlockHeaders} from "./utils/Rlp.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";
import {PolSpec} from "../src/PolSpec.sol";

/// @notice Every refused call reverts with its custom error.
contract RevertsTest is Fixture {
    IProofOfLogits.Verdict private constant PASS = IProofOfLogits.Verdict.Pass;

    // ------------------------------------------------ claims and commits

    function test_RevertClaimByUnstakedCaller() public {
        bytes32 jobId = submit();
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.RoleMismatch.selector, IProofOfLogits.Role.None, IProofOfLogits.Role.Miner
            )
        );
        claimAs(OUTSIDER, jobId);
    }

    function test_RevertClaimByValidator() public {
        bytes32 jobId = submit();
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.RoleMismatch.selector, IProofOfLogits.Role.Validator, IProofOfLogits.Role.Miner
            )
        );
        claimAs(validators[0], jobId);
    }

    function test_RevertCommitWithoutClaim() public {
        bytes32 jobId = submit();
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, jobId, IProofOfLogits.JobStatus.Open)
        );
        commitAs(MINER, jobId);
    }

    function test_RevertCommitByOtherThanTheHolder() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotClaimHolder.selector, MINER));
        commitAs(MINER2, jobId);
    }

    function test_RevertDoubleCommit() public {
        bytes32 jobId = submit();
        claimAndCommit(MINER, jobId);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, jobId, IProofOfLogits.JobStatus.Committed)
        );
        commitAs(MINER, jobId);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, jobId, IProofOfLogits.JobStatus.Committed)
        );
        claimAs(MINER2, jobId);
    }

    function test_RevertLateClaimAndCommit() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        uint64 deadline = pol.getJob(jobId).deadline;
        vm.warp(uint256(deadline) + 1);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.DeadlinePassed.selector, jobId, deadline));
        commitAs(MINER, jobId);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.DeadlinePassed.selector, jobId, deadline));
        claimAs(MINER2, jobId);
    }

    function test_RevertClaimedByOther() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        uint64 expiry = pol.getJob(jobId).claimExpiry;
        vm.prank(MINER2);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.ClaimedByOther.selector, MINER, expiry));
        pol.claimJob(jobId);
        vm.prank(REQUESTER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCancellable.selector, jobId));
        pol.cancelJob(jobId);
    }

    function test_RevertCommitBadLength() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.InvalidLength.selector, 0, 256));
        pol.commit(jobId, bytes32(0), 0, bytes32(0), "");
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.InvalidLength.selector, 257, 256));
        pol.commit(jobId, bytes32(0), 257, bytes32(0), outputOf(257));
    }

    function test_RevertCommitOutputLength() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        bytes memory short_ = outputOf(2);
        bytes memory long_ = bytes.concat(outputOf(3), hex"00");
        bytes[4] memory bad = [bytes(""), short_, long_, outputOf(4)];
        for (uint256 i = 0; i < bad.length; ++i) {
            vm.prank(MINER);
            vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.OutputLengthMismatch.selector, 3, bad[i].length));
            pol.commit(jobId, bytes32(0), 3, bytes32(0), bad[i]);
        }
        vm.prank(MINER);
        pol.commit(jobId, bytes32(0), 3, bytes32(0), outputOf(3));
        assertEq(uint8(pol.getJob(jobId).status), uint8(IProofOfLogits.JobStatus.Committed), "committed");
    }

    function test_RevertUnknownJob() public {
        bytes32 jobId = keccak256("unknown");
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownJob.selector, jobId));
        pol.commit(jobId, bytes32(0), 1, bytes32(0), outputOf(1));
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownJob.selector, jobId));
        pol.claimJob(jobId);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownJob.selector, jobId));
        pol.settle(jobId);
    }

    function test_RevertClaimBelowMinimumStake() public {
        address small = address(0x5003);
        stakeAs(small, IProofOfLogits.Role.Miner, COLLATERAL);
        // A failed job takes the whole collateral: nothing is left to claim with.
        bytes32 failed = submit();
        claimAndCommit(small, failed);
        vm.roll(block.number + SEED_DELAY + 1);
        runJob(failed, IProofOfLogits.Verdict.Fail);
        assertEq(stakeOf(small), 0, "stake after the slash");
        bytes32 jobId = submit();
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.StakeBelowMinimum.selector, 0, 1 ether));
        claimAs(small, jobId);
    }

    function test_RevertSubmitChecks() public {
        IProofOfLogits.Sampler memory s = sampler();
        uint64 dl = uint64(block.timestamp + 100);
        vm.startPrank(REQUESTER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.FeeTooLow.selector, 0, 1 gwei));
        pol.submitJob(modelId, 1, bytes32(0), 10, s, dl);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownModel.selector, 7));
        pol.submitJob{value: 1 gwei}(7, 1, bytes32(0), 10, s, dl);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.InvalidLength.selector, 0, 1 << 20));
        pol.submitJob{value: 1 gwei}(modelId, 1, bytes32(0), 0, s, dl);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.DeadlineInPast.selector, uint64(block.timestamp)));
        pol.submitJob{value: 1 gwei}(modelId, 1, bytes32(0), 10, s, uint64(block.timestamp));
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.VersionMismatch.selector, modelId, 1, 0));
        pol.submitJob{value: 1 gwei}(modelId, 0, bytes32(0), 10, s, dl);
        vm.stopPrank();
    }

    // ------------------------------------------------ the draw

    function test_RevertDrawBeforeSeed() public {
        bytes32 jobId = submit();
        claimAndCommit(MINER, jobId);
        uint64 seedBlock = uint64(block.number + 2);
        vm.roll(block.number + 2);
        bytes memory header = BlockHeaders.withMix(seedBlock, bytes32(uint256(1)));
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.SeedNotReady.selector, seedBlock));
        pol.drawCommittee(jobId, header);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.SeedNotReady.selector, seedBlock));
        pol.previewCommittee(jobId, header);
    }

    function test_RevertDrawAfterWindow() public {
        bytes32 jobId = committedJob();
        bytes memory header = headerOf(jobId);
        uint64 last = uint64(seedBlockOf(jobId) + ATTEST_WINDOW);
        vm.roll(uint256(last) + 1);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.AttestWindowClosed.selector, last));
        pol.drawCommittee(jobId, header);
    }

    function test_RevertZeroPrevrandao() public {
        bytes32 jobId = committedJob();
        bytes memory header = headerOf(jobId, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.SeedUnavailable.selector, uint64(seedBlockOf(jobId))));
        pol.drawCommittee(jobId, header);
    }

    function test_RevertDrawWithoutValidators() public {
        pol = deployPol(defaultParams());
        modelId = pol.registerModel(bytes32(0), one(thresholds(1)));
        stakeAs(MINER, IProofOfLogits.Role.Miner, MINER_STAKE);
        bytes32 jobId = committedJob();
        bytes memory header = headerOf(jobId);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotEnoughValidators.selector, 0, 3));
        pol.drawCommittee(jobId, header);
    }

    /// @dev Without EIP-2935 history (the forge EVM has no history contract) a seed block more than
    /// 256 blocks old has no hash: the draw refuses it, settle refunds without penalties.
    function test_SeedOutOfRange() public {
        IProofOfLogits.Params memory p = defaultParams();
        p.attestWindow = 1000;
        pol = deployPol(p);
        modelId = pol.registerModel(bytes32(0), one(thresholds(1)));
        stakeAs(MINER, IProofOfLogits.Role.Miner, MINER_STAKE);
        for (uint256 i = 0; i < 3; ++i) {
            stakeAs(validators[i], IProofOfLogits.Role.Validator, 1 ether);
        }
        bytes32 jobId = submit();
        claimAndCommit(MINER, jobId);
        uint64 seedBlock = uint64(block.number + 2);
        vm.roll(uint256(seedBlock) + 257);
        bytes memory header = BlockHeaders.withMix(seedBlock, bytes32(uint256(1)));
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.SeedUnavailable.selector, seedBlock));
        pol.drawCommittee(jobId, header);
        vm.roll(uint256(seedBlock) + 1000 + REVEAL_WINDOW + 1);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Inconclusive), "outcome");
        assertEq(owedOf(REQUESTER), FEE, "refund");
    }

    // ------------------------------------------------ verdicts

    function test_RevertCommitVerdictBeforeDraw() public {
        bytes32 jobId = committedJob();
        vm.prank(validators[0]);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.CommitteeNotDrawn.selector, jobId));
        pol.commitVerdict(jobId, bytes32(uint256(1) << 200));
    }

    /// The seed is not stored: the challenge-set view proves it from round one's seed block header.
    function test_RevertChallengePositionsWithoutAProvenSeed() public {
        bytes32 open = submit();
        bytes memory any = BlockHeaders.withMix(block.number, bytes32(uint256(1)));
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, open, IProofOfLogits.JobStatus.Open)
        );
        pol.challengePositions(open, any);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownJob.selector, bytes32(uint256(7))));
        pol.challengePositions(bytes32(uint256(7)), any);
        bytes32 jobId = committedJob();
        uint256 seedBlock = seedBlockOf(jobId);
        bytes memory header = BlockHeaders.withMix(seedBlock, mixOf(jobId));
        vm.roll(seedBlock);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.SeedNotReady.selector, uint64(seedBlock)));
        pol.challengePositions(jobId, header);
        vm.roll(seedBlock + 1);
        vm.setBlockhash(seedBlock, keccak256(header));
        bytes memory other = BlockHeaders.withMix(seedBlock, bytes32(uint256(2)));
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.HeaderMismatch.selector, uint64(seedBlock), keccak256(header), keccak256(other)
            )
        );
        pol.challengePositions(jobId, other);
        assertEq(pol.challengePositions(jobId, header), PolSpec.challengeSet(mixOf(jobId), jobId, N, 16), "derived");
    }

    function test_RevertVerdictByNonMember() public {
        bytes32 jobId = committedJob();
        address[] memory members = draw(jobId);
        address outsider = nonMember(members);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCommitteeMember.selector, outsider));
        pol.commitVerdict(jobId, commitment(outsider, jobId, PASS));
        vm.prank(OUTSIDER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCommitteeMember.selector, OUTSIDER));
        pol.commitVerdict(jobId, commitment(OUTSIDER, jobId, PASS));
        rollToReveal(jobId);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCommitteeMember.selector, outsider));
        pol.revealVerdict(jobId, PASS, bytes32(0), bytes32(0));
    }

    function test_RevertCommitVerdictTwice() public {
        bytes32 jobId = committedJob();
        address v = draw(jobId)[0];
        commitVerdictAs(v, jobId, PASS);
        vm.prank(v);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.AlreadyCommitted.selector, v));
        pol.commitVerdict(jobId, commitment(v, jobId, IProofOfLogits.Verdict.Fail));
    }

    function test_RevertRevealChecks() public {
        bytes32 jobId = committedJob();
        address[] memory members = draw(jobId);
        commitVerdictAs(members[0], jobId, PASS);
        rollToReveal(jobId);
        vm.prank(members[1]);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCommitted.selector, members[1]));
        pol.revealVerdict(jobId, PASS, saltOf(members[1], jobId), evidenceOf(members[1]));
        vm.prank(members[0]);
        vm.expectRevert(IProofOfLogits.InvalidVerdict.selector);
        pol.revealVerdict(jobId, IProofOfLogits.Verdict.None, saltOf(members[0], jobId), evidenceOf(members[0]));
        vm.prank(members[0]);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.CommitmentMismatch.selector, members[0]));
        pol.revealVerdict(jobId, PASS, bytes32(0), evidenceOf(members[0]));
        revealAs(members[0], jobId, PASS);
        vm.prank(members[0]);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.AlreadyRevealed.selector, members[0]));
        pol.revealVerdict(jobId, PASS, saltOf(members[0], jobId), evidenceOf(members[0]));
        uint64 last = uint64(seedBlockOf(jobId) + ATTEST_WINDOW + REVEAL_WINDOW);
        vm.roll(uint256(last) + 1);
        vm.prank(members[0]);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.RevealWindowClosed.selector, last));
        pol.revealVerdict(jobId, PASS, saltOf(members[0], jobId), evidenceOf(members[0]));
    }

    // ------------------------------------------------ settlement

    function test_RevertSettleDuringReveal() public {
        bytes32 jobId = committedJob();
        uint64 last = uint64(seedBlockOf(jobId) + ATTEST_WINDOW + REVEAL_WINDOW);
        vm.roll(last);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.RevealWindowOpen.selector, last));
        pol.settle(jobId);
    }

    function test_RevertSettleTwiceAndUncommitted() public {
        bytes32 jobId = committedJob();
        rollPastReveal(jobId);
        pol.settle(jobId);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, jobId, IProofOfLogits.JobStatus.Inconclusive)
        );
        pol.settle(jobId);
        bytes32 open = submit();
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, open, IProofOfLogits.JobStatus.Open)
        );
        pol.settle(open);
    }

    function test_RevertCancel() public {
        bytes32 jobId = submit();
        vm.prank(OUTSIDER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCancellable.selector, jobId));
        pol.cancelJob(jobId);
        claimAndCommit(MINER, jobId);
        vm.warp(block.timestamp + 2 hours);
        vm.prank(REQUESTER);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, jobId, IProofOfLogits.JobStatus.Committed)
        );
        pol.cancelJob(jobId);
    }

    // ------------------------------------------------ staking and withdrawals

    function test_RevertWithdraw() public {
        vm.prank(OUTSIDER);
        vm.expectRevert(IProofOfLogits.NothingToWithdraw.selector);
        pol.withdraw();
        vm.prank(MINER);
        pol.requestUnbond(MINER_STAKE);
        uint64 readyAt = uint64(block.timestamp + 1 days);
        vm.warp(block.timestamp + 1 days - 1);
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnbondingNotReady.selector, readyAt, 0));
        pol.withdraw();
        // A validator also waits until no draw can weigh the stake it unbonded.
        address v = validators[0];
        vm.prank(v);
        pol.requestUnbond(1 ether);
        uint64 readyBlock = uint64(block.number + STAKE_SPACING);
        vm.warp(block.timestamp + 2 days);
        vm.prank(v);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.UnbondingNotReady.selector, uint64(block.timestamp - 1 days), readyBlock
            )
        );
        pol.withdraw();
        vm.roll(readyBlock);
        vm.prank(v);
        pol.withdraw();
    }

    function test_RevertStakeChecks() public {
        vm.deal(OUTSIDER, 10 ether);
        vm.startPrank(OUTSIDER);
        vm.expectRevert(IProofOfLogits.ZeroValue.selector);
        pol.stake(IProofOfLogits.Role.Miner, 0);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.StakeBelowMinimum.selector, 0.5 ether, 1 ether));
        pol.stake{value: 0.5 ether}(IProofOfLogits.Role.Miner, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.RoleMismatch.selector, IProofOfLogits.Role.None, IProofOfLogits.Role.Miner
            )
        );
        pol.stake{value: 1 ether}(IProofOfLogits.Role.None, 0);
        vm.stopPrank();
        vm.deal(MINER, 1 ether);
        vm.prank(MINER);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.RoleMismatch.selector, IProofOfLogits.Role.Miner, IProofOfLogits.Role.Validator
            )
        );
        pol.stake{value: 1 ether}(IProofOfLogits.Role.Validator, 0);
    }

    function test_RevertValidatorSetFull() public {
        for (uint256 i = 0; i < 11; ++i) {
            stakeAs(address(uint160(0x7001 + i)), IProofOfLogits.Role.Validator, 1 ether);
        }
        address late = address(0x8001);
        vm.deal(late, 1 ether);
        vm.prank(late);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.ValidatorSetFull.selector, 16));
        pol.stake{value: 1 ether}(IProofOfLogits.Role.Validator, 0);
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
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.InsufficientStake.selector, MINER_STAKE, MINER_STAKE + 1));
        pol.requestUnbond(MINER_STAKE + 1);
        vm.prank(MINER);
        vm.expectRevert(IProofOfLogits.ZeroValue.selector);
        pol.requestUnbond(0);
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.StakeBelowMinimum.selector, 0.5 ether, 1 ether));
        pol.requestUnbond(MINER_STAKE - 0.5 ether);
    }

    function test_RevertStakeChangeTooSoon() public {
        address v = validators[0];
        stakeAs(v, IProofOfLogits.Role.Validator, 1 ether);
        uint64 next = uint64(block.number + STAKE_SPACING);
        vm.deal(v, 1 ether);
        vm.prank(v);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.StakeChangeTooSoon.selector, next));
        pol.stake{value: 1 ether}(IProofOfLogits.Role.Validator, 0);
        vm.prank(v);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.StakeChangeTooSoon.selector, next));
        pol.requestUnbond(2 ether);
        vm.roll(next);
        vm.prank(v);
        pol.requestUnbond(2 ether);
    }

    // ------------------------------------------------ registry

    function test_RevertRegistryChecks() public {
        vm.prank(OUTSIDER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotOwner.selector, OUTSIDER));
        pol.registerModel(bytes32(0), one(thresholds(1)));
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.BadThresholdsVersion.selector, 1, 2));
        pol.registerModel(bytes32(0), one(thresholds(2)));
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.BadThresholdsVersion.selector, 2, 3));
        pol.updateThresholds(modelId, one(thresholds(3)));
        IProofOfLogits.Thresholds memory t = thresholds(2);
        t.topK = 0;
        vm.expectRevert(IProofOfLogits.InvalidThresholds.selector);
        pol.updateThresholds(modelId, one(t));
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownModel.selector, 9));
        pol.retireModel(9, uint64(block.timestamp));
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.RetireInPast.selector, uint64(block.timestamp - 1)));
        pol.retireModel(modelId, uint64(block.timestamp - 1));
        vm.expectRevert(IProofOfLogits.ZeroValue.selector);
        pol.fundRewards();
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.BadThresholdsVersion.selector, 1, 2));
        pol.getThresholds(modelId, 2, 1);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.ProfileNotAdmitted.selector, modelId, 1, 2));
        pol.getThresholds(modelId, 1, 2);
    }

    /// A version lists each admitted profile once, in increasing order, never profile 0; it holds
    /// at least one and at most MAX_PROFILES.
    function test_RevertProfileLists() public {
        IProofOfLogits.Thresholds[] memory two = new IProofOfLogits.Thresholds[](2);
        two[0] = thresholds(1);
        two[1] = thresholds(1); // same profile twice
        vm.expectRevert(IProofOfLogits.InvalidThresholds.selector);
        pol.registerModel(bytes32(0), two);
        two[0].profile = 2; // decreasing
        vm.expectRevert(IProofOfLogits.InvalidThresholds.selector);
        pol.registerModel(bytes32(0), two);
        IProofOfLogits.Thresholds memory zero = thresholds(1);
        zero.profile = 0;
        vm.expectRevert(IProofOfLogits.InvalidThresholds.selector);
        pol.registerModel(bytes32(0), one(zero));
        vm.expectRevert(IProofOfLogits.InvalidThresholds.selector);
        pol.registerModel(bytes32(0), new IProofOfLogits.Thresholds[](0));
        IProofOfLogits.Thresholds[] memory many = new IProofOfLogits.Thresholds[](17);
        for (uint16 i = 0; i < 17; ++i) {
            many[i] = thresholds(1);
            many[i].profile = i + 1;
        }
        vm.expectRevert(IProofOfLogits.InvalidThresholds.selector);
        pol.registerModel(bytes32(0), many);
        two[0].profile = 1;
        two[1] = thresholds(2); // version 2 in a version-1 registration
        two[1].profile = 2;
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.BadThresholdsVersion.selector, 1, 2));
        pol.registerModel(bytes32(0), two);
    }

    /// A profile's span is the context its thresholds were calibrated over (docs/protocol.md §8.3):
    /// at least two tokens, and a job must fit in the longest span of the active version with at
    /// least one prompt token (review H2: a requester's long job would otherwise get an honest
    /// miner judged where its drift was never measured).
    function test_RevertSpan() public {
        IProofOfLogits.Thresholds memory t = thresholds(1);
        t.span = 1;
        vm.expectRevert(IProofOfLogits.InvalidThresholds.selector);
        pol.registerModel(bytes32(0), one(t));
        IProofOfLogits.Thresholds[] memory two = new IProofOfLogits.Thresholds[](2);
        two[0] = thresholds(1);
        two[0].span = 64;
        two[1] = thresholds(1);
        two[1].profile = 2;
        two[1].span = 512;
        uint32 m = pol.registerModel(keccak256("spans"), two);
        assertEq(pol.getThresholds(m, 1, 1).span, 64, "profile 1 span");
        assertEq(pol.getThresholds(m, 1, 2).span, 512, "profile 2 span");
        vm.deal(REQUESTER, 1 ether);
        vm.startPrank(REQUESTER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.BeyondSpan.selector, 512, 512));
        pol.submitJob{value: FEE}(m, 1, keccak256("p"), 512, sampler(), uint64(block.timestamp + 1 hours));
        pol.submitJob{value: FEE}(m, 1, keccak256("p"), 511, sampler(), uint64(block.timestamp + 1 hours));
        vm.stopPrank();
    }

    function test_RevertInvalidParams() public {
        IProofOfLogits.Params[] memory bad = new IProofOfLogits.Params[](8);
        for (uint256 i = 0; i < bad.length; ++i) {
            bad[i] = defaultParams();
        }
        bad[0].committeeSize = 1;
        bad[1].attestWindow = 8192;
        bad[2].seedDelay = 1; // the commit block's proposer would know the seed (review R5)
        bad[3].revealWindow = 0;
        bad[4].minFee = 0;
        bad[5].collateralMultiplier = 0;
        bad[6].challenges = 0;
        bad[7].unbondingDelay = uint64(type(uint32).max) + 1;
        for (uint256 i = 0; i < bad.length; ++i) {
            (bool ok, bytes memory err) = address(this).call(abi.encodeCall(this.deployForTest, (bad[i])));
            assertTrue(!ok, "constructor accepted bad params");
            assertEq(
                keccak256(err),
                keccak256(abi.encodeWithSelector(IProofOfLogits.InvalidParams.selector)),
                "InvalidParams"
            );
        }
    }

    /// @dev Deploys with `p`, bubbling the constructor's revert data (vm.deployCode wraps it).
    function deployForTest(IProofOfLogits.Params memory p) external {
        bytes memory code = abi.encodePacked(vm.getCode("ProofOfLogits.sol:ProofOfLogits"), abi.encode(p));
        assembly ("memory-safe") {
            let a := create(0, add(code, 0x20), mload(code))
            if iszero(a) {
                returndatacopy(0, 0, returndatasize())
                revert(0, returndatasize())
            }
        }
    }
}
