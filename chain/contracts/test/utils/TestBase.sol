// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Vm} from "./Vm.sol";
import {IProofOfLogits} from "../../src/IProofOfLogits.sol";

/// @notice Assertions and logging for the forge tests (a failing assertion reverts with a message).
abstract contract TestBase {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    address private constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;

    /// @dev Marks this contract as a forge test contract.
    bool public IS_TEST = true;

    /// @dev Deploys the contract from its artifact (compiled via IR, as tools/compile.cjs does); the
    /// caller (this test contract) becomes its owner.
    function deployPol(IProofOfLogits.Params memory p) internal returns (IProofOfLogits) {
        return IProofOfLogits(vm.deployCode("ProofOfLogits.sol:ProofOfLogits", abi.encode(p)));
    }

    function log(string memory label, uint256 value) internal view {
        (bool ok,) = CONSOLE.staticcall(abi.encodeWithSignature("log(string,uint256)", label, value));
        ok;
    }

    function log(string memory line) internal view {
        (bool ok,) = CONSOLE.staticcall(abi.encodeWithSignature("log(string)", line));
        ok;
    }

    function fail(string memory what) internal pure {
        revert(what);
    }

    function assertTrue(bool cond, string memory what) internal pure {
        if (!cond) revert(what);
    }

    function assertEq(uint256 got, uint256 want, string memory what) internal pure {
        if (got != want) {
            revert(string.concat(what, ": got ", vm.toString(got), ", want ", vm.toString(want)));
        }
    }

    function assertEq(bytes32 got, bytes32 want, string memory what) internal pure {
        if (got != want) revert(string.concat(what, ": bytes32 mismatch"));
    }

    function assertEq(address got, address want, string memory what) internal pure {
        if (got != want) revert(string.concat(what, ": address mismatch"));
    }

    function assertGe(uint256 a, uint256 b, string memory what) internal pure {
        if (a < b) revert(string.concat(what, ": ", vm.toString(a), " < ", vm.toString(b)));
    }

    function assertLe(uint256 a, uint256 b, string memory what) internal pure {
        if (a > b) revert(string.concat(what, ": ", vm.toString(a), " > ", vm.toString(b)));
    }
}
