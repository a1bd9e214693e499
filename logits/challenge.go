package logits

import (
	"encoding/binary"
	"math/big"

	"golang.org/x/crypto/sha3"
)

// ChallengeSet returns the positions every committee member checks for a job
// of n positions (spec §4): K = min(k, n) distinct positions, the last one
// (n-1) first, then
//
//	x_r = uint256(keccak256(abi.encodePacked(bytes32 seed, bytes32 jobId, "challenge", uint32 r))) mod n
//
// for r = 0, 1, 2, ..., each appended unless already drawn, until there are
// K. The order is the draw order. seed is unknown to the miner when it
// commits. It returns nil when n is 0 or k is not positive.
func ChallengeSet(seed Hash, job JobID, n uint32, k int) []uint32 {
	if n == 0 || k <= 0 {
		return nil
	}
	want := int(min(uint64(k), uint64(n)))
	out := make([]uint32, 1, want)
	out[0] = n - 1
	seen := map[uint32]bool{n - 1: true}
	var msg [32 + 32 + len(tagChallenge) + 4]byte
	copy(msg[0:], seed[:])
	copy(msg[32:], job[:])
	copy(msg[64:], tagChallenge)
	mod := new(big.Int).SetUint64(uint64(n))
	x := new(big.Int)
	h := sha3.NewLegacyKeccak256()
	var sum [32]byte
	for r := uint32(0); len(out) < want; r++ {
		binary.BigEndian.PutUint32(msg[64+len(tagChallenge):], r)
		h.Reset()
		h.Write(msg[:])
		h.Sum(sum[:0])
		p := uint32(x.SetBytes(sum[:]).Mod(x, mod).Uint64())
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// Keccak256 returns the legacy Keccak-256 digest Solidity's keccak256 computes.
func Keccak256(parts ...[]byte) Hash {
	h := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		h.Write(p)
	}
	var out Hash
	h.Sum(out[:0])
	return out
}

// NewJobID computes the id the contract gives the job that is the
// generation-th to use its job record (records are reused once their job ends):
// the high 192 bits of keccak256(abi.encodePacked(uint256 chainId, address
// contract)), then u32be(record), then u32be(generation).
func NewJobID(chainID *big.Int, contract Address, record, generation uint32) JobID {
	var c [32]byte
	chainID.FillBytes(c[:])
	id := JobID(Keccak256(c[:], contract[:]))
	binary.BigEndian.PutUint32(id[24:28], record)
	binary.BigEndian.PutUint32(id[28:32], generation)
	return id
}
