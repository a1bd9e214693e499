// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {BlockHeaders} from "./utils/Rlp.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";
import {PolSpec} from "../src/PolSpec.sol";

/// @notice One test per finding of issue 9 ("Settlement v2") and per amendment of the settlement rule
/// (A-1: a split never slashes; A-2: slashes are griefing-neutral): each performs the attack
/// against the contract and asserts that it no longer pays, or no longer hurts the honest party.
contract FindingsTest is Fixture {
    IProofOfLogits.Verdict private constant PASS = IProofOfLogits.Verdict.Pass;
    IProofOfLogits.Verdict private constant FAIL = IProofOfLogits.Verdict.Fail;
    IProofOfLogits.Verdict private constant NOREV = IProofOfLogits.Verdict.NoReveal;
    IProofOfLogits.Verdict private constant NONE = IProofOfLogits.Verdict.None;

    // ------------------------------------------------ H-1: stake bought after the seed

    /// H-1: a drawn member tops up 100 ether after seeing the seed, votes Pass on a cheating job
    /// against two honest Fail votes. Weighted by stake (105 against 5 ether) the Pass would win;
    /// with one vote per member it does not: the job is not passed, the cheater is not paid and
    /// the colluder earns nothing (a split is Inconclusive: nobody slashed, see test_A1_*).
    function test_H1_topUpAfterSeedDoesNotBuyVotes() public {
        bytes32 jobId = committedJob();
        address[] memory members = draw(jobId);
        address colluder = members[0];
        vm.roll(block.number + ATTEST_WINDOW); // past the stake-change spacing
        stakeAs(colluder, IProofOfLogits.Role.Validator, 100 ether);
        vm.roll(seedBlockOf(jobId) + 1);
        vote(jobId, members, verdicts3(PASS, FAIL, FAIL));
        uint256 colluderStake = stakeOf(colluder);
        voteAllAndSettle(jobId, escalate(jobId), FAIL);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Failed), "the cheating job fails in round two");
        assertEq(owedOf(MINER), 0, "the cheater is not paid");
        assertEq(stakeOf(MINER), MINER_STAKE - COLLATERAL, "the cheater is slashed");
        assertEq(owedOf(REQUESTER), FEE, "the requester gets its fee back");
        assertEq(owedOf(colluder), 0, "the colluder earns nothing");
        assertEq(stakeOf(colluder), colluderStake - colluderStake / 100, "the overruled colluder is penalized");
    }

    /// H-1 (veto): the same top-up cannot veto an honest job to Inconclusive either.
    function test_H1_topUpCannotVetoAnHonestJob() public {
        bytes32 jobId = committedJob();
        address[] memory members = draw(jobId);
        vm.roll(block.number + ATTEST_WINDOW);
        stakeAs(members[0], IProofOfLogits.Role.Validator, 100 ether);
        vm.roll(seedBlockOf(jobId) + 1);
        vote(jobId, members, verdicts3(FAIL, PASS, PASS));
        voteAllAndSettle(jobId, escalate(jobId), PASS);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Passed), "the honest job passes");
        assertTrue(owedOf(MINER) > 0, "the honest miner is paid");
        assertEq(stakeOf(MINER), MINER_STAKE, "and not slashed");
    }

    // ------------------------------------------------ H-2: a builder grinding the seed

    /// H-2: the seed block's builder retries with different headers (extraData, timestamp,
    /// coinbase: everything it controls). The seed is the block's prevrandao, fixed by the beacon
    /// chain for the slot, so every retry yields the same seed and committee; a header that does
    /// not hash to the block's hash is refused.
    function test_H2_builderRetriesCannotChangeTheSeed() public {
        bytes32 jobId = committedJob();
        uint256 seedBlock = seedBlockOf(jobId);
        bytes32 randao = mixOf(jobId);
        address[] memory first;
        for (uint256 attempt = 0; attempt < 24; ++attempt) {
            bytes memory header = BlockHeaders.encode(
                BlockHeaders.Fields({
                    number: seedBlock,
                    mixHash: randao,
                    extraData: abi.encodePacked("grind", attempt),
                    timestamp: 1_700_000_000 + attempt,
                    coinbase: address(uint160(0xB0000 + attempt)),
                    busy: attempt % 2 == 0
                })
            );
            vm.setBlockhash(seedBlock, keccak256(header)); // the builder's block is the canonical one
            address[] memory members = pol.previewCommittee(jobId, header);
            if (attempt == 0) {
                first = members;
                continue;
            }
            assertEq(members.length, first.length, "committee size");
            for (uint256 m = 0; m < members.length; ++m) {
                assertEq(members[m], first[m], "every retry draws the same committee");
            }
        }
        bytes memory canonical = BlockHeaders.withMix(seedBlock, randao);
        vm.setBlockhash(seedBlock, keccak256(canonical));
        // Any other header (another prevrandao included) does not hash to the block's hash.
        bytes memory forged = BlockHeaders.withMix(seedBlock, keccak256("a prevrandao the builder would like"));
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.HeaderMismatch.selector, uint64(seedBlock), keccak256(canonical), keccak256(forged)
            )
        );
        pol.drawCommittee(jobId, forged);
        pol.drawCommittee(jobId, canonical);
        assertEq(
            pol.challengePositions(jobId, canonical), PolSpec.challengeSet(randao, jobId, N, 16), "seed = prevrandao"
        );
    }

    /// H-2: a header of another block, and malformed bytes, are refused as well.
    function test_H2_wrongOrMalformedHeaderReverts() public {
        bytes32 jobId = committedJob();
        uint256 seedBlock = seedBlockOf(jobId);
        bytes memory header = headerOf(jobId);
        bytes memory previous = BlockHeaders.withMix(seedBlock - 1, mixOf(jobId));
        vm.setBlockhash(seedBlock - 1, keccak256(previous));
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.HeaderMismatch.selector, uint64(seedBlock), keccak256(header), keccak256(previous)
            )
        );
        pol.drawCommittee(jobId, previous);
        // Bytes that hash to the block hash but are no header (a chain that hashed garbage).
        bytes memory junk = hex"c3010203";
        vm.setBlockhash(seedBlock, keccak256(junk));
        vm.expectRevert(IProofOfLogits.MalformedHeader.selector);
        pol.drawCommittee(jobId, junk);
    }

    // ------------------------------------------------ M-1: claim squatting

    /// M-1: a claim locks collateral, cannot be renewed by its holder (live or lapsed), and lapses
    /// to other miners and to the requester's cancel; a minimum-stake squatter holds few jobs.
    function test_M1_squatterCannotRenewOrHoardClaims() public {
        address squatter = address(0x5001);
        stakeAs(squatter, IProofOfLogits.Role.Miner, 2 * COLLATERAL);
        bytes32[3] memory jobs = [submit(), submit(), submit()];
        claimAs(squatter, jobs[0]);
        claimAs(squatter, jobs[1]);
        vm.prank(squatter);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.InsufficientFreeStake.selector, 0, COLLATERAL));
        pol.claimJob(jobs[2]);

        uint64 expiry = pol.getJob(jobs[0]).claimExpiry;
        vm.prank(squatter);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.AlreadyClaimed.selector, expiry));
        pol.claimJob(jobs[0]);
        vm.warp(uint256(expiry) + 1);
        vm.prank(squatter);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.AlreadyClaimed.selector, expiry));
        pol.claimJob(jobs[0]);

        claimAs(MINER, jobs[0]); // another miner takes the lapsed claim over
        vm.prank(REQUESTER);
        pol.cancelJob(jobs[1]); // the requester cancels the other one
        assertEq(pol.getAccount(squatter).locked, 0, "the squatter's collateral is released, nothing gained");
        assertEq(pol.getJob(jobs[0]).miner, MINER, "the honest miner holds the job");
    }

    // ------------------------------------------------ M-2: one stake backing many frauds

    /// M-2: every claim locks fee x collateralMultiplier of free stake, so one stake cannot back
    /// many large jobs, and every failed job costs its whole collateral.
    function test_M2_oneStakeCannotBackManyFrauds() public {
        address fraud = address(0x5002);
        stakeAs(fraud, IProofOfLogits.Role.Miner, 1 ether);
        bytes32 big = submitWith(50 ether, MAX_TOKENS);
        vm.prank(fraud);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.InsufficientFreeStake.selector, 1 ether, 800 ether));
        pol.claimJob(big);

        // Two concurrent frauds on 1-ether jobs need 32 ether of free stake and lose all of it.
        stakeAs(fraud, IProofOfLogits.Role.Miner, 2 * COLLATERAL - 1 ether);
        bytes32[] memory frauds = new bytes32[](2);
        for (uint256 i = 0; i < 2; ++i) {
            frauds[i] = submit();
            claimAndCommit(fraud, frauds[i]);
        }
        vm.roll(block.number + SEED_DELAY + 1);
        runJobs(frauds, FAIL);
        assertEq(stakeOf(fraud), 0, "two failed frauds cost two full collaterals");
        assertEq(owedOf(fraud), 0, "and paid nothing");
    }

    // ------------------------------------------------ M-3: owner sandwich

    /// M-3: the owner loosens the thresholds right before a submit: the new version only becomes
    /// active after thresholdsDelay, the requester states the version it expects (a mismatch
    /// reverts), the job pins it, and no second update can follow while one is pending.
    function test_M3_ownerCannotSandwichThresholds() public {
        IProofOfLogits.Thresholds memory loose = thresholds(2);
        loose.maxDeltaNano = 10_000_000_000;
        pol.updateThresholds(modelId, one(loose)); // front-run
        bytes32 jobId = submit(); // the requester states the active version, 1
        assertEq(pol.getJob(jobId).thresholdsVersion, 1, "the job is judged by the version it stated");
        vm.prank(REQUESTER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.VersionMismatch.selector, modelId, 1, 2));
        pol.submitJob{value: FEE}(modelId, 2, bytes32(0), 8, sampler(), uint64(block.timestamp + 100));
        vm.expectRevert(
            abi.encodeWithSelector(
                IProofOfLogits.ThresholdsPending.selector, modelId, uint64(block.timestamp + 1 hours)
            )
        );
        pol.updateThresholds(modelId, one(thresholds(3))); // the "restore" back-run
        vm.warp(block.timestamp + 1 hours);
        // Once active, a requester that expected the old version is refused instead of misjudged.
        vm.prank(REQUESTER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.VersionMismatch.selector, modelId, 2, 1));
        pol.submitJob{value: FEE}(modelId, 1, bytes32(0), 8, sampler(), uint64(block.timestamp + 100));
        assertEq(pol.getJob(jobId).thresholdsVersion, 1, "the earlier job keeps its version");
    }

    // ------------------------------------------------ M-4: validator locked in forever

    /// M-4: a stream of cheap jobs keeps a validator on committees; it can still request its exit:
    /// its draw weight drops to zero at once, and it withdraws when its duties are settled.
    function test_M4_validatorCanExitWithPendingDuties() public {
        bytes32[] memory jobs = new bytes32[](4);
        address target;
        for (uint256 i = 0; i < jobs.length; ++i) {
            jobs[i] = submitWith(1 gwei, MAX_TOKENS);
            claimAndCommit(MINER, jobs[i]);
        }
        vm.roll(block.number + SEED_DELAY + 1);
        for (uint256 i = 0; i < jobs.length; ++i) {
            draw(jobs[i]);
        }
        target = validators[4]; // the heaviest: on committees
        uint32 duties = pol.getAccount(target).duties;
        assertTrue(duties > 0, "fixture: the validator holds duties");
        uint256 s = stakeOf(target);
        vm.prank(target);
        pol.requestUnbond(s); // v1: PendingDuties
        vm.roll(block.number + SEED_DELAY + 1);
        (, uint256[] memory weights) = pol.getValidators();
        assertEq(weights[4], 0, "no weight for new draws");
        vm.warp(block.timestamp + 1 days);
        vm.prank(target);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.PendingDuties.selector, duties));
        pol.withdraw();
        for (uint256 i = 0; i < jobs.length; ++i) {
            rollPastReveal(jobs[i]);
            pol.settle(jobs[i]);
        }
        uint256 left = pol.getAccount(target).unbonding;
        assertTrue(left > 0 && left <= s, "unbonding less any absent penalties");
        uint256 before = target.balance;
        vm.prank(target);
        pol.withdraw();
        assertEq(target.balance - before, left, "withdrawn after its last duty");
    }

    // ------------------------------------------------ L-1: exit before the draw

    /// L-1: a member exits between the seed block and the draw. The draw still weighs it (seed
    /// block weights), it is absent, and its absent penalty is taken from its unbonding stake.
    function test_L1_exitBeforeDrawDoesNotEscapePenalty() public {
        bytes32 jobId = committedJob();
        address[] memory members = preview(jobId);
        address leaver = members[0];
        uint256 s = stakeOf(leaver);
        vm.prank(leaver);
        pol.requestUnbond(s);
        vm.roll(block.number + 1);
        draw(jobId);
        assertEq(pol.getAccount(leaver).duties, 1, "the exited member holds the duty");
        IProofOfLogits.Verdict[] memory vs = verdicts3(NONE, PASS, PASS);
        vote(jobId, members, vs);
        rollPastReveal(jobId);
        uint256 requesterBefore = owedOf(REQUESTER);
        pol.settle(jobId);
        IProofOfLogits.Account memory a = pol.getAccount(leaver);
        assertEq(a.unbonding, s - s / 100, "penalty taken from the unbonding stake");
        assertEq(pol.burned(), s / 100, "and burned");
        assertEq(owedOf(REQUESTER) - requesterBefore, FEE - FEE * N / MAX_TOKENS, "the requester gets no part of it");
    }

    // ------------------------------------------------ L-2: miner jobs blocking slot reuse

    /// L-2: slot reuse looks at validator duties only: a former validator now mining with a
    /// claimed job no longer keeps its old slot from being reused (v1: ValidatorSetFull).
    function test_L2_minerJobsDoNotBlockSlotReuse() public {
        IProofOfLogits.Params memory p = defaultParams();
        p.maxValidators = 5;
        pol = deployPol(p);
        modelId = pol.registerModel(bytes32(0), one(thresholds(1)));
        for (uint256 i = 0; i < 5; ++i) {
            stakeAs(validators[i], IProofOfLogits.Role.Validator, 1 ether);
        }
        vm.roll(block.number + STAKE_SPACING);
        address turncoat = validators[0];
        vm.prank(turncoat);
        pol.requestUnbond(1 ether);
        stakeAs(turncoat, IProofOfLogits.Role.Miner, COLLATERAL);
        bytes32 jobId = submit();
        claimAs(turncoat, jobId);
        assertEq(pol.getAccount(turncoat).jobs, 1, "the former validator holds a miner job");
        vm.roll(block.number + STAKE_SPACING);
        stakeAs(OUTSIDER, IProofOfLogits.Role.Validator, 1 ether);
        (address[] memory list,) = pol.getValidators();
        assertEq(list[0], OUTSIDER, "the freed slot is reused");
    }

    // ------------------------------------------------ L-3: slashed funds stuck in the pool

    /// L-3: with rewardPerToken = 0 nothing is ever paid from the pool, so nothing slashed may go
    /// there: of the collateral the fail voters get their cut and the rest is burned, as is the
    /// absent member's penalty; every wei is credited or counted in burned().
    function test_L3_slashedFundsAreNotStuck() public {
        IProofOfLogits.Params memory p = defaultParams();
        p.rewardPerToken = 0;
        pol = deployPol(p);
        modelId = pol.registerModel(bytes32(0), one(thresholds(1)));
        stakeAs(MINER, IProofOfLogits.Role.Miner, MINER_STAKE);
        for (uint256 i = 0; i < 5; ++i) {
            stakeAs(validators[i], IProofOfLogits.Role.Validator, (i + 1) * 1 ether);
        }
        vm.roll(block.number + ATTEST_WINDOW + 1);
        bytes32 jobId = committedJob();
        address[] memory members = draw(jobId);
        vote(jobId, members, verdicts3(FAIL, FAIL, NONE));
        uint256 penalty = stakeOf(members[2]) / 100;
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(pol.rewardPool(), 0, "nothing went to the pool");
        uint256 credited = owedOf(REQUESTER) + owedOf(members[0]) + owedOf(members[1]);
        assertEq(credited + pol.burned(), FEE + COLLATERAL + penalty, "fee, collateral and penalty credited or burned");
        assertEq(pol.burned(), COLLATERAL - FEE / 10 + penalty, "burned: the collateral beyond the cut, the penalty");
    }

    // ------------------------------------------------ L-4: unbounded n drains the pool

    /// L-4: maxTokens (so n) is capped at 2^20 and a fee has a floor, so the per-token reward of
    /// one job is bounded by rewardPerToken x 2^20.
    function test_L4_positionsAreCappedAndFeeHasAFloor() public {
        uint32 cap = 1 << 20;
        uint32 version = activeVersion();
        vm.startPrank(REQUESTER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.InvalidLength.selector, cap + 1, cap));
        pol.submitJob{value: 1 gwei}(modelId, version, bytes32(0), cap + 1, sampler(), uint64(block.timestamp + 100));
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.FeeTooLow.selector, 1, 1 gwei));
        pol.submitJob{value: 1}(modelId, version, bytes32(0), cap, sampler(), uint64(block.timestamp + 100));
        vm.stopPrank();
        bytes32 jobId = submitWith(1 gwei, cap);
        claimAs(MINER, jobId);
        vm.prank(MINER);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.InvalidLength.selector, type(uint32).max, cap));
        pol.commit(jobId, bytes32(uint256(1)), type(uint32).max, bytes32(0), "");
        vm.prank(MINER);
        pol.commit(jobId, bytes32(uint256(1)), cap, bytes32(0), new bytes(4 * uint256(cap))); // 2^20 zero tokens
        vm.roll(block.number + SEED_DELAY + 1);
        uint256 pool = pol.rewardPool();
        runJob(jobId, PASS);
        assertEq(pool - pol.rewardPool(), uint256(cap) * 1 gwei, "reward bounded by rewardPerToken x 2^20");
    }

    // ------------------------------------------------ L-5: a copier front-running a lapsed claim

    /// L-5: the holder of a lapsed claim sends its commit; a copier that read the root from the
    /// mempool cannot commit it first: only the claim holder commits.
    function test_L5_copierCannotCommitALapsedClaimsRoot() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        vm.warp(block.timestamp + 601);
        bytes32 root = keccak256("the honest miner's root");
        vm.prank(MINER2);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.NotClaimHolder.selector, MINER));
        pol.commit(jobId, root, N, bytes32(0), outputOf(N));
        vm.prank(MINER);
        pol.commit(jobId, root, N, bytes32(0), outputOf(N));
        assertEq(pol.getJob(jobId).miner, MINER, "the holder's commit stands");
    }

    /// L-5 (take-over): a copier that takes the lapsed claim over must lock collateral and then
    /// holds a root whose openings it cannot serve: it is never paid (Unserved), the honest
    /// members are not penalized.
    function test_L5_copierThatTakesTheClaimEarnsNothing() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        vm.warp(block.timestamp + 601);
        claimAs(MINER2, jobId);
        assertEq(pol.getAccount(MINER2).locked, COLLATERAL, "the copier locks collateral");
        commitAs(MINER2, jobId);
        vm.roll(block.number + SEED_DELAY + 1);
        address[] memory members = runJob(jobId, NOREV);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Unserved), "unserved");
        assertEq(owedOf(MINER2), 0, "the copier is not paid");
        for (uint256 m = 0; m < members.length; ++m) {
            assertEq(stakeOf(members[m]), (uint160(members[m]) - 0x3000) * 1 ether, "members unharmed");
        }
    }

    // ------------------------------------------------ V-1: copying verdicts

    /// V-1: verdicts are committed before anyone reveals: a lazy member sees no verdict while it
    /// can still commit, cannot commit once reveals start, and cannot reveal another verdict than
    /// the one it committed; staying silent makes it absent (penalized).
    function test_V1_lazyMemberCannotCopyVerdicts() public {
        bytes32 jobId = committedJob();
        address[] memory members = draw(jobId);
        address lazy = members[2];
        commitVerdictAs(members[0], jobId, FAIL);
        commitVerdictAs(members[1], jobId, FAIL);
        (, IProofOfLogits.Verdict[] memory seen,) = pol.getCommittee(jobId);
        assertEq(uint256(seen[0]) + uint256(seen[1]), 0, "no verdict visible during the commit phase");
        vm.prank(members[0]);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.RevealWindowNotOpen.selector, uint64(seedBlockOf(jobId) + 21))
        );
        pol.revealVerdict(jobId, FAIL, saltOf(members[0], jobId), evidenceOf(members[0]));

        // The lazy member commits a guess, sees the reveals, and tries to switch.
        commitVerdictAs(lazy, jobId, PASS);
        rollToReveal(jobId);
        revealAs(members[0], jobId, FAIL);
        revealAs(members[1], jobId, FAIL);
        vm.prank(lazy);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.CommitmentMismatch.selector, lazy));
        pol.revealVerdict(jobId, FAIL, saltOf(lazy, jobId), evidenceOf(lazy));
        vm.prank(lazy);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.AttestWindowClosed.selector, uint64(seedBlockOf(jobId) + 20))
        );
        pol.commitVerdict(jobId, commitment(lazy, jobId, FAIL));
        uint256 before = stakeOf(lazy);
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(stakeOf(lazy), before - before / 100, "the copier that stays silent is penalized");
        assertEq(owedOf(lazy), 0, "and earns nothing");
    }

    // ------------------------------------------------ V-2: false no-reveal claims

    /// V-2: two colluding members claim the honest miner did not serve them. No-reveal never
    /// slashes: the job is Unserved, the miner keeps its collateral, the colluders earn nothing,
    /// and the honest member that revealed Pass is not penalized.
    function test_V2_falseNoRevealCannotSlashAnHonestMiner() public {
        bytes32 jobId = committedJob();
        address[] memory members = draw(jobId);
        uint256 honest = stakeOf(members[2]);
        vote(jobId, members, verdicts3(NOREV, NOREV, PASS));
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Unserved), "unserved");
        assertEq(stakeOf(MINER), MINER_STAKE, "the honest miner is not slashed");
        assertEq(pol.getAccount(MINER).locked, 0, "its collateral is released");
        assertEq(owedOf(members[0]) + owedOf(members[1]), 0, "the colluders earn nothing");
        assertEq(stakeOf(members[2]), honest, "the honest member is not penalized");
    }

    /// V-2 (the other side): a miner that does not serve its openings earns nothing.
    function test_V2_silentMinerEarnsNothing() public {
        bytes32 jobId = committedJob();
        runJob(jobId, NOREV);
        assertEq(owedOf(MINER), 0, "a silent miner is not paid");
        assertEq(owedOf(REQUESTER), FEE, "the requester gets the whole fee back");
    }

    // ------------------------------------------------ V-3: fee independent of the output length

    /// V-3: a miner that commits 1 of 256 tokens is paid for 1 token; the rest is refunded.
    function test_V3_truncatedOutputIsPaidPerToken() public {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        vm.prank(MINER);
        pol.commit(jobId, bytes32(uint256(1)), 1, bytes32(0), outputOf(1));
        vm.roll(block.number + SEED_DELAY + 1);
        runJob(jobId, PASS);
        uint256 part = FEE / MAX_TOKENS;
        assertEq(owedOf(MINER), part - 3 * (part / 10 / 3) + 1 gwei, "paid for one token");
        assertEq(owedOf(REQUESTER), FEE - part, "255/256 of the fee refunded");
    }

    // ------------------------------------------------ A-1: a split never slashes

    /// A-1 (a): two colluding members reveal Fail against an honest miner while the honest member
    /// reveals Pass. A Fail majority with a Pass vote is a split: Inconclusive. The honest miner
    /// keeps its whole stake, the honest member is not penalized, the colluders earn nothing
    /// (v2 before the amendment: Failed, the miner lost its collateral, the honest member was
    /// penalized as the minority).
    function test_A1_twoColludersCannotSlashAnHonestMiner() public {
        bytes32 jobId = committedJob();
        address[] memory members = draw(jobId);
        uint256 honest = stakeOf(members[2]);
        uint256[2] memory colluders = [stakeOf(members[0]), stakeOf(members[1])];
        vote(jobId, members, verdicts3(FAIL, FAIL, PASS));
        address[] memory two = escalate(jobId);
        voteAllAndSettle(jobId, two, PASS);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Passed), "round two passes the split job");
        assertEq(stakeOf(MINER), MINER_STAKE, "the honest miner's stake is untouched");
        assertEq(pol.getAccount(MINER).locked, 0, "its collateral is released");
        assertTrue(owedOf(MINER) > 0, "and it is paid");
        assertEq(stakeOf(members[2]), honest, "the honest pass voter is not penalized");
        assertTrue(owedOf(members[2]) > 0, "and it is paid");
        assertEq(stakeOf(members[0]), colluders[0] - colluders[0] / 100, "the overruled colluders are penalized");
        assertEq(stakeOf(members[1]), colluders[1] - colluders[1] / 100, "the overruled colluders are penalized");
        assertEq(owedOf(members[0]) + owedOf(members[1]), 0, "the colluders earn nothing");
        assertEq(pol.burned(), colluders[0] / 100 + colluders[1] / 100, "their penalties are burned");
    }

    /// A-1 (b): a cheating miner with one colluding member revealing Pass and two honest members
    /// revealing Fail. Before escalation the split was Inconclusive: the colluder turned the slash
    /// into a refund for free. Now round two (the other validators) fails the job: the cheater is
    /// slashed, the colluder penalized, the fail voters of both rounds share the cut.
    function test_A1_cheaterWithOneColluderIsSlashedInRoundTwo() public {
        bytes32 jobId = committedJob();
        address[] memory members = draw(jobId);
        uint256[3] memory stakes = [stakeOf(members[0]), stakeOf(members[1]), stakeOf(members[2])];
        vote(jobId, members, verdicts3(PASS, FAIL, FAIL));
        address[] memory two = escalate(jobId);
        voteAllAndSettle(jobId, two, FAIL);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Failed), "failed in round two");
        assertEq(owedOf(MINER), 0, "the cheater is not paid");
        assertEq(owedOf(REQUESTER), FEE, "the fee is refunded to the requester");
        assertEq(stakeOf(MINER), MINER_STAKE - COLLATERAL, "the cheater's collateral is slashed");
        assertEq(stakeOf(members[0]), stakes[0] - stakes[0] / 100, "the colluder is penalized");
        uint256 cut = (FEE / 10) / (2 + two.length);
        assertEq(owedOf(members[1]), cut, "round one's fail voters share the cut with round two's");
        assertEq(owedOf(two[0]), cut, "round two's fail voters share it");
        assertEq(pol.burned(), COLLATERAL - cut * (2 + two.length) + stakes[0] / 100, "the rest is burned");
    }

    /// A-1 (c): a unanimous Fail still slashes the whole collateral.
    function test_A1_unanimousFailStillSlashes() public {
        bytes32 jobId = committedJob();
        runJob(jobId, FAIL);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Failed), "failed");
        assertEq(stakeOf(MINER), MINER_STAKE - COLLATERAL, "the whole collateral slashed");
        assertEq(owedOf(MINER), 0, "and nothing paid");
    }

    // ------------------------------------------------ A-2: slashes are griefing-neutral

    /// A-2: the requester colludes with the whole committee to fail an honest miner of a
    /// full-length job. The requester's balance grows by exactly its fee refund (the 16-fee
    /// collateral pays it nothing), each fail voter earns exactly what passing the twin job paid it,
    /// and the rest of the collateral is burned, out of everybody's reach (v2 before the amendment:
    /// the requester was credited the collateral minus the voters' 20 %, the voters 20 % of it).
    function test_A2_requesterAndCommitteeGainNothingByFailingAnHonestMiner() public {
        uint256[] memory passPaid = fullLengthJobPays(PASS);
        uint256 requesterBefore = owedOf(REQUESTER);
        uint256 minerBefore = stakeOf(MINER);
        uint256 minerOwed = owedOf(MINER);
        uint256[] memory failPaid = fullLengthJobPays(FAIL);
        assertEq(owedOf(REQUESTER) - requesterBefore, FEE, "the requester gets its fee back, nothing more");
        assertEq(minerBefore - stakeOf(MINER), COLLATERAL, "the honest miner loses its collateral");
        uint256 votersPaid;
        for (uint256 m = 0; m < 3; ++m) {
            assertEq(failPaid[m], passPaid[m], "a fail voter earns what a pass would have paid it");
            votersPaid += failPaid[m];
        }
        assertEq(votersPaid, FEE / 10 - FEE / 10 % 3, "the voters share the validator cut of the fee");
        assertEq(pol.burned(), COLLATERAL - votersPaid, "the rest of the collateral is burned");
        assertEq(owedOf(MINER), minerOwed, "the miner is paid nothing");
    }

    /// @dev Runs a job of maxTokens positions in which every member reveals `verdict`; returns what
    /// each member was credited, in draw order.
    function fullLengthJobPays(IProofOfLogits.Verdict verdict) private returns (uint256[] memory paid) {
        bytes32 jobId = submit();
        claimAs(MINER, jobId);
        vm.prank(MINER);
        pol.commit(jobId, keccak256(abi.encode("root", jobId)), MAX_TOKENS, keccak256("tokens"), outputOf(MAX_TOKENS));
        vm.roll(block.number + SEED_DELAY + 1);
        address[] memory members = preview(jobId);
        paid = new uint256[](members.length);
        for (uint256 m = 0; m < members.length; ++m) {
            paid[m] = owedOf(members[m]);
        }
        runJob(jobId, verdict);
        for (uint256 m = 0; m < members.length; ++m) {
            paid[m] = owedOf(members[m]) - paid[m];
        }
    }

    /// R6: a builder that keeps the draw out until the last block of the draw window no longer
    /// makes the members absent: the verdict windows count from the draw (up to 255 blocks late),
    /// in round one and in round two.
    function test_R6_aLateDrawLeavesTheMembersAWholeCommitWindow() public {
        addValidators(4, 0x8000, 1 ether);
        IProofOfLogits.Verdict pass = IProofOfLogits.Verdict.Pass;
        IProofOfLogits.Verdict fail = IProofOfLogits.Verdict.Fail;
        bytes32 jobId = committedJob();
        uint256 seedBlock = seedBlockOf(jobId);
        assertEq(commitEndOf(jobId), seedBlock + ATTEST_WINDOW, "before the draw: the timely windows");
        vm.roll(seedBlock + ATTEST_WINDOW); // the last block the draw is accepted in
        address[] memory one = draw(jobId);
        uint256 commitEnd = seedBlock + 2 * ATTEST_WINDOW - 1;
        assertEq(commitEndOf(jobId), commitEnd, "the windows move by the draw's lateness");
        vm.roll(commitEnd); // under the old rule every commitment here was refused: all absent
        IProofOfLogits.Verdict[] memory vs = verdicts3(pass, pass, fail);
        uint256[] memory before = new uint256[](one.length);
        for (uint256 m = 0; m < one.length; ++m) {
            before[m] = stakeOf(one[m]);
            commitVerdictAs(one[m], jobId, vs[m]);
        }
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.RevealWindowNotOpen.selector, uint64(commitEnd + 1)));
        revealAs(one[0], jobId, pass);
        vm.roll(commitEnd + 1);
        vm.prank(one[0]);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.AttestWindowClosed.selector, uint64(commitEnd)));
        pol.commitVerdict(jobId, commitment(one[0], jobId, fail));
        for (uint256 m = 0; m < one.length; ++m) {
            revealAs(one[m], jobId, vs[m]);
        }
        vm.roll(commitEnd + REVEAL_WINDOW);
        vm.expectRevert(
            abi.encodeWithSelector(IProofOfLogits.RevealWindowOpen.selector, uint64(commitEnd + REVEAL_WINDOW))
        );
        pol.settle(jobId);
        vm.roll(commitEnd + REVEAL_WINDOW + 1);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Escalated), "the split escalates");

        // Round two: the lag of round one's draw is gone; a late draw moves round two's windows.
        uint256 seedTwo = seedBlockOf(jobId);
        assertEq(commitEndOf(jobId), seedTwo + ATTEST_WINDOW, "round two starts with timely windows");
        vm.roll(seedTwo + 11);
        address[] memory two = draw(jobId);
        assertEq(commitEndOf(jobId), seedTwo + ATTEST_WINDOW + 10, "round two's windows move by its lateness");
        vm.roll(seedTwo + ATTEST_WINDOW + 10);
        for (uint256 m = 0; m < two.length; ++m) {
            commitVerdictAs(two[m], jobId, pass);
        }
        rollToReveal(jobId);
        for (uint256 m = 0; m < two.length; ++m) {
            revealAs(two[m], jobId, pass);
        }
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Passed), "round two passes the honest job");
        for (uint256 m = 0; m < one.length; ++m) {
            if (vs[m] == pass) {
                assertEq(stakeOf(one[m]), before[m], "a member that voted after a late draw is not absent");
            } else {
                assertTrue(stakeOf(one[m]) < before[m], "the overruled Fail voter is penalized");
            }
        }
    }
}
