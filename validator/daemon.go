package validator

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"path/filepath"
	"sync"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// DaemonConfig wires a validator daemon to its chain, network and engine.
type DaemonConfig struct {
	// Wiring: Chain signs as the staked validator; Network fetches
	// openings, receives prompts and commitments and publishes verdicts;
	// Engine recomputes logits (the registered model); DataDir holds the
	// event cursor and the machine state.
	Wiring
	// SaltKey is the secret the verdict salts are derived from (SaltKeyOf
	// the validator's key). Required.
	SaltKey logits.Hash
	// RevealMargin: blocks before the end of the attest window at which the
	// validator stops waiting for openings (0 means 2).
	RevealMargin uint64
	// OnAttest, if set, sees every attestation the daemon got on chain, with
	// the position and reason behind it (dashboards, pol devnet's output).
	OnAttest func(Attest)
	// Metrics, if set, are updated by the daemon (see NewMetrics).
	Metrics *Metrics
}

// Wiring is the part of DaemonConfig both daemons have.
type Wiring = daemon.Wiring[Chain, Network]

// Daemon runs one validator: it follows the contract, and for every
// committed job whose committee it sits on it fetches and judges the
// openings, attests, gossips its verdict and settles after the window.
type Daemon struct {
	cfg     DaemonConfig
	log     *slog.Logger
	state   string
	met     *Metrics
	cache   *p2p.OpeningCache // openings we fetched, for the other committee members
	relayed sync.Map          // job id -> true once its prompt was republished
	restore []byte

	sh     *daemon.Shell[*Machine, Event, Action]     // made in Run (the machine needs the contract's parameters)
	ready  chan struct{}                              // closed once sh is made
	mu     sync.Mutex                                 // guards th
	th     map[[2]uint32]map[uint16]logits.Thresholds // (model, version) -> profile -> thresholds
	engine sync.Mutex                                 // one recomputation at a time
}

// NewDaemon checks the configuration and loads a saved state; the contract's
// parameters are read when Run starts.
func NewDaemon(cfg DaemonConfig) (*Daemon, error) {
	if cfg.SaltKey == (logits.Hash{}) { // checked first: a refused config leaves the disk alone
		return nil, errors.New("validator: DaemonConfig.SaltKey is empty (use SaltKeyOf the validator's key)")
	}
	if err := cfg.Prepare("validator"); err != nil {
		return nil, err
	}
	d := &Daemon{cfg: cfg, log: cfg.Logger, state: filepath.Join(cfg.DataDir, "validator-state.json"),
		th: map[[2]uint32]map[uint16]logits.Thresholds{}, cache: p2p.NewOpeningCache(0), ready: make(chan struct{})}
	if d.met = cfg.Metrics; d.met == nil {
		d.met, _ = NewMetrics(nil) // registering nowhere cannot fail
	}
	var err error
	if d.restore, err = daemon.ReadSnapshot(d.state); err != nil {
		return nil, fmt.Errorf("validator: %w", err)
	}
	return d, nil
}

// Run serves until ctx ends (it then returns nil) or the state cannot be
// saved. The contract's parameters are read first; while the chain is
// unreachable Run waits for it (one log line when it goes, one when it is
// back).
func (d *Daemon) Run(ctx context.Context) error {
	waiting := daemon.NewLink("validator: chain RPC", d.log, nil)
	var params chain.Params
	err := daemon.Retry(ctx, waiting, d.cfg.Backoff(), func(ctx context.Context) (err error) {
		params, err = d.cfg.Chain.Params(ctx)
		return err
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("validator: read contract parameters: %w", err)
	}
	tok := d.cfg.Engine.File().Tokenizer
	mcfg := Config{Role: daemon.Role{Self: d.cfg.Chain.From(), ModelID: d.cfg.ModelID}, Vocab: d.cfg.Engine.File().Config.VocabSize, K: int(params.Challenges),
		AttestWindow: uint64(params.AttestWindow), RevealWindow: uint64(params.RevealWindow), RevealMargin: d.cfg.RevealMargin,
		SaltKey: d.cfg.SaltKey, Context: d.cfg.Engine.File().Config.ContextLen, IsEOG: func(t uint32) bool { return t <= math.MaxInt32 && tok.IsEOG(int32(t)) }}
	m := NewMachine(mcfg)
	if d.restore != nil {
		if m, err = RestoreMachine(mcfg, d.restore); err != nil {
			return fmt.Errorf("validator: %s: %w", d.state, err)
		}
		d.log.Info("validator state restored", "jobs", m.Jobs(), "file", d.state)
	}
	loop := daemon.New(m, daemon.Config[Action]{Name: "validator", Path: d.state, Do: d.do, Saved: d.restore, Metrics: d.met.Metrics, Logger: d.log})
	d.sh = daemon.NewShell(loop, "validator", d.log, d.met.Metrics)
	close(d.ready)
	relay, err := d.cfg.Network.ServeReveal(p2p.RevealServerConfig{Source: d.cache, Authorize: d.cache.Authorize, Logger: d.log})
	if err != nil {
		return fmt.Errorf("validator: serve relayed openings: %w", err)
	}
	defer relay.Close()
	jobs, err := d.cfg.Network.SubscribeJobs()
	if err != nil {
		return fmt.Errorf("validator: subscribe to jobs: %w", err)
	}
	defer jobs.Cancel()
	commits, err := d.cfg.Network.SubscribeCommitments()
	if err != nil {
		return fmt.Errorf("validator: subscribe to commitments: %w", err)
	}
	defer commits.Cancel()

	d.log.Info("validator running", "address", d.cfg.Chain.From(), "peer", d.cfg.Network.ID(), "model", d.cfg.ModelID,
		"engine", d.cfg.Engine.Name(), "k", mcfg.K, "attestWindow", mcfg.AttestWindow)
	return d.sh.Run(ctx, daemon.ShellConfig[Event]{
		Feed: d.cfg.Feed("validator", "JobSubmitted", "JobCommitted", "CommitteeDrawn", "VerdictCommitted", "Attested", "JobSettled",
			"JobCancelled", "JobEscalated", "EscalationDrawn"),
		Tick:    func(h chain.Head) Event { return Tick(h) },
		OnEvent: d.onChainEvent,
		Sources: []func(context.Context){
			daemon.Prompts(jobs, d.cfg.ModelID, d.postPrompt),
			func(ctx context.Context) { d.commitments(ctx, commits) },
		},
	}, Restarted{})
}

// post queues an event for the machine (results of actions, gossip).
func (d *Daemon) post(ev Event) { d.sh.Loop.Post(ev) }

func (d *Daemon) postPrompt(job logits.JobID, prompt string) {
	d.post(PromptReceived{Job: job, Prompt: prompt})
}

func (d *Daemon) commitments(ctx context.Context, sub daemon.Subscription[p2p.Commitment]) {
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
		d.post(CommitmentReceived{Job: c.JobID, Signer: r.Signer, MinerPeer: r.SignerPeer.String(), MinerAddrs: addrs,
			Root: c.Root, N: c.N, TokensHash: c.TokensHash, PromptTokens: c.PromptTokens, Output: c.OutputTokens, Profile: c.Profile})
	}
}
