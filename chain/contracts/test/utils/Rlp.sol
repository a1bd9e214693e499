// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice A minimal RLP encoder (Ethereum yellow paper, appendix B) for building block headers in
/// tests.
library Rlp {
    /// @notice A byte string: itself when it is one byte below 0x80, else a length prefix and it.
    function encodeBytes(bytes memory b) internal pure returns (bytes memory) {
        if (b.length == 1 && uint8(b[0]) < 0x80) return b;
        return bytes.concat(prefix(b.length, 0x80), b);
    }

    /// @notice An integer: its minimal big-endian bytes as a string (zero is the empty string).
    function encodeUint(uint256 x) internal pure returns (bytes memory) {
        return encodeBytes(bigEndian(x));
    }

    /// @notice A list of already encoded items.
    function encodeList(bytes[] memory items) internal pure returns (bytes memory payload) {
        for (uint256 i = 0; i < items.length; ++i) {
            payload = bytes.concat(payload, items[i]);
        }
        return bytes.concat(prefix(payload.length, 0xc0), payload);
    }

    function prefix(uint256 len, uint8 offset) private pure returns (bytes memory) {
        if (len < 56) return abi.encodePacked(uint8(offset + len));
        bytes memory l = bigEndian(len);
        return bytes.concat(abi.encodePacked(uint8(offset + 55 + l.length)), l);
    }

    function bigEndian(uint256 x) private pure returns (bytes memory out) {
        uint256 n = 0;
        for (uint256 y = x; y != 0; y >>= 8) {
            ++n;
        }
        out = new bytes(n);
        for (uint256 i = 0; i < n; ++i) {
            out[n - 1 - i] = bytes1(uint8(x >> (8 * i)));
        }
    }
}

/// @notice Builds the RLP encoding of a post-Prague block header (21 fields, go-ethereum's
/// types.Header order) with a chosen mixHash (= prevrandao) and a grindable extraData.
library BlockHeaders {
    struct Fields {
        uint256 number;
        bytes32 mixHash;
        bytes extraData; // what a builder can vary freely
        uint256 timestamp;
        address coinbase;
        bool busy; // a full block: a logs bloom of nonzero bytes (calldata priced as on mainnet)
    }

    function encode(Fields memory f) internal pure returns (bytes memory) {
        bytes[] memory items = new bytes[](21);
        items[0] = Rlp.encodeBytes(abi.encodePacked(keccak256(abi.encode("parent", f.number)))); // parentHash
        items[1] = Rlp.encodeBytes(abi.encodePacked(keccak256(hex"c0"))); // ommersHash (empty list)
        items[2] = Rlp.encodeBytes(abi.encodePacked(f.coinbase));
        items[3] = Rlp.encodeBytes(abi.encodePacked(keccak256(abi.encode("state", f.number)))); // stateRoot
        items[4] = Rlp.encodeBytes(abi.encodePacked(keccak256("txs"))); // transactionsRoot
        items[5] = Rlp.encodeBytes(abi.encodePacked(keccak256("receipts"))); // receiptsRoot
        items[6] = Rlp.encodeBytes(f.busy ? bloom(f.number) : new bytes(256)); // logsBloom
        items[7] = Rlp.encodeUint(0); // difficulty (0 after the merge)
        items[8] = Rlp.encodeUint(f.number);
        items[9] = Rlp.encodeUint(30_000_000); // gasLimit
        items[10] = Rlp.encodeUint(21_000); // gasUsed
        items[11] = Rlp.encodeUint(f.timestamp);
        items[12] = Rlp.encodeBytes(f.extraData);
        items[13] = Rlp.encodeBytes(abi.encodePacked(f.mixHash)); // mixHash = prevrandao
        items[14] = Rlp.encodeBytes(new bytes(8)); // nonce
        items[15] = Rlp.encodeUint(7); // baseFeePerGas
        items[16] = Rlp.encodeBytes(abi.encodePacked(keccak256("withdrawals"))); // withdrawalsRoot
        items[17] = Rlp.encodeUint(0); // blobGasUsed
        items[18] = Rlp.encodeUint(0); // excessBlobGas
        items[19] = Rlp.encodeBytes(abi.encodePacked(keccak256("beacon root"))); // parentBeaconBlockRoot
        items[20] = Rlp.encodeBytes(abi.encodePacked(keccak256("requests"))); // requestsHash
        return Rlp.encodeList(items);
    }

    /// @notice A header of block `number` with prevrandao `mixHash` and an empty extraData.
    function withMix(uint256 number, bytes32 mixHash) internal pure returns (bytes memory) {
        return encode(
            Fields({number: number, mixHash: mixHash, extraData: "", timestamp: 0, coinbase: address(0), busy: false})
        );
    }

    /// @notice A mainnet-like header: a busy block's bloom, a builder's extraData, a coinbase.
    function mainnetLike(uint256 number, bytes32 mixHash) internal pure returns (bytes memory) {
        return encode(
            Fields({
                number: number,
                mixHash: mixHash,
                extraData: "beaverbuild.org",
                timestamp: 1_700_000_000 + 12 * number,
                coinbase: address(0x95222290DD7278Aa3Ddd389Cc1E1d165CC4BAfe5),
                busy: true
            })
        );
    }

    function bloom(uint256 number) private pure returns (bytes memory b) {
        b = new bytes(256);
        for (uint256 i = 0; i < 256; i += 32) {
            bytes32 w = keccak256(abi.encode("bloom", number, i));
            for (uint256 k = 0; k < 32; ++k) {
                b[i + k] = w[k] == 0 ? bytes1(0x01) : w[k];
            }
        }
    }
}
