package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/p2p"
)

// rpcProxy forwards TCP connections on addr to a chain node. Cut closes the
// listener and every open connection (the node is unreachable: connection
// refused); Hang keeps accepting and holds every byte either way (the node
// is frozen, as under SIGSTOP: connections open, no answer); Restore ends
// either (after a hang the held bytes flow on, as after SIGCONT).
type rpcProxy struct {
	addr, target string
	mu           sync.Mutex
	ln           net.Listener
	conns        map[net.Conn]bool
	resume       chan struct{} // non-nil while hung: closed by Restore
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
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.resume != nil {
		close(p.resume)
		p.resume = nil
	}
	if p.ln != nil {
		return
	}
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		t.Fatal(err)
	}
	p.ln = ln
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

// Hang freezes the node behind the proxy until Restore.
func (p *rpcProxy) Hang() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.resume == nil {
		p.resume = make(chan struct{})
	}
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
	go func() { p.pipe(up, c); up.Close() }()
	p.pipe(c, up)
	c.Close()
	p.mu.Lock()
	delete(p.conns, c)
	delete(p.conns, up)
	p.mu.Unlock()
}

// pipe copies src to dst, holding what it read while the proxy hangs.
func (p *rpcProxy) pipe(dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			p.mu.Lock()
			resume := p.resume
			p.mu.Unlock()
			if resume != nil {
				<-resume
			}
			if _, err := dst.Write(buf[:n]); err != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

func (p *rpcProxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.resume != nil {
		close(p.resume)
		p.resume = nil
	}
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
// validator`s run against it through a proxy (issue 12), either refusing
// connections (the node is down) or accepting them and never answering (the
// node is frozen: soak's rpc-stop; every call is bounded by -rpc-timeout):
// daemons started while it is out wait (within -timeout) and then run; a
// second outage after the job is committed is survived by all three, each
// logging it once when it goes and once when it is back; the job settles
// Passed and nobody's stake moves.
func TestDaemonsWaitOutAnRPCOutage(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and three daemons")
	}
	t.Run("refused", func(t *testing.T) { testOutage(t, (*rpcProxy).Cut) })
	// 2 s: long enough for a live dev node under -race on a busy machine
	t.Run("hung", func(t *testing.T) { testOutage(t, (*rpcProxy).Hang, "-rpc-timeout", "2s") })
}

func testOutage(t *testing.T, cut func(*rpcProxy), flags ...string) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	p := chain.DevParams()
	p.SeedDelay, p.AttestWindow, p.RevealWindow = 2, 16, 16
	tn := startTestNet(ctx, t, p, 3, 4)
	proxy := newRPCProxy(t, strings.TrimPrefix(tn.n.HTTPURL(), "http://"))
	before := tn.stakes(ctx, t, 2, 3, 4)

	// started while the RPC is out
	cut(proxy)
	logs := map[string]*countingWriter{}
	args := func(devKey int) []string {
		return append([]string{"-rpc", proxy.URL(), "-contract", tn.owner.Address().Hex(), "-dev-key", fmt.Sprint(devKey),
			"-deploy-block", fmt.Sprint(tn.owner.Block), "-data-dir", t.TempDir(), "-listen", strings.Join(p2p.LoopbackListenAddrs, ","),
			"-bootstrap", tn.wnode.Addr(), "-threads", "1", "-poll", "250ms", "-timeout", "2m"}, flags...)
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
	allLogged := func(n int) func() bool {
		return func() bool {
			for _, w := range logs {
				if w.count("unreachable") < n {
					return false
				}
			}
			return true
		}
	}
	waitLines("the daemons to find the RPC out", allLogged(1))
	time.Sleep(2 * time.Second) // a while out: several attempts each, one line each
	proxy.Restore(t)
	waitLines("the daemons to join the mesh", func() bool { return len(tn.wnode.Gossip.ListPeers(p2p.TopicJobs)) >= 3 })

	job := tn.submitJob(ctx, t, "Once upon a time")
	waitLines("the commit", func() bool { return tn.status(ctx, t, job) >= chain.StatusCommitted })

	// the second outage: a committed job, daemons running
	cut(proxy)
	waitLines("the daemons to notice the outage", allLogged(2))
	time.Sleep(3 * time.Second)
	proxy.Restore(t)
	waitLines("the settlement", func() bool { return tn.status(ctx, t, job) > chain.StatusCommitted })
	if s := tn.status(ctx, t, job); s != chain.StatusPassed {
		t.Fatalf("job settled %s, want Passed", s)
	}
	if after := tn.stakes(ctx, t, 2, 3, 4); fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("stakes of the miner and the validators went from %v to %v: an honest party lost stake", before, after)
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
