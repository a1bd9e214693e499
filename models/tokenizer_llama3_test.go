package models

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	fsggml "github.com/ollama/ollama/fs/ggml"
)

// llama3KV builds the tokenizer metadata of a Llama 3 GGUF from the real
// Llama 3.2 vocabulary that ollama's module ships as test data
// (encoder.json: 128,000 byte-level BPE tokens; vocab.bpe: the merges),
// plus the 256 control tokens Llama 3 puts at 128000..128255.
func llama3KV(t *testing.T) fsggml.KV {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/ollama/ollama").Output()
	if err != nil {
		t.Fatalf("locate ollama's module: %v", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "tokenizer", "testdata", "llama3.2")
	raw, err := os.ReadFile(filepath.Join(dir, "encoder.json"))
	if err != nil {
		t.Fatal(err)
	}
	var vocab map[string]int32
	if err := json.Unmarshal(raw, &vocab); err != nil {
		t.Fatal(err)
	}
	tokens := make([]string, 128256)
	types := make([]int32, 128256)
	for s, id := range vocab {
		tokens[id], types[id] = s, tokNormal
	}
	named := map[int]string{128000: "<|begin_of_text|>", 128001: "<|end_of_text|>",
		128006: "<|start_header_id|>", 128007: "<|end_header_id|>", 128009: "<|eot_id|>"}
	for id := 128000; id < 128256; id++ {
		tokens[id], types[id] = fmt.Sprintf("<|reserved_special_token_%d|>", id-128000), tokControl
		if s, ok := named[id]; ok {
			tokens[id] = s
		}
	}
	f, err := os.Open(filepath.Join(dir, "vocab.bpe"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var merges []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if !strings.HasPrefix(sc.Text(), "#") {
			merges = append(merges, sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	kv := fsggml.KV{
		"general.architecture": "llama",
		"tokenizer.ggml.model": "gpt2", "tokenizer.ggml.pre": "llama-bpe",
		"tokenizer.ggml.tokens": tokens, "tokenizer.ggml.token_type": types, "tokenizer.ggml.merges": merges,
		"tokenizer.ggml.bos_token_id": uint32(128000), "tokenizer.ggml.eos_token_id": uint32(128009),
	}
	// Through a GGUF file and back, so the metadata has the types a real file gives.
	p := filepath.Join(t.TempDir(), "llama3-vocab.gguf")
	w, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := fsggml.WriteGGUF(w, kv, nil); err != nil {
		t.Fatal(err)
	}
	w.Close()
	r, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	g, err := fsggml.Decode(r, -1)
	if err != nil {
		t.Fatal(err)
	}
	return g.KV()
}

// The canonical tokenizer on the real Llama 3 vocabulary gives Llama 3's
// token ids (as llama.cpp and the reference tiktoken encoder do), BOS first,
// and decodes back to the text.
func TestTokenizerLlama3Vocabulary(t *testing.T) {
	tok, err := newTokenizer(llama3KV(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []int32
	}{
		{"hello world", []int32{128000, 15339, 1917}},
		{"Hello, world!", []int32{128000, 9906, 11, 1917, 0}},
		{"0000", []int32{128000, 931, 15}},
		{"00000000", []int32{128000, 931, 931, 410}},
	} {
		got, err := tok.Encode(c.text)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Encode(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	for _, text := range []string{"Once upon a time, in a land far away", "naïve café 一二三 🙂", "  two spaces\n\nand lines\t"} {
		ids, err := tok.Encode(text)
		if err != nil {
			t.Fatal(err)
		}
		if ids[0] != 128000 || tok.Decode(ids[1:]) != text {
			t.Errorf("round trip of %q: %v decodes to %q", text, ids, tok.Decode(ids[1:]))
		}
	}
	if !tok.IsEOG(128009) || tok.IsEOG(15339) {
		t.Error("end-of-generation token not recognised")
	}
}
