package miner

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/params"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/devnode"
	"github.com/pol-network/pol/internal/daemon/daemontest"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// On the embedded dev chain (the contract compiled from source, real
// transactions and events): a miner whose generation fails releases its
// claim through the chain port; the ClaimReleased event ends the job in the
// machine, the job is Open on chain with the miner's collateral unlocked,
// the contract refuses the miner a new claim, and another miner can claim
// the job.
func TestFailedGenerationReleasesOnTheDevChain(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dc := startDevChainJob(ctx, t, chain.DevParams())
	minerA, minerB, job := dc.miners[0], dc.miners[1], dc.job
	net := daemontest.NewNet()
	d, done, stop := startChainDaemon(ctx, t, DaemonConfig{Wiring: Wiring{Chain: minerA, DeployBlock: dc.owner.Block, Network: net, ModelID: dc.model},
		Generate: failingGenerate})
	defer stop()
	owner := dc.owner
	net.Jobs.Send(p2p.Job{JobID: job, ModelID: dc.model, Prompt: testPrompt}, dc.user.From(), "")

	var why Ending
	for why != EndReleased {
		select {
		case <-ctx.Done():
			j, _ := d.liveJob(job)
			t.Fatalf("the job never ended released (phase %v, ended %v)", j.Phase, why)
		case err := <-done:
			t.Fatalf("daemon stopped: %v", err)
		case <-time.After(50 * time.Millisecond):
		}
		d.sh.Loop.Read(func(m *Machine) { why, _ = m.Ended(job) })
	}
	j, err := owner.Job(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	if chain.JobStatus(j.Status) != chain.StatusOpen {
		t.Fatalf("job %v on chain after the release, want Open", chain.JobStatus(j.Status))
	}
	a, err := owner.Account(ctx, minerA.From())
	if err != nil {
		t.Fatal(err)
	}
	if a.Locked.Sign() != 0 || a.Jobs != 0 {
		t.Fatalf("miner after the release: locked %v, jobs %d; want 0, 0", a.Locked, a.Jobs)
	}
	if _, err := minerA.ClaimJob(ctx, job); !errors.Is(err, chain.ErrReleasedByCaller) {
		t.Fatalf("the releaser's new claim: %v, want ReleasedByCaller", err)
	}
	if _, err := minerB.ClaimJob(ctx, job); err != nil {
		t.Fatalf("another miner's claim of the released job: %v", err)
	}
}

// On the embedded dev chain: another miner claims a job and never commits;
// our daemon keeps the job as taken, takes the claim over once it lapses
// (the contract allows it past the claim's expiry), generates and commits
// (issue 12: the requester's job does not wait for its deadline because one
// miner went silent). The silent miner's collateral moves to ours.
func TestLapsedClaimIsTakenOverOnTheDevChain(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	p := chain.DevParams()
	p.ClaimTimeout = 4
	dc := startDevChainJob(ctx, t, p)
	minerA, silent, job, owner := dc.miners[0], dc.miners[1], dc.job, dc.owner
	if _, err := silent.ClaimJob(ctx, job); err != nil { // before our daemon starts: it finds the job taken
		t.Fatal(err)
	}
	net := daemontest.NewNet()
	d, done, stop := startChainDaemon(ctx, t, DaemonConfig{Wiring: Wiring{Chain: minerA, DeployBlock: owner.Block, Network: net, ModelID: dc.model}})
	defer stop()
	net.Jobs.Send(p2p.Job{JobID: job, ModelID: dc.model, Prompt: testPrompt}, dc.user.From(), "")

	for {
		j, err := owner.Job(ctx, job)
		if err != nil {
			t.Fatal(err)
		}
		if chain.JobStatus(j.Status) == chain.StatusCommitted {
			if j.Miner != minerA.From() {
				t.Fatalf("committed by %s, want our miner %s", j.Miner, minerA.From())
			}
			break
		}
		select {
		case <-ctx.Done():
			lj, _ := d.liveJob(job)
			t.Fatalf("the lapsed claim was never taken over: job %v by %s on chain, our phase %v", chain.JobStatus(j.Status), j.Miner, lj.Phase)
		case err := <-done:
			t.Fatalf("daemon stopped: %v", err)
		case <-time.After(200 * time.Millisecond):
		}
	}
	a, err := owner.Account(ctx, silent.From())
	if err != nil {
		t.Fatal(err)
	}
	if a.Locked.Sign() != 0 || a.Jobs != 0 {
		t.Fatalf("the silent miner after the take-over: locked %v, jobs %d; want 0, 0", a.Locked, a.Jobs)
	}
}

// devChainJob is an embedded dev chain with a registered model, two staked
// miner accounts and one open job (4 tokens, 0.01 ETH).
type devChainJob struct {
	owner  *chain.Deployment
	user   *chain.Client
	miners [2]*chain.Client
	model  uint32
	job    logits.JobID
}

func startDevChainJob(ctx context.Context, t *testing.T, p chain.Params) devChainJob {
	t.Helper()
	n, err := devnode.Start(ctx, devnode.Config{BlockPeriod: time.Second, Params: &p})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	dc := devChainJob{owner: n.Contract()}
	if dc.model, err = dc.owner.RegisterModel(ctx, logits.Hash{0x01}, chain.ChainThresholds(logits.DefaultThresholds())); err != nil {
		t.Fatal(err)
	}
	acc := n.Accounts()
	dc.user, dc.miners = dc.owner.WithKey(acc[1].Key), [2]*chain.Client{dc.owner.WithKey(acc[2].Key), dc.owner.WithKey(acc[3].Key)}
	for _, m := range dc.miners {
		if _, err := m.Stake(ctx, chain.RoleMiner, big.NewInt(params.Ether)); err != nil {
			t.Fatal(err)
		}
	}
	head, err := dc.owner.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if dc.job, err = dc.user.SubmitJob(ctx, chain.JobRequest{ModelID: dc.model, PromptHash: logits.PromptHash(testPrompt), MaxTokens: 4,
		Sampler: logits.Greedy, Deadline: head.Time + 3600, Fee: big.NewInt(params.Ether / 100)}); err != nil {
		t.Fatal(err)
	}
	return dc
}

// startChainDaemon runs a miner daemon on cfg with the shared bundled
// engine, a temporary data directory and a fast poll; stop ends it and
// reports an error it stopped with.
func startChainDaemon(ctx context.Context, t *testing.T, cfg DaemonConfig) (d *Daemon, done chan error, stop func()) {
	t.Helper()
	testEngine.once.Do(func() { testEngine.e = bundledRefShared(t) })
	cfg.Engine, cfg.DataDir, cfg.Poll = testEngine.e, t.TempDir(), 50*time.Millisecond
	cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	d, err := NewDaemon(cfg)
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	done = make(chan error, 1)
	go func() { done <- d.Run(runCtx) }()
	return d, done, func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("daemon stopped with %v", err)
			}
		case <-time.After(30 * time.Second): // already reported by the test, or stuck
		}
	}
}
