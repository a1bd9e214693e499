package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/bindings"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// TestMinerAndValidatorCommands runs `pol miner` and `pol validator` as a
// user would (flags, dev keys, model found by its id on the contract)
// against the embedded dev chain over HTTP, submits a job and gossips its
// prompt from a wallet node, and waits for the job to settle Passed; the
// miner's metrics endpoint reports the committed job. Two validators: a
// committee of one never decides (docs/contract.md). A second miner process
// on the running miner's data directory is refused. Then the commands stop
// cleanly on cancellation.
func TestMinerAndValidatorCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain and two daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	p := chain.DevParams()
	p.SeedDelay, p.AttestWindow = 2, 8
	tn := startTestNet(ctx, t, p, 3, 5)
	n, owner, wnode, acc := tn.n, tn.owner, tn.wnode, tn.n.Accounts()

	metrics := freeAddr(t)
	common := func(devKey int, dir string) []string {
		return []string{"-rpc", n.HTTPURL(), "-contract", owner.Address().Hex(), "-dev-key", fmt.Sprint(devKey),
			"-deploy-block", fmt.Sprint(owner.Block), "-data-dir", dir, "-listen", strings.Join(p2p.LoopbackListenAddrs, ","),
			"-bootstrap", wnode.Addr(), "-threads", "1", "-poll", "250ms"}
	}
	// an account that is not staked as a miner is refused with a clear error
	err := commands["miner"].run(ctx, &env{stdout: io.Discard, stderr: io.Discard, log: testLogger(t, "unstaked")}, common(4, t.TempDir()))
	if err == nil || !strings.Contains(err.Error(), "is not staked as Miner") {
		t.Fatalf("unstaked miner: %v", err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 3)
	var minerOut, validatorOut lockedBuffer
	minerDir := t.TempDir()
	go func() {
		done <- commands["miner"].run(runCtx, &env{stdout: &minerOut, stderr: io.Discard, log: testLogger(t, "miner")},
			append(common(2, minerDir), "-metrics-addr", metrics))
	}()
	go func() {
		done <- commands["validator"].run(runCtx, &env{stdout: &validatorOut, stderr: io.Discard, log: testLogger(t, "validator")},
			common(3, t.TempDir()))
	}()
	go func() {
		done <- commands["validator"].run(runCtx, &env{stdout: io.Discard, stderr: io.Discard, log: testLogger(t, "validator-b")},
			common(5, t.TempDir()))
	}()
	for len(wnode.Gossip.ListPeers(p2p.TopicJobs)) < 3 {
		select {
		case err := <-done:
			t.Fatalf("a daemon stopped early: %v", err)
		case <-time.After(100 * time.Millisecond):
		}
	}

	// the same data dir again (same key): refused at once, naming the holder
	err = commands["miner"].run(ctx, &env{stdout: io.Discard, stderr: io.Discard, log: testLogger(t, "second")}, common(2, minerDir))
	if err == nil || !strings.Contains(err.Error(), "in use by another pol process") {
		t.Fatalf("second miner on the same data dir: %v", err)
	}

	job := tn.submitJob(ctx, t, "Once upon a time")
	settled := make(chan *bindings.ProofOfLogitsJobSettled, 1)
	followCtx, stopFollow := context.WithCancel(ctx)
	defer stopFollow()
	go owner.Follow(followCtx, chain.FollowOptions{From: owner.Block, Events: []string{"JobSettled"}},
		func(_ context.Context, ev chain.Event) error {
			settled <- ev.Data.(*bindings.ProofOfLogitsJobSettled)
			return nil
		})
	select {
	case s := <-settled:
		if chain.JobStatus(s.Outcome) != chain.StatusPassed || logits.JobID(s.JobId) != job {
			t.Fatalf("job %x settled %s, want %s Passed (wallet commitments topic: %+v, peers %v)", s.JobId, chain.JobStatus(s.Outcome), job, wnode.Gossip.Stats(p2p.TopicCommitments), wnode.Gossip.ListPeers(p2p.TopicCommitments))
		}
	case err := <-done:
		t.Fatalf("a daemon stopped: %v", err)
	case <-ctx.Done():
		t.Fatal("the job did not settle within 3 minutes")
	}
	resp, err := http.Get("http://" + metrics + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "pol_miner_jobs_committed_total 1") {
		t.Errorf("miner metrics lack the committed job:\n%s", body)
	}
	stop()
	for i := 0; i < 3; i++ {
		if err := <-done; err != nil {
			t.Errorf("daemon stopped with %v", err)
		}
	}
	if !strings.Contains(minerOut.String(), "miner "+acc[2].Address.Hex()) || !strings.Contains(validatorOut.String(), "validator "+acc[3].Address.Hex()) {
		t.Errorf("startup lines: %q, %q", minerOut.String(), validatorOut.String())
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func testLogger(t *testing.T, name string) *slog.Logger {
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelInfo})).With("node", name)
}
