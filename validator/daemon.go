package validator

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/stepper"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/p2p"
)

// DaemonConfig wires a validator daemon to its chain, network and engine.
type DaemonConfig struct {
	// Chain signs as the validator (its address is the staked validator).
	Chain *chain.Client
	// DeployBlock is where the event history starts on the first run.
	DeployBlock uint64
	// Host fetches openings; Gossip receives prompts and commitments and
	// publishes verdicts.
	Host   *p2p.Host
	Gossip *p2p.Gossip
	// Engine recomputes logits; it must run the registered model.
	Engine models.Engine
	// ModelID is the contract's id of the model Engine runs.
	ModelID uint32
	// DataDir holds the event cursor and the machine state.
	DataDir string
	// RevealTimeout bounds one opening request (0: p2p.DefaultRevealTimeout).
	RevealTimeout time.Duration
	// SaltKey is the secret the verdict salts are derived from (SaltKeyOf
	// the validator's key). Required.
	SaltKey logits.Hash
	// RevealMargin: blocks before the end of the attest window at which the
	// validator stops waiting for openings (0 means 2).
	RevealMargin uint64
	// Poll is how often the chain head is read (0 means 1s).
	Poll time.Duration
	// OnAttest, if set, sees every attestation the daemon got on chain, with
	// the position and reason behind it (dashboards, pol devnet's output).
	OnAttest func(Attest)
	// Metrics, if set, are updated by the daemon (see NewMetrics).
	Metrics *Metrics
	// Logger receives the daemon's logs; nil means slog.Default().
	Logger *slog.Logger
}

// Daemon runs one validator: it follows the contract, and for every
// committed job whose committee it sits on it fetches and judges the
// openings, attests, gossips its verdict and settles after the window.
type Daemon struct {
	cfg     DaemonConfig
	log     *slog.Logger
	state   string
	met     *Metrics
	reveal  *p2p.RevealClient
	cache   *p2p.OpeningCache // openings we fetched, for the other committee members
	relayed sync.Map          // job id -> true once its prompt was republished
	params  chain.Params

	st      *stepper.Stepper[*Machine, Event, Action]  // made in Run (needs the contract's parameters)
	mu      sync.Mutex                                 // guards th
	th      map[[2]uint32]map[uint16]logits.Thresholds // (model, version) -> profile -> thresholds
	engine  sync.Mutex                                 // one recomputation at a time
	wg      sync.WaitGroup
	ctx     context.Context
	restore []byte
}

// NewDaemon checks the configuration and loads a saved state; the contract's
// parameters are read when Run starts.
func NewDaemon(cfg DaemonConfig) (*Daemon, error) {
	switch {
	case cfg.Chain == nil || cfg.Host == nil || cfg.Gossip == nil || cfg.Engine == nil:
		return nil, errors.New("validator: DaemonConfig needs Chain, Host, Gossip and Engine")
	case cfg.DataDir == "":
		return nil, errors.New("validator: DaemonConfig.DataDir is empty")
	case cfg.SaltKey == (logits.Hash{}):
		return nil, errors.New("validator: DaemonConfig.SaltKey is empty (use SaltKeyOf the validator's key)")
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("validator: %w", err)
	}
	d := &Daemon{cfg: cfg, log: cfg.Logger, state: filepath.Join(cfg.DataDir, "validator-state.json"),
		th: map[[2]uint32]map[uint16]logits.Thresholds{}}
	var err error
	if d.met = cfg.Metrics; d.met == nil {
		d.met, _ = NewMetrics(nil) // registering nowhere cannot fail
	}
	d.reveal = p2p.NewRevealClient(cfg.Host, chainCommitments{cfg.Chain}, cfg.RevealTimeout)
	d.cache = p2p.NewOpeningCache(0)
	if d.restore, err = stepper.ReadSnapshot(d.state); err != nil {
		return nil, fmt.Errorf("validator: %w", err)
	}
	return d, nil
}

// Run serves until ctx ends (it then returns nil) or a component fails.
func (d *Daemon) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	d.ctx = ctx
	var err error
	if d.params, err = d.cfg.Chain.Params(ctx); err != nil {
		return fmt.Errorf("validator: read contract parameters: %w", err)
	}
	tok := d.cfg.Engine.File().Tokenizer
	mcfg := Config{Self: d.cfg.Chain.From(), ModelID: d.cfg.ModelID, Vocab: d.cfg.Engine.File().Config.VocabSize, K: int(d.params.Challenges),
		AttestWindow: uint64(d.params.AttestWindow), RevealWindow: uint64(d.params.RevealWindow), RevealMargin: d.cfg.RevealMargin,
		SaltKey: d.cfg.SaltKey, Context: d.cfg.Engine.File().Config.ContextLen, IsEOG: func(t uint32) bool { return t <= math.MaxInt32 && tok.IsEOG(int32(t)) }}
	m := NewMachine(mcfg)
	if d.restore != nil {
		if m, err = RestoreMachine(mcfg, d.restore); err != nil {
			return fmt.Errorf("validator: %s: %w", d.state, err)
		}
		d.log.Info("validator state restored", "jobs", m.Jobs(), "file", d.state)
	}
	d.st = stepper.New(m, stepper.Config[Action]{Name: "validator", Path: d.state, Do: d.do, Logger: d.log,
		Live: func(n int) { d.met.liveJobs.Set(float64(n)) }})
	relay, err := p2p.ServeReveal(d.cfg.Host, p2p.RevealServerConfig{Source: d.cache, Authorize: d.cache.Authorize, Logger: d.log})
	if err != nil {
		return fmt.Errorf("validator: serve relayed openings: %w", err)
	}
	defer relay.Close()
	jobs, err := d.cfg.Gossip.SubscribeJobs()
	if err != nil {
		return fmt.Errorf("validator: subscribe to jobs: %w", err)
	}
	defer jobs.Cancel()
	commits, err := d.cfg.Gossip.SubscribeCommitments()
	if err != nil {
		return fmt.Errorf("validator: subscribe to commitments: %w", err)
	}
	defer commits.Cancel()

	d.log.Info("validator running", "address", d.cfg.Chain.From(), "peer", d.cfg.Host.ID(), "model", d.cfg.ModelID,
		"engine", d.cfg.Engine.Name(), "k", mcfg.K, "attestWindow", mcfg.AttestWindow)
	if err := d.step(Restarted{}); err != nil {
		return err
	}
	d.wg.Add(3)
	go func() { defer d.wg.Done(); d.prompts(ctx, jobs) }()
	go func() { defer d.wg.Done(); d.commitments(ctx, commits) }()
	go func() { defer d.wg.Done(); d.ticks(ctx) }()
	err = d.cfg.Chain.Follow(ctx, chain.FollowOptions{
		From:   d.cfg.DeployBlock,
		Cursor: chain.NewFileCursor(filepath.Join(d.cfg.DataDir, "validator.cursor")),
		Events: []string{"JobSubmitted", "JobCommitted", "CommitteeDrawn", "VerdictCommitted", "Attested", "JobSettled", "JobCancelled"},
	}, d.onChainEvent)
	cancel()
	d.wg.Wait()
	if ctx.Err() != nil && (err == nil || errors.Is(err, context.Canceled)) {
		return nil
	}
	return err
}

// step applies one event, saves the state, then starts the actions (see
// package stepper).
func (d *Daemon) step(ev Event) error { return d.st.Step(ev) }

// stepLogged is step for goroutines that have nobody to return an error to.
func (d *Daemon) stepLogged(ev Event) { d.st.StepLogged(ev) }

func (d *Daemon) prompts(ctx context.Context, sub *p2p.Subscription[p2p.Job]) {
	for {
		r, err := sub.Next(ctx)
		if err != nil {
			return
		}
		if r.Msg.ModelID == d.cfg.ModelID {
			d.stepLogged(PromptReceived{Job: r.Msg.JobID, Prompt: r.Msg.Prompt})
		}
	}
}

func (d *Daemon) commitments(ctx context.Context, sub *p2p.Subscription[p2p.Commitment]) {
	for {
		r, err := sub.Next(ctx)
		if err != nil {
			return
		}
		c := r.Msg
		if c.ModelID != d.cfg.ModelID {
			continue
		}
		addrs := make([]string, len(c.MinerAddrs))
		for i, a := range c.MinerAddrs {
			addrs[i] = a.String()
		}
		d.stepLogged(CommitmentReceived{Job: c.JobID, Signer: r.Signer, MinerPeer: r.SignerPeer.String(), MinerAddrs: addrs,
			Root: c.Root, N: c.N, TokensHash: c.TokensHash, PromptTokens: c.PromptTokens, Output: c.OutputTokens, Profile: c.Profile})
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
			d.log.Warn("validator: read chain head", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// chainCommitments gives the reveal client the on-chain root and n of a job.
type chainCommitments struct{ cl *chain.Client }

func (c chainCommitments) Commitment(ctx context.Context, id logits.JobID) (p2p.ChainCommitment, error) {
	j, err := c.cl.Job(ctx, id)
	if err != nil {
		return p2p.ChainCommitment{}, err
	}
	if chain.JobStatus(j.Status) < chain.StatusCommitted || j.N == 0 {
		return p2p.ChainCommitment{}, fmt.Errorf("%w: job %s is %s", p2p.ErrNotOnChain, id, chain.JobStatus(j.Status))
	}
	return p2p.ChainCommitment{Miner: j.Miner, Root: j.Root, N: j.N}, nil
}
