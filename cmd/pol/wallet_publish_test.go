package main

import (
	"context"
	"log/slog"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/keys"
	"github.com/pol-network/pol/internal/node"
)

// pol wallet submit -bootstrap puts the job on chain and its prompt text on
// the jobs topic, where a stake-gated pol node (a real libp2p host on
// 127.0.0.1 that checks the signature and the prompt hash against the
// contract) admits the requester and receives it.
func TestWalletSubmitPublishesPrompt(t *testing.T) {
	inf, _ := startDevchain(t)
	t.Setenv("POL_RPC", inf.HTTP)
	t.Setenv("POL_CONTRACT", inf.Contract)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	ec, err := ethclient.Dial(inf.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	cl, err := chain.New(ctx, ec, common.HexToAddress(inf.Contract), nil, chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	key, _ := keys.Dev(5)
	// A stake-gated node, as on a real network: it admits the unstaked wallet because the
	// wallet's address requested a job that is still open.
	n, err := node.Start(ctx, node.Config{Key: key, Chain: cl, Listen: []string{"/ip4/127.0.0.1/tcp/0"}, Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	sub, err := n.Gossip.SubscribeJobs()
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Cancel()

	const prompt = "Lily and Ben went to the park. They saw"
	out := walletOK(t, "submit", "-dev-key", "2", "-prompt", prompt, "-fee", "0.1", "-bootstrap", n.Addr())
	m := regexp.MustCompile(`job\s+(0x[0-9a-f]{64})`).FindStringSubmatch(out)
	if m == nil || !strings.Contains(out, "published the prompt on the jobs topic (1 peers)") {
		t.Fatalf("submit: %s", out)
	}
	got, err := sub.Next(ctx)
	if err != nil {
		t.Fatalf("the node never received the prompt: %v", err)
	}
	k2, _ := keys.Dev(2)
	if got.Msg.JobID.String() != m[1] || got.Msg.Prompt != prompt || got.Signer != crypto.PubkeyToAddress(k2.PublicKey) {
		t.Fatalf("received %+v signed by %s, want job %s from the requester", got.Msg, got.Signer, m[1])
	}

	// Without a reachable peer the job stays on chain and the error says the prompt was not published.
	code, _, errs := wallet(t, "submit", "-dev-key", "2", "-prompt", prompt, "-fee", "0.1", "-publish-wait", "1s",
		"-bootstrap", "/ip4/127.0.0.1/tcp/1/p2p/"+n.Host.ID().String())
	if code != 1 || !strings.Contains(errs, "is on chain but its prompt was not published") {
		t.Fatalf("unreachable bootstrap: exit %d: %s", code, errs)
	}
}
