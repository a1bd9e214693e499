package devnode

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
)

// TestDevNodeKeepsItsChainInDataDir stops a dev node with a data directory
// after a transfer and a stake, starts another on the same directory and
// finds the same chain: genesis, contract, its state, balances and height;
// and the resumed chain keeps making blocks and accepting transactions.
func TestDevNodeKeepsItsChainInDataDir(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dir := t.TempDir()
	cfg := Config{Accounts: 3, DataDir: dir}
	n, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if n.Resumed() {
		t.Fatal("a new directory reported as resumed")
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	transfer(t, n.Client(), n, 1, to, big.NewInt(12345))
	miner := n.Contract().WithKey(n.Accounts()[2].Key)
	if _, err := miner.Stake(ctx, chain.RoleMiner, big.NewInt(3e18)); err != nil {
		t.Fatal(err)
	}
	genesis, err := n.Client().HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	head, err := n.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	addr, block := n.Contract().Address(), n.Contract().Block
	bal1, err := n.Client().BalanceAt(ctx, n.Accounts()[1].Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}

	m, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if !m.Resumed() {
		t.Fatal("the kept chain was not resumed")
	}
	c := m.Client()
	g2, err := c.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	if g2.Hash() != genesis.Hash() {
		t.Fatalf("genesis %s after restart, was %s", g2.Hash(), genesis.Hash())
	}
	head2, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head2 < head {
		t.Fatalf("head %d after restart, was %d", head2, head)
	}
	if m.Contract() == nil || m.Contract().Address() != addr || m.Contract().Block != block {
		t.Fatalf("contract after restart %v, was %s in block %d", m.Contract(), addr, block)
	}
	if got, err := c.BalanceAt(ctx, to, nil); err != nil || got.Int64() != 12345 {
		t.Fatalf("balance of the transfer's recipient %v (%v), want 12345", got, err)
	}
	if got, err := c.BalanceAt(ctx, m.Accounts()[1].Address, nil); err != nil || got.Cmp(bal1) != 0 {
		t.Fatalf("sender balance %v (%v), was %v", got, err, bal1)
	}
	acct, err := m.Contract().Account(ctx, m.Accounts()[2].Address)
	if err != nil || acct.Stake.Cmp(big.NewInt(3e18)) != 0 || chain.Role(acct.Role) != chain.RoleMiner {
		t.Fatalf("contract state after restart: %+v (%v), want a miner with 3 ETH", acct, err)
	}
	// The resumed chain goes on: a new transaction is sealed above the old head.
	r := transfer(t, c, m, 1, to, big.NewInt(1))
	if r.BlockNumber.Uint64() <= head {
		t.Fatalf("new transaction in block %d, not above the old head %d", r.BlockNumber, head)
	}
}

// TestDevNodeRefusesADataDirOfOtherSettings: a kept chain started with
// another account count would need another genesis: a clear error.
func TestDevNodeRefusesADataDirOfOtherSettings(t *testing.T) {
	dir := t.TempDir()
	n := start(t, Config{Accounts: 2, DataDir: dir, NoDeploy: true})
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	_, err := Start(context.Background(), Config{Accounts: 3, DataDir: dir, NoDeploy: true})
	if err == nil || !strings.Contains(err.Error(), "created with 2 accounts") || !strings.Contains(err.Error(), dir) {
		t.Fatalf("got %v, want a refusal naming the directory and its settings", err)
	}
	if _, err := os.Stat(filepath.Join(dir, recordName)); err != nil {
		t.Fatalf("the record is gone after a refused start: %v", err)
	}
}

// TestDevNodeRefusesASecondNodeOnTheSameDataDir: geth locks its directory.
func TestDevNodeRefusesASecondNodeOnTheSameDataDir(t *testing.T) {
	dir := t.TempDir()
	start(t, Config{Accounts: 2, DataDir: dir, NoDeploy: true})
	_, err := Start(context.Background(), Config{Accounts: 2, DataDir: dir, NoDeploy: true})
	if err == nil {
		t.Fatal("a second node started on a directory in use")
	}
	t.Logf("second node: %v", err)
}
