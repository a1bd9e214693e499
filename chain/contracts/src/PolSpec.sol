// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title PolSpec
/// @notice The protocol derivations the Go code (package logits) computes identically: job ids,
/// challenge positions, committee draws and Merkle proof verification (docs/protocol.md).
library PolSpec {
    /// @dev Domain separator of committee draws.
    bytes9 internal constant COMMITTEE_TAG = "committee";

    /// @notice jobId = keccak256(abi.encodePacked(uint256 chainId, address contract, uint256 nonce)).
    function jobId(uint256 chainId, address registry, uint256 nonce) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(chainId, registry, nonce));
    }

    /// @notice Challenge position j of `validator`:
    /// uint256(keccak256(abi.encodePacked(seed, jobId, validator, uint32 j))) % n.
    function position(bytes32 seed, bytes32 job, address validator, uint32 j, uint32 n) internal pure returns (uint32) {
        return uint32(uint256(keccak256(abi.encodePacked(seed, job, validator, j))) % n);
    }

    /// @notice Positions 0..k-1 of `validator` (repeats are possible when k is close to n).
    function positions(bytes32 seed, bytes32 job, address validator, uint32 n, uint32 k)
        internal
        pure
        returns (uint32[] memory out)
    {
        out = new uint32[](k);
        for (uint32 j = 0; j < k; ++j) {
            out[j] = position(seed, job, validator, j, n);
        }
    }

    /// @notice Committee draw r: a point in [0, totalStake) of the cumulative validator stake.
    function drawPoint(bytes32 seed, bytes32 job, uint32 r, uint256 totalStake) internal pure returns (uint256) {
        return uint256(keccak256(abi.encodePacked(seed, job, COMMITTEE_TAG, r))) % totalStake;
    }

    /// @notice Verifies `proof` for the leaf hash at `index` of a tree over `n` leaves (spec Merkle
    /// rules: node = SHA256(0x01 || left || right); an odd last node is promoted without a sibling;
    /// root = SHA256(0x02 || u32be(n) || top); the proof must be used exactly).
    function verifyProof(bytes32 root, uint32 n, uint32 index, bytes32 leaf, bytes32[] memory proof)
        internal
        pure
        returns (bool)
    {
        if (n == 0 || index >= n) return false;
        bytes32 h = leaf;
        uint256 idx = index;
        uint256 w = n;
        uint256 used = 0;
        while (w > 1) {
            if (idx & 1 == 1) {
                if (used == proof.length) return false;
                h = sha256(abi.encodePacked(bytes1(0x01), proof[used++], h));
            } else if (idx + 1 < w) {
                if (used == proof.length) return false;
                h = sha256(abi.encodePacked(bytes1(0x01), h, proof[used++]));
            }
            idx >>= 1;
            w = (w + 1) >> 1;
        }
        return used == proof.length && root == sha256(abi.encodePacked(bytes1(0x02), n, h));
    }
}
