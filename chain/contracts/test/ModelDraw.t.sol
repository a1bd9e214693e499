// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";

/// @notice Validators that name a model are drawn only for that model's jobs (an honest validator is
/// never drawn for a job it cannot recompute, so a committee of them is never mostly abstentions);
/// validators that joined with model 0 (the fixture's five) serve every model.
contract ModelDrawTest is Fixture {
    uint32 private first;
    uint32 private second;
    address[] private ofFirst;
    address[] private ofSecond;

    function joinFor(address v, uint32 model) private {
        vm.deal(v, v.balance + 1 ether);
        vm.prank(v);
        pol.stake{value: 1 ether}(IProofOfLogits.Role.Validator, model);
    }

    function setUpModels() private {
        first = modelId;
        second = pol.registerModel(keccak256("another model"), one(thresholds(1)));
        for (uint160 i = 0; i < 4; ++i) {
            address a = address(0x5100 + i);
            address b = address(0x5200 + i);
            joinFor(a, first);
            joinFor(b, second);
            ofFirst.push(a);
            ofSecond.push(b);
        }
        vm.roll(block.number + STAKE_SPACING);
    }

    function contains(address[] storage list, address a) private view returns (bool) {
        for (uint256 i = 0; i < list.length; ++i) {
            if (list[i] == a) return true;
        }
        return false;
    }

    /// Twenty jobs of each model: no validator of the other model is ever drawn, and each model's
    /// own validators are (the filter is not just an empty draw).
    function test_aValidatorIsDrawnOnlyForItsModel() public {
        setUpModels();
        uint256 ownDrawn;
        for (uint256 i = 0; i < 40; ++i) {
            bool two = i % 2 == 1;
            modelId = two ? second : first;
            bytes32 jobId = committedJob();
            address[] memory members = draw(jobId);
            for (uint256 m = 0; m < members.length; ++m) {
                assertTrue(!contains(two ? ofFirst : ofSecond, members[m]), "drawn for another model's job");
                if (contains(two ? ofSecond : ofFirst, members[m])) ++ownDrawn;
            }
            voteAllAndSettle(jobId, members, IProofOfLogits.Verdict.Pass);
            assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Passed), "settled");
        }
        assertTrue(ownDrawn > 10, "the models' own validators are drawn"); // 4 of 19 ether of weight each
        assertEq(pol.getAccount(ofSecond[0]).validatorModel, second, "the account shows its model");
        assertEq(pol.getAccount(validators[0]).validatorModel, 0, "model 0: every model");
    }

    /// A model id must be registered and only a validator names one; a top-up names 0 or the model
    /// joined with; after an exit the account may join again for another model.
    function test_modelRules() public {
        setUpModels();
        address v = address(0x5300);
        vm.deal(v, 10 ether);
        vm.prank(v);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownModel.selector, uint32(99)));
        pol.stake{value: 1 ether}(IProofOfLogits.Role.Validator, 99);
        vm.prank(v);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.UnknownModel.selector, first));
        pol.stake{value: 1 ether}(IProofOfLogits.Role.Miner, first);
        address b = ofSecond[0];
        vm.deal(b, 10 ether);
        vm.prank(b);
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.ModelMismatch.selector, uint16(second), uint16(first)));
        pol.stake{value: 1 ether}(IProofOfLogits.Role.Validator, first);
        vm.prank(b);
        pol.stake{value: 1 ether}(IProofOfLogits.Role.Validator, 0); // a top-up keeps the model
        assertEq(pol.getAccount(b).validatorModel, second, "top-up keeps the model");
        assertEq(stakeOf(b), 2 ether, "topped up");
    }
}
