package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/internal/datadir"
	"github.com/pol-network/pol/internal/node"
	"github.com/pol-network/pol/miner"
	"github.com/pol-network/pol/p2p"
	"github.com/pol-network/pol/validator"
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
	p.unhangLocked()
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

// unhangLocked lets held bytes flow again; the caller holds mu.
func (p *rpcProxy) unhangLocked() {
	if p.resume != nil {
		close(p.resume)
		p.resume = nil
	}
}

func (p *rpcProxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.unhangLocked()
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

// startProxiedNet is a test net (validators 3 and 4 staked, seed delay 2,
// attest and reveal windows of window blocks) with a proxy in front of its
// RPC.
func startProxiedNet(ctx context.Context, t *testing.T, window uint32) (*testNet, *rpcProxy) {
	t.Helper()
	p := chain.DevParams()
	p.SeedDelay, p.AttestWindow, p.RevealWindow = 2, window, window
	tn := startTestNet(ctx, t, p, 3, 4)
	return tn, newRPCProxy(t, strings.TrimPrefix(tn.n.HTTPURL(), "http://"))
}

func testOutage(t *testing.T, cut func(*rpcProxy), flags ...string) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	tn, proxy := startProxiedNet(ctx, t, 16)
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

// A miner restarted while the chain RPC is out serves the reveals of its
// committed job (issue 12): `pol miner` commits a job and learns its
// committee, stops, the RPC is cut, and the restarted miner starts from its
// data directory (one WARN line for the outage) instead of waiting for the
// chain; a committee member fetches every challenged opening from it over
// libp2p, verified against the on-chain root, while the RPC is still cut.
// When the RPC is back the miner checks the chain and keeps running.
func TestMinerRestartedDuringAnOutageServesReveals(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and a miner twice")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	tn, proxy := startProxiedNet(ctx, t, 60)
	dir, port := t.TempDir(), strings.Split(freeAddr(t), ":")[1]
	args := []string{"-rpc", proxy.URL(), "-contract", tn.owner.Address().Hex(), "-dev-key", "2",
		"-deploy-block", fmt.Sprint(tn.owner.Block), "-data-dir", dir, "-listen", "/ip4/127.0.0.1/tcp/" + port,
		"-bootstrap", tn.wnode.Addr(), "-threads", "1", "-poll", "250ms"}
	words := []string{"unreachable", "is back", "pruned unchallenged logits", "starting from the data directory", "chain checked", "miner running", "level=WARN"}
	start := func(name string) (*countingWriter, *lockedBuffer, func() error) {
		w := &countingWriter{t: t, words: map[string]int{}}
		for _, word := range words {
			w.words[word] = 0
		}
		out := &lockedBuffer{}
		log := slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo})).With("node", name)
		runCtx, stop := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- commands["miner"].run(runCtx, &env{stdout: out, stderr: io.Discard, log: log}, args) }()
		return w, out, func() error { stop(); return <-done }
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		for !cond() {
			select {
			case <-ctx.Done():
				t.Fatalf("timed out waiting for %s", what)
			case <-time.After(100 * time.Millisecond):
			}
		}
	}

	first, _, stop := start("miner")
	waitFor("the miner to join the mesh", func() bool { return len(tn.wnode.Gossip.ListPeers(p2p.TopicJobs)) >= 1 })
	job := tn.submitJob(ctx, t, "Once upon a time")
	waitFor("the commit", func() bool { return tn.status(ctx, t, job) >= chain.StatusCommitted })
	waitFor("the committee draw", func() bool { _, err := tn.wallet.DrawCommittee(ctx, job); return err == nil })
	waitFor("the miner to hold the committee", func() bool { return first.count("pruned unchallenged logits") > 0 })
	if err := stop(); err != nil {
		t.Fatalf("first miner stopped with %v", err)
	}

	proxy.Cut()
	w, out, stop := start("miner-restarted")
	defer func() {
		if err := stop(); err != nil {
			t.Errorf("restarted miner stopped with %v", err)
		}
	}()
	waitFor("the restarted miner to run", func() bool { return w.count("miner running") > 0 })
	if w.count("starting from the data directory") != 1 {
		t.Fatal("the restarted miner did not say it started from its data directory")
	}

	// a committee member fetches the challenged openings, the RPC still cut
	members, _, err := tn.owner.Committee(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	var key *ecdsa.PrivateKey
	for _, a := range tn.n.Accounts() {
		if len(members) > 0 && a.Address == members[0] {
			key = a.Key
		}
	}
	if key == nil {
		t.Fatalf("committee %v is none of the dev accounts", members)
	}
	positions, err := tn.owner.ChallengePositions(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	member, err := node.Start(ctx, node.Config{Key: key, Chain: tn.owner.WithKey(key), From: tn.owner.Block, Listen: p2p.LoopbackListenAddrs,
		Open: true, Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer member.Close()
	line := strings.Fields(out.String())
	ai, err := peer.AddrInfoFromString(line[len(line)-1])
	if err != nil {
		t.Fatalf("miner address in %q: %v", out.String(), err)
	}
	if err := member.Host.Connect(ctx, *ai); err != nil {
		t.Fatalf("the committee member cannot connect to the restarted miner: %v", err)
	}
	reveals := p2p.NewRevealClient(member.Host, validator.ChainRoots(tn.owner), 10*time.Second)
	for _, i := range positions {
		o, err := reveals.Fetch(ctx, ai.ID, job, i)
		if err != nil || o.Index != i {
			t.Fatalf("opening %d from the restarted miner while its RPC is cut: %v", i, err)
		}
	}
	if down, back, warns := w.count("unreachable"), w.count("is back"), w.count("level=WARN"); down != 1 || back != 0 || warns != 1 {
		t.Fatalf("%d 'unreachable', %d 'is back' and %d WARN lines while the RPC is still cut, want 1, 0 and 1", down, back, warns)
	}

	proxy.Restore(t)
	waitFor("the chain to be checked", func() bool { return w.count("chain checked") == 1 && w.count("is back") == 1 })
}

// A miner started from its data directory during an outage stops with a
// clear error once the chain answers and is not the one the directory
// belongs to (here: the recorded genesis differs, as after a dev chain
// reset): what the chain would have refused at start it refuses late, not
// never.
func TestMinerStartedFromDiskStopsOnAnotherChain(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and a miner")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	tn := startTestNet(ctx, t, chain.DevParams())
	proxy := newRPCProxy(t, strings.TrimPrefix(tn.n.HTTPURL(), "http://"))
	dir := t.TempDir()
	state, err := miner.NewMachine(miner.Config{Role: daemon.Role{ModelID: tn.modelID}}).Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if err := datadir.CheckChain(dir, datadir.Chain{ChainID: 1337, Genesis: "0x01", Contract: tn.owner.Address().Hex(), DeployBlock: tn.owner.Block}); err != nil {
		t.Fatal(err)
	}
	if err := datadir.RecordModel(dir, datadir.Model{WeightsHash: tn.weights.String(), ModelID: tn.modelID}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, miner.StateFile), state, 0o600); err != nil {
		t.Fatal(err)
	}

	proxy.Cut()
	w := &countingWriter{t: t, words: map[string]int{"starting from the data directory": 0, "miner running": 0}}
	log := slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
	done := make(chan error, 1)
	go func() {
		done <- commands["miner"].run(ctx, &env{stdout: io.Discard, stderr: io.Discard, log: log}, []string{"-rpc", proxy.URL(),
			"-contract", tn.owner.Address().Hex(), "-dev-key", "2", "-deploy-block", fmt.Sprint(tn.owner.Block), "-data-dir", dir,
			"-listen", strings.Join(p2p.LoopbackListenAddrs, ","), "-threads", "1", "-poll", "250ms"})
	}()
	for w.count("miner running") == 0 {
		select {
		case err := <-done:
			t.Fatalf("the miner stopped before running from its data directory: %v", err)
		case <-ctx.Done():
			t.Fatal("timed out waiting for the miner to run")
		case <-time.After(100 * time.Millisecond):
		}
	}
	if w.count("starting from the data directory") != 1 {
		t.Fatal("the miner did not start from its data directory")
	}
	proxy.Restore(t)
	select {
	case err := <-done:
		if !errors.Is(err, datadir.ErrOtherChain) {
			t.Fatalf("miner stopped with %v, want ErrOtherChain", err)
		}
	case <-ctx.Done():
		t.Fatal("the miner kept running on another chain")
	}
}
