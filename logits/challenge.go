package logits

import (
	"encoding/binary"
	"math/big"

	"golang.org/x/crypto/sha3"
)

// ChallengePositions returns the k positions validator must check for a job of
// n positions (spec §4):
//
//	pos_j = uint256(keccak256(abi.encodePacked(bytes32 seed, bytes32 jobId, address validator, uint32 j))) mod n
//
// for j = 0..k-1. Positions may repeat. seed is the hash of the block
// seedDelay blocks after the commit block, unknown to the miner at commit time.
// It returns nil when n is 0 or k is not positive.
func ChallengePositions(seed Hash, job JobID, validator Address, n uint32, k int) []uint32 {
	if n == 0 || k <= 0 {
		return nil
	}
	out := make([]uint32, k)
	var msg [32 + 32 + 20 + 4]byte
	copy(msg[0:], seed[:])
	copy(msg[32:], job[:])
	copy(msg[64:], validator[:])
	mod := new(big.Int).SetUint64(uint64(n))
	x := new(big.Int)
	h := sha3.NewLegacyKeccak256()
	var sum [32]byte
	for j := range out {
		binary.BigEndian.PutUint32(msg[84:], uint32(j))
		h.Reset()
		h.Write(msg[:])
		h.Sum(sum[:0])
		out[j] = uint32(x.SetBytes(sum[:]).Mod(x, mod).Uint64())
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

// NewJobID computes the id the contract assigns to its jobNonce-th job:
// keccak256(abi.encodePacked(uint256 chainId, address contract, uint256 jobNonce)).
func NewJobID(chainID *big.Int, contract Address, jobNonce *big.Int) JobID {
	var c, nonce [32]byte
	chainID.FillBytes(c[:])
	jobNonce.FillBytes(nonce[:])
	return JobID(Keccak256(c[:], contract[:], nonce[:]))
}
