package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/params"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/devnode"
	"github.com/pol-network/pol/chain/keys"
	"github.com/pol-network/pol/logits"
)

// A wallet user submits a job and a miner stakes and claims it, on the
// embedded dev chain (which deploys the contract on start).
func Example() {
	ctx := context.Background()
	n, err := devnode.Start(ctx, devnode.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer n.Close()
	owner := n.Contract() // a client signing as the contract owner, dev key 0

	model, err := owner.RegisterModel(ctx, logits.Hash{0x01}, chain.ChainThresholds(logits.DefaultThresholds()))
	if err != nil {
		fmt.Println(err)
		return
	}
	minerKey, _ := keys.Dev(1)
	miner := owner.WithKey(minerKey)
	if _, err := miner.Stake(ctx, chain.RoleMiner, big.NewInt(params.Ether)); err != nil {
		fmt.Println(err)
		return
	}

	userKey, _ := keys.Dev(2)
	user := owner.WithKey(userKey)
	head, _ := n.Client().HeaderByNumber(ctx, nil)
	job, err := user.SubmitJob(ctx, chain.JobRequest{
		ModelID:    model,
		PromptHash: logits.PromptHash("Once upon a time"),
		MaxTokens:  32,
		Sampler:    logits.Greedy,
		Deadline:   head.Time + 3600,
		Fee:        big.NewInt(params.Ether / 100),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := miner.ClaimJob(ctx, job); err != nil {
		fmt.Println(err)
		return
	}
	// A second claim reverts; the error is typed and carries the arguments.
	_, err = user.ClaimJob(ctx, job)
	var rev *chain.RevertError
	if errors.Is(err, chain.ErrClaimedByOther) && errors.As(err, &rev) {
		fmt.Println("user cannot claim:", string(rev.Err), rev.Arg("miner") == miner.From())
	}
	j, _ := owner.Job(ctx, job)
	fmt.Println("model", model, "job", chain.JobStatus(j.Status), "by", j.Miner == miner.From())
	// Output:
	// user cannot claim: ClaimedByOther true
	// model 1 job Claimed by true
}

// A daemon follows the contract's events from its deployment block; with
// a FileCursor instead of the in-memory default it resumes after a restart.
func ExampleClient_Follow() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n, err := devnode.Start(ctx, devnode.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer n.Close()
	dep := n.Contract()
	for i := uint32(3); i <= 4; i++ {
		k, _ := keys.Dev(i)
		if _, err := dep.WithKey(k).Stake(ctx, chain.RoleValidator, big.NewInt(params.Ether)); err != nil {
			fmt.Println(err)
			return
		}
	}
	seen := 0
	err = dep.Follow(ctx, chain.FollowOptions{From: dep.Block, Events: []string{"Staked", "ValidatorAdded"}},
		func(_ context.Context, ev chain.Event) error {
			fmt.Println(ev.Name, ev.Pos.Block)
			if seen++; seen == 4 {
				cancel()
			}
			return nil
		})
	fmt.Println(errors.Is(err, context.Canceled))
	// Output:
	// ValidatorAdded 2
	// Staked 2
	// ValidatorAdded 3
	// Staked 3
	// true
}
