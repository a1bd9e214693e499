package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	fsggml "github.com/ollama/ollama/fs/ggml"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/devnode"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/internal/node"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/miner"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/calibrate"
	"github.com/pol-network/pol/models/ggml"
	"github.com/pol-network/pol/models/ref"
	"github.com/pol-network/pol/models/synth"
	"github.com/pol-network/pol/p2p"
	"github.com/pol-network/pol/validator"
)

// Miner behaviours in a devnet.
const (
	behaveHonest    = Honest
	behaveQuantized = "quantized" // generates with a Q8_0 copy of the model
	behaveSilent    = "silent"    // commits honestly, then answers no reveal
	behaveF16KV     = F16KV
	behaveTruncate  = "truncate"  // commits the first 2 positions of a longer job, no end-of-generation token
	behaveDraft     = "draft"     // tokens from a cheaper model at half of the positions, logits an honest prefill
	behaveSelective = "selective" // honest, but serves its openings to one committee member only
	behaveHidden    = "hidden"    // a draft miner that keeps its token lists and openings to itself
)

// Honest and F16KV are the honest behaviours (the second with an f16 KV
// cache, an admitted precision).
const (
	Honest = ""
	F16KV  = "f16-kv"
)

// Cheats are the behaviours pol devnet -cheat accepts.
var Cheats = []string{behaveQuantized, behaveSilent, behaveTruncate, behaveDraft, behaveSelective, behaveHidden}

// expectation is how a job of a miner with behaviour b must settle under the
// v2 rules: honest work is paid (a selective miner too: the members relay its
// openings to each other), a cheat the token list or an opening shows is
// Failed with the collateral slashed, a miner that answers nobody is Unserved
// (unpaid, never slashed).
func expectation(b string) (outcome chain.JobStatus, slashed bool) {
	switch b {
	case behaveHonest, behaveF16KV, behaveSelective:
		return chain.StatusPassed, false
	case behaveSilent:
		return chain.StatusUnserved, false
	}
	return chain.StatusFailed, true
}

// Config describes an in-process network.
type Config struct {
	Miners []string // one behaviour per miner
	// Leaves is each miner's leaf function (logits.LeafSHA256 or
	// LeafBLAKE3; missing or 0: logits.DefaultLeaf).
	Leaves     []byte
	Validators int
	// Griefers are the first validators that reveal Fail on every job they
	// sit on, honest or not; each stakes GrieferStake ether (0: 1), so the
	// stake-weighted draw puts a heavy griefer on every round one.
	Griefers        int
	GrieferStake    int64
	K               uint8  // positions per validator
	AttestWindow    uint32 // blocks
	BlockPeriod     time.Duration
	MaxTokens       uint32
	Threads         int
	ValidatorEngine string // ref or ggml
	DataDir         string
	Metrics         prometheus.Registerer
	Log             *slog.Logger
	// DraftFrac is the fraction of positions a draft miner takes from its
	// draft model (0: one half).
	DraftFrac float64
	// OnDraft, when set, hears of every draft generation: the job's sampler
	// seed (the devnet seeds each job with keccak(prompt)) and how many of
	// its drafted tokens differ from the registered model's pick.
	OnDraft func(seed logits.Hash, d calibrate.Draft)
	Out     io.Writer // the jobs' life, line by line
}

// Devnet is a dev chain with the contract, the bundled model registered, a
// wallet, miners and validators, each with its own key, libp2p host on
// 127.0.0.1 and data directory, all in one process.
type Devnet struct {
	cfg        Config
	chain      *devnode.Node
	owner      *chain.Deployment
	modelID    uint32
	modelPath  string
	file       *models.File
	wallet     *chain.Client
	walletNode *node.Node
	miners     []*minerProc
	validators []*validatorProc
	names      map[common.Address]string
	obs        *observer
	submitMu   sync.Mutex
	assign     sync.Map // sampler seed (logits.Hash) -> miner index
	submitted  uint64   // jobs submitted so far (under submitMu): each seed's counter
	ctx        context.Context
	cancel     context.CancelFunc
	wg         sync.WaitGroup
}

type minerProc struct {
	name, behaviour, dataDir string
	key                      *ecdsa.PrivateKey
	cl                       *chain.Client
	engine                   models.Engine
	draft                    models.Engine // a draft miner's cheap model (the registered one without its last layer)
	listen                   []string
	node                     *node.Node
	met                      *miner.Metrics
	stop                     context.CancelFunc
	done                     chan error
}

type validatorProc struct {
	name, dataDir string
	griefer       bool // reveals Fail on every job (Config.Griefers)
	key           *ecdsa.PrivateKey
	cl            *chain.Client
	engine        models.Engine
	node          *node.Node
	met           *validator.Metrics
	stop          context.CancelFunc
	done          chan error
}

// devParams are the contract parameters of a devnet: short windows so a job
// settles in seconds.
func devParams(cfg Config) chain.Params {
	p := chain.DevParams()
	p.SeedDelay = 2 // the contract's minimum (docs/contract.md §4)
	p.AttestWindow = cfg.AttestWindow
	p.RevealWindow = cfg.AttestWindow
	p.Challenges = cfg.K
	p.CommitteeSize = uint8(min(3, cfg.Validators))
	p.ClaimTimeout = 120
	return p
}

// draftFrac is the fraction of positions a draft miner drafts.
func (d *Devnet) draftFrac() float64 {
	if d.cfg.DraftFrac > 0 {
		return d.cfg.DraftFrac
	}
	return 0.5
}

// startDevnet brings the whole network up. Close stops it.
func Start(ctx context.Context, cfg Config) (_ *Devnet, err error) {
	if len(cfg.Miners) < 1 || cfg.Validators < 2 {
		return nil, fmt.Errorf("devnet: need at least 1 miner and 2 validators (got %d, %d)", len(cfg.Miners), cfg.Validators)
	}
	ctx, cancel := context.WithCancel(ctx)
	d := &Devnet{cfg: cfg, names: map[common.Address]string{}, ctx: ctx, cancel: cancel}
	defer func() {
		if err != nil {
			d.Close()
		}
	}()
	cp := devParams(cfg)
	accounts := 2 + len(cfg.Miners) + cfg.Validators
	if d.chain, err = devnode.Start(ctx, devnode.Config{BlockPeriod: cfg.BlockPeriod, Accounts: accounts, Params: &cp}); err != nil {
		return nil, err
	}
	d.owner = d.chain.Contract()
	acc := d.chain.Accounts()
	d.names[acc[0].Address] = "owner"
	d.names[acc[1].Address] = "wallet"
	if err := d.registerModel(ctx); err != nil {
		return nil, err
	}
	fmt.Fprintf(cfg.Out, "chain      dev chain %d at %s, contract %s, block every %s\n", devnode.ChainID, d.chain.HTTPURL(), d.owner.Address(), cfg.BlockPeriod)
	fmt.Fprintf(cfg.Out, "contract   committee %d, %d challenged positions per job, seed delay %d, verdicts committed within %d blocks and revealed within %d more, collateral %dx the fee\n",
		cp.CommitteeSize, cp.Challenges, cp.SeedDelay, cp.AttestWindow, cp.RevealWindow, cp.CollateralMultiplier)

	d.wallet = d.owner.WithKey(acc[1].Key)
	if d.walletNode, err = node.Start(ctx, node.Config{Key: acc[1].Key, Chain: d.wallet, From: d.owner.Block,
		Listen: p2p.LoopbackListenAddrs, Open: true, Log: cfg.Log.With("node", "wallet")}); err != nil {
		return nil, err
	}
	d.obs = newObserver(d)
	d.wg.Add(1)
	go func() { defer d.wg.Done(); d.obs.run(ctx) }()

	stake := big.NewInt(params.Ether)
	for i, b := range cfg.Miners {
		m := &minerProc{name: fmt.Sprintf("miner-%d", i), behaviour: b, key: acc[2+i].Key,
			dataDir: filepath.Join(cfg.DataDir, fmt.Sprintf("miner-%d", i)), listen: p2p.LoopbackListenAddrs}
		m.cl = d.owner.WithKey(m.key)
		d.names[m.cl.From()] = m.name
		if _, err := m.cl.Stake(ctx, chain.RoleMiner, stake); err != nil {
			return nil, fmt.Errorf("%s: stake: %w", m.name, err)
		}
		if m.engine, err = d.minerEngine(ctx, m); err != nil {
			return nil, err
		}
		if b == behaveDraft || b == behaveHidden {
			if m.draft, err = d.draftEngine(ctx, m); err != nil {
				return nil, err
			}
		}
		if m.met, err = miner.NewMetrics(d.registerer(m.name)); err != nil {
			return nil, err
		}
		d.miners = append(d.miners, m)
	}
	for i := 0; i < cfg.Validators; i++ {
		v := &validatorProc{name: fmt.Sprintf("validator-%d", i), key: acc[2+len(cfg.Miners)+i].Key,
			dataDir: filepath.Join(cfg.DataDir, fmt.Sprintf("validator-%d", i))}
		v.cl = d.owner.WithKey(v.key)
		d.names[v.cl.From()] = v.name
		vstake := stake
		if v.griefer = i < cfg.Griefers; v.griefer {
			v.name = fmt.Sprintf("griefer-%d", i)
			d.names[v.cl.From()] = v.name
			vstake = new(big.Int).Mul(stake, big.NewInt(max(cfg.GrieferStake, 1)))
		}
		if _, err := v.cl.StakeValidator(ctx, d.modelID, vstake); err != nil {
			return nil, fmt.Errorf("%s: stake: %w", v.name, err)
		}
		if v.engine, err = d.validatorEngine(ctx); err != nil {
			return nil, err
		}
		if v.met, err = validator.NewMetrics(d.registerer(v.name)); err != nil {
			return nil, err
		}
		d.validators = append(d.validators, v)
	}
	for _, m := range d.miners {
		if err := d.startMiner(m); err != nil {
			return nil, err
		}
	}
	for _, v := range d.validators {
		if err := d.startValidator(v); err != nil {
			return nil, err
		}
	}
	return d, d.waitMeshed(ctx)
}

func (d *Devnet) registerModel(ctx context.Context) error {
	var err error
	if d.modelPath, err = models.BundledModelPath(ctx); err != nil {
		return err
	}
	if d.file, err = models.Open(d.modelPath); err != nil {
		return err
	}
	id, err := d.file.ID(ctx, nil)
	if err != nil {
		return err
	}
	th, ok := models.ThresholdsFor(id)
	if !ok {
		return fmt.Errorf("%w: bundled model %s", models.ErrNoThresholds, id)
	}
	if d.modelID, err = d.owner.RegisterModelProfiles(ctx, id, chain.ProfileList(th)); err != nil {
		return fmt.Errorf("register the bundled model: %w", err)
	}
	fmt.Fprintf(d.cfg.Out, "model      bundled stories260K, id %s, registered as model %d with thresholds v1\n", id, d.modelID)
	for _, p := range models.SortedProfiles(th) {
		t := th[p]
		fmt.Fprintf(d.cfg.Out, "           %s: top-%d max|Δlogprob| %g, KL %g, span %d tokens\n", p, t.TopK, t.MaxDelta, t.MaxKL, t.Span)
	}
	return nil
}

func (d *Devnet) minerEngine(ctx context.Context, m *minerProc) (models.Engine, error) {
	path := d.modelPath
	if m.behaviour == behaveQuantized {
		path = filepath.Join(d.cfg.DataDir, m.name+"-q8_0.gguf")
		if err := os.MkdirAll(d.cfg.DataDir, 0o700); err != nil {
			return nil, err
		}
		if err := synth.Rewrite(d.modelPath, path, synth.Quantize(fsggml.TensorTypeQ8_0), nil); err != nil {
			return nil, fmt.Errorf("%s: quantized copy: %w", m.name, err)
		}
	}
	opts := ggml.Options{Threads: d.cfg.Threads}
	if m.behaviour == behaveF16KV {
		opts.KV = models.KVF16
	}
	e, err := ggml.Load(ctx, path, opts)
	if err != nil {
		return nil, fmt.Errorf("%s: load engine: %w", m.name, err)
	}
	return e, nil
}

// draftEngine loads a draft miner's cheap model: the registered model with
// its last layer removed.
func (d *Devnet) draftEngine(ctx context.Context, m *minerProc) (models.Engine, error) {
	path := filepath.Join(d.cfg.DataDir, m.name+"-draft.gguf")
	if err := os.MkdirAll(d.cfg.DataDir, 0o700); err != nil {
		return nil, err
	}
	tf, kvf := synth.RemoveLayer(d.file.Config.Layers-1, d.file.Config.Arch)
	if err := synth.Rewrite(d.modelPath, path, tf, kvf); err != nil {
		return nil, fmt.Errorf("%s: draft model: %w", m.name, err)
	}
	e, err := ggml.Load(ctx, path, ggml.Options{Threads: d.cfg.Threads})
	if err != nil {
		return nil, fmt.Errorf("%s: load draft engine: %w", m.name, err)
	}
	return e, nil
}

func (d *Devnet) validatorEngine(ctx context.Context) (models.Engine, error) {
	if d.cfg.ValidatorEngine == "ggml" {
		return ggml.LoadFile(ctx, d.file, ggml.Options{Threads: d.cfg.Threads})
	}
	return ref.LoadFile(d.file)
}

// startMiner starts (or restarts) a miner's node and daemon. A restarted
// miner listens on the addresses it had, with the same key and data dir.
func (d *Devnet) startMiner(m *minerProc) error {
	n, err := node.Start(d.ctx, node.Config{Key: m.key, Chain: m.cl, From: d.owner.Block, Listen: m.listen,
		Bootstrap: []string{d.walletNode.Addr()}, Log: d.cfg.Log.With("node", m.name)})
	if err != nil {
		return fmt.Errorf("%s: %w", m.name, err)
	}
	m.listen = nil
	for _, a := range n.Host.Addrs() {
		m.listen = append(m.listen, a.String())
	}
	idx := d.minerIndex(m)
	cfg := miner.DaemonConfig{
		Wiring: miner.Wiring{Chain: m.cl, DeployBlock: d.owner.Block, Network: daemon.NewP2P(n.Host, n.Gossip, nil, 0), Engine: m.engine,
			ModelID: d.modelID, DataDir: m.dataDir, Poll: 250 * time.Millisecond, Logger: d.cfg.Log.With("node", m.name)},
		MaxTokens: d.cfg.MaxTokens, Accept: func(ev chain.JobSubmitted) bool { return d.assigned(ev, idx) }, Metrics: m.met}
	if idx < len(d.cfg.Leaves) {
		cfg.Leaf = d.cfg.Leaves[idx]
	}
	switch m.behaviour {
	case behaveSilent:
		cfg.Openings = func(*logits.Store) p2p.OpeningSource { return silentSource{} }
	case behaveSelective:
		cfg.Policy = firstMemberOnly
	case behaveTruncate:
		cfg.Generate = truncating(2)
	case behaveDraft:
		cfg.Generate = drafting(m.draft, d.draftFrac(), d.cfg.OnDraft)
	case behaveHidden:
		cfg.Generate = drafting(m.draft, d.draftFrac(), d.cfg.OnDraft)
		cfg.Withhold = true
		cfg.Openings = func(*logits.Store) p2p.OpeningSource { return silentSource{} }
	}
	dm, err := miner.NewDaemon(cfg)
	if err != nil {
		n.Close()
		return fmt.Errorf("%s: %w", m.name, err)
	}
	ctx, stop := context.WithCancel(d.ctx)
	m.node, m.stop, m.done = n, stop, make(chan error, 1)
	go func() { m.done <- dm.Run(ctx) }()
	return nil
}

// restartMiner stops a miner's daemon and node as a crash would (nothing is
// flushed beyond what the daemon already saved) and starts them again.
func (d *Devnet) restartMiner(i int) error {
	m := d.miners[i]
	m.stop()
	if err := <-m.done; err != nil {
		return fmt.Errorf("%s stopped with: %w", m.name, err)
	}
	m.node.Close()
	fmt.Fprintf(d.cfg.Out, "restart    %s stopped; starting it again on %v\n", m.name, m.listen)
	return d.startMiner(m)
}

// startValidator starts (or restarts) a validator's node and daemon on its
// data directory.
func (d *Devnet) startValidator(v *validatorProc) error {
	n, err := node.Start(d.ctx, node.Config{Key: v.key, Chain: v.cl, From: d.owner.Block, Listen: p2p.LoopbackListenAddrs,
		Bootstrap: []string{d.walletNode.Addr()}, Log: d.cfg.Log.With("node", v.name)})
	if err != nil {
		return fmt.Errorf("%s: %w", v.name, err)
	}
	var cl validator.Chain = v.cl
	if v.griefer {
		cl = grieferChain{v.cl}
	}
	dv, err := validator.NewDaemon(validator.DaemonConfig{
		Wiring: validator.Wiring{Chain: cl, DeployBlock: d.owner.Block, Network: daemon.NewP2P(n.Host, n.Gossip, validator.ChainRoots(v.cl), 0),
			Engine: v.engine, ModelID: d.modelID, DataDir: v.dataDir, Poll: 250 * time.Millisecond, Logger: d.cfg.Log.With("node", v.name)},
		SaltKey: validator.SaltKeyOf(v.key), Metrics: v.met, OnAttest: func(a validator.Attest) { d.obs.attested(v.name, a) }})
	if err != nil {
		n.Close()
		return fmt.Errorf("%s: %w", v.name, err)
	}
	// Validators know each other, as pol's DHT discovery makes them in a
	// real network (a member relays openings to the others, spec §9).
	for _, o := range d.validators {
		if o != v && o.node != nil {
			if err := n.Host.Connect(d.ctx, o.node.Host.AddrInfo()); err != nil {
				d.cfg.Log.Warn("devnet: connect validators", "from", v.name, "to", o.name, "err", err)
			}
		}
	}
	ctx, stop := context.WithCancel(d.ctx)
	v.node, v.stop, v.done = n, stop, make(chan error, 1)
	go func() { v.done <- dv.Run(ctx) }()
	return nil
}

// grieferChain is a validator's chain port that turns every verdict it
// commits and reveals into Fail: the validator checks as an honest one does,
// then votes against the miner.
type grieferChain struct{ *chain.Client }

func (g grieferChain) CommitVerdict(ctx context.Context, job logits.JobID, _ chain.Verdict, salt, evidence logits.Hash) (*types.Receipt, error) {
	return g.Client.CommitVerdict(ctx, job, chain.VerdictFail, salt, evidence)
}

func (g grieferChain) RevealVerdict(ctx context.Context, job logits.JobID, _ chain.Verdict, salt, evidence logits.Hash) (*types.Receipt, error) {
	return g.Client.RevealVerdict(ctx, job, chain.VerdictFail, salt, evidence)
}

// restartValidator stops a validator's daemon and node and starts them again
// on the same data directory.
func (d *Devnet) restartValidator(i int) error {
	v := d.validators[i]
	v.stop()
	if err := <-v.done; err != nil {
		return fmt.Errorf("%s stopped with: %w", v.name, err)
	}
	v.node.Close()
	fmt.Fprintf(d.cfg.Out, "restart    %s stopped; starting it again\n", v.name)
	return d.startValidator(v)
}

func (d *Devnet) registerer(name string) prometheus.Registerer {
	if d.cfg.Metrics == nil {
		return nil
	}
	return prometheus.WrapRegistererWith(prometheus.Labels{"node": name}, d.cfg.Metrics)
}

func (d *Devnet) minerIndex(m *minerProc) int {
	for i := range d.miners {
		if d.miners[i] == m {
			return i
		}
	}
	return -1
}

// submissionSeed is the sampler seed of the devnet's n-th submission (from
// 1) of prompt.
func submissionSeed(prompt string, n uint64) logits.Hash {
	return logits.Keccak256([]byte(prompt), binary.BigEndian.AppendUint64(nil, n))
}

// assigned is the miners' job policy in a devnet: each job the devnet
// submits goes to the miner it was assigned to; other jobs to anyone.
func (d *Devnet) assigned(ev chain.JobSubmitted, idx int) bool {
	want, ok := d.assign.Load(ev.Sampler.Seed)
	return !ok || want == idx
}

// waitMeshed waits until the wallet's jobs topic reaches every daemon, so
// the first prompt is not published into an empty mesh.
func (d *Devnet) waitMeshed(ctx context.Context) error {
	want := len(d.miners) + len(d.validators)
	if err := d.walletNode.WaitTopicPeers(ctx, p2p.TopicJobs, want, 30*time.Second); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	return nil
}

// submit submits a job for the given miner and gossips its prompt.
func (d *Devnet) submit(ctx context.Context, prompt string, minerIdx int) (logits.JobID, error) {
	return d.submitN(ctx, prompt, minerIdx, d.cfg.MaxTokens)
}

// submitN is submit with the job's maxTokens.
func (d *Devnet) submitN(ctx context.Context, prompt string, minerIdx int, maxTokens uint32) (logits.JobID, error) {
	d.submitMu.Lock()
	defer d.submitMu.Unlock()
	// The assignment is keyed by the sampler seed, unique to this submission
	// and in the JobSubmitted event the miners see, which may come before
	// SubmitJob returns (the job id is not known before: a job ending
	// meanwhile changes which record the submission takes).
	d.submitted++
	seed := submissionSeed(prompt, d.submitted)
	d.assign.Store(seed, minerIdx)
	head, err := d.wallet.Head(ctx)
	if err != nil {
		return logits.JobID{}, err
	}
	fee := new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(100))
	id, err := d.wallet.SubmitJob(ctx, chain.JobRequest{ModelID: d.modelID, PromptHash: logits.PromptHash(prompt),
		MaxTokens: maxTokens, Sampler: logits.Sampler{TemperatureMilli: 800, TopK: 40, Seed: seed},
		Deadline: head.Time + 600, Fee: fee})
	if err != nil {
		return logits.JobID{}, err
	}
	d.obs.submitted(id, prompt, maxTokens, d.miners[minerIdx].name)
	return id, d.walletNode.Gossip.PublishJob(ctx, p2p.Job{JobID: id, ModelID: d.modelID, Prompt: prompt})
}

// Close stops every daemon, node, engine and the chain.
func (d *Devnet) Close() {
	d.cancel()
	for _, m := range d.miners {
		if m.done != nil {
			<-m.done
			m.done = nil
		}
	}
	for _, v := range d.validators {
		if v.done != nil {
			<-v.done
			v.done = nil
		}
	}
	d.wg.Wait()
	for _, m := range d.miners {
		if m.node != nil {
			m.node.Close()
		}
		if m.engine != nil {
			m.engine.Close()
		}
		if m.draft != nil {
			m.draft.Close()
		}
	}
	for _, v := range d.validators {
		if v.node != nil {
			v.node.Close()
		}
		if v.engine != nil {
			v.engine.Close()
		}
	}
	if d.walletNode != nil {
		d.walletNode.Close()
	}
	if d.chain != nil {
		d.chain.Close()
	}
}

// silentSource is a miner that committed but answers no reveal.
type silentSource struct{}

func (silentSource) Open(job logits.JobID, _ uint32) (*logits.Opening, error) {
	return nil, fmt.Errorf("%w: %s (this miner does not reveal)", logits.ErrUnknownJob, job)
}

var ErrExpectation = errors.New("devnet: outcome differs from what the miners' behaviour should produce")

// firstMemberOnly wraps a miner's reveal policy so that only the first
// committee member is served (selective reveal).
func firstMemberOnly(p p2p.RevealPolicy) p2p.RevealPolicy {
	return p2p.RevealPolicyFunc(func(ctx context.Context, job logits.JobID) (p2p.RevealChallenge, error) {
		c, err := p.Challenge(ctx, job)
		if err == nil && len(c.Members) > 1 {
			c.Members = c.Members[:1]
		}
		return c, err
	})
}

// truncating generates at most keep positions of a job and never stops at
// an end-of-generation token: a miner that commits less than it was paid for.
func truncating(keep int) func(context.Context, models.Engine, []int32, models.GenerateOptions) ([]uint32, error) {
	return func(ctx context.Context, e models.Engine, prompt []int32, o models.GenerateOptions) ([]uint32, error) {
		o.N, o.StopAtEOG = min(o.N, keep), false
		return models.Generate(ctx, e, prompt, o)
	}
}

// drafting generates a job as a draft-model cheat (calibrate.CommitDraft):
// at a fraction frac of the positions, chosen from the prompt, the token is
// the draft model's pick; the committed logits are the registered model's
// honest prefill over those tokens.
func drafting(draft models.Engine, frac float64, report func(logits.Hash, calibrate.Draft)) func(context.Context, models.Engine, []int32, models.GenerateOptions) ([]uint32, error) {
	return func(ctx context.Context, e models.Engine, prompt []int32, o models.GenerateOptions) ([]uint32, error) {
		if len(o.Resume) > 0 {
			return nil, fmt.Errorf("draft cheat: resuming %d stored positions is not supported", len(o.Resume))
		}
		seed := logits.Keccak256([]byte("draft"), []byte(fmt.Sprint(prompt)))
		d, err := calibrate.CommitDraft(ctx, e, draft, prompt, o.N, o.Sampler, calibrate.DraftSet(seed, o.N, frac), o.Sink)
		if err == nil && report != nil {
			report(o.Sampler.Seed, d)
		}
		return d.Output, err
	}
}
