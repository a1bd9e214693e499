package chain_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/devnode"
)

// The follower worker is this test binary re-executed with these variables
// set; TestMain runs it instead of the tests.
const (
	envWorker   = "POL_FOLLOW_WORKER" // "1" selects worker mode
	envURL      = "POL_FOLLOW_URL"
	envContract = "POL_FOLLOW_CONTRACT"
	envFrom     = "POL_FOLLOW_FROM"
	envDir      = "POL_FOLLOW_DIR"     // holds cursor.json, events.log, hung
	envHangAt   = "POL_FOLLOW_HANG_AT" // block inside the handler once the log has this many lines
	envExitAt   = "POL_FOLLOW_EXIT_AT" // exit 0 once the log has this many lines
)

func TestMain(m *testing.M) {
	if os.Getenv(envWorker) == "1" {
		if err := followWorker(); err != nil {
			fmt.Fprintln(os.Stderr, "worker:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// followWorker is a minimal event daemon: it appends one line per event to
// events.log and keeps its cursor in cursor.json.
func followWorker() error {
	ctx := context.Background()
	ec, err := ethclient.Dial(os.Getenv(envURL))
	if err != nil {
		return err
	}
	c, err := chain.New(ctx, ec, common.HexToAddress(os.Getenv(envContract)), nil, chain.Options{Poll: 10 * time.Millisecond})
	if err != nil {
		return err
	}
	from, _ := strconv.ParseUint(os.Getenv(envFrom), 10, 64)
	hangAt, _ := strconv.Atoi(os.Getenv(envHangAt))
	exitAt, _ := strconv.Atoi(os.Getenv(envExitAt))
	dir := os.Getenv(envDir)
	lines, err := countLines(filepath.Join(dir, "events.log"))
	if err != nil {
		return err
	}
	out, err := os.OpenFile(filepath.Join(dir, "events.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer out.Close()
	done := errors.New("done")
	opts := chain.FollowOptions{From: from, Cursor: chain.NewFileCursor(filepath.Join(dir, "cursor.json"))}
	err = c.Follow(ctx, opts, func(_ context.Context, ev chain.Event) error {
		if hangAt > 0 && lines == hangAt {
			// Die mid-handler: announce it, then wait for SIGKILL.
			if err := os.WriteFile(filepath.Join(dir, "hung"), nil, 0o600); err != nil {
				return err
			}
			select {}
		}
		if _, err := fmt.Fprintf(out, "%d:%d:%s\n", ev.Pos.Block, ev.Pos.Index, ev.Name); err != nil {
			return err
		}
		if err := out.Sync(); err != nil {
			return err
		}
		lines++
		if lines == exitAt {
			return done
		}
		return nil
	})
	if errors.Is(err, done) {
		return nil
	}
	return err
}

func countLines(path string) (int, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	s := bufio.NewScanner(f)
	for s.Scan() {
		n++
	}
	return n, s.Err()
}

// startWorker runs the worker process; the caller stops it by PID.
func startWorker(t *testing.T, env ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(append(os.Environ(), envWorker+"=1"), env...)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})
	return cmd
}

func waitFile(t *testing.T, path string) {
	t.Helper()
	ctx := testCtx(t)
	for {
		if _, err := os.Stat(path); err == nil {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s never appeared", path)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// TestFollowSurvivesKillAndRestart kills an event daemon with SIGKILL in the
// middle of handling an event, lets the chain move on while it is down, and
// restarts it: the log it leaves must be every event exactly once, in order.
// The daemon follows the dev node over WebSocket and anvil over HTTP.
func TestFollowSurvivesKillAndRestart(t *testing.T) {
	n, err := devnode.Start(testCtx(t), devnode.Config{Accounts: numKeys, NoDeploy: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	tc := rpcChain(t, "devnode", n.HTTPURL())
	tc.url = n.WSURL()
	killRestart(t, tc)
}

func TestFollowSurvivesKillAndRestartAnvil(t *testing.T) { killRestart(t, anvilChain(t)) }

func killRestart(t *testing.T, tc *testChain) {
	w := deploy(t, tc, testParams())
	w.stakeAll(t) // 10 events
	dir := t.TempDir()
	env := []string{
		envURL + "=" + tc.url, envContract + "=" + w.owner.Address().Hex(),
		envFrom + "=" + strconv.FormatUint(w.owner.Block, 10), envDir + "=" + dir,
	}

	const hangAt = 6
	first := startWorker(t, append(env, envHangAt+"="+strconv.Itoa(hangAt))...)
	waitFile(t, filepath.Join(dir, "hung"))
	if err := first.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = first.Wait()

	// The chain moves on while the daemon is down.
	job := w.submit(t)
	w.commitAndDraw(t, job)
	want := allEvents(t, w.owner.Client, w.owner.Block)

	second := startWorker(t, append(env, envExitAt+"="+strconv.Itoa(len(want)))...)
	if err := second.Wait(); err != nil {
		t.Fatalf("restarted worker: %v", err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "events.log"))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(got) != len(want) {
		t.Fatalf("daemon logged %d events, the chain has %d:\n%s", len(got), len(want), b)
	}
	for i, ev := range want {
		if line := fmt.Sprintf("%d:%d:%s", ev.Pos.Block, ev.Pos.Index, ev.Name); got[i] != line {
			t.Fatalf("event %d logged as %q, want %q", i, got[i], line)
		}
	}
}
