package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/keys"
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
	inf, out, stop := runDevchainUntilStopped(t, extra...)
	t.Cleanup(stop)
	return inf, out
}

// runDevchainUntilStopped runs `pol devchain` on a free port and returns
// what it wrote to -info, its output and a stop function (which fails t if
// the command returned an error).
func runDevchainUntilStopped(t *testing.T, extra ...string) (devchainInfo, *lockedBuffer, func()) {
	t.Helper()
	info := filepath.Join(t.TempDir(), "devchain.json")
	ctx, cancel := context.WithCancel(context.Background())
	out, errs := &lockedBuffer{}, &lockedBuffer{}
	done := make(chan error, 1)
	args := append([]string{"-port", "0", "-period", "0", "-info", info}, extra...)
	go func() { done <- runDevchain(ctx, newEnv(out, errs, "warn", false), args) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("devchain returned %v", err)
			}
		})
	}
	deadline := time.After(time.Minute)
	for {
		if b, err := os.ReadFile(info); err == nil {
			var inf devchainInfo
			if err := json.Unmarshal(b, &inf); err != nil {
				t.Fatal(err)
			}
			return inf, out, stop
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
		"thresholds v1 cpu-f32kv: top-32", "jobs up to 2038 tokens (prompt + generated)", "thresholds v1 cpu-f16kv: top-32", "jobs up to 128 tokens",
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
		if got := chain.LogitsThresholds(th); got != models.BundledThresholds[models.Profile(p)] {
			t.Fatalf("profile %d: registered thresholds %+v, calibrated %+v", p, got, models.BundledThresholds[models.Profile(p)])
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

// TestDevchainDataDirKeepsTheChain stops `pol devchain -data-dir` after a
// stake and starts it again on the same directory: same contract, the model
// not registered twice, the stake and the height kept.
func TestDevchainDataDirKeepsTheChain(t *testing.T) {
	t.Setenv("POL_MODEL_ID_CACHE", filepath.Join(t.TempDir(), "ids.json"))
	dir := t.TempDir()
	inf, out, stop := runDevchainUntilStopped(t, "-accounts", "3", "-data-dir", dir)
	if !strings.Contains(out.String(), "it is kept in "+dir) {
		t.Errorf("output does not say where the chain is kept:\n%s", out)
	}
	ctx := context.Background()
	ec, err := ethclient.Dial(inf.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	key, err := keys.Dev(1)
	if err != nil {
		t.Fatal(err)
	}
	cl, err := chain.New(ctx, ec, common.HexToAddress(inf.Contract), key, chain.Options{Poll: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cl.Stake(ctx, chain.RoleMiner, big.NewInt(2e18)); err != nil {
		t.Fatal(err)
	}
	head, err := ec.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ec.Close()
	stop()

	inf2, out2, stop2 := runDevchainUntilStopped(t, "-accounts", "3", "-data-dir", dir)
	defer stop2()
	if !strings.Contains(out2.String(), "resumed    the chain kept in "+dir) {
		t.Errorf("output does not say the chain was resumed:\n%s", out2)
	}
	if inf2.Contract != inf.Contract || inf2.DeployBlock != inf.DeployBlock || inf2.ModelID != 1 || inf2.Model != inf.Model {
		t.Fatalf("after restart %+v, before %+v", inf2, inf)
	}
	ec2, err := ethclient.Dial(inf2.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer ec2.Close()
	if h, err := ec2.BlockNumber(ctx); err != nil || h < head {
		t.Fatalf("head %d (%v) after restart, was %d", h, err, head)
	}
	cl2, err := chain.New(ctx, ec2, common.HexToAddress(inf2.Contract), nil, chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := cl2.Account(ctx, cl.From())
	if err != nil || a.Stake.Cmp(big.NewInt(2e18)) != 0 {
		t.Fatalf("stake after restart %+v (%v), want 2 ETH", a, err)
	}
	if _, err := cl2.Model(ctx, 2); err == nil {
		t.Fatal("the model was registered a second time on resume")
	}
}
