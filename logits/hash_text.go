package logits

import "encoding/json"

// MarshalText writes the digest as 0x-prefixed hex (JSON: a 66-byte
// string rather than a 32-number array).
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// MarshalText writes the job id as 0x-prefixed hex.
func (j JobID) MarshalText() ([]byte, error) { return []byte(j.String()), nil }

// UnmarshalJSON reads hex text, or the array of 32 numbers that encodings
// written before MarshalText existed hold.
func (h *Hash) UnmarshalJSON(b []byte) error { return unmarshal32(b, (*[32]byte)(h), ParseHash) }

// UnmarshalJSON reads hex text, or the older array of 32 numbers.
func (j *JobID) UnmarshalJSON(b []byte) error { return unmarshal32(b, (*[32]byte)(j), ParseJobID) }

func unmarshal32[T ~[32]byte](b []byte, dst *[32]byte, parse func(string) (T, error)) error {
	if len(b) > 0 && b[0] == '[' {
		return json.Unmarshal(b, dst)
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := parse(s)
	if err != nil {
		return err
	}
	*dst = v
	return nil
}
