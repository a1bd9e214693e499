package logits

import (
	"errors"
	"testing"

	"golang.org/x/sys/cpu"
)

func TestParseLeaf(t *testing.T) {
	for in, want := range map[string]byte{"blake3": LeafBLAKE3, "sha256": LeafSHA256, "auto": DefaultLeaf(), "": DefaultLeaf()} {
		got, err := ParseLeaf(in)
		if err != nil || got != want {
			t.Errorf("ParseLeaf(%q) = %d, %v; want %d", in, got, err, want)
		}
		if in == "blake3" || in == "sha256" {
			if LeafName(got) != in {
				t.Errorf("LeafName(%d) = %q, want %q", got, LeafName(got), in)
			}
		}
	}
	for _, bad := range []string{"sha-256", "BLAKE3", "v3", "md5"} {
		if _, err := ParseLeaf(bad); err == nil {
			t.Errorf("ParseLeaf(%q) accepted", bad)
		}
	}
}

// TestDefaultLeafFollowsTheCPU: BLAKE3 only where its AVX2 code runs.
func TestDefaultLeafFollowsTheCPU(t *testing.T) {
	want := LeafSHA256
	if cpu.X86.HasAVX2 {
		want = LeafBLAKE3
	}
	if got := detectLeaf(); got != want {
		t.Fatalf("detectLeaf() = %s on a CPU with AVX2 %v", LeafName(got), cpu.X86.HasAVX2)
	}
	t.Setenv("BLAKE3_PUREGO", "1") // the BLAKE3 package then runs its plain Go code
	if got := detectLeaf(); got != LeafSHA256 {
		t.Fatalf("detectLeaf() = %s with BLAKE3_PUREGO set", LeafName(got))
	}
}

// TestStoreLeafChoice: jobs are created with the store's leaf function,
// their openings say it and verify; the choice applies to new jobs only.
func TestStoreLeafChoice(t *testing.T) {
	s, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []byte{0, 1, Version + 1} {
		if err := s.SetLeaf(bad); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("SetLeaf(%d): %v, want ErrOutOfRange", bad, err)
		}
	}
	for k, leaf := range []byte{LeafSHA256, LeafBLAKE3} {
		if err := s.SetLeaf(leaf); err != nil {
			t.Fatal(err)
		}
		job := JobID{9, byte(k)}
		b, err := s.Create(job, 8)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.SetLeaf(LeafSHA256 + LeafBLAKE3 - leaf); err != nil { // the other, for later jobs
			t.Fatal(err)
		}
		l := []float32{1, 2, 3, 4, 5, 6, 7, 8}
		if err := b.Append(3, l); err != nil {
			t.Fatal(err)
		}
		root, _, err := b.Finish()
		if err != nil {
			t.Fatal(err)
		}
		lh := leafHasher{version: leaf}
		if want, _ := Root([]Hash{lh.sum(job, 0, 3, l)}); root != want {
			t.Fatalf("%s job: root %s, want %s", LeafName(leaf), root, want)
		}
		o, err := s.Open(job, 0)
		if err != nil {
			t.Fatal(err)
		}
		if o.version() != leaf {
			t.Fatalf("%s job: opening of version %d", LeafName(leaf), o.version())
		}
		if err := o.Verify(root); err != nil {
			t.Fatal(err)
		}
	}
}
