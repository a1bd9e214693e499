// Package datadir guards a daemon's data directory: one process at a time
// (an advisory lock), and one chain (the directory records the chain and
// contract its state belongs to, and refuses another).
package datadir

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/pol-network/pol/internal/atomicfile"
)

// LockFile and ChainFile are the names of the guard files inside a data directory.
const (
	LockFile  = "LOCK"
	ChainFile = "chain.json"
)

// ErrInUse means another process holds the data directory.
var ErrInUse = errors.New("data directory is in use by another pol process")

// ErrOtherChain means the data directory belongs to another chain or contract.
var ErrOtherChain = errors.New("data directory belongs to another chain")

// Lock takes an exclusive advisory lock on dir (creating it), so that two
// daemons never share a data directory: their state files, logits store and
// keys would interleave. The lock is released by the returned function or
// when the process exits, however it exits. A second Lock on a held
// directory fails at once with ErrInUse, naming the holder's pid.
func Lock(dir string) (release func() error, err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder, _ := os.ReadFile(path)
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w: %s (held by pid %s); stop that process or give this one its own -data-dir",
				ErrInUse, dir, strings.TrimSpace(string(holder)))
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return func() error {
		defer f.Close()
		return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	}, nil
}

// Chain identifies the chain and deployment a data directory's state belongs to.
type Chain struct {
	ChainID     uint64 `json:"chain_id"`
	Genesis     string `json:"genesis"` // hash of block 0
	Contract    string `json:"contract"`
	DeployBlock uint64 `json:"deploy_block"`
}

// CheckChain records c in dir on first use and afterwards refuses a
// different one: a daemon whose cursor and jobs belong to another chain (a
// dev chain that was reset, another network, a redeployed contract) would
// otherwise start silently and ignore every new job.
func CheckChain(dir string, c Chain) error {
	path := filepath.Join(dir, ChainFile)
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		out, err := json.MarshalIndent(c, "", "  ")
		if err != nil {
			return err
		}
		return atomicfile.Write(path, append(out, '\n'))
	}
	if err != nil {
		return err
	}
	var have Chain
	if err := json.Unmarshal(b, &have); err != nil {
		return fmt.Errorf("%s is unreadable (%v): remove it only if the directory's state is from this chain", path, err)
	}
	if !strings.EqualFold(have.Genesis, c.Genesis) || have.ChainID != c.ChainID ||
		!strings.EqualFold(have.Contract, c.Contract) || have.DeployBlock != c.DeployBlock {
		return fmt.Errorf("%w: %s holds state of chain %d (genesis %s) contract %s deployed at block %d, "+
			"but this node is on chain %d (genesis %s) contract %s deployed at block %d; "+
			"use a new -data-dir for this chain (the old one keeps the old chain's jobs)",
			ErrOtherChain, dir, have.ChainID, have.Genesis, have.Contract, have.DeployBlock,
			c.ChainID, c.Genesis, c.Contract, c.DeployBlock)
	}
	return nil
}
