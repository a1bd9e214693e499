package chain

import (
	"encoding/binary"
	"fmt"
)

// EncodeTokens is the commit call's output argument: each token as a
// big-endian uint32, concatenated (4 bytes per token). The contract emits
// these bytes unchanged as JobCommitted's Output.
func EncodeTokens(tokens []uint32) []byte {
	b := make([]byte, 4*len(tokens))
	for i, t := range tokens {
		binary.BigEndian.PutUint32(b[4*i:], t)
	}
	return b
}

// DecodeTokens reads a JobCommitted event's Output back into tokens. It
// fails on a length that is not a multiple of 4 (the contract never emits
// one: commit requires exactly 4·n bytes).
func DecodeTokens(b []byte) ([]uint32, error) {
	if len(b)%4 != 0 {
		return nil, fmt.Errorf("chain: token bytes of length %d, not a multiple of 4", len(b))
	}
	tokens := make([]uint32, len(b)/4)
	for i := range tokens {
		tokens[i] = binary.BigEndian.Uint32(b[4*i:])
	}
	return tokens, nil
}
