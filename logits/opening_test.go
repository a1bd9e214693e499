package logits

import (
	"bytes"
	"errors"
	"math"
	"testing"
)

func testOpening(t testing.TB, n int, i uint32, vocab int) (*Opening, Hash) {
	t.Helper()
	s, _ := OpenStore(t.TempDir())
	job := JobID{0xab}
	b, _ := s.Create(job, vocab)
	genJob(t, b, n, 11)
	root, _, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	o, err := s.Open(job, i)
	if err != nil {
		t.Fatal(err)
	}
	return o, root
}

func TestOpeningRoundTrip(t *testing.T) {
	o, root := testOpening(t, 7, 6, 50)
	enc, err := o.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if len(enc) != EncodedSize(50, len(o.Proof)) {
		t.Fatalf("encoded %d bytes, EncodedSize says %d", len(enc), EncodedSize(50, len(o.Proof)))
	}
	var d Opening
	if err := d.UnmarshalBinary(enc); err != nil {
		t.Fatal(err)
	}
	if err := d.Verify(root); err != nil {
		t.Fatal(err)
	}
	again, _ := d.MarshalBinary()
	if !bytes.Equal(enc, again) {
		t.Fatal("re-encoding differs")
	}
}

func TestOpeningDecodeErrors(t *testing.T) {
	o, root := testOpening(t, 5, 2, 10)
	enc, _ := o.MarshalBinary()
	mutate := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), enc...)) }
	cases := map[string]struct {
		in   []byte
		want error
	}{
		"empty":         {nil, ErrBadOpening},
		"bad magic":     {mutate(func(b []byte) []byte { b[0] = 'X'; return b }), ErrBadOpening},
		"bad version":   {mutate(func(b []byte) []byte { b[4] = 1; return b }), ErrBadOpening},
		"later version": {mutate(func(b []byte) []byte { b[4] = Version + 1; return b }), ErrBadOpening},
		"truncated":     {enc[:len(enc)-1], ErrBadOpening},
		"trailing byte": {append(append([]byte(nil), enc...), 0), ErrBadOpening},
		"short proof": {mutate(func(b []byte) []byte {
			b[EncodedSize(10, 0)-1]--
			return b[:len(b)-32]
		}), ErrProofLength},
		"index >= n": {mutate(func(b []byte) []byte { b[44] = 9; return b }), ErrBadOpening},
		"n = 0":      {mutate(func(b []byte) []byte { b[40] = 0; return b }), ErrBadOpening},
		"V = 0":      {mutate(func(b []byte) []byte { b[52] = 0; return b }), ErrBadOpening},
		"token >= V": {mutate(func(b []byte) []byte { b[48] = 10; return b }), ErrBadOpening},
		"NaN logit": {mutate(func(b []byte) []byte {
			copy(b[openingHeader+8:], []byte{0, 0, 0xc0, 0x7f})
			return b
		}), ErrNonFinite},
	}
	for name, c := range cases {
		var d Opening
		err := d.UnmarshalBinary(c.in)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", name, err, c.want)
		}
	}
	// a well-formed opening with a changed logit decodes but fails verification
	bad := mutate(func(b []byte) []byte { b[openingHeader+5] ^= 1; return b })
	var d Opening
	if err := d.UnmarshalBinary(bad); err != nil {
		t.Fatal(err)
	}
	if err := d.Verify(root); !errors.Is(err, ErrBadProof) {
		t.Fatalf("tampered logit: %v", err)
	}
	// Marshal refuses what Unmarshal would refuse
	d.Logits[0] = float32(math.Inf(1))
	if _, err := d.MarshalBinary(); !errors.Is(err, ErrNonFinite) {
		t.Fatalf("marshal Inf: %v", err)
	}
}

func FuzzOpeningUnmarshal(f *testing.F) {
	o, root := testOpening(f, 6, 3, 12)
	enc, _ := o.MarshalBinary()
	f.Add(enc)
	f.Add(enc[:60])
	f.Add([]byte("POLO\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		var d Opening
		if err := d.UnmarshalBinary(b); err != nil {
			return
		}
		again, err := d.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded opening does not re-encode: %v", err)
		}
		if !bytes.Equal(again, b) {
			t.Fatal("decoding is not canonical: re-encoding differs")
		}
		if d.Verify(root) == nil && !bytes.Equal(b, enc) {
			t.Fatal("a different encoding verified against the root")
		}
	})
}

// TestOpeningLeafUnderEachVersion: an opening's leaf is its version's leaf,
// so relabelling a committed position under the other version this release
// reads gives another leaf (Verify fails), and an opening of a version it
// does not read has no leaf at all (the zero hash, which no tree holds): a
// caller that takes Leaf() without Verify (evidence, caches) never gets a
// committed leaf back from a relabelled opening.
func TestOpeningLeafUnderEachVersion(t *testing.T) {
	o, root := testOpening(t, 5, 3, 40)
	committed := o.Leaf()
	for _, v := range []byte{0, Version} {
		r := *o
		r.Version = v
		if r.Leaf() != committed {
			t.Errorf("version %d: leaf %s, want the committed %s", v, r.Leaf(), committed)
		}
		if err := r.Verify(root); err != nil {
			t.Errorf("version %d: %v", v, err)
		}
	}
	r := *o
	r.Version = MinVersion
	if r.Leaf() == committed || r.Leaf() != v2Leaf(o.Job, o.Index, o.Token, o.Logits) {
		t.Errorf("version %d: leaf %s, want version 2's leaf of the same fields", MinVersion, r.Leaf())
	}
	if err := r.Verify(root); !errors.Is(err, ErrBadProof) {
		t.Errorf("version %d label on a version %d leaf: %v, want ErrBadProof", MinVersion, Version, err)
	}
	for _, v := range []byte{1, Version + 1, 255} {
		r := *o
		r.Version = v
		if r.Leaf() != (Hash{}) {
			t.Errorf("version %d: leaf %s, want the zero hash", v, r.Leaf())
		}
		if err := r.Verify(root); !errors.Is(err, ErrOpeningVersion) {
			t.Errorf("version %d: %v, want ErrOpeningVersion", v, err)
		}
	}
}
