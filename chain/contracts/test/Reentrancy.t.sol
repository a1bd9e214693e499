// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";

/// @notice A requester contract that re-enters the contract from its receive hook.
contract ReentrantRequester {
    IProofOfLogits private immutable pol;
    bool private swallow; // catch the re-entrant revert (true) or let it bubble (false)
    uint256 public received;
    uint256 public calls;
    bytes public reentryError;

    constructor(IProofOfLogits target) payable {
        pol = target;
    }

    function submitAndCancel(uint32 modelId, IProofOfLogits.Sampler calldata s) external {
        bytes32 jobId = pol.submitJob{value: 1 ether}(modelId, 1, bytes32(0), 8, s, uint64(block.timestamp + 100));
        pol.cancelJob(jobId);
    }

    function drain(bool catchReentry) external {
        swallow = catchReentry;
        pol.withdraw();
    }

    receive() external payable {
        ++calls;
        received += msg.value;
        if (swallow) {
            try pol.withdraw() {}
            catch (bytes memory err) {
                reentryError = err;
            }
        } else {
            pol.withdraw();
        }
    }
}

contract ReentrancyTest is Fixture {
    ReentrantRequester private attacker;

    function setUp() public override {
        super.setUp();
        attacker = new ReentrantRequester{value: 10 ether}(pol);
        // Two refunds owed to the attacker, so a second withdrawal would have something to take.
        attacker.submitAndCancel(modelId, sampler());
        attacker.submitAndCancel(modelId, sampler());
    }

    function test_ReentrantWithdrawIsBlocked() public {
        uint256 balance = address(pol).balance;
        attacker.drain(true);
        assertEq(attacker.calls(), 1, "receive ran once");
        assertEq(attacker.received(), 2 ether, "paid exactly the owed amount");
        assertEq(address(pol).balance, balance - 2 ether, "contract paid once");
        assertEq(pol.getAccount(address(attacker)).owed, 0, "owed cleared");
        bytes memory want = abi.encodeWithSignature("ReentrancyGuardReentrantCall()");
        assertEq(keccak256(attacker.reentryError()), keccak256(want), "guard rejected the re-entry");
    }

    function test_FailedTransferKeepsBalance() public {
        uint256 balance = address(pol).balance;
        vm.expectRevert(abi.encodeWithSelector(IProofOfLogits.TransferFailed.selector, address(attacker), 2 ether));
        attacker.drain(false);
        assertEq(pol.getAccount(address(attacker)).owed, 2 ether, "owed restored by the revert");
        assertEq(address(pol).balance, balance, "nothing left the contract");
    }
}
