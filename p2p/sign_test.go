package p2p

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/pol-network/pol/logits"
)

// digestVector is one message, the preimage docs/p2p.md §4 defines for it, written out by
// hand (hex of each field, in order), and the digest docs/p2p.md §4.1 lists for it.
type digestVector struct {
	name     string
	digest   func() logits.Hash
	preimage []string
	want     string
}

func TestDigestsMatchSpec(t *testing.T) {
	contract := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	net := Network{ChainID: 1337, Contract: contract}
	var job logits.JobID
	job[0], job[31] = 0x70, 0x01
	root := logits.Hash{0xAB}
	tokens := logits.TokensHash([]uint32{1, 2}, []uint32{3})
	const ts = 1_700_000_000

	hex32 := func(b []byte) string { return hex.EncodeToString(b) }
	prompt := logits.PromptHash("Once upon a time")
	vectors := []digestVector{
		{
			name: "job",
			digest: func() logits.Hash {
				j := Job{Network: net, JobID: job, ModelID: 7, Prompt: "Once upon a time", Timestamp: ts}
				return j.Digest()
			},
			preimage: []string{hex.EncodeToString([]byte("pol/p2p/job/v1")),
				"0000000000000000000000000000000000000000000000000000000000000539", // chain id 1337
				"5fbdb2315678afecb367f032d93f642f64180aa3", hex32(job[:]), "00000007", hex32(prompt[:]),
				"000000006553f100"}, // timestamp 1,700,000,000
			want: "0x790bc777a55fc25172482e8630f28027fef967b750844315ead9c12cbe9c7097",
		},
		{
			name: "commitment",
			digest: func() logits.Hash {
				c := Commitment{Network: net, JobID: job, ModelID: 7, Profile: 2, Root: root, N: 1, TokensHash: tokens,
					MinerAddrs: []ma.Multiaddr{ma.StringCast("/ip4/127.0.0.1/tcp/4001")}, Timestamp: ts}
				return c.Digest()
			},
			preimage: []string{hex.EncodeToString([]byte("pol/p2p/commitment/v2")),
				"0000000000000000000000000000000000000000000000000000000000000539",
				"5fbdb2315678afecb367f032d93f642f64180aa3", hex32(job[:]), "00000007", "0002", hex32(root[:]), "00000001",
				hex32(tokens[:]), hex32(ethcrypto.Keccak256(mustHex(t, "00000008"+"047f000001060fa1"))), // addrsHash
				"000000006553f100"},
			want: "0xe06f49a69e88154d26df206832db340980e72d8091a9e29c25e4975c831f5db0",
		},
		{
			name: "verdict",
			digest: func() logits.Hash {
				v := Verdict{Network: net, JobID: job, Root: root, Outcome: OutcomeFail, Positions: []uint32{0, 5},
					EvidenceHash: logits.Hash{0xEE}, Timestamp: ts}
				return v.Digest()
			},
			preimage: []string{hex.EncodeToString([]byte("pol/p2p/verdict/v1")),
				"0000000000000000000000000000000000000000000000000000000000000539",
				"5fbdb2315678afecb367f032d93f642f64180aa3", hex32(job[:]), hex32(root[:]), "02",
				hex32(ethcrypto.Keccak256(mustHex(t, "0000000000000005"))),
				"ee00000000000000000000000000000000000000000000000000000000000000", "000000006553f100"},
			want: "0x99753f703dd4b04924647bc6dd4f11e9bd0327cf5b418c1b7b53ca8b11ebef03",
		},
	}
	for _, v := range vectors {
		want := ethcrypto.Keccak256(mustHex(t, strings.Join(v.preimage, "")))
		got := v.digest()
		if hex.EncodeToString(got[:]) != hex.EncodeToString(want) {
			t.Errorf("%s digest %s, the spec's preimage hashes to 0x%x", v.name, got, want)
		}
		if got.String() != v.want {
			t.Errorf("%s digest %s, docs/p2p.md lists %s", v.name, got, v.want)
		}
	}
}

func mustHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSignatureRecoversWithEcrecover checks the signature layout Solidity's ecrecover expects
// (r, s, v + 27) and that the malleated high-s twin is refused.
func TestSignatureRecoversWithEcrecover(t *testing.T) {
	key := newKey(t)
	d := logits.Keccak256([]byte("pol"))
	sig, err := signDigest(d, key)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := ethcrypto.Ecrecover(d[:], sig)
	if err != nil {
		t.Fatal(err)
	}
	want := ethcrypto.PubkeyToAddress(key.PublicKey)
	if got := common.BytesToAddress(ethcrypto.Keccak256(pub[1:])[12:]); got != want || sig[64] > 1 {
		t.Fatalf("ecrecover gives %s (v = %d), want %s with v in {0, 1}", got, sig[64], want)
	}
	wantPeer, err := PeerIDOf(key)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := recoverSigner(d, sig); err != nil || got.addr != want || got.peer != wantPeer {
		t.Fatalf("recoverSigner = %s %s, %v; want %s %s", got.addr, got.peer, err, want, wantPeer)
	}
	if _, err := recoverSigner(d, highS(sig)); err == nil {
		t.Fatal("accepted a high-s signature")
	}
}
