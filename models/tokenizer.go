package models

import (
	"container/heap"
	"crypto/sha256"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	fsggml "github.com/ollama/ollama/fs/ggml"
	"github.com/ollama/ollama/tokenizer"
)

// Token types as stored in tokenizer.ggml.token_type (llama.cpp's
// llama_token_type).
const (
	tokNormal      = 1
	tokUnknown     = 2
	tokControl     = 3
	tokUserDefined = 4
	tokUnused      = 5
	tokByte        = 6
)

// TokenizerVersion names the canonical tokenization rules. It is hashed into
// the model id: any change to Encode's behaviour must bump it.
const TokenizerVersion = "pol-tokenizer-v1"

// Tokenizer is a model's canonical tokenizer: the one miners and validators
// both use to turn a prompt into token ids, so a job's token list is a pure
// function of (model, prompt text).
//
// For SentencePiece vocabularies (tokenizer.ggml.model = "llama") it
// reproduces llama.cpp's llm_tokenizer_spm exactly: a space is prefixed to
// the text (tokenizer.ggml.add_space_prefix, default true), spaces become
// U+2581, symbols are merged by highest vocabulary score (ties to the
// leftmost pair), unknown pieces fall back to <0xXX> byte tokens, BOS is
// prepended (tokenizer.ggml.add_bos_token, default true). Control-token text
// in the prompt is not parsed as a control token; user-defined tokens are.
//
// For GPT-2 style BPE vocabularies it delegates to ollama's byte-pair encoder
// with the pre-tokenizer named by tokenizer.ggml.pre.
type Tokenizer struct {
	kind   string // "spm" or "bpe"
	pre    string
	tokens []string
	scores []float32
	types  []int32
	merges []string
	ids    map[string]int32

	bos, eos       int32
	eosAll         []int32
	addBOS, addEOS bool
	addSpacePrefix bool
	unk            int32
	userDefined    []string // longest first

	bpe tokenizer.Tokenizer // kind == "bpe"

	digest [32]byte
}

func newTokenizer(kv fsggml.KV) (*Tokenizer, error) {
	t := &Tokenizer{
		tokens: kv.Strings("tokenizer.ggml.tokens"),
		scores: kv.Floats("tokenizer.ggml.scores"),
		types:  kv.Ints("tokenizer.ggml.token_type"),
		merges: kv.Strings("tokenizer.ggml.merges"),
		pre:    kv.String("tokenizer.ggml.pre"),
		bos:    int32(kv.Uint("tokenizer.ggml.bos_token_id", 1)),
		eos:    int32(kv.Uint("tokenizer.ggml.eos_token_id", 2)),
		unk:    int32(kv.Uint("tokenizer.ggml.unknown_token_id", 0)),
	}
	n := len(t.tokens)
	if n == 0 {
		return nil, fmt.Errorf("no tokenizer.ggml.tokens")
	}
	if len(t.types) == 0 {
		t.types = make([]int32, n)
		for i := range t.types {
			t.types[i] = tokNormal
		}
	}
	if len(t.scores) == 0 {
		t.scores = make([]float32, n)
	}
	if len(t.types) != n || len(t.scores) != n {
		return nil, fmt.Errorf("%d tokens but %d scores and %d types", n, len(t.scores), len(t.types))
	}
	for _, id := range []int32{t.bos, t.eos, t.unk} {
		if id < 0 || int(id) >= n {
			return nil, fmt.Errorf("special token id %d outside vocabulary of %d", id, n)
		}
	}
	t.eosAll = append([]int32{t.eos}, kv.Ints("tokenizer.ggml.eos_token_ids")...)
	t.ids = make(map[string]int32, n)
	for i, s := range t.tokens {
		t.ids[s] = int32(i) // a later duplicate wins, as in llama.cpp
		if t.types[i] == tokUserDefined && s != "" {
			t.userDefined = append(t.userDefined, s)
		}
	}
	sort.SliceStable(t.userDefined, func(a, b int) bool { return len(t.userDefined[a]) > len(t.userDefined[b]) })

	switch m := kv.String("tokenizer.ggml.model"); m {
	case "llama":
		t.kind = "spm"
		t.addBOS = kv.Bool("tokenizer.ggml.add_bos_token", true)
		t.addEOS = kv.Bool("tokenizer.ggml.add_eos_token", false)
		t.addSpacePrefix = kv.Bool("tokenizer.ggml.add_space_prefix", true)
	case "gpt2":
		t.kind = "bpe"
		t.addBOS = kv.Bool("tokenizer.ggml.add_bos_token", true)
		t.addEOS = kv.Bool("tokenizer.ggml.add_eos_token", false)
		vocab := &tokenizer.Vocabulary{
			Values: t.tokens, Scores: t.scores, Types: t.types, Merges: t.merges,
			AddBOS: t.addBOS, BOS: []int32{t.bos}, AddEOS: t.addEOS, EOS: t.eosAll,
		}
		t.bpe = tokenizer.NewBytePairEncoding(vocab, bpePretokenizers(t.pre)...)
	default:
		return nil, fmt.Errorf("unsupported tokenizer model %q", m)
	}
	t.digest = t.computeDigest()
	return t, nil
}

// bpePretokenizers mirrors ollama v0.17.4's model/models/llama choice.
func bpePretokenizers(pre string) []string {
	switch pre {
	case "default":
		return nil
	case "qwen2":
		return []string{`(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`}
	case "refact":
		return []string{`\p{N}`, `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`}
	default:
		return []string{`(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`}
	}
}

// VocabSize is the number of tokens.
func (t *Tokenizer) VocabSize() int { return len(t.tokens) }

// BOS and EOS are the begin/end-of-sequence token ids.
func (t *Tokenizer) BOS() int32 { return t.bos }
func (t *Tokenizer) EOS() int32 { return t.eos }

// IsEOG reports whether id ends generation (EOS or any listed EOS id).
func (t *Tokenizer) IsEOG(id int32) bool {
	for _, e := range t.eosAll {
		if id == e {
			return true
		}
	}
	return false
}

// Digest is SHA-256 over the tokenizer's canonical description; it is part
// of the model id.
func (t *Tokenizer) Digest() [32]byte { return t.digest }

// Encode turns text into token ids with the model's canonical rules,
// prepending BOS (and appending EOS) as the model's metadata asks.
func (t *Tokenizer) Encode(text string) ([]int32, error) {
	if !utf8.ValidString(text) {
		return nil, fmt.Errorf("prompt is not valid UTF-8")
	}
	if t.kind == "bpe" {
		return t.bpe.Encode(text, true)
	}
	var out []int32
	if t.addBOS {
		out = append(out, t.bos)
	}
	prevSpecial := true
	for _, frag := range t.partition(text) {
		if frag.id >= 0 {
			out = append(out, frag.id)
			prevSpecial = true
			continue
		}
		s := frag.text
		if t.addSpacePrefix && prevSpecial {
			s = " " + s
		}
		out = t.spm(strings.ReplaceAll(s, " ", "\u2581"), out)
		prevSpecial = false
	}
	if t.addEOS {
		out = append(out, t.eos)
	}
	return out, nil
}

type fragment struct {
	text string
	id   int32 // >= 0: a user-defined token matched in the text
}

// partition splits text on user-defined tokens, longest first, as
// llama.cpp's tokenizer_st_partition does with parse_special = false.
func (t *Tokenizer) partition(text string) []fragment {
	if text == "" {
		return nil
	}
	frags := []fragment{{text: text, id: -1}}
	for _, special := range t.userDefined {
		id := t.ids[special]
		var next []fragment
		for _, f := range frags {
			if f.id >= 0 {
				next = append(next, f)
				continue
			}
			rest := f.text
			for {
				i := strings.Index(rest, special)
				if i < 0 {
					break
				}
				if i > 0 {
					next = append(next, fragment{text: rest[:i], id: -1})
				}
				next = append(next, fragment{id: id})
				rest = rest[i+len(special):]
			}
			if rest != "" {
				next = append(next, fragment{text: rest, id: -1})
			}
		}
		frags = next
	}
	return frags
}

type spmSymbol struct {
	prev, next int
	text       string // the symbol's current text (grows on merges)
}

type spmBigram struct {
	left, right int
	score       float32
	size        int
}

type bigramQueue []spmBigram

func (q bigramQueue) Len() int { return len(q) }
func (q bigramQueue) Less(i, j int) bool {
	if q[i].score != q[j].score {
		return q[i].score > q[j].score
	}
	return q[i].left < q[j].left
}
func (q bigramQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *bigramQueue) Push(x any)   { *q = append(*q, x.(spmBigram)) }
func (q *bigramQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// spm is llama.cpp's llm_tokenizer_spm_session::tokenize on already escaped
// text, appending to out.
func (t *Tokenizer) spm(text string, out []int32) []int32 {
	var syms []spmSymbol
	for i := 0; i < len(text); {
		n := utf8LenFromLead(text[i])
		n = min(n, len(text)-i)
		syms = append(syms, spmSymbol{prev: len(syms) - 1, next: len(syms) + 1, text: text[i : i+n]})
		i += n
	}
	if len(syms) == 0 {
		return out
	}
	syms[len(syms)-1].next = -1
	q := &bigramQueue{}
	tryAdd := func(left, right int) {
		if left == -1 || right == -1 {
			return
		}
		s := syms[left].text + syms[right].text
		id, ok := t.ids[s]
		if !ok {
			return
		}
		heap.Push(q, spmBigram{left: left, right: right, score: t.scores[id], size: len(s)})
	}
	for i := 1; i < len(syms); i++ {
		tryAdd(i-1, i)
	}
	for q.Len() > 0 {
		b := heap.Pop(q).(spmBigram)
		l, r := &syms[b.left], &syms[b.right]
		if l.text == "" || r.text == "" || len(l.text)+len(r.text) != b.size {
			continue
		}
		l.text += r.text
		r.text = ""
		l.next = r.next
		if r.next >= 0 {
			syms[r.next].prev = b.left
		}
		tryAdd(l.prev, b.left)
		tryAdd(b.left, l.next)
	}
	// llama.cpp's resegment: a final symbol is a vocabulary piece or else
	// falls back to byte tokens. (Its rev_merge branch cannot fire: only
	// pieces that are in the vocabulary are ever merged.)
	for i := 0; i != -1; i = syms[i].next {
		s := syms[i].text
		if id, ok := t.ids[s]; ok {
			out = append(out, id)
			continue
		}
		for j := 0; j < len(s); j++ {
			out = append(out, t.byteToken(s[j]))
		}
	}
	return out
}

func (t *Tokenizer) byteToken(b byte) int32 {
	if id, ok := t.ids[fmt.Sprintf("<0x%02X>", b)]; ok {
		return id
	}
	return t.unk
}

// utf8LenFromLead is llama.cpp's unicode_len_utf8.
func utf8LenFromLead(b byte) int {
	lookup := [16]int{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4}
	return lookup[b>>4]
}

// Piece is the text bytes a token stands for (llama.cpp's token_to_piece
// without special tokens): U+2581 becomes a space, <0xXX> its byte, control
// tokens nothing.
func (t *Tokenizer) Piece(id int32) []byte {
	if id < 0 || int(id) >= len(t.tokens) {
		return nil
	}
	s := t.tokens[id]
	switch t.types[id] {
	case tokControl, tokUnused:
		return nil
	}
	if t.kind == "bpe" {
		b, _ := t.bpe.Decode([]int32{id})
		return []byte(b)
	}
	switch t.types[id] {
	case tokUnknown:
		return []byte("\u2585")
	case tokByte:
		var b byte
		if _, err := fmt.Sscanf(s, "<0x%02X>", &b); err == nil {
			return []byte{b}
		}
	case tokUserDefined:
		return []byte(s)
	}
	return []byte(strings.ReplaceAll(s, "\u2581", " "))
}

// Decode concatenates the pieces of ids. When the list starts with BOS and
// the tokenizer prefixes a space, that one space is dropped, so
// Decode(Encode(s)) == s for ordinary text.
func (t *Tokenizer) Decode(ids []int32) string {
	var b []byte
	for _, id := range ids {
		b = append(b, t.Piece(id)...)
	}
	if len(ids) > 0 && ids[0] == t.bos && t.addSpacePrefix && len(b) > 0 && b[0] == ' ' {
		b = b[1:]
	}
	return string(b)
}

// computeDigest hashes everything Encode and Decode depend on, in a fixed
// layout (docs/model-identity.md).
func (t *Tokenizer) computeDigest() [32]byte {
	h := sha256.New()
	u32 := func(v uint32) { writeU32(h, v) }
	str := func(s string) { writeStr(h, s) }
	boolean := func(v bool) {
		if v {
			h.Write([]byte{1})
		} else {
			h.Write([]byte{0})
		}
	}
	str(TokenizerVersion)
	str(t.kind)
	str(t.pre)
	u32(uint32(len(t.tokens)))
	for i, s := range t.tokens {
		str(s)
		u32(math.Float32bits(t.scores[i]))
		u32(uint32(t.types[i]))
	}
	u32(uint32(len(t.merges)))
	for _, m := range t.merges {
		str(m)
	}
	u32(uint32(t.bos))
	u32(uint32(len(t.eosAll)))
	for _, e := range t.eosAll {
		u32(uint32(e))
	}
	u32(uint32(t.unk))
	boolean(t.addBOS)
	boolean(t.addEOS)
	boolean(t.addSpacePrefix)
	var d [32]byte
	h.Sum(d[:0])
	return d
}
