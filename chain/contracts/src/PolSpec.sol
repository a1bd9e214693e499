// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title PolSpec
/// @notice The protocol derivations the Go code computes identically: job ids, the challenge set,
/// committee draws, verdict commitments, the seed read from a block header and Merkle proof
/// verification (docs/protocol.md, docs/contract.md).
library PolSpec {
    /// @dev Domain separator of committee draws.
    bytes9 internal constant COMMITTEE_TAG = "committee";
    /// @dev Domain separator of challenge draws.
    bytes9 internal constant CHALLENGE_TAG = "challenge";

    /// @notice jobId = the high 192 bits of keccak256(abi.encodePacked(uint256 chainId, address
    /// contract)), then u32be(record), then u32be(generation): the contract's job record and how many
    /// jobs have used it (records are reused once their job ends).
    function jobId(uint256 chainId, address registry, uint32 record, uint32 generation)
        internal
        pure
        returns (bytes32)
    {
        uint256 domain = uint256(keccak256(abi.encodePacked(chainId, registry))) >> 64;
        return bytes32(domain << 64 | uint256(record) << 32 | generation);
    }

    /// @notice The job's challenge set: K = min(k, n) distinct positions in draw order. The first is
    /// n - 1 (the last position is always challenged); then for r = 0, 1, 2, ...
    /// x = uint256(keccak256(abi.encodePacked(seed, jobId, "challenge", uint32 r))) % n is appended
    /// unless already present, until K positions are drawn. Empty for k = 0 or n = 0.
    function challengeSet(bytes32 seed, bytes32 job, uint32 n, uint32 k) internal pure returns (uint32[] memory out) {
        uint256 size = k < n ? k : n;
        out = new uint32[](size);
        if (size == 0) return out;
        out[0] = n - 1;
        uint256 len = 1;
        for (uint32 r = 0; len < size; ++r) {
            uint32 x = uint32(uint256(tagged(seed, job, CHALLENGE_TAG, r)) % n);
            uint256 i = 0;
            while (i < len && out[i] != x) ++i;
            if (i == len) out[len++] = x;
        }
    }

    /// @notice A member's verdict commitment:
    /// keccak256(abi.encodePacked(jobId, member, uint8 verdict, salt, evidenceHash)) (117 bytes).
    function verdictCommitment(bytes32 job, address member, uint8 verdict, bytes32 salt, bytes32 evidenceHash)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encodePacked(job, member, verdict, salt, evidenceHash));
    }

    /// @notice Field 13 (mixHash; prevrandao since the merge, EIP-4399) of an RLP-encoded block
    /// header. `ok` is false unless `header` is exactly one RLP list whose items 0-12 are byte
    /// strings and whose item 13 is a 32-byte string within it. (Walked in assembly: only the
    /// item prefixes are read; a position past the end fails the final bound check.)
    function headerMixHash(bytes calldata header) internal pure returns (bool ok, bytes32 mix) {
        assembly ("memory-safe") {
            let pos := header.offset
            let limit := add(pos, header.length)
            let b := byte(0, calldataload(pos))
            // The outer list: short (0xc0-0xf7) or long (0xf8-0xff), ending where the header ends.
            let listEnd := 0
            switch lt(b, 0xf8)
            case 1 {
                if iszero(lt(b, 0xc0)) {
                    listEnd := add(add(pos, 1), sub(b, 0xc0))
                    pos := add(pos, 1)
                }
            }
            default {
                let n := sub(b, 0xf7)
                listEnd := add(add(pos, add(1, n)), shr(sub(256, mul(8, n)), calldataload(add(pos, 1))))
                pos := add(pos, add(1, n))
            }
            if eq(listEnd, limit) {
                // Skip items 0..12 (single bytes, short or long strings; a list is not a header field).
                for { let i := 0 } lt(i, 13) { i := add(i, 1) } {
                    b := byte(0, calldataload(pos))
                    switch lt(b, 0x80)
                    case 1 { pos := add(pos, 1) }
                    default {
                        switch lt(b, 0xb8)
                        case 1 { pos := add(pos, sub(b, 0x7f)) }
                        default {
                            if iszero(lt(b, 0xc0)) {
                                pos := limit
                                break
                            }
                            let n := sub(b, 0xb7)
                            pos := add(add(pos, add(1, n)), shr(sub(256, mul(8, n)), calldataload(add(pos, 1))))
                        }
                    }
                }
                if and(lt(add(pos, 32), limit), eq(byte(0, calldataload(pos)), 0xa0)) {
                    ok := 1
                    mix := calldataload(add(pos, 1))
                }
            }
        }
    }

    /// @notice Committee draw r: a point in [0, totalStake) of the cumulative validator stake,
    /// uint256(keccak256(abi.encodePacked(seed, jobId, "committee", uint32 r))) % totalStake.
    function drawPoint(bytes32 seed, bytes32 job, uint32 r, uint256 totalStake) internal pure returns (uint256) {
        return uint256(tagged(seed, job, COMMITTEE_TAG, r)) % totalStake;
    }

    /// @dev keccak256(abi.encodePacked(seed, job, tag, r)): the 77-byte preimage of the draws,
    /// hashed in scratch memory past the free memory pointer (nothing allocated).
    function tagged(bytes32 seed, bytes32 job, bytes9 tag, uint32 r) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, seed)
            mstore(add(ptr, 0x20), job)
            mstore(add(ptr, 0x40), or(and(tag, shl(184, 0xffffffffffffffffff)), shl(152, and(r, 0xffffffff))))
            h := keccak256(ptr, 77)
        }
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
