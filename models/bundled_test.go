package models

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBundledOverride(t *testing.T) {
	src := bundledPath(t)
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "good.gguf")
	os.WriteFile(good, data, 0o644)
	bad := filepath.Join(dir, "bad.gguf")
	data[len(data)/2] ^= 1
	os.WriteFile(bad, data, 0o644)

	t.Setenv("POL_BUNDLED_MODEL", good)
	if p, err := locateBundled(context.Background()); err != nil || p != good {
		t.Fatalf("override: %s %v", p, err)
	}
	t.Setenv("POL_BUNDLED_MODEL", bad)
	if _, err := locateBundled(context.Background()); err == nil || !strings.Contains(err.Error(), "sha256") {
		t.Fatalf("a corrupted copy was accepted: %v", err)
	}
}
