package devnode

import (
	"context"
	"math/big"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pol-network/pol/chain"
)

func start(t *testing.T, cfg Config) *Node {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

// transfer sends wei from dev account i to `to` and waits for the receipt.
func transfer(t *testing.T, c *ethclient.Client, n *Node, i int, to common.Address, wei *big.Int) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	from := n.Accounts()[i]
	nonce, err := c.PendingNonceAt(ctx, from.Address)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.MustSignNewTx(from.Key, types.LatestSignerForChainID(big.NewInt(ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(ChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &to, Value: wei,
	})
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	for {
		r, err := c.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s: %v", tx.Hash(), err)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func TestDevNodeServesRPCOverHTTPAndWS(t *testing.T) {
	n := start(t, Config{Accounts: 3, NoDeploy: true})
	ctx := context.Background()
	for _, url := range []string{n.HTTPURL(), n.WSURL()} {
		c, err := ethclient.Dial(url)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		id, err := c.ChainID(ctx)
		if err != nil {
			t.Fatalf("%s: %v", url, err)
		}
		if id.Int64() != ChainID {
			t.Fatalf("%s: chain id %d", url, id)
		}
	}
	if len(n.Accounts()) != 3 {
		t.Fatalf("%d accounts", len(n.Accounts()))
	}
	want := new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))
	for _, a := range n.Accounts() {
		bal, err := n.Client().BalanceAt(ctx, a.Address, nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Cmp(want) != 0 {
			t.Fatalf("%s balance %s, want %s", a.Address, bal, want)
		}
	}
	host, _, _ := net.SplitHostPort(n.HTTPURL()[len("http://"):])
	if host != "127.0.0.1" || n.Port() == 0 {
		t.Fatalf("rpc on %s", n.HTTPURL())
	}
}

func TestDevNodeDeploysThePolContract(t *testing.T) {
	p := chain.DevParams()
	p.CommitteeSize = 2
	n := start(t, Config{Accounts: 2, Params: &p})
	ctx := context.Background()
	dep := n.Contract()
	if dep == nil {
		t.Fatal("no contract deployed")
	}
	c, err := ethclient.Dial(n.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	// A fresh client over the socket finds the contract and its parameters.
	cl, err := chain.New(ctx, c, dep.Address(), nil, chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	owner, err := cl.Owner(ctx)
	if err != nil || owner != n.Accounts()[0].Address {
		t.Fatalf("owner %s (%v), want dev account 0 %s", owner, err, n.Accounts()[0].Address)
	}
	got, err := cl.Params(ctx)
	if err != nil || got.CommitteeSize != 2 {
		t.Fatalf("params %+v (%v), want committee size 2", got, err)
	}
}

func TestDevNodeSealsABlockPerTransaction(t *testing.T) {
	n := start(t, Config{Accounts: 2, NoDeploy: true})
	c, err := ethclient.Dial(n.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	to := n.Accounts()[1].Address
	before, _ := c.BalanceAt(context.Background(), to, nil)
	var last uint64
	for i := range 3 {
		r := transfer(t, c, n, 0, to, big.NewInt(1000))
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %d failed", i)
		}
		if r.BlockNumber.Uint64() <= last {
			t.Fatalf("tx %d in block %d, previous in %d", i, r.BlockNumber, last)
		}
		last = r.BlockNumber.Uint64()
	}
	after, _ := c.BalanceAt(context.Background(), to, nil)
	if new(big.Int).Sub(after, before).Int64() != 3000 {
		t.Fatalf("balance moved by %s, want 3000", new(big.Int).Sub(after, before))
	}
}

func TestDevNodeBlockPeriodProducesEmptyBlocks(t *testing.T) {
	n := start(t, Config{BlockPeriod: time.Second, Accounts: 1, NoDeploy: true})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for {
		h, err := n.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if h >= 2 {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("head stuck at %d with a 1s block period", h)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func TestDevNodeCloseReleasesPort(t *testing.T) {
	n := start(t, Config{Accounts: 1})
	if n.Contract() == nil {
		t.Fatal("no contract deployed")
	}
	port := n.Port()
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	if err := n.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		t.Fatalf("port %d still taken after Close: %v", port, err)
	}
	l.Close()
}

func TestDevNodeRejectsBadConfig(t *testing.T) {
	for _, cfg := range []Config{
		{BlockPeriod: 1500 * time.Millisecond},
		{Port: 70000},
		{Host: "localhost"},
		{Accounts: -1},
		{Balance: big.NewInt(0)},
	} {
		if n, err := Start(context.Background(), cfg); err == nil {
			n.Close()
			t.Errorf("Start(%+v) accepted", cfg)
		}
	}
}
