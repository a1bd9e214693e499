package p2p

import (
	"context"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"

	"github.com/pol-network/pol/logits"
)

// TestValidatorReachesMinerThroughRelayedCommitment runs the round a validator does when it
// shares only a bootstrap peer with the miner: the commitment arrives relayed, and its signer's
// peer id and addresses are enough to dial the miner and fetch a verified opening.
func TestValidatorReachesMinerThroughRelayedCommitment(t *testing.T) {
	reg, chain := NewStaticRegistry(), newTestChain()
	relayMesh := newMeshTracer()
	boot := newTestNode(t, reg, chain, RoleValidator, func(c *GossipConfig) { c.Tracer = relayMesh })
	miner := newTestNode(t, reg, chain, RoleMiner)
	validator := newTestNode(t, reg, chain, RoleValidator)
	connectAll(t, boot.Host, miner.Host)
	connectAll(t, boot.Host, validator.Host)
	if validator.Network().Connectedness(miner.ID()) == network.Connected {
		t.Fatal("test setup: validator and miner must not be connected yet")
	}
	store := openTestStore(t, t.TempDir())
	job := commitJob(t, store, jobID(9), 4, 256)
	serveReveal(t, miner.Host, RevealServerConfig{Source: store})

	for _, n := range []*testNode{boot, miner} {
		if _, err := n.gossip.SubscribeCommitments(); err != nil {
			t.Fatal(err)
		}
	}
	sub, err := validator.gossip.SubscribeCommitments()
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "the bootstrap peer to mesh with the validator", func() bool {
		grafted, _ := relayMesh.state(validator.ID())
		return grafted
	})
	waitFor(t, 10*time.Second, "the miner to see the bootstrap peer's subscription", func() bool {
		return len(miner.gossip.ListPeers(TopicCommitments)) == 1
	})

	prompt := []uint32{1, 2, 3}
	com := Commitment{JobID: job.id, ModelID: 7, Profile: 1, Root: job.root, N: job.n,
		TokensHash: logits.TokensHash(prompt, job.tokens), PromptTokens: prompt, OutputTokens: job.tokens}
	chain.setCommitment(job.id, ChainCommitment{Miner: miner.Address, Root: job.root, N: job.n, TokensHash: com.TokensHash})
	if err := miner.gossip.PublishCommitment(context.Background(), com); err != nil {
		t.Fatal(err)
	}
	got := next(t, sub, "validator")
	if got.From != boot.ID() || got.SignerPeer != miner.ID() || got.Signer != miner.Address {
		t.Fatalf("commitment from %s signed by %s (%s); want relayed by %s, signed by the miner %s",
			got.From, got.SignerPeer, got.Signer, boot.ID(), miner.ID())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := validator.Connect(ctx, MinerAddrInfo(got)); err != nil {
		t.Fatalf("dial the miner from the commitment: %v", err)
	}
	o, err := NewRevealClient(validator.Host, chain, 0).Fetch(ctx, got.SignerPeer, job.id, 2)
	if err != nil {
		t.Fatal(err)
	}
	if o.Token != got.Msg.OutputTokens[2] {
		t.Fatalf("opened token %d, the gossiped token list says %d", o.Token, got.Msg.OutputTokens[2])
	}
}
