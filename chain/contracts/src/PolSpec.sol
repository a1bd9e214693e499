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

    /// @notice jobId = keccak256(abi.encodePacked(uint256 chainId, address contract, uint256 nonce)).
    function jobId(uint256 chainId, address registry, uint256 nonce) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(chainId, registry, nonce));
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
            uint32 x = uint32(uint256(keccak256(abi.encodePacked(seed, job, CHALLENGE_TAG, r))) % n);
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
    /// header. `ok` is false unless `header` is exactly one RLP list whose first 14 items are
    /// well-formed and whose item 13 is a 32-byte string.
    function headerMixHash(bytes calldata header) internal pure returns (bool ok, bytes32 mix) {
        (uint256 pos, uint256 end, bool isList, bool valid) = rlpItem(header, 0, header.length);
        if (!valid || !isList || end != header.length) return (false, 0);
        for (uint256 i = 0; i < 13; ++i) {
            (, pos,, valid) = rlpItem(header, pos, end);
            if (!valid) return (false, 0);
        }
        if (pos + 33 > end || uint8(header[pos]) != 0xa0) return (false, 0);
        return (true, bytes32(header[pos + 1:pos + 33]));
    }

    /// @notice Decodes the RLP item prefix at `pos` of `b`, bounded by `limit`: the payload start, the
    /// item end, whether it is a list, and whether the prefix and length fit within `limit`.
    function rlpItem(bytes calldata b, uint256 pos, uint256 limit)
        internal
        pure
        returns (uint256 payload, uint256 end, bool isList, bool valid)
    {
        if (pos >= limit) return (0, 0, false, false);
        uint256 p = uint8(b[pos]);
        uint256 len;
        if (p < 0x80) {
            return (pos, pos + 1, false, true);
        } else if (p < 0xb8) {
            (payload, len) = (pos + 1, p - 0x80);
        } else if (p < 0xc0) {
            (payload, len, valid) = rlpLength(b, pos, p - 0xb7, limit);
            if (!valid) return (0, 0, false, false);
        } else if (p < 0xf8) {
            (payload, len, isList) = (pos + 1, p - 0xc0, true);
        } else {
            (payload, len, valid) = rlpLength(b, pos, p - 0xf7, limit);
            if (!valid) return (0, 0, false, false);
            isList = true;
        }
        end = payload + len;
        valid = end <= limit;
    }

    /// @dev The big-endian length of `lenOfLen` bytes after the prefix at `pos` (long string or list).
    function rlpLength(bytes calldata b, uint256 pos, uint256 lenOfLen, uint256 limit)
        private
        pure
        returns (uint256 payload, uint256 len, bool valid)
    {
        payload = pos + 1 + lenOfLen;
        if (payload > limit) return (0, 0, false);
        for (uint256 i = pos + 1; i < payload; ++i) {
            len = (len << 8) | uint8(b[i]);
        }
        valid = true;
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
