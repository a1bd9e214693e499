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
	d.verify = func(ctx context.Context) error {
		// The daemon's own line says when the chain goes and comes back.
		quiet := daemon.NewLink("", slog.New(slog.DiscardHandler), nil)
		if daemon.Retry(ctx, quiet, daemon.Backoff{Min: 250 * time.Millisecond, Max: 5 * time.Second}, func(ctx context.Context) error {
			_, err := backend.ChainID(ctx)
			return err
		}) != nil {
			return nil // ctx ended
		}
		for _, check := range []func() error{
			func() error { return checkChainOf(ctx, backend, f.dataDir, f.contract, f.deployBlock) },
			func() error {
				_, err := chain.New(ctx, backend, common.HexToAddress(f.contract), nil, chain.Options{})
				return err
			},
			func() error { return f.checkStaked(ctx, d.cl, chain.RoleMiner) },
			func() error {
				modelID, err := f.findModel(ctx, d.cl, d.path, id)
				if err == nil && modelID != s.Model.ModelID {
					err = fmt.Errorf("the contract registers model %s as %d, %s recorded %d", id, modelID, f.dataDir, s.Model.ModelID)
				}
				return err
			},
		} {
			if err := check(); err != nil && ctx.Err() == nil {
				return fmt.Errorf("started from the data directory, but the chain now answers and refuses it: %w", err)
			}
		}
		e.log.Info("chain checked: the data directory, the stake and the model match it")
		return nil
	}
	return f.startNode(ctx, e, d)
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
