package logits

import (
	"crypto/sha256"
	"encoding/hex"
	"math/big"
	"slices"
	"testing"
)

func TestKeccakKnownAnswer(t *testing.T) {
	got := Keccak256()
	if hex.EncodeToString(got[:]) != "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470" {
		t.Fatalf("keccak256(\"\") = %x", got)
	}
}

func TestChallengeSet(t *testing.T) {
	seed, job := Hash{1}, JobID{2}
	p := ChallengeSet(seed, job, 1000, 64)
	if len(p) != 64 || p[0] != 999 {
		t.Fatalf("%d positions, first %d: want 64, the last position first", len(p), p[0])
	}
	seen := map[uint32]bool{}
	for _, x := range p {
		if x >= 1000 || seen[x] {
			t.Fatalf("position %d out of range or repeated in %v", x, p)
		}
		seen[x] = true
	}
	// each input changes the positions (after the fixed first one); the
	// set is a prefix of a larger one (draw order)
	for _, q := range [][]uint32{ChallengeSet(Hash{9}, job, 1000, 64), ChallengeSet(seed, JobID{9}, 1000, 64)} {
		same := 0
		for k := 1; k < len(p); k++ {
			if p[k] == q[k] {
				same++
			}
		}
		if same > 5 {
			t.Fatalf("positions barely depend on the inputs: %d of 63 equal", same)
		}
	}
	short := ChallengeSet(seed, job, 1000, 3)
	if len(short) != 3 || short[1] != p[1] || short[2] != p[2] {
		t.Fatalf("k = 3 gives %v, not a prefix of %v", short, p[:3])
	}
	if ChallengeSet(seed, job, 0, 3) != nil || ChallengeSet(seed, job, 10, 0) != nil || ChallengeSet(seed, job, 10, -1) != nil {
		t.Fatal("degenerate n or k")
	}
	// k >= n: every position exactly once
	for _, n := range []uint32{1, 2, 7, 16} {
		for _, k := range []int{int(n), int(n) + 5} {
			all := ChallengeSet(seed, job, n, k)
			sorted := append([]uint32(nil), all...)
			slices.Sort(sorted)
			if len(all) != int(n) || all[0] != n-1 || sorted[0] != 0 || sorted[n-1] != n-1 || len(slices.Compact(sorted)) != int(n) {
				t.Fatalf("n = %d, k = %d: %v", n, k, all)
			}
		}
	}
}

// The positions after the first are keccak digests mod n, in draw order
// without repetition, written out by hand: the 77-byte preimage
// seed || jobId || "challenge" || u32be(r).
func TestChallengeSetByHand(t *testing.T) {
	seed, job := Hash{0xaa}, JobID{0xbb}
	const n = 5
	want := []uint32{n - 1}
	for r := uint32(0); len(want) < 4; r++ {
		var msg []byte
		msg = append(msg, seed[:]...)
		msg = append(msg, job[:]...)
		msg = append(msg, "challenge"...)
		msg = append(msg, byte(r>>24), byte(r>>16), byte(r>>8), byte(r))
		if len(msg) != 77 {
			t.Fatalf("preimage of %d bytes", len(msg))
		}
		d := Keccak256(msg)
		x := uint32(new(big.Int).Mod(new(big.Int).SetBytes(d[:]), big.NewInt(n)).Uint64())
		if !slices.Contains(want, x) {
			want = append(want, x)
		}
	}
	if got := ChallengeSet(seed, job, n, 4); !slices.Equal(got, want) {
		t.Fatalf("ChallengeSet %v, by hand %v", got, want)
	}
}

func sha256Hex(b []byte) string {
	h := sha256.Sum256(b)
	return "0x" + hex.EncodeToString(h[:])
}
