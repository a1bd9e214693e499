package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// rpcProxy forwards TCP connections on addr to a chain node; Cut closes the
// listener and every open connection (the node is unreachable: connection
// refused), Restore listens on the same address again.
type rpcProxy struct {
	addr, target string
	mu           sync.Mutex
	ln           net.Listener
	conns        map[net.Conn]bool
}

func newRPCProxy(t *testing.T, target string) *rpcProxy {
	t.Helper()
	p := &rpcProxy{addr: freeAddr(t), target: target, conns: map[net.Conn]bool{}}
	p.Restore(t)
	t.Cleanup(p.Cut)
	return p
}

func (p *rpcProxy) URL() string { return "http://" + p.addr }

func (p *rpcProxy) Restore(t *testing.T) {
	t.Helper()
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		t.Fatal(err)
	}
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go p.forward(c)
		}
	}()
}

func (p *rpcProxy) forward(c net.Conn) {
	up, err := net.Dial("tcp", p.target)
	if err != nil {
		c.Close()
		return
	}
	p.mu.Lock()
	p.conns[c], p.conns[up] = true, true
	p.mu.Unlock()
	go func() { io.Copy(up, c); up.Close() }()
	io.Copy(c, up)
	c.Close()
	p.mu.Lock()
	delete(p.conns, c)
	delete(p.conns, up)
	p.mu.Unlock()
}

func (p *rpcProxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
	}
}

// countingWriter counts the log lines that contain each of its words, and
// passes every line to the test log.
type countingWriter struct {
	t     *testing.T
	mu    sync.Mutex
	words map[string]int
}

func (w *countingWriter) Write(b []byte) (int, error) {
	w.mu.Lock()
	for word := range w.words {
		w.words[word] += strings.Count(string(b), word)
	}
	w.mu.Unlock()
	w.t.Log(strings.TrimRight(string(b), "\n"))
	return len(b), nil
}

func (w *countingWriter) count(word string) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.words[word]
}

// The chain's RPC goes away and comes back while `pol miner` and two `pol
// validator`s run against it through a proxy (issue 12): daemons started
// while it is down wait (within -timeout) and then run; a second outage
// after the job is committed is survived by all three, each logging it once
// when it goes and once when it is back, and the job settles Passed.
func TestDaemonsWaitOutAnRPCOutage(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and three daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	p := chain.DevParams()
	p.SeedDelay, p.AttestWindow, p.RevealWindow = 2, 16, 16
	tn := startTestNet(ctx, t, p, 3, 4)
	n, owner, modelID, wallet, wnode := tn.n, tn.owner, tn.modelID, tn.wallet, tn.wnode
	proxy := newRPCProxy(t, strings.TrimPrefix(n.HTTPURL(), "http://"))

	// started while the RPC is down
	proxy.Cut()
	logs := map[string]*countingWriter{}
	args := func(devKey int) []string {
		return []string{"-rpc", proxy.URL(), "-contract", owner.Address().Hex(), "-dev-key", fmt.Sprint(devKey),
			"-deploy-block", fmt.Sprint(owner.Block), "-data-dir", t.TempDir(), "-listen", strings.Join(p2p.LoopbackListenAddrs, ","),
			"-bootstrap", wnode.Addr(), "-threads", "1", "-poll", "250ms", "-timeout", "2m"}
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 3)
	for _, d := range []struct {
		cmd  string
		key  int
		name string
	}{{"miner", 2, "miner"}, {"validator", 3, "validator-a"}, {"validator", 4, "validator-b"}} {
		w := &countingWriter{t: t, words: map[string]int{"unreachable": 0, "is back": 0}}
		logs[d.name] = w
		log := slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo})).With("node", d.name)
		go func() {
			done <- commands[d.cmd].run(runCtx, &env{stdout: io.Discard, stderr: io.Discard, log: log}, args(d.key))
		}()
	}
	waitLines := func(what string, cond func() bool) {
		t.Helper()
		for !cond() {
			select {
			case err := <-done:
				t.Fatalf("a daemon stopped while waiting for %s: %v", what, err)
			case <-ctx.Done():
				t.Fatalf("timed out waiting for %s", what)
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
	waitLines("the daemons to find the RPC down", func() bool {
		for _, w := range logs {
			if w.count("unreachable") == 0 {
				return false
			}
		}
		return true
	})
	time.Sleep(2 * time.Second) // a while down: several attempts each, one line each
	proxy.Restore(t)
	waitLines("the daemons to join the mesh", func() bool { return len(wnode.Gossip.ListPeers(p2p.TopicJobs)) >= 3 })

	prompt := "Once upon a time"
	head, err := wallet.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	job, err := wallet.SubmitJob(ctx, chain.JobRequest{ModelID: modelID, PromptHash: logits.PromptHash(prompt), MaxTokens: 5,
		Deadline: head.Time + 600, Fee: big.NewInt(1e16)})
	if err != nil {
		t.Fatal(err)
	}
	if err := wnode.Gossip.PublishJob(ctx, p2p.Job{JobID: job, ModelID: modelID, Prompt: prompt}); err != nil {
		t.Fatal(err)
	}
	status := func() chain.JobStatus {
		j, err := owner.Job(ctx, job)
		if err != nil {
			t.Fatal(err)
		}
		return chain.JobStatus(j.Status)
	}
	waitLines("the commit", func() bool { return status() >= chain.StatusCommitted })

	// the second outage: a committed job, daemons running
	proxy.Cut()
	waitLines("the daemons to notice the outage", func() bool {
		for _, w := range logs {
			if w.count("unreachable") < 2 {
				return false
			}
		}
		return true
	})
	time.Sleep(3 * time.Second)
	proxy.Restore(t)
	waitLines("the settlement", func() bool { return status() > chain.StatusCommitted })
	if s := status(); s != chain.StatusPassed {
		t.Fatalf("job settled %s, want Passed", s)
	}
	stop()
	for range 3 {
		if err := <-done; err != nil {
			t.Errorf("daemon stopped with %v", err)
		}
	}
	for name, w := range logs {
		// one line per outage and per link (the start-up wait, the
		// daemon's own): never a line per attempt
		if down, back := w.count("unreachable"), w.count("is back"); down != 2 || back != 2 {
			t.Errorf("%s: %d 'unreachable' and %d 'is back' lines for two outages", name, down, back)
		}
	}
}
