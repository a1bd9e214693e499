package main

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/internal/datadir"
	"github.com/pol-network/pol/internal/node"
	"github.com/pol-network/pol/models"
)

// daemonFlags are the flags pol miner and pol validator share: where the
// contract is, who signs, which model, where data and the network live.
type daemonFlags struct {
	conn
	deployBlock    uint64
	model          string
	modelID        uint
	dataDir        string
	listen         string
	announce       string
	bootstrap      string
	threads        int
	metricsAddr    string
	open, discover bool
	rpcTimeout     time.Duration
}

func (f *daemonFlags) register(fs *flag.FlagSet, defaultPort int) {
	f.conn.flags(fs, true)
	fs.Uint64Var(&f.deployBlock, "deploy-block", 0, "block the contract was deployed in (where event history starts)")
	fs.StringVar(&f.model, "model", models.BundledName, "model: 'bundled', a GGUF path, or ollama:NAME[:TAG]")
	fs.UintVar(&f.modelID, "model-id", 0, "the contract's id of the model (0: find it by the model file's id)")
	fs.StringVar(&f.dataDir, "data-dir", "", "directory for the event cursor, the saved state (and a miner's logits); required")
	fs.StringVar(&f.listen, "listen", fmt.Sprintf("/ip4/0.0.0.0/tcp/%d,/ip4/0.0.0.0/udp/%d/quic-v1", defaultPort, defaultPort),
		"comma-separated libp2p listen multiaddrs")
	fs.StringVar(&f.announce, "announce", "", "comma-separated multiaddrs to advertise instead of the listen addresses (NAT)")
	fs.StringVar(&f.bootstrap, "bootstrap", "", "comma-separated bootstrap peers, /ip4/.../tcp/.../p2p/<peer id>")
	fs.IntVar(&f.threads, "threads", 0, "CPU threads of the ggml engine (0: all cores)")
	fs.StringVar(&f.metricsAddr, "metrics-addr", "", "serve Prometheus metrics on this address, e.g. 127.0.0.1:9100")
	fs.BoolVar(&f.open, "open", false, "admit peers that are not staked (devnets)")
	fs.DurationVar(&f.rpcTimeout, "rpc-timeout", 0, "bound on one chain RPC call; a call that runs out counts as the RPC being down, like a refused connection (0: five block times of the chain, at least 10s, at most 2m)")
	fs.BoolVar(&f.discover, "dht", true, "find the network's other nodes through pol's DHT (/pol/kad/1.0.0) beyond the -bootstrap peers")
}

// daemonEnv is what a daemon command has set up before its daemon runs.
type daemonEnv struct {
	cl      *chain.Client
	key     *ecdsa.PrivateKey
	file    *models.File
	path    string
	modelID uint32
	node    *node.Node
	metrics *prometheus.Registry
	closers []func()
	// verify, when set, holds the checks a start from the data directory
	// left for when the chain answers (startFromDisk); it returns nil when
	// they pass or ctx ends first.
	verify func(ctx context.Context) error
}

func (d *daemonEnv) Close() {
	for i := len(d.closers) - 1; i >= 0; i-- {
		d.closers[i]()
	}
}

// setup connects to the chain, loads the key, resolves and checks the model
// against the contract's registry, starts the libp2p node and the metrics
// server. A miner whose data directory can start without the chain
// (startFromDisk) does so when the chain does not answer at once.
func (f *daemonFlags) setup(ctx context.Context, e *env, role chain.Role) (_ *daemonEnv, err error) {
	if f.dataDir == "" {
		return nil, errors.New("-data-dir is required")
	}
	if !common.IsHexAddress(f.contract) {
		return nil, fmt.Errorf("-contract %q is not an address (set -contract or $POL_CONTRACT)", f.contract)
	}
	// -timeout bounds the setup (connect, model lookup, bootstrap), not the run.
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	d := &daemonEnv{}
	defer func() {
		if err != nil {
			d.Close()
		}
	}()
	unlock, err := datadir.Lock(f.dataDir)
	if err != nil {
		return nil, err
	}
	d.closers = append(d.closers, func() { _ = unlock() })
	ec, err := ethclient.DialContext(ctx, f.rpc)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", f.rpc, err)
	}
	d.closers = append(d.closers, ec.Close)
	// Every call is bounded, so a node that accepts connections and never
	// answers is unreachable too.
	probe := chain.WithCallTimeout(ec, cmp.Or(f.rpcTimeout, chain.CallTimeout(0)))
	if start, ok := f.diskStart(role); ok {
		if _, perr := probe.ChainID(ctx); perr != nil {
			if err := f.startFromDisk(ctx, e, d, probe, start, perr); err != nil {
				return nil, err
			}
			return d, nil
		}
	}
	// An unreachable node is waited for, up to -timeout (one log line when
	// it is found unreachable, one when it answers).
	link := daemon.NewLink("chain RPC "+f.rpc, e.log, nil)
	if err := daemon.Retry(ctx, link, daemon.Backoff{Min: 250 * time.Millisecond, Max: 5 * time.Second}, func(ctx context.Context) error {
		_, err := probe.ChainID(ctx)
		return err
	}); err != nil {
		return nil, fmt.Errorf("the chain RPC %s did not answer within -timeout %s: %w", f.rpc, f.timeout, err)
	}
	backend, err := f.boundCalls(ctx, e, ec, probe)
	if err != nil {
		return nil, err
	}
	if err := checkChainOf(ctx, backend, f.dataDir, f.contract, f.deployBlock); err != nil {
		return nil, err
	}
	if d.key, err = f.conn.key(ctx, backend); err != nil {
		return nil, err
	}
	if d.cl, err = chain.New(ctx, backend, common.HexToAddress(f.contract), d.key, chain.Options{Logger: e.log}); err != nil {
		return nil, err
	}
	acct, refused, err := f.checkStaked(ctx, d.cl, role)
	if err != nil || refused != nil {
		return nil, cmp.Or(refused, err)
	}
	id, err := f.openModel(ctx, e, d)
	if err != nil {
		return nil, err
	}
	if d.modelID, err = f.findModel(ctx, d.cl, d.path, id); err != nil {
		return nil, err
	}
	e.log.Info("model", "path", d.path, "id", id, "contractModel", d.modelID)
	if role == chain.RoleValidator {
		note, err := checkValidatorModel(acct, d.modelID)
		if err != nil {
			return nil, err
		}
		if note != "" {
			e.log.Info(note)
		}
	}
	if err := datadir.RecordModel(f.dataDir, datadir.Model{WeightsHash: id.String(), ModelID: d.modelID}); err != nil {
		return nil, err
	}
	if err := f.startNode(ctx, e, d); err != nil {
		return nil, err
	}
	return d, nil
}

// startNode starts the metrics server and the libp2p node.
func (f *daemonFlags) startNode(ctx context.Context, e *env, d *daemonEnv) error {
	if f.metricsAddr != "" {
		d.metrics = prometheus.NewRegistry()
		d.metrics.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
		stop, err := serveMetrics(f.metricsAddr, d.metrics, e.log)
		if err != nil {
			return err
		}
		d.closers = append(d.closers, stop)
	}
	var err error
	if d.node, err = node.Start(ctx, node.Config{Key: d.key, Chain: d.cl, From: f.deployBlock, Listen: splitList(f.listen),
		Announce: splitList(f.announce), Bootstrap: splitList(f.bootstrap), Open: f.open, Discover: f.discover, Metrics: d.metricsRegisterer(), Log: e.log}); err != nil {
		return err
	}
	d.closers = append(d.closers, d.node.Close)
	e.log.Info("p2p node up", "peer", d.node.Host.ID(), "addr", d.node.Addr())
	return nil
}

// checkStaked reads the account and refuses it when it is not staked in
// role: refused says why; err is a failed lookup.
func (f *daemonFlags) checkStaked(ctx context.Context, cl *chain.Client, role chain.Role) (acct chain.Account, refused, err error) {
	if acct, err = cl.Account(ctx, cl.From()); err != nil {
		return acct, nil, err
	}
	if chain.Role(acct.Role) != role || acct.Stake.Sign() == 0 {
		return acct, fmt.Errorf("%s is not staked as %s on %s (role %s, stake %s wei): stake first with pol wallet stake -role %s",
			cl.From(), role, f.contract, chain.Role(acct.Role), acct.Stake, strings.ToLower(role.String())), nil
	}
	return acct, nil, nil
}

// checkValidatorModel refuses a validator staked for another model than the
// one it serves (the draw would name it only for that model's jobs, and it
// would abstain on every one of them); for a validator staked for every
// model it returns a note on what that costs.
func checkValidatorModel(acct chain.Account, serves uint32) (note string, err error) {
	switch m := uint32(acct.ValidatorModel); {
	case m == 0:
		return fmt.Sprintf("staked for every model's jobs: the draw may name this validator for jobs of other models, on which it abstains (unpaid); pol wallet unstake, then pol wallet stake -role validator -model-id %d, names the one it serves", serves), nil
	case m != serves:
		return "", fmt.Errorf("this account is staked as a validator of model %d, but this node serves model %d: the draw names it only for model %d's jobs, all of which it would abstain on; start it with model %d, or unstake and stake again with -model-id %d", m, serves, m, m, serves)
	}
	return "", nil
}

// openModel opens the model file and computes its id (with progress).
func (f *daemonFlags) openModel(ctx context.Context, e *env, d *daemonEnv) (models.ID, error) {
	var err error
	if d.path, err = models.Resolve(ctx, f.model); err != nil {
		return models.ID{}, err
	}
	if d.file, err = models.Open(d.path); err != nil {
		return models.ID{}, err
	}
	last := int64(-1)
	return d.file.ID(ctx, func(done, total int64) {
		if pct := done * 10 / max(total, 1); pct != last {
			last = pct
			e.log.Info("hashing model", "file", d.path, "percent", pct*10)
		}
	})
}

// findModel finds (or, with -model-id, checks) the contract's model id
// registered for the model file's id.
func (f *daemonFlags) findModel(ctx context.Context, cl *chain.Client, path string, id models.ID) (uint32, error) {
	if f.modelID == 0 {
		modelID, err := cl.FindModel(ctx, f.deployBlock, id)
		if errors.Is(err, chain.ErrModelNotRegistered) {
			return 0, fmt.Errorf("%w: model %s has no registered thresholds on contract %s: calibrate it (pol calibrate -model MODEL -out DIR) and register it (pol wallet register-model -calibration DIR/calibration.json), or pass -model-id",
				models.ErrNoThresholds, id, cl.Address())
		}
		return modelID, err
	}
	m, err := cl.Model(ctx, uint32(f.modelID))
	if err != nil {
		return 0, err
	}
	if m.WeightsHash != id {
		return 0, fmt.Errorf("%w: contract model %d is %x, %s is %s", models.ErrIDMismatch, f.modelID, m.WeightsHash, path, id)
	}
	return uint32(f.modelID), nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// metricsRegisterer is nil (no metrics) or the registry.
func (d *daemonEnv) metricsRegisterer() prometheus.Registerer {
	if d.metrics == nil {
		return nil
	}
	return d.metrics
}

// boundCalls is ec with every call bounded by -rpc-timeout, or by default
// by chain.CallTimeout of the chain's block time (read through probe).
func (f *daemonFlags) boundCalls(ctx context.Context, e *env, ec *ethclient.Client, probe chain.Backend) (chain.Backend, error) {
	timeout := f.rpcTimeout
	if timeout == 0 {
		bt, err := chain.BlockTime(ctx, probe)
		if err != nil {
			return nil, err
		}
		timeout = chain.CallTimeout(bt)
		e.log.Info("chain RPC calls bounded", "timeout", timeout, "blockTime", bt)
	}
	return chain.WithCallTimeout(ec, timeout), nil
}

// checkChainOf ties dataDir to the chain behind ec and the contract: the
// first run records them, a later run on another chain (a reset dev chain,
// another network, a redeployed contract) stops with what to do.
func checkChainOf(ctx context.Context, ec chain.Backend, dataDir, contract string, deployBlock uint64) error {
	id, err := ec.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain id: %w", err)
	}
	genesis, err := ec.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return fmt.Errorf("genesis block: %w", err)
	}
	return datadir.CheckChain(dataDir, datadir.Chain{ChainID: id.Uint64(), Genesis: genesis.Hash().Hex(),
		Contract: common.HexToAddress(contract).Hex(), DeployBlock: deployBlock})
}
