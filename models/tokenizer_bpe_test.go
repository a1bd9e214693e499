package models

import (
	"path/filepath"
	"slices"
	"testing"

	fsggml "github.com/ollama/ollama/fs/ggml"

	"github.com/pol-network/pol/models/synth"
)

// gpt2Bytes is GPT-2's byte-to-rune table: printable bytes stand for
// themselves, the others for 256, 257, ... in byte order.
func gpt2Bytes() [256]rune {
	var m [256]rune
	n := 0
	for b := range 256 {
		if (b >= '!' && b <= '~') || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff) {
			m[b] = rune(b)
		} else {
			m[b] = rune(256 + n)
			n++
		}
	}
	return m
}

// A byte-level BPE vocabulary (tokenizer.ggml.model = "gpt2") on the
// synthetic model: merges apply by rank, BOS is added, Decode inverts.
func TestTokenizerBPE(t *testing.T) {
	src := filepath.Join(t.TempDir(), "small.gguf")
	if err := synth.WriteLlama(src, synth.Small); err != nil {
		t.Fatal(err)
	}
	tokens := []string{"<|begin|>", "<|end|>"}
	types := []int32{tokControl, tokControl}
	for _, r := range gpt2Bytes() {
		tokens = append(tokens, string(r))
		types = append(types, tokNormal)
	}
	merges := []string{"Ġ t", "h e", "Ġt he", "Ġ a"}
	for _, m := range []string{"Ġt", "he", "Ġthe", "Ġa"} {
		tokens = append(tokens, m)
		types = append(types, tokNormal)
	}
	for len(tokens) < synth.Small.Vocab {
		tokens = append(tokens, "<|unused|>")
		types = append(types, tokUnused)
	}
	p := filepath.Join(t.TempDir(), "bpe.gguf")
	err := synth.Rewrite(src, p, nil, func(kv fsggml.KV) {
		kv["tokenizer.ggml.model"] = "gpt2"
		kv["tokenizer.ggml.pre"] = "llama-bpe"
		kv["tokenizer.ggml.tokens"] = tokens
		kv["tokenizer.ggml.token_type"] = types
		kv["tokenizer.ggml.merges"] = merges
		kv["tokenizer.ggml.bos_token_id"] = uint32(0)
		kv["tokenizer.ggml.eos_token_id"] = uint32(1)
		delete(kv, "tokenizer.ggml.scores")
	})
	if err != nil {
		t.Fatal(err)
	}
	f, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	tok := f.Tokenizer
	id := func(s string) int32 { return int32(slices.Index(tokens, s)) }
	got, err := tok.Encode("the the a")
	if err != nil {
		t.Fatal(err)
	}
	want := []int32{0, id("t"), id("he"), id("Ġthe"), id("Ġa")}
	if !slices.Equal(got, want) {
		t.Fatalf("Encode = %v, want %v", got, want)
	}
	// Unlike the SentencePiece path, control-token text becomes the control
	// token (ollama's encoder; docs/model-identity.md).
	if got, _ := tok.Encode("a<|end|>"); !slices.Equal(got, []int32{0, id("a"), 1}) {
		t.Errorf("control text: %v", got)
	}
	for _, s := range []string{"the the a", "héllo, wörld! 123", "tabs\tand\nnewlines"} {
		ids, err := tok.Encode(s)
		if err != nil {
			t.Fatal(err)
		}
		if d := tok.Decode(ids); d != s {
			t.Errorf("Decode(Encode(%q)) = %q", s, d)
		}
	}
}
