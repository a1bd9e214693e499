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

    function drawn(bytes32 jobId) private returns (address[] memory members) {
        pol.drawCommittee(jobId);
        (members,) = pol.getCommittee(jobId);
    }

    function test_JoinAfterSeedDoesNotChangeDraw() public {
        bytes32 jobId = committedJob();
        address[] memory before = pol.previewCommittee(jobId);
        stakeAs(address(0x4001), IProofOfLogits.Role.Validator, 1000 ether);
        vm.roll(block.number + 1);
        assertSameMembers(pol.previewCommittee(jobId), before, "preview after a join");
        assertSameMembers(drawn(jobId), before, "draw after a join");
    }

    function test_TopUpAfterSeedDoesNotChangeDraw() public {
        bytes32 jobId = committedJob();
        address[] memory before = pol.previewCommittee(jobId);
        for (uint256 i = 0; i < validators.length; ++i) {
            stakeAs(validators[i], IProofOfLogits.Role.Validator, 100 ether * (i + 1));
        }
        vm.roll(block.number + 1);
        assertSameMembers(drawn(jobId), before, "draw after top-ups");
    }

    function test_ExitAfterSeedDoesNotChangeDraw() public {
        bytes32 jobId = committedJob();
        address[] memory before = pol.previewCommittee(jobId);
        address leaver = before[0];
        uint96 s = pol.getAccount(leaver).stake;
        vm.prank(leaver);
        pol.requestUnbond(s);
        vm.roll(block.number + 1);
        assertSameMembers(drawn(jobId), before, "draw after an exit");
        // The exited member may still attest for the job it was drawn for.
        attestAs(leaver, jobId, IProofOfLogits.Verdict.Pass);
    }

    function test_RevertStakeChangeTooSoon() public {
        address v = validators[0];
        stakeAs(v, IProofOfLogits.Role.Validator, 1 ether);
        uint64 next = uint64(block.number + 1 + 20);
        vm.deal(v, 1 ether);
        vm.prank(v);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.StakeChangeTooSoon.selector, next));
        pol.stake{value: 1 ether}(IProofOfLogits.Role.Validator);
        vm.prank(v);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.StakeChangeTooSoon.selector, next));
        pol.requestUnbond(2 ether);
        vm.roll(next);
        vm.prank(v);
        pol.requestUnbond(2 ether);
    }

    function test_FreedSlotWaitsForItsOccupantsCommittee() public {
        bytes32 jobId = committedJob();
        address leaver = pol.previewCommittee(jobId)[0];
        uint96 s = pol.getAccount(leaver).stake;
        vm.prank(leaver);
        pol.requestUnbond(s); // exits before the draw ...
        pol.drawCommittee(jobId); // ... but is drawn: its weight at the seed block counts
        assertEq(pol.getAccount(leaver).pending, 1, "exited member holds a duty");
        (address[] memory list,) = pol.getValidators();
        uint256 slot;
        while (list[slot] != leaver) ++slot;

        vm.roll(block.number + 30);
        stakeAs(address(0x4001), IProofOfLogits.Role.Validator, 1 ether);
        (list,) = pol.getValidators();
        assertEq(list[slot], leaver, "slot kept while its old occupant is on a committee");
        assertEq(list[list.length - 1], address(0x4001), "newcomer appended");

        pol.settle(jobId); // 30 blocks later the attest window is over
        stakeAs(address(0x4002), IProofOfLogits.Role.Validator, 1 ether);
        (list,) = pol.getValidators();
        assertEq(list[slot], address(0x4002), "slot reused after the settlement");
    }
}
