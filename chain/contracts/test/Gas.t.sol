// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TestBase} from "./utils/TestBase.sol";
import {ProofOfLogits} from "../src/ProofOfLogits.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";

/// @notice Gas of every call of a job's life cycle, run with `forge test --isolate` so each call
/// is its own transaction (cold storage as on a real chain). Printed by scripts/test-contracts.sh.
contract GasTest is TestBase {
    ProofOfLogits private pol;
    uint32 private modelId;
    address private constant REQUESTER = address(0x1001);
    address private constant MINER = address(0x2001);
    uint256 private lifecycle;

    function setUp() public {
        vm.warp(1_700_000_000);
        vm.roll(1000);
        pol = new ProofOfLogits(
            IProofOfLogits.Params({
                minMinerStake: 1 ether,
                minValidatorStake: 1 ether,
                unbondingDelay: 1 days,
                claimTimeout: 600,
                seedDelay: 2,
                attestWindow: 20,
                committeeSize: 3,
                challengesPerValidator: 4,
                maxValidators: 64,
                validatorCutBps: 1000,
                minerSlashBps: 5000,
                slashRewardBps: 2000,
                absentPenaltyBps: 100,
                rewardPerToken: 1 gwei
            })
        );
        modelId = pol.registerModel(keccak256("m"), IProofOfLogits.Thresholds(1, 20, 1, 1, 1));
        pol.fundRewards{value: 1 ether}();
        vm.deal(MINER, 2 ether);
        vm.prank(MINER);
        pol.stake{value: 2 ether}(IProofOfLogits.Role.Miner);
        vm.deal(REQUESTER, 10 ether);
    }

    function addValidators(uint256 count) private {
        for (uint256 i = 0; i < count; ++i) {
            address v = address(uint160(0x3001 + i));
            vm.deal(v, 1 ether);
            vm.prank(v);
            pol.stake{value: 1 ether}(IProofOfLogits.Role.Validator);
        }
    }

    uint256 private constant TX_BASE = 21_000;

    function record(string memory what, bool inLifecycle) private returns (uint256 used) {
        used = vm.lastCallGas().gasTotalUsed;
        if (inLifecycle) lifecycle += used;
        log(what, used);
    }

    /// @dev One whole job: submit, commit, attest x committee (the first also draws), settle.
    /// Returns the summed transaction gas of the six transactions.
    function runJob() private returns (uint256 total) {
        lifecycle = 0;
        IProofOfLogits.Sampler memory s = IProofOfLogits.Sampler(800, 40, 950, keccak256("s"));
        vm.prank(REQUESTER);
        bytes32 jobId = pol.submitJob{value: 0.1 ether}(modelId, keccak256("p"), 256, s, uint64(block.timestamp + 3600));
        record("submitJob", true);
        vm.prank(MINER);
        pol.commit(jobId, keccak256("root"), 200, keccak256("tokens"));
        record("commit", true);
        vm.roll(block.number + 3);
        address[] memory members = pol.previewCommittee(jobId);
        assertEq(members.length, 3, "committee of 3");
        for (uint256 m = 0; m < members.length; ++m) {
            uint32[] memory p = pol.challengePositions(jobId, members[m]);
            vm.prank(members[m]);
            pol.attest(jobId, IProofOfLogits.Verdict.Pass, p, keccak256("evidence"));
            record(m == 0 ? "attest (first, draws the committee)" : "attest", true);
        }
        vm.roll(block.number + 21);
        pol.settle(jobId);
        record("settle", true);
        total = lifecycle;
        log("LIFECYCLE transaction gas (6 tx)", total);
        log("LIFECYCLE execution gas (minus 6 x 21000 base)", total - 6 * TX_BASE);
    }

    /// @dev The first job on a fresh deployment pays for first writes (job nonce, balances); the
    /// second job shows the steady state.
    function runTwoJobs(uint256 validatorCount) private returns (uint256 first, uint256 steady) {
        addValidators(validatorCount);
        log("validators", validatorCount);
        log("-- first job on a fresh contract", 1);
        first = runJob();
        log("-- second job (steady state)", 2);
        steady = runJob();
    }

    function test_GasLifecycle3Validators() public {
        (uint256 first, uint256 steady) = runTwoJobs(3);
        assertLe(first - 6 * TX_BASE, 300_000, "life cycle execution gas goal, first job");
        assertLe(steady - 6 * TX_BASE, 300_000, "life cycle execution gas goal, steady state");
        vm.prank(MINER);
        pol.withdraw();
        record("withdraw (miner)", false);
    }

    function test_GasLifecycle16Validators() public {
        runTwoJobs(16);
    }

    function test_GasLifecycle64Validators() public {
        runTwoJobs(64);
    }

    function test_GasOtherCalls() public {
        addValidators(3);
        IProofOfLogits.Sampler memory s = IProofOfLogits.Sampler(0, 0, 0, bytes32(0));
        vm.prank(REQUESTER);
        bytes32 a = pol.submitJob{value: 0.1 ether}(modelId, bytes32(0), 256, s, uint64(block.timestamp + 3600));
        vm.prank(MINER);
        pol.claimJob(a);
        record("claimJob", false);
        vm.prank(REQUESTER);
        bytes32 b = pol.submitJob{value: 0.1 ether}(modelId, bytes32(0), 256, s, uint64(block.timestamp + 3600));
        vm.prank(REQUESTER);
        pol.cancelJob(b);
        record("cancelJob", false);
        vm.deal(address(0x4001), 2 ether);
        vm.prank(address(0x4001));
        pol.stake{value: 1 ether}(IProofOfLogits.Role.Validator);
        record("stake (new validator)", false);
        vm.roll(block.number + 21); // a validator's weight changes at most once per attest window
        vm.prank(address(0x4001));
        pol.stake{value: 1 ether}(IProofOfLogits.Role.Validator);
        record("stake (top-up)", false);
        vm.roll(block.number + 21);
        vm.prank(address(0x4001));
        pol.requestUnbond(2 ether);
        record("requestUnbond (exit)", false);
        vm.warp(block.timestamp + 1 days);
        vm.prank(address(0x4001));
        pol.withdraw();
        record("withdraw (unbonded)", false);
        pol.registerModel(keccak256("m2"), IProofOfLogits.Thresholds(1, 20, 1, 1, 1));
        record("registerModel", false);
    }
}
