package main

import (
	"context"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/params"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/devnode"
	"github.com/pol-network/pol/internal/node"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/p2p"
)

// testNet is a dev chain (1 s blocks) with the bundled model registered at
// its calibrated thresholds, dev account 2 staked as a miner, the given
// accounts as validators (1 ETH each), and dev account 1 as the wallet with
// a libp2p node of its own to publish prompts from.
type testNet struct {
	n       *devnode.Node
	owner   *chain.Deployment
	modelID uint32
	wallet  *chain.Client
	wnode   *node.Node
}

func startTestNet(ctx context.Context, t *testing.T, p chain.Params, validators ...int) *testNet {
	t.Helper()
	n, err := devnode.Start(ctx, devnode.Config{BlockPeriod: time.Second, Params: &p})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	owner := n.Contract()
	path, err := models.BundledModelPath(ctx)
	if err != nil {
		t.Fatal(err)
	}
	file, err := models.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	id, err := file.ID(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	th, ok := models.ThresholdsFor(id)
	if !ok {
		t.Fatalf("no thresholds for %s", id)
	}
	modelID, err := owner.RegisterModelProfiles(ctx, id, chain.ProfileList(th))
	if err != nil {
		t.Fatal(err)
	}
	acc := n.Accounts()
	if _, err := owner.WithKey(acc[2].Key).Stake(ctx, chain.RoleMiner, big.NewInt(params.Ether)); err != nil {
		t.Fatal(err)
	}
	for _, k := range validators {
		if _, err := owner.WithKey(acc[k].Key).Stake(ctx, chain.RoleValidator, big.NewInt(params.Ether)); err != nil {
			t.Fatal(err)
		}
	}
	wallet := owner.WithKey(acc[1].Key)
	wnode, err := node.Start(ctx, node.Config{Key: acc[1].Key, Chain: wallet, From: owner.Block, Listen: p2p.LoopbackListenAddrs,
		Open: true, Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(wnode.Close)
	return &testNet{n: n, owner: owner, modelID: modelID, wallet: wallet, wnode: wnode}
}
