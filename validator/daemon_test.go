package validator

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon/daemontest"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/ref"
	"github.com/pol-network/pol/p2p"
)

// realJob is a job the bundled model generated: what an honest miner
// commits and serves.
type realJob struct {
	engine models.Engine
	store  *logits.Store
	root   logits.Hash
	n      uint32
	prompt []uint32
	output []uint32
	th     logits.Thresholds
}

var shared struct {
	once sync.Once
	job  realJob
	err  error
}

func generatedJob(t *testing.T) realJob {
	t.Helper()
	shared.once.Do(func() { shared.job, shared.err = generate() })
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.job
}

func generate() (realJob, error) {
	ctx := context.Background()
	path, err := models.BundledModelPath(ctx)
	if err != nil {
		return realJob{}, err
	}
	e, err := ref.Load(path)
	if err != nil {
		return realJob{}, err
	}
	id, err := e.File().ID(ctx, nil)
	if err != nil {
		return realJob{}, err
	}
	dir, err := os.MkdirTemp("", "pol-validator-test")
	if err != nil {
		return realJob{}, err
	}
	store, err := logits.OpenStore(dir)
	if err != nil {
		return realJob{}, err
	}
	b, err := store.Create(jobA, e.File().Config.VocabSize)
	if err != nil {
		return realJob{}, err
	}
	ptoks, err := e.File().Tokenizer.Encode(prompt)
	if err != nil {
		return realJob{}, err
	}
	if _, err := models.Generate(ctx, e, ptoks, models.GenerateOptions{N: 4, StopAtEOG: true, Sink: b}); err != nil {
		return realJob{}, err
	}
	output := b.Tokens()
	root, n, err := b.Finish()
	if err != nil {
		return realJob{}, err
	}
	return realJob{engine: e, store: store, root: root, n: n, prompt: models.Uint32s(ptoks), output: output, th: must(models.ThresholdsFor(id))}, nil
}

// fakeChain is the validator's chain port in memory: transactions that go
// through are answered with their events, as the contract would.
type fakeChain struct {
	*daemontest.Chain
	mu       sync.Mutex
	seed     logits.Hash
	members  []common.Address
	drawn    bool
	fail     map[string]error // the next call of that name fails with it
	hang     map[string]bool  // calls of that name take effect, then wait for the daemon to stop
	verdicts map[common.Address]chain.Verdict
}

const (
	window   = 6 // attest and reveal windows, blocks
	seedAt   = 5
	deadline = 1000
)

func newFakeChain() *fakeChain {
	return &fakeChain{Chain: daemontest.NewChain(), seed: seedA, members: []common.Address{self, other},
		fail: map[string]error{}, hang: map[string]bool{}, verdicts: map[common.Address]chain.Verdict{}}
}

func (c *fakeChain) From() common.Address { return self }

// call records a call and applies the injected failure or hang.
func (c *fakeChain) call(ctx context.Context, name string) error {
	if err := c.Call(name); err != nil {
		return err
	}
	c.mu.Lock()
	err, hang := c.fail[name], c.hang[name]
	delete(c.fail, name)
	c.mu.Unlock()
	if err != nil {
		return err
	}
	if hang {
		<-ctx.Done()
		return ctx.Err()
	}
	return nil
}

func (c *fakeChain) set(f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f()
}

func (c *fakeChain) Params(ctx context.Context) (chain.Params, error) {
	if err := c.call(ctx, "params"); err != nil {
		return chain.Params{}, err
	}
	return chain.Params{Challenges: 2, AttestWindow: window, RevealWindow: window}, nil
}

func (c *fakeChain) Thresholds(ctx context.Context, _, _ uint32, profile uint16) (chain.Thresholds, error) {
	if err := c.call(ctx, "thresholds"); err != nil {
		return chain.Thresholds{}, err
	}
	if p := models.Profile(profile); p != models.ProfileCPUF32 && p != models.ProfileCPUF16 {
		return chain.Thresholds{}, chain.ErrProfileNotAdmitted // as the contract: the bundled model is registered for the CPU profiles
	}
	return chain.ChainThresholds(shared.job.th), nil
}

func (c *fakeChain) WaitSeed(ctx context.Context, _ logits.JobID) (logits.Hash, error) {
	for {
		h, err := c.Head(ctx)
		if err != nil {
			return logits.Hash{}, err
		}
		if h.Block > seedAt {
			if err := c.call(ctx, "seed"); err != nil {
				return logits.Hash{}, err
			}
			return c.seed, nil
		}
		select {
		case <-ctx.Done():
			return logits.Hash{}, ctx.Err()
		case <-time.After(2 * time.Millisecond):
		}
	}
}

func (c *fakeChain) Committee(ctx context.Context, _ logits.JobID) ([]common.Address, []chain.Verdict, error) {
	if err := c.call(ctx, "committee"); err != nil {
		return nil, nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.drawn {
		return nil, nil, nil
	}
	return c.members, nil, nil
}

func (c *fakeChain) PreviewCommittee(ctx context.Context, _ logits.JobID) ([]common.Address, error) {
	if err := c.call(ctx, "preview"); err != nil {
		return nil, err
	}
	return c.members, nil
}

func (c *fakeChain) DrawCommittee(ctx context.Context, job logits.JobID) (*types.Receipt, error) {
	if err := c.call(ctx, "draw"); err != nil {
		return nil, err
	}
	c.mu.Lock()
	already := c.drawn
	c.drawn = true
	c.mu.Unlock()
	if already {
		return nil, &chain.RevertError{Method: "drawCommittee", Err: chain.ErrCommitteeAlreadyDrawn}
	}
	c.Emit(chain.CommitteeDrawn{Job: job, Seed: c.seed, Members: c.members})
	return &types.Receipt{}, nil
}

func (c *fakeChain) CommitVerdict(ctx context.Context, job logits.JobID, v chain.Verdict, salt, evidence logits.Hash) (*types.Receipt, error) {
	c.mu.Lock()
	_, already := c.verdicts[self]
	c.mu.Unlock()
	if already {
		return nil, &chain.RevertError{Method: "commitVerdict", Err: chain.ErrAlreadyCommitted}
	}
	if err := c.Call("commit-verdict"); err != nil {
		return nil, err
	}
	c.mu.Lock()
	err := c.fail["commit-verdict"]
	delete(c.fail, "commit-verdict")
	c.mu.Unlock()
	if err != nil {
		return nil, err
	}
	c.set(func() { c.verdicts[self] = v })
	if c.hanging("commit-verdict") { // on chain, but the process dies before it hears
		<-ctx.Done()
		return nil, ctx.Err()
	}
	c.Emit(chain.VerdictCommitted{Job: job, Member: self})
	return &types.Receipt{}, nil
}

func (c *fakeChain) hanging(name string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hang[name]
}

func (c *fakeChain) RevealVerdict(ctx context.Context, job logits.JobID, v chain.Verdict, _, evidence logits.Hash) (*types.Receipt, error) {
	if err := c.call(ctx, "reveal-verdict"); err != nil {
		return nil, err
	}
	c.Emit(chain.Attested{Job: job, Validator: self, Verdict: v, Evidence: evidence})
	return &types.Receipt{}, nil
}

func (c *fakeChain) Settle(ctx context.Context, job logits.JobID) (*chain.Settlement, error) {
	if err := c.call(ctx, "settle"); err != nil {
		return nil, err
	}
	c.mu.Lock()
	outcome := chain.StatusFailed
	if c.verdicts[self] == chain.VerdictPass {
		outcome = chain.StatusPassed
	}
	c.mu.Unlock()
	c.Emit(chain.JobSettled{Job: job, Outcome: outcome, MinerPayout: big.NewInt(1)})
	return &chain.Settlement{Outcome: uint8(outcome)}, nil
}

// fakeNet serves the real job's openings as the miner would, or times out.
type fakeNet struct {
	*daemontest.Net
	mu      sync.Mutex
	timeout bool  // the miner does not answer
	hang    bool  // requests wait until the daemon stops
	answer  error // the miner's answer fails with this (a reveal client's error)
	fetches int
}

func (n *fakeNet) Fetch(ctx context.Context, _ string, _ []string, job logits.JobID, i uint32) (*logits.Opening, error) {
	n.mu.Lock()
	n.fetches++
	timeout, hang, answer := n.timeout, n.hang, n.answer
	n.mu.Unlock()
	if answer != nil {
		return nil, answer
	}
	if hang {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	if timeout {
		return nil, errors.New("reveal: i/o timeout after 10s") // transport text: must stay out of the evidence
	}
	return shared.job.store.Open(job, i)
}

func (n *fakeNet) FetchFromMembers(context.Context, []common.Address, common.Address, logits.JobID, uint32) (*logits.Opening, error) {
	return nil, p2p.ErrRevealNotFound
}

type harness struct {
	t     *testing.T
	chain *fakeChain
	net   *fakeNet
	d     *Daemon
	*daemontest.Running
	met *Metrics
}

func newHarness(t *testing.T, dir string, c *fakeChain, n *fakeNet) *harness {
	t.Helper()
	job := generatedJob(t)
	if n == nil {
		n = &fakeNet{Net: daemontest.NewNet()}
	}
	met, _ := NewMetrics(nil)
	d, err := NewDaemon(DaemonConfig{Wiring: Wiring{Chain: c, Network: n, Engine: job.engine, ModelID: 1, DataDir: dir, Poll: 5 * time.Millisecond, Logger: testLogger()},
		SaltKey: logits.Hash{0x5a}, Metrics: met})
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, chain: c, net: n, d: d, met: met}
	h.Running = daemontest.Start(t, d.Run)
	return h
}

// waitFor is daemontest.WaitFor.
func (h *harness) waitFor(what string, cond func() bool) {
	h.t.Helper()
	daemontest.WaitFor(h.t, what, cond)
}

// read runs f on the machine once the daemon made it (false before).
func (h *harness) read(f func(m *Machine)) bool {
	select {
	case <-h.d.ready:
		h.d.sh.Loop.Read(f)
		return true
	default:
		return false
	}
}

func (h *harness) phase() Phase {
	var p Phase
	h.read(func(m *Machine) {
		if j, ok := m.Job(jobA); ok {
			p = j.Phase
		}
	})
	return p
}

func (h *harness) ended() Ending {
	var why Ending
	h.read(func(m *Machine) { why, _ = m.Ended(jobA) })
	return why
}

func (h *harness) job() Job {
	var j Job
	h.read(func(m *Machine) { j, _ = m.Job(jobA) })
	return j
}

// announce puts the real job on the fake chain and network: submitted,
// prompt and commitment gossiped, committed with its seed block.
func announce(t *testing.T, c *fakeChain, n *fakeNet) {
	job := generatedJob(t)
	th := logits.TokensHash(job.prompt, job.output)
	c.Emit(chain.JobSubmitted{Job: jobA, ModelID: 1, ThresholdsVersion: 1, PromptHash: logits.PromptHash(prompt), MaxTokens: 4, Deadline: deadline})
	n.Jobs.Send(p2p.Job{JobID: jobA, ModelID: 1, Prompt: prompt}, other, "")
	n.Commitments.Send(p2p.Commitment{JobID: jobA, ModelID: 1, Root: job.root, N: job.n, TokensHash: th,
		PromptTokens: job.prompt, OutputTokens: job.output, Profile: uint16(models.ProfileCPUF32)}, miner, "miner-peer")
	c.Emit(chain.JobCommitted{Job: jobA, Miner: miner, Root: job.root, N: job.n, TokensHash: th, SeedBlock: seedAt, Output: job.output})
}

// advance moves the chain past block b.
func advanceTo(c *fakeChain, b uint64) {
	h, _ := c.Head(context.Background())
	if h.Block < b {
		c.Advance(b-h.Block, 2*(b-h.Block))
	}
}

// An honest job goes through the daemon against the fakes, with the real
// bundled model recomputing: seed, draw, check, pass committed, the chain
// cut for a while (nothing is lost), revealed after the window, settled.
func TestDaemonPassesAnHonestJobThroughAnOutage(t *testing.T) {
	c := newFakeChain()
	h := newHarness(t, t.TempDir(), c, nil)
	announce(t, c, h.net)
	advanceTo(c, seedAt+1)
	h.waitFor("the verdict commitment", func() bool { return h.phase() == PhaseAttested })
	if v := c.verdicts[self]; v != chain.VerdictPass {
		t.Fatalf("committed verdict %v, want pass (%s)", v, h.job().Attest.Reason)
	}
	if c.Calls("draw") != 1 {
		t.Fatalf("%d draws", c.Calls("draw"))
	}
	c.SetDown(true)
	h.waitFor("the outage to be noticed", func() bool { return h.read(func(*Machine) {}) && h.d.sh.Chain.Down() })
	c.Advance(window+1, 14) // the window ends during the outage
	c.SetDown(false)
	h.waitFor("the reveal", func() bool { return h.phase() == PhaseRevealed })
	h.waitFor("the verdict gossip", func() bool { return len(h.net.Sent()) == 2 }) // the relayed prompt and the verdict
	advanceTo(c, seedAt+2*window+1)
	h.waitFor("the settlement", func() bool { return h.ended() == EndSettled })
}

// A miner that never answers gets a no-reveal verdict at the reveal
// deadline, whose evidence does not contain the transport's error text.
func TestDaemonNoRevealWhenTheMinerTimesOut(t *testing.T) {
	noRevealAfter(t, &fakeNet{Net: daemontest.NewNet(), timeout: true})
}

// A miner that answers with an opening of a protocol version this release
// does not read (it upgraded before its committee, docs/protocol.md §6.1)
// gets a no-reveal, not the fail verdict (which slashes) that version 2
// validators gave: the opening may be right under the newer rules.
func TestDaemonNoRevealOnAnOpeningOfAnUnreadVersion(t *testing.T) {
	unread := fmt.Errorf("%w: job %s position 1: %w", p2p.ErrRevealVersion, jobA, logits.ErrOpeningVersion)
	noRevealAfter(t, &fakeNet{Net: daemontest.NewNet(), answer: unread})
}

func noRevealAfter(t *testing.T, n *fakeNet) {
	c := newFakeChain()
	h := newHarness(t, t.TempDir(), c, n)
	announce(t, c, n)
	advanceTo(c, seedAt+1)
	h.waitFor("a recheck", func() bool { return h.phase() == PhaseRecheck })
	for b := uint64(seedAt + 2); h.phase() != PhaseAttested && b <= seedAt+window; b++ {
		advanceTo(c, b)
		// The block's tick reached the machine (it may start a recheck) and that check ended:
		// only then the next block, or a slow fetch would still run when the window closes.
		h.waitFor("the block's tick and its check", func() bool {
			var head uint64
			h.read(func(m *Machine) { head = m.Head.Block })
			return head >= b && h.phase() != PhaseChecking
		})
	}
	h.waitFor("the no-reveal commitment", func() bool { return h.phase() == PhaseAttested })
	a := h.job().Attest
	if a.Verdict != chain.VerdictNoReveal || a.Evidence != Evidence(jobA, chain.VerdictNoReveal, a.Position, logits.Hash{}, ReasonNoOpening) {
		t.Fatalf("attestation %+v: want no-reveal with the fixed evidence reason", a)
	}
}

// A seed the contract no longer has is a missed duty the machine learns
// of; a transient verdict commitment failure is retried on the next tick.
func TestDaemonChainErrors(t *testing.T) {
	c := newFakeChain()
	c.fail["seed"] = &chain.RevertError{Method: "seed", Err: chain.ErrSeedUnavailable}
	h := newHarness(t, t.TempDir(), c, nil)
	announce(t, c, h.net)
	advanceTo(c, seedAt+1)
	h.waitFor("the missed seed", func() bool { return h.ended() == EndNoSeed })
	h.waitFor("the missed seed's count", func() bool { return counterValue(h.met.Missed.WithLabelValues("seed")) == 1 })

	c2 := newFakeChain()
	c2.fail["commit-verdict"] = errors.New("nonce too low")
	h2 := newHarness(t, t.TempDir(), c2, nil)
	announce(t, c2, h2.net)
	advanceTo(c2, seedAt+1)
	h2.waitFor("the failed commitment", func() bool { return h2.phase() == PhaseAttestRetry })
	advanceTo(c2, seedAt+2)
	h2.waitFor("the retried commitment", func() bool { return h2.phase() == PhaseAttested })
	if got := counterValue(h2.met.TxFailed.WithLabelValues(TxCommitVerdict.String())); got != 1 {
		t.Fatalf("failed commitment counted %v times", got)
	}
}

// A settle that finds the job already settled is no failure, also once a
// later job has taken the settled job's record (the contract then answers
// UnknownJob: docs/contract.md §3); a settle refused otherwise is counted.
func TestDaemonSettleAfterTheRecordWasReused(t *testing.T) {
	c := newFakeChain()
	h := newHarness(t, t.TempDir(), c, nil)
	h.waitFor("the daemon's loop", func() bool { return h.read(func(*Machine) {}) })
	ctx := context.Background()
	failNext := func(e chain.ContractError) {
		c.mu.Lock()
		defer c.mu.Unlock()
		c.fail["settle"] = &chain.RevertError{Method: "settle", Err: e}
	}
	for _, e := range []chain.ContractError{chain.ErrWrongStatus, chain.ErrUnknownJob} {
		failNext(e)
		h.d.settle(ctx, Settle{Job: jobA})
	}
	if got := counterValue(h.met.TxFailed.WithLabelValues(TxSettle.String())); got != 0 {
		t.Fatalf("a settle beaten by another counted %v failures", got)
	}
	failNext(chain.ErrNotCommitteeMember)
	h.d.settle(ctx, Settle{Job: jobA})
	if got := counterValue(h.met.TxFailed.WithLabelValues(TxSettle.String())); got != 1 {
		t.Fatalf("a refused settle counted %v failures, want 1", got)
	}
}

// A validator started while the chain is down waits for it (its contract
// parameters) instead of exiting, and then checks the job.
func TestDaemonStartedDuringAnOutageWaits(t *testing.T) {
	c := newFakeChain()
	c.SetDown(true)
	n := &fakeNet{Net: daemontest.NewNet()}
	h := newHarness(t, t.TempDir(), c, n)
	announce(t, c, n)
	time.Sleep(20 * time.Millisecond) // a few polls of the cut chain
	select {
	case err := <-h.Done:
		t.Fatalf("daemon exited during the outage: %v", err)
	default:
	}
	c.SetDown(false)
	advanceTo(c, seedAt+1)
	h.waitFor("the verdict commitment", func() bool { return h.phase() == PhaseAttested })
}

// A daemon stopped in the middle of each action kind finishes it after a
// restart on the same data directory: the seed wait, the check, the
// verdict commitment (sent: the chain says AlreadyCommitted), the reveal
// and the settlement.
func TestDaemonRestartsInTheMiddleOfEachAction(t *testing.T) {
	cases := []struct {
		name  string
		hang  func(c *fakeChain, n *fakeNet)
		until func(h *harness) bool // the action is in flight
		to    uint64                // the block to move to after the restart
		want  func(h *harness) bool
	}{
		{"await seed", func(c *fakeChain, _ *fakeNet) { c.hang["seed"] = true },
			func(h *harness) bool { return h.chain.Calls("seed") > 0 }, seedAt + 1,
			func(h *harness) bool { return h.phase() == PhaseAttested }},
		{"check", func(_ *fakeChain, n *fakeNet) { n.hang = true },
			func(h *harness) bool { h.net.mu.Lock(); defer h.net.mu.Unlock(); return h.net.fetches > 0 }, seedAt + 1,
			func(h *harness) bool { return h.phase() == PhaseAttested }},
		{"commit verdict", func(c *fakeChain, _ *fakeNet) { c.hang["commit-verdict"] = true },
			func(h *harness) bool { return h.chain.Calls("commit-verdict") > 0 }, seedAt + 1,
			func(h *harness) bool { return h.phase() == PhaseAttested }},
		{"reveal verdict", func(c *fakeChain, _ *fakeNet) { c.hang["reveal-verdict"] = true },
			func(h *harness) bool { return h.phase() == PhaseRevealing }, seedAt + window + 1,
			func(h *harness) bool { return h.phase() == PhaseRevealed }},
		{"settle", func(c *fakeChain, _ *fakeNet) { c.hang["settle"] = true },
			func(h *harness) bool { return h.phase() == PhaseSettling }, seedAt + 2*window + 1,
			func(h *harness) bool { return h.ended() == EndSettled }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			c := newFakeChain()
			n := &fakeNet{Net: daemontest.NewNet()}
			tc.hang(c, n)
			h := newHarness(t, dir, c, n)
			announce(t, c, n)
			// move the chain on stage by stage until the action is in flight
			stages := []struct {
				block uint64
				phase Phase
			}{{seedAt + 1, PhaseAttested}, {seedAt + window + 1, PhaseRevealed}, {seedAt + 2*window + 1, 0}}
			for _, st := range stages {
				advanceTo(c, st.block)
				h.waitFor("the next stage", func() bool { return tc.until(h) || (st.phase != 0 && h.phase() == st.phase) })
				if tc.until(h) {
					break
				}
			}
			if !tc.until(h) {
				t.Fatalf("the action never started (phase %v)", h.phase())
			}
			h.Stop()
			c.set(func() { clear(c.hang) })
			n.mu.Lock()
			n.hang = false
			n.mu.Unlock()
			h2 := newHarness(t, dir, c, n)
			advanceTo(c, tc.to)
			h2.waitFor("the action to finish after the restart", func() bool { return tc.want(h2) })
		})
	}
}

func counterValue(c prometheus.Counter) float64 {
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		return -1
	}
	return m.GetCounter().GetValue()
}

func testLogger() *slog.Logger {
	if os.Getenv("POL_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// must returns the f16-KV band (the loosest the bundled model registers)
// when ok (the bundled model always has thresholds).
func must(th map[models.Profile]logits.Thresholds, ok bool) logits.Thresholds {
	if !ok {
		panic("no thresholds for the bundled model")
	}
	return th[models.ProfileCPUF16]
}

// A config the validator refuses (no ports, no data directory, no salt
// key) says what is missing and leaves the disk alone.
func TestNewDaemonRefusesAnIncompleteConfig(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	full := Wiring{Chain: newFakeChain(), Network: &fakeNet{Net: daemontest.NewNet()}, Engine: generatedJob(t).engine, DataDir: dir}
	noPorts := full
	noPorts.Chain = nil
	noDir := full
	noDir.DataDir = ""
	for _, c := range []struct {
		cfg  DaemonConfig
		want string
	}{
		{DaemonConfig{Wiring: full}, "validator: DaemonConfig.SaltKey is empty"},
		{DaemonConfig{Wiring: noPorts, SaltKey: logits.Hash{1}}, "validator: DaemonConfig needs Chain, Network and Engine"},
		{DaemonConfig{Wiring: noDir, SaltKey: logits.Hash{1}}, "validator: DaemonConfig.DataDir is empty"},
	} {
		if _, err := NewDaemon(c.cfg); err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("error %v, want %q", err, c.want)
		}
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("a refused config created its data directory (%v)", err)
	}
	if _, err := NewDaemon(DaemonConfig{Wiring: full, SaltKey: logits.Hash{1}}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		t.Fatalf("the data directory was not made: %v", err)
	}
}
