// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {BlockHeaders} from "./utils/Rlp.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";

/// @notice Escalation (docs/contract.md §5): a round one with a Fail vote that does not fail the job
/// is decided by a larger round two. Each test runs an attack the rule without escalation let pay
/// (rubber-stamping, shielding a cheat, withholding behind colluders, griefing an honest miner) and
/// asserts it no longer does; the others pin the round-two draw and its rule.
contract EscalationTest is Fixture {
    IProofOfLogits.Verdict private constant PASS = IProofOfLogits.Verdict.Pass;
    IProofOfLogits.Verdict private constant FAIL = IProofOfLogits.Verdict.Fail;
    IProofOfLogits.Verdict private constant NOREV = IProofOfLogits.Verdict.NoReveal;

    uint256 private constant ESCALATED = uint256(IProofOfLogits.JobStatus.Escalated);

    /// @dev Five more validators (ten in all), so that round two can draw its full 2C + 1 = 7.
    function addValidators() private {
        addValidators(5, 0x3101, 2 ether);
    }

    /// Review R2: two members rubber-stamp Pass on a cheat an honest member fails. Without
    /// escalation the job was Passed and the honest Fail voter penalised. Now round two fails it:
    /// the cheater is slashed, the rubber-stampers lose 1 % each, the honest member is paid.
    function test_R2_rubberStampersArePenalisedWhenRoundTwoFails() public {
        bytes32 jobId = committedJob();
        address[] memory one = draw(jobId);
        uint256[3] memory stakes = [stakeOf(one[0]), stakeOf(one[1]), stakeOf(one[2])];
        vote(jobId, one, verdicts3(PASS, PASS, FAIL));
        address[] memory two = escalate(jobId);
        voteAllAndSettle(jobId, two, FAIL);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Failed), "failed");
        assertEq(stakeOf(MINER), MINER_STAKE - COLLATERAL, "the cheater is slashed");
        assertEq(stakeOf(one[0]), stakes[0] - stakes[0] / 100, "rubber-stamper penalised");
        assertEq(stakeOf(one[1]), stakes[1] - stakes[1] / 100, "rubber-stamper penalised");
        assertEq(stakeOf(one[2]), stakes[2], "the honest fail voter keeps its stake");
        assertTrue(owedOf(one[2]) > 0, "and is paid");
        assertEq(owedOf(one[0]) + owedOf(one[1]), 0, "rubber-stampers earn nothing");
    }

    /// A token-level cheat with two colluders on round one: they reveal NoReveal beside the honest
    /// Fail, which without escalation made the job Unserved (no slash). A Fail vote escalates
    /// whatever the others say; round two reads the tokens from the chain too and fails it.
    function test_withholdingBehindColludersEscalates() public {
        bytes32 jobId = committedJob();
        address[] memory one = draw(jobId);
        uint256[2] memory silent = [stakeOf(one[1]), stakeOf(one[2])];
        vote(jobId, one, verdicts3(FAIL, NOREV, NOREV));
        address[] memory two = escalate(jobId);
        voteAllAndSettle(jobId, two, FAIL);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Failed), "failed in round two");
        assertEq(stakeOf(MINER), MINER_STAKE - COLLATERAL, "slashed");
        assertEq(stakeOf(one[1]), silent[0], "NoReveal is never penalised");
        assertEq(stakeOf(one[2]), silent[1], "NoReveal is never penalised");
    }

    /// A griefer fails an honest job beside two Pass votes: round two passes it, the griefer
    /// loses 1 % of its stake and earns nothing; the miner is paid in full and all pass voters of
    /// both rounds share the cut.
    function test_aGrieferPaysAndTheHonestMinerIsPaid() public {
        bytes32 jobId = committedJob();
        address[] memory one = draw(jobId);
        uint256 griefer = stakeOf(one[2]);
        vote(jobId, one, verdicts3(PASS, PASS, FAIL));
        address[] memory two = escalate(jobId);
        voteAllAndSettle(jobId, two, PASS);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Passed), "passed");
        assertEq(stakeOf(one[2]), griefer - griefer / 100, "the griefer is penalised");
        assertEq(owedOf(one[2]), 0, "and earns nothing");
        uint256 part = FEE * N / MAX_TOKENS;
        uint256 each = (part / 10) / (2 + two.length);
        assertEq(owedOf(one[0]), each, "round one's pass voters share the cut");
        assertEq(owedOf(two[0]), each, "with round two's");
        assertEq(owedOf(MINER), part - each * (2 + two.length) + uint256(N) * 1 gwei, "the miner is paid the rest");
        assertEq(stakeOf(MINER), MINER_STAKE, "and never slashed");
    }

    /// Round two: 2C + 1 = 7 members, none of them on round one, the challenge set unchanged;
    /// round one's members cannot vote again, round two's windows count from its own seed block.
    function test_roundTwoIsLargerDisjointAndKeepsTheChallengeSet() public {
        addValidators();
        bytes32 jobId = committedJob();
        address[] memory one = draw(jobId);
        uint32[] memory challenge = challengeOf(jobId);
        vote(jobId, one, verdicts3(PASS, FAIL, PASS));
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), ESCALATED, "escalated");
        uint256 seedTwo = seedBlockOf(jobId);
        assertEq(seedTwo, block.number + SEED_DELAY, "round two's seed block");
        bytes memory header = BlockHeaders.withMix(seedTwo, mixOf(jobId));
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.SeedNotReady.selector, uint64(seedTwo)));
        pol.drawCommittee(jobId, header);
        vm.roll(seedTwo + 1);
        address[] memory two = draw(jobId);
        assertEq(two.length, 7, "2C + 1 members");
        for (uint256 m = 0; m < two.length; ++m) {
            for (uint256 o = 0; o < one.length; ++o) {
                assertTrue(two[m] != one[o], "no round-one member sits on round two");
            }
            for (uint256 o = 0; o < m; ++o) {
                assertTrue(two[m] != two[o], "distinct members");
            }
        }
        uint32[] memory again = challengeOf(jobId); // from round one's seed block
        assertEq(pol.getJob(jobId).seedBlock, seedTwo, "the job view names round two's seed block");
        assertEq(again.length, challenge.length, "same challenge set");
        for (uint256 i = 0; i < again.length; ++i) {
            assertEq(again[i], challenge[i], "same challenge set");
        }
        vm.prank(one[0]);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCommitteeMember.selector, one[0]));
        pol.commitVerdict(jobId, commitment(one[0], jobId, PASS));
        // Round two's windows: commitments until seedTwo + ATTEST_WINDOW, then reveals.
        vm.roll(seedTwo + ATTEST_WINDOW);
        commitVerdictAs(two[0], jobId, PASS);
        vm.roll(seedTwo + ATTEST_WINDOW + 1);
        vm.prank(two[1]);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.AttestWindowClosed.selector, uint64(seedTwo + ATTEST_WINDOW))
        );
        pol.commitVerdict(jobId, commitment(two[1], jobId, PASS));
        revealAs(two[0], jobId, PASS);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.RevealWindowOpen.selector, uint64(seedTwo + ATTEST_WINDOW + REVEAL_WINDOW)
            )
        );
        pol.settle(jobId);
    }

    /// Round two's rule with E = 7: four Fail votes against three Pass do not slash (more than two
    /// thirds are needed: a third of round two can always shield a miner from a colluding rest),
    /// five do, and the overruled Pass voters are penalised.
    function test_roundTwoSlashesOnMoreThanTwoThirds() public {
        addValidators();
        uint256[2] memory fails = [uint256(4), 5];
        for (uint256 k = 0; k < 2; ++k) {
            bytes32 jobId = committedJob();
            vote(jobId, draw(jobId), verdicts3(PASS, FAIL, FAIL));
            address[] memory two = escalate(jobId);
            IProofOfLogits.Verdict[] memory vs = new IProofOfLogits.Verdict[](two.length);
            for (uint256 m = 0; m < two.length; ++m) {
                vs[m] = m < fails[k] ? FAIL : PASS;
            }
            uint256 passer = stakeOf(two[6]);
            vote(jobId, two, vs);
            rollPastReveal(jobId);
            pol.settle(jobId);
            if (k == 0) {
                assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Unserved), "4 of 7: no slash");
                assertEq(stakeOf(two[6]), passer, "nobody overruled");
            } else {
                assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Failed), "5 of 7: slashed");
                assertEq(stakeOf(two[6]), passer - passer / 100, "the overruled pass voter is penalised");
            }
        }
        assertEq(stakeOf(MINER), MINER_STAKE - COLLATERAL, "one collateral slashed");
    }

    /// Nobody left to draw: the two validators not on round one have exited. Round two cannot be
    /// drawn; after its windows the job settles Inconclusive and every lock and duty is released.
    function test_noValidatorLeftForRoundTwoIsInconclusive() public {
        bytes32 jobId = committedJob();
        address[] memory one = draw(jobId);
        vm.roll(block.number + ATTEST_WINDOW);
        for (uint256 i = 0; i < validators.length; ++i) {
            address v = validators[i];
            if (v == one[0] || v == one[1] || v == one[2]) continue;
            uint256 s = stakeOf(v);
            vm.prank(v);
            pol.requestUnbond(s);
        }
        vm.roll(seedBlockOf(jobId) + 1);
        vote(jobId, one, verdicts3(PASS, FAIL, PASS));
        rollPastReveal(jobId);
        pol.settle(jobId);
        vm.roll(seedBlockOf(jobId) + 1);
        bytes memory header = headerOf(jobId);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotEnoughValidators.selector, 0, 7));
        pol.drawCommittee(jobId, header);
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Inconclusive), "inconclusive");
        assertEq(pol.getAccount(MINER).locked, 0, "collateral released");
        assertEq(owedOf(REQUESTER), FEE, "fee refunded");
        for (uint256 m = 0; m < 3; ++m) {
            assertEq(pol.getAccount(one[m]).duties, 0, "duties released");
        }
    }
}
