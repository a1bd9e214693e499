package chain_test

import (
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/logits"
)

// specVectors is the part of logits/testdata/vectors.json (spec §10) the
// contract computes too.
type specVectors struct {
	Merkle []struct {
		N      uint32          `json:"n"`
		Leaves []common.Hash   `json:"leaves"`
		Root   common.Hash     `json:"root"`
		Proofs [][]common.Hash `json:"proofs"`
	} `json:"merkle"`
	// Challenges are protocol-v2 challenge sets: ChallengeSet(seed, job_id,
	// n, k). A protocol-v1 file (per-validator positions, no k) decodes
	// with K = 0 and is skipped.
	Challenges []struct {
		Seed      common.Hash `json:"seed"`
		Job       common.Hash `json:"job_id"`
		N         uint32      `json:"n"`
		K         uint32      `json:"k"`
		Positions []uint32    `json:"positions"`
	} `json:"challenges"`
}

func loadVectors(t *testing.T) specVectors {
	t.Helper()
	b, err := os.ReadFile("../logits/testdata/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var v specVectors
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Merkle) == 0 {
		t.Fatal("vectors file has no merkle vectors")
	}
	return v
}

// The deployed contract's pure functions, called through the client, agree
// with the Go implementation on the spec's vectors.
func TestContractAgreesWithSpecVectors(t *testing.T) {
	v := loadVectors(t)
	w := deploy(t, simChain(t), testParams())
	ctx := testCtx(t)
	checked := 0
	for _, c := range v.Challenges {
		if c.K == 0 {
			continue // a protocol-v1 vector
		}
		seed, job := logits.Hash(c.Seed), logits.JobID(c.Job)
		onChain := must(w.owner.DeriveChallengePositions(ctx, seed, job, c.N, c.K))(t)
		inGo := logits.ChallengeSet(seed, job, c.N, int(c.K))
		if !slices.Equal(onChain, c.Positions) || !slices.Equal(inGo, c.Positions) {
			t.Fatalf("n=%d k=%d: contract %v, Go %v, vector %v", c.N, c.K, onChain, inGo, c.Positions)
		}
		checked++
	}
	if checked == 0 {
		t.Log("vectors.json holds no protocol-v2 challenge sets: only the Merkle vectors were checked")
	}
	for _, m := range v.Merkle {
		root := logits.Hash(m.Root)
		for i := range m.Leaves {
			leaf, proof := logits.Hash(m.Leaves[i]), make([]logits.Hash, len(m.Proofs[i]))
			for j, h := range m.Proofs[i] {
				proof[j] = logits.Hash(h)
			}
			ok := must(w.owner.VerifyMerkleProof(ctx, root, m.N, uint32(i), leaf, proof))(t)
			if !ok || logits.VerifyProof(root, m.N, uint32(i), leaf, proof) != nil {
				t.Fatalf("n=%d leaf %d: valid proof rejected", m.N, i)
			}
			if m.N < 2 {
				continue
			}
			// Another position's leaf does not verify, on chain or in Go.
			other := logits.Hash(m.Leaves[(i+1)%len(m.Leaves)])
			bad := must(w.owner.VerifyMerkleProof(ctx, root, m.N, uint32(i), other, proof))(t)
			if bad || logits.VerifyProof(root, m.N, uint32(i), other, proof) == nil {
				t.Fatalf("n=%d leaf %d: proof of the wrong leaf accepted", m.N, i)
			}
		}
	}
}
