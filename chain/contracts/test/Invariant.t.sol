// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TestBase} from "./utils/TestBase.sol";
import {BlockHeaders} from "./utils/Rlp.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";

/// @notice Drives the contract through random sequences of valid-looking calls by a fixed cast of
/// requesters, miners and validators: concurrent jobs, claims and take-overs of lapsed claims,
/// draws from seed-block headers, verdict commitments and reveals, stake changes after the seed,
/// exits with pending duties, cancellations, settlements and withdrawals. It records violations
/// the invariants then check.
contract Handler is TestBase {
    IProofOfLogits public immutable pol;
    uint32 private immutable modelId;
    uint256 public constant MULTIPLIER = 16;

    address[] public requesters;
    address[] public miners;
    address[] public validators;
    address[] public everyone;
    /// @dev The live jobs (not settled, not cancelled); an ended job moves to endedJobs, and its
    /// record may then be reused by a later submit.
    bytes32[] public jobs;
    bytes32[] public endedJobs;
    mapping(bytes32 jobId => mapping(address member => uint8 verdict)) private committedVerdict;

    /// @dev A settle or cancel credited someone on a job that had no commit.
    bool public uncommittedPayout;
    /// @dev A settlement took more than its rules allow (or more than the stake).
    bool public slashExceeded;
    /// @dev A settlement credited the requester more than its fee (a slash must never pay it), or
    /// the burned total went down.
    bool public griefingPaid;
    uint256 public settled;
    uint256 public escalated;
    mapping(bytes32 id => address[]) private firstRound;
    uint256 public drawn;
    uint256 public revealed;
    uint256 public takeOvers;
    uint256 public postSeedStakeChanges;

    constructor(IProofOfLogits target, uint32 model) {
        pol = target;
        modelId = model;
        for (uint256 i = 0; i < 3; ++i) {
            requesters.push(address(uint160(0xA000 + i)));
            miners.push(address(uint160(0xB000 + i)));
        }
        for (uint256 i = 0; i < 6; ++i) {
            validators.push(address(uint160(0xC000 + i)));
        }
        for (uint256 i = 0; i < 3; ++i) {
            everyone.push(requesters[i]);
            everyone.push(miners[i]);
        }
        for (uint256 i = 0; i < 6; ++i) {
            everyone.push(validators[i]);
        }
        // Everybody starts staked; the campaign tops up, unbonds and re-stakes from here.
        for (uint256 i = 0; i < 3; ++i) {
            vm.deal(miners[i], 20 ether);
            vm.prank(miners[i]);
            target.stake{value: 20 ether}(IProofOfLogits.Role.Miner, 0);
        }
        for (uint256 i = 0; i < 6; ++i) {
            vm.deal(validators[i], 1 ether + i * 1 ether);
            vm.prank(validators[i]);
            target.stake{value: 1 ether + i * 1 ether}(IProofOfLogits.Role.Validator, 0);
        }
    }

    function everyoneCount() external view returns (uint256) {
        return everyone.length;
    }

    function jobCount() external view returns (uint256) {
        return jobs.length;
    }

    function endedCount() external view returns (uint256) {
        return endedJobs.length;
    }

    /// @dev Moves an ended job from the live list to the ended one.
    function ended(bytes32 id) private {
        uint256 i = indexOf(id);
        jobs[i] = jobs[jobs.length - 1];
        jobs.pop();
        endedJobs.push(id);
    }

    function minerCount() external view returns (uint256) {
        return miners.length;
    }

    function validatorCount() external view returns (uint256) {
        return validators.length;
    }

    function pick(address[] storage list, uint256 seed) private view returns (address) {
        return list[seed % list.length];
    }

    function job(uint256 seed) private view returns (bytes32) {
        return jobs.length == 0 ? bytes32(0) : jobs[seed % jobs.length];
    }

    /// @dev The first job at or after `seed` (cyclically) in one of the two states; any job if none.
    function jobIn(uint256 seed, IProofOfLogits.JobStatus a, IProofOfLogits.JobStatus b)
        private
        view
        returns (bytes32)
    {
        for (uint256 k = 0; k < jobs.length; ++k) {
            bytes32 id = jobs[(seed + k) % jobs.length];
            IProofOfLogits.JobStatus st = pol.getJob(id).status;
            if (st == a || st == b) return id;
        }
        return job(seed);
    }

    /// @dev The current round's seed block (round two's once escalated).
    function seedBlockOf(bytes32 id) private view returns (uint256) {
        return uint256(pol.getJob(id).seedBlock);
    }

    /// @dev The current round's last commitment block (later when its draw was late).
    function commitEndOf(bytes32 id) private view returns (uint256) {
        return uint256(pol.getJob(id).commitEnd);
    }

    /// @dev A job in a voting round (round one or two).
    function voting(IProofOfLogits.JobStatus st) private pure returns (bool) {
        return st == IProofOfLogits.JobStatus.Committed || st == IProofOfLogits.JobStatus.Escalated;
    }

    /// @dev Round one's members of an escalated job (getCommittee shows round two).
    function firstRoundOf(bytes32 id) external view returns (address[] memory) {
        return firstRound[id];
    }

    // ------------------------------------------------ actions

    function stakeMiner(uint256 who, uint256 amount) external {
        address a = pick(miners, who);
        amount = 1 ether + amount % 4 ether;
        vm.deal(a, amount);
        vm.prank(a);
        pol.stake{value: amount}(IProofOfLogits.Role.Miner, 0);
    }

    /// @dev Includes top-ups of members of drawn or drawable committees (after their seed).
    function stakeValidator(uint256 who, uint256 amount) external {
        address a = pick(validators, who);
        amount = 1 ether + amount % 40 ether;
        vm.deal(a, amount);
        vm.prank(a);
        pol.stake{value: amount}(IProofOfLogits.Role.Validator, 0);
        if (pol.getAccount(a).duties != 0) ++postSeedStakeChanges;
    }

    function fund(uint256 amount) external {
        amount = 1 + amount % 1 ether;
        vm.deal(address(this), amount);
        pol.fundRewards{value: amount}();
    }

    function submit(uint256 who, uint256 fee, uint256 ttl, uint32 maxTokens) external {
        address a = pick(requesters, who);
        fee = 1 gwei + fee % 0.5 ether;
        vm.deal(a, fee);
        IProofOfLogits.Sampler memory s = IProofOfLogits.Sampler(0, 0, 0, bytes32(0));
        vm.prank(a);
        jobs.push(
            pol.submitJob{value: fee}(
                modelId, 1, bytes32(0), 1 + maxTokens % 128, s, uint64(block.timestamp + 60 + ttl % 3600)
            )
        );
    }

    /// @dev Claims an open job or takes a lapsed claim over.
    function claim(uint256 j, uint256 who) external {
        bytes32 id = jobIn(j, IProofOfLogits.JobStatus.Open, IProofOfLogits.JobStatus.Claimed);
        bool lapsed = pol.getJob(id).status == IProofOfLogits.JobStatus.Claimed;
        vm.prank(pick(miners, who));
        pol.claimJob(id);
        if (lapsed) ++takeOvers;
    }

    function commit(uint256 j, uint32 n) external {
        bytes32 id = jobIn(j, IProofOfLogits.JobStatus.Claimed, IProofOfLogits.JobStatus.Claimed);
        IProofOfLogits.Job memory x = pol.getJob(id);
        uint32 len = 1 + n % x.maxTokens;
        vm.prank(x.miner);
        pol.commit(id, keccak256(abi.encode(id)), len, bytes32(0), outputOf(len));
    }

    function draw(uint256 j, bytes32 randao) external {
        bytes32 id = jobIn(j, IProofOfLogits.JobStatus.Committed, IProofOfLogits.JobStatus.Escalated);
        uint256 seedBlock = seedBlockOf(id);
        if (block.number <= seedBlock) vm.roll(seedBlock + 1);
        if (randao == bytes32(0)) randao = keccak256(abi.encode(id));
        bytes memory header = BlockHeaders.withMix(seedBlock, randao);
        vm.setBlockhash(seedBlock, keccak256(header));
        pol.drawCommittee(id, header);
        ++drawn;
    }

    function commitVerdict(uint256 j, uint256 member, uint8 verdict) external {
        bytes32 id = jobIn(j, IProofOfLogits.JobStatus.Committed, IProofOfLogits.JobStatus.Escalated);
        (address[] memory members,,) = pol.getCommittee(id);
        if (members.length == 0) return;
        address v = members[member % members.length];
        uint8 vd = 1 + verdict % 3;
        vm.prank(v);
        pol.commitVerdict(id, keccak256(abi.encodePacked(id, v, vd, bytes32(uint256(7)), bytes32(0))));
        committedVerdict[id][v] = vd;
    }

    function reveal(uint256 j, uint256 member) external {
        bytes32 id = jobIn(j, IProofOfLogits.JobStatus.Committed, IProofOfLogits.JobStatus.Escalated);
        (address[] memory members,,) = pol.getCommittee(id);
        if (members.length == 0) return;
        address v = members[member % members.length];
        uint256 first = commitEndOf(id) + 1;
        if (block.number < first) vm.roll(first);
        vm.prank(v);
        pol.revealVerdict(id, IProofOfLogits.Verdict(committedVerdict[id][v]), bytes32(uint256(7)), bytes32(0));
        ++revealed;
    }

    /// @dev Moves one job a step along its life cycle (claim, commit, draw, every member commits a
    /// random verdict, every committed member reveals, settle), rolling blocks as needed; the other
    /// actions interleave with these steps.
    function progress(uint256 j, uint256 who, uint256 verdicts) external {
        bytes32 id = jobIn(j, IProofOfLogits.JobStatus.Committed, IProofOfLogits.JobStatus.Claimed);
        if (id != bytes32(0) && uint8(pol.getJob(id).status) > uint8(IProofOfLogits.JobStatus.Committed)) {
            id = jobIn(j, IProofOfLogits.JobStatus.Open, IProofOfLogits.JobStatus.Escalated);
        }
        if (
            id == bytes32(0)
                || (uint8(pol.getJob(id).status) > uint8(IProofOfLogits.JobStatus.Committed)
                    && !voting(pol.getJob(id).status))
        ) {
            this.submit(who, verdicts, 3600, uint32(verdicts >> 128));
            return;
        }
        IProofOfLogits.Job memory x = pol.getJob(id);
        if (x.status == IProofOfLogits.JobStatus.Open) {
            vm.prank(pick(miners, who));
            pol.claimJob(id);
        } else if (x.status == IProofOfLogits.JobStatus.Claimed) {
            uint32 len = uint32(1 + who % x.maxTokens);
            vm.prank(x.miner);
            pol.commit(id, keccak256(abi.encode(id)), len, bytes32(0), outputOf(len));
        } else if (voting(x.status)) {
            progressCommitted(id, verdicts);
        }
    }

    function progressCommitted(bytes32 id, uint256 verdicts) private {
        (address[] memory members,, bool[] memory committed) = pol.getCommittee(id);
        if (members.length == 0) {
            this.draw(uint256(0) + indexOf(id), bytes32(verdicts));
            return;
        }
        uint256 commitEnd = commitEndOf(id);
        if (block.number <= commitEnd && !committed[0]) {
            for (uint256 m = 0; m < members.length; ++m) {
                if (committed[m] || (verdicts >> (8 * m)) & 7 == 7) continue; // sometimes silent
                this.commitVerdict(indexOf(id), m, uint8(verdicts >> (8 * m)));
            }
            return;
        }
        if (block.number <= commitEnd + 20) {
            for (uint256 m = 0; m < members.length; ++m) {
                if (committed[m] && (verdicts >> (8 * m + 4)) & 7 != 7) this.reveal(indexOf(id), m);
            }
            return;
        }
        this.settle(indexOf(id), true);
    }

    function indexOf(bytes32 id) private view returns (uint256 i) {
        while (jobs[i] != id) ++i;
    }

    function cancel(uint256 j, bool asRequester) external {
        bytes32 id = job(j);
        uint256[] memory owedBefore = owedAll();
        IProofOfLogits.Job memory before = pol.getJob(id);
        vm.prank(asRequester ? before.requester : address(0xDEAD));
        pol.cancelJob(id);
        ended(id);
        uint256[] memory owedAfter = owedAll();
        for (uint256 i = 0; i < everyone.length; ++i) {
            uint256 want = owedBefore[i] + (everyone[i] == before.requester ? before.fee : 0);
            if (owedAfter[i] != want) uncommittedPayout = true;
        }
    }

    /// @param wait roll to the end of the reveal window first (otherwise settle mostly reverts)
    function settle(uint256 j, bool wait) external {
        bytes32 id = jobIn(j, IProofOfLogits.JobStatus.Committed, IProofOfLogits.JobStatus.Escalated);
        IProofOfLogits.Job memory before = pol.getJob(id);
        if (wait && commitEndOf(id) + 21 > block.number) vm.roll(commitEndOf(id) + 21);
        uint256[] memory bondedBefore = bondedAll();
        uint256 requesterOwed = pol.getAccount(before.requester).owed;
        uint256 burnedBefore = pol.burned();
        (address[] memory members,,) = pol.getCommittee(id);
        try pol.settle(id) {
            if (pol.getJob(id).status == IProofOfLogits.JobStatus.Escalated) {
                if (before.status == IProofOfLogits.JobStatus.Committed) {
                    ++escalated;
                    firstRound[id] = members;
                }
            } else {
                ++settled;
                IProofOfLogits.Job memory x = pol.getJob(id);
                if (x.n == 0 || x.commitBlock == 0 || x.miner == address(0)) uncommittedPayout = true;
                ended(id);
            }
            if (pol.getAccount(before.requester).owed > requesterOwed + before.fee) griefingPaid = true;
            if (pol.burned() < burnedBefore) griefingPaid = true;
            if (!voting(before.status) || before.n == 0) uncommittedPayout = true;
            uint256[] memory bondedAfter = bondedAll();
            for (uint256 i = 0; i < everyone.length; ++i) {
                if (bondedAfter[i] >= bondedBefore[i]) continue;
                uint256 taken = bondedBefore[i] - bondedAfter[i];
                // A miner loses at most its collateral, a member at most 1 % (absentPenaltyBps).
                uint256 bound = everyone[i] == before.miner ? uint256(before.fee) * MULTIPLIER : bondedBefore[i] / 100;
                if (taken > bound) slashExceeded = true;
            }
        } catch {}
    }

    function unbond(uint256 who, uint256 amount) external {
        address a = everyone[who % everyone.length];
        IProofOfLogits.Account memory acct = pol.getAccount(a);
        uint256 free = acct.stake - acct.locked;
        if (free == 0) return;
        amount = amount % 2 == 0 ? free : 1 + amount % free;
        vm.prank(a);
        pol.requestUnbond(amount);
    }

    function withdraw(uint256 who) external {
        address a = everyone[who % everyone.length];
        vm.prank(a);
        pol.withdraw();
    }

    function advance(uint256 blocks, uint256 secs) external {
        vm.roll(block.number + 1 + blocks % 8);
        vm.warp(block.timestamp + 1 + secs % 300);
    }

    // ------------------------------------------------ snapshots

    function owedAll() private view returns (uint256[] memory out) {
        out = new uint256[](everyone.length);
        for (uint256 i = 0; i < everyone.length; ++i) {
            out[i] = pol.getAccount(everyone[i]).owed;
        }
    }

    /// @dev Stake plus unbonding: what penalties take from.
    function bondedAll() private view returns (uint256[] memory out) {
        out = new uint256[](everyone.length);
        for (uint256 i = 0; i < everyone.length; ++i) {
            IProofOfLogits.Account memory a = pol.getAccount(everyone[i]);
            out[i] = uint256(a.stake) + a.unbonding;
        }
    }

    receive() external payable {}
}

/// @notice Invariants of the contract's accounting over random call sequences.
/// forge-config: default.invariant.depth = 120
contract InvariantTest is TestBase {
    IProofOfLogits private pol;
    Handler private handler;

    function setUp() public {
        vm.warp(1_700_000_000);
        vm.roll(1000);
        IProofOfLogits.Params memory p = IProofOfLogits.Params({
            minMinerStake: 1 ether,
            minValidatorStake: 1 ether,
            minFee: 1 gwei,
            unbondingDelay: 3600,
            claimTimeout: 300,
            thresholdsDelay: 0,
            seedDelay: 2,
            attestWindow: 20,
            revealWindow: 20,
            committeeSize: 3,
            challenges: 16,
            maxValidators: 8,
            collateralMultiplier: 16,
            validatorCutBps: 1000,
            absentPenaltyBps: 100,
            rewardPerToken: 1 gwei
        });
        pol = deployPol(p);
        uint32 modelId = pol.registerModel(keccak256("m"), one(IProofOfLogits.Thresholds(1, 20, 1, 1, 1, 1, 1 << 21)));
        handler = new Handler(pol, modelId);
        vm.roll(block.number + 3); // the validators' stakes weigh from here on (seedDelay + 1)
    }

    function targetContracts() public view returns (address[] memory out) {
        out = new address[](1);
        out[0] = address(handler);
    }

    /// @notice Solvency: the contract holds exactly what it owes (stakes, which include the locked
    /// collateral, unbonding, withdrawable balances, escrowed fees of live jobs, the reward pool)
    /// plus what settlements burned.
    function invariant_Solvency() public view {
        uint256 owed = pol.rewardPool() + pol.burned();
        for (uint256 i = 0; i < handler.everyoneCount(); ++i) {
            IProofOfLogits.Account memory a = pol.getAccount(handler.everyone(i));
            owed += uint256(a.stake) + a.owed + a.unbonding;
        }
        for (uint256 i = 0; i < handler.jobCount(); ++i) {
            IProofOfLogits.Job memory j = pol.getJob(handler.jobs(i));
            if (
                uint8(j.status) <= uint8(IProofOfLogits.JobStatus.Committed)
                    || j.status == IProofOfLogits.JobStatus.Escalated
            ) owed += j.fee;
        }
        assertLe(owed, address(pol).balance, "balance covers everything owed");
        assertEq(owed, address(pol).balance, "no value created or lost");
    }

    /// @notice Settled jobs were committed (checked by the handler as each settles, before its record
    /// can be reused); uncommitted jobs never paid anyone but their requester.
    function invariant_NoPayoutWithoutCommit() public view {
        assertTrue(!handler.uncommittedPayout(), "payout on an uncommitted job");
    }

    /// @notice Record reuse: every live job is still known with a live status (no later submit took
    /// its record), and an ended job is either still shown ended or unknown (its record reused),
    /// never live again under its old id.
    function invariant_RecordsReusedOnlyAfterTheEnd() public view {
        for (uint256 i = 0; i < handler.jobCount(); ++i) {
            IProofOfLogits.JobStatus st = pol.getJob(handler.jobs(i)).status;
            assertTrue(
                uint8(st) <= uint8(IProofOfLogits.JobStatus.Committed) || st == IProofOfLogits.JobStatus.Escalated,
                "live job live"
            );
        }
        for (uint256 i = 0; i < handler.endedCount(); ++i) {
            bytes32 id = handler.endedJobs(i);
            try pol.getJob(id) returns (IProofOfLogits.Job memory j) {
                assertTrue(
                    uint8(j.status) > uint8(IProofOfLogits.JobStatus.Committed)
                        && j.status != IProofOfLogits.JobStatus.Escalated,
                    "an ended job stays ended"
                );
            } catch (bytes memory err) {
                assertEq(
                    keccak256(err),
                    keccak256(abi.encodeWithSelector(IProofOfLogits.UnknownJob.selector, id)),
                    "unknown once reused"
                );
            }
        }
    }

    /// @notice A slash never exceeds what its rule allows.
    function invariant_SlashBounded() public view {
        assertTrue(!handler.slashExceeded(), "slash exceeded its bound");
    }

    /// @notice No settlement credits a requester more than its fee (slashes and penalties are burned
    /// or paid to fail voters), and the burned total never decreases.
    function invariant_SlashesPayNoRequester() public view {
        assertTrue(!handler.griefingPaid(), "a requester profited from a settlement, or burned went down");
    }

    /// @notice Each miner's lock is the collateral of exactly its claimed and committed jobs, and is
    /// covered by its stake.
    function invariant_CollateralLocks() public view {
        uint256 m = handler.minerCount();
        uint256[] memory locked = new uint256[](m);
        uint256[] memory count = new uint256[](m);
        for (uint256 i = 0; i < handler.jobCount(); ++i) {
            IProofOfLogits.Job memory j = pol.getJob(handler.jobs(i));
            if (
                j.status != IProofOfLogits.JobStatus.Claimed && j.status != IProofOfLogits.JobStatus.Committed
                    && j.status != IProofOfLogits.JobStatus.Escalated
            ) continue;
            for (uint256 k = 0; k < m; ++k) {
                if (handler.miners(k) == j.miner) {
                    locked[k] += uint256(j.fee) * handler.MULTIPLIER();
                    ++count[k];
                }
            }
        }
        for (uint256 k = 0; k < m; ++k) {
            IProofOfLogits.Account memory a = pol.getAccount(handler.miners(k));
            assertEq(a.locked, locked[k], "locked = collateral of the miner's live jobs");
            assertEq(a.jobs, count[k], "jobs = the miner's live jobs");
            assertLe(a.locked, a.stake, "stake covers the locks");
        }
    }

    /// @notice A validator's duties are exactly the unsettled drawn committees it sits on.
    function invariant_DutiesMatchCommittees() public view {
        uint256 v = handler.validatorCount();
        uint256[] memory duties = new uint256[](v);
        for (uint256 i = 0; i < handler.jobCount(); ++i) {
            bytes32 id = handler.jobs(i);
            IProofOfLogits.JobStatus st = pol.getJob(id).status;
            if (st != IProofOfLogits.JobStatus.Committed && st != IProofOfLogits.JobStatus.Escalated) continue;
            (address[] memory members,,) = pol.getCommittee(id);
            address[] memory first = handler.firstRoundOf(id); // empty unless escalated
            for (uint256 k = 0; k < v; ++k) {
                address val = handler.validators(k);
                for (uint256 mm = 0; mm < members.length; ++mm) {
                    if (val == members[mm]) ++duties[k];
                }
                for (uint256 mm = 0; mm < first.length; ++mm) {
                    if (val == first[mm]) ++duties[k];
                }
            }
        }
        for (uint256 k = 0; k < v; ++k) {
            assertEq(pol.getAccount(handler.validators(k)).duties, duties[k], "duties = unsettled committees");
        }
    }

    /// @notice The validator list mirrors the stakes: a weight is never below the stake of its
    /// validator (slashes lower the stake only) and a slot without a validator weighs nothing.
    function invariant_ListConsistent() public view {
        (address[] memory list, uint256[] memory weights) = pol.drawWeights(uint64(block.number + 3)); // every change made so far weighs (seedDelay 2)
        for (uint256 i = 0; i < list.length; ++i) {
            IProofOfLogits.Account memory a = pol.getAccount(list[i]);
            uint256 weight;
            for (uint256 k = 0; k < list.length; ++k) {
                if (list[k] == list[i]) weight += weights[k];
            }
            if (a.role != IProofOfLogits.Role.Validator) assertEq(weight, 0, "non-validator has no weight");
            else assertLe(a.stake, weight, "stake <= draw weight");
        }
    }

    /// @notice Campaign coverage, printed with -vv (forge calls this after every run).
    function afterInvariant() public view {
        log("run: jobs", handler.jobCount());
        log("  drawn", handler.drawn());
        log("  revealed", handler.revealed());
        log("  settled", handler.settled());
        log("  escalated", handler.escalated());
        log("  take-overs", handler.takeOvers());
        log("  stake changes with duties", handler.postSeedStakeChanges());
    }

    /// @notice The handler's actions do reach every step (a campaign that only ever reverted would
    /// check nothing): a take-over, a draw, commitments, reveals and a settlement.
    function test_HandlerReachesSettlement() public {
        handler.submit(0, 0.1 ether, 1000, 64);
        handler.claim(0, 0);
        vm.warp(block.timestamp + 301);
        handler.claim(0, 1);
        handler.commit(0, 10);
        handler.draw(0, bytes32(0));
        for (uint256 m = 0; m < 3; ++m) {
            handler.commitVerdict(0, m, 0);
        }
        vm.roll(block.number + 23);
        handler.stakeValidator(5, 0);
        for (uint256 m = 0; m < 3; ++m) {
            handler.reveal(0, m);
        }
        handler.settle(0, true);
        assertEq(handler.takeOvers(), 1, "take-over");
        assertEq(handler.revealed(), 3, "reveals");
        assertEq(handler.settled(), 1, "settlements");
        bytes32 first = handler.endedJobs(0);
        assertTrue(pol.getJob(first).status == IProofOfLogits.JobStatus.Passed, "passed");
        invariant_Solvency();
        invariant_CollateralLocks();
        invariant_DutiesMatchCommittees();
        invariant_ListConsistent();
        // The next job takes the settled job's record: generation 2; the old id is unknown now.
        handler.submit(1, 0.2 ether, 1000, 64);
        assertEq(handler.jobs(0), bytes32(uint256(first) + 1), "record 0 reused, generation 2");
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownJob.selector, first));
        pol.getJob(first);
        invariant_Solvency();
        invariant_RecordsReusedOnlyAfterTheEnd();
    }

    /// @notice The handler reaches an escalation (a Fail among Pass votes) and its round two, and
    /// every invariant holds in between (round one's duties and the miner's lock stay) and after.
    function test_HandlerReachesEscalation() public {
        handler.submit(0, 0.1 ether, 1000, 64);
        handler.claim(0, 0);
        handler.commit(0, 10);
        handler.draw(0, bytes32(0));
        for (uint256 m = 0; m < 3; ++m) {
            handler.commitVerdict(0, m, m == 0 ? 1 : 0); // member 0 Fail, the others Pass
        }
        for (uint256 m = 0; m < 3; ++m) {
            handler.reveal(0, m);
        }
        handler.settle(0, true);
        assertEq(handler.escalated(), 1, "escalated");
        assertTrue(pol.getJob(handler.jobs(0)).status == IProofOfLogits.JobStatus.Escalated, "round two open");
        invariant_Solvency();
        invariant_CollateralLocks();
        invariant_DutiesMatchCommittees();
        handler.draw(0, keccak256("round two"));
        (address[] memory two,,) = pol.getCommittee(handler.jobs(0));
        assertEq(two.length, 3, "round two: the three validators not on round one");
        invariant_DutiesMatchCommittees();
        for (uint256 m = 0; m < two.length; ++m) {
            handler.commitVerdict(0, m, 0);
        }
        for (uint256 m = 0; m < two.length; ++m) {
            handler.reveal(0, m);
        }
        handler.settle(0, true);
        assertEq(handler.settled(), 1, "settled after round two");
        assertTrue(pol.getJob(handler.endedJobs(0)).status == IProofOfLogits.JobStatus.Passed, "passed");
        assertTrue(!handler.slashExceeded(), "the overruled member lost at most 1 %");
        invariant_Solvency();
        invariant_CollateralLocks();
        invariant_DutiesMatchCommittees();
        invariant_ListConsistent();
    }
}
