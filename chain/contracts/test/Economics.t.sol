// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TestBase} from "./utils/TestBase.sol";
import {BlockHeaders} from "./utils/Rlp.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";

/// @notice Monte Carlo of a cheating miner against the real contract (docs/economics.md).
///
/// Model. Committee C = 3, challenge set k = 16, collateralMultiplier 16, validatorCutBps 1000,
/// slashRewardBps 2000, rewardPerToken 0; every job has fee F and n = maxTokens = 256. The miner
/// cheats each position except the last (always challenged, so a rational cheater leaves it alone)
/// independently with probability f. Honest members reveal Fail iff a position of the job's
/// challenge set (read from the contract after the real draw: prevrandao seed, PolSpec.challengeSet)
/// is cheated, else Pass; colluding members (validators holding a share s of the validator stake)
/// always reveal Pass. Each job runs submit, claim, commit, draw, 3 x commitVerdict, 3 x
/// revealVerdict and settle on the contract; the cheater's profit is its credited payout minus its
/// slashed collateral, in units of F (compute ignored).
///
/// Analytic value: a job escapes (settles Passed) when no challenged position is cheated,
/// probability q = (1 - f)^(k - 1), or when at least two of the three members collude,
/// probability P2 (three weighted draws without replacement from the validator list); so
/// escape = q + (1 - q) * P2 and profit = escape * 0.9 - (1 - escape) * 16 (in F).
contract EconomicsTest is TestBase {
    IProofOfLogits private pol;
    uint32 private modelId;

    address private constant REQUESTER = address(0x1001);
    address private constant CHEATER = address(0x2001);
    uint256 private constant FEE = 1 ether;
    uint32 private constant N = 256;
    uint256 private constant K = 16;
    uint256 private constant MULTIPLIER = 16;
    uint256 private constant HONEST = 10; // honest validators of 1 ether each
    uint256 private constant COLLUDERS = 5; // colluding validators sharing s of the stake
    uint256 private constant BATCH = 50; // jobs committed in the same block
    uint256 private constant BATCHES = 20; // N jobs per (f, s) cell = BATCH x BATCHES
    uint256 private constant WAD = 1e18;

    address[] private colluders;
    uint256 private nonce;

    struct Cell {
        uint256 jobs;
        uint256 escaped;
        int256 profit; // wei
    }

    function deploy(uint256 sBps) private {
        vm.warp(1_700_000_000);
        vm.roll(1000);
        pol = deployPol(
            IProofOfLogits.Params({
                minMinerStake: 1 ether,
                minValidatorStake: 0.01 ether,
                minFee: 1 gwei,
                unbondingDelay: 1 days,
                claimTimeout: 3600,
                thresholdsDelay: 0,
                seedDelay: 2,
                attestWindow: 20,
                revealWindow: 20,
                committeeSize: 3,
                challenges: uint8(K),
                maxValidators: 32,
                collateralMultiplier: uint16(MULTIPLIER),
                validatorCutBps: 1000,
                absentPenaltyBps: 100,
                rewardPerToken: 0
            })
        );
        modelId = pol.registerModel(keccak256("m"), IProofOfLogits.Thresholds(1, 20, 1, 1, 1));
        for (uint256 i = 0; i < HONEST; ++i) {
            stakeAs(address(uint160(0x3001 + i)), IProofOfLogits.Role.Validator, 1 ether);
        }
        delete colluders;
        if (sBps != 0) {
            // s of the total: colluders hold HONEST * s / (1 - s) ether between them.
            uint256 each = HONEST * 1 ether * sBps / (10_000 - sBps) / COLLUDERS;
            for (uint256 i = 0; i < COLLUDERS; ++i) {
                address c = address(uint160(0x4001 + i));
                colluders.push(c);
                stakeAs(c, IProofOfLogits.Role.Validator, each);
            }
        }
        stakeAs(CHEATER, IProofOfLogits.Role.Miner, 1 ether);
        vm.deal(REQUESTER, 1e9 ether);
        vm.roll(block.number + 21);
    }

    function stakeAs(address who, IProofOfLogits.Role role, uint256 amount) private {
        vm.deal(who, who.balance + amount);
        vm.prank(who);
        pol.stake{value: amount}(role);
    }

    function isColluder(address v) private view returns (bool) {
        for (uint256 i = 0; i < colluders.length; ++i) {
            if (colluders[i] == v) return true;
        }
        return false;
    }

    /// @dev Whether the cheater falsified position p of the job (independently with probability f).
    function cheated(bytes32 jobId, uint32 p, uint256 fBps) private pure returns (bool) {
        if (p == N - 1) return false;
        return uint256(keccak256(abi.encode("cheat", jobId, p))) % 10_000 < fBps;
    }

    /// @dev BATCH jobs through the whole life cycle, committed in the same block (they share the
    /// seed block, so its prevrandao; the draws and challenge sets differ by job id).
    function runBatch(uint256 fBps) external returns (Cell memory cell) {
        // Enough free stake for the batch's collateral.
        uint256 need = BATCH * FEE * MULTIPLIER;
        IProofOfLogits.Account memory a = pol.getAccount(CHEATER);
        if (a.stake < need) stakeAs(CHEATER, IProofOfLogits.Role.Miner, need - a.stake);

        bytes32[] memory jobs = new bytes32[](BATCH);
        IProofOfLogits.Sampler memory s = IProofOfLogits.Sampler(0, 0, 0, bytes32(0));
        for (uint256 i = 0; i < BATCH; ++i) {
            vm.prank(REQUESTER);
            jobs[i] = pol.submitJob{value: FEE}(modelId, 1, bytes32(0), N, s, uint64(block.timestamp + 1 hours));
            vm.prank(CHEATER);
            pol.claimJob(jobs[i]);
            vm.prank(CHEATER);
            pol.commit(jobs[i], keccak256(abi.encode(jobs[i])), N, bytes32(0));
        }
        uint256 seedBlock = block.number + 2;
        vm.roll(seedBlock + 1);
        bytes memory header = BlockHeaders.withMix(seedBlock, keccak256(abi.encode("prevrandao", fBps, ++nonce)));
        vm.setBlockhash(seedBlock, keccak256(header));

        address[][] memory members = new address[][](BATCH);
        uint8[][] memory votes = new uint8[][](BATCH);
        for (uint256 i = 0; i < BATCH; ++i) {
            (members[i], votes[i]) = drawAndCommit(jobs[i], header, fBps);
        }
        vm.roll(seedBlock + 21);
        for (uint256 i = 0; i < BATCH; ++i) {
            for (uint256 m = 0; m < members[i].length; ++m) {
                vm.prank(members[i][m]);
                pol.revealVerdict(jobs[i], IProofOfLogits.Verdict(votes[i][m]), bytes32(0), bytes32(0));
            }
        }
        vm.roll(seedBlock + 41);
        for (uint256 i = 0; i < BATCH; ++i) {
            IProofOfLogits.Account memory before = pol.getAccount(CHEATER);
            pol.settle(jobs[i]);
            IProofOfLogits.Account memory afterSettle = pol.getAccount(CHEATER);
            cell.profit += int256(uint256(afterSettle.owed)) - int256(uint256(before.owed));
            cell.profit -= int256(uint256(before.stake)) - int256(uint256(afterSettle.stake));
            if (pol.getJob(jobs[i]).status == IProofOfLogits.JobStatus.Passed) ++cell.escaped;
            ++cell.jobs;
        }
    }

    /// @dev Draws the job's committee and has each member commit its verdict: colluders Pass,
    /// honest members Fail iff the challenge set hits a cheated position.
    function drawAndCommit(bytes32 jobId, bytes memory header, uint256 fBps)
        private
        returns (address[] memory members, uint8[] memory votes)
    {
        pol.drawCommittee(jobId, header);
        (members,,) = pol.getCommittee(jobId);
        uint32[] memory challenge = pol.challengePositions(jobId);
        bool caught;
        for (uint256 c = 0; c < challenge.length && !caught; ++c) {
            caught = cheated(jobId, challenge[c], fBps);
        }
        votes = new uint8[](members.length);
        for (uint256 m = 0; m < members.length; ++m) {
            votes[m] = (caught && !isColluder(members[m])) ? 2 : 1;
            vm.prank(members[m]);
            pol.commitVerdict(jobId, keccak256(abi.encodePacked(jobId, members[m], votes[m], bytes32(0), bytes32(0))));
        }
    }

    // ------------------------------------------------ the analytic values

    /// @dev (1 - f)^(k - 1) in WAD.
    function noHit(uint256 fBps) private pure returns (uint256 q) {
        q = WAD;
        for (uint256 i = 0; i < K - 1; ++i) {
            q = q * (10_000 - fBps) / 10_000;
        }
    }

    /// @dev P(at least 2 of 3 members collude): three draws without replacement by weight from
    /// h honest validators of weight a and c colluders of weight b (WAD).
    function atLeastTwo(uint256 h, uint256 a, uint256 c, uint256 b, uint256 picks, uint256 got)
        private
        pure
        returns (uint256)
    {
        if (picks == 0) return got >= 2 ? WAD : 0;
        uint256 total = h * a + c * b;
        uint256 p;
        if (c > 0) p += (c * b * WAD / total) * atLeastTwo(h, a, c - 1, b, picks - 1, got + 1) / WAD;
        if (h > 0) p += (h * a * WAD / total) * atLeastTwo(h - 1, a, c, b, picks - 1, got) / WAD;
        return p;
    }

    // ------------------------------------------------ the table

    function fixed3(int256 wad) private pure returns (string memory) {
        bool neg = wad < 0;
        uint256 v = uint256(neg ? -wad : wad);
        uint256 milli = (v + WAD / 2000) / (WAD / 1000);
        string memory frac = vm.toString(milli % 1000);
        while (bytes(frac).length < 3) frac = string.concat("0", frac);
        return string.concat(neg ? "-" : " ", vm.toString(milli / 1000), ".", frac);
    }

    function pct(uint256 wad) private pure returns (string memory) {
        return string.concat(fixed3(int256(wad * 100)), "%");
    }

    /// @dev One table row: N jobs of cheat rate f against a coalition holding s of the stake.
    function runCell(uint256 fBps, uint256 sBps) private {
        deploy(sBps);
        Cell memory cell;
        for (uint256 b = 0; b < BATCHES; ++b) {
            // An external call per batch: its memory is released when it returns.
            Cell memory part = this.runBatch(fBps);
            cell.jobs += part.jobs;
            cell.escaped += part.escaped;
            cell.profit += part.profit;
        }
        uint256 colluderWeight = sBps == 0 ? 0 : HONEST * 1 ether * sBps / (10_000 - sBps) / COLLUDERS;
        uint256 q = noHit(fBps);
        uint256 p2 = colluderWeight == 0 ? 0 : atLeastTwo(HONEST, 1 ether, COLLUDERS, colluderWeight, 3, 0);
        uint256 escape = q + (WAD - q) * p2 / WAD;
        int256 profit = int256(escape * 9 / 10) - int256((WAD - escape) * MULTIPLIER);
        log(
            string.concat(
                "| ",
                vm.toString(fBps / 100),
                "% | ",
                vm.toString(sBps / 100),
                "% | ",
                vm.toString(cell.jobs),
                " | ",
                pct(cell.escaped * WAD / cell.jobs),
                " | ",
                pct(escape),
                " | ",
                fixed3(cell.profit / int256(cell.jobs)),
                " | ",
                fixed3(profit),
                " |"
            )
        );
    }

    // One test per cell (forge runs them in parallel and prints them in name order). The table
    // header comes with the first.

    function test_Economics_f01_s00() public {
        log("| f | s | jobs | escape (MC) | escape (analytic) | profit/job in F (MC) | profit/job in F (analytic) |");
        log("|---|---|---:|---:|---:|---:|---:|");
        runCell(100, 0);
    }

    function test_Economics_f01_s10() public {
        runCell(100, 1000);
    }

    function test_Economics_f01_s20() public {
        runCell(100, 2000);
    }

    function test_Economics_f01_s33() public {
        runCell(100, 3300);
    }

    function test_Economics_f01_s50() public {
        runCell(100, 5000);
    }

    function test_Economics_f05_s00() public {
        runCell(500, 0);
    }

    function test_Economics_f05_s10() public {
        runCell(500, 1000);
    }

    function test_Economics_f05_s20() public {
        runCell(500, 2000);
    }

    function test_Economics_f05_s33() public {
        runCell(500, 3300);
    }

    function test_Economics_f05_s50() public {
        runCell(500, 5000);
    }

    function test_Economics_f10_s00() public {
        runCell(1000, 0);
    }

    function test_Economics_f10_s10() public {
        runCell(1000, 1000);
    }

    function test_Economics_f10_s20() public {
        runCell(1000, 2000);
    }

    function test_Economics_f10_s33() public {
        runCell(1000, 3300);
    }

    function test_Economics_f10_s50() public {
        runCell(1000, 5000);
    }

    function test_Economics_f25_s00() public {
        runCell(2500, 0);
    }

    function test_Economics_f25_s10() public {
        runCell(2500, 1000);
    }

    function test_Economics_f25_s20() public {
        runCell(2500, 2000);
    }

    function test_Economics_f25_s33() public {
        runCell(2500, 3300);
    }

    function test_Economics_f25_s50() public {
        runCell(2500, 5000);
    }

    function test_Economics_f50_s00() public {
        runCell(5000, 0);
    }

    function test_Economics_f50_s10() public {
        runCell(5000, 1000);
    }

    function test_Economics_f50_s20() public {
        runCell(5000, 2000);
    }

    function test_Economics_f50_s33() public {
        runCell(5000, 3300);
    }

    function test_Economics_f50_s50() public {
        runCell(5000, 5000);
    }
}
