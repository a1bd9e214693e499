// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TestBase} from "./utils/TestBase.sol";
import {IProofOfLogits} from "../src/IProofOfLogits.sol";
import {PolSpec} from "../src/PolSpec.sol";

/// @notice The shared protocol vectors (logits/testdata/vectors.json, written by the Go side):
/// Solidity must derive the same job ids and challenge sets and accept exactly the same Merkle
/// proofs as Go.
contract VectorsTest is TestBase {
    string private json;
    IProofOfLogits private pol;

    function setUp() public {
        json = vm.readFile("../../logits/testdata/vectors.json");
        IProofOfLogits.Params memory p = IProofOfLogits.Params({
            minMinerStake: 1,
            minValidatorStake: 1,
            minFee: 1,
            unbondingDelay: 0,
            claimTimeout: 0,
            thresholdsDelay: 0,
            seedDelay: 2,
            attestWindow: 10,
            revealWindow: 10,
            committeeSize: 3,
            challenges: 16,
            maxValidators: 8,
            collateralMultiplier: 1,
            validatorCutBps: 0,
            absentPenaltyBps: 0,
            rewardPerToken: 0
        });
        pol = deployPol(p);
    }

    function key(string memory prefix, uint256 i, string memory field) private pure returns (string memory) {
        return string.concat(prefix, "[", vm.toString(i), "]", field);
    }

    function test_JobIds() public view {
        uint256 count;
        for (uint256 i = 0; vm.keyExistsJson(json, key(".job_ids", i, "")); ++i) {
            uint256 chainId = vm.parseJsonUint(json, key(".job_ids", i, ".chain_id"));
            address registry = vm.parseJsonAddress(json, key(".job_ids", i, ".contract"));
            uint32 record = uint32(vm.parseJsonUint(json, key(".job_ids", i, ".record")));
            uint32 generation = uint32(vm.parseJsonUint(json, key(".job_ids", i, ".generation")));
            bytes32 want = vm.parseJsonBytes32(json, key(".job_ids", i, ".job"));
            assertEq(PolSpec.jobId(chainId, registry, record, generation), want, "job id vector");
            ++count;
        }
        assertTrue(count >= 3, "job id vectors present");
    }

    /// @dev The protocol-v2 challenge sets: .challenges[i] = {seed, job_id, n, k, positions}.
    function test_ChallengeSets() public view {
        assertTrue(vm.keyExistsJson(json, ".challenges[0].k"), "vectors.json holds protocol-v2 challenge sets");
        uint256 count;
        for (uint256 i = 0; vm.keyExistsJson(json, key(".challenges", i, "")); ++i) {
            bytes32 seed = vm.parseJsonBytes32(json, key(".challenges", i, ".seed"));
            bytes32 job = vm.parseJsonBytes32(json, key(".challenges", i, ".job_id"));
            uint32 n = uint32(vm.parseJsonUint(json, key(".challenges", i, ".n")));
            uint32 k = uint32(vm.parseJsonUint(json, key(".challenges", i, ".k")));
            uint256[] memory want = vm.parseJsonUintArray(json, key(".challenges", i, ".positions"));
            uint32[] memory got = pol.deriveChallengePositions(seed, job, n, k);
            assertEq(got.length, want.length, "position count");
            for (uint256 j = 0; j < want.length; ++j) {
                assertEq(got[j], want[j], "challenge set vector");
            }
            ++count;
        }
        assertTrue(count >= 15, "challenge set vectors for n in {1,2,7,100,4000} x k in {1,8,16}");
    }

    function test_MerkleProofs() public view {
        uint256 trees;
        for (uint256 t = 0; vm.keyExistsJson(json, key(".merkle", t, "")); ++t) {
            uint32 n = uint32(vm.parseJsonUint(json, key(".merkle", t, ".n")));
            bytes32 root = vm.parseJsonBytes32(json, key(".merkle", t, ".root"));
            bytes32[] memory leaves = vm.parseJsonBytes32Array(json, key(".merkle", t, ".leaves"));
            assertEq(leaves.length, n, "leaf count");
            for (uint32 i = 0; i < n; ++i) {
                bytes32[] memory proof = vm.parseJsonBytes32Array(
                    json, string.concat(key(".merkle", t, ".proofs"), "[", vm.toString(i), "]")
                );
                assertTrue(pol.verifyMerkleProof(root, n, i, leaves[i], proof), "vector proof accepted");
                checkRejections(root, n, i, leaves[i], proof);
            }
            ++trees;
        }
        assertTrue(trees >= 9, "merkle vectors for n = 1..9");
    }

    /// @dev Every single-part change of a valid opening must be rejected.
    function checkRejections(bytes32 root, uint32 n, uint32 i, bytes32 leaf, bytes32[] memory proof) private view {
        bytes32[] memory empty = new bytes32[](0);
        assertTrue(!pol.verifyMerkleProof(root, n, i, leaf ^ bytes32(uint256(1)), proof), "tampered leaf");
        assertTrue(!pol.verifyMerkleProof(root ^ bytes32(uint256(1)), n, i, leaf, proof), "wrong root");
        assertTrue(!pol.verifyMerkleProof(root, n + 1, i, leaf, proof), "wrong n");
        assertTrue(!pol.verifyMerkleProof(root, n, n, leaf, proof), "index out of range");
        if (n > 1) {
            assertTrue(!pol.verifyMerkleProof(root, n, (i + 1) % n, leaf, proof), "wrong index");
            assertTrue(!pol.verifyMerkleProof(root, n, i, leaf, empty), "missing siblings");
        }
        bytes32[] memory longer = new bytes32[](proof.length + 1);
        for (uint256 s = 0; s < proof.length; ++s) {
            longer[s] = proof[s];
        }
        assertTrue(!pol.verifyMerkleProof(root, n, i, leaf, longer), "extra sibling");
        for (uint256 s = 0; s < proof.length; ++s) {
            bytes32 saved = proof[s];
            proof[s] = saved ^ bytes32(uint256(1) << 255);
            assertTrue(!pol.verifyMerkleProof(root, n, i, leaf, proof), "tampered sibling");
            proof[s] = saved;
        }
    }
}
