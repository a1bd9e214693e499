package miner

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	dto "github.com/prometheus/client_model/go"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/internal/daemon/daemontest"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/p2p"
)

// fakeChain is the miner's chain port in memory: a claim or a commit that
// goes through is answered with its event, as the contract would.
type fakeChain struct {
	*daemontest.Chain
	mu          sync.Mutex
	jobs        map[logits.JobID]chain.Job
	claimErr    error // returned (once) by the next ClaimJob
	commitErr   error // returned (once) by the next Commit
	releaseErr  error // returned (once) by the next ReleaseClaim
	members     []common.Address
	withdrawn   int
	notAdmitted bool   // Thresholds refuses every profile
	span        uint32 // if set, the span Thresholds reports
	// commitLost: the next Commit lands on chain but its caller is told it
	// failed (a receipt wait cut by an RPC outage), and its event is held
	// back until the next Commit, which the contract refuses (WrongStatus).
	commitLost bool
	heldCommit *chain.JobCommitted
	jobErr     bool // the next Job call fails (the node still flaky)
	// positionsErr: ChallengePositions fails with it (the job unknown now).
	positionsErr error
}

func newFakeChain() *fakeChain {
	return &fakeChain{Chain: daemontest.NewChain(), jobs: map[logits.JobID]chain.Job{}, members: []common.Address{{0x51}, {0x52}}}
}

func (c *fakeChain) From() common.Address { return self }

// Thresholds admits the CPU profiles, as the bundled model's registration;
// notAdmitted makes every version admit none.
func (c *fakeChain) Thresholds(ctx context.Context, _, _ uint32, profile uint16) (chain.Thresholds, error) {
	if err := c.Call("thresholds"); err != nil {
		return chain.Thresholds{}, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.notAdmitted || (models.Profile(profile) != models.ProfileCPUF32 && models.Profile(profile) != models.ProfileCPUF16) {
		return chain.Thresholds{}, chain.ErrProfileNotAdmitted
	}
	th := chain.ChainThresholds(models.BundledThresholds[models.Profile(profile)])
	if c.span != 0 {
		th.Span = c.span
	}
	return th, nil
}

func (c *fakeChain) Job(_ context.Context, id logits.JobID) (chain.Job, error) {
	if err := c.Call("job"); err != nil {
		return chain.Job{}, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.jobErr {
		c.jobErr = false
		return chain.Job{}, errors.New("chain: job: connection refused")
	}
	return c.jobs[id], nil
}

func (c *fakeChain) setJob(id logits.JobID, f func(*chain.Job)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	j := c.jobs[id]
	f(&j)
	c.jobs[id] = j
}

func (c *fakeChain) Committee(context.Context, logits.JobID) ([]common.Address, []chain.Verdict, error) {
	if err := c.Call("committee"); err != nil {
		return nil, nil, err
	}
	return c.members, nil, nil
}

func (c *fakeChain) ChallengePositions(_ context.Context, job logits.JobID) ([]uint32, error) {
	if err := c.Call("positions"); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.positionsErr != nil {
		return nil, c.positionsErr
	}
	return []uint32{0, 2}, nil
}

func (c *fakeChain) ChallengeSetFrom(ctx context.Context, job logits.JobID, _ logits.Hash, _ uint32) ([]uint32, error) {
	return c.ChallengePositions(ctx, job)
}

func (c *fakeChain) ClaimJob(_ context.Context, job logits.JobID) (*types.Receipt, error) {
	if err := c.Call("claim"); err != nil {
		return nil, err
	}
	c.mu.Lock()
	err := c.claimErr
	c.claimErr = nil
	c.mu.Unlock()
	if err != nil {
		return nil, err
	}
	c.setJob(job, func(j *chain.Job) { j.Status, j.Miner = uint8(chain.StatusClaimed), self })
	c.Emit(chain.JobClaimed{Job: job, Miner: self, ClaimExpiry: 10_000})
	return &types.Receipt{}, nil
}

// ReleaseClaim gives our claim back, as the contract would: the job is
// Open with us as its last holder, and ClaimReleased is emitted.
func (c *fakeChain) ReleaseClaim(_ context.Context, job logits.JobID) (*types.Receipt, error) {
	if err := c.Call("release"); err != nil {
		return nil, err
	}
	c.mu.Lock()
	err := c.releaseErr
	c.releaseErr = nil
	c.mu.Unlock()
	if err != nil {
		return nil, err
	}
	c.setJob(job, func(j *chain.Job) { j.Status, j.Miner = uint8(chain.StatusOpen), self })
	c.Emit(chain.ClaimReleased{Job: job, Miner: self})
	return &types.Receipt{}, nil
}

func (c *fakeChain) Commit(_ context.Context, job logits.JobID, root logits.Hash, n uint32, th logits.Hash, output []uint32) (uint64, error) {
	if err := c.Call("commit"); err != nil {
		return 0, err
	}
	c.mu.Lock()
	err, lost, held := c.commitErr, c.commitLost, c.heldCommit
	c.commitErr, c.commitLost, c.heldCommit = nil, false, nil
	c.mu.Unlock()
	if err != nil {
		return 0, err
	}
	if held != nil { // the earlier commit is on chain: this one reverts; the event arrives now
		c.Emit(*held)
		return 0, &chain.RevertError{Method: "commit", Err: chain.ErrWrongStatus}
	}
	c.setJob(job, func(j *chain.Job) { j.Status, j.Root, j.N, j.Miner = uint8(chain.StatusCommitted), root, n, self })
	ev := chain.JobCommitted{Job: job, Miner: self, Root: root, N: n, TokensHash: th, SeedBlock: 9, Output: output}
	if lost {
		c.mu.Lock()
		c.heldCommit, c.jobErr = &ev, true
		c.mu.Unlock()
		return 0, errors.New("chain: commit: wait for receipt: connection refused")
	}
	c.Emit(ev)
	return 9, nil
}

func (c *fakeChain) Withdraw(context.Context) (*big.Int, error) {
	if err := c.Call("withdraw"); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.withdrawn++
	if c.withdrawn > 1 {
		return nil, chain.ErrNothingToWithdraw
	}
	return big.NewInt(7), nil
}

// harness is a miner daemon over the fakes, with the real bundled model.
type harness struct {
	t     *testing.T
	chain *fakeChain
	net   *daemontest.Net
	dir   string
	d     *Daemon
	*daemontest.Running
}

var testEngine struct {
	once sync.Once
	e    models.Engine
}

func newHarness(t *testing.T, dir string, c *fakeChain, tweak ...func(*DaemonConfig)) *harness {
	t.Helper()
	testEngine.once.Do(func() { testEngine.e = bundledRefShared(t) })
	h := &harness{t: t, chain: c, net: daemontest.NewNet(), dir: dir}
	cfg := DaemonConfig{Wiring: Wiring{Chain: c, Network: h.net, Engine: testEngine.e, ModelID: 1, DataDir: dir, Poll: 5 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))},
		CommitMargin: 5}
	for _, f := range tweak {
		f(&cfg)
	}
	d, err := NewDaemon(cfg)
	if err != nil {
		t.Fatal(err)
	}
	h.d = d
	return h
}

func (h *harness) start() *harness {
	h.Running = daemontest.Start(h.t, h.d.Run)
	return h
}

// waitFor is daemontest.WaitFor.
func (h *harness) waitFor(what string, cond func() bool) {
	h.t.Helper()
	daemontest.WaitFor(h.t, what, cond)
}

func (h *harness) phase(id logits.JobID) Phase {
	j, ok := h.d.liveJob(id)
	if !ok {
		return 0
	}
	return j.Phase
}

func (h *harness) ended(id logits.JobID) Ending {
	var why Ending
	h.d.sh.Loop.Read(func(m *Machine) { why, _ = m.Ended(id) })
	return why
}

func submitA(c *fakeChain) {
	s := submittedA()
	s.MaxTokens = 4
	c.setJob(jobA, func(j *chain.Job) { j.Status = uint8(chain.StatusOpen) })
	c.Emit(chain.JobSubmitted{Job: jobA, ModelID: 1, PromptHash: s.PromptHash, MaxTokens: s.MaxTokens, Sampler: s.Sampler, Deadline: 1000})
}

// A job goes through the daemon from submission to settlement against the
// fake chain; the chain is cut after the committee is drawn and the job's
// reveals are still served from the machine's state; a withdrawal follows
// the pass and the files are removed.
func TestDaemonServesAJobThroughAnOutage(t *testing.T) {
	c := newFakeChain()
	h := newHarness(t, t.TempDir(), c).start()
	submitA(c)
	h.net.Jobs.Send(p2p.Job{JobID: jobA, ModelID: 1, Prompt: testPrompt}, other, "")
	h.waitFor("the commit", func() bool { return h.phase(jobA) == PhaseCommitted })
	h.waitFor("the commitment gossip", func() bool {
		for _, m := range h.net.Sent() {
			if c, ok := m.(p2p.Commitment); ok && c.JobID == jobA {
				return true
			}
		}
		return false
	})
	if n := c.Calls("claim"); n != 1 {
		t.Fatalf("%d claims", n)
	}
	c.Emit(chain.CommitteeDrawn{Job: jobA, Seed: logits.Hash{1}, Members: c.members})
	h.waitFor("the committee in the state", func() bool { j, _ := h.d.liveJob(jobA); return len(j.Members) == 2 })

	c.SetDown(true)
	srv := h.net.Server()
	ch, err := srv.Policy.Challenge(context.Background(), jobA)
	if err != nil || len(ch.Members) != 2 || len(ch.Positions) != 2 {
		t.Fatalf("reveal policy while the chain is down: %+v, %v", ch, err)
	}
	o, err := srv.Source.Open(jobA, ch.Positions[1])
	if err != nil || o.Index != ch.Positions[1] {
		t.Fatalf("opening while the chain is down: %v", err)
	}
	// Once the challenge set is known the other vectors are pruned: the
	// challenged positions still open, the others no longer do.
	h.waitFor("the unchallenged vectors to be pruned", func() bool {
		for i := uint32(0); i < 4; i++ {
			if !slices.Contains(ch.Positions, i) {
				_, err := h.d.store.Open(jobA, i)
				return errors.Is(err, logits.ErrCorruptStore)
			}
		}
		return false
	})
	for _, i := range ch.Positions {
		if _, err := srv.Source.Open(jobA, i); err != nil {
			t.Fatalf("challenged position %d after pruning: %v", i, err)
		}
	}
	if _, err := srv.Policy.Challenge(context.Background(), logits.JobID{0xee}); !errors.Is(err, p2p.ErrNotOnChain) {
		t.Fatalf("a job we do not hold: %v", err)
	}
	h.waitFor("the outage to be noticed", func() bool { return h.d.sh.Chain.Down() })
	c.SetDown(false)
	h.waitFor("the chain to be back", func() bool { return !h.d.sh.Chain.Down() })

	c.Emit(chain.JobSettled{Job: jobA, Outcome: chain.StatusPassed, MinerPayout: big.NewInt(1)})
	h.waitFor("the settlement", func() bool { return h.ended(jobA) == EndSettled })
	h.waitFor("the withdrawal", func() bool { return c.Calls("withdraw") == 1 })
	if _, err := h.d.store.Info(jobA); !errors.Is(err, logits.ErrUnknownJob) {
		t.Fatalf("settled job's files: %v", err)
	}
}

// A committed job whose round-one draw the daemon did not see escalates and
// settles, and a later job takes its record before the daemon reads round
// two's draw: the challenge-set lookup finds the job unknown (getJob of an
// ended job whose record was reused). The daemon skips the draw instead of
// stopping its follower on it for ever, and the settlement ends the job.
func TestDaemonPassesTheDrawOfAJobWhoseRecordWasReused(t *testing.T) {
	c := newFakeChain()
	h := newHarness(t, t.TempDir(), c).start()
	submitA(c)
	h.net.Jobs.Send(p2p.Job{JobID: jobA, ModelID: 1, Prompt: testPrompt}, other, "")
	h.waitFor("the commit", func() bool { return h.phase(jobA) == PhaseCommitted })
	c.mu.Lock()
	c.positionsErr = &chain.RevertError{Method: "getJob", Err: chain.ErrUnknownJob}
	c.mu.Unlock()
	c.Emit(chain.JobEscalated{Job: jobA, SeedBlock: 50},
		chain.EscalationDrawn{Job: jobA, Seed: logits.Hash{2}, Members: c.members},
		chain.JobSettled{Job: jobA, Outcome: chain.StatusPassed, MinerPayout: big.NewInt(1)})
	h.waitFor("the settlement", func() bool { return h.ended(jobA) == EndSettled })
	if n := c.Calls("positions"); n == 0 {
		t.Fatal("round two's draw did not look up the challenge set")
	}
}

// A daemon restarted while the chain is down serves the reveals of its
// committed job from its state: it protects the job's committee at once
// (the host's gater admits the members while the chain cannot say they are
// staked) and its reveal policy answers without the chain.
func TestDaemonRestartedDuringAnOutageServesReveals(t *testing.T) {
	c := newFakeChain()
	dir := t.TempDir()
	h := newHarness(t, dir, c).start()
	submitA(c)
	h.net.Jobs.Send(p2p.Job{JobID: jobA, ModelID: 1, Prompt: testPrompt}, other, "")
	h.waitFor("the commit", func() bool { return h.phase(jobA) == PhaseCommitted })
	c.Emit(chain.CommitteeDrawn{Job: jobA, Seed: logits.Hash{1}, Members: c.members})
	h.waitFor("the committee in the state", func() bool { j, _ := h.d.liveJob(jobA); return len(j.Members) == 2 })
	h.Stop()

	c.SetDown(true)
	h2 := newHarness(t, dir, c).start()
	h2.waitFor("the committee protected", func() bool { return slices.Equal(h2.net.Committee(jobA), c.members) })
	h2.waitFor("the reveal server", func() bool { return h2.net.Server() != nil })
	srv := h2.net.Server()
	ch, err := srv.Policy.Challenge(context.Background(), jobA)
	if err != nil || len(ch.Members) != 2 || len(ch.Positions) != 2 {
		t.Fatalf("reveal policy of the restarted daemon, chain down: %+v, %v", ch, err)
	}
	for _, i := range ch.Positions {
		if o, err := srv.Source.Open(jobA, i); err != nil || o.Index != i {
			t.Fatalf("opening %d of the restarted daemon, chain down: %v", i, err)
		}
	}
}

// A daemon started while the chain is down runs (it does not exit) and
// takes the job once the chain is back.
func TestDaemonStartedDuringAnOutageWaits(t *testing.T) {
	c := newFakeChain()
	submitA(c)
	c.SetDown(true)
	h := newHarness(t, t.TempDir(), c).start()
	h.waitFor("the outage to be noticed", func() bool { return h.d.sh.Chain.Down() })
	select {
	case err := <-h.Done:
		t.Fatalf("daemon exited during the outage: %v", err)
	default:
	}
	h.net.Jobs.Send(p2p.Job{JobID: jobA, ModelID: 1, Prompt: testPrompt}, other, "")
	c.SetDown(false)
	h.waitFor("the commit", func() bool { return h.phase(jobA) == PhaseCommitted })
}

// A transient claim failure is retried on a later tick; a commit the
// contract refuses ends the job as lost and removes its files.
func TestDaemonChainErrors(t *testing.T) {
	c := newFakeChain()
	c.claimErr = errors.New("node says: try later")
	c.commitErr = &chain.RevertError{Method: "commit", Err: chain.ErrWrongStatus}
	h := newHarness(t, t.TempDir(), c).start()
	submitA(c)
	h.net.Jobs.Send(p2p.Job{JobID: jobA, ModelID: 1, Prompt: testPrompt}, other, "")
	h.waitFor("the failed claim", func() bool { return h.phase(jobA) == PhaseClaimPending })
	c.Advance(1, 1) // the next block: the claim is sent again
	h.waitFor("the refused commit", func() bool { return h.ended(jobA) == EndLost })
	if n := c.Calls("claim"); n != 2 {
		t.Fatalf("%d claims, want 2 (one failed, one retried)", n)
	}
	h.waitFor("the files to go", func() bool {
		fin, unfin, _ := h.d.store.Jobs()
		return len(fin)+len(unfin) == 0
	})
}

// A commit whose receipt wait failed (RPC outage) but that was mined makes
// the retry revert WrongStatus: the miner sees its own commitment on chain,
// keeps the job and its files, and the job goes on to committed (the long
// soak's one Unserved job: the revert used to end it as lost and forget the
// logits its reveals needed).
func TestDaemonRetriedCommitThatHadLanded(t *testing.T) {
	c := newFakeChain()
	c.commitLost = true
	h := newHarness(t, t.TempDir(), c).start()
	submitA(c)
	h.net.Jobs.Send(p2p.Job{JobID: jobA, ModelID: 1, Prompt: testPrompt}, other, "")
	h.waitFor("the commit whose receipt was lost", func() bool { return h.phase(jobA) == PhaseCommitPending })
	c.Advance(1, 1) // the next block: the commit is sent again and reverts
	h.waitFor("the job committed", func() bool { return h.phase(jobA) == PhaseCommitted })
	if n := c.Calls("commit"); n != 2 {
		t.Fatalf("%d commits, want 2", n)
	}
	if fin, _, _ := h.d.store.Jobs(); len(fin) != 1 {
		t.Fatalf("%d finished jobs in the store, want the committed one kept", len(fin))
	}
}

// writeState saves a machine driven through evs as the daemon's state.
func writeState(t *testing.T, dir string, evs ...Event) {
	t.Helper()
	m := NewMachine(Config{Role: daemon.Role{Self: self, ModelID: 1}, CommitMargin: 5})
	m.Step(Tick{Block: 1, Time: 100})
	for _, ev := range evs {
		m.Step(ev)
	}
	data, err := m.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "miner-state.json"), data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// A daemon restarted in the middle of each action kind finishes it: the
// claim and the commit are not sent again when the chain already shows
// them, an interrupted generation is run and committed, a committed job's
// commitment is gossiped again.
func TestDaemonRestartsInTheMiddleOfEachAction(t *testing.T) {
	s := submittedA()
	s.MaxTokens = 4
	prompt := PromptReceived{Job: jobA, Prompt: testPrompt}
	claimed := JobClaimed{Job: jobA, Miner: self}
	gen := generatedA()
	cases := []struct {
		name   string
		state  []Event
		chain  chain.JobStatus
		want   Phase
		claims int
		commit int
	}{
		{"claim sent, chain shows it", []Event{s, prompt}, chain.StatusClaimed, PhaseCommitted, 0, 1},
		{"claim lost with the process", []Event{s, prompt}, chain.StatusOpen, PhaseCommitted, 1, 1},
		{"generating", []Event{s, prompt, claimed}, chain.StatusClaimed, PhaseCommitted, 0, 1},
		{"commit sent, chain shows it", []Event{s, prompt, claimed, gen}, chain.StatusCommitted, PhaseCommitting, 0, 0},
		{"commit lost with the process", []Event{s, prompt, claimed, gen}, chain.StatusClaimed, PhaseCommitted, 0, 1},
		{"committed", []Event{s, prompt, claimed, gen, JobCommitted{Job: jobA, Miner: self}}, chain.StatusCommitted, PhaseCommitted, 0, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeState(t, dir, tc.state...)
			c := newFakeChain()
			c.setJob(jobA, func(j *chain.Job) { j.Status, j.Miner = uint8(tc.chain), self })
			if tc.chain == chain.StatusClaimed && tc.claims == 0 && tc.want == PhaseCommitted && len(tc.state) == 2 {
				c.Emit(chain.JobClaimed{Job: jobA, Miner: self}) // the event of the claim the old process sent
			}
			h := newHarness(t, dir, c).start()
			h.waitFor("the phase "+tc.want.String(), func() bool { return h.phase(jobA) == tc.want })
			if tc.want == PhaseCommitted {
				h.waitFor("the commitment gossip", func() bool { return len(h.net.Sent()) > 0 })
			}
			if c.Calls("claim") != tc.claims || c.Calls("commit") != tc.commit {
				t.Fatalf("%d claims and %d commits, want %d and %d", c.Calls("claim"), c.Calls("commit"), tc.claims, tc.commit)
			}
		})
	}
}

// A Forget that lands right after the generator's liveness check (here:
// made to by the check itself) still stops the generation and removes its
// files. With the check before the registration of the cancel function,
// the Forget cancelled nothing and the files written after it stayed.
func TestForgetRightAfterTheLivenessCheck(t *testing.T) {
	c := newFakeChain()
	dir := t.TempDir()
	s := submittedA()
	s.MaxTokens = 4
	writeState(t, dir, s, PromptReceived{Job: jobA, Prompt: testPrompt}, JobClaimed{Job: jobA, Miner: self})
	h := newHarness(t, dir, c)
	real := h.d.live
	h.d.live = func(id logits.JobID) (Job, bool) {
		j, ok := real(id)
		h.d.forget(id) // the job ended (cancelled) just now
		return j, ok
	}
	h.d.generate(context.Background(), Generate{Job: jobA, Prompt: testPrompt, N: 4})
	fin, unfin, err := h.d.store.Jobs()
	if err != nil || len(fin)+len(unfin) != 0 {
		t.Fatalf("files of a forgotten job remain: %v %v %v", fin, unfin, err)
	}
}

// Publishing a commitment to a network that fails is logged and the job
// goes on; a withholding miner publishes nothing.
func TestDaemonPublishFailures(t *testing.T) {
	c := newFakeChain()
	h := newHarness(t, t.TempDir(), c)
	h.net.PublishErr = errors.New("peer timed out")
	h.start()
	submitA(c)
	h.net.Jobs.Send(p2p.Job{JobID: jobA, ModelID: 1, Prompt: testPrompt}, other, "")
	h.waitFor("the commit", func() bool { return h.phase(jobA) == PhaseCommitted })

	c2 := newFakeChain()
	w := newHarness(t, t.TempDir(), c2, func(cfg *DaemonConfig) { cfg.Withhold = true }).start()
	submitA(c2)
	w.net.Jobs.Send(p2p.Job{JobID: jobA, ModelID: 1, Prompt: testPrompt}, other, "")
	w.waitFor("the commit", func() bool { return w.phase(jobA) == PhaseCommitted })
	c2.Advance(3, 3)
	w.waitFor("a republication tick", func() bool { j, _ := w.d.liveJob(jobA); return j.Republished > 0 })
	if sent := w.net.Sent(); len(sent) != 0 {
		t.Fatalf("a withholding miner published %v", sent)
	}
}

// failingGenerate is an engine that fails every job, as one whose context
// overflows mid-way or whose backend errors would.
func failingGenerate(context.Context, models.Engine, []int32, models.GenerateOptions) ([]uint32, error) {
	return nil, errors.New("engine: KV cache full at position 3")
}

// A generation that fails gives the claim back: releaseClaim is sent (again
// after a transient failure), the job is Open on the chain with its
// collateral free, the job ends released and its files are gone. It is not
// claimed again.
func TestDaemonReleasesTheClaimOfAFailedGeneration(t *testing.T) {
	c := newFakeChain()
	c.releaseErr = errors.New("node says: try later")
	h := newHarness(t, t.TempDir(), c, func(cfg *DaemonConfig) { cfg.Generate = failingGenerate }).start()
	submitA(c)
	h.net.Jobs.Send(p2p.Job{JobID: jobA, ModelID: 1, Prompt: testPrompt}, other, "")
	h.waitFor("the failed release", func() bool { return h.phase(jobA) == PhaseReleasePending })
	c.Advance(1, 1) // the next block: the release is sent again
	h.waitFor("the release", func() bool { return h.ended(jobA) == EndReleased })
	if n := c.Calls("release"); n != 2 {
		t.Fatalf("%d releases, want 2 (one failed, one retried)", n)
	}
	j, _ := c.Job(context.Background(), jobA)
	if chain.JobStatus(j.Status) != chain.StatusOpen {
		t.Fatalf("job is %v on chain after the release, want Open", chain.JobStatus(j.Status))
	}
	fin, unfin, err := h.d.store.Jobs()
	if err != nil || len(fin)+len(unfin) != 0 {
		t.Fatalf("files of the failed job remain: %v %v %v", fin, unfin, err)
	}
	if got := counterValue(t, h.d.met.released); got != 1 {
		t.Fatalf("claims released metric %v, want 1", got)
	}
	// Another miner claims the job and releases it too: we do not take it
	// back (our engine failed on it; the follower steps each event before
	// the next, so the machine has seen both once Delivered counts them).
	c.setJob(jobA, func(j *chain.Job) { j.Status, j.Miner = uint8(chain.StatusClaimed), other })
	c.Emit(chain.JobClaimed{Job: jobA, Miner: other})
	c.setJob(jobA, func(j *chain.Job) { j.Status = uint8(chain.StatusOpen) })
	c.Emit(chain.ClaimReleased{Job: jobA, Miner: other})
	h.waitFor("the other miner's claim and release", func() bool { return c.Delivered() == 5 })
	if _, live := h.d.liveJob(jobA); live || h.ended(jobA) != EndReleased || c.Calls("claim") != 1 {
		t.Fatalf("after another miner's release: live %v, ended %v, %d claims; want ended released, 1 claim", live, h.ended(jobA), c.Calls("claim"))
	}
}

// A job another miner claimed first is kept, with its prompt; when that
// miner releases its claim, this miner claims, generates and commits it.
func TestDaemonTakesAJobAnotherMinerReleased(t *testing.T) {
	c := newFakeChain()
	h := newHarness(t, t.TempDir(), c).start()
	submitA(c)
	c.setJob(jobA, func(j *chain.Job) { j.Status, j.Miner = uint8(chain.StatusClaimed), other })
	c.Emit(chain.JobClaimed{Job: jobA, Miner: other, ClaimExpiry: 10_000})
	h.waitFor("the job to be taken", func() bool { return h.phase(jobA) == PhaseTaken })
	h.net.Jobs.Send(p2p.Job{JobID: jobA, ModelID: 1, Prompt: testPrompt}, other, "")
	h.waitFor("the prompt kept", func() bool { j, _ := h.d.liveJob(jobA); return j.Prompt == testPrompt })
	if n := c.Calls("claim"); n != 0 {
		t.Fatalf("%d claims of a job another miner holds", n)
	}
	c.setJob(jobA, func(j *chain.Job) { j.Status = uint8(chain.StatusOpen) })
	c.Emit(chain.ClaimReleased{Job: jobA, Miner: other})
	h.waitFor("the commit", func() bool { return h.phase(jobA) == PhaseCommitted })
	if n := c.Calls("claim"); n != 1 {
		t.Fatalf("%d claims, want 1", n)
	}
}

// A daemon restarted while releasing a claim finishes the release: it sends
// releaseClaim when the chain still shows our claim, sends nothing when the
// chain shows it released (the old process's event ends the job), and ends
// the job failed without a transaction when the claim went to another miner.
func TestDaemonRestartsInTheMiddleOfARelease(t *testing.T) {
	s := submittedA()
	s.MaxTokens = 4
	state := []Event{s, PromptReceived{Job: jobA, Prompt: testPrompt}, JobClaimed{Job: jobA, Miner: self},
		GenerateFailed{Job: jobA, Reason: "engine failed"}}
	cases := []struct {
		name     string
		status   chain.JobStatus
		holder   common.Address
		releases int
		want     Ending
	}{
		{"claim still ours", chain.StatusClaimed, self, 1, EndReleased},
		{"released before the crash", chain.StatusOpen, self, 0, EndReleased},
		{"claim taken over", chain.StatusClaimed, other, 0, EndFailed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeState(t, dir, state...)
			c := newFakeChain()
			c.setJob(jobA, func(j *chain.Job) { j.Status, j.Miner = uint8(tc.status), tc.holder })
			if tc.status == chain.StatusOpen {
				c.Emit(chain.ClaimReleased{Job: jobA, Miner: self}) // the event of the old process's release
			}
			h := newHarness(t, dir, c).start()
			h.waitFor("the ending "+tc.want.String(), func() bool { return h.ended(jobA) == tc.want })
			if n := c.Calls("release"); n != tc.releases {
				t.Fatalf("%d releases, want %d", n, tc.releases)
			}
		})
	}
}

func counterValue(t *testing.T, c interface{ Write(*dto.Metric) error }) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

// Our claim reverts because another miner's claim was mined first: the
// revert does not end the job as lost (the shell posts nothing), and the
// other miner's event keeps it as taken, so that miner's release reopens it
// for us. The claim runs synchronously and the loop is flushed with a Step,
// so the order is fixed.
func TestDaemonClaimRaceLostIsKept(t *testing.T) {
	ctx := context.Background()
	c := newFakeChain()
	c.claimErr = &chain.RevertError{Method: "claimJob", Err: chain.ErrClaimedByOther}
	m := machineAt(t, toClaiming...)
	d := newHarness(t, t.TempDir(), c).d
	var acts []Action
	d.sh.Loop = daemon.New(m, daemon.Config[Action]{Name: "miner", Path: filepath.Join(t.TempDir(), "state.json"),
		Do: func(a Action) { acts = append(acts, a) }})
	loopCtx, stop := context.WithCancel(ctx)
	defer stop()
	go d.sh.Loop.Run(loopCtx)
	d.claim(ctx, Claim{Job: jobA})
	if err := d.sh.Loop.Step(ctx, Tick{Block: 2, Time: 110}); err != nil { // after anything the claim posted
		t.Fatal(err)
	}
	if got := phaseOfA(d); got != PhaseClaiming {
		t.Fatalf("after the ClaimedByOther revert: %v, want still claiming", got)
	}
	for _, ev := range []Event{JobClaimed{Job: jobA, Miner: other}, ClaimReleased{Job: jobA, Miner: other}} {
		if err := d.sh.Loop.Step(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	if got := phaseOfA(d); got != PhaseClaiming || !reflect.DeepEqual(acts, []Action{Claim{Job: jobA}}) {
		t.Fatalf("after the other miner's release: %v, actions %#v; want claiming, one claim", got, acts)
	}
}

func phaseOfA(d *Daemon) Phase {
	j, _ := d.liveJob(jobA)
	return j.Phase
}

// A job whose thresholds version admits no thresholds for the miner's
// numeric profile is left alone (review L2: validators would refuse its
// commitment): no claim, the job ends profile-not-admitted, and the contract
// is asked once per version.
func TestDaemonLeavesJobsItsProfileIsNotAdmittedFor(t *testing.T) {
	c := newFakeChain()
	c.notAdmitted = true
	h := newHarness(t, t.TempDir(), c).start()
	submitA(c)
	h.net.Jobs.Send(p2p.Job{JobID: jobA, ModelID: 1, Prompt: testPrompt}, other, "")
	h.waitFor("the job to be left", func() bool { return h.ended(jobA) == EndNotAdmitted })
	c.Advance(2, 2)
	if n := c.Calls("claim"); n != 0 {
		t.Fatalf("%d claims of a job our profile is not admitted for", n)
	}
	if n := c.Calls("thresholds"); n != 1 {
		t.Fatalf("thresholds read %d times, want once", n)
	}
}

// A miner takes a job only within its profile's calibrated span (review
// H2: validators refuse a commitment beyond it, and honest drift past the
// measured span could fail an honest miner): a maxTokens that leaves no
// room for a prompt token ends the job at once (beyond-span), a prompt that
// pushes the job past the span is not claimed, a job that fits is.
func TestDaemonTakesJobsOnlyWithinItsSpan(t *testing.T) {
	c := newFakeChain()
	c.span = 40
	h := newHarness(t, t.TempDir(), c).start()
	jobs := []struct {
		id        logits.JobID
		maxTokens uint32
	}{{jobA, 40}, {logits.JobID{0xb1}, 36}, {logits.JobID{0xb2}, 35}} // the prompt is 5 tokens
	s := submittedA()
	for _, j := range jobs {
		c.setJob(j.id, func(cj *chain.Job) { cj.Status = uint8(chain.StatusOpen) })
		c.Emit(chain.JobSubmitted{Job: j.id, ModelID: 1, PromptHash: s.PromptHash, MaxTokens: j.maxTokens, Sampler: s.Sampler, Deadline: 1000})
		h.net.Jobs.Send(p2p.Job{JobID: j.id, ModelID: 1, Prompt: testPrompt}, other, "")
	}
	h.waitFor("the first job to end beyond-span", func() bool { return h.ended(jobs[0].id) == EndBeyondSpan })
	h.waitFor("the second job to be refused at the claim", func() bool { return h.ended(jobs[1].id) == EndLost })
	h.waitFor("the third job to be claimed", func() bool { return c.Calls("claim") == 1 })
	if EndBeyondSpan.String() != "beyond-span" {
		t.Fatalf("ending name %q", EndBeyondSpan)
	}
	if n := c.Calls("thresholds"); n != 1 {
		t.Fatalf("thresholds read %d times, want once per version", n)
	}
}
