package models

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
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

// Encode never fails on valid UTF-8, yields ids in the vocabulary, and
// Decode inverts it (except for text containing U+2581 itself, which
// SentencePiece reads as a space, as llama.cpp does).
func FuzzTokenizer(f *testing.F) {
	file, err := Open(bundledPath(f))
	if err != nil {
		f.Fatal(err)
	}
	tok := file.Tokenizer
	for _, s := range []string{"", "Once upon a time", "  two  spaces ", "日本語 and emoji 🙂", "<s></s><unk>", "\x00\x01\n\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		ids, err := tok.Encode(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range ids {
			if id < 0 || int(id) >= tok.VocabSize() {
				t.Fatalf("id %d outside the vocabulary", id)
			}
		}
		if !strings.ContainsRune(s, '\u2581') {
			if got := tok.Decode(ids); got != s {
				t.Fatalf("Decode(Encode(%q)) = %q", s, got)
			}
		}
	})
}
