package synth_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	fsggml "github.com/ollama/ollama/fs/ggml"

	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/synth"
)

func TestRewrites(t *testing.T) {
	src, err := models.BundledModelPath(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	orig, err := models.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	tf, kvf := synth.RemoveLayer(1, "llama")
	p := filepath.Join(dir, "nolayer.gguf")
	if err := synth.Rewrite(src, p, tf, kvf); err != nil {
		t.Fatal(err)
	}
	f, err := models.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	if f.Config.Layers != 4 || f.Tensor("blk.3.ffn_up.weight") == nil || f.Tensor("blk.4.ffn_up.weight") != nil {
		t.Fatalf("layer removal: %d layers", f.Config.Layers)
	}
	// Former block 2 is now block 1, byte for byte.
	a, _ := orig.ReadTensor("blk.2.attn_q.weight")
	b, _ := f.ReadTensor("blk.1.attn_q.weight")
	if string(a) != string(b) {
		t.Fatal("blocks after the removed one were not renumbered")
	}

	p = filepath.Join(dir, "q8.gguf")
	if err := synth.Rewrite(src, p, synth.Quantize(fsggml.TensorTypeQ8_0), nil); err != nil {
		t.Fatal(err)
	}
	f, err = models.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	// ffn_down rows (172 values) do not fill 32-value blocks: left as F32.
	if k := f.Tensor("blk.0.attn_q.weight").Kind; fsggml.TensorType(k) != fsggml.TensorTypeQ8_0 {
		t.Errorf("attn_q is %v", fsggml.TensorType(k))
	}
	if k := f.Tensor("blk.0.ffn_down.weight").Kind; fsggml.TensorType(k) != fsggml.TensorTypeF32 {
		t.Errorf("ffn_down is %v", fsggml.TensorType(k))
	}
	if k := f.Tensor("blk.0.attn_norm.weight").Kind; fsggml.TensorType(k) != fsggml.TensorTypeF32 {
		t.Errorf("attn_norm is %v", fsggml.TensorType(k))
	}
}

// TestWriteWide writes synth.Wide to $POL_SYNTH_WIDE_OUT, for
// scripts/calibrate.sh (`pol calibrate` on a 1B-width model).
func TestWriteWide(t *testing.T) {
	out := os.Getenv("POL_SYNTH_WIDE_OUT")
	if out == "" {
		t.Skip("set POL_SYNTH_WIDE_OUT (scripts/calibrate.sh)")
	}
	if err := synth.WriteLlama(out, synth.Wide); err != nil {
		t.Fatal(err)
	}
}
