package p2p

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p/pb"
)

func encode(t *testing.T, m proto.Message) []byte {
	t.Helper()
	b, err := proto.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func sign(t *testing.T, d logits.Hash, k *ecdsa.PrivateKey) []byte {
	t.Helper()
	sig, err := signDigest(d, k)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}

// highS turns a valid signature into its malleated twin (s -> n - s, v flipped).
func highS(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	n := ethcrypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	s.FillBytes(out[32:64])
	out[64] ^= 1
	return out
}

// TestValidationRules checks each rule of docs/p2p.md §Validation on one node's validators.
func TestValidationRules(t *testing.T) {
	reg, chain := NewStaticRegistry(), newTestChain()
	node := newTestNode(t, reg, chain, RoleValidator, func(c *GossipConfig) { c.ChainWait = 50 * time.Millisecond })
	miner, validator, requester, stranger := newKey(t), node.key, newKey(t), newKey(t)
	reg.Add(ethcrypto.PubkeyToAddress(miner.PublicKey), RoleMiner)
	now := uint64(time.Now().Unix())

	com := sampleCommitment(1, 4)
	com.Network, com.Timestamp = testNetwork, now
	chain.setCommitment(com.JobID, ChainCommitment{Miner: ethcrypto.PubkeyToAddress(miner.PublicKey),
		Root: com.Root, N: com.N, TokensHash: com.TokensHash})
	job := Job{Network: testNetwork, JobID: com.JobID, ModelID: com.ModelID, Prompt: "Once upon a time", Timestamp: now}
	chain.setJob(job.JobID, ChainJob{Requester: ethcrypto.PubkeyToAddress(requester.PublicKey),
		ModelID: job.ModelID, PromptHash: logits.PromptHash(job.Prompt)})
	ver := Verdict{Network: testNetwork, JobID: com.JobID, Root: com.Root, Outcome: OutcomeFail,
		Positions: []uint32{1, 3}, EvidenceHash: logits.Hash{7}, Timestamp: now}

	comWith := func(edit func(*Commitment), k *ecdsa.PrivateKey) []byte {
		c := com
		c.OutputTokens = append([]uint32(nil), com.OutputTokens...)
		edit(&c)
		return encode(t, commitmentToPB(&c, sign(t, c.Digest(), k)))
	}
	jobWith := func(edit func(*Job), k *ecdsa.PrivateKey) []byte {
		j := job
		edit(&j)
		return encode(t, jobToPB(&j, sign(t, j.Digest(), k)))
	}
	verWith := func(edit func(*Verdict), k *ecdsa.PrivateKey) []byte {
		v := ver
		edit(&v)
		return encode(t, verdictToPB(&v, sign(t, v.Digest(), k)))
	}
	same := func(*Commitment) {}
	validSig := sign(t, com.Digest(), miner)
	otherJob := jobID(99)

	cases := []struct {
		name  string
		topic Topic
		data  []byte
		want  pubsub.ValidationResult
	}{
		{"commitment ok", TopicCommitments, comWith(same, miner), pubsub.ValidationAccept},
		{"job signed by requester", TopicJobs, jobWith(func(*Job) {}, requester), pubsub.ValidationAccept},
		{"job relayed by staked node", TopicJobs, jobWith(func(*Job) {}, validator), pubsub.ValidationAccept},
		{"verdict ok", TopicVerdicts, verWith(func(*Verdict) {}, validator), pubsub.ValidationAccept},

		{"garbage", TopicCommitments, []byte{0xff, 0xff, 0xff}, pubsub.ValidationReject},
		{"field repeated", TopicCommitments, append(comWith(same, miner), 0x30, 0x04), pubsub.ValidationReject},      // n = 4 again
		{"unknown field", TopicCommitments, append(comWith(same, miner), 0xa0, 0x01, 0x01), pubsub.ValidationReject}, // field 20
		{"short root", TopicCommitments, encode(t, &pb.Commitment{Root: []byte{1}}), pubsub.ValidationReject},
		{"oversized verdict", TopicVerdicts, make([]byte, MaxVerdictSize+1), pubsub.ValidationReject},
		{"other network", TopicCommitments, comWith(func(c *Commitment) { c.ChainID = 1 }, miner), pubsub.ValidationReject},
		{"forged root", TopicCommitments, encode(t, commitmentToPB(&Commitment{Network: com.Network, JobID: com.JobID,
			ModelID: com.ModelID, Root: logits.Hash{1}, N: com.N, TokensHash: com.TokensHash, PromptTokens: com.PromptTokens,
			OutputTokens: com.OutputTokens, Timestamp: now}, validSig)), pubsub.ValidationReject},
		{"high-s signature", TopicCommitments, encode(t, commitmentToPB(&com, highS(validSig))), pubsub.ValidationReject},
		{"short signature", TopicCommitments, encode(t, commitmentToPB(&com, validSig[:64])), pubsub.ValidationReject},
		{"unstaked miner", TopicCommitments, comWith(same, stranger), pubsub.ValidationReject},
		{"validator commits", TopicCommitments, comWith(same, validator), pubsub.ValidationReject},
		{"tokens hash mismatch", TopicCommitments, comWith(func(c *Commitment) { c.OutputTokens[0]++ }, miner), pubsub.ValidationReject},
		{"n mismatch", TopicCommitments, comWith(func(c *Commitment) { c.N++ }, miner), pubsub.ValidationReject},
		{"no numeric profile", TopicCommitments, comWith(func(c *Commitment) { c.Profile = 0 }, miner), pubsub.ValidationReject},
		{"model differs from chain", TopicCommitments, comWith(func(c *Commitment) { c.ModelID++ }, miner), pubsub.ValidationReject},
		{"root differs from chain", TopicCommitments, comWith(func(c *Commitment) { c.Root[5]++ }, miner), pubsub.ValidationReject},
		{"prompt differs from chain", TopicJobs, jobWith(func(j *Job) { j.Prompt += "!" }, requester), pubsub.ValidationReject},
		{"job by stranger", TopicJobs, jobWith(func(*Job) {}, stranger), pubsub.ValidationReject},
		{"verdict by miner", TopicVerdicts, verWith(func(*Verdict) {}, miner), pubsub.ValidationReject},
		{"verdict on other root", TopicVerdicts, verWith(func(v *Verdict) { v.Root[0]++ }, validator), pubsub.ValidationReject},
		{"verdict position out of range", TopicVerdicts, verWith(func(v *Verdict) { v.Positions = []uint32{4} }, validator), pubsub.ValidationReject},
		{"verdict without outcome", TopicVerdicts, verWith(func(v *Verdict) { v.Outcome = 0 }, validator), pubsub.ValidationReject},

		{"stale", TopicCommitments, comWith(func(c *Commitment) { c.Timestamp = now - 3600 }, miner), pubsub.ValidationIgnore},
		{"from the future", TopicCommitments, comWith(func(c *Commitment) { c.Timestamp = now + 3600 }, miner), pubsub.ValidationIgnore},
		{"commitment not on chain yet", TopicCommitments, comWith(func(c *Commitment) { c.JobID = otherJob }, miner), pubsub.ValidationIgnore},
		{"job not on chain yet", TopicJobs, jobWith(func(j *Job) { j.JobID = otherJob }, requester), pubsub.ValidationIgnore},
	}
	for _, c := range cases {
		_, v := node.gossip.check(context.Background(), c.topic, c.data)
		if v.res != c.want {
			t.Errorf("%s: result %v (%v), want %v", c.name, v.res, v.reason, c.want)
		}
		if v.res != pubsub.ValidationAccept && v.reason == nil {
			t.Errorf("%s: refused without a reason", c.name)
		}
	}
}

// unpackedTokens re-encodes a commitment with its prompt tokens as unpacked varints: valid
// protobuf for the same message, but not the canonical encoding.
func unpackedTokens(t *testing.T, canonical []byte) []byte {
	t.Helper()
	var m pb.Commitment
	if err := proto.Unmarshal(canonical, &m); err != nil {
		t.Fatal(err)
	}
	tokens := m.PromptTokens
	m.PromptTokens = nil
	out := encode(t, &m)
	for _, tok := range tokens {
		out = protowire.AppendTag(out, 8, protowire.VarintType)
		out = protowire.AppendVarint(out, uint64(tok))
	}
	var back pb.Commitment
	if err := proto.Unmarshal(out, &back); err != nil || len(back.PromptTokens) != len(tokens) {
		t.Fatalf("unpacked encoding does not decode to the same tokens: %v", err)
	}
	return out
}
