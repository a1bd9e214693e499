package models_test

import (
	"testing"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

// onGPU is an engine that says its forward passes leave the cores idle.
type onGPU struct{ models.Engine }

func (onGPU) SaturatesCPU() bool { return false }

// The store works inline for an engine that keeps every core busy (the
// reference engine, also behind a KV view) and pipelined otherwise; an
// operator's choice overrides, and a misspelt one is an error.
func TestStoreWorkFollowsTheEngine(t *testing.T) {
	e := loadRef(t)
	for _, c := range []struct {
		name string
		e    models.Engine
		want logits.Work
	}{
		{"ref", e, logits.WorkInline},
		{"ref@f16kv", models.WithKV(e, models.KVF16), logits.WorkInline},
		{"gpu", onGPU{e}, logits.WorkPipelined},
	} {
		if got := models.StoreWork(c.e); got != c.want {
			t.Errorf("%s: store work %s, want %s", c.name, got, c.want)
		}
		if got, err := models.ParseStoreWork("auto", c.e); err != nil || got != c.want {
			t.Errorf("%s: auto is %s (%v), want %s", c.name, got, err, c.want)
		}
	}
	if got, err := models.ParseStoreWork("pipelined", e); err != nil || got != logits.WorkPipelined {
		t.Errorf("pipelined: %s %v", got, err)
	}
	if got, err := models.ParseStoreWork("inline", onGPU{e}); err != nil || got != logits.WorkInline {
		t.Errorf("inline: %s %v", got, err)
	}
	if _, err := models.ParseStoreWork("async", e); err == nil {
		t.Error("store work \"async\" accepted")
	}
}
