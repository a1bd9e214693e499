// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TestBase} from "./utils/TestBase.sol";
import {BlockHeaders} from "./utils/Rlp.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";

/// @notice Monte Carlo of cheating miners against the real contract (docs/economics.md), under the
/// amended settlement rule (a split never slashes, slashes are burned beyond the voters' cut).
///
/// Model. Committee C = 3, challenge set k = 16, collateralMultiplier M = 16, validatorCutBps 1000,
/// rewardPerToken 0; every job has fee F and n = maxTokens = 256, so a passed job pays the miner
/// 0.9 F and an honest miner earns 0.9 F with certainty. The cheater falsifies each position except
/// the last independently with probability f. Colluding members (validators holding a share s of
/// the validator stake) always reveal Pass. Two kinds of cheat, one table each:
///
/// * opening-level (a faked logit vector, visible only in an opening): an honest member finds it
///   iff the job's challenge set (read from the contract after the real draw: prevrandao seed,
///   PolSpec.challengeSet) holds a falsified position;
/// * token-level (draft-model tokens, truncation: visible in the committed token list, which every
///   member re-checks in full): an honest member finds it iff any position is falsified, whatever
///   the challenge set.
///
/// and two miners per row, alternating: the serving miner serves everything (honest members reveal
/// Fail when they find the cheat, else Pass); the withholding miner sees the committee and the
/// challenge set before serving and, when an honest member would find the cheat, serves nothing.
/// An opening-level cheat withheld is unprovable: honest members reveal NoReveal (the colluders
/// still Pass). A token-level cheat cannot be withheld: commit publishes the output tokens in the
/// JobCommitted log before the seed exists, so every honest member reads them from the chain and
/// reveals Fail whatever the miner serves; the withholding column of the token-level table is the
/// serving one (same expectation, independent sample). Each job runs submit, claim, commit,
/// draw, 3 x commitVerdict, 3 x revealVerdict and settle on the contract; the cheater's profit is
/// its credited payout minus its slashed stake, in F (compute ignored).
///
/// Analytic values. With P_j the probability that j members collude (three weighted draws without
/// replacement from the validator list) and q the probability that an honest member finds nothing
/// (opening-level: q = (1 - f)^(k - 1); token-level: q = (1 - f)^(n - 1)):
/// escape (Passed, paid) = q + (1 - q) (P_2 + P_3); slashed (Failed) = (1 - q) P_0 when serving or
/// when withholding a token-level cheat, 0 when withholding an opening-level one; profit =
/// 0.9 escape - 16 slashed; withholding - honest = profit - 0.9.
contract EconomicsTest is TestBase {
    /// @dev The batch's round-one seed block header: the contract derives challenge sets from it.
    bytes private roundOneHeader;

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
    uint256 private constant BATCHES = 20; // 1,000 jobs per row: 500 serving, 500 withholding
    uint256 private constant WAD = 1e18;
    uint256 private constant PAY = WAD * 9 / 10; // a passed job's pay, in F

    uint256 private constant SERVING = 0;
    uint256 private constant WITHHOLDING = 1;

    address[] private colluders;
    uint256 private nonce;
    /// @dev Per row: every row deploys the same contract at the same address, so its jobs have the
    /// same ids; the salt keeps the rows' cheat patterns and seeds independent.
    bytes32 private salt;
    /// @dev The row's cheat: token-level (visible in the committed tokens) or opening-level.
    bool private tokenLevel;

    /// @dev Monte Carlo counts of one kind of miner.
    struct Tally {
        uint256 jobs;
        uint256 paid; // settled Passed
        uint256 slashed; // settled Failed
        int256 profit; // wei
        uint256 escalated; // went to round two
    }

    /// @dev Analytic values of one kind of miner (WAD; profit in F).
    struct Expect {
        uint256 paid;
        uint256 slashed;
        int256 profit;
    }

    function deploy(uint256 fBps, uint256 sBps, bool tokens) private {
        salt = keccak256(abi.encode(fBps, sBps, tokens));
        tokenLevel = tokens;
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
        modelId = pol.registerModel(keccak256("m"), one(IProofOfLogits.Thresholds(1, 20, 1, 1, 1, 1, 1 << 21)));
        for (uint256 i = 0; i < HONEST; ++i) {
            stakeAs(address(uint160(0x3001 + i)), IProofOfLogits.Role.Validator, 1 ether);
        }
        delete colluders;
        uint256 each = colluderWeight(sBps);
        for (uint256 i = 0; each != 0 && i < COLLUDERS; ++i) {
            address c = address(uint160(0x4001 + i));
            colluders.push(c);
            stakeAs(c, IProofOfLogits.Role.Validator, each);
        }
        stakeAs(CHEATER, IProofOfLogits.Role.Miner, 1 ether);
        vm.deal(REQUESTER, 1e9 ether);
        vm.roll(block.number + 23); // stakes weigh seedDelay + 1 blocks after the call
    }

    /// @dev Each colluder's stake: together they hold s of the total, HONEST * s / (1 - s) ether.
    function colluderWeight(uint256 sBps) private pure returns (uint256) {
        return HONEST * 1 ether * sBps / (10_000 - sBps) / COLLUDERS;
    }

    function stakeAs(address who, IProofOfLogits.Role role, uint256 amount) private {
        vm.deal(who, who.balance + amount);
        vm.prank(who);
        pol.stake{value: amount}(role, 0);
    }

    function isColluder(address v) private view returns (bool) {
        for (uint256 i = 0; i < colluders.length; ++i) {
            if (colluders[i] == v) return true;
        }
        return false;
    }

    /// @dev Whether the cheater falsified position p of the job (independently with probability f):
    /// keccak256(keccak256(abi.encode("cheat", salt, jobId)), p) mod 10,000 < f, hashed in scratch
    /// space (a whole token list per job would otherwise grow memory by ~40 kB).
    function cheated(bytes32 jobId, uint32 p, uint256 fBps) private view returns (bool) {
        if (p == N - 1) return false;
        bytes32 key = keccak256(abi.encode("cheat", salt, jobId));
        return positionHash(key, p) % 10_000 < fBps;
    }

    function positionHash(bytes32 key, uint256 p) private pure returns (uint256 x) {
        assembly ("memory-safe") {
            mstore(0, key)
            mstore(32, p)
            x := keccak256(0, 64)
        }
    }

    /// @dev Whether an honest member finds the cheat: a falsified position anywhere in the committed
    /// tokens (token-level), or in the job's challenge set (opening-level).
    function caught(bytes32 jobId, uint256 fBps) private view returns (bool) {
        if (tokenLevel) {
            bytes32 key = keccak256(abi.encode("cheat", salt, jobId));
            for (uint256 p = 0; p < N - 1; ++p) {
                if (positionHash(key, p) % 10_000 < fBps) return true;
            }
            return false;
        }
        uint32[] memory challenge = pol.challengePositions(jobId, roundOneHeader);
        for (uint256 c = 0; c < challenge.length; ++c) {
            if (cheated(jobId, challenge[c], fBps)) return true;
        }
        return false;
    }

    /// @dev BATCH jobs through the whole life cycle, committed in the same block (they share the
    /// seed block, so its prevrandao; the draws and challenge sets differ by job id). The miner of
    /// job i serves (even i) or withholds (odd i).
    function runBatch(uint256 fBps) external returns (Tally[2] memory) {
        // Enough free stake for the batch's collateral.
        uint256 need = BATCH * FEE * MULTIPLIER;
        IProofOfLogits.Account memory a = pol.getAccount(CHEATER);
        if (a.stake < need) stakeAs(CHEATER, IProofOfLogits.Role.Miner, need - a.stake);

        bytes32[] memory jobs = new bytes32[](BATCH);
        IProofOfLogits.Sampler memory s = IProofOfLogits.Sampler(0, 0, 0, bytes32(0));
        bytes memory output = outputOf(N);
        for (uint256 i = 0; i < BATCH; ++i) {
            vm.prank(REQUESTER);
            jobs[i] = pol.submitJob{value: FEE}(modelId, 1, bytes32(0), N, s, uint64(block.timestamp + 1 hours));
            vm.prank(CHEATER);
            pol.claimJob(jobs[i]);
            vm.prank(CHEATER);
            pol.commit(jobs[i], keccak256(abi.encode(jobs[i])), N, bytes32(0), output);
        }
        uint256 seedBlock = block.number + 2;
        vm.roll(seedBlock + 1);
        bytes memory header = BlockHeaders.withMix(seedBlock, keccak256(abi.encode("prevrandao", salt, ++nonce)));
        vm.setBlockhash(seedBlock, keccak256(header));
        roundOneHeader = header; // fixes the challenge set of both rounds
        voteBatch(jobs, header, fBps, seedBlock);
        vm.roll(seedBlock + 41);
        Tally[2] memory t = settleBatch(jobs);
        // Round two of the escalated jobs (all escalated in this block: one seed block).
        uint256 seedTwo = block.number + 2;
        vm.roll(seedTwo + 1);
        header = BlockHeaders.withMix(seedTwo, keccak256(abi.encode("prevrandao two", salt, nonce)));
        vm.setBlockhash(seedTwo, keccak256(header));
        bytes32[] memory two = new bytes32[](BATCH);
        for (uint256 i = 0; i < BATCH; ++i) {
            if (pol.getJob(jobs[i]).status == IProofOfLogits.JobStatus.Escalated) two[i] = jobs[i];
        }
        voteBatch(two, header, fBps, seedTwo);
        vm.roll(seedTwo + 41);
        Tally[2] memory t2 = settleBatch(two);
        for (uint256 k = 0; k < 2; ++k) {
            t[k].paid += t2[k].paid;
            t[k].slashed += t2[k].slashed;
            t[k].profit += t2[k].profit;
            t[k].escalated += t2[k].jobs;
        }
        return t;
    }

    /// @dev Draws every committee, every member commits its verdict, then reveals it.
    function voteBatch(bytes32[] memory jobs, bytes memory header, uint256 fBps, uint256 seedBlock) private {
        address[][] memory members = new address[][](BATCH);
        uint8[][] memory votes = new uint8[][](BATCH);
        for (uint256 i = 0; i < BATCH; ++i) {
            if (jobs[i] != bytes32(0)) (members[i], votes[i]) = drawAndCommit(jobs[i], header, fBps, i % 2);
        }
        vm.roll(seedBlock + 21);
        for (uint256 i = 0; i < BATCH; ++i) {
            for (uint256 m = 0; m < members[i].length; ++m) {
                vm.prank(members[i][m]);
                pol.revealVerdict(jobs[i], IProofOfLogits.Verdict(votes[i][m]), bytes32(0), bytes32(0));
            }
        }
    }

    /// @dev Settles every job (zero ids are skipped) and counts the cheater's results per kind of
    /// miner (a job that escalates counts as neither paid nor slashed until round two settles it).
    function settleBatch(bytes32[] memory jobs) private returns (Tally[2] memory t) {
        for (uint256 i = 0; i < BATCH; ++i) {
            if (jobs[i] == bytes32(0)) continue;
            Tally memory x = t[i % 2];
            IProofOfLogits.Account memory before = pol.getAccount(CHEATER);
            pol.settle(jobs[i]);
            IProofOfLogits.Account memory afterSettle = pol.getAccount(CHEATER);
            x.profit += int256(uint256(afterSettle.owed)) - int256(uint256(before.owed));
            x.profit -= int256(uint256(before.stake)) - int256(uint256(afterSettle.stake));
            IProofOfLogits.JobStatus st = pol.getJob(jobs[i]).status;
            if (st == IProofOfLogits.JobStatus.Passed) ++x.paid;
            if (st == IProofOfLogits.JobStatus.Failed) ++x.slashed;
            ++x.jobs;
        }
    }

    /// @dev Draws the job's committee and has each member commit its verdict: colluders Pass,
    /// honest members Pass unless they catch the cheat: then Fail, or NoReveal when the miner
    /// withholds its openings and the cheat is opening-level (a token-level cheat is read from the
    /// JobCommitted log, whatever the miner serves: Fail).
    function drawAndCommit(bytes32 jobId, bytes memory header, uint256 fBps, uint256 kind)
        private
        returns (address[] memory members, uint8[] memory votes)
    {
        pol.drawCommittee(jobId, header);
        (members,,) = pol.getCommittee(jobId);
        uint8 honest = 1;
        if (caught(jobId, fBps)) honest = kind == WITHHOLDING && !tokenLevel ? 3 : 2;
        votes = new uint8[](members.length);
        for (uint256 m = 0; m < members.length; ++m) {
            votes[m] = isColluder(members[m]) ? 1 : honest;
            vm.prank(members[m]);
            pol.commitVerdict(jobId, keccak256(abi.encodePacked(jobId, members[m], votes[m], bytes32(0), bytes32(0))));
        }
    }

    // ------------------------------------------------ the analytic values

    /// @dev (1 - f)^e in WAD.
    function power(uint256 fBps, uint256 e) private pure returns (uint256 q) {
        q = WAD;
        for (uint256 i = 0; i < e; ++i) {
            q = q * (10_000 - fBps) / 10_000;
        }
    }

    /// @dev P(j of the C = 3 members collude), j = 0..3 (WAD): three weighted draws without
    /// replacement from the deployed validator list (HONEST of 1 ether, COLLUDERS of `each`).
    function committeeOdds(uint256 sBps) private pure returns (uint256[4] memory p) {
        uint256 each = colluderWeight(sBps);
        odds(HONEST, each == 0 ? 0 : COLLUDERS, each, 3, 0, WAD, p);
    }

    /// @dev Adds to p[got + j] the probability w of this branch times that of drawing j colluders
    /// in `picks` more draws from h honest validators of 1 ether and c colluders of b wei each.
    function odds(uint256 h, uint256 c, uint256 b, uint256 picks, uint256 got, uint256 w, uint256[4] memory p)
        private
        pure
    {
        if (picks == 0) {
            p[got] += w;
            return;
        }
        uint256 total = h * 1 ether + c * b;
        if (c > 0) odds(h, c - 1, b, picks - 1, got + 1, w * (c * b) / total, p);
        if (h > 0) odds(h - 1, c, b, picks - 1, got, w * (h * 1 ether) / total, p);
    }

    /// @dev Round two after round one drew j colluders: 2C + 1 = 7 weighted draws without
    /// replacement from the validators round one left. Returns P(a colluding majority passes it:
    /// >= 4 colluders) and P(its honest members fail it: more than two thirds, >= 5 honest).
    function roundTwoOdds(uint256 sBps, uint256 j) private pure returns (uint256 pass, uint256 fail) {
        uint256 each = colluderWeight(sBps);
        uint256[8] memory p;
        odds7(HONEST - (3 - j), COLLUDERS - j, each, 7, 0, WAD, p);
        pass = p[4] + p[5] + p[6] + p[7];
        fail = p[0] + p[1] + p[2];
    }

    /// @dev odds() for up to 7 draws.
    function odds7(uint256 h, uint256 c, uint256 b, uint256 picks, uint256 got, uint256 w, uint256[8] memory p)
        private
        pure
    {
        if (picks == 0 || w == 0) {
            p[got] += w;
            return;
        }
        uint256 total = h * 1 ether + c * b;
        if (c > 0) odds7(h, c - 1, b, picks - 1, got + 1, w * (c * b) / total, p);
        if (h > 0) odds7(h - 1, c, b, picks - 1, got, w * (h * 1 ether) / total, p);
    }

    /// @dev Analytic escape, slash and profit of `kind` at cheat rate f against coalition share s.
    /// A caught cheat served (or token-level) is failed by an honest round one (P0), passed by a
    /// colluding one (P3) and escalated otherwise (P1, P2: an honest Fail beside a colluder's Pass),
    /// where round two passes or fails it; an opening-level cheat withheld gets no Fail vote, so it
    /// never escalates: Passed with two colluders, else Unserved.
    function expected(uint256 fBps, uint256 sBps, bool tokens, uint256 kind) private pure returns (Expect memory e) {
        uint256[4] memory p = committeeOdds(sBps);
        uint256 q = power(fBps, tokens ? N - 1 : K - 1);
        if (kind == WITHHOLDING && !tokens) {
            e.paid = q + (WAD - q) * (p[2] + p[3]) / WAD;
        } else {
            uint256 paid = p[3];
            uint256 slashed = p[0];
            for (uint256 j = 1; j <= 2 && colluderWeight(sBps) != 0; ++j) {
                (uint256 pass, uint256 fail) = roundTwoOdds(sBps, j);
                paid += p[j] * pass / WAD;
                slashed += p[j] * fail / WAD;
            }
            e.paid = q + (WAD - q) * paid / WAD;
            e.slashed = (WAD - q) * slashed / WAD;
        }
        e.profit = int256(e.paid * PAY / WAD) - int256(e.slashed * MULTIPLIER);
    }

    // ------------------------------------------------ the tables

    /// @dev A WAD value with `decimals` decimals (rounded half up in magnitude), sign included.
    function fixedPoint(int256 wad, uint256 decimals) private pure returns (string memory) {
        bool neg = wad < 0;
        uint256 v = uint256(neg ? -wad : wad);
        uint256 unit = WAD / 10 ** decimals;
        uint256 scaled = (v + unit / 2) / unit;
        string memory frac = vm.toString(scaled % 10 ** decimals);
        while (bytes(frac).length < decimals) frac = string.concat("0", frac);
        if (scaled == 0) neg = false;
        return string.concat(neg ? "-" : "", vm.toString(scaled / 10 ** decimals), ".", frac);
    }

    /// @dev "MC / analytic" of a rate, in percent with one decimal.
    function rates(uint256 count, uint256 jobs, uint256 analytic) private pure returns (string memory) {
        return string.concat(
            fixedPoint(int256(count * WAD * 100 / jobs), 1), " / ", fixedPoint(int256(analytic * 100), 1), "%"
        );
    }

    /// @dev "MC / analytic" of a profit per job, in F with two decimals.
    function profits(int256 mcWei, uint256 jobs, int256 analytic) private pure returns (string memory) {
        return string.concat(fixedPoint(mcWei / int256(jobs), 2), " / ", fixedPoint(analytic, 2));
    }

    /// @dev Integer square root (floor).
    function sqrt(uint256 x) private pure returns (uint256 r) {
        if (x == 0) return 0;
        r = x;
        uint256 y = (x + 1) / 2;
        while (y < r) {
            r = y;
            y = (x / y + y) / 2;
        }
    }

    /// @dev The measured rate agrees with the analytic one within five standard errors.
    function checkRate(uint256 count, uint256 jobs, uint256 analytic, string memory what) private pure {
        uint256 measured = count * WAD / jobs;
        uint256 sigma = sqrt(analytic * (WAD - analytic) / jobs) + WAD / jobs;
        uint256 diff = measured > analytic ? measured - analytic : analytic - measured;
        assertLe(diff, 5 * sigma, what);
    }

    /// @dev One table row: 500 serving and 500 withholding jobs at cheat rate f against a coalition
    /// holding s of the stake.
    function row(uint256 fBps, uint256 sBps, bool tokens) private {
        deploy(fBps, sBps, tokens);
        Tally[2] memory t;
        for (uint256 b = 0; b < BATCHES; ++b) {
            // An external call per batch: its memory is released when it returns.
            Tally[2] memory part = this.runBatch(fBps);
            for (uint256 k = 0; k < 2; ++k) {
                t[k].jobs += part[k].jobs;
                t[k].paid += part[k].paid;
                t[k].slashed += part[k].slashed;
                t[k].profit += part[k].profit;
            }
        }
        Tally memory sv = t[SERVING];
        Tally memory wh = t[WITHHOLDING];
        Expect memory es = expected(fBps, sBps, tokens, SERVING);
        Expect memory ew = expected(fBps, sBps, tokens, WITHHOLDING);
        checkRate(sv.paid, sv.jobs, es.paid, "serving: escape rate");
        checkRate(sv.slashed, sv.jobs, es.slashed, "serving: slash rate");
        checkRate(wh.paid, wh.jobs, ew.paid, "withholding: escape rate");
        if (tokens) checkRate(wh.slashed, wh.jobs, ew.slashed, "withholding a token-level cheat: slash rate");
        else assertEq(wh.slashed, 0, "withholding an opening-level cheat is never slashed");
        int256 honest = int256(PAY);
        assertTrue(wh.profit / int256(wh.jobs) <= honest && ew.profit <= honest, "withholding never beats honesty");
        string memory line = string.concat(
            string.concat("| ", vm.toString(fBps / 100), "% | ", vm.toString(sBps / 100), "% | "),
            string.concat(vm.toString(sv.jobs), " + ", vm.toString(wh.jobs), " | "),
            string.concat(rates(sv.paid, sv.jobs, es.paid), " | ", rates(sv.slashed, sv.jobs, es.slashed), " | ")
        );
        line = string.concat(
            line,
            string.concat(profits(sv.profit, sv.jobs, es.profit), " | ", rates(wh.paid, wh.jobs, ew.paid), " | "),
            string.concat(rates(wh.slashed, wh.jobs, ew.slashed), " | ")
        );
        log(
            string.concat(
                line,
                string.concat(profits(wh.profit, wh.jobs, ew.profit), " | "),
                string.concat(profits(wh.profit - int256(wh.jobs) * honest, wh.jobs, ew.profit - honest), " |")
            )
        );
    }

    function openingRow(uint256 fBps, uint256 sBps) private {
        row(fBps, sBps, false);
    }

    function tokenRow(uint256 fBps, uint256 sBps) private {
        row(fBps, sBps, true);
    }

    function tableHeader() private view {
        log(
            "| f | s | jobs (serving + withholding) | serving: escape | serving: slashed | serving: profit/F | withholding: escape | withholding: slashed | withholding: profit/F | withholding - honest, /F |"
        );
        log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    }

    // One test per row (forge runs them in parallel and prints them in name order: the committee
    // table, the opening-level table, the token-level table). Each table's header comes with its
    // first row.

    /// @notice P(j colluders on a committee of 3) for the deployed validator sets, against the
    /// with-replacement approximations: an honest miner is slashed only by a whole colluding
    /// committee under the amended rule (P_3, ~ s^3), by two of three under plain majority (P_2 +
    /// P_3, ~ 3s^2 - 2s^3).
    function test_Economics_committee() public view {
        log(
            "| s | P0 | P1 | P2 | P3 (honest miner slashable, amended) | s^3 | P2 + P3 (plain majority) | 3s^2 - 2s^3 |"
        );
        log("|---|---:|---:|---:|---:|---:|---:|---:|");
        uint256[5] memory shares = [uint256(0), 1000, 2000, 3300, 5000];
        for (uint256 i = 0; i < shares.length; ++i) {
            uint256[4] memory p = committeeOdds(shares[i]);
            uint256 s = shares[i] * WAD / 10_000;
            uint256 cube = s * s / WAD * s / WAD;
            uint256 square = s * s / WAD;
            string memory line = string.concat("| ", vm.toString(shares[i] / 100), "% | ");
            for (uint256 j = 0; j < 3; ++j) {
                line = string.concat(line, fixedPoint(int256(p[j]), 4), " | ");
            }
            log(
                string.concat(
                    line,
                    string.concat(fixedPoint(int256(p[3]), 4), " | ", fixedPoint(int256(cube), 4), " | "),
                    string.concat(fixedPoint(int256(p[2] + p[3]), 4), " | "),
                    string.concat(fixedPoint(int256(3 * square - 2 * cube), 4), " |")
                )
            );
        }
    }

    function test_Economics_f01_s00() public {
        tableHeader();
        openingRow(100, 0);
    }

    function test_Economics_f01_s10() public {
        openingRow(100, 1000);
    }

    function test_Economics_f01_s20() public {
        openingRow(100, 2000);
    }

    function test_Economics_f01_s33() public {
        openingRow(100, 3300);
    }

    function test_Economics_f01_s50() public {
        openingRow(100, 5000);
    }

    function test_Economics_f05_s00() public {
        openingRow(500, 0);
    }

    function test_Economics_f05_s10() public {
        openingRow(500, 1000);
    }

    function test_Economics_f05_s20() public {
        openingRow(500, 2000);
    }

    function test_Economics_f05_s33() public {
        openingRow(500, 3300);
    }

    function test_Economics_f05_s50() public {
        openingRow(500, 5000);
    }

    function test_Economics_f10_s00() public {
        openingRow(1000, 0);
    }

    function test_Economics_f10_s10() public {
        openingRow(1000, 1000);
    }

    function test_Economics_f10_s20() public {
        openingRow(1000, 2000);
    }

    function test_Economics_f10_s33() public {
        openingRow(1000, 3300);
    }

    function test_Economics_f10_s50() public {
        openingRow(1000, 5000);
    }

    function test_Economics_f25_s00() public {
        openingRow(2500, 0);
    }

    function test_Economics_f25_s10() public {
        openingRow(2500, 1000);
    }

    function test_Economics_f25_s20() public {
        openingRow(2500, 2000);
    }

    function test_Economics_f25_s33() public {
        openingRow(2500, 3300);
    }

    function test_Economics_f25_s50() public {
        openingRow(2500, 5000);
    }

    function test_Economics_f50_s00() public {
        openingRow(5000, 0);
    }

    function test_Economics_f50_s10() public {
        openingRow(5000, 1000);
    }

    function test_Economics_f50_s20() public {
        openingRow(5000, 2000);
    }

    function test_Economics_f50_s33() public {
        openingRow(5000, 3300);
    }

    function test_Economics_f50_s50() public {
        openingRow(5000, 5000);
    }

    function test_Economics_token_f01_s00() public {
        tableHeader();
        tokenRow(100, 0);
    }

    function test_Economics_token_f01_s10() public {
        tokenRow(100, 1000);
    }

    function test_Economics_token_f01_s20() public {
        tokenRow(100, 2000);
    }

    function test_Economics_token_f01_s33() public {
        tokenRow(100, 3300);
    }

    function test_Economics_token_f01_s50() public {
        tokenRow(100, 5000);
    }

    function test_Economics_token_f05_s00() public {
        tokenRow(500, 0);
    }

    function test_Economics_token_f05_s10() public {
        tokenRow(500, 1000);
    }

    function test_Economics_token_f05_s20() public {
        tokenRow(500, 2000);
    }

    function test_Economics_token_f05_s33() public {
        tokenRow(500, 3300);
    }

    function test_Economics_token_f05_s50() public {
        tokenRow(500, 5000);
    }

    function test_Economics_token_f10_s00() public {
        tokenRow(1000, 0);
    }

    function test_Economics_token_f10_s10() public {
        tokenRow(1000, 1000);
    }

    function test_Economics_token_f10_s20() public {
        tokenRow(1000, 2000);
    }

    function test_Economics_token_f10_s33() public {
        tokenRow(1000, 3300);
    }

    function test_Economics_token_f10_s50() public {
        tokenRow(1000, 5000);
    }

    function test_Economics_token_f25_s00() public {
        tokenRow(2500, 0);
    }

    function test_Economics_token_f25_s10() public {
        tokenRow(2500, 1000);
    }

    function test_Economics_token_f25_s20() public {
        tokenRow(2500, 2000);
    }

    function test_Economics_token_f25_s33() public {
        tokenRow(2500, 3300);
    }

    function test_Economics_token_f25_s50() public {
        tokenRow(2500, 5000);
    }

    function test_Economics_token_f50_s00() public {
        tokenRow(5000, 0);
    }

    function test_Economics_token_f50_s10() public {
        tokenRow(5000, 1000);
    }

    function test_Economics_token_f50_s20() public {
        tokenRow(5000, 2000);
    }

    function test_Economics_token_f50_s33() public {
        tokenRow(5000, 3300);
    }

    function test_Economics_token_f50_s50() public {
        tokenRow(5000, 5000);
    }
}
