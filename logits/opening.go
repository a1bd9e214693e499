package logits

import (
	"encoding/binary"
	"fmt"
	"math"
)

// Opening reveals one committed position: its token, its full logit vector
// and the Merkle proof that ties them to the job's root (spec §3.4).
type Opening struct {
	Job    JobID
	N      uint32 // positions in the job
	Index  uint32 // the opened position, 0-based
	Token  uint32 // token sampled at Index
	Logits []float32
	Proof  []Hash
	// Version is the protocol version of the job's leaves: 0 (or Version)
	// for this release's, MinVersion for a job committed under version 2
	// (a SHA-256 leaf), which a store still opens and a validator still
	// checks.
	Version byte
}

func (o *Opening) version() byte {
	if o.Version == 0 {
		return Version
	}
	return o.Version
}

// Leaf returns the opening's leaf hash, under its version's leaf function,
// or the zero hash (no tree's leaf) for a version this release does not read.
func (o *Opening) Leaf() Hash {
	if !knownVersion(o.version()) {
		return Hash{}
	}
	lh := leafHasher{version: o.version()}
	return lh.sum(o.Job, o.Index, o.Token, o.Logits)
}

// Verify checks the opening against a committed root: the fields are in
// range, the logits are finite, and leaf plus proof lead to root.
func (o *Opening) Verify(root Hash) error {
	if err := o.check(); err != nil {
		return err
	}
	return VerifyProof(root, o.N, o.Index, o.Leaf(), o.Proof)
}

func (o *Opening) check() error {
	if v := o.version(); !knownVersion(v) {
		return fmt.Errorf("%w: %w: version %d, this release reads %d to %d", ErrBadOpening, ErrOpeningVersion, v, MinVersion, Version)
	}
	if err := checkTreeSize(o.N, o.Index); err != nil {
		return err
	}
	v := len(o.Logits)
	if v == 0 || v > MaxVocab {
		return fmt.Errorf("%w: vocabulary of %d logits, want 1..%d", ErrOutOfRange, v, MaxVocab)
	}
	if o.Token >= uint32(v) {
		return fmt.Errorf("%w: token %d outside vocabulary of %d", ErrOutOfRange, o.Token, v)
	}
	return CheckFinite(o.Logits)
}

// Canonical opening encoding (spec §6.1).
const (
	openingMagic   = "POLO"
	openingHeader  = 4 + 1 + 32 + 4*4 // magic, version, job, n, index, token, V
	openingMinSize = openingHeader + 4 + 1
)

// EncodedSize is the length of an opening's canonical encoding:
// 53 + 4V + 1 + 32 x proof length bytes.
func EncodedSize(vocab, proofLen int) int { return openingHeader + 4*vocab + 1 + 32*proofLen }

// MarshalBinary returns the canonical encoding:
//
//	"POLO" || u8(version) || jobId || u32be(n) || u32be(i) || u32be(token) || u32be(V) ||
//	V x f32le || u8(proofLen) || proofLen x 32 bytes
func (o *Opening) MarshalBinary() ([]byte, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	if len(o.Proof) > MaxProofLen {
		return nil, fmt.Errorf("%w: %d hashes, at most %d", ErrProofLength, len(o.Proof), MaxProofLen)
	}
	b := make([]byte, 0, EncodedSize(len(o.Logits), len(o.Proof)))
	b = append(b, openingMagic...)
	b = append(b, o.version())
	b = append(b, o.Job[:]...)
	b = binary.BigEndian.AppendUint32(b, o.N)
	b = binary.BigEndian.AppendUint32(b, o.Index)
	b = binary.BigEndian.AppendUint32(b, o.Token)
	b = binary.BigEndian.AppendUint32(b, uint32(len(o.Logits)))
	for _, f := range o.Logits {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(f))
	}
	b = append(b, byte(len(o.Proof)))
	for _, h := range o.Proof {
		b = append(b, h[:]...)
	}
	return b, nil
}

// UnmarshalBinary decodes a canonical opening. It is strict: wrong magic, a
// version this release does not read (it reads MinVersion to Version), a length that does not match V and the proof length, a proof of
// the wrong length for (n, i), out-of-range fields and non-finite logits are
// all errors wrapping ErrBadOpening (or a more specific error) that say
// which field is wrong. It never panics on any input.
func (o *Opening) UnmarshalBinary(b []byte) error {
	if len(b) < openingMinSize {
		return fmt.Errorf("%w: %d bytes, shorter than the %d-byte minimum", ErrBadOpening, len(b), openingMinSize)
	}
	if string(b[:4]) != openingMagic {
		return fmt.Errorf("%w: magic %q, want %q", ErrBadOpening, b[:4], openingMagic)
	}
	if !knownVersion(b[4]) {
		return fmt.Errorf("%w: %w: version %d, this release reads %d to %d", ErrBadOpening, ErrOpeningVersion, b[4], MinVersion, Version)
	}
	var d Opening
	if b[4] != Version {
		d.Version = b[4] // an older version's opening; 0 stands for this one
	}
	copy(d.Job[:], b[5:37])
	d.N = binary.BigEndian.Uint32(b[37:])
	d.Index = binary.BigEndian.Uint32(b[41:])
	d.Token = binary.BigEndian.Uint32(b[45:])
	v := binary.BigEndian.Uint32(b[49:])
	if v == 0 || v > MaxVocab {
		return fmt.Errorf("%w: vocabulary size %d, want 1..%d", ErrBadOpening, v, MaxVocab)
	}
	if err := checkTreeSize(d.N, d.Index); err != nil {
		return fmt.Errorf("%w: %w", ErrBadOpening, err)
	}
	proofAt := openingHeader + 4*int(v)
	if len(b) < proofAt+1 {
		return fmt.Errorf("%w: %d bytes cannot hold %d logits (need %d + proof)", ErrBadOpening, len(b), v, proofAt+1)
	}
	p := int(b[proofAt])
	if want := ProofLen(d.N, d.Index); p != want {
		return fmt.Errorf("%w: proof of %d hashes for position %d of %d, want %d", ErrProofLength, p, d.Index, d.N, want)
	}
	if want := proofAt + 1 + 32*p; len(b) != want {
		return fmt.Errorf("%w: %d bytes, want %d for V=%d and %d proof hashes", ErrBadOpening, len(b), want, v, p)
	}
	d.Logits = make([]float32, v)
	for k := range d.Logits {
		d.Logits[k] = math.Float32frombits(binary.LittleEndian.Uint32(b[openingHeader+4*k:]))
	}
	d.Proof = make([]Hash, p)
	for k := range d.Proof {
		copy(d.Proof[k][:], b[proofAt+1+32*k:])
	}
	if err := d.check(); err != nil {
		return fmt.Errorf("%w: %w", ErrBadOpening, err)
	}
	*o = d
	return nil
}
