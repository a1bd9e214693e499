package logits

import (
	"crypto/sha256"
	"encoding/hex"
	"math/big"
	"testing"
)

func TestKeccakKnownAnswer(t *testing.T) {
	got := Keccak256()
	if hex.EncodeToString(got[:]) != "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470" {
		t.Fatalf("keccak256(\"\") = %x", got)
	}
}

func TestChallengePositions(t *testing.T) {
	seed, job, val := Hash{1}, JobID{2}, Address{3}
	p := ChallengePositions(seed, job, val, 1000, 64)
	if len(p) != 64 {
		t.Fatalf("%d positions", len(p))
	}
	seen := map[uint32]bool{}
	for _, x := range p {
		if x >= 1000 {
			t.Fatalf("position %d out of range", x)
		}
		seen[x] = true
	}
	if len(seen) < 55 { // 64 draws from 1000 repeat rarely
		t.Fatalf("only %d distinct positions in 64 draws: not uniform", len(seen))
	}
	// each input changes the positions; the prefix is stable in k
	for _, q := range [][]uint32{
		ChallengePositions(Hash{9}, job, val, 1000, 64),
		ChallengePositions(seed, JobID{9}, val, 1000, 64),
		ChallengePositions(seed, job, Address{9}, 1000, 64),
	} {
		same := 0
		for k := range p {
			if p[k] == q[k] {
				same++
			}
		}
		if same > 5 {
			t.Fatalf("positions barely depend on the inputs: %d of 64 equal", same)
		}
	}
	short := ChallengePositions(seed, job, val, 1000, 3)
	for k := range short {
		if short[k] != p[k] {
			t.Fatal("positions depend on k")
		}
	}
	if ChallengePositions(seed, job, val, 0, 3) != nil || ChallengePositions(seed, job, val, 10, 0) != nil {
		t.Fatal("degenerate n or k")
	}
}

// The position is the uint256 keccak digest mod n, written out by hand.
func TestChallengePositionByHand(t *testing.T) {
	seed, job, val := Hash{0xaa}, JobID{0xbb}, Address{0xcc}
	var msg []byte
	msg = append(msg, seed[:]...)
	msg = append(msg, job[:]...)
	msg = append(msg, val[:]...)
	msg = append(msg, 0, 0, 0, 1) // j = 1
	d := Keccak256(msg)
	want := new(big.Int).Mod(new(big.Int).SetBytes(d[:]), big.NewInt(777)).Uint64()
	if got := ChallengePositions(seed, job, val, 777, 2)[1]; uint64(got) != want {
		t.Fatalf("position %d, by hand %d", got, want)
	}
}

func sha256Hex(b []byte) string {
	h := sha256.Sum256(b)
	return "0x" + hex.EncodeToString(h[:])
}
