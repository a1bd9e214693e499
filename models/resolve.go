package models

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ollama/ollama/api"
)

// Resolve turns a model reference into a local GGUF path:
//
//   - "bundled": the bundled test model (BundledModelPath);
//   - "ollama:NAME[:TAG]": a model pulled with ollama, found through the
//     ollama server's show API when a server answers (OLLAMA_HOST), else
//     from the models directory (OLLAMA_MODELS, default ~/.ollama/models):
//     manifest -> model layer -> blob;
//   - anything else: a file path.
func Resolve(ctx context.Context, ref string) (string, error) {
	switch {
	case ref == BundledName:
		return BundledModelPath(ctx)
	case strings.HasPrefix(ref, "ollama:"):
		name := strings.TrimPrefix(ref, "ollama:")
		if p, err := resolveViaServer(ctx, name); err == nil {
			return p, nil
		}
		return resolveViaManifest(name, ollamaModelsDir())
	default:
		return ref, nil
	}
}

// resolveViaServer asks a running ollama server for the model's Modelfile,
// whose FROM line names the blob.
func resolveViaServer(ctx context.Context, name string) (string, error) {
	client, err := api.ClientFromEnvironment()
	if err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if err := client.Heartbeat(ctx); err != nil {
		return "", err
	}
	resp, err := client.Show(ctx, &api.ShowRequest{Model: name})
	if err != nil {
		return "", fmt.Errorf("ollama show %s: %w", name, err)
	}
	sc := bufio.NewScanner(strings.NewReader(resp.Modelfile))
	for sc.Scan() {
		if p, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "FROM "); ok {
			p = strings.TrimSpace(p)
			if filepath.IsAbs(p) {
				if _, err := os.Stat(p); err == nil {
					return p, nil
				}
			}
		}
	}
	return "", fmt.Errorf("ollama show %s: no local blob in the Modelfile", name)
}

func ollamaModelsDir() string {
	if d := os.Getenv("OLLAMA_MODELS"); d != "" {
		return d
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ".ollama/models"
	}
	return filepath.Join(home, ".ollama", "models")
}

// resolveViaManifest reads manifests/HOST/NAMESPACE/MODEL/TAG under dir and
// returns the blob of its model layer. Names default like ollama's:
// host registry.ollama.ai, namespace library, tag latest.
func resolveViaManifest(name, dir string) (string, error) {
	host, ns, model, tag := "registry.ollama.ai", "library", name, "latest"
	if i := strings.LastIndex(model, ":"); i > strings.LastIndex(model, "/") {
		model, tag = model[:i], model[i+1:]
	}
	parts := strings.Split(model, "/")
	switch len(parts) {
	case 1:
	case 2:
		ns, model = parts[0], parts[1]
	case 3:
		host, ns, model = parts[0], parts[1], parts[2]
	default:
		return "", fmt.Errorf("%w: ollama model name %q", ErrNotFound, name)
	}
	if model == "" || tag == "" {
		return "", fmt.Errorf("%w: ollama model name %q", ErrNotFound, name)
	}
	mpath := filepath.Join(dir, "manifests", host, ns, model, tag)
	b, err := os.ReadFile(mpath)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("%w: ollama model %s (no server answered and no manifest %s; run 'ollama pull %s')", ErrNotFound, name, mpath, name)
		}
		return "", err
	}
	var m struct {
		Layers []struct {
			MediaType string `json:"mediaType"`
			Digest    string `json:"digest"`
		} `json:"layers"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return "", fmt.Errorf("%w: ollama manifest %s: %v", ErrBadModel, mpath, err)
	}
	for _, l := range m.Layers {
		if l.MediaType != "application/vnd.ollama.image.model" {
			continue
		}
		hexDigest, ok := strings.CutPrefix(l.Digest, "sha256:")
		if !ok || len(hexDigest) != 64 || strings.ContainsAny(hexDigest, "/\\.") {
			return "", fmt.Errorf("%w: ollama manifest %s: bad digest %q", ErrBadModel, mpath, l.Digest)
		}
		p := filepath.Join(dir, "blobs", "sha256-"+hexDigest)
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("%w: blob of ollama model %s: %v", ErrNotFound, name, err)
		}
		return p, nil
	}
	return "", fmt.Errorf("%w: ollama manifest %s has no model layer", ErrBadModel, mpath)
}
