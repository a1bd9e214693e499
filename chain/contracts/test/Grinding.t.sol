// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";

/// @notice Nothing a validator does after a job's seed is known changes that job's committee:
/// draw weights are those of the seed block.
contract GrindingTest is Fixture {
    function assertSameMembers(address[] memory got, address[] memory want, string memory what) private pure {
        assertEq(got.length, want.length, what);
        for (uint256 m = 0; m < want.length; ++m) {
            assertEq(got[m], want[m], what);
        }
    }

    function test_JoinAfterSeedDoesNotChangeDraw() public {
        bytes32 jobId = committedJob();
        address[] memory before = preview(jobId);
        stakeAs(address(0x4001), IProofOfLogits.Role.Validator, 1000 ether);
        vm.roll(block.number + 1);
        assertSameMembers(preview(jobId), before, "preview after a join");
        assertSameMembers(draw(jobId), before, "draw after a join");
    }

    function test_TopUpAfterSeedDoesNotChangeDraw() public {
        bytes32 jobId = committedJob();
        address[] memory before = preview(jobId);
        for (uint256 i = 0; i < validators.length; ++i) {
            stakeAs(validators[i], IProofOfLogits.Role.Validator, 100 ether * (i + 1));
        }
        vm.roll(block.number + 1);
        assertSameMembers(draw(jobId), before, "draw after top-ups");
    }

    function test_ExitAfterSeedDoesNotChangeDraw() public {
        bytes32 jobId = committedJob();
        address[] memory before = preview(jobId);
        address leaver = before[0];
        uint256 s = stakeOf(leaver);
        vm.prank(leaver);
        pol.requestUnbond(s);
        vm.roll(block.number + 1);
        assertSameMembers(draw(jobId), before, "draw after an exit");
        // The exited member may still vote for the job it was drawn for.
        commitVerdictAs(leaver, jobId, IProofOfLogits.Verdict.Pass);
        rollToReveal(jobId);
        revealAs(leaver, jobId, IProofOfLogits.Verdict.Pass);
    }

    function test_FreedSlotWaitsForItsOccupantsCommittee() public {
        bytes32 jobId = committedJob();
        address leaver = preview(jobId)[0];
        uint256 s = stakeOf(leaver);
        vm.prank(leaver);
        pol.requestUnbond(s); // exits before the draw ...
        draw(jobId); // ... but is drawn: its weight at the seed block counts
        assertEq(pol.getAccount(leaver).duties, 1, "exited member holds a duty");
        (address[] memory list,) = pol.getValidators();
        uint256 slot;
        while (list[slot] != leaver) ++slot;

        vm.roll(block.number + 30);
        stakeAs(address(0x4001), IProofOfLogits.Role.Validator, 1 ether);
        (list,) = pol.getValidators();
        assertEq(list[slot], leaver, "slot kept while its old occupant is on a committee");
        assertEq(list[list.length - 1], address(0x4001), "newcomer appended");

        rollPastReveal(jobId);
        pol.settle(jobId);
        stakeAs(address(0x4002), IProofOfLogits.Role.Validator, 1 ether);
        (list,) = pol.getValidators();
        assertEq(list[slot], address(0x4002), "slot reused after the settlement");
    }
}
