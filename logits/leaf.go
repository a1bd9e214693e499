package logits

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"math"
	"unsafe"

	"github.com/zeebo/blake3"
)

// LeafHash returns the Merkle leaf for position i of a job whose sampled token
// was token and whose full logit vector was l (spec §3.1):
//
//	BLAKE3(0x00 || "pol/leaf/v3" || jobId || u32be(i) || u32be(token) || u32be(V) || f32le(l[0]) ... f32le(l[V-1]))
//
// BLAKE3 (256-bit output) because a miner hashes every position's whole
// vector while it generates: it hashes 128 KB in under half of SHA-256's
// time on x86-64 with SIMD (docs/protocol.md §3.1 has the measurements).
// The raw IEEE-754 bits are hashed, so -0 and +0 differ; callers reject
// non-finite vectors before committing (see CheckFinite).
func LeafHash(job JobID, i, token uint32, l []float32) Hash {
	var lh leafHasher
	return lh.sum(job, i, token, l)
}

// leafHasher hashes leaves of one leaf version (0 means Version; see
// LeafSHA256 and LeafBLAKE3), reusing one hash state and one scratch
// buffer across leaves, so a miner hashing thousands of 512 KB vectors
// allocates nothing per leaf. Version 2's leaf is the same preimage under
// SHA-256 and the tag "pol/leaf/v1". Callers check the version
// (knownVersion) before hashing: sum panics on any other.
type leafHasher struct {
	version byte
	h       hash.Hash
	hv      byte   // the version h and tag are for
	tag     string // hv's domain tag
	buf     []byte
	// head and out live here, not on sum's stack, because the hash
	// interface's Write and Sum would move them to the heap on every leaf.
	head [1 + max(len(tagLeaf), len(tagLeafV2)) + 32 + 12]byte
	out  Hash
}

func (lh *leafHasher) sum(job JobID, i, token uint32, l []float32) Hash {
	v := lh.version
	if v == 0 {
		v = Version
	}
	if lh.h == nil || lh.hv != v {
		switch v {
		case LeafSHA256:
			lh.h, lh.tag = sha256.New(), tagLeafV2
		case LeafBLAKE3:
			lh.h, lh.tag = blake3.New(), tagLeaf
		default:
			panic(fmt.Sprintf("logits: leaf of protocol version %d, which this release does not compute", v))
		}
		lh.hv = v
	}
	lh.h.Reset()
	head := &lh.head
	head[0] = prefixLeaf
	n := 1 + copy(head[1:], lh.tag)
	n += copy(head[n:], job[:])
	binary.BigEndian.PutUint32(head[n:], i)
	binary.BigEndian.PutUint32(head[n+4:], token)
	binary.BigEndian.PutUint32(head[n+8:], uint32(len(l)))
	lh.h.Write(head[:n+12])
	lh.buf = appendFloatsLE(lh.h, lh.buf, l)
	lh.h.Sum(lh.out[:0])
	return lh.out
}

// knownVersion reports whether this release computes version v's leaves.
func knownVersion(v byte) bool { return v >= MinVersion && v <= Version }

// nativeLittleEndian reports whether float32 slices are already laid out as
// the spec's f32le bytes in memory.
var nativeLittleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// appendFloatsLE writes the little-endian bytes of l to w. On little-endian
// machines it hands w the slice's own memory; elsewhere it converts through
// buf in chunks and returns the (possibly grown) buffer for reuse.
func appendFloatsLE(w interface{ Write([]byte) (int, error) }, buf []byte, l []float32) []byte {
	if len(l) == 0 {
		return buf
	}
	if nativeLittleEndian {
		w.Write(unsafe.Slice((*byte)(unsafe.Pointer(&l[0])), 4*len(l)))
		return buf
	}
	const chunk = 4096
	if cap(buf) < 4*chunk {
		buf = make([]byte, 4*chunk)
	}
	for len(l) > 0 {
		m := min(len(l), chunk)
		b := buf[:4*m]
		for k, f := range l[:m] {
			binary.LittleEndian.PutUint32(b[4*k:], math.Float32bits(f))
		}
		w.Write(b)
		l = l[m:]
	}
	return buf
}

// CheckFinite returns an error naming the first NaN or ±Inf entry of l.
func CheckFinite(l []float32) error {
	if !anyNonFinite(l) {
		return nil
	}
	const expMask = 0x7f800000 // all exponent bits set: ±Inf or NaN
	for k, f := range l {
		if math.Float32bits(f)&expMask == expMask {
			return fmt.Errorf("%w: logit[%d] = %v", ErrNonFinite, k, f)
		}
	}
	return nil
}

// anyNonFinite reports whether some entry of l has all exponent bits set,
// two entries per 64-bit word (a miner checks every position's whole
// vector): v = (x & mask) ^ mask has a zero 32-bit lane exactly where an
// entry is ±Inf or NaN, and (v - 1s) & ^v & top bits finds a zero lane
// (each lane of v is below 2^31, so no borrow crosses lanes otherwise).
func anyNonFinite(l []float32) bool {
	const (
		mask = 0x7f800000_7f800000
		ones = 0x00000001_00000001
		tops = 0x80000000_80000000
	)
	const expMask = 0x7f800000
	for len(l) > 0 && uintptr(unsafe.Pointer(&l[0]))%8 != 0 {
		if math.Float32bits(l[0])&expMask == expMask {
			return true
		}
		l = l[1:]
	}
	if len(l)%2 == 1 {
		if math.Float32bits(l[len(l)-1])&expMask == expMask {
			return true
		}
		l = l[:len(l)-1]
	}
	if len(l) == 0 {
		return false
	}
	w := unsafe.Slice((*uint64)(unsafe.Pointer(&l[0])), len(l)/2)
	for len(w) >= 4 {
		a, b, c, d := (w[0]&mask)^mask, (w[1]&mask)^mask, (w[2]&mask)^mask, (w[3]&mask)^mask
		if ((a-ones)&^a|(b-ones)&^b|(c-ones)&^c|(d-ones)&^d)&tops != 0 {
			return true
		}
		w = w[4:]
	}
	for _, x := range w {
		v := (x & mask) ^ mask
		if (v-ones)&^v&tops != 0 {
			return true
		}
	}
	return false
}
