// Package anvil starts and stops an anvil node (Foundry's dev chain, a
// second, independent EVM implementation) as a child process on a loopback
// port, so the client can be tested against it.
package anvil

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// ErrNotInstalled means no anvil binary was found.
var ErrNotInstalled = errors.New("anvil: not installed (run scripts/install-chain-tools.sh, or set POL_ANVIL)")

// Find returns the anvil binary: $POL_ANVIL if set, else .tools/bin/anvil
// in the repository containing the working directory.
func Find() (string, error) {
	if p := os.Getenv("POL_ANVIL"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("anvil: POL_ANVIL: %w", err)
		}
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, ".tools", "bin", "anvil")
			if _, err := os.Stat(p); err != nil {
				return "", ErrNotInstalled
			}
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrNotInstalled
		}
		dir = parent
	}
}

// Node is a running anvil process.
type Node struct {
	// URL is the JSON-RPC endpoint, http://127.0.0.1:port.
	URL string
	// PID is the process id.
	PID int

	cmd  *exec.Cmd
	done chan struct{}
	once sync.Once
}

// Start runs bin on 127.0.0.1 with a free port and waits until it listens.
// extra arguments are passed through (e.g. "--block-time", "1").
func Start(ctx context.Context, bin string, extra ...string) (*Node, error) {
	args := append([]string{"--host", "127.0.0.1", "--port", "0"}, extra...)
	cmd := exec.Command(bin, args...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("anvil: start %s: %w", bin, err)
	}
	n := &Node{PID: cmd.Process.Pid, cmd: cmd, done: make(chan struct{})}
	addr := make(chan string, 1)
	go n.scan(out, addr)
	go func() { _ = cmd.Wait(); close(n.done) }()
	select {
	case a := <-addr:
		n.URL = "http://" + a
		return n, nil
	case <-n.done:
		return nil, fmt.Errorf("anvil: exited before listening: %v", cmd.ProcessState)
	case <-ctx.Done():
		n.Stop()
		return nil, fmt.Errorf("anvil: waiting for it to listen: %w", ctx.Err())
	}
}

// scan reads anvil's output for its listen address, then drains the rest.
func (n *Node) scan(r io.Reader, addr chan<- string) {
	s := bufio.NewScanner(r)
	const marker = "Listening on "
	for s.Scan() {
		if a, ok := strings.CutPrefix(strings.TrimSpace(s.Text()), marker); ok {
			select {
			case addr <- a:
			default:
			}
		}
	}
	_, _ = io.Copy(io.Discard, r)
}

// Stop terminates the process (SIGTERM, then SIGKILL after 5 s) and waits
// for it. It is safe to call more than once.
func (n *Node) Stop() {
	n.once.Do(func() {
		_ = n.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-n.done:
		case <-time.After(5 * time.Second):
			_ = n.cmd.Process.Kill()
			<-n.done
		}
	})
}
