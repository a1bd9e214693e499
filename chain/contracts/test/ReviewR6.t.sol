// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {BlockHeaders} from "./utils/Rlp.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";
import {PolSpec} from "../src/PolSpec.sol";

/// @notice Adversarial review of two changes: the seed is no longer stored (challengePositions proves
/// round one's seed from its header) and the late-draw rule (review R6: commitEnd = seedBlock +
/// attestWindow + min(drawBlock - seedBlock - 1, 255)). Each test runs one attack or one property
/// the review relies on against the real contract; test_Limit_* document what stays open.
contract ReviewR6Test is Fixture {
    IProofOfLogits.Verdict internal constant PASS = IProofOfLogits.Verdict.Pass;
    IProofOfLogits.Verdict internal constant FAIL = IProofOfLogits.Verdict.Fail;
    address private constant HISTORY = 0x0000F90827F1C53a10cb7A02335B175320002935;
    bytes private constant HISTORY_CODE =
        hex"3373fffffffffffffffffffffffffffffffffffffffe14604657602036036042575f35600143038111604257611fff81430311604257611fff9006545f5260205ff35b5f5ffd5b5f35611fff60014303065500";

    /// Drawing late changes nothing but the windows: the committee is the one previewed in the
    /// first drawable block, the challenge set is the one round one's header gives, in both rounds,
    /// and round two's header (or any other) is refused by challengePositions.
    function test_R6Review_lateDrawKeepsCommitteeAndChallengeSet() public {
        addValidators(4, 0x8000, 1 ether);
        bytes32 jobId = committedJob();
        uint256 seedBlock = seedBlockOf(jobId);
        vm.roll(seedBlock + 1);
        address[] memory early = preview(jobId);
        uint32[] memory set = challengeOf(jobId);
        vm.roll(seedBlock + ATTEST_WINDOW);
        address[] memory one = draw(jobId);
        assertEq(one.length, early.length, "committee size");
        for (uint256 m = 0; m < one.length; ++m) {
            assertEq(one[m], early[m], "a late draw seats the previewed committee");
        }
        assertEq(challengeOf(jobId), set, "challenge set after the late draw");
        assertEq(set, PolSpec.challengeSet(mixOf(jobId), jobId, N, 16), "challenge set = spec(prevrandao)");

        vote(jobId, one, verdicts3(PASS, PASS, FAIL));
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Escalated), "escalated");
        uint256 seedTwo = seedBlockOf(jobId);
        vm.roll(seedTwo + ATTEST_WINDOW);
        bytes memory two = headerOf(jobId); // round two's header, installed as its block's hash
        pol.drawCommittee(jobId, two);
        assertEq(challengeOf(jobId), set, "round two keeps round one's challenge set");
        uint256 seedOne = uint256(pol.getJob(jobId).commitBlock) + SEED_DELAY;
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.HeaderMismatch.selector, uint64(seedOne), blockhash(seedOne), keccak256(two)
            )
        );
        pol.challengePositions(jobId, two);
    }

    /// drawLag fills the last byte of the job's packed slot 1: a maximal lag leaves status,
    /// committee, verdicts and the submit fields intact, and the escalation resets it.
    function test_R6Review_drawLagPackingKeepsItsNeighbours() public {
        addValidators(4, 0x8000, 1 ether);
        bytes32 jobId = committedJob();
        IProofOfLogits.Job memory before = pol.getJob(jobId);
        uint256 seedBlock = before.seedBlock;
        vm.roll(seedBlock + ATTEST_WINDOW);
        address[] memory one = draw(jobId);
        IProofOfLogits.Job memory j = pol.getJob(jobId);
        assertEq(j.commitEnd, seedBlock + 2 * ATTEST_WINDOW - 1, "commitEnd after a lag of attestWindow - 1");
        assertEq(uint256(j.status), uint256(IProofOfLogits.JobStatus.Committed), "status");
        assertEq(j.deadline, before.deadline, "deadline");
        assertEq(j.modelId, before.modelId, "modelId");
        assertEq(j.thresholdsVersion, before.thresholdsVersion, "thresholdsVersion");
        assertEq(j.maxTokens, before.maxTokens, "maxTokens");
        assertEq(j.n, before.n, "n");
        assertEq(j.commitBlock, before.commitBlock, "commitBlock");
        assertEq(j.committeeSize, 3, "committee");
        vote(jobId, one, verdicts3(FAIL, PASS, FAIL));
        (, IProofOfLogits.Verdict[] memory vs,) = pol.getCommittee(jobId);
        assertEq(uint256(vs[0]), uint256(FAIL), "verdict 0");
        assertEq(uint256(vs[1]), uint256(PASS), "verdict 1");
        assertEq(uint256(vs[2]), uint256(FAIL), "verdict 2");
        assertEq(commitEndOf(jobId), seedBlock + 2 * ATTEST_WINDOW - 1, "reveals do not move commitEnd");
        rollPastReveal(jobId);
        pol.settle(jobId);
        j = pol.getJob(jobId);
        assertEq(uint256(j.status), uint256(IProofOfLogits.JobStatus.Escalated), "escalated");
        assertEq(j.commitEnd, uint256(j.seedBlock) + ATTEST_WINDOW, "the escalation resets the lag");
        assertEq(j.committeeSize, 0, "round two not drawn");
    }

    /// The draw window itself does not move: a draw after seedBlock + attestWindow is refused even
    /// though a late draw's commitments may run later; and nothing settles before a late draw's
    /// reveal window is over.
    function test_R6Review_theDrawWindowDoesNotMove() public {
        bytes32 jobId = committedJob();
        uint256 seedBlock = seedBlockOf(jobId);
        vm.roll(seedBlock + ATTEST_WINDOW + 1);
        bytes memory header = headerOf(jobId);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.AttestWindowClosed.selector, uint64(seedBlock + ATTEST_WINDOW))
        );
        pol.drawCommittee(jobId, header);
        // undrawn: settles Inconclusive after the timely windows (nobody can draw any more)
        vm.roll(seedBlock + ATTEST_WINDOW + REVEAL_WINDOW + 1);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Inconclusive), "undrawn job");

        bytes32 late = committedJob();
        uint256 s2 = seedBlockOf(late);
        vm.roll(s2 + 7);
        draw(late);
        uint256 lastReveal = s2 + ATTEST_WINDOW + 6 + REVEAL_WINDOW;
        vm.roll(lastReveal);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.RevealWindowOpen.selector, uint64(lastReveal)));
        pol.settle(late);
    }

    /// A member drawn late that exits at once keeps its duty (and its unbonding stays slashable)
    /// for the whole moved windows: withdraw refuses until the job settles, the absent member is
    /// penalised from its unbonding, and its list slot is not handed to a new validator meanwhile.
    function test_R6Review_anExitDuringALateDutyStaysSlashable() public {
        bytes32 jobId = committedJob();
        uint256 seedBlock = seedBlockOf(jobId);
        vm.roll(seedBlock + ATTEST_WINDOW);
        address[] memory one = draw(jobId);
        address quitter = one[0];
        uint256 bonded = stakeOf(quitter);
        vm.prank(quitter);
        pol.requestUnbond(bonded);
        IProofOfLogits.Account memory a = pol.getAccount(quitter);
        assertEq(a.duties, 1, "the late duty");
        // the other two commit Pass; the quitter stays absent
        for (uint256 m = 1; m < one.length; ++m) {
            commitVerdictAs(one[m], jobId, PASS);
        }
        // every delay passed, the job not settleable yet (its moved reveal window is open)
        vm.warp(block.timestamp + 2 days);
        vm.roll(a.unbondReadyBlock);
        assertTrue(block.number > commitEndOf(jobId), "past the moved commit window");
        assertTrue(block.number <= commitEndOf(jobId) + REVEAL_WINDOW, "inside the moved reveal window");
        vm.prank(quitter);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.PendingDuties.selector, uint32(1)));
        pol.withdraw();
        // a newcomer gets a new list slot, not the quitter's (its duty is pending)
        address newcomer = address(0x8800);
        stakeAs(newcomer, IProofOfLogits.Role.Validator, 1 ether);
        (address[] memory list,) = pol.getValidators();
        assertEq(list.length, validators.length + 1, "appended, not reused");
        assertEq(list[list.length - 1], newcomer, "the newcomer's slot");
        for (uint256 m = 1; m < one.length; ++m) {
            revealAs(one[m], jobId, PASS);
        }
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Passed), "passed");
        a = pol.getAccount(quitter);
        assertEq(a.duties, 0, "duty cleared");
        assertEq(a.unbonding, bonded - bonded / 100, "absentPenaltyBps (1 %) taken from the unbonding");
        log("penalty on the exited absent member (wei)", bonded / 100);
        uint256 balance = quitter.balance;
        vm.prank(quitter);
        pol.withdraw();
        assertEq(quitter.balance - balance, bonded - bonded / 100, "withdraws the rest once settled");
    }

    /// How long a builder can hold a job by drawing late: each round's verdict windows move by at
    /// most attestWindow - 1 blocks (255 when the window is longer), so a job committed at block c
    /// settles by c + seedDelay + 2·attestWindow - 1 + revealWindow + 1 in round one (62 blocks with
    /// the defaults, 43 with a timely draw). The miner's collateral and the members' duties are held
    /// that much longer; nobody is paid more, and the committee does not change.
    function test_R6Review_aLateDrawDelaysSettlementByLessThanAnAttestWindow() public {
        bytes32 jobId = submit();
        claimAndCommit(MINER, jobId);
        uint256 commitBlock = block.number;
        vm.roll(commitBlock + SEED_DELAY + ATTEST_WINDOW);
        address[] memory one = draw(jobId);
        uint256 firstSettle = commitEndOf(jobId) + REVEAL_WINDOW + 1;
        assertEq(firstSettle - commitBlock, SEED_DELAY + 2 * ATTEST_WINDOW - 1 + REVEAL_WINDOW + 1, "delay");
        log("blocks from commit to the first settle, latest draw", firstSettle - commitBlock);
        log("blocks from commit to the first settle, timely draw", SEED_DELAY + ATTEST_WINDOW + REVEAL_WINDOW + 1);
        uint256 owedBefore = owedOf(MINER);
        voteAllAndSettle(jobId, one, PASS);
        assertEq(block.number, firstSettle, "settled at the first block allowed");
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Passed), "passed");
        assertTrue(owedOf(MINER) > owedBefore, "the miner is paid as usual");
    }

    /// Limit: with attestWindow > 256 the lag is capped at 255, so a builder that keeps the draw out
    /// until the window's last block still shortens the members' commit window, from attestWindow to
    /// 256 blocks (here 600 -> 256). Deployments with attestWindow <= 256 (the defaults: 20; the
    /// devnet: 4..256) are not affected.
    function test_Limit_R6LagCapShortensALongCommitWindow() public {
        vm.etch(HISTORY, HISTORY_CODE); // EIP-2935: seed blocks older than 256 blocks (as in SeedHistory.t.sol)
        uint256 window = 600;
        IProofOfLogits.Params memory p = defaultParams();
        p.attestWindow = uint32(window);
        pol = deployPol(p);
        modelId = pol.registerModel(keccak256("stories260K.gguf"), one(thresholds(1)));
        stakeAs(MINER, IProofOfLogits.Role.Miner, MINER_STAKE);
        for (uint256 i = 0; i < validators.length; ++i) {
            stakeAs(validators[i], IProofOfLogits.Role.Validator, (i + 1) * 1 ether);
        }
        vm.roll(block.number + window + SEED_DELAY + 1);
        bytes32 jobId = committedJob();
        uint256 seedBlock = seedBlockOf(jobId);
        bytes memory header = BlockHeaders.withMix(seedBlock, mixOf(jobId));
        vm.store(HISTORY, bytes32(seedBlock % 8191), keccak256(header));
        vm.roll(seedBlock + window);
        pol.drawCommittee(jobId, header);
        (address[] memory members,,) = pol.getCommittee(jobId);
        uint256 commitEnd = commitEndOf(jobId);
        assertEq(commitEnd, seedBlock + window + 255, "lag capped at 255");
        assertEq(commitEnd - block.number + 1, 256, "blocks left to commit, draw block included");
        vm.roll(commitEnd + 1);
        vm.prank(members[0]);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.AttestWindowClosed.selector, uint64(commitEnd)));
        pol.commitVerdict(jobId, commitment(members[0], jobId, PASS));
    }

    /// The seed is the seed block's prevrandao whatever the draw's block: a header whose hash is
    /// installed for another block, or a zero prevrandao, is refused by both the draw and
    /// challengePositions (so no two parties can be handed different seeds by the contract).
    function test_R6Review_challengePositionsRefusesWhatTheDrawRefuses() public {
        bytes32 jobId = committedJob();
        uint256 seedBlock = seedBlockOf(jobId);
        bytes memory zero = headerOf(jobId, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.SeedUnavailable.selector, uint64(seedBlock)));
        pol.challengePositions(jobId, zero);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.SeedUnavailable.selector, uint64(seedBlock)));
        pol.drawCommittee(jobId, zero);
        bytes memory other = BlockHeaders.withMix(seedBlock + 1, mixOf(jobId));
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.HeaderMismatch.selector, uint64(seedBlock), blockhash(seedBlock), keccak256(other)
            )
        );
        pol.challengePositions(jobId, other);
    }
}
