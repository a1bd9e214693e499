package chainview_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/devnode"
	"github.com/pol-network/pol/chain/keys"
	"github.com/pol-network/pol/internal/chainview"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// The view answers from a real contract on the embedded geth dev node.
func TestViewAgainstDevnode(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	node, err := devnode.Start(ctx, devnode.Config{Accounts: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()
	dep := node.Contract()
	modelID, err := dep.RegisterModel(ctx, logits.Hash{0xaa}, chain.ChainThresholds(logits.DefaultThresholds()))
	if err != nil {
		t.Fatal(err)
	}
	key := func(i uint32) *chain.Client {
		k, err := keys.Dev(i)
		if err != nil {
			t.Fatal(err)
		}
		return dep.WithKey(k)
	}
	miner, validator, requester := key(1), key(2), key(3)
	oneEth := big.NewInt(params.Ether)
	if _, err := miner.Stake(ctx, chain.RoleMiner, oneEth); err != nil {
		t.Fatal(err)
	}
	if _, err := validator.Stake(ctx, chain.RoleValidator, oneEth); err != nil {
		t.Fatal(err)
	}

	v := chainview.New(dep.Client, dep.Block)
	for _, c := range []struct {
		who  *chain.Client
		role p2p.Role
		want bool
	}{
		{miner, p2p.RoleMiner, true},
		{miner, p2p.RoleValidator, false},
		{miner, p2p.RoleMiner | p2p.RoleValidator, true},
		{validator, p2p.RoleValidator, true},
		{validator, p2p.RoleMiner, false},
		{requester, p2p.RoleMiner | p2p.RoleValidator, false},
	} {
		got, err := v.Staked(ctx, c.who.From(), c.role)
		if err != nil || got != c.want {
			t.Errorf("Staked(%s, %s) = %v, %v; want %v", c.who.From(), c.role, got, err, c.want)
		}
	}

	head, err := dep.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	prompt := logits.PromptHash("Once upon a time")
	job, err := requester.SubmitJob(ctx, chain.JobRequest{ModelID: modelID, PromptHash: prompt, MaxTokens: 8,
		Deadline: head.Time + 3600, Fee: big.NewInt(1e15)})
	if err != nil {
		t.Fatal(err)
	}
	j, err := v.Job(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	if j.Requester != requester.From() || j.ModelID != modelID || j.PromptHash != prompt {
		t.Fatalf("Job = %+v", j)
	}
	// The requester of an open job is admitted by a gater; nobody else without a stake.
	for _, c := range []struct {
		who  *chain.Client
		want bool
	}{{requester, true}, {miner, false}} {
		if open, err := v.OpenJobRequester(ctx, c.who.From()); err != nil || open != c.want {
			t.Errorf("OpenJobRequester(%s) = %v, %v; want %v", c.who.From(), open, err, c.want)
		}
	}
	if _, err := v.Commitment(ctx, job); !errors.Is(err, p2p.ErrNotOnChain) {
		t.Fatalf("commitment before commit: %v", err)
	}
	if _, err := v.Job(ctx, logits.JobID{0x99}); !errors.Is(err, p2p.ErrNotOnChain) {
		t.Fatalf("unknown job: %v", err)
	}

	root, tokens := logits.Hash{0x12}, logits.TokensHash([]uint32{1, 2}, []uint32{3, 4, 5})
	if _, err := miner.ClaimJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	if _, err := miner.Commit(ctx, job, root, 3, tokens, []uint32{3, 4, 5}); err != nil {
		t.Fatal(err)
	}
	c, err := v.Commitment(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	minerKey, _ := keys.Dev(1)
	if c.Miner != crypto.PubkeyToAddress(minerKey.PublicKey) || c.Root != root || c.N != 3 || c.TokensHash != tokens {
		t.Fatalf("Commitment = %+v", c)
	}

	// A requester whose only job was cancelled is not admitted any more (a fresh view: answers
	// are cached for a few seconds).
	other := key(0)
	job2, err := other.SubmitJob(ctx, chain.JobRequest{ModelID: modelID, PromptHash: prompt, MaxTokens: 8,
		Deadline: head.Time + 3600, Fee: big.NewInt(1e15)})
	if err != nil {
		t.Fatal(err)
	}
	if open, err := chainview.New(dep.Client, dep.Block).OpenJobRequester(ctx, other.From()); err != nil || !open {
		t.Fatalf("requester of an open job: %v, %v", open, err)
	}
	if _, err := other.CancelJob(ctx, job2); err != nil {
		t.Fatal(err)
	}
	fresh := chainview.New(dep.Client, dep.Block)
	if open, err := fresh.OpenJobRequester(ctx, other.From()); err != nil || open {
		t.Fatalf("requester of a cancelled job: %v, %v", open, err)
	}
	// Uncached lookups are rate limited: a burst of throwaway addresses runs out of budget.
	var refused int
	for i := range 3 * chainview.RequesterLookupsPerSecond {
		if _, err := fresh.OpenJobRequester(ctx, common.BigToAddress(big.NewInt(int64(1000+i)))); errors.Is(err, chainview.ErrLookupBudget) {
			refused++
		}
	}
	if refused == 0 {
		t.Fatal("no lookup was refused by the rate limit")
	}
}
