// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";
import {PolSpec} from "../src/PolSpec.sol";

/// @notice Adversarial review of the escalation rule (docs/contract.md §5): each test performs one
/// attack on the real contract and asserts what happens. Tests named `test_Finding*` show a rule
/// or a documented claim that does not hold; `test_Holds*` show an attack the rule stops.
contract ReviewEscalationTest is Fixture {
    IProofOfLogits.Verdict private constant PASS = IProofOfLogits.Verdict.Pass;
    IProofOfLogits.Verdict private constant FAIL = IProofOfLogits.Verdict.Fail;
    IProofOfLogits.Verdict private constant NOREV = IProofOfLogits.Verdict.NoReveal;
    IProofOfLogits.Verdict private constant SILENT = IProofOfLogits.Verdict.None;

    uint256 private constant ESCALATED = uint256(IProofOfLogits.JobStatus.Escalated);
    uint256 private constant PASSED = uint256(IProofOfLogits.JobStatus.Passed);
    uint256 private constant FAILED = uint256(IProofOfLogits.JobStatus.Failed);
    uint256 private constant UNSERVED = uint256(IProofOfLogits.JobStatus.Unserved);

    address private constant WHALE = address(0x7001);

    /// @dev Five more validators of 2 ether (ten in all, 25 ether), so round two can draw 2C + 1 = 7.
    function addValidators() private {
        addValidators(5, 0x3101, 2 ether);
    }

    function contains(address[] memory list, address who) private pure returns (bool) {
        for (uint256 i = 0; i < list.length; ++i) {
            if (list[i] == who) return true;
        }
        return false;
    }

    /// @dev Round one (C = 3) votes `a, b, c`; settle escalates; round two is drawn and returned.
    function escalated(bytes32 jobId, IProofOfLogits.Verdict a, IProofOfLogits.Verdict b, IProofOfLogits.Verdict c)
        private
        returns (address[] memory one, address[] memory two)
    {
        one = draw(jobId);
        vote(jobId, one, verdicts3(a, b, c));
        two = escalate(jobId);
    }

    /// @dev Round two: the first `k` members vote `first`, the others `rest`; then settle.
    function roundTwo(
        bytes32 jobId,
        address[] memory two,
        uint256 k,
        IProofOfLogits.Verdict first,
        IProofOfLogits.Verdict rest
    ) private {
        IProofOfLogits.Verdict[] memory vs = new IProofOfLogits.Verdict[](two.length);
        for (uint256 m = 0; m < two.length; ++m) {
            vs[m] = m < k ? first : rest;
        }
        vote(jobId, two, vs);
        rollPastReveal(jobId);
        pol.settle(jobId);
    }

    /// @dev Σ over every account the fixture knows of stake + unbonding + owed.
    function accountsTotal() private view returns (uint256 total) {
        address[] memory all = new address[](validators.length + 4);
        for (uint256 i = 0; i < validators.length; ++i) {
            all[i] = validators[i];
        }
        (all[validators.length], all[validators.length + 1]) = (MINER, MINER2);
        (all[validators.length + 2], all[validators.length + 3]) = (REQUESTER, WHALE);
        for (uint256 i = 0; i < all.length; ++i) {
            IProofOfLogits.Account memory a = pol.getAccount(all[i]);
            total += a.stake + a.unbonding + a.owed;
        }
    }

    // ------------------------------------------------------------------ findings

    /// Finding E1 (fixed). A round-one member that exited could re-join into a new list slot,
    /// which round two's draw did not exclude: it sat on both rounds and was paid twice. An account
    /// with duties cannot register again until its last committee settles (PendingDuties).
    function test_E1_roundOneMemberCannotRejoinBeforeTheFinalSettlement() public {
        addValidators();
        bytes32 jobId = committedJob();
        address[] memory one = draw(jobId);
        address x = one[0];
        vote(jobId, one, verdicts3(PASS, PASS, FAIL));
        uint256 old = stakeOf(x);
        vm.prank(x);
        pol.requestUnbond(old);
        vm.deal(x, 50 ether);
        vm.prank(x);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.PendingDuties.selector, uint32(1)));
        pol.stake{value: 50 ether}(IProofOfLogits.Role.Validator, 0);
        address[] memory two = escalate(jobId);
        assertTrue(!contains(two, x), "round one's member is not on round two");
        roundTwo(jobId, two, two.length, PASS, PASS);
        assertEq(statusOf(jobId), PASSED, "passed");
        vm.roll(block.number + STAKE_SPACING);
        stakeAs(x, IProofOfLogits.Role.Validator, 50 ether); // free to come back once settled
    }

    /// Finding E2 (griefing an honest miner costs nothing with four of seven). One colluder fails
    /// an honest job in round one; four colluders of round two vote Fail (or NoReveal). Round two
    /// neither passes (3 of 7 Pass) nor fails (4 of 7 is not more than two thirds): Unserved. The
    /// miner is not paid, the honest Pass voters of both rounds earn nothing, and NO colluder is
    /// penalized. docs/contract.md §12 says round two "passes it and penalizes them (unless more
    /// than two thirds of round two collude)", §5 "every failed attempt costs each colluding Fail
    /// voter its penalty": both need "at least four of seven (a majority)", not "more than two thirds".
    function test_LimitE2_fourOfSevenGriefAnHonestMinerForFree() public {
        addValidators();
        IProofOfLogits.Verdict[2] memory ways = [FAIL, NOREV];
        for (uint256 k = 0; k < 2; ++k) {
            bytes32 jobId = committedJob();
            (address[] memory one, address[] memory two) = escalated(jobId, PASS, PASS, FAIL);
            assertEq(two.length, 7, "round two is full");
            uint256 griefer = stakeOf(one[2]);
            uint256[4] memory colluders = [stakeOf(two[0]), stakeOf(two[1]), stakeOf(two[2]), stakeOf(two[3])];
            uint256 minerOwed = owedOf(MINER);
            roundTwo(jobId, two, 4, ways[k], PASS);
            assertEq(statusOf(jobId), UNSERVED, "neither passed nor failed");
            assertEq(owedOf(MINER), minerOwed, "the honest miner is not paid");
            assertEq(stakeOf(MINER), MINER_STAKE, "nor slashed");
            assertEq(stakeOf(one[2]), griefer, "the round-one griefer is not penalized");
            for (uint256 m = 0; m < 4; ++m) {
                assertEq(stakeOf(two[m]), colluders[m], "no round-two colluder is penalized");
            }
            assertEq(owedOf(one[0]) + owedOf(two[4]), 0, "honest pass voters earn nothing");
        }
    }

    /// Finding E3 (shielding a caught cheat in round two is free). A cheat: two honest Fail votes
    /// and one colluding Pass escalate; in round two three colluders reveal NoReveal beside four
    /// honest Fail votes. 4 of 7 is not more than two thirds: Unserved, the cheater keeps its
    /// collateral, and nobody on the coalition's side is penalized (the round-one Pass voter is
    /// penalized only if round two fails the job). The rubber-stamp penalty (R2) therefore bites
    /// only when the coalition loses; with three of seven seats it risks nothing.
    function test_LimitE3_threeSilentOfSevenShieldACheatForFree() public {
        addValidators();
        bytes32 jobId = committedJob();
        (address[] memory one, address[] memory two) = escalated(jobId, FAIL, PASS, FAIL);
        assertEq(two.length, 7, "round two is full");
        uint256 stamper = stakeOf(one[1]);
        uint256[3] memory silent = [stakeOf(two[4]), stakeOf(two[5]), stakeOf(two[6])];
        roundTwo(jobId, two, 4, FAIL, NOREV);
        assertEq(statusOf(jobId), UNSERVED, "not failed");
        assertEq(stakeOf(MINER), MINER_STAKE, "the cheater keeps its collateral");
        assertEq(stakeOf(one[1]), stamper, "the round-one rubber-stamper is not penalized");
        for (uint256 m = 0; m < 3; ++m) {
            assertEq(stakeOf(two[4 + m]), silent[m], "silent colluders are not penalized");
        }
        assertEq(owedOf(one[0]) + owedOf(two[0]), 0, "the honest fail voters earn nothing");
    }

    /// Finding E4 (a whale that joins between the rounds makes round two too small to slash).
    /// The cheater sees an honest Fail revealed in round one and stakes a whale validator before
    /// round two's seed block. Round two counts its *drawn* members, not E: the 4·E = 28 draws
    /// mostly hit the whale, round two has at most three members, and the whale's NoReveal keeps
    /// the honest Fail votes at or below two thirds (2 of 3 or 1 of 2). The cheat is not slashed
    /// and the whale, never penalized for NoReveal, withdraws its stake after the unbonding delay.
    function test_LimitE4_whaleJoinsBetweenRoundsAndShrinksRoundTwo() public {
        addValidators();
        bytes32 jobId = committedJob();
        address[] memory one = draw(jobId);
        vote(jobId, one, verdicts3(FAIL, PASS, FAIL));
        stakeAs(WHALE, IProofOfLogits.Role.Validator, 2000 ether);
        address[] memory two = escalate(jobId);
        assertTrue(contains(two, WHALE), "the whale sits on round two");
        assertLe(two.length, 3, "round two is far below E = 7");
        log("round-two members with the whale", two.length);
        IProofOfLogits.Verdict[] memory vs = new IProofOfLogits.Verdict[](two.length);
        for (uint256 m = 0; m < two.length; ++m) {
            vs[m] = two[m] == WHALE ? NOREV : FAIL;
        }
        vote(jobId, two, vs);
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertTrue(statusOf(jobId) != FAILED, "the cheat is not slashed");
        assertEq(stakeOf(MINER), MINER_STAKE, "the cheater keeps its collateral");
        assertEq(stakeOf(WHALE), 2000 ether, "the whale loses nothing");
        assertEq(pol.getAccount(WHALE).duties, 0, "and is free to exit");
    }

    /// Finding E5 (fixed). A stake change in the block before the seed block weighed in the draw,
    /// and that block's proposer knows the seed (§4), so it could grind a top-up. Changes now
    /// weigh seedDelay + 1 blocks after the call: only those made before the block that fixed the
    /// round's seed block (the commit, or the escalating settle) count.
    function test_E5_stakeChangesOnceTheRoundIsKnownDoNotWeigh() public {
        addValidators();
        bytes32 jobId = committedJob();
        vote(jobId, draw(jobId), verdicts3(PASS, PASS, FAIL));
        rollPastReveal(jobId);
        vm.roll(block.number + 1);
        stakeAs(address(0x7011), IProofOfLogits.Role.Validator, 3 ether); // the block before the escalation
        vm.roll(block.number + 1);
        pol.settle(jobId);
        assertEq(statusOf(jobId), ESCALATED, "escalated");
        stakeAs(address(0x7012), IProofOfLogits.Role.Validator, 3 ether); // the escalation's block
        uint256 seedTwo = seedBlockOf(jobId);
        vm.roll(seedTwo - 1);
        stakeAs(WHALE, IProofOfLogits.Role.Validator, 3 ether); // the seed block's predecessor
        (address[] memory listed, uint256[] memory weights) = pol.drawWeights(uint64(seedTwo));
        for (uint256 i = 0; i < listed.length; ++i) {
            if (listed[i] == address(0x7011)) assertEq(weights[i], 3 ether, "before the escalation: weighs");
            if (listed[i] == address(0x7012)) assertEq(weights[i], 0, "in the escalation's block: does not");
            if (listed[i] == WHALE) assertEq(weights[i], 0, "seedBlock - 1: does not");
        }
    }

    /// @dev The contract's draw (spec §3) over `weights`, replayed: the list indices drawn.
    function replayDraw(bytes32 seed, bytes32 jobId, uint256[] memory weights, uint256 size)
        private
        pure
        returns (uint256[] memory picked, uint256 count)
    {
        uint256 total;
        uint256[] memory cumulative = new uint256[](weights.length);
        for (uint256 i = 0; i < weights.length; ++i) {
            total += weights[i];
            cumulative[i] = total;
        }
        picked = new uint256[](size);
        uint256 seen;
        for (uint32 r = 0; r < 4 * size && count < size; ++r) {
            uint256 x = PolSpec.drawPoint(seed, jobId, r, total);
            uint256 i = 0;
            while (cumulative[i] <= x) ++i;
            if (seen & (uint256(1) << i) != 0) continue;
            seen |= uint256(1) << i;
            picked[count++] = i;
        }
    }

    /// Finding E5b (fixed; the attack as it was). The proposer of block
    /// seedBlock − 1 knows the seed (§4) and controls one validator of a coalition of five holding
    /// 40 % of the stake. It tries top-ups of 1, 2, 3, ... wei of its validator against the known
    /// seed until the replayed draw gives the coalition all three seats, and includes that top-up
    /// in its block. The committee drawn is the coalition's, and it slashes an honest miner
    /// unanimously (P3 = 6 % without the grinding; here certain after a few dozen tries).
    function test_E5b_aGroundTopUpInTheBlockBeforeTheSeedBlockDoesNotMoveTheDraw() public {
        addValidators(); // validators[5..9] (2 ether each, 10 of 25 ether) are the coalition
        bytes32 jobId = submit();
        claimAndCommit(MINER, jobId);
        uint256 seedBlock = seedBlockOf(jobId);
        vm.roll(seedBlock - 1);
        bytes32 seed = mixOf(jobId); // the RANDAO mix after this block: known to its proposer
        (address[] memory listed, uint256[] memory weights) = pol.drawWeights(uint64(seedBlock));
        uint256 grinder = 5; // list index of validators[5]
        assertEq(listed[grinder], validators[5], "the grinder's slot");
        (uint256[] memory natural,) = replayDraw(seed, jobId, weights, 3);
        assertTrue(natural[0] < 5 || natural[1] < 5 || natural[2] < 5, "without grinding: an honest seat");
        uint256 topUp;
        for (uint256 a = 1; a <= 10_000; ++a) {
            weights[grinder] += 1;
            (uint256[] memory picked,) = replayDraw(seed, jobId, weights, 3);
            if (picked[0] >= 5 && picked[1] >= 5 && picked[2] >= 5) {
                topUp = a;
                break;
            }
        }
        assertTrue(topUp != 0, "a top-up that would seat the coalition exists");
        log("top-ups tried (wei)", topUp);
        stakeAs(validators[5], IProofOfLogits.Role.Validator, topUp);
        vm.roll(seedBlock + 1);
        address[] memory one = draw(jobId);
        for (uint256 m = 0; m < 3; ++m) {
            assertEq(one[m], listed[natural[m]], "the top-up does not move the draw");
        }
    }

    function isColluder(address v) private pure returns (bool) {
        return v >= address(0x3101) && v <= address(0x3105);
    }

    /// Finding E5c (fixed; E5b in round two, the attack as it was). A cheat
    /// is caught in round one (honest members Fail, coalition members Pass) and escalates; the
    /// coalition (a quarter of the stake) through its proposer of seedBlock2 − 1 grinds a top-up of a coalition validator not on round
    /// one until the replayed round-two draw gives the coalition four of seven seats. Round two
    /// passes the cheat; the cheater is paid and the honest Fail voters of both rounds are penalized.
    function test_E5c_aGroundTopUpDoesNotMoveRoundTwo() public {
        addValidators(); // validators[5..9] are the coalition (list indices 5..9): 10 of 40 ether
        addValidators(5, 0x3301, 3 ether);
        bytes32 jobId = committedJob();
        address[] memory one = draw(jobId);
        IProofOfLogits.Verdict[] memory vs = new IProofOfLogits.Verdict[](3);
        uint256 grinder = 0;
        for (uint256 m = 0; m < 3; ++m) {
            vs[m] = isColluder(one[m]) ? PASS : FAIL;
        }
        for (uint256 i = 5; i < 10 && grinder == 0; ++i) {
            if (!contains(one, validators[i])) grinder = i;
        }
        vote(jobId, one, vs);
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), ESCALATED, "a coalition Pass beside an honest Fail escalates");
        uint256 seedTwo = seedBlockOf(jobId);
        vm.roll(seedTwo - 1);
        bytes32 seed = keccak256(abi.encode(mixOf(jobId), "two")); // the fixture's round-two mix
        (address[] memory listed, uint256[] memory weights) = pol.drawWeights(uint64(seedTwo));
        for (uint256 i = 0; i < listed.length; ++i) {
            if (contains(one, listed[i])) weights[i] = 0; // round one weighs nothing
        }
        uint256 topUp;
        for (uint256 a = 0; a <= 100_000 && topUp == 0; ++a) {
            weights[grinder] += a == 0 ? 0 : 1;
            (uint256[] memory picked, uint256 count) = replayDraw(seed, jobId, weights, 7);
            uint256 seats;
            for (uint256 m = 0; m < count; ++m) {
                if (picked[m] >= 5 && picked[m] < 10) ++seats;
            }
            if (a == 0) log("coalition seats of round two without a top-up", seats);
            if (a == 0) assertLe(seats, 3, "without grinding the coalition has no majority");
            else if (seats >= 4 && count == 7) topUp = a;
        }
        assertTrue(topUp != 0, "a top-up that would give the coalition four seats exists");
        log("round-two top-ups tried (wei)", topUp);
        stakeAs(validators[grinder], IProofOfLogits.Role.Validator, topUp);
        vm.roll(seedTwo + 1);
        address[] memory two = draw(jobId);
        uint256 seatsTaken;
        for (uint256 m = 0; m < two.length; ++m) {
            if (isColluder(two[m])) ++seatsTaken;
        }
        assertLe(seatsTaken, 3, "the top-up does not give the coalition a majority of round two");
    }

    /// Finding E4b (two whales between the rounds slash an honest miner). One colluder fails an
    /// honest job in round one beside two honest Pass votes; the coalition then stakes two whales.
    /// Round two's 28 draws find only them: a round two of two, both Fail, is "more than two
    /// thirds": the honest miner loses its collateral and the honest round-one Pass voters are
    /// penalized as overruled. The whales risk nothing and exit after the unbonding delay.
    function test_LimitE4b_twoWhalesBetweenRoundsSlashAnHonestMiner() public {
        addValidators();
        bytes32 jobId = committedJob();
        address[] memory one = draw(jobId);
        vote(jobId, one, verdicts3(PASS, PASS, FAIL));
        stakeAs(WHALE, IProofOfLogits.Role.Validator, 2000 ether);
        stakeAs(address(0x7002), IProofOfLogits.Role.Validator, 2000 ether);
        uint256 honest = stakeOf(one[0]);
        address[] memory two = escalate(jobId);
        assertEq(two.length, 2, "round two is the two whales");
        assertTrue(contains(two, WHALE) && contains(two, address(0x7002)), "the whales");
        voteAllAndSettle(jobId, two, FAIL);
        assertEq(statusOf(jobId), FAILED, "an honest job failed");
        assertEq(stakeOf(MINER), MINER_STAKE - COLLATERAL, "the honest miner is slashed");
        assertEq(stakeOf(one[0]), honest - honest / 100, "the honest pass voter is penalized");
        assertTrue(stakeOf(WHALE) == 2000 ether && owedOf(WHALE) > 0, "the whale loses nothing and is paid");
    }

    // ------------------------------------------------------------------ the rule holds

    /// Windows after the escalation: round one's committee and commitments are cleared, its
    /// members can neither commit nor reveal again, round two's members cannot commit before the
    /// draw, the draw is refused after round two's attest window, settle is refused before round
    /// two's reveal window ends, and a settled job cannot be settled again.
    function test_HoldsWindowsAndCommitmentsAcrossTheEscalation() public {
        addValidators();
        bytes32 jobId = committedJob();
        address[] memory one = draw(jobId);
        vote(jobId, one, verdicts3(PASS, PASS, FAIL));
        rollPastReveal(jobId);
        pol.settle(jobId);
        (address[] memory shown,,) = pol.getCommittee(jobId);
        assertEq(shown.length, 0, "round one's committee is cleared");
        uint256 seedTwo = seedBlockOf(jobId);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.CommitteeNotDrawn.selector, jobId));
        vm.prank(one[0]);
        pol.commitVerdict(jobId, commitment(one[0], jobId, FAIL));
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.RevealWindowOpen.selector, uint64(seedTwo + ATTEST_WINDOW + REVEAL_WINDOW)
            )
        );
        pol.settle(jobId);
        vm.roll(seedTwo + 1);
        address[] memory two = draw(jobId);
        (, IProofOfLogits.Verdict[] memory vs, bool[] memory committed) = pol.getCommittee(jobId);
        for (uint256 m = 0; m < two.length; ++m) {
            assertTrue(!committed[m] && vs[m] == SILENT, "no round-one commitment or verdict carries over");
        }
        bytes memory header = headerOf(jobId);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.CommitteeAlreadyDrawn.selector, jobId));
        pol.drawCommittee(jobId, header);
        rollToReveal(jobId);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCommitteeMember.selector, one[0]));
        revealAs(one[0], jobId, PASS);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotCommitted.selector, two[0]));
        revealAs(two[0], jobId, PASS);
        rollPastReveal(jobId);
        pol.settle(jobId);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.WrongStatus.selector, jobId, statusOf(jobId)));
        pol.settle(jobId);
    }

    /// The round-two draw window closes: a draw one block late is refused, and the job settles
    /// Inconclusive after round two's windows. A caught cheat whose round two nobody draws (a
    /// censoring sequencer, review R6) keeps its collateral; the honest Fail voter earns nothing.
    function test_HoldsUndrawnRoundTwoIsInconclusive() public {
        addValidators();
        bytes32 jobId = committedJob();
        address[] memory one = draw(jobId);
        vote(jobId, one, verdicts3(FAIL, PASS, FAIL));
        rollPastReveal(jobId);
        pol.settle(jobId);
        uint256 seedTwo = seedBlockOf(jobId);
        vm.roll(seedTwo + ATTEST_WINDOW + 1);
        bytes memory header = headerOf(jobId);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.AttestWindowClosed.selector, uint64(seedTwo + ATTEST_WINDOW))
        );
        pol.drawCommittee(jobId, header);
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Inconclusive), "inconclusive");
        assertEq(stakeOf(MINER), MINER_STAKE, "no slash without round two");
        assertEq(owedOf(one[0]), 0, "the honest fail voter earns nothing");
    }

    /// Value conservation across escalation with a fee whose cut does not divide evenly: the
    /// contract's balance equals Σ stake + unbonding + owed + reward pool + burned (no job left
    /// open), before and after a Passed and a Failed round two; every lock and duty is released;
    /// the round-one member that exited between the rounds (absent) is penalized once, from its
    /// unbonding stake, and cannot withdraw before the final settlement.
    function test_HoldsConservationAndLocksAcrossEscalation() public {
        addValidators();
        uint256 fee = 1 ether + 7;
        IProofOfLogits.Verdict[2] memory finals = [PASS, FAIL];
        for (uint256 k = 0; k < 2; ++k) {
            bytes32 jobId = submitWith(fee, MAX_TOKENS);
            claimAndCommit(MINER, jobId);
            vm.roll(block.number + SEED_DELAY + 1);
            address[] memory one = draw(jobId);
            // one[0] never commits (absent), then exits during round one.
            vote(jobId, one, verdicts3(SILENT, PASS, FAIL));
            uint256 exited = stakeOf(one[0]);
            vm.prank(one[0]);
            pol.requestUnbond(exited);
            vm.warp(block.timestamp + 2 days);
            address[] memory two = escalate(jobId);
            if (owedOf(one[0]) != 0) {
                vm.prank(one[0]);
                pol.withdraw(); // pays what it earned earlier, not the unbonding stake
            }
            assertEq(pol.getAccount(one[0]).unbonding, exited, "the unbonding stake stays");
            vm.prank(one[0]);
            vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.PendingDuties.selector, uint32(1)));
            pol.withdraw();
            roundTwo(jobId, two, two.length, finals[k], finals[k]);
            assertEq(statusOf(jobId), k == 0 ? PASSED : FAILED, "decided by round two");
            assertEq(
                address(pol).balance,
                accountsTotal() + pol.rewardPool() + pol.burned(),
                "balance = stakes + unbonding + owed + pool + burned"
            );
            assertEq(pol.getAccount(one[0]).unbonding, exited - exited / 100, "absent: penalized once");
            assertEq(pol.getAccount(MINER).locked, 0, "collateral released");
            for (uint256 i = 0; i < validators.length; ++i) {
                assertEq(pol.getAccount(validators[i]).duties, 0, "every duty released");
            }
            vm.prank(one[0]);
            pol.withdraw();
            // Re-join for the next round of the loop.
            vm.roll(block.number + ATTEST_WINDOW + 1);
            stakeAs(one[0], IProofOfLogits.Role.Validator, 1 ether);
            vm.roll(block.number + ATTEST_WINDOW + 1);
        }
    }

    /// Gas with the fixture's list full (16 validators, maxValidators): round two's draw (7 of the
    /// 13 validators round one left) and the final settlement paying ten members of two rounds.
    /// Both are bounded by maxValidators and MAX_COMMITTEE; nothing a party does grows them.
    function test_HoldsGasOfRoundTwoWithAFullList() public {
        addValidators(11, 0x3201, 2 ether);
        vm.deal(WHALE, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.ValidatorSetFull.selector, uint8(16)));
        vm.prank(WHALE);
        pol.stake{value: 1 ether}(IProofOfLogits.Role.Validator, 0);
        bytes32 jobId = committedJob();
        (, address[] memory two) = escalated(jobId, PASS, PASS, FAIL);
        assertEq(two.length, 7, "round two is full");
        vote(jobId, two, new IProofOfLogits.Verdict[](7));
        rollPastReveal(jobId);
        uint256 g = gasleft();
        pol.settle(jobId);
        log("final settle gas (10 members, 7 absent)", g - gasleft());
        bytes32 next = committedJob();
        escalatedNoDraw(next);
        vm.roll(seedBlockOf(next) + 1);
        bytes memory header = headerOf(next);
        g = gasleft();
        pol.drawCommittee(next, header);
        log("round-two draw gas (16 listed)", g - gasleft());
    }

    /// @dev Round one (P, P, F) settled into an escalation; round two not drawn.
    function escalatedNoDraw(bytes32 jobId) private {
        vote(jobId, draw(jobId), verdicts3(PASS, PASS, FAIL));
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), ESCALATED, "escalated");
    }

    /// Round two's weights are those of its seed block: a validator that joins or tops up in the
    /// seed block or after it does not change round two's committee.
    function test_HoldsLateStakeChangesDoNotMoveRoundTwo() public {
        addValidators();
        bytes32 jobId = committedJob();
        vote(jobId, draw(jobId), verdicts3(PASS, PASS, FAIL));
        rollPastReveal(jobId);
        pol.settle(jobId);
        uint256 seedTwo = seedBlockOf(jobId);
        vm.roll(seedTwo + 1);
        address[] memory before = preview(jobId);
        stakeAs(WHALE, IProofOfLogits.Role.Validator, 1000 ether);
        for (uint256 i = 0; i < validators.length; ++i) {
            if (contains(before, validators[i])) continue;
            stakeAs(validators[i], IProofOfLogits.Role.Validator, 500 ether);
        }
        vm.roll(block.number + 1);
        address[] memory two = draw(jobId);
        assertEq(two.length, before.length, "same size");
        for (uint256 m = 0; m < two.length; ++m) {
            assertEq(two[m], before[m], "same members");
        }
        assertTrue(!contains(two, WHALE), "a late whale is not drawn");
    }
}
