// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TestBase} from "./utils/TestBase.sol";
import {ProofOfLogits} from "../src/ProofOfLogits.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";

/// @notice Drives the contract through random sequences of valid-looking calls by a fixed cast of
/// requesters, miners and validators, and records violations the invariants then check.
contract Handler is TestBase {
    ProofOfLogits public immutable pol;
    uint32 private immutable modelId;

    address[] public requesters;
    address[] public miners;
    address[] public validators;
    address[] public everyone;
    bytes32[] public jobs;

    /// @dev A settle or cancel credited someone on a job that had no commit.
    bool public uncommittedPayout;
    /// @dev A settlement took more stake than the slash rules allow (or more than the stake).
    bool public slashExceeded;
    uint256 public settled;
    uint256 public attested;

    constructor(ProofOfLogits target, uint32 model) {
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
            vm.deal(miners[i], 2 ether);
            vm.prank(miners[i]);
            target.stake{value: 2 ether}(IProofOfLogits.Role.Miner);
        }
        for (uint256 i = 0; i < 6; ++i) {
            vm.deal(validators[i], 1 ether + i * 1 ether);
            vm.prank(validators[i]);
            target.stake{value: 1 ether + i * 1 ether}(IProofOfLogits.Role.Validator);
        }
    }

    function everyoneCount() external view returns (uint256) {
        return everyone.length;
    }

    function jobCount() external view returns (uint256) {
        return jobs.length;
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

    // ------------------------------------------------ actions

    function stakeMiner(uint256 who, uint256 amount) external {
        address a = pick(miners, who);
        amount = 1 ether + amount % 4 ether;
        vm.deal(a, amount);
        vm.prank(a);
        pol.stake{value: amount}(IProofOfLogits.Role.Miner);
    }

    function stakeValidator(uint256 who, uint256 amount) external {
        address a = pick(validators, who);
        amount = 1 ether + amount % 4 ether;
        vm.deal(a, amount);
        vm.prank(a);
        pol.stake{value: amount}(IProofOfLogits.Role.Validator);
    }

    function fund(uint256 amount) external {
        amount = 1 + amount % 1 ether;
        vm.deal(address(this), amount);
        pol.fundRewards{value: amount}();
    }

    function submit(uint256 who, uint256 fee, uint256 ttl) external {
        address a = pick(requesters, who);
        fee = 1 + fee % 3 ether;
        vm.deal(a, fee);
        IProofOfLogits.Sampler memory s = IProofOfLogits.Sampler(0, 0, 0, bytes32(0));
        vm.prank(a);
        jobs.push(pol.submitJob{value: fee}(modelId, bytes32(0), 64, s, uint64(block.timestamp + 60 + ttl % 3600)));
    }

    function claim(uint256 j, uint256 who) external {
        bytes32 id = jobIn(j, IProofOfLogits.JobStatus.Open, IProofOfLogits.JobStatus.Claimed);
        vm.prank(pick(miners, who));
        pol.claimJob(id);
    }

    function commit(uint256 j, uint256 who, uint32 n) external {
        bytes32 id = jobIn(j, IProofOfLogits.JobStatus.Open, IProofOfLogits.JobStatus.Claimed);
        vm.prank(pick(miners, who));
        pol.commit(id, keccak256(abi.encode(j)), 1 + n % 64, bytes32(0));
    }

    function attest(uint256 j, uint256 member, uint8 verdict) external {
        bytes32 id = jobIn(j, IProofOfLogits.JobStatus.Committed, IProofOfLogits.JobStatus.Committed);
        uint256 seedReady = uint256(pol.getJob(id).commitBlock) + 3;
        if (block.number < seedReady) vm.roll(seedReady);
        (address[] memory members,) = pol.getCommittee(id);
        if (members.length == 0) members = pol.previewCommittee(id);
        address v = members[member % members.length];
        uint32[] memory p = pol.challengePositions(id, v);
        vm.prank(v);
        pol.attest(id, IProofOfLogits.Verdict(1 + verdict % 3), p, bytes32(0));
        ++attested;
    }

    function cancel(uint256 j, bool asRequester) external {
        bytes32 id = job(j);
        uint256[] memory owedBefore = owedAll();
        IProofOfLogits.Job memory before = pol.getJob(id);
        vm.prank(asRequester ? before.requester : address(0xDEAD));
        pol.cancelJob(id);
        uint256[] memory owedAfter = owedAll();
        for (uint256 i = 0; i < everyone.length; ++i) {
            uint256 want = owedBefore[i] + (everyone[i] == before.requester ? before.fee : 0);
            if (owedAfter[i] != want) uncommittedPayout = true;
        }
    }

    /// @param wait roll to the end of the attest window first (otherwise settle mostly reverts)
    function settle(uint256 j, bool wait) external {
        bytes32 id = jobIn(j, IProofOfLogits.JobStatus.Committed, IProofOfLogits.JobStatus.Committed);
        if (wait && pol.getJob(id).commitBlock + 23 > block.number) vm.roll(pol.getJob(id).commitBlock + 23);
        IProofOfLogits.Job memory before = pol.getJob(id);
        uint256[] memory stakeBefore = stakeAll();
        try pol.settle(id) {
            ++settled;
            if (before.status != IProofOfLogits.JobStatus.Committed || before.n == 0) uncommittedPayout = true;
            uint256[] memory stakeAfter = stakeAll();
            for (uint256 i = 0; i < everyone.length; ++i) {
                if (stakeAfter[i] > stakeBefore[i]) continue;
                uint256 taken = stakeBefore[i] - stakeAfter[i];
                // minerSlashBps = 50%, absentPenaltyBps = 1%.
                uint256 bound = everyone[i] == before.miner ? stakeBefore[i] / 2 : stakeBefore[i] / 100;
                if (taken > bound) slashExceeded = true;
            }
        } catch {}
    }

    function unbond(uint256 who, uint256 amount) external {
        address a = everyone[who % everyone.length];
        uint256 s = pol.getAccount(a).stake;
        if (s == 0) return;
        amount = amount % 2 == 0 ? s : 1 + amount % s;
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

    function stakeAll() private view returns (uint256[] memory out) {
        out = new uint256[](everyone.length);
        for (uint256 i = 0; i < everyone.length; ++i) {
            out[i] = pol.getAccount(everyone[i]).stake;
        }
    }

    receive() external payable {}
}

/// @notice Invariants of the contract's accounting over random call sequences.
contract InvariantTest is TestBase {
    ProofOfLogits private pol;
    Handler private handler;

    function setUp() public {
        vm.warp(1_700_000_000);
        vm.roll(1000);
        IProofOfLogits.Params memory p = IProofOfLogits.Params({
            minMinerStake: 1 ether,
            minValidatorStake: 1 ether,
            unbondingDelay: 3600,
            claimTimeout: 300,
            seedDelay: 2,
            attestWindow: 20,
            committeeSize: 3,
            challengesPerValidator: 4,
            maxValidators: 8,
            validatorCutBps: 1000,
            minerSlashBps: 5000,
            slashRewardBps: 2000,
            absentPenaltyBps: 100,
            rewardPerToken: 1 gwei
        });
        pol = new ProofOfLogits(p);
        uint32 modelId = pol.registerModel(keccak256("m"), IProofOfLogits.Thresholds(1, 20, 1, 1, 1));
        handler = new Handler(pol, modelId);
    }

    function targetContracts() public view returns (address[] memory out) {
        out = new address[](1);
        out[0] = address(handler);
    }

    /// @notice Solvency: the contract holds exactly what it owes (stakes, unbonding, withdrawable
    /// balances, escrowed fees of live jobs, the reward pool), so every claim can be paid.
    function invariant_Solvency() public view {
        uint256 owed = pol.rewardPool();
        for (uint256 i = 0; i < handler.everyoneCount(); ++i) {
            IProofOfLogits.Account memory a = pol.getAccount(handler.everyone(i));
            owed += uint256(a.stake) + a.owed + a.unbonding;
        }
        for (uint256 i = 0; i < handler.jobCount(); ++i) {
            IProofOfLogits.Job memory j = pol.getJob(handler.jobs(i));
            if (uint8(j.status) <= uint8(IProofOfLogits.JobStatus.Committed)) owed += j.fee;
        }
        assertLe(owed, address(pol).balance, "balance covers everything owed");
        assertEq(owed, address(pol).balance, "no value created or lost");
    }

    /// @notice Settled jobs were committed; uncommitted jobs never paid anyone but their requester.
    function invariant_NoPayoutWithoutCommit() public view {
        assertTrue(!handler.uncommittedPayout(), "payout on an uncommitted job");
        for (uint256 i = 0; i < handler.jobCount(); ++i) {
            IProofOfLogits.Job memory j = pol.getJob(handler.jobs(i));
            if (
                uint8(j.status) >= uint8(IProofOfLogits.JobStatus.Passed)
                    && j.status != IProofOfLogits.JobStatus.Cancelled
            ) {
                assertTrue(j.n != 0 && j.commitBlock != 0 && j.miner != address(0), "settled job has a commit");
            }
        }
    }

    /// @notice A slash never exceeds the stake share its rule allows.
    function invariant_SlashBounded() public view {
        assertTrue(!handler.slashExceeded(), "slash exceeded its bound");
    }

    /// @notice Pending counters equal the live duties, and the validator list mirrors the stakes.
    function invariant_PendingAndListConsistent() public view {
        uint256 committed;
        for (uint256 i = 0; i < handler.jobCount(); ++i) {
            if (pol.getJob(handler.jobs(i)).status == IProofOfLogits.JobStatus.Committed) ++committed;
        }
        uint256 minerPending;
        for (uint256 i = 0; i < 3; ++i) {
            minerPending += pol.getAccount(handler.miners(i)).pending;
        }
        assertEq(minerPending, committed, "miner pending = committed jobs");
        // Draw weights (from the next block on) follow the validators' own stake changes; slashes
        // lower the stake only, so a weight is never below the stake of its validator and a slot
        // without a validator weighs nothing.
        // (A validator that exited and re-joined may appear in an old, weightless slot as well.)
        (address[] memory list, uint256[] memory weights) = pol.drawWeights(uint64(block.number + 1));
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

    /// @notice The handler's actions do reach attestation and settlement (a campaign that only
    /// ever reverted would check nothing).
    function test_HandlerReachesSettlement() public {
        handler.submit(0, 1 ether, 0);
        handler.commit(0, 0, 10);
        for (uint256 m = 0; m < 3; ++m) {
            handler.attest(0, m, 0);
        }
        handler.settle(0, true);
        assertEq(handler.attested(), 3, "attestations");
        assertEq(handler.settled(), 1, "settlements");
        assertTrue(pol.getJob(handler.jobs(0)).status == IProofOfLogits.JobStatus.Passed, "passed");
        invariant_Solvency();
        invariant_PendingAndListConsistent();
    }
}
