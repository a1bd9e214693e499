package devnode

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
)

// recordName is the file in a data directory that says what the kept chain
// was created with and where its contract is.
const recordName = "pol-devchain.json"

// record is what a data directory's chain was created with: the genesis
// inputs (a different value would make a different genesis) and the
// deployed contract.
type record struct {
	Accounts    int            `json:"accounts"`
	Balance     string         `json:"balanceWei"`
	GasLimit    uint64         `json:"gasLimit"`
	Contract    common.Address `json:"contract"` // zero: started with NoDeploy
	DeployBlock uint64         `json:"deployBlock"`
	DeployTx    common.Hash    `json:"deployTx"`
}

// readRecord returns the record of cfg.DataDir, nil for a new chain (no
// data directory, or none kept in it yet), or an error when the directory
// holds a chain created with other genesis inputs.
func readRecord(cfg Config) (*record, error) {
	if cfg.DataDir == "" {
		return nil, nil
	}
	path := filepath.Join(cfg.DataDir, recordName)
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		if _, err := os.Stat(filepath.Join(cfg.DataDir, "pol-devnode")); err == nil {
			return nil, fmt.Errorf("devnode: %s holds a chain but no %s (it was never fully started); remove the directory to start a new chain", cfg.DataDir, recordName)
		}
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("devnode: %w", err)
	}
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("devnode: %s: %w", path, err)
	}
	if r.Accounts != cfg.Accounts || r.Balance != cfg.Balance.String() || r.GasLimit != cfg.GasLimit {
		return nil, fmt.Errorf("devnode: the chain in %s was created with %d accounts of %s wei and gas limit %d, not %d accounts of %s wei and gas limit %d: start with the same settings, or use a new data directory",
			cfg.DataDir, r.Accounts, r.Balance, r.GasLimit, cfg.Accounts, cfg.Balance, cfg.GasLimit)
	}
	return &r, nil
}

// writeRecord records a new chain in cfg.DataDir (atomically).
func writeRecord(cfg Config, dep *chain.Deployment) error {
	r := record{Accounts: cfg.Accounts, Balance: cfg.Balance.String(), GasLimit: cfg.GasLimit}
	if dep != nil {
		r.Contract, r.DeployBlock, r.DeployTx = dep.Address(), dep.Block, dep.Tx
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(cfg.DataDir, recordName)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("devnode: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("devnode: %w", err)
	}
	return nil
}

// attach binds the recorded contract, after checking that the resumed chain
// still holds its code (a chain rewound past the deployment does not).
func attach(ctx context.Context, backend chain.Backend, owner *ecdsa.PrivateKey, r *record, opts chain.Options) (*chain.Deployment, error) {
	code, err := backend.CodeAt(ctx, r.Contract, nil)
	if err != nil {
		return nil, err
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("no contract code at the recorded address %s (deployed in block %d); remove the directory to start a new chain", r.Contract, r.DeployBlock)
	}
	c, err := chain.New(ctx, backend, r.Contract, owner, opts)
	if err != nil {
		return nil, err
	}
	return &chain.Deployment{Client: c, Block: r.DeployBlock, Tx: r.DeployTx}, nil
}
