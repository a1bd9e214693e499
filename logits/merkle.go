package logits

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
)

// nodeHash returns SHA256(0x01 || left || right).
func nodeHash(left, right Hash) Hash {
	var b [1 + 64]byte
	b[0] = prefixNode
	copy(b[1:], left[:])
	copy(b[33:], right[:])
	return sha256.Sum256(b[:])
}

// rootHash binds the leaf count into the root: SHA256(0x02 || u32be(n) || top).
func rootHash(n uint32, top Hash) Hash {
	var b [1 + 4 + 32]byte
	b[0] = prefixRoot
	binary.BigEndian.PutUint32(b[1:], n)
	copy(b[5:], top[:])
	return sha256.Sum256(b[:])
}

// checkTreeSize validates a leaf count n and an index i < n.
func checkTreeSize(n, i uint32) error {
	if n == 0 || n > MaxPositions {
		return fmt.Errorf("%w: n = %d, want 1..%d", ErrOutOfRange, n, MaxPositions)
	}
	if i >= n {
		return fmt.Errorf("%w: position %d, job has %d positions", ErrOutOfRange, i, n)
	}
	return nil
}

// ProofLen is the exact number of sibling hashes in the proof of leaf i in a
// tree of n leaves: one per level where i is not the promoted odd last node.
func ProofLen(n, i uint32) int {
	p := 0
	for w, idx := n, i; w > 1; w, idx = (w+1)/2, idx/2 {
		if idx%2 == 1 || idx+1 < w {
			p++
		}
	}
	return p
}

// Root computes the commitment root over leaves (spec §3.2). It returns an
// error for an empty or oversized leaf list.
func Root(leaves []Hash) (Hash, error) {
	if len(leaves) == 0 || len(leaves) > MaxPositions {
		return Hash{}, fmt.Errorf("%w: %d leaves, want 1..%d", ErrOutOfRange, len(leaves), MaxPositions)
	}
	level := append([]Hash(nil), leaves...)
	for len(level) > 1 {
		level = nextLevel(level)
	}
	return rootHash(uint32(len(leaves)), level[0]), nil
}

// nextLevel pairs (2j, 2j+1) and promotes an odd last node unchanged. It
// writes into the front of level and returns the shortened slice.
func nextLevel(level []Hash) []Hash {
	w := len(level)
	for j := 0; j < w/2; j++ {
		level[j] = nodeHash(level[2*j], level[2*j+1])
	}
	if w%2 == 1 {
		level[w/2] = level[w-1]
	}
	return level[:(w+1)/2]
}

// Proof returns the Merkle proof of leaf i: sibling hashes bottom-up,
// skipping levels where the node is promoted.
func Proof(leaves []Hash, i uint32) ([]Hash, error) {
	n := uint32(len(leaves))
	if len(leaves) > MaxPositions {
		n = 0 // reported as out of range below
	}
	if err := checkTreeSize(n, i); err != nil {
		return nil, err
	}
	level := append([]Hash(nil), leaves...)
	proof := make([]Hash, 0, ProofLen(n, i))
	for idx := i; len(level) > 1; idx /= 2 {
		w := uint32(len(level))
		switch {
		case idx%2 == 1:
			proof = append(proof, level[idx-1])
		case idx+1 < w:
			proof = append(proof, level[idx+1])
		}
		level = nextLevel(level)
	}
	return proof, nil
}

// VerifyProof checks that leaf is position i of the tree of n leaves whose
// root is root. The proof must have exactly ProofLen(n, i) hashes.
func VerifyProof(root Hash, n, i uint32, leaf Hash, proof []Hash) error {
	if err := checkTreeSize(n, i); err != nil {
		return err
	}
	if want := ProofLen(n, i); len(proof) != want {
		return fmt.Errorf("%w: position %d of %d needs %d hashes, got %d", ErrProofLength, i, n, want, len(proof))
	}
	h, p := leaf, 0
	for w, idx := n, i; w > 1; w, idx = (w+1)/2, idx/2 {
		switch {
		case idx%2 == 1:
			h = nodeHash(proof[p], h)
			p++
		case idx+1 < w:
			h = nodeHash(h, proof[p])
			p++
		}
	}
	if rootHash(n, h) != root {
		return fmt.Errorf("%w: position %d of %d does not lead to root %s", ErrBadProof, i, n, root)
	}
	return nil
}
