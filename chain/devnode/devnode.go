// Package devnode runs an in-process Ethereum dev chain: go-ethereum's own
// node and eth service driven by its simulated beacon (what `geth --dev`
// runs), chain id 1337, prefunded deterministic dev accounts, JSON-RPC over
// HTTP and WebSocket on a loopback port (so wallets, cast or MetaMask can
// connect) and the pol contract deployed on start. State lives in memory and
// is gone after Close, unless Config.DataDir names a directory: then the
// chain is kept there and a later Start on it resumes the same chain.
package devnode

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/keys"
)

// ChainID is the chain id of every dev chain (the `geth --dev` one).
const ChainID = 1337

// Config says how to run a dev node. The zero value is usable: a block per
// transaction, a random port, 10 accounts of 10,000 ether each, the pol
// contract deployed with chain.DevParams by dev account 0.
type Config struct {
	// BlockPeriod is the time between blocks, in whole seconds; 0 seals a
	// block as soon as a transaction arrives (and none otherwise). geth's
	// dev_ RPC namespace is served only with a non-zero period.
	BlockPeriod time.Duration
	// Host is the interface the RPC server binds; empty means 127.0.0.1.
	Host string
	// Port is the HTTP and WebSocket RPC port; 0 picks a free one.
	Port int
	// Accounts is the number of prefunded dev accounts, keys.Dev(0..n-1);
	// 0 means 10.
	Accounts int
	// Balance is each account's genesis balance in wei; nil means 10,000 ether.
	Balance *big.Int
	// GasLimit is the block gas limit; 0 means 60,000,000.
	GasLimit uint64
	// Params are the contract's deployment parameters; nil means
	// chain.DevParams().
	Params *chain.Params
	// NoDeploy starts the chain without the pol contract.
	NoDeploy bool
	// Logger receives the node's lifecycle lines; nil discards them.
	Logger *slog.Logger
	// DataDir keeps the chain on disk (every block's state is written, so a
	// kill -9 loses at most the blocks not yet flushed) and resumes it on the
	// next Start with the same directory: same genesis, contract, balances
	// and height. Empty means in memory only. A directory created with other
	// Accounts, Balance or GasLimit is refused (the genesis would differ).
	DataDir string

	// sealHold, when non-nil, keeps on-demand sealing from starting until it
	// is closed (tests: a transaction that arrives before the sealer runs).
	sealHold <-chan struct{}
}

// Account is a prefunded dev account. Its key is public knowledge.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// Node is a running dev chain.
type Node struct {
	stack    *node.Node
	beacon   *catalyst.SimulatedBeacon
	sealer   *sealer // nil with a block period
	client   *ethclient.Client
	accounts []Account
	contract *chain.Deployment
	resumed  bool
	httpURL  string
	wsURL    string
	log      *slog.Logger
}

// Start builds, starts and (if cfg.Deploy is set) deploys onto a dev node.
// On error nothing is left running.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	accounts, err := devAccounts(cfg.Accounts)
	if err != nil {
		return nil, err
	}
	rec, err := readRecord(cfg)
	if err != nil {
		return nil, err
	}
	stack, err := node.New(nodeConfig(cfg))
	if err != nil {
		return nil, fmt.Errorf("devnode: new node: %w", err)
	}
	n := &Node{stack: stack, accounts: accounts, log: cfg.Logger}
	if err := n.assemble(cfg); err != nil {
		_ = stack.Close()
		return nil, err
	}
	if err := stack.Start(); err != nil {
		_ = stack.Close()
		return nil, fmt.Errorf("devnode: start: %w", err)
	}
	n.client = ethclient.NewClient(stack.Attach())
	n.httpURL, n.wsURL = stack.HTTPEndpoint(), stack.WSEndpoint()
	if err := n.setupContract(ctx, cfg, rec); err != nil {
		_ = n.Close()
		return nil, err
	}
	n.log.Info("dev chain started", "http", n.HTTPURL(), "ws", n.WSURL(),
		"chain_id", ChainID, "block_period", cfg.BlockPeriod, "accounts", len(accounts), "data_dir", cfg.DataDir, "resumed", n.resumed)
	return n, nil
}

// setupContract deploys the pol contract, or on a resumed chain attaches to
// the one the data directory's record names, and records a new chain.
func (n *Node) setupContract(ctx context.Context, cfg Config, rec *record) error {
	opts := chain.Options{Poll: 20 * time.Millisecond, Logger: cfg.Logger}
	if rec != nil {
		n.resumed = true
		if rec.Contract == (common.Address{}) {
			return nil
		}
		dep, err := attach(ctx, n.client, n.accounts[0].Key, rec, opts)
		if err != nil {
			return fmt.Errorf("devnode: resume the chain in %s: %w", cfg.DataDir, err)
		}
		n.contract = dep
		return nil
	}
	if !cfg.NoDeploy {
		p := chain.DevParams()
		if cfg.Params != nil {
			p = *cfg.Params
		}
		dep, err := chain.Deploy(ctx, n.client, n.accounts[0].Key, p, opts)
		if err != nil {
			return fmt.Errorf("devnode: deploy the pol contract: %w", err)
		}
		n.contract = dep
	}
	if cfg.DataDir == "" {
		return nil
	}
	return writeRecord(cfg, n.contract)
}

// assemble registers the eth service, log filters and the simulated beacon.
func (n *Node) assemble(cfg Config) error {
	ecfg := ethconfig.Defaults
	ecfg.NetworkId = ChainID
	ecfg.SyncMode = ethconfig.FullSync
	ecfg.LogNoHistory = true // small chain: plain log scans, no background indexer to wait for
	// Small caches: a dev chain holds little state (geth's defaults ask for GiBs).
	ecfg.TrieCleanCache, ecfg.TrieDirtyCache, ecfg.SnapshotCache = 32, 32, 16
	ecfg.Miner.PendingFeeRecipient = n.accounts[0].Address
	ecfg.Miner.GasCeil = cfg.GasLimit
	ecfg.Genesis = genesis(cfg, n.accounts)
	if cfg.DataDir != "" {
		// Archive mode: every block's state goes to disk as it is made, so the
		// chain survives a crash, not only a clean stop.
		ecfg.NoPruning = true
		ecfg.StateScheme = rawdb.HashScheme
	}
	backend, err := eth.New(n.stack, &ecfg)
	if err != nil {
		return fmt.Errorf("devnode: eth service: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	n.stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	beacon, err := catalyst.NewSimulatedBeacon(uint64(cfg.BlockPeriod/time.Second), n.accounts[0].Address, backend)
	if err != nil {
		return fmt.Errorf("devnode: simulated beacon: %w", err)
	}
	n.stack.RegisterLifecycle(beacon)
	n.beacon = beacon
	if cfg.BlockPeriod == 0 {
		// Not geth's on-demand loop: it can miss the first transaction (see sealer).
		n.sealer = newSealer(backend, beacon, cfg.sealHold)
		n.stack.RegisterLifecycle(n.sealer)
	} else {
		catalyst.RegisterSimulatedBeaconAPIs(n.stack, beacon) // the dev_ namespace
	}
	if cfg.DataDir != "" {
		n.stack.RegisterLifecycle(&headSyncer{backend: backend, log: n.log})
	}
	return nil
}

// fill applies defaults and checks the config.
func (cfg *Config) fill() error {
	if cfg.BlockPeriod < 0 || cfg.BlockPeriod%time.Second != 0 {
		return fmt.Errorf("devnode: block period %v must be a non-negative whole number of seconds", cfg.BlockPeriod)
	}
	if cfg.Port < 0 || cfg.Port > 65535 {
		return fmt.Errorf("devnode: port %d out of range", cfg.Port)
	}
	if cfg.Host == "" {
		cfg.Host = "127.0.0.1"
	}
	if net.ParseIP(cfg.Host) == nil {
		return fmt.Errorf("devnode: host %q is not an IP address", cfg.Host)
	}
	if cfg.Accounts < 0 {
		return fmt.Errorf("devnode: %d accounts", cfg.Accounts)
	}
	if cfg.Accounts == 0 {
		cfg.Accounts = 10
	}
	if cfg.Balance == nil {
		cfg.Balance = DefaultBalance()
	}
	if cfg.Balance.Sign() <= 0 {
		return errors.New("devnode: account balance must be positive")
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = 60_000_000
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

func devAccounts(n int) ([]Account, error) {
	ks, err := keys.DevKeys(n)
	if err != nil {
		return nil, err
	}
	out := make([]Account, n)
	for i, k := range ks {
		out[i] = Account{Address: crypto.PubkeyToAddress(k.PublicKey), Key: k}
	}
	return out, nil
}

// genesis is geth's dev genesis with every dev account prefunded, on
// mainnet's rules: geth's dev chain also turns on the unreleased Bogota fork,
// whose state-gas metering (EIP-8037) more than doubles the gas of storage
// writes; pol's dev chain stops at Osaka so gas matches a real network.
func genesis(cfg Config, accounts []Account) *core.Genesis {
	g := core.DeveloperGenesisBlock(cfg.GasLimit, nil)
	g.Config = Rules()
	for _, a := range accounts {
		g.Alloc[a.Address] = types.Account{Balance: new(big.Int).Set(cfg.Balance)}
	}
	return g
}

// Rules is the dev chain's fork configuration: geth's dev chain rules
// (chain id 1337, every released fork from genesis) without Amsterdam and
// Bogota. Use it for other in-process chains (the simulated backend) so
// their gas matches.
func Rules() *params.ChainConfig {
	rules := *params.AllDevChainProtocolChanges
	rules.BogotaTime, rules.AmsterdamTime = nil, nil
	return &rules
}

// nodeConfig is a peerless node serving JSON-RPC on cfg.Host, in memory
// unless cfg.DataDir is set.
func nodeConfig(cfg Config) *node.Config {
	modules := []string{"eth", "net", "web3", "txpool"}
	if cfg.BlockPeriod > 0 {
		modules = append(modules, "dev") // geth's dev_ API comes with its interval sealing
	}
	return &node.Config{
		Name:             "pol-devnode",
		DataDir:          cfg.DataDir,
		P2P:              p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""},
		HTTPHost:         cfg.Host,
		HTTPPort:         cfg.Port,
		HTTPModules:      modules,
		HTTPCors:         []string{"*"},
		HTTPVirtualHosts: []string{"localhost"},
		WSHost:           cfg.Host,
		WSPort:           cfg.Port,
		WSModules:        modules,
		WSOrigins:        []string{"*"},
	}
}

// HTTPURL is the JSON-RPC over HTTP endpoint, e.g. http://127.0.0.1:8545.
func (n *Node) HTTPURL() string { return n.httpURL }

// WSURL is the JSON-RPC over WebSocket endpoint (same port as HTTP).
func (n *Node) WSURL() string { return n.wsURL }

// Port is the TCP port the RPC server listens on.
func (n *Node) Port() int {
	_, p, _ := net.SplitHostPort(strings.TrimPrefix(n.httpURL, "http://"))
	port, _ := strconv.Atoi(p)
	return port
}

// Client is an in-process RPC client of the node (no socket involved).
func (n *Node) Client() *ethclient.Client { return n.client }

// Accounts are the prefunded dev accounts, dev key 0 first.
func (n *Node) Accounts() []Account { return n.accounts }

// Resumed reports whether Start resumed a chain kept in Config.DataDir.
func (n *Node) Resumed() bool { return n.resumed }

// Contract is the deployed pol contract, with a client that signs as its
// owner (dev account 0); nil with Config.NoDeploy.
func (n *Node) Contract() *chain.Deployment { return n.contract }

// DefaultBalance is a dev account's genesis balance: 10,000 ether.
func DefaultBalance() *big.Int {
	return new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))
}

// Close stops the beacon, the RPC servers and the node. It is safe to call
// more than once.
func (n *Node) Close() error {
	if n.stack == nil {
		return nil
	}
	if n.client != nil {
		n.client.Close()
		n.client = nil
	}
	err := n.stack.Close()
	n.stack = nil
	n.log.Info("dev chain stopped")
	if errors.Is(err, node.ErrNodeStopped) {
		return nil
	}
	return err
}
