package models

import (
	"slices"
	"testing"
)

func TestTokenizerBundled(t *testing.T) {
	f, err := Open(bundledPath(t))
	if err != nil {
		t.Fatal(err)
	}
	tok := f.Tokenizer
	// Ids from llama.cpp (llama-tokenize) on this model. ollama's own
	// SentencePiece encoder gives [1 441 416 331 407 261 378]: it does not
	// add the leading space.
	cases := []struct {
		text string
		want []int32
	}{
		{"Once upon a time", []int32{1, 403, 407, 261, 378}},
		{"", []int32{1}},
	}
	for _, c := range cases {
		got, err := tok.Encode(c.text)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Encode(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for _, s := range []string{
		"Once upon a time", "Lily and Ben went to the park.  Two spaces", "héllo wörld 🙂 ∑", "a\nb\tc", " leading space",
	} {
		ids, err := tok.Encode(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := tok.Decode(ids); got != s {
			t.Errorf("Decode(Encode(%q)) = %q (ids %v)", s, got, ids)
		}
	}
	if _, err := tok.Encode("\xff"); err == nil {
		t.Error("invalid UTF-8 accepted")
	}
	if !tok.IsEOG(2) || tok.IsEOG(1) {
		t.Error("EOG ids")
	}
}
