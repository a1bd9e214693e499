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
	"github.com/pol-network/pol/logits"
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
	weights models.ID // the bundled model file's id
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
	return &testNet{n: n, owner: owner, modelID: modelID, weights: id, wallet: wallet, wnode: wnode}
}

// submitJob submits a 5-token job of the bundled model for prompt from the
// wallet (deadline 600 s ahead) and gossips its prompt.
func (tn *testNet) submitJob(ctx context.Context, t *testing.T, prompt string) logits.JobID {
	t.Helper()
	head, err := tn.wallet.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	job, err := tn.wallet.SubmitJob(ctx, chain.JobRequest{ModelID: tn.modelID, PromptHash: logits.PromptHash(prompt), MaxTokens: 5,
		Deadline: head.Time + 600, Fee: big.NewInt(1e16)})
	if err != nil {
		t.Fatal(err)
	}
	if err := tn.wnode.Gossip.PublishJob(ctx, p2p.Job{JobID: job, ModelID: tn.modelID, Prompt: prompt}); err != nil {
		t.Fatal(err)
	}
	return job
}

// status is job's status on the contract.
func (tn *testNet) status(ctx context.Context, t *testing.T, job logits.JobID) chain.JobStatus {
	t.Helper()
	j, err := tn.owner.Job(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	return chain.JobStatus(j.Status)
}

// stakes are the stakes of the given dev accounts (to check that nobody was
// slashed or penalised).
func (tn *testNet) stakes(ctx context.Context, t *testing.T, accounts ...int) []*big.Int {
	t.Helper()
	var out []*big.Int
	for _, k := range accounts {
		a, err := tn.owner.Account(ctx, tn.n.Accounts()[k].Address)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a.Stake)
	}
	return out
}
