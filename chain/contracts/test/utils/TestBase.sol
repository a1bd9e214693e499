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

    /// @dev Token i of the test outputs: spread over a 151,936-token vocabulary (Qwen2's), so its
    /// big-endian uint32 has the zero and nonzero bytes of a real token id (calldata gas).
    /// @dev A thresholds version admitting one profile.
    function one(IProofOfLogits.Thresholds memory t) internal pure returns (IProofOfLogits.Thresholds[] memory a) {
        a = new IProofOfLogits.Thresholds[](1);
        a[0] = t;
    }

    function tokenAt(uint256 i) internal pure returns (uint32) {
        return uint32((i * 2654435761 + 12345) % 151936);
    }

    /// @dev The `output` argument of commit for n tokens: tokenAt(0..n-1) as big-endian uint32,
    /// concatenated (4·n bytes).
    function outputOf(uint256 n) internal pure returns (bytes memory out) {
        out = new bytes(4 * n);
        for (uint256 i = 0; i < n; ++i) {
            uint32 t = tokenAt(i);
            out[4 * i] = bytes1(uint8(t >> 24));
            out[4 * i + 1] = bytes1(uint8(t >> 16));
            out[4 * i + 2] = bytes1(uint8(t >> 8));
            out[4 * i + 3] = bytes1(uint8(t));
        }
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

    function assertEq(uint32[] memory got, uint32[] memory want, string memory what) internal pure {
        assertEq(got.length, want.length, string.concat(what, ": length"));
        for (uint256 i = 0; i < got.length; ++i) {
            assertEq(got[i], want[i], string.concat(what, ": element ", vm.toString(i)));
        }
    }

    function assertGe(uint256 a, uint256 b, string memory what) internal pure {
        if (a < b) revert(string.concat(what, ": ", vm.toString(a), " < ", vm.toString(b)));
    }

    function assertLe(uint256 a, uint256 b, string memory what) internal pure {
        if (a > b) revert(string.concat(what, ": ", vm.toString(a), " > ", vm.toString(b)));
    }
}
