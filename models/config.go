package models

import (
	"fmt"
	"math"
	"slices"
)

// SupportedArchs are the GGUF architectures pol can serve. Both engines must
// implement an architecture, and its effective configuration below must be
// pinned, before it is listed here.
var SupportedArchs = []string{"llama"}

// Config is a model's effective hyperparameters: the values every engine
// must use, with llama.cpp's defaults filled in where the GGUF is silent.
// It is part of the model id (docs/model-identity.md), so changing how a
// field is derived changes ids.
type Config struct {
	Arch       string  `json:"arch"`
	VocabSize  int     `json:"vocab_size"`
	EmbedDim   int     `json:"embed_dim"`
	Layers     int     `json:"layers"`
	Heads      int     `json:"heads"`
	KVHeads    int     `json:"kv_heads"`
	HeadDim    int     `json:"head_dim"`
	FFNDim     int     `json:"ffn_dim"`
	ContextLen int     `json:"context_len"`
	RopeDim    int     `json:"rope_dim"`
	RopeBase   float32 `json:"rope_base"`
	// RopeScale is the position scale factor (positions are divided by it),
	// GGUF key rope.scaling.factor, default 1.
	RopeScale float32 `json:"rope_scale"`
	// RopeFactors is true when the model has per-dimension frequency factors
	// (tensor rope_freqs.weight, as in Llama 3.1+).
	RopeFactors bool    `json:"rope_factors"`
	RMSEps      float32 `json:"rms_eps"`
	// TiedOutput is true when the output projection reuses token_embd.
	TiedOutput bool `json:"tied_output"`
}

// Default values where a GGUF omits a key. These follow llama.cpp, which is
// what a model's publisher evaluated with; ollama's Go engine differs
// (rope.freq_base defaults to 1e5 there) and is overridden by models/ggml.
const (
	DefaultRopeBase   = 10000
	DefaultContextLen = 2048
)

func configFromGGUF(f *File) (Config, error) {
	kv := f.KV
	arch := kv.Architecture()
	if !slices.Contains(SupportedArchs, arch) {
		return Config{}, fmt.Errorf("%w: %q (supported: %v)", ErrUnsupportedArch, arch, SupportedArchs)
	}
	if kv.Uint("expert_count") > 0 {
		return Config{}, fmt.Errorf("%w: %q with experts (MoE)", ErrUnsupportedArch, arch)
	}
	if t := kv.String(arch + ".rope.scaling.type"); t != "" && t != "none" && t != "linear" {
		return Config{}, fmt.Errorf("%w: %q with rope scaling %q", ErrUnsupportedArch, arch, t)
	}
	c := Config{
		Arch:       arch,
		EmbedDim:   int(kv.Uint("embedding_length")),
		Layers:     int(kv.Uint("block_count")),
		Heads:      int(kv.Uint("attention.head_count")),
		FFNDim:     int(kv.Uint("feed_forward_length")),
		ContextLen: int(kv.Uint("context_length", DefaultContextLen)),
		RopeBase:   kv.Float("rope.freq_base", DefaultRopeBase),
		RopeScale:  kv.Float("rope.scaling.factor", 1),
		RMSEps:     kv.Float("attention.layer_norm_rms_epsilon"),
	}
	c.KVHeads = int(kv.Uint("attention.head_count_kv", uint32(c.Heads)))
	if c.EmbedDim <= 0 || c.Layers <= 0 || c.Heads <= 0 || c.KVHeads <= 0 || c.FFNDim <= 0 {
		return Config{}, fmt.Errorf("%w: missing hyperparameters (embedding_length %d, block_count %d, head_count %d, head_count_kv %d, feed_forward_length %d)",
			ErrBadModel, c.EmbedDim, c.Layers, c.Heads, c.KVHeads, c.FFNDim)
	}
	if c.Heads%c.KVHeads != 0 {
		return Config{}, fmt.Errorf("%w: head_count %d not a multiple of head_count_kv %d", ErrBadModel, c.Heads, c.KVHeads)
	}
	c.HeadDim = int(kv.Uint("attention.key_length", uint32(c.EmbedDim/c.Heads)))
	if v := int(kv.Uint("attention.value_length", uint32(c.HeadDim))); v != c.HeadDim {
		return Config{}, fmt.Errorf("%w: value_length %d != key_length %d", ErrUnsupportedArch, v, c.HeadDim)
	}
	c.RopeDim = int(kv.Uint("rope.dimension_count", uint32(c.HeadDim)))
	if c.RopeDim <= 0 || c.RopeDim > c.HeadDim || c.RopeDim%2 != 0 {
		return Config{}, fmt.Errorf("%w: rope dimension %d for head size %d", ErrBadModel, c.RopeDim, c.HeadDim)
	}
	if !(c.RMSEps > 0) || math.IsInf(float64(c.RMSEps), 0) {
		return Config{}, fmt.Errorf("%w: attention.layer_norm_rms_epsilon missing or invalid", ErrBadModel)
	}
	if !(c.RopeBase > 0) || !(c.RopeScale > 0) {
		return Config{}, fmt.Errorf("%w: rope freq_base %v / scaling factor %v", ErrBadModel, c.RopeBase, c.RopeScale)
	}

	emb := f.Tensor("token_embd.weight")
	if emb == nil || len(emb.Shape) != 2 || emb.Shape[0] != uint64(c.EmbedDim) {
		return Config{}, fmt.Errorf("%w: token_embd.weight missing or not [%d, vocab]", ErrBadModel, c.EmbedDim)
	}
	c.VocabSize = int(emb.Shape[1])
	c.TiedOutput = f.Tensor("output.weight") == nil
	c.RopeFactors = f.Tensor("rope_freqs.weight") != nil

	// Every tensor the forward pass reads must be there with the right shape.
	qDim, kvDim := c.Heads*c.HeadDim, c.KVHeads*c.HeadDim
	want := map[string][]uint64{
		"output_norm.weight": {uint64(c.EmbedDim)},
	}
	if !c.TiedOutput {
		want["output.weight"] = []uint64{uint64(c.EmbedDim), uint64(c.VocabSize)}
	}
	if c.RopeFactors {
		want["rope_freqs.weight"] = []uint64{uint64(c.RopeDim / 2)}
	}
	for i := range c.Layers {
		p := fmt.Sprintf("blk.%d.", i)
		want[p+"attn_norm.weight"] = []uint64{uint64(c.EmbedDim)}
		want[p+"attn_q.weight"] = []uint64{uint64(c.EmbedDim), uint64(qDim)}
		want[p+"attn_k.weight"] = []uint64{uint64(c.EmbedDim), uint64(kvDim)}
		want[p+"attn_v.weight"] = []uint64{uint64(c.EmbedDim), uint64(kvDim)}
		want[p+"attn_output.weight"] = []uint64{uint64(qDim), uint64(c.EmbedDim)}
		want[p+"ffn_norm.weight"] = []uint64{uint64(c.EmbedDim)}
		want[p+"ffn_gate.weight"] = []uint64{uint64(c.EmbedDim), uint64(c.FFNDim)}
		want[p+"ffn_up.weight"] = []uint64{uint64(c.EmbedDim), uint64(c.FFNDim)}
		want[p+"ffn_down.weight"] = []uint64{uint64(c.FFNDim), uint64(c.EmbedDim)}
	}
	for name, shape := range want {
		t := f.Tensor(name)
		if t == nil {
			return Config{}, fmt.Errorf("%w: tensor %s missing", ErrBadModel, name)
		}
		if !slices.Equal(t.Shape, shape) {
			return Config{}, fmt.Errorf("%w: tensor %s has shape %v, want %v", ErrBadModel, name, t.Shape, shape)
		}
	}
	// Bias tensors would be silently ignored by the llama forward pass.
	for _, t := range f.Tensors {
		if n := t.Name; len(n) > 5 && n[len(n)-5:] == ".bias" {
			return Config{}, fmt.Errorf("%w: %q has bias tensor %s", ErrUnsupportedArch, arch, n)
		}
	}
	return c, nil
}
