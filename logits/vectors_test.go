package logits

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"flag"
	lblake3 "lukechampine.com/blake3"
	"math"
	"math/big"
	"os"
	"testing"
)

var updateVectors = flag.Bool("update", false, "rewrite testdata/vectors.json from the implementation")

const vectorsPath = "testdata/vectors.json"

// vectors is the shared test-vector file of spec §10. Go (this test) and
// Solidity (chain/contracts/test) both check every entry.
type vectors struct {
	Comment    string            `json:"comment"`
	Leaves     []leafVector      `json:"leaves"`
	Merkle     []merkleVector    `json:"merkle"`
	Challenges []challengeVector `json:"challenges"`
	JobIDs     []jobIDVector     `json:"job_ids"`
	Tokens     []tokensVector    `json:"tokens"`
	Samples    []sampleVector    `json:"samples"`
	Opening    openingVector     `json:"opening"`
	// Version 2's leaves (SHA-256, tag "pol/leaf/v1") of the same fields as
	// Leaves, and an opening of a job committed under version 2: what an
	// implementation that still reads version 2 checks (spec §3.1, §6.1).
	LeavesV2  []leafVector  `json:"leaves_v2"`
	OpeningV2 openingVector `json:"opening_v2"`
}

type leafVector struct {
	Job        string   `json:"job"`
	Index      uint32   `json:"index"`
	Token      uint32   `json:"token"`
	LogitsBits []uint32 `json:"logits_bits"` // IEEE-754 binary32 bit patterns
	Leaf       string   `json:"leaf"`
}

type merkleVector struct {
	N      uint32     `json:"n"`
	Leaves []string   `json:"leaves"`
	Root   string     `json:"root"`
	Proofs [][]string `json:"proofs"` // proofs[i] is the proof of leaf i
}

// challengeVector is one challenge set (spec §4): ChallengeSet(seed, job_id, n, k).
type challengeVector struct {
	Seed      string   `json:"seed"`
	JobID     string   `json:"job_id"`
	N         uint32   `json:"n"`
	K         uint32   `json:"k"`
	Positions []uint32 `json:"positions"`
}

type jobIDVector struct {
	ChainID    uint64 `json:"chain_id"`
	Contract   string `json:"contract"`
	Record     uint32 `json:"record"`
	Generation uint32 `json:"generation"`
	Job        string `json:"job"`
}

type tokensVector struct {
	Prompt []uint32 `json:"prompt"`
	Output []uint32 `json:"output"`
	Hash   string   `json:"hash"`
}

type sampleVector struct {
	TemperatureMilli uint32   `json:"temperature_milli"`
	TopK             uint32   `json:"top_k"`
	TopPMilli        uint32   `json:"top_p_milli"`
	Seed             string   `json:"seed"`
	LogitsBits       []uint32 `json:"logits_bits"`
	Positions        []uint32 `json:"positions"`
	Tokens           []uint32 `json:"tokens"` // Tokens[k] is the token sampled at Positions[k]
}

type openingVector struct {
	Root    string `json:"root"`
	Encoded string `json:"encoded"`
}

func hx(b []byte) string { return "0x" + hex.EncodeToString(b) }

func bitsOf(l []float32) []uint32 {
	out := make([]uint32, len(l))
	for k, f := range l {
		out[k] = math.Float32bits(f)
	}
	return out
}

func floatsOf(bits []uint32) []float32 {
	out := make([]float32, len(bits))
	for k, b := range bits {
		out[k] = math.Float32frombits(b)
	}
	return out
}

func vecLogits(i int) []float32 {
	return []float32{float32(i), -float32(i) / 4, 0.5, 1e-3 * float32(i), -3}
}

// buildVectors computes every vector from the implementation.
func buildVectors(t *testing.T) vectors {
	v := vectors{Comment: "pol protocol v3 test vectors (docs/protocol.md §10); regenerate with: go test ./logits -run TestVectors -update"}
	job := JobID{0x11, 0x22, 0x33}
	for i := 0; i < 3; i++ {
		l := vecLogits(i)
		tok := uint32(i % len(l))
		v.Leaves = append(v.Leaves, leafVector{Job: job.String(), Index: uint32(i), Token: tok, LogitsBits: bitsOf(l),
			Leaf: LeafHash(job, uint32(i), tok, l).String()})
	}
	for n := 1; n <= 9; n++ {
		var leaves []Hash
		mv := merkleVector{N: uint32(n)}
		for i := 0; i < n; i++ {
			l := vecLogits(i)
			leaves = append(leaves, LeafHash(job, uint32(i), uint32(i%len(l)), l))
			mv.Leaves = append(mv.Leaves, leaves[i].String())
		}
		root, _ := Root(leaves)
		mv.Root = root.String()
		for i := range leaves {
			proof, _ := Proof(leaves, uint32(i))
			ps := []string{}
			for _, h := range proof {
				ps = append(ps, h.String())
			}
			mv.Proofs = append(mv.Proofs, ps)
		}
		v.Merkle = append(v.Merkle, mv)
	}
	for j, n := range []uint32{1, 2, 7, 100, 4000} {
		for _, k := range []uint32{1, 8, 16} {
			seed := Keccak256([]byte("seed"), []byte{byte(j), byte(k)})
			cj := JobID(Keccak256([]byte("job"), []byte{byte(j), byte(k)}))
			v.Challenges = append(v.Challenges, challengeVector{Seed: seed.String(), JobID: cj.String(), N: n, K: k,
				Positions: ChallengeSet(seed, cj, n, int(k))})
		}
	}
	contract := Address{0x5f, 0xbd, 0xb2}
	for _, c := range []struct {
		chain              uint64
		record, generation uint32
	}{{1337, 0, 1}, {1337, 1, 1}, {1337, 0, 2}, {31337, 42, 127}, {31337, 0xfedcba98, 0x89abcdef}} {
		id := NewJobID(new(big.Int).SetUint64(c.chain), contract, c.record, c.generation)
		v.JobIDs = append(v.JobIDs, jobIDVector{ChainID: c.chain, Contract: hx(contract[:]), Record: c.record,
			Generation: c.generation, Job: id.String()})
	}
	for _, c := range []struct{ p, o []uint32 }{{[]uint32{}, []uint32{}}, {[]uint32{1, 403, 407, 261, 378}, []uint32{29, 0, 511}}} {
		v.Tokens = append(v.Tokens, tokensVector{Prompt: c.p, Output: c.o, Hash: TokensHash(c.p, c.o).String()})
	}
	l := []float32{2.0, 1.0, 0.5, 0.0, -1.0, 1.5, 1.5, -0.25}
	for _, s := range []Sampler{{}, {TemperatureMilli: 700}, {TemperatureMilli: 1000, TopK: 3}, {TemperatureMilli: 1300, TopPMilli: 900}, {TemperatureMilli: 1, TopK: 2, TopPMilli: 500}} {
		s.Seed = Hash{0x5e, 0xed}
		sv := sampleVector{TemperatureMilli: s.TemperatureMilli, TopK: s.TopK, TopPMilli: s.TopPMilli, Seed: s.Seed.String(), LogitsBits: bitsOf(l)}
		for i := uint32(0); i < 12; i++ {
			tok, err := s.Sample(l, i*97)
			if err != nil {
				t.Fatal(err)
			}
			sv.Positions = append(sv.Positions, i*97)
			sv.Tokens = append(sv.Tokens, tok)
		}
		v.Samples = append(v.Samples, sv)
	}
	st, _ := OpenStore(t.TempDir())
	b, _ := st.Create(job, 5)
	for i := 0; i < 5; i++ {
		l := vecLogits(i)
		b.Append(uint32(i%len(l)), l)
	}
	root, _, _ := b.Finish()
	o, err := st.Open(job, 3)
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := o.MarshalBinary()
	v.Opening = openingVector{Root: root.String(), Encoded: hx(enc)}
	v2 := leafHasher{version: 2}
	for _, lv := range v.Leaves {
		l := floatsOf(lv.LogitsBits)
		lv.Leaf = v2.sum(job, lv.Index, lv.Token, l).String()
		v.LeavesV2 = append(v.LeavesV2, lv)
	}
	b, _ = st.create(JobID{0x22, 0x22}, 5, 2)
	for i := 0; i < 5; i++ {
		l := vecLogits(i)
		b.Append(uint32(i%len(l)), l)
	}
	root, _, _ = b.Finish()
	if o, err = st.Open(JobID{0x22, 0x22}, 3); err != nil {
		t.Fatal(err)
	}
	enc, _ = o.MarshalBinary()
	v.OpeningV2 = openingVector{Root: root.String(), Encoded: hx(enc)}
	return v
}

func TestVectors(t *testing.T) {
	got, err := json.MarshalIndent(buildVectors(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *updateVectors {
		if err := os.WriteFile(vectorsPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(vectorsPath)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s no longer matches the implementation: an encoding changed. If that is a deliberate protocol change, bump the version, update docs/protocol.md and rerun with -update", vectorsPath)
	}
}

// The file's leaf hashes are also checked against a hand-assembled byte
// string hashed by another BLAKE3 implementation (lukechampine.com/blake3),
// so the vectors pin the spec's text, not just this implementation.
func TestVectorLeafByHand(t *testing.T) {
	var v vectors
	raw, err := os.ReadFile(vectorsPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	for _, lv := range v.Leaves {
		job, _ := ParseJobID(lv.Job)
		msg := []byte{0x00}
		msg = append(msg, "pol/leaf/v3"...)
		msg = append(msg, job[:]...)
		msg = append(msg, byte(lv.Index>>24), byte(lv.Index>>16), byte(lv.Index>>8), byte(lv.Index))
		msg = append(msg, byte(lv.Token>>24), byte(lv.Token>>16), byte(lv.Token>>8), byte(lv.Token))
		msg = append(msg, 0, 0, 0, byte(len(lv.LogitsBits)))
		for _, b := range lv.LogitsBits {
			msg = append(msg, byte(b), byte(b>>8), byte(b>>16), byte(b>>24))
		}
		sum := lblake3.Sum256(msg)
		want := "0x" + hex.EncodeToString(sum[:])
		if lv.Leaf != want {
			t.Fatalf("leaf %d: file %s, by hand %s", lv.Index, lv.Leaf, want)
		}
		if got := LeafHash(job, lv.Index, lv.Token, floatsOf(lv.LogitsBits)).String(); got != want {
			t.Fatalf("leaf %d: LeafHash %s, by hand %s", lv.Index, got, want)
		}
	}
	if len(v.LeavesV2) != len(v.Leaves) {
		t.Fatalf("%d version 2 leaves for %d leaves", len(v.LeavesV2), len(v.Leaves))
	}
	for k, lv := range v.LeavesV2 {
		job, _ := ParseJobID(lv.Job)
		if lv.Job != v.Leaves[k].Job || lv.Index != v.Leaves[k].Index || lv.Token != v.Leaves[k].Token {
			t.Fatalf("version 2 leaf %d hashes other fields than leaf %d", k, k)
		}
		if want := v2Leaf(job, lv.Index, lv.Token, floatsOf(lv.LogitsBits)).String(); lv.Leaf != want {
			t.Fatalf("version 2 leaf %d: file %s, by hand %s", k, lv.Leaf, want)
		}
	}
	// the first is the leaf version 2's own vectors held (TestVersion2LeafUnchanged)
	if got := v.LeavesV2[0].Leaf; got != "0xf3158750cdb8ffad6bc3f74537905ecbd4e134c68f9806b50e00dd035cd7f557" {
		t.Fatalf("version 2 leaf 0 is %s, not the one version 2 committed to", got)
	}
	for _, c := range []struct {
		ov      openingVector
		version byte
	}{{v.Opening, Version}, {v.OpeningV2, 2}} {
		var o Opening
		enc, _ := hex.DecodeString(c.ov.Encoded[2:])
		root, _ := ParseHash(c.ov.Root)
		if len(enc) < 5 || enc[4] != c.version {
			t.Fatalf("opening vector of version %d has version byte %v", c.version, enc[4:5])
		}
		if err := o.UnmarshalBinary(enc); err != nil {
			t.Fatal(err)
		}
		if err := o.Verify(root); err != nil {
			t.Fatalf("version %d opening vector: %v", c.version, err)
		}
	}
}
