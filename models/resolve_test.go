package models

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"testing"
)

// An ollama models directory laid out as `ollama pull` leaves it, with no
// server running: Resolve falls back to manifest -> blob.
func TestResolveOllamaManifest(t *testing.T) {
	dir := t.TempDir()
	src := bundledPath(t)
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	blob := filepath.Join(dir, "blobs", "sha256-"+BundledSHA256)
	os.MkdirAll(filepath.Dir(blob), 0o755)
	os.WriteFile(blob, data, 0o644)
	man := filepath.Join(dir, "manifests", "registry.ollama.ai", "library", "stories", "260k")
	os.MkdirAll(filepath.Dir(man), 0o755)
	os.WriteFile(man, []byte(fmt.Sprintf(`{"schemaVersion":2,"layers":[
		{"mediaType":"application/vnd.ollama.image.license","digest":"sha256:%064d"},
		{"mediaType":"application/vnd.ollama.image.model","digest":"sha256:%s","size":%d}]}`, 0, BundledSHA256, len(data))), 0o644)

	// A loopback port with nothing listening: the server lookup fails fast.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	t.Setenv("OLLAMA_HOST", "http://"+addr)
	t.Setenv("OLLAMA_MODELS", dir)

	ctx := context.Background()
	p, err := Resolve(ctx, "ollama:stories:260k")
	if err != nil {
		t.Fatal(err)
	}
	if p != blob {
		t.Fatalf("resolved %s, want %s", p, blob)
	}
	if _, err := Open(p); err != nil {
		t.Fatal(err)
	}
	if _, err := Resolve(ctx, "ollama:stories"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing tag 'latest': %v", err)
	}
	if p, _ := Resolve(ctx, "/some/file.gguf"); p != "/some/file.gguf" {
		t.Fatalf("plain path resolved to %s", p)
	}
	if p, err := Resolve(ctx, BundledName); err != nil || p != src {
		t.Fatalf("bundled: %s %v", p, err)
	}
}
