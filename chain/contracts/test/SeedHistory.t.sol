// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {BlockHeaders} from "./utils/Rlp.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";
import {PolSpec} from "../src/PolSpec.sol";

/// @notice Seed blocks older than 256 blocks are proven against the EIP-2935 history contract. The
/// forge EVM does not run the system call that fills it, so the test installs the contract's code
/// (the runtime code given in EIP-2935, as anvil 1.7.1 deploys it for prague) and writes the
/// ring-buffer slot of the seed block itself: the hash of the header it then presents.
contract SeedHistoryTest is Fixture {
    address private constant HISTORY = 0x0000F90827F1C53a10cb7A02335B175320002935;
    bytes private constant HISTORY_CODE =
        hex"3373fffffffffffffffffffffffffffffffffffffffe14604657602036036042575f35600143038111604257611fff81430311604257611fff9006545f5260205ff35b5f5ffd5b5f35611fff60014303065500";

    function test_SeedOlderThan256BlocksFromHistory() public {
        vm.etch(HISTORY, HISTORY_CODE);
        IProofOfLogits.Params memory p = defaultParams();
        p.attestWindow = 1000;
        pol = deployPol(p);
        modelId = pol.registerModel(bytes32(0), one(thresholds(1)));
        stakeAs(MINER, IProofOfLogits.Role.Miner, MINER_STAKE);
        for (uint256 i = 0; i < 3; ++i) {
            stakeAs(validators[i], IProofOfLogits.Role.Validator, 1 ether);
        }
        vm.roll(block.number + SEED_DELAY + 1); // the stakes weigh from here on
        bytes32 jobId = submit();
        claimAndCommit(MINER, jobId);
        uint256 seedBlock = block.number + 2;

        bytes32 randao = keccak256("prevrandao of the seed block");
        bytes memory header = BlockHeaders.withMix(seedBlock, randao);
        vm.store(HISTORY, bytes32(seedBlock % 8191), keccak256(header));
        vm.roll(seedBlock + 300);
        assertTrue(blockhash(seedBlock) == bytes32(0), "BLOCKHASH no longer covers the seed block");

        pol.drawCommittee(jobId, header);
        assertEq(
            pol.challengePositions(jobId, header),
            PolSpec.challengeSet(randao, jobId, pol.getJob(jobId).n, 16),
            "seed proven against the history contract"
        );
        (address[] memory members,,) = pol.getCommittee(jobId);
        IProofOfLogits.Verdict[] memory vs = new IProofOfLogits.Verdict[](members.length);
        for (uint256 m = 0; m < members.length; ++m) {
            vs[m] = IProofOfLogits.Verdict.Pass;
        }
        for (uint256 m = 0; m < members.length; ++m) {
            commitVerdictAs(members[m], jobId, vs[m]);
        }
        // The draw came 299 blocks late: the windows move by the most a draw can move them, 255.
        assertEq(commitEndOf(jobId), seedBlock + 1000 + 255, "a late draw moves the windows, at most 255");
        rollToReveal(jobId);
        for (uint256 m = 0; m < members.length; ++m) {
            revealAs(members[m], jobId, vs[m]);
        }
        rollPastReveal(jobId);
        pol.settle(jobId);
        assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Passed), "outcome");
    }
}
