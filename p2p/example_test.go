package p2p_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"log/slog"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

var silent = slog.New(slog.NewTextHandler(io.Discard, nil))

// The peer id of a pol node is derived from its Ethereum key, so anyone can tell which
// address a peer is.
func ExampleAddressOf() {
	key, err := ethcrypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	if err != nil {
		log.Fatal(err)
	}
	id, err := p2p.PeerIDOf(key)
	if err != nil {
		log.Fatal(err)
	}
	addr, err := p2p.AddressOf(id)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(addr == ethcrypto.PubkeyToAddress(key.PublicKey), addr)
	// Output: true 0x2c7536E3605D9C16a7a3D7b1898e529396a65c23
}

// chainView stands in for the chain package's view of the contract: one job's commitment.
type chainView struct {
	job logits.JobID
	c   p2p.ChainCommitment
}

func (v chainView) Job(context.Context, logits.JobID) (p2p.ChainJob, error) {
	return p2p.ChainJob{}, p2p.ErrNotOnChain
}

func (v chainView) Commitment(_ context.Context, id logits.JobID) (p2p.ChainCommitment, error) {
	if id != v.job {
		return p2p.ChainCommitment{}, p2p.ErrNotOnChain
	}
	return v.c, nil
}

// A validator fetches the opening of a challenged position from the miner and gets it only
// once it verified against the on-chain root.
func ExampleRevealClient_Fetch() {
	reg := p2p.NewStaticRegistry()
	minerKey, _ := ethcrypto.GenerateKey()
	validatorKey, _ := ethcrypto.GenerateKey()
	reg.Add(ethcrypto.PubkeyToAddress(minerKey.PublicKey), p2p.RoleMiner)
	reg.Add(ethcrypto.PubkeyToAddress(validatorKey.PublicKey), p2p.RoleValidator)

	// The miner generated 4 positions over a 32-token vocabulary into its store.
	dir, err := os.MkdirTemp("", "pol-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	store, err := logits.OpenStore(dir)
	if err != nil {
		log.Fatal(err)
	}
	job := logits.JobID{1}
	b, err := store.Create(job, 32)
	if err != nil {
		log.Fatal(err)
	}
	for i := range 4 {
		l := make([]float32, 32)
		l[3*i] = 5
		if err := b.Append(logits.Argmax(l), l); err != nil {
			log.Fatal(err)
		}
	}
	root, n, err := b.Finish()
	if err != nil {
		log.Fatal(err)
	}

	miner, err := p2p.NewHost(p2p.HostConfig{Key: minerKey, Registry: reg, Logger: silent})
	if err != nil {
		log.Fatal(err)
	}
	defer miner.Close()
	server, err := p2p.ServeReveal(miner, p2p.RevealServerConfig{Source: store, Logger: silent})
	if err != nil {
		log.Fatal(err)
	}
	defer server.Close()

	validator, err := p2p.NewHost(p2p.HostConfig{Key: validatorKey, Registry: reg, Logger: silent})
	if err != nil {
		log.Fatal(err)
	}
	defer validator.Close()
	ctx := context.Background()
	if err := validator.Connect(ctx, miner.AddrInfo()); err != nil {
		log.Fatal(err)
	}
	roots := chainView{job: job, c: p2p.ChainCommitment{Miner: miner.Address, Root: root, N: n}}
	o, err := p2p.NewRevealClient(validator, roots, 0).Fetch(ctx, miner.ID(), job, 2)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("position %d of %d: token %d, %d logits, proof of %d hashes\n", o.Index, o.N, o.Token, len(o.Logits), len(o.Proof))
	// Output: position 2 of 4: token 6, 32 logits, proof of 2 hashes
}

// A miner announces its commitment; a validator receives it once it is validated: signed by
// a staked miner, and its tokens hash matches its token lists.
func ExampleGossip_PublishCommitment() {
	reg := p2p.NewStaticRegistry()
	net := p2p.Network{ChainID: 1337, Contract: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	start := func(role p2p.Role) (*p2p.Host, *p2p.Gossip) {
		key, err := ethcrypto.GenerateKey()
		if err != nil {
			log.Fatal(err)
		}
		reg.Add(ethcrypto.PubkeyToAddress(key.PublicKey), role)
		h, err := p2p.NewHost(p2p.HostConfig{Key: key, Registry: reg, Logger: silent})
		if err != nil {
			log.Fatal(err)
		}
		g, err := p2p.NewGossip(h, p2p.GossipConfig{Network: net, Key: key, Registry: reg, Logger: silent})
		if err != nil {
			log.Fatal(err)
		}
		return h, g
	}
	miner, minerGossip := start(p2p.RoleMiner)
	defer miner.Close()
	defer minerGossip.Close()
	validator, validatorGossip := start(p2p.RoleValidator)
	defer validator.Close()
	defer validatorGossip.Close()

	sub, err := validatorGossip.SubscribeCommitments()
	if err != nil {
		log.Fatal(err)
	}
	defer sub.Cancel()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := validator.Connect(ctx, miner.AddrInfo()); err != nil {
		log.Fatal(err)
	}
	for len(minerGossip.ListPeers(p2p.TopicCommitments)) == 0 && ctx.Err() == nil { // wait for the subscription to propagate
		time.Sleep(10 * time.Millisecond)
	}

	prompt, output := []uint32{1, 403, 407}, []uint32{261, 378, 2}
	err = minerGossip.PublishCommitment(ctx, p2p.Commitment{JobID: logits.JobID{7}, Profile: 1, Root: logits.Hash{1}, N: 3,
		TokensHash: logits.TokensHash(prompt, output), PromptTokens: prompt, OutputTokens: output})
	if err != nil {
		log.Fatal(err)
	}
	got, err := sub.Next(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("commitment of", got.Msg.N, "tokens, signed by the miner:", got.Signer == miner.Address)
	// Output: commitment of 3 tokens, signed by the miner: true
}
