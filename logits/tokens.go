package logits

import (
	"crypto/sha256"
	"encoding/binary"
)

// TokensHash commits to a job's prompt tokens P and output tokens t (spec §3.3):
//
//	SHA256("pol/tokens/v1" || u32be(|P|) || u32be(P[0]) ... || u32be(n) || u32be(t[0]) ...)
func TokensHash(prompt, output []uint32) Hash {
	h := sha256.New()
	h.Write([]byte(tagTokens))
	var b [4]byte
	for _, list := range [][]uint32{prompt, output} {
		binary.BigEndian.PutUint32(b[:], uint32(len(list)))
		h.Write(b[:])
		buf := make([]byte, 4*len(list))
		for k, t := range list {
			binary.BigEndian.PutUint32(buf[4*k:], t)
		}
		h.Write(buf)
	}
	var out Hash
	h.Sum(out[:0])
	return out
}

// PromptHash is the on-chain handle of a job's prompt text:
// SHA256("pol/prompt/v1" || UTF-8 bytes).
func PromptHash(prompt string) Hash {
	h := sha256.New()
	h.Write([]byte(tagPrompt))
	h.Write([]byte(prompt))
	var out Hash
	h.Sum(out[:0])
	return out
}
