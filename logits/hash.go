package logits

import (
	"encoding/hex"
	"fmt"
)

// Hash is a 32-byte digest (SHA-256, BLAKE3 or Keccak-256).
type Hash [32]byte

// JobID identifies a job: the high 192 bits of keccak256(abi.encodePacked(
// uint256 chainId, address contract)), then u32be(record), then
// u32be(generation), assigned by the contract (NewJobID).
type JobID [32]byte

// Address is a 20-byte Ethereum account address.
type Address [20]byte

// String returns the digest as 0x-prefixed hex.
func (h Hash) String() string { return "0x" + hex.EncodeToString(h[:]) }

// String returns the job id as 0x-prefixed hex.
func (j JobID) String() string { return "0x" + hex.EncodeToString(j[:]) }

// ParseHash parses 64 hex digits, with or without a 0x prefix.
func ParseHash(s string) (Hash, error) {
	var h Hash
	if err := parseHex32(s, h[:]); err != nil {
		return Hash{}, fmt.Errorf("logits: parse hash: %w", err)
	}
	return h, nil
}

// ParseJobID parses 64 hex digits, with or without a 0x prefix.
func ParseJobID(s string) (JobID, error) {
	var j JobID
	if err := parseHex32(s, j[:]); err != nil {
		return JobID{}, fmt.Errorf("logits: parse job id: %w", err)
	}
	return j, nil
}

func parseHex32(s string, dst []byte) error {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	if len(s) != 2*len(dst) {
		return fmt.Errorf("want %d hex digits, got %d", 2*len(dst), len(s))
	}
	_, err := hex.Decode(dst, []byte(s))
	return err
}
