package miner

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/p2p"
)

// DaemonConfig wires a miner daemon to its chain, network, engine and disk.
type DaemonConfig struct {
	// Wiring: Chain signs as the staked miner; Network receives prompts,
	// publishes commitments and serves reveals; Engine generates (the
	// registered model, or a copy whose drift stays within the model's
	// thresholds); DataDir holds the logits store, the event cursor and
	// the machine state.
	Wiring
	// Profile is the numeric profile Engine runs, declared in the
	// commitment message (0: derived from Engine, see profile).
	Profile models.Profile
	// MaxTokens is the longest job this miner takes (0: any); see
	// Config.MaxTokens.
	MaxTokens uint32
	// CommitMargin: no commit is sent later than this many seconds before a
	// job's deadline (0 means 10).
	CommitMargin uint64
	// MaxBusy bounds the jobs claimed and not yet committed at once (0: no
	// limit); see Config.MaxBusy.
	MaxBusy int
	// StoreWork is where the logits store checks, hashes and copies each
	// position (nil: models.StoreWork of Engine).
	StoreWork *logits.Work
	// Leaf is the leaf function of the jobs this miner commits
	// (logits.LeafBLAKE3 or logits.LeafSHA256; 0: logits.DefaultLeaf, the
	// faster on this CPU). Version 2 validators check only LeafSHA256.
	Leaf byte
	// Accept, if set, chooses which submitted jobs this miner takes on (an
	// operator's policy: fee, requester, load). Nil takes every job of the
	// model.
	Accept func(chain.JobSubmitted) bool
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
	// Metrics, if set, are updated by the daemon (see NewMetrics).
	Metrics *Metrics
}

// Wiring is the part of DaemonConfig both daemons have.
type Wiring = daemon.Wiring[Chain, Network]

// StateFile is the machine snapshot's name in the data directory.
const StateFile = "miner-state.json"

// Daemon runs one miner: it follows the contract, claims and generates jobs
// of its model, commits, publishes commitments, serves reveals from its
// store until settlement and withdraws its earnings.
type Daemon struct {
	cfg   DaemonConfig
	log   *slog.Logger
	store *logits.Store
	met   *Metrics
	sh    *daemon.Shell[*Machine, Event, Action]

	mu        sync.Mutex                          // guards running and forgotten
	running   map[logits.JobID]context.CancelFunc // generations in progress
	forgotten map[logits.JobID]bool               // running jobs a Forget came for
	genq      chan Generate
	live      func(logits.JobID) (Job, bool) // liveJob; a test seam for the generate/forget race
	spans     map[[2]uint32]uint32           // (model, version) -> our profile's span, 0: not admitted; guarded by mu
}

// NewDaemon opens the data directory (store, saved state) and returns a
// daemon ready to Run. A saved state from an earlier run is restored.
func NewDaemon(cfg DaemonConfig) (*Daemon, error) {
	if err := cfg.Prepare("miner"); err != nil {
		return nil, err
	}
	if cfg.CommitMargin == 0 {
		cfg.CommitMargin = 10
	}
	store, err := logits.OpenStore(filepath.Join(cfg.DataDir, "logits"))
	if err != nil {
		return nil, fmt.Errorf("miner: %w", err)
	}
	work := models.StoreWork(cfg.Engine)
	if cfg.StoreWork != nil {
		work = *cfg.StoreWork
	}
	store.SetWork(work)
	if cfg.Leaf != 0 {
		if err := store.SetLeaf(cfg.Leaf); err != nil {
			return nil, fmt.Errorf("miner: %w", err)
		}
	}
	d := &Daemon{cfg: cfg, log: cfg.Logger, store: store, running: map[logits.JobID]context.CancelFunc{},
		forgotten: map[logits.JobID]bool{}, genq: make(chan Generate, 64), spans: map[[2]uint32]uint32{}}
	d.live = d.liveJob
	if d.met = cfg.Metrics; d.met == nil {
		d.met, _ = NewMetrics(nil) // registering nowhere cannot fail
	}
	mcfg := Config{Role: daemon.Role{Self: cfg.Chain.From(), ModelID: cfg.ModelID}, MaxTokens: cfg.MaxTokens, CommitMargin: cfg.CommitMargin, MaxBusy: cfg.MaxBusy}
	state := filepath.Join(cfg.DataDir, StateFile)
	data, err := daemon.ReadSnapshot(state)
	if err != nil {
		return nil, fmt.Errorf("miner: %w", err)
	}
	m := NewMachine(mcfg)
	if data != nil {
		if m, err = RestoreMachine(mcfg, data); err != nil {
			return nil, fmt.Errorf("miner: %s: %w", state, err)
		}
		d.log.Info("miner state restored", "jobs", m.Jobs(), "file", state)
	}
	loop := daemon.New(m, daemon.Config[Action]{Name: "miner", Path: state, Do: d.do, Saved: data, Metrics: d.met.Metrics, Logger: d.log})
	d.sh = daemon.NewShell(loop, "miner", d.log, d.met.Metrics)
	return d, nil
}

// Run serves until ctx ends (it then returns nil) or the state cannot be
// saved. An unreachable chain is waited out: reveals of committed jobs are
// served throughout.
func (d *Daemon) Run(ctx context.Context) error {
	var src p2p.OpeningSource = d.store
	if d.cfg.Openings != nil {
		src = d.cfg.Openings(d.store)
	}
	var policy p2p.RevealPolicy = p2p.RevealPolicyFunc(d.revealChallenge)
	if d.cfg.Policy != nil {
		policy = d.cfg.Policy(policy)
	}
	srv, err := d.cfg.Network.ServeReveal(p2p.RevealServerConfig{Source: countingSource{src, d.met}, Policy: policy, Logger: d.log})
	if err != nil {
		return fmt.Errorf("miner: serve reveals: %w", err)
	}
	defer srv.Close()
	d.protectCommittees()
	jobs, err := d.cfg.Network.SubscribeJobs()
	if err != nil {
		return fmt.Errorf("miner: subscribe to jobs: %w", err)
	}
	defer jobs.Cancel()

	d.log.Info("miner running", "address", d.cfg.Chain.From(), "peer", d.cfg.Network.ID(), "model", d.cfg.ModelID,
		"engine", d.cfg.Engine.Name(), "data", d.cfg.DataDir, "store_work", d.store.Work(), "leaf", logits.LeafName(d.store.Leaf()))
	return d.sh.Run(ctx, daemon.ShellConfig[Event]{
		Feed: d.cfg.Feed("miner", "JobSubmitted", "JobClaimed", "ClaimReleased", "JobCommitted", "CommitteeDrawn", "JobCancelled",
			"JobSettled", "JobEscalated", "EscalationDrawn"),
		Tick:    func(h chain.Head) Event { return Tick(h) },
		OnEvent: d.onChainEvent,
		Sources: []func(context.Context){d.generator, daemon.Prompts(jobs, d.cfg.ModelID, d.postPrompt)},
	}, Restarted{})
}

// protectCommittees protects the committees of the committed jobs in the
// restored state: their members are admitted by the host's gater even when
// the chain cannot say they are staked, so a daemon restarted during an RPC
// outage serves their reveals.
func (d *Daemon) protectCommittees() {
	committees := map[logits.JobID][]common.Address{}
	d.sh.Loop.Read(func(m *Machine) {
		for id, j := range m.Live {
			if j.Phase == PhaseCommitted && len(j.Members) > 0 {
				committees[id] = j.Members
			}
		}
	})
	for id, members := range committees {
		d.cfg.Network.ProtectCommittee(id, members...)
	}
}

// post queues an event for the machine (results of actions, gossip).
func (d *Daemon) post(ev Event) { d.sh.Loop.Post(ev) }

func (d *Daemon) postPrompt(job logits.JobID, prompt string) {
	d.post(PromptReceived{Job: job, Prompt: prompt})
}

// revealChallenge is the reveal server's policy: a committed job of ours is
// opened only to its drawn committee, and only at its challenge set. Both
// are in the machine's state once the committee is drawn, so reveals go on
// while the chain is unreachable; before that the chain is asked (p2p
// caches the answer). Jobs we do not hold are refused without a chain query.
func (d *Daemon) revealChallenge(ctx context.Context, job logits.JobID) (p2p.RevealChallenge, error) {
	if _, err := d.store.Info(job); err != nil {
		return p2p.RevealChallenge{}, fmt.Errorf("%w: job %s is not one of ours", p2p.ErrNotOnChain, job)
	}
	if j, ok := d.liveJob(job); ok && len(j.Members) > 0 {
		d.cfg.Network.ProtectCommittee(job, j.Members...)
		return p2p.RevealChallenge{Members: j.Members, Positions: j.Positions}, nil
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
	d.cfg.Network.ProtectCommittee(job, members...)
	return p2p.RevealChallenge{Members: members, Positions: positions}, nil
}

func (d *Daemon) liveJob(id logits.JobID) (j Job, ok bool) {
	d.sh.Loop.Read(func(m *Machine) { j, ok = m.Job(id) })
	return j, ok
}
