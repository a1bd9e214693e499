package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/models"
)

// lockedBuffer is a bytes.Buffer safe to write from a command's goroutine
// while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startDevchain runs `pol devchain` on a free port until the test ends and
// returns what it wrote to -info.
func startDevchain(t *testing.T, extra ...string) (devchainInfo, *lockedBuffer) {
	t.Helper()
	t.Setenv("POL_MODEL_ID_CACHE", filepath.Join(t.TempDir(), "ids.json"))
	info := filepath.Join(t.TempDir(), "devchain.json")
	ctx, cancel := context.WithCancel(context.Background())
	out, errs := &lockedBuffer{}, &lockedBuffer{}
	done := make(chan error, 1)
	args := append([]string{"-port", "0", "-period", "0", "-info", info}, extra...)
	go func() { done <- runDevchain(ctx, newEnv(out, errs, "warn", false), args) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("devchain returned %v", err)
		}
	})
	deadline := time.After(time.Minute)
	for {
		if b, err := os.ReadFile(info); err == nil {
			var inf devchainInfo
			if err := json.Unmarshal(b, &inf); err != nil {
				t.Fatal(err)
			}
			return inf, out
		}
		select {
		case err := <-done:
			done <- err
			t.Fatalf("devchain exited early: %v\n%s", err, errs)
		case <-deadline:
			t.Fatalf("devchain never wrote %s\n%s", info, errs)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func TestDevchainServesTheContract(t *testing.T) {
	inf, out := startDevchain(t, "-accounts", "3", "-show-keys")
	for _, want := range []string{
		"chain id 1337", "HTTP RPC   " + inf.HTTP, "contract   " + inf.Contract,
		"model      1 = bundled (id 0xd43346486e3f74ea68cb23e2fcf54cdd28b84ac6b21e172f97eb9599f8146856)",
		"thresholds v1: top-32",
		"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266  key 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if len(inf.Accounts) != 3 || !strings.HasPrefix(inf.HTTP, "http://127.0.0.1:") || inf.ModelID != 1 {
		t.Fatalf("info %+v", inf)
	}
	// the bundled model is registered with its calibrated thresholds
	ec, err := ethclient.Dial(inf.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	cl, err := chain.New(context.Background(), ec, common.HexToAddress(inf.Contract), nil, chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range chain.CPUProfiles { // registered for both CPU profiles
		th, err := cl.Thresholds(context.Background(), 1, 1, p)
		if err != nil {
			t.Fatal(err)
		}
		if got := chain.LogitsThresholds(th); got != models.BundledThresholds {
			t.Fatalf("profile %d: registered thresholds %+v, calibrated %+v", p, got, models.BundledThresholds)
		}
	}
	for _, url := range []string{inf.HTTP, inf.WS} {
		c, err := ethclient.Dial(url)
		if err != nil {
			t.Fatal(err)
		}
		code, err := c.CodeAt(context.Background(), common.HexToAddress(inf.Contract), nil)
		c.Close()
		if err != nil || len(code) == 0 {
			t.Fatalf("%s: no contract code at %s (%v)", url, inf.Contract, err)
		}
	}
}

func TestDevchainRejectsBadFlags(t *testing.T) {
	var out, errs bytes.Buffer
	if code := runMain([]string{"devchain", "-accounts", "0"}, &out, &errs); code != 2 {
		t.Fatalf("exit %d for -accounts 0\n%s", code, errs.String())
	}
	if code := runMain([]string{"devchain", "-period", "1500ms", "-port", "0"}, &out, &errs); code != 1 || !strings.Contains(errs.String(), "whole number of seconds") {
		t.Fatalf("exit %d for -period 1500ms\n%s", code, errs.String())
	}
}
