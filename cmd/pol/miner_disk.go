package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/internal/datadir"
	"github.com/pol-network/pol/miner"
	"github.com/pol-network/pol/models"
)

// diskStart reports whether this miner can start without the chain: its
// data directory records the chain and the model (datadir.ReadStart) for
// the same contract, deployment block and -model-id, and holds a saved
// state (the committed jobs whose reveals it serves).
func (f *daemonFlags) diskStart(role chain.Role) (datadir.Start, bool) {
	if role != chain.RoleMiner {
		return datadir.Start{}, false
	}
	s, ok, err := datadir.ReadStart(f.dataDir)
	if err != nil || !ok {
		return datadir.Start{}, false // the chain path says what is wrong
	}
	if _, err := os.Stat(filepath.Join(f.dataDir, miner.StateFile)); err != nil {
		return datadir.Start{}, false
	}
	if !strings.EqualFold(s.Chain.Contract, common.HexToAddress(f.contract).Hex()) || s.Chain.DeployBlock != f.deployBlock ||
		(f.modelID != 0 && uint32(f.modelID) != s.Model.ModelID) {
		return datadir.Start{}, false
	}
	return s, true
}

// startFromDisk sets a miner up while the chain does not answer (cause),
// from what its data directory recorded: the chain id (for the key and the
// p2p network), the model's contract id (checked against the model file's
// id). The node starts and the daemon serves reveals of its committed jobs
// from its state; what needs the chain (the genesis and the contract, the
// stake, the model's registration) is checked by d.verify once it answers.
func (f *daemonFlags) startFromDisk(ctx context.Context, e *env, d *daemonEnv, backend chain.Backend, s datadir.Start, cause error) error {
	e.log.Info("chain RPC did not answer: starting from the data directory, serving the reveals of committed jobs; the chain is checked once it answers",
		"rpc", f.rpc, "err", cause)
	chainID := new(big.Int).SetUint64(s.Chain.ChainID)
	var err error
	if d.key, err = f.conn.key(ctx, knownChainID{chainID}); err != nil {
		return err
	}
	d.cl = chain.NewOffline(backend, common.HexToAddress(f.contract), chainID, d.key, chain.Options{Logger: e.log})
	id, err := f.openModel(ctx, e, d)
	if err != nil {
		return err
	}
	if !strings.EqualFold(id.String(), s.Model.WeightsHash) {
		return fmt.Errorf("model %s (id %s) is not the model %s was run with (id %s, contract model %d): use that model, or start with the chain RPC up",
			d.path, id, f.dataDir, s.Model.WeightsHash, s.Model.ModelID)
	}
	d.modelID = s.Model.ModelID
	e.log.Info("model", "path", d.path, "id", id, "contractModel", d.modelID, "from", datadir.ModelFile)
	d.verify = func(ctx context.Context) error { return f.verifyChain(ctx, e, d, backend, s, id) }
	return f.startNode(ctx, e, d)
}

// verifyChain waits for the chain and then checks what a start with the
// chain up checks: the data directory's chain (genesis, contract,
// deployment), the contract's code, the stake and the model's registration.
// A check the chain refuses is returned; one that fails because the chain
// went away again is retried. It returns nil when the checks pass or ctx
// ends.
func (f *daemonFlags) verifyChain(ctx context.Context, e *env, d *daemonEnv, backend chain.Backend, s datadir.Start, id models.ID) error {
	var refused error
	check := func(ctx context.Context) error {
		if err := checkChainOf(ctx, backend, f.dataDir, f.contract, f.deployBlock); err != nil {
			if errors.Is(err, datadir.ErrOtherChain) {
				refused = err
				return nil
			}
			return err
		}
		code, err := backend.CodeAt(ctx, common.HexToAddress(f.contract), nil)
		if err != nil {
			return err
		}
		if len(code) == 0 {
			refused = fmt.Errorf("no contract at %s", f.contract)
			return nil
		}
		if _, refused, err = f.checkStaked(ctx, d.cl, chain.RoleMiner); err != nil || refused != nil {
			return err
		}
		modelID, err := f.findModel(ctx, d.cl, d.path, id)
		switch {
		case errors.Is(err, models.ErrNoThresholds) || errors.Is(err, models.ErrIDMismatch):
			refused = err
		case err != nil:
			return err
		case modelID != s.Model.ModelID:
			refused = fmt.Errorf("the contract registers model %s as %d, %s recorded %d", id, modelID, f.dataDir, s.Model.ModelID)
		}
		return nil
	}
	// The daemon's own lines say when the chain goes and comes back.
	quiet := daemon.NewLink("", slog.New(slog.DiscardHandler), nil)
	if daemon.Retry(ctx, quiet, daemon.Backoff{Min: 250 * time.Millisecond, Max: 5 * time.Second}, check) != nil {
		return nil // ctx ended
	}
	if refused != nil {
		return fmt.Errorf("started from the data directory, but the chain now answers and refuses it: %w", refused)
	}
	e.log.Info("chain checked: the data directory, the stake and the model match it")
	return nil
}

// knownChainID answers the chain id from a record, without a node.
type knownChainID struct{ id *big.Int }

func (k knownChainID) ChainID(context.Context) (*big.Int, error) { return new(big.Int).Set(k.id), nil }

// verifyInBackground runs d.verify (if any) beside the daemon; when it
// fails, ctx's cause is its error and the daemon stops.
func verifyInBackground(ctx context.Context, d *daemonEnv) (context.Context, func()) {
	if d.verify == nil {
		return ctx, func() {}
	}
	ctx, cancel := context.WithCancelCause(ctx)
	go func() {
		if err := d.verify(ctx); err != nil {
			cancel(err)
		}
	}()
	return ctx, func() { cancel(nil) }
}

// stopCause is the error a daemon stopped with: err, or when it stopped
// cleanly because the background verification failed, that failure.
func stopCause(ctx context.Context, err error) error {
	if cause := context.Cause(ctx); err == nil && cause != nil && !errors.Is(cause, context.Canceled) {
		return cause
	}
	return err
}
