package logits

import (
	"encoding/binary"
	"encoding/hex"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/zeebo/blake3"
	lblake3 "lukechampine.com/blake3"
)

// BLAKE3 of the empty input, from the BLAKE3 specification's test vectors.
const blake3Empty = "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262"

// TestLeafHashAgreesWithSecondBLAKE3 assembles the spec's leaf preimage by
// hand and hashes it with another BLAKE3 implementation, at vocabulary
// sizes that cross the hash's 1 KiB chunks, its SIMD batches (16 chunks)
// and its subtree boundaries, up to Llama 3's 128,256.
func TestLeafHashAgreesWithSecondBLAKE3(t *testing.T) {
	if got := lblake3.Sum256(nil); hex.EncodeToString(got[:]) != blake3Empty {
		t.Fatalf("reference BLAKE3(\"\") = %x", got)
	}
	var lh leafHasher
	rng := rand.New(rand.NewPCG(3, 5))
	for _, v := range []int{1, 2, 242, 243, 256, 1000, 4083, 4096, 16384, 16385, 32000, 65536, 128256} {
		job := JobID{byte(v), 0x5a}
		l := make([]float32, v)
		for k := range l {
			l[k] = float32(rng.NormFloat64() * 8)
		}
		i, tok := uint32(rng.IntN(1<<20)), uint32(rng.IntN(v))
		msg := []byte{0x00}
		msg = append(msg, "pol/leaf/v3"...)
		msg = append(msg, job[:]...)
		msg = binary.BigEndian.AppendUint32(msg, i)
		msg = binary.BigEndian.AppendUint32(msg, tok)
		msg = binary.BigEndian.AppendUint32(msg, uint32(v))
		for _, x := range l {
			msg = binary.LittleEndian.AppendUint32(msg, math.Float32bits(x))
		}
		want := Hash(lblake3.Sum256(msg))
		if got := LeafHash(job, i, tok, l); got != want {
			t.Fatalf("V = %d: LeafHash %s, by hand %s", v, got, want)
		}
		// The reused hasher (the store's) gives the same leaf.
		if got := lh.sum(job, i, tok, l); got != want {
			t.Fatalf("V = %d: reused hasher %s, by hand %s", v, got, want)
		}
	}
}

// TestLeafHashBindsEveryField changes one field at a time.
func TestLeafHashBindsEveryField(t *testing.T) {
	job, l := JobID{1}, []float32{1, 2, 3, 4}
	base := LeafHash(job, 5, 2, l)
	neg0 := []float32{1, 2, 3, float32(math.Copysign(0, -1))}
	pos0 := []float32{1, 2, 3, 0}
	for name, h := range map[string]Hash{
		"job":    LeafHash(JobID{2}, 5, 2, l),
		"index":  LeafHash(job, 6, 2, l),
		"token":  LeafHash(job, 5, 3, l),
		"logit":  LeafHash(job, 5, 2, []float32{1, 2, 3, 4.0000005}),
		"length": LeafHash(job, 5, 2, l[:3]),
	} {
		if h == base {
			t.Errorf("changing the %s leaves the leaf unchanged", name)
		}
	}
	if LeafHash(job, 5, 2, neg0) == LeafHash(job, 5, 2, pos0) {
		t.Error("-0 and +0 hash the same")
	}
}

// TestVersion2LeafUnchanged pins version 2's leaf to the value of its test
// vectors (logits/testdata/vectors.json before version 3): jobs committed
// under version 2 are still opened and checked.
func TestVersion2LeafUnchanged(t *testing.T) {
	job := JobID{0x11, 0x22, 0x33}
	l := floatsOf([]uint32{0, 2147483648, 1056964608, 0, 3225419776})
	lh := leafHasher{version: 2}
	const want = "0xf3158750cdb8ffad6bc3f74537905ecbd4e134c68f9806b50e00dd035cd7f557"
	if got := lh.sum(job, 0, 0, l).String(); got != want {
		t.Fatalf("version 2 leaf %s, want %s", got, want)
	}
	if got := v2Leaf(job, 0, 0, l).String(); got != want {
		t.Fatalf("hand-assembled version 2 leaf %s, want %s", got, want)
	}
	if LeafHash(job, 0, 0, l).String() == want {
		t.Fatal("version 3's leaf equals version 2's")
	}
}

// TestLeafHasherReuseLeaksNothing: one hasher, reused from large vectors to
// small ones (a Reset that kept chaining values or buffered bytes of the
// previous leaf would show there, not in increasing order), and switched
// between versions, gives each leaf as a fresh hash would.
func TestLeafHasherReuseLeaksNothing(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	var lh leafHasher
	for _, v := range []int{128256, 65537, 16385, 4096, 1025, 1024, 257, 16, 1} {
		l := make([]float32, v)
		for k := range l {
			l[k] = float32(rng.NormFloat64())
		}
		job := JobID{byte(v)}
		for _, ver := range []byte{Version, MinVersion, 0} {
			lh.version = ver
			got := lh.sum(job, 1, 0, l)
			want := LeafHash(job, 1, 0, l)
			if ver == MinVersion {
				want = v2Leaf(job, 1, 0, l)
			}
			if got != want {
				t.Fatalf("V = %d, version %d after larger leaves: %s, want %s", v, ver, got, want)
			}
		}
	}
	l := make([]float32, 32000)
	for _, ver := range []byte{Version, MinVersion} {
		lh := leafHasher{version: ver}
		if got := testing.AllocsPerRun(10, func() { lh.sum(JobID{}, 0, 0, l) }); got > 0 {
			t.Errorf("a reused version %d hasher allocates %.0f times a leaf", ver, got)
		}
	}
	if got := testing.AllocsPerRun(10, func() { lh.sum(JobID{}, 0, 0, l[:0]) }); got > 0 {
		t.Errorf("a reused hasher allocates %.0f times a leaf", got)
	}
}

// TestBLAKE3KnownAnswers pins both BLAKE3 implementations (the leaf's and
// the test's second one) to the BLAKE3 specification's published vectors
// (input byte k is k mod 251), across one chunk, two chunks and a 100 KiB
// tree: agreement between the two is then agreement with the spec, not
// between two copies of one mistake.
func TestBLAKE3KnownAnswers(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{
		{0, blake3Empty},
		{1, "2d3adedff11b61f14c886e35afa036736dcd87a74d27b5c1510225d0f592e213"},
		{1024, "42214739f095a406f3fc83deb889744ac00df831c10daa55189b5d121c855af7"},
		{1025, "d00278ae47eb27b34faecf67b4fe263f82d5412916c1ffd97c8cb7fb814b8444"},
		{2048, "e776b6028c7cd22a4d0ba182a8bf62205d2ef576467e838ed6f2529b85fba24a"},
		{102400, "bc3e3d41a1146b069abffad3c0d44860cf664390afce4d9661f7902e7943e085"},
	} {
		in := make([]byte, c.n)
		for k := range in {
			in[k] = byte(k % 251)
		}
		ref := lblake3.Sum256(in)
		h := blake3.New()
		h.Write(in)
		if got := hex.EncodeToString(ref[:]); got != c.want {
			t.Errorf("lukechampine.com/blake3, %d bytes: %s, want %s", c.n, got, c.want)
		}
		if got := hex.EncodeToString(h.Sum(nil)); got != c.want {
			t.Errorf("github.com/zeebo/blake3, %d bytes: %s, want %s", c.n, got, c.want)
		}
	}
}

// TestLeafHashConvertingPath runs the leaf through appendFloatsLE's
// converting path (the one a big-endian machine takes, which the build
// machine never does) across its 4,096-float chunks, for both versions:
// the same leaf as the native path, and the converted bytes reused.
func TestLeafHashConvertingPath(t *testing.T) {
	native := nativeLittleEndian
	t.Cleanup(func() { nativeLittleEndian = native })
	rng := rand.New(rand.NewPCG(11, 13))
	for _, v := range []int{1, 4095, 4096, 4097, 12289} {
		l := make([]float32, v)
		for k := range l {
			l[k] = float32(rng.NormFloat64())
		}
		l[0] = float32(math.Copysign(0, -1))
		job := JobID{byte(v >> 8), byte(v)}
		var want [2]Hash
		for k, ver := range []byte{Version, MinVersion} {
			want[k] = (&leafHasher{version: ver}).sum(job, 3, 0, l)
		}
		nativeLittleEndian = false
		for k, ver := range []byte{Version, MinVersion} {
			lh := leafHasher{version: ver}
			for range 2 { // the second leaf reuses the grown buffer
				if got := lh.sum(job, 3, 0, l); got != want[k] {
					t.Fatalf("V = %d, version %d: converting path %s, native %s", v, ver, got, want[k])
				}
			}
		}
		nativeLittleEndian = native
	}
}
