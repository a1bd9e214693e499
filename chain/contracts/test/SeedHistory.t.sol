// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";
import {ProofOfLogits} from "../src/ProofOfLogits.sol";

/// @notice Seeds older than 256 blocks come from the EIP-2935 history contract. The forge EVM does
/// not run the system call that fills it, so the test installs the contract's code (the runtime
/// code given in EIP-2935, as anvil 1.7.1 deploys it for prague) and writes the ring-buffer slot
/// of the seed block itself.
contract SeedHistoryTest is Fixture {
    address private constant HISTORY = 0x0000F90827F1C53a10cb7A02335B175320002935;
    bytes private constant HISTORY_CODE =
        hex"3373fffffffffffffffffffffffffffffffffffffffe14604657602036036042575f35600143038111604257611fff81430311604257611fff9006545f5260205ff35b5f5ffd5b5f35611fff60014303065500";

    function test_SeedOlderThan256BlocksFromHistory() public {
        vm.etch(HISTORY, HISTORY_CODE);
        IProofOfLogits.Params memory p = defaultParams();
        p.attestWindow = 1000;
        ProofOfLogits wide = new ProofOfLogits(p);
        uint32 mid = wide.registerModel(bytes32(0), thresholds(1));
        address m = address(0x5001);
        vm.deal(m, 2 ether);
        vm.prank(m);
        wide.stake{value: 2 ether}(IProofOfLogits.Role.Miner);
        address[] memory vs = new address[](3);
        for (uint256 i = 0; i < 3; ++i) {
            vs[i] = address(uint160(0x6001 + i));
            vm.deal(vs[i], 1 ether);
            vm.prank(vs[i]);
            wide.stake{value: 1 ether}(IProofOfLogits.Role.Validator);
        }
        vm.prank(REQUESTER);
        bytes32 jobId = wide.submitJob{value: FEE}(mid, bytes32(0), 10, sampler(), uint64(block.timestamp + 100));
        vm.prank(m);
        wide.commit(jobId, bytes32(uint256(1)), 5, bytes32(0));
        uint256 seedBlock = block.number + 2;

        bytes32 stored = keccak256("hash of the seed block kept by EIP-2935");
        vm.store(HISTORY, bytes32(seedBlock % 8191), stored);
        vm.roll(seedBlock + 300);
        assertTrue(blockhash(seedBlock) == bytes32(0), "BLOCKHASH no longer covers the seed block");
        assertEq(wide.seedOf(jobId), stored, "seed read from the history contract");

        address[] memory members = wide.previewCommittee(jobId);
        for (uint256 k = 0; k < members.length; ++k) {
            uint32[] memory pos = wide.challengePositions(jobId, members[k]);
            assertEq(pos[0], uint256(keccak256(abi.encodePacked(stored, jobId, members[k], uint32(0)))) % 5, "position");
            vm.prank(members[k]);
            wide.attest(jobId, IProofOfLogits.Verdict.Pass, pos, bytes32(0));
        }
        vm.roll(seedBlock + 1001);
        wide.settle(jobId);
        assertEq(uint256(wide.getJob(jobId).status), uint256(IProofOfLogits.JobStatus.Passed), "outcome");
    }
}
