package chain_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/anvil"
	"github.com/pol-network/pol/chain/devnode"
	"github.com/pol-network/pol/chain/keys"
)

// testChain is one EVM the tests run the client against.
type testChain struct {
	name    string
	url     string // JSON-RPC endpoint of a node outside this process, if any
	backend chain.Backend
	keys    []*ecdsa.PrivateKey // funded accounts; the last one only mines
	// mine seals one more block.
	mine func(t *testing.T)
	// warp makes the next block at least d later than the head.
	warp func(t *testing.T, d time.Duration)
}

const numKeys = 10

func devKeys(t *testing.T) []*ecdsa.PrivateKey {
	t.Helper()
	ks, err := keys.DevKeys(numKeys)
	if err != nil {
		t.Fatal(err)
	}
	return ks
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// autoMine seals a block after every transaction, like a dev node does.
type autoMine struct {
	simulated.Client
	sim *simulated.Backend
}

func (a autoMine) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	a.sim.Commit()
	return nil
}

// simChain is go-ethereum's simulated backend: in-process, blocks on demand.
func simChain(t *testing.T) *testChain {
	ks := devKeys(t)
	alloc := types.GenesisAlloc{}
	for _, k := range ks {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	}
	sim := simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		ec.Miner.GasCeil = 60_000_000
		ec.Genesis.Config = devnode.Rules() // mainnet gas rules, as on the dev node
	})
	t.Cleanup(func() { sim.Close() })
	return &testChain{
		name:    "simulated",
		backend: autoMine{Client: sim.Client(), sim: sim},
		keys:    ks,
		mine:    func(*testing.T) { sim.Commit() },
		warp: func(t *testing.T, d time.Duration) {
			// AdjustTime needs an empty pending block; a transaction whose
			// send raced with this call may still sit there, so seal it first.
			sim.Commit()
			if err := sim.AdjustTime(d); err != nil {
				t.Fatal(err)
			}
		},
	}
}

// devChain is the embedded geth dev node, reached over its HTTP endpoint.
func devChain(t *testing.T) *testChain {
	n, err := devnode.Start(testCtx(t), devnode.Config{Accounts: numKeys, NoDeploy: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	tc := rpcChain(t, "devnode", n.HTTPURL())
	// The dev node stamps a block max(now, parent+1): sealing blocks moves
	// its clock by at least a second each.
	tc.warp = func(t *testing.T, d time.Duration) {
		target := tc.headTime(t) + uint64(d/time.Second)
		for tc.headTime(t) < target {
			tc.mine(t)
		}
	}
	return tc
}

// anvilChain is an anvil process on a random loopback port.
func anvilChain(t *testing.T) *testChain {
	bin, err := anvil.Find()
	if errors.Is(err, anvil.ErrNotInstalled) {
		t.Skip("anvil not installed (.tools/bin/anvil absent): run scripts/install-chain-tools.sh")
	}
	if err != nil {
		t.Fatal(err)
	}
	n, err := anvil.Start(testCtx(t), bin, "--accounts", "10")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Stop)
	tc := rpcChain(t, "anvil", n.URL)
	tc.warp = func(t *testing.T, d time.Duration) {
		rc := tc.backend.(*ethclient.Client).Client()
		if err := rc.CallContext(testCtx(t), nil, "evm_increaseTime", uint64(d/time.Second)); err != nil {
			t.Fatal(err)
		}
		tc.mine(t)
	}
	return tc
}

// rpcChain mines by sending a zero-value transfer from the last dev key,
// which works on any node that seals a block per transaction.
func rpcChain(t *testing.T, name, url string) *testChain {
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	ks := devKeys(t)
	tc := &testChain{name: name, url: url, backend: c, keys: ks}
	miner := ks[len(ks)-1]
	tc.mine = func(t *testing.T) {
		t.Helper()
		selfTransfer(t, c, miner)
	}
	return tc
}

func selfTransfer(t *testing.T, c *ethclient.Client, key *ecdsa.PrivateKey) {
	t.Helper()
	ctx := testCtx(t)
	from := crypto.PubkeyToAddress(key.PublicKey)
	id, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(params.GWei)
	fee := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &from,
	})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := c.TransactionReceipt(ctx, tx.Hash()); err == nil {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for block-sealing transfer %s", tx.Hash())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// mineTo seals blocks until the head is at least block.
func (tc *testChain) mineTo(t *testing.T, block uint64) {
	t.Helper()
	for {
		h, err := tc.backend.BlockNumber(testCtx(t))
		if err != nil {
			t.Fatal(err)
		}
		if h >= block {
			return
		}
		tc.mine(t)
	}
}

// headTime is the timestamp of the latest block.
func (tc *testChain) headTime(t *testing.T) uint64 {
	t.Helper()
	h, err := tc.backend.HeaderByNumber(testCtx(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// testParams are DevParams with short windows so tests seal few blocks.
func testParams() chain.Params {
	p := chain.DevParams()
	p.SeedDelay = 2
	p.AttestWindow = 8
	p.RevealWindow = 8
	p.UnbondingDelay = 1
	return p
}

// roles of the dev keys in the tests.
const (
	ownerKey     = 0
	minerKey     = 1
	requesterKey = 2
	firstValKey  = 3 // validators: keys 3..6
	numVals      = 4
	spareKey     = 7 // never staked
)

// world is a deployed contract with one client per role.
type world struct {
	tc         *testChain
	owner      *chain.Deployment
	miner      *chain.Client
	requester  *chain.Client
	validators []*chain.Client
	spare      *chain.Client
	modelID    uint32

	mu  sync.Mutex
	gas map[string][]uint64 // gas used per contract method, in call order
}

func deploy(t *testing.T, tc *testChain, p chain.Params) *world {
	t.Helper()
	ctx := testCtx(t)
	w := &world{tc: tc, gas: map[string][]uint64{}}
	record := func(method string, r *types.Receipt) {
		w.mu.Lock()
		defer w.mu.Unlock()
		w.gas[method] = append(w.gas[method], r.GasUsed)
	}
	dep, err := chain.Deploy(ctx, tc.backend, tc.keys[ownerKey], p, chain.Options{Poll: 5 * time.Millisecond, OnReceipt: record})
	if err != nil {
		t.Fatalf("%s: deploy: %v", tc.name, err)
	}
	w.owner = dep
	w.miner = dep.WithKey(tc.keys[minerKey])
	w.requester = dep.WithKey(tc.keys[requesterKey])
	w.spare = dep.WithKey(tc.keys[spareKey])
	for i := range numVals {
		w.validators = append(w.validators, dep.WithKey(tc.keys[firstValKey+i]))
	}
	return w
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// must(f())(t) returns f's value, failing t if f returned an error.
func must[T any](v T, err error) func(*testing.T) T {
	return func(t *testing.T) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func addrOf(c *chain.Client) common.Address { return c.From() }

func bigU(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
