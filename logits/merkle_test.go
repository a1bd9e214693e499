package logits

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"
	"testing"
)

func testLeaves(n int) []Hash {
	out := make([]Hash, n)
	for i := range out {
		out[i] = sha256.Sum256([]byte(fmt.Sprintf("leaf %d", i)))
	}
	return out
}

// refTop is an independent, recursive statement of the tree shape: the top of
// a level list is computed by pairing and promoting until one node is left.
func refTop(level []Hash) Hash {
	if len(level) == 1 {
		return level[0]
	}
	var next []Hash
	for j := 0; j+1 < len(level); j += 2 {
		next = append(next, nodeHash(level[j], level[j+1]))
	}
	if len(level)%2 == 1 {
		next = append(next, level[len(level)-1])
	}
	return refTop(next)
}

func TestRootMatchesReferenceAndBindsN(t *testing.T) {
	for n := 1; n <= 70; n++ {
		leaves := testLeaves(n)
		got, err := Root(leaves)
		if err != nil {
			t.Fatal(err)
		}
		if want := rootHash(uint32(n), refTop(leaves)); got != want {
			t.Fatalf("n=%d: root %s, reference %s", n, got, want)
		}
	}
	// A tree of 2 leaves and a tree of 1 leaf equal to their parent node must
	// not share a root: n is bound.
	two := testLeaves(2)
	r2, _ := Root(two)
	r1, _ := Root([]Hash{nodeHash(two[0], two[1])})
	if r1 == r2 {
		t.Fatal("root does not bind the number of leaves")
	}
}

func TestProofsVerifyForEveryPosition(t *testing.T) {
	for n := 1; n <= 70; n++ {
		leaves := testLeaves(n)
		root, _ := Root(leaves)
		for i := range leaves {
			proof, err := Proof(leaves, uint32(i))
			if err != nil {
				t.Fatal(err)
			}
			if len(proof) != ProofLen(uint32(n), uint32(i)) {
				t.Fatalf("n=%d i=%d: proof len %d, ProofLen says %d", n, i, len(proof), ProofLen(uint32(n), uint32(i)))
			}
			if err := VerifyProof(root, uint32(n), uint32(i), leaves[i], proof); err != nil {
				t.Fatalf("n=%d i=%d: %v", n, i, err)
			}
		}
	}
}

func TestProofRejectsTampering(t *testing.T) {
	const n = 13
	leaves := testLeaves(n)
	root, _ := Root(leaves)
	for i := uint32(0); i < n; i++ {
		proof, _ := Proof(leaves, i)
		// every single-bit flip of every proof hash is caught
		for k := range proof {
			for bit := 0; bit < 256; bit += 37 {
				bad := append([]Hash(nil), proof...)
				bad[k][bit/8] ^= 1 << (bit % 8)
				if err := VerifyProof(root, n, i, leaves[i], bad); !errors.Is(err, ErrBadProof) {
					t.Fatalf("i=%d flipped proof[%d] bit %d: got %v", i, k, bit, err)
				}
			}
		}
		// wrong leaf, wrong index, wrong n
		if err := VerifyProof(root, n, i, leaves[(i+1)%n], proof); !errors.Is(err, ErrBadProof) {
			t.Fatalf("i=%d wrong leaf accepted: %v", i, err)
		}
		if err := VerifyProof(root, n, (i+1)%n, leaves[i], proof); err == nil {
			t.Fatalf("i=%d proof accepted at index %d", i, (i+1)%n)
		}
		if err := VerifyProof(root, n+1, i, leaves[i], proof); err == nil {
			t.Fatalf("i=%d proof accepted with n=%d", i, n+1)
		}
		// short and long proofs say so
		if len(proof) > 0 {
			if err := VerifyProof(root, n, i, leaves[i], proof[:len(proof)-1]); !errors.Is(err, ErrProofLength) {
				t.Fatalf("short proof: %v", err)
			}
		}
		if err := VerifyProof(root, n, i, leaves[i], append(proof, Hash{})); !errors.Is(err, ErrProofLength) {
			t.Fatalf("long proof: %v", err)
		}
	}
}

func TestTreeSizeLimits(t *testing.T) {
	if _, err := Root(nil); !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("empty root: %v", err)
	}
	if err := VerifyProof(Hash{}, 0, 0, Hash{}, nil); !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("n=0: %v", err)
	}
	if err := VerifyProof(Hash{}, 4, 4, Hash{}, nil); !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("i=n: %v", err)
	}
	if _, err := Proof(testLeaves(3), 3); !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("proof i=n: %v", err)
	}
	if got := ProofLen(MaxPositions, MaxPositions-1); got != MaxProofLen {
		t.Fatalf("ProofLen(max) = %d, want %d", got, MaxProofLen)
	}
}

func FuzzVerifyProof(f *testing.F) {
	leaves := testLeaves(9)
	root, _ := Root(leaves)
	proof, _ := Proof(leaves, 4)
	var flat []byte
	for _, h := range proof {
		flat = append(flat, h[:]...)
	}
	f.Add(uint32(9), uint32(4), leaves[4][:], flat)
	f.Add(uint32(0), uint32(0), []byte{}, []byte{})
	f.Fuzz(func(t *testing.T, n, i uint32, leaf, proofBytes []byte) {
		var lf Hash
		copy(lf[:], leaf)
		var p []Hash
		for len(proofBytes) >= 32 {
			p = append(p, Hash(proofBytes[:32]))
			proofBytes = proofBytes[32:]
		}
		err := VerifyProof(root, n, i, lf, p)
		if err == nil && (n != 9 || lf != leaves[i]) {
			t.Fatalf("accepted a forged proof: n=%d i=%d", n, i)
		}
	})
}

// Proofs read off precomputed layers equal Proof's for every tree size up to 33 and every position.
func TestProofFromLayersMatchesProof(t *testing.T) {
	for n := 1; n <= 33; n++ {
		leaves := make([]Hash, n)
		for i := range leaves {
			leaves[i] = Hash{byte(i), byte(n)}
		}
		layers := Layers(leaves)
		for i := uint32(0); i < uint32(n); i++ {
			want, err := Proof(leaves, i)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ProofFromLayers(layers, i)
			if err != nil || !slices.Equal(got, want) {
				t.Fatalf("n %d position %d: %v %v, want %v", n, i, got, err, want)
			}
		}
		if _, err := ProofFromLayers(layers, uint32(n)); err == nil {
			t.Fatalf("n %d: a position beyond the tree was proven", n)
		}
	}
}
