// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./utils/Fixture.sol";
import {BlockHeaders} from "./utils/Rlp.sol";
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

    // ------------------------------------------------ the challenge set

    function testFuzz_ChallengeSetMatchesSpec(bytes32 seed, bytes32 job, uint32 n, uint8 k) public view {
        n = uint32(1 + uint256(n) % 1_000_000);
        if (uint256(n) % 7 == 0) n = 1 + n % 24; // small n: every position drawn, repeats skipped
        uint32[] memory got = pol.deriveChallengePositions(seed, job, n, k);
        uint256 size = k < n ? k : n;
        assertEq(got.length, size, "K = min(k, n)");
        if (size == 0) return;
        assertEq(got[0], n - 1, "the last position first");
        // Reference: the spec loop with abi.encodePacked.
        uint256 len = 1;
        for (uint32 r = 0; len < size; ++r) {
            uint256 x = uint256(keccak256(abi.encodePacked(seed, job, "challenge", r))) % n;
            bool seen;
            for (uint256 i = 0; i < len; ++i) {
                if (got[i] == x) seen = true;
            }
            if (seen) continue;
            assertEq(got[len], x, "draw order");
            ++len;
        }
        for (uint256 i = 0; i < size; ++i) {
            assertTrue(got[i] < n, "position < n");
            for (uint256 o = 0; o < i; ++o) {
                assertTrue(got[o] != got[i], "distinct");
            }
        }
    }

    function testFuzz_HeaderMixHash(bytes32 mix, uint64 number, bytes memory extra, uint64 time, bool busy)
        public
        view
    {
        vm.assume(extra.length <= 96);
        bytes memory header = BlockHeaders.encode(
            BlockHeaders.Fields({
                number: number, mixHash: mix, extraData: extra, timestamp: time, coinbase: address(0x42), busy: busy
            })
        );
        (bool ok, bytes32 got) = this.parseHeader(header);
        assertTrue(ok, "header parsed");
        assertEq(got, mix, "field 13");
        // Truncated, extended or re-wrapped bytes are refused.
        bytes memory cut = new bytes(header.length - 1);
        for (uint256 i = 0; i < cut.length; ++i) {
            cut[i] = header[i];
        }
        (ok,) = this.parseHeader(cut);
        assertTrue(!ok, "truncated header");
        (ok,) = this.parseHeader(bytes.concat(header, hex"00"));
        assertTrue(!ok, "trailing byte");
    }

    function parseHeader(bytes calldata header) external pure returns (bool, bytes32) {
        return PolSpec.headerMixHash(header);
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

    function testFuzz_CommitteeDraw(uint64[6] memory extra, uint8 exits, bytes32 randao) public {
        vm.assume(randao != bytes32(0));
        // Random extra validators and stakes, some early ones exit (holes in the list).
        for (uint256 i = 0; i < extra.length; ++i) {
            uint256 amount = 1 ether + uint256(extra[i]) % 50 ether;
            stakeAs(address(uint160(0x7000 + i)), IProofOfLogits.Role.Validator, amount);
        }
        vm.roll(block.number + STAKE_SPACING);
        for (uint256 i = 0; i < uint256(exits) % 4; ++i) {
            address v = validators[i];
            uint256 s = stakeOf(v);
            vm.prank(v);
            pol.requestUnbond(s);
        }
        vm.roll(block.number + SEED_DELAY + 1); // the exits weigh in draws from here on
        bytes32 jobId = committedJob();
        uint256 seedBlock = seedBlockOf(jobId);
        (address[] memory want, uint256 count) = referenceCommittee(randao, jobId, uint64(seedBlock));
        bytes memory header = headerOf(jobId, randao);
        pol.drawCommittee(jobId, header);
        (address[] memory got,,) = pol.getCommittee(jobId);
        assertEq(pol.challengePositions(jobId, header), PolSpec.challengeSet(randao, jobId, N, 16), "seed = prevrandao");
        assertEq(got.length, count, "committee size");
        assertTrue(count >= 1 && count <= 3, "1..C members");
        for (uint256 m = 0; m < count; ++m) {
            assertEq(got[m], want[m], "member order and identity");
            assertTrue(stakeOf(got[m]) > 0, "members are staked");
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
        sum += pol.rewardPool() + pol.burned();
    }

    function testFuzz_SettlementConservesValue(uint96 feeRaw, uint16 verdictBits, uint32 nRaw, uint32 maxRaw) public {
        uint256 fee = 1 gwei + uint256(feeRaw) % 2 ether;
        uint32 maxTokens = 1 + maxRaw % 4096;
        uint32 n = 1 + nRaw % maxTokens;
        bytes32 jobId = submitWith(fee, maxTokens);
        claimAs(MINER, jobId);
        vm.prank(MINER);
        pol.commit(jobId, bytes32(uint256(7)), n, bytes32(0), outputOf(n));
        vm.roll(block.number + SEED_DELAY + 1);
        uint256 minerStake = stakeOf(MINER);
        // What settlement can take or pay out: the miner's and validators' stakes, the reward pool.
        uint256 held = minerStake + memberStake(validators) + pol.rewardPool();
        (IProofOfLogits.JobStatus want, uint256[4] memory count) = voteRound(jobId, uint8(verdictBits), false);
        rollPastReveal(jobId);
        pol.settle(jobId);
        if (count[2] != 0 && want != IProofOfLogits.JobStatus.Failed) {
            // A Fail vote that does not fail the job escalates; round two (the two validators left) decides.
            assertEq(statusOf(jobId), uint256(IProofOfLogits.JobStatus.Escalated), "a Fail vote escalates");
            assertEq(pol.getAccount(MINER).locked, fee * MULTIPLIER, "collateral locked through round two");
            vm.roll(seedBlockOf(jobId) + 1);
            (want,) = voteRound(jobId, uint8(verdictBits >> 8), true);
            rollPastReveal(jobId);
            pol.settle(jobId);
        }
        assertEq(statusOf(jobId), uint256(want), "outcome follows the one-vote rule");
        assertEq(address(pol).balance, liabilities(), "balance = stakes + owed + unbonding + pool + burned");
        assertEq(
            minerStake - stakeOf(MINER),
            want == IProofOfLogits.JobStatus.Failed ? fee * MULTIPLIER : 0,
            "slash = collateral iff Failed"
        );
        assertEq(pol.getAccount(MINER).locked, 0, "collateral released");
        for (uint256 i = 0; i < validators.length; ++i) {
            assertEq(pol.getAccount(validators[i]).duties, 0, "every duty released");
        }
        checkValueMoved(validators, fee, held, want);
    }

    /// @dev Draws the current round, its members vote by two bits each of `bits`; returns the
    /// outcome the round's rule gives and the vote counts.
    function voteRound(bytes32 jobId, uint8 bits, bool roundTwo)
        private
        returns (IProofOfLogits.JobStatus want, uint256[4] memory count)
    {
        address[] memory members = draw(jobId);
        IProofOfLogits.Verdict[] memory vs = new IProofOfLogits.Verdict[](members.length);
        for (uint256 m = 0; m < members.length; ++m) {
            vs[m] = IProofOfLogits.Verdict((uint256(bits) >> (2 * (m % 4))) & 3);
            ++count[uint8(vs[m])];
        }
        vote(jobId, members, vs);
        want = expectedOutcome(count, members.length, roundTwo);
    }

    /// @dev The one-vote rule: counts of None, Pass, Fail, NoReveal among c members. Round one
    /// fails only without a Pass vote (settle escalates any other tally with a Fail vote); round two
    /// fails on more than two thirds.
    function expectedOutcome(uint256[4] memory count, uint256 c, bool roundTwo)
        private
        pure
        returns (IProofOfLogits.JobStatus)
    {
        if (count[1] * 2 > c && count[1] >= 2) return IProofOfLogits.JobStatus.Passed;
        bool failed = roundTwo ? count[2] * 3 > c * 2 : count[2] * 2 > c && count[1] == 0;
        if (failed && count[2] >= 2) return IProofOfLogits.JobStatus.Failed;
        if ((count[2] + count[3]) * 2 > c) return IProofOfLogits.JobStatus.Unserved;
        return IProofOfLogits.JobStatus.Inconclusive;
    }

    /// @dev Everything the job moved (the fee, the slash, the penalties, the reward) is credited to
    /// the miner, the requester or the voters, or burned; the requester never gets more than its fee.
    function checkValueMoved(address[] memory members, uint256 fee, uint256 held, IProofOfLogits.JobStatus want)
        private
        view
    {
        uint256 taken = held - stakeOf(MINER) - memberStake(members) - pol.rewardPool();
        uint256 credited = owedOf(MINER) + owedOf(REQUESTER) + voterOwed(members);
        assertEq(credited + pol.burned(), fee + taken, "value moved = credited + burned");
        assertLe(owedOf(REQUESTER), fee, "the requester gets at most its fee");
        if (want != IProofOfLogits.JobStatus.Passed) assertEq(owedOf(REQUESTER), fee, "fee refunded");
        if (want != IProofOfLogits.JobStatus.Passed && want != IProofOfLogits.JobStatus.Failed) {
            assertEq(voterOwed(members), 0, "no voter paid unless decided");
        }
    }

    function memberStake(address[] memory members) private view returns (uint256 sum) {
        for (uint256 m = 0; m < members.length; ++m) {
            sum += stakeOf(members[m]);
        }
    }

    function voterOwed(address[] memory members) private view returns (uint256 sum) {
        for (uint256 m = 0; m < members.length; ++m) {
            sum += owedOf(members[m]);
        }
    }
}
