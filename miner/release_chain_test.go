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
	n, err := devnode.Start(ctx, devnode.Config{BlockPeriod: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	owner := n.Contract()
	model, err := owner.RegisterModel(ctx, logits.Hash{0x01}, chain.ChainThresholds(logits.DefaultThresholds()))
	if err != nil {
		t.Fatal(err)
	}
	acc := n.Accounts()
	user, minerA, minerB := owner.WithKey(acc[1].Key), owner.WithKey(acc[2].Key), owner.WithKey(acc[3].Key)
	for _, m := range []*chain.Client{minerA, minerB} {
		if _, err := m.Stake(ctx, chain.RoleMiner, big.NewInt(params.Ether)); err != nil {
			t.Fatal(err)
		}
	}
	head, err := owner.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	job, err := user.SubmitJob(ctx, chain.JobRequest{ModelID: model, PromptHash: logits.PromptHash(testPrompt), MaxTokens: 4,
		Sampler: logits.Greedy, Deadline: head.Time + 3600, Fee: big.NewInt(params.Ether / 100)})
	if err != nil {
		t.Fatal(err)
	}

	testEngine.once.Do(func() { testEngine.e = bundledRefShared(t) })
	net := daemontest.NewNet()
	d, err := NewDaemon(DaemonConfig{Chain: minerA, DeployBlock: owner.Block, Network: net, Engine: testEngine.e, ModelID: model,
		DataDir: t.TempDir(), Generate: failingGenerate, Poll: 50 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- d.Run(runCtx) }()
	defer func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("daemon stopped with %v", err)
		}
	}()
	net.Jobs.Send(p2p.Job{JobID: job, ModelID: model, Prompt: testPrompt}, acc[1].Address, "")

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
	n, err := devnode.Start(ctx, devnode.Config{BlockPeriod: time.Second, Params: &p})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	owner := n.Contract()
	model, err := owner.RegisterModel(ctx, logits.Hash{0x01}, chain.ChainThresholds(logits.DefaultThresholds()))
	if err != nil {
		t.Fatal(err)
	}
	acc := n.Accounts()
	user, minerA, silent := owner.WithKey(acc[1].Key), owner.WithKey(acc[2].Key), owner.WithKey(acc[3].Key)
	for _, m := range []*chain.Client{minerA, silent} {
		if _, err := m.Stake(ctx, chain.RoleMiner, big.NewInt(params.Ether)); err != nil {
			t.Fatal(err)
		}
	}
	head, err := owner.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	job, err := user.SubmitJob(ctx, chain.JobRequest{ModelID: model, PromptHash: logits.PromptHash(testPrompt), MaxTokens: 4,
		Sampler: logits.Greedy, Deadline: head.Time + 3600, Fee: big.NewInt(params.Ether / 100)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := silent.ClaimJob(ctx, job); err != nil { // before our daemon starts: it finds the job taken
		t.Fatal(err)
	}

	testEngine.once.Do(func() { testEngine.e = bundledRefShared(t) })
	net := daemontest.NewNet()
	d, err := NewDaemon(DaemonConfig{Chain: minerA, DeployBlock: owner.Block, Network: net, Engine: testEngine.e, ModelID: model,
		DataDir: t.TempDir(), Poll: 50 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- d.Run(runCtx) }()
	defer func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("daemon stopped with %v", err)
		}
	}()
	net.Jobs.Send(p2p.Job{JobID: job, ModelID: model, Prompt: testPrompt}, acc[1].Address, "")

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
