// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";
import {PolSpec} from "../src/PolSpec.sol";

/// @notice Property tests over random inputs.
contract FuzzTest is Fixture {
    // ------------------------------------------------ Merkle: a reference builder of the spec tree

    function node(bytes32 l, bytes32 r) private pure returns (bytes32) {
        return sha256(abi.encodePacked(bytes1(0x01), l, r));
    }

    /// @dev Builds the tree level by level and returns the root and the proof of `index`.
    function buildProof(bytes32[] memory leaves, uint256 index)
        private
        pure
        returns (bytes32 root, bytes32[] memory proof)
    {
        bytes32[] memory level = leaves;
        bytes32[] memory path = new bytes32[](32);
        uint256 used;
        uint256 idx = index;
        while (level.length > 1) {
            uint256 w = level.length;
            bytes32[] memory next = new bytes32[]((w + 1) / 2);
            for (uint256 p = 0; p < w / 2; ++p) {
                next[p] = node(level[2 * p], level[2 * p + 1]);
            }
            if (w % 2 == 1) next[w / 2] = level[w - 1]; // promoted unchanged
            if (idx % 2 == 1) path[used++] = level[idx - 1];
            else if (idx + 1 < w) path[used++] = level[idx + 1];
            idx /= 2;
            level = next;
        }
        proof = new bytes32[](used);
        for (uint256 s = 0; s < used; ++s) {
            proof[s] = path[s];
        }
        root = sha256(abi.encodePacked(bytes1(0x02), uint32(leaves.length), level[0]));
    }

    function testFuzz_MerkleProofRoundTrip(bytes32 salt, uint16 nRaw, uint16 iRaw, uint8 flip) public view {
        uint256 n = 1 + uint256(nRaw) % 300;
        uint256 index = uint256(iRaw) % n;
        bytes32[] memory leaves = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            leaves[i] = keccak256(abi.encode(salt, i));
        }
        (bytes32 root, bytes32[] memory proof) = buildProof(leaves, index);
        assertTrue(pol.verifyMerkleProof(root, uint32(n), uint32(index), leaves[index], proof), "valid proof");
        if (proof.length > 0) {
            uint256 s = uint256(flip) % proof.length;
            proof[s] = proof[s] ^ bytes32(uint256(1) << (flip % 256));
            assertTrue(!pol.verifyMerkleProof(root, uint32(n), uint32(index), leaves[index], proof), "tampered sibling");
        }
    }

    // ------------------------------------------------ challenge positions

    function testFuzz_PositionsInRangeAndMatchSpec(bytes32 seed, bytes32 job, address v, uint32 n, uint8 k)
        public
        view
    {
        n = uint32(1 + uint256(n) % 1_000_000);
        uint32[] memory got = pol.deriveChallengePositions(seed, job, v, n, k);
        assertEq(got.length, k, "count");
        for (uint32 j = 0; j < k; ++j) {
            assertTrue(got[j] < n, "position < n");
            uint256 want = uint256(keccak256(abi.encodePacked(seed, job, v, j))) % n;
            assertEq(got[j], want, "spec formula");
        }
    }

    // ------------------------------------------------ committee draw against an independent reading of the rule

    function referenceCommittee(bytes32 seed, bytes32 job, uint64 seedBlock)
        private
        view
        returns (address[] memory out, uint256 count)
    {
        (address[] memory list, uint256[] memory stakes) = pol.drawWeights(seedBlock);
        uint256 total;
        for (uint256 i = 0; i < stakes.length; ++i) {
            total += stakes[i];
        }
        out = new address[](3);
        bool[] memory picked = new bool[](list.length);
        for (uint32 r = 0; r < 12 && count < 3; ++r) {
            uint256 x = uint256(keccak256(abi.encodePacked(seed, job, "committee", r))) % total;
            uint256 acc;
            for (uint256 i = 0; i < list.length; ++i) {
                acc += stakes[i];
                if (x < acc) {
                    if (!picked[i]) {
                        picked[i] = true;
                        out[count++] = list[i];
                    }
                    break;
                }
            }
        }
    }

    function testFuzz_CommitteeDraw(uint64[6] memory extra, uint8 exits, bytes32 salt) public {
        // Random extra validators and stakes, some early ones exit (holes in the list).
        for (uint256 i = 0; i < extra.length; ++i) {
            uint256 amount = 1 ether + uint256(extra[i]) % 50 ether;
            stakeAs(address(uint160(0x7000 + i)), IProofOfLogits.Role.Validator, amount);
        }
        vm.roll(block.number + 21);
        for (uint256 i = 0; i < uint256(exits) % 4; ++i) {
            address v = validators[i];
            uint96 s = pol.getAccount(v).stake;
            vm.prank(v);
            pol.requestUnbond(s);
        }
        bytes32 jobId = submit();
        commitAs(MINER, jobId);
        uint256 seedBlock = block.number + 2;
        vm.roll(block.number + 3);
        vm.setBlockhash(seedBlock, salt == bytes32(0) ? bytes32(uint256(1)) : salt);
        bytes32 seed = pol.seedOf(jobId);
        (address[] memory want, uint256 count) = referenceCommittee(seed, jobId, uint64(seedBlock));
        pol.drawCommittee(jobId);
        (address[] memory got,) = pol.getCommittee(jobId);
        assertEq(got.length, count, "committee size");
        assertTrue(count >= 1 && count <= 3, "1..C members");
        for (uint256 m = 0; m < count; ++m) {
            assertEq(got[m], want[m], "member order and identity");
            assertTrue(pol.getAccount(got[m]).stake > 0, "members are staked");
            assertTrue(pol.getAccount(got[m]).role == IProofOfLogits.Role.Validator, "members are validators");
            for (uint256 o = 0; o < m; ++o) {
                assertTrue(got[o] != got[m], "distinct members");
            }
        }
    }

    // ------------------------------------------------ settlement conserves value

    function liabilities() private view returns (uint256 sum) {
        address[] memory fixed_ = new address[](3);
        fixed_[0] = REQUESTER;
        fixed_[1] = MINER;
        fixed_[2] = MINER2;
        for (uint256 i = 0; i < fixed_.length; ++i) {
            IProofOfLogits.Account memory a = pol.getAccount(fixed_[i]);
            sum += uint256(a.stake) + a.owed + a.unbonding;
        }
        for (uint256 i = 0; i < validators.length; ++i) {
            IProofOfLogits.Account memory a = pol.getAccount(validators[i]);
            sum += uint256(a.stake) + a.owed + a.unbonding;
        }
        sum += pol.rewardPool();
    }

    function testFuzz_SettlementConservesValue(uint96 feeRaw, uint8 verdictBits, uint32 nRaw) public {
        uint256 fee = 1 + uint256(feeRaw) % 50 ether;
        uint32 n = 1 + nRaw % 256;
        vm.prank(REQUESTER);
        bytes32 jobId = pol.submitJob{value: fee}(modelId, bytes32(0), 256, sampler(), uint64(block.timestamp + 100));
        vm.prank(MINER);
        pol.commit(jobId, bytes32(uint256(7)), n, bytes32(0));
        vm.roll(block.number + 3);
        address[] memory members = pol.previewCommittee(jobId);
        uint256 passW;
        uint256 againstW;
        uint256 againstN;
        uint256 totalW;
        for (uint256 m = 0; m < members.length; ++m) {
            uint256 w = pol.getAccount(members[m]).stake;
            totalW += w;
            uint8 v = uint8((verdictBits >> (2 * m)) & 3);
            if (v == 0) continue;
            attestAs(members[m], jobId, IProofOfLogits.Verdict(v));
            if (v == 1) {
                passW += w;
            } else {
                againstW += w;
                ++againstN;
            }
        }
        uint256 minerStake = pol.getAccount(MINER).stake;
        rollPastWindow(jobId);
        pol.settle(jobId);

        IProofOfLogits.JobStatus want = IProofOfLogits.JobStatus.Inconclusive;
        if (passW * 2 > totalW) want = IProofOfLogits.JobStatus.Passed;
        else if (againstW * 2 > totalW && againstN >= 2) want = IProofOfLogits.JobStatus.Failed;
        assertEq(uint256(pol.getJob(jobId).status), uint256(want), "outcome follows the stake-majority rule");
        assertEq(address(pol).balance, liabilities(), "balance = stakes + owed + unbonding + pool");
        assertLe(minerStake - pol.getAccount(MINER).stake, minerStake / 2, "miner slash <= minerSlashBps of stake");
        assertEq(pol.getAccount(MINER).pending, 0, "miner released");
    }
}
