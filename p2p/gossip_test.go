package p2p

import (
	"context"
	"fmt"
	"testing"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/pol-network/pol/logits"
)

// next waits for the next message on sub with a bounded wait.
func next[T any](t *testing.T, sub *Subscription[T], who string) Received[T] {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r, err := sub.Next(ctx)
	if err != nil {
		t.Fatalf("%s: no message delivered: %v", who, err)
	}
	return r
}

func TestGossipDeliversToAllPeers(t *testing.T) {
	reg, chain := NewStaticRegistry(), newTestChain()
	roles := []Role{RoleMiner, RoleMiner, RoleValidator, RoleValidator, RoleValidator}
	nodes := make([]*testNode, len(roles))
	hosts := make([]*Host, len(roles))
	for i, r := range roles {
		nodes[i] = newTestNode(t, reg, chain, r)
		hosts[i] = nodes[i].Host
	}
	connectAll(t, hosts...)
	jobSubs := make([]*Subscription[Job], len(nodes))
	comSubs := make([]*Subscription[Commitment], len(nodes))
	verSubs := make([]*Subscription[Verdict], len(nodes))
	for i, n := range nodes {
		var err error
		if jobSubs[i], err = n.gossip.SubscribeJobs(); err != nil {
			t.Fatal(err)
		}
		if comSubs[i], err = n.gossip.SubscribeCommitments(); err != nil {
			t.Fatal(err)
		}
		if verSubs[i], err = n.gossip.SubscribeVerdicts(); err != nil {
			t.Fatal(err)
		}
	}
	waitTopicPeers(t, nodes, TopicJobs, TopicCommitments, TopicVerdicts)

	// The requester (not staked) submitted the job on chain; miner 1 committed; validator 2 judges.
	requester := newKey(t)
	requesterAddr := ethcrypto.PubkeyToAddress(requester.PublicKey)
	com := sampleCommitment(1, 6)
	prompt := "Once upon a time"
	chain.setJob(com.JobID, ChainJob{Requester: requesterAddr, ModelID: com.ModelID, PromptHash: logits.PromptHash(prompt)})
	chain.setCommitment(com.JobID, ChainCommitment{Miner: nodes[1].Address, Root: com.Root, N: com.N, TokensHash: com.TokensHash})

	ctx := context.Background()
	// A staked node relays the requester's prompt; the requester's own signature is checked in
	// TestValidationRules.
	if err := nodes[0].gossip.PublishJob(ctx, Job{JobID: com.JobID, ModelID: com.ModelID, Prompt: prompt}); err != nil {
		t.Fatalf("publish job: %v", err)
	}
	if err := nodes[1].gossip.PublishCommitment(ctx, com); err != nil {
		t.Fatalf("publish commitment: %v", err)
	}
	ver := Verdict{JobID: com.JobID, Root: com.Root, Outcome: OutcomePass, Positions: []uint32{0, 4}, EvidenceHash: logits.Hash{9}}
	if err := nodes[2].gossip.PublishVerdict(ctx, ver); err != nil {
		t.Fatalf("publish verdict: %v", err)
	}

	for i := range nodes {
		who := fmt.Sprintf("node %d", i)
		j := next(t, jobSubs[i], who+" jobs")
		if j.Msg.Prompt != prompt || j.Signer != nodes[0].Address {
			t.Errorf("%s: job prompt %q signer %s, want %q by %s", who, j.Msg.Prompt, j.Signer, prompt, nodes[0].Address)
		}
		c := next(t, comSubs[i], who+" commitments")
		if c.Msg.Root != com.Root || c.Signer != nodes[1].Address || len(c.Msg.OutputTokens) != int(com.N) {
			t.Errorf("%s: commitment root %s signer %s, want %s by %s", who, c.Msg.Root, c.Signer, com.Root, nodes[1].Address)
		}
		v := next(t, verSubs[i], who+" verdicts")
		if v.Msg.Outcome != OutcomePass || v.Signer != nodes[2].Address {
			t.Errorf("%s: verdict %s signer %s, want pass by %s", who, v.Msg.Outcome, v.Signer, nodes[2].Address)
		}
	}
}

func TestPublishRefusesWhatPeersWouldReject(t *testing.T) {
	reg := NewStaticRegistry()
	validator := newTestNode(t, reg, nil, RoleValidator)
	// A validator may not publish commitments, and a commitment must match its token lists.
	if err := validator.gossip.PublishCommitment(context.Background(), sampleCommitment(2, 3)); err == nil {
		t.Fatal("a validator published a commitment")
	}
	reg.Add(validator.Address, RoleMiner)
	bad := sampleCommitment(2, 3)
	bad.OutputTokens[0]++
	if err := validator.gossip.PublishCommitment(context.Background(), bad); err == nil {
		t.Fatal("published a commitment whose tokens hash does not match its tokens")
	}
	if got := validator.gossip.Stats(TopicCommitments); got.Rejected != 2 {
		t.Fatalf("rejected %d commitments, want 2", got.Rejected)
	}
}

// TestGossipWaitsForALaggingChain publishes a commitment before the validator's chain view
// has it; validation waits for the chain to catch up instead of dropping the message.
func TestGossipWaitsForALaggingChain(t *testing.T) {
	reg, lagging := NewStaticRegistry(), newTestChain()
	miner := newTestNode(t, reg, nil, RoleMiner)
	validator := newTestNode(t, reg, lagging, RoleValidator)
	connectAll(t, miner.Host, validator.Host)
	sub, err := validator.gossip.SubscribeCommitments()
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "the miner to see the validator's subscription", func() bool {
		return len(miner.gossip.ListPeers(TopicCommitments)) == 1
	})

	com := sampleCommitment(8, 4)
	if err := miner.gossip.PublishCommitment(context.Background(), com); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "the validator to ask its chain about the commitment", func() bool {
		return lagging.lookups.Load() > 0
	})
	lagging.setCommitment(com.JobID, ChainCommitment{Miner: miner.Address, Root: com.Root, N: com.N, TokensHash: com.TokensHash})
	got := next(t, sub, "validator")
	if got.Msg.JobID != com.JobID {
		t.Fatalf("delivered job %s, want %s", got.Msg.JobID, com.JobID)
	}
	if st := validator.gossip.Stats(TopicCommitments); st.Ignored != 0 || st.Accepted != 1 {
		t.Fatalf("validator stats %+v, want the one commitment accepted", st)
	}
}
