package logits

import (
	"fmt"
	"os"

	"golang.org/x/sys/cpu"
)

// Leaf functions, named by the protocol version byte of a job's files and
// openings (docs/protocol.md §3.1). Both are current: a miner picks one per
// job (Store.SetLeaf), and a validator checks either.
const (
	// LeafSHA256 is version 2's leaf: SHA-256 under the tag "pol/leaf/v1".
	// Hardware SHA-256 (arm64's SHA2, x86's SHA-NI) hashes ~1.75 GB/s a
	// core; version 2 validators check only this one.
	LeafSHA256 byte = 2
	// LeafBLAKE3 is version 3's leaf: BLAKE3 under the tag "pol/leaf/v3".
	// With AVX2 it hashes ~3.7 GB/s a core; without (arm64: the Go
	// implementation has no NEON code) ~0.5 GB/s.
	LeafBLAKE3 byte = 3
)

// DefaultLeaf is the faster leaf function on this CPU: BLAKE3 where its
// AVX2 code runs (x86-64 since 2013), SHA-256 elsewhere.
func DefaultLeaf() byte { return defaultLeaf }

// defaultLeaf is detected once (this package's tests fix it to BLAKE3,
// so that their expected roots do not depend on the CPU).
var defaultLeaf = detectLeaf()

func detectLeaf() byte {
	if cpu.X86.HasAVX2 && os.Getenv("BLAKE3_PUREGO") == "" && os.Getenv("BLAKE3_DISABLE_AVX2") == "" {
		return LeafBLAKE3
	}
	return LeafSHA256
}

// ParseLeaf reads a leaf function's name: "blake3", "sha256", or "auto"
// (and "") for DefaultLeaf.
func ParseLeaf(s string) (byte, error) {
	switch s {
	case "", "auto":
		return DefaultLeaf(), nil
	case "blake3":
		return LeafBLAKE3, nil
	case "sha256":
		return LeafSHA256, nil
	}
	return 0, fmt.Errorf("leaf %q: want blake3, sha256 or auto", s)
}

// LeafName names leaf function v as ParseLeaf reads it.
func LeafName(v byte) string {
	switch v {
	case LeafBLAKE3:
		return "blake3"
	case LeafSHA256:
		return "sha256"
	}
	return fmt.Sprintf("version %d", v)
}
