package chain

import (
	"bytes"
	"slices"
	"testing"
)

func TestEncodeTokens(t *testing.T) {
	got := EncodeTokens([]uint32{0, 1, 0x01020304, 151935, 0xffffffff})
	want := []byte{0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 4, 0, 2, 0x51, 0x7f, 0xff, 0xff, 0xff, 0xff}
	if !bytes.Equal(got, want) {
		t.Fatalf("EncodeTokens = %x, want %x", got, want)
	}
	if b := EncodeTokens(nil); len(b) != 0 {
		t.Fatalf("EncodeTokens(nil) = %x", b)
	}
}

func TestDecodeTokens(t *testing.T) {
	for _, tokens := range [][]uint32{{}, {7}, {0, 1, 0x01020304, 151935, 0xffffffff}} {
		got, err := DecodeTokens(EncodeTokens(tokens))
		if err != nil || !slices.Equal(got, tokens) {
			t.Fatalf("DecodeTokens(EncodeTokens(%v)) = %v, %v", tokens, got, err)
		}
	}
	for _, n := range []int{1, 2, 3, 5, 7} {
		if _, err := DecodeTokens(make([]byte, n)); err == nil {
			t.Errorf("DecodeTokens of %d bytes: no error", n)
		}
	}
}
