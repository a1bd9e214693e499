package miner

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/stepper"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/p2p"
)

// DaemonConfig wires a miner daemon to its chain, network, engine and disk.
type DaemonConfig struct {
	// Chain signs as the miner (its address is the staked miner).
	Chain *chain.Client
	// DeployBlock is the contract's deployment block: where the event
	// history starts on the first run.
	DeployBlock uint64
	// Host serves reveals; Gossip receives prompts and publishes commitments.
	Host   *p2p.Host
	Gossip *p2p.Gossip
	// Engine generates. It must be the registered model (or a copy whose
	// drift stays within the model's thresholds).
	Engine models.Engine
	// ModelID is the contract's id of the model Engine runs.
	ModelID uint32
	// Profile is the numeric profile Engine runs, declared in the
	// commitment message (0: derived from Engine, see profile).
	Profile models.Profile
	// DataDir holds the logits store, the event cursor and the machine state.
	DataDir string
	// MaxTokens is the longest job this miner takes (0: any); see
	// Config.MaxTokens.
	MaxTokens uint32
	// CommitMargin: no commit is sent later than this many seconds before a
	// job's deadline (0 means 10).
	CommitMargin uint64
	// MaxBusy bounds the jobs claimed and not yet committed at once (0: no
	// limit); see Config.MaxBusy.
	MaxBusy int
	// Accept, if set, chooses which submitted jobs this miner takes on (an
	// operator's policy: fee, requester, load). Nil takes every job of the
	// model.
	Accept func(chain.Event) bool
	// Openings, if set, answers reveal requests instead of the store
	// (wrappers for metrics or fault injection). It is given the store.
	Openings func(*logits.Store) p2p.OpeningSource
	// Policy, if set, wraps the reveal policy (fault injection: a miner
	// that answers only some committee members).
	Policy func(p2p.RevealPolicy) p2p.RevealPolicy
	// Withhold makes the miner never gossip its commitment message (fault
	// injection: a miner keeping its token lists to itself). Production
	// leaves it false.
	Withhold bool
	// Generate, if set, replaces models.Generate: fault injection for
	// attack tests and pol devnet -cheat (a truncating or draft-model
	// miner). Production leaves it nil.
	Generate func(ctx context.Context, e models.Engine, prompt []int32, o models.GenerateOptions) ([]uint32, error)
	// Poll is how often the chain head is read (0 means 1s).
	Poll time.Duration
	// Metrics, if set, are updated by the daemon (see NewMetrics).
	Metrics *Metrics
	// Logger receives the daemon's logs; nil means slog.Default().
	Logger *slog.Logger
}

// Daemon runs one miner: it follows the contract, claims and generates jobs
// of its model, commits, publishes commitments, serves reveals from its
// store until settlement and withdraws its earnings.
type Daemon struct {
	cfg   DaemonConfig
	log   *slog.Logger
	store *logits.Store
	state string // path of the machine snapshot
	met   *Metrics
	st    *stepper.Stepper[*Machine, Event, Action]

	mu      sync.Mutex                          // guards running
	running map[logits.JobID]context.CancelFunc // generations in progress
	genq    chan Generate
	wg      sync.WaitGroup
	ctx     context.Context
}

// NewDaemon opens the data directory (store, saved state) and returns a
// daemon ready to Run. A saved state from an earlier run is restored.
func NewDaemon(cfg DaemonConfig) (*Daemon, error) {
	switch {
	case cfg.Chain == nil || cfg.Host == nil || cfg.Gossip == nil || cfg.Engine == nil:
		return nil, errors.New("miner: DaemonConfig needs Chain, Host, Gossip and Engine")
	case cfg.DataDir == "":
		return nil, errors.New("miner: DaemonConfig.DataDir is empty")
	}
	if cfg.CommitMargin == 0 {
		cfg.CommitMargin = 10
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	store, err := logits.OpenStore(filepath.Join(cfg.DataDir, "logits"))
	if err != nil {
		return nil, fmt.Errorf("miner: %w", err)
	}
	d := &Daemon{cfg: cfg, log: cfg.Logger, store: store, state: filepath.Join(cfg.DataDir, "miner-state.json"),
		running: map[logits.JobID]context.CancelFunc{}, genq: make(chan Generate, 64)}
	if d.met = cfg.Metrics; d.met == nil {
		d.met, _ = NewMetrics(nil) // registering nowhere cannot fail
	}
	mcfg := Config{Self: cfg.Chain.From(), ModelID: cfg.ModelID, MaxTokens: cfg.MaxTokens, CommitMargin: cfg.CommitMargin, MaxBusy: cfg.MaxBusy}
	data, err := stepper.ReadSnapshot(d.state)
	if err != nil {
		return nil, fmt.Errorf("miner: %w", err)
	}
	m := NewMachine(mcfg)
	if data != nil {
		if m, err = RestoreMachine(mcfg, data); err != nil {
			return nil, fmt.Errorf("miner: %s: %w", d.state, err)
		}
		d.log.Info("miner state restored", "jobs", m.Jobs(), "file", d.state)
	}
	d.st = stepper.New(m, stepper.Config[Action]{Name: "miner", Path: d.state, Do: d.do, Logger: d.log,
		Live: func(n int) { d.met.liveJobs.Set(float64(n)) }})
	return d, nil
}

// Run serves until ctx ends (it then returns nil) or a component fails.
func (d *Daemon) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	d.ctx = ctx
	var src p2p.OpeningSource = d.store
	if d.cfg.Openings != nil {
		src = d.cfg.Openings(d.store)
	}
	var policy p2p.RevealPolicy = p2p.RevealPolicyFunc(d.revealChallenge)
	if d.cfg.Policy != nil {
		policy = d.cfg.Policy(policy)
	}
	srv, err := p2p.ServeReveal(d.cfg.Host, p2p.RevealServerConfig{Source: countingSource{src, d.met},
		Policy: policy, Logger: d.log})
	if err != nil {
		return fmt.Errorf("miner: serve reveals: %w", err)
	}
	defer srv.Close()
	jobs, err := d.cfg.Gossip.SubscribeJobs()
	if err != nil {
		return fmt.Errorf("miner: subscribe to jobs: %w", err)
	}
	defer jobs.Cancel()

	d.log.Info("miner running", "address", d.cfg.Chain.From(), "peer", d.cfg.Host.ID(), "model", d.cfg.ModelID,
		"engine", d.cfg.Engine.Name(), "data", d.cfg.DataDir)
	if err := d.step(Restarted{}); err != nil {
		return err
	}
	d.wg.Add(3)
	go func() { defer d.wg.Done(); d.generator(ctx) }()
	go func() { defer d.wg.Done(); d.prompts(ctx, jobs) }()
	go func() { defer d.wg.Done(); d.ticks(ctx) }()
	err = d.cfg.Chain.Follow(ctx, chain.FollowOptions{
		From:   d.cfg.DeployBlock,
		Cursor: chain.NewFileCursor(filepath.Join(d.cfg.DataDir, "miner.cursor")),
		Events: []string{"JobSubmitted", "JobClaimed", "JobCommitted", "JobCancelled", "JobSettled"},
	}, d.onChainEvent)
	cancel()
	d.wg.Wait()
	if ctx.Err() != nil && (err == nil || errors.Is(err, context.Canceled)) {
		return nil
	}
	return err
}

// step applies one event, saves the state and starts the actions (see
// package stepper: a crash repeats work rather than losing it).
func (d *Daemon) step(ev Event) error { return d.st.Step(ev) }

// stepLogged is step for goroutines that have nobody to return an error to.
func (d *Daemon) stepLogged(ev Event) { d.st.StepLogged(ev) }

func (d *Daemon) prompts(ctx context.Context, sub *p2p.Subscription[p2p.Job]) {
	for {
		r, err := sub.Next(ctx)
		if err != nil {
			return
		}
		if r.Msg.ModelID != d.cfg.ModelID {
			continue
		}
		d.stepLogged(PromptReceived{Job: r.Msg.JobID, Prompt: r.Msg.Prompt})
	}
}

func (d *Daemon) ticks(ctx context.Context) {
	t := time.NewTicker(d.cfg.Poll)
	defer t.Stop()
	for {
		h, err := d.cfg.Chain.Backend().HeaderByNumber(ctx, nil)
		if err == nil {
			d.stepLogged(Tick{Block: h.Number.Uint64(), Time: h.Time})
		} else if ctx.Err() == nil {
			d.log.Warn("miner: read chain head", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// revealChallenge is the reveal server's policy: a committed job of ours is
// opened only to its drawn committee, and only at its challenge set (both
// from the chain; p2p caches the answer). Jobs we do not hold are answered
// from the store without a chain query.
func (d *Daemon) revealChallenge(ctx context.Context, job logits.JobID) (p2p.RevealChallenge, error) {
	if _, err := d.store.Info(job); err != nil {
		return p2p.RevealChallenge{}, fmt.Errorf("%w: job %s is not one of ours", p2p.ErrNotOnChain, job)
	}
	members, _, err := d.cfg.Chain.Committee(ctx, job)
	if err != nil {
		return p2p.RevealChallenge{}, err
	}
	if len(members) == 0 {
		return p2p.RevealChallenge{}, fmt.Errorf("%w: the committee of job %s is not drawn yet", p2p.ErrNotOnChain, job)
	}
	positions, err := d.cfg.Chain.ChallengePositions(ctx, job)
	if err != nil {
		return p2p.RevealChallenge{}, err
	}
	d.cfg.Host.ProtectCommittee(job, members...)
	return p2p.RevealChallenge{Members: members, Positions: positions}, nil
}
