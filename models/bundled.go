package models

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
)

// The bundled model: stories260K, a 260K-parameter llama trained on
// TinyStories (weights MIT), shipped as testdata inside a public Go module.
// pol never imports that module's packages; it only asks the Go toolchain to
// download the module and reads the one file, verified by its SHA-256.
const (
	BundledModule  = "github.com/mutablelogic/go-llama"
	BundledVersion = "v0.0.11"
	BundledPath    = "testdata/stories260K.gguf"
	BundledSHA256  = "270cba1bd5109f42d03350f60406024560464db173c0e387d91f0426d3bd256d"
	BundledSize    = 1185376
	// BundledName is how commands refer to it (pol prove --model bundled).
	BundledName = "bundled"
	// BundledID is the bundled model's id (docs/model-identity.md).
	BundledID = "0xd43346486e3f74ea68cb23e2fcf54cdd28b84ac6b21e172f97eb9599f8146856"
)

var bundled struct {
	once sync.Once
	path string
	err  error
}

// BundledModelPath returns the local path of the bundled model, downloading
// its module through the Go module proxy on first use (go mod download) and
// verifying the file's size and SHA-256. POL_BUNDLED_MODEL names a local copy
// instead (for images without the go command); it is verified the same way.
// The result is memoized.
func BundledModelPath(ctx context.Context) (string, error) {
	bundled.once.Do(func() { bundled.path, bundled.err = locateBundled(ctx) })
	return bundled.path, bundled.err
}

func locateBundled(ctx context.Context) (string, error) {
	if p := os.Getenv("POL_BUNDLED_MODEL"); p != "" {
		if err := verifyFile(p, BundledSize, BundledSHA256); err != nil {
			return "", fmt.Errorf("bundled model (POL_BUNDLED_MODEL): %w", err)
		}
		return p, nil
	}
	dir, err := moduleDir(ctx, BundledModule+"@"+BundledVersion)
	if err != nil {
		return "", fmt.Errorf("bundled model: %w", err)
	}
	p := filepath.Join(dir, filepath.FromSlash(BundledPath))
	if err := verifyFile(p, BundledSize, BundledSHA256); err != nil {
		return "", fmt.Errorf("bundled model: %w", err)
	}
	return p, nil
}

// moduleDir returns a module version's extracted directory in the module
// cache, downloading it through the configured proxy if needed.
func moduleDir(ctx context.Context, modVersion string) (string, error) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("the go command is needed to fetch %s: %w", modVersion, err)
	}
	cmd := exec.CommandContext(ctx, goBin, "mod", "download", "-json", modVersion)
	// Run outside any module so the project's go.mod is neither read nor
	// changed.
	cmd.Dir = os.TempDir()
	cmd.Env = append(os.Environ(), "GO111MODULE=on", "GOFLAGS=-mod=mod")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	var info struct {
		Dir   string
		Error string
	}
	if err := json.Unmarshal(stdout.Bytes(), &info); err != nil || info.Dir == "" {
		msg := info.Error
		if msg == "" {
			msg = stderr.String()
		}
		if msg == "" && runErr != nil {
			msg = runErr.Error()
		}
		return "", fmt.Errorf("go mod download %s: %s", modVersion, msg)
	}
	return info.Dir, nil
}

// verifyFile checks a file's size and SHA-256.
func verifyFile(path string, size int64, sha string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if st.Size() != size {
		return fmt.Errorf("%s: size %d, want %d", path, st.Size(), size)
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return err
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != sha {
		return fmt.Errorf("%s: sha256 %s, want %s", path, got, sha)
	}
	return nil
}
