package validator

import (
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"

	"github.com/pol-network/pol/internal/daemon/daemontest"
)

var (
	self   = common.Address{0x11}
	miner  = common.Address{0x22}
	other  = common.Address{0x33}
	jobA   = logits.JobID{0xa}
	seedA  = logits.Hash{0x5e}
	prompt = "Once upon a time"
)

const (
	vocab     = 8
	nTokens   = 5
	seedBlock = 100
)

// fixture is a committed job built in memory: greedy output tokens, the
// logits behind them, the Merkle tree, and the messages a validator sees.
type fixture struct {
	logits  [][]float32
	output  []uint32
	prompt  []uint32
	leaves  []logits.Hash
	root    logits.Hash
	th      logits.Hash
	members []common.Address
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{prompt: []uint32{1, 4, 2}}
	for i := 0; i < nTokens; i++ {
		l := make([]float32, vocab)
		for k := range l {
			l[k] = float32((k*7+i*3)%vocab) * 0.5
		}
		tok := logits.Argmax(l)
		f.logits = append(f.logits, l)
		f.output = append(f.output, tok)
		f.leaves = append(f.leaves, logits.LeafHash(jobA, uint32(i), tok, l))
	}
	var err error
	if f.root, err = logits.Root(f.leaves); err != nil {
		t.Fatal(err)
	}
	f.th = logits.TokensHash(f.prompt, f.output)
	f.members = []common.Address{other, self, miner}
	return f
}

func (f *fixture) opening(t *testing.T, i uint32) *logits.Opening {
	t.Helper()
	proof, err := logits.Proof(f.leaves, i)
	if err != nil {
		t.Fatal(err)
	}
	return &logits.Opening{Job: jobA, N: nTokens, Index: i, Token: f.output[i], Logits: f.logits[i], Proof: proof}
}

func (f *fixture) submitted() JobSubmitted {
	return JobSubmitted{Job: jobA, Terms: daemon.Terms{ModelID: 1, PromptHash: logits.PromptHash(prompt),
		MaxTokens: nTokens, Deadline: 10_000}, Thresholds: logits.DefaultThresholds()}
}

func (f *fixture) committed() JobCommitted {
	return JobCommitted{Job: jobA, Miner: miner, Root: f.root, N: nTokens, TokensHash: f.th, SeedBlock: seedBlock}
}

func (f *fixture) commitment() CommitmentReceived {
	return CommitmentReceived{Job: jobA, Signer: miner, MinerPeer: "peer", Root: f.root, N: nTokens,
		TokensHash: f.th, PromptTokens: f.prompt, Output: f.output}
}

func (f *fixture) seed() SeedReady {
	return SeedReady{Job: jobA, Seed: seedA, Members: f.members, Drawn: true}
}

// positions are jobA's challenge set.
func (f *fixture) positions() []uint32 {
	return logits.ChallengeSet(seedA, jobA, nTokens, testConfig().K)
}

// honest answers every position with a verifying opening and the same
// logits, and every token is admissible.
func (f *fixture) honest(t *testing.T) Checked {
	c := Checked{Job: jobA, CanonicalPrompt: f.prompt, Tokens: &logits.Verdict{Pass: true}}
	for _, p := range distinct(f.positions()) {
		c.Reveals = append(c.Reveals, Reveal{Position: p, Status: Arrived, Opening: f.opening(t, p), Recomputed: [][]float32{f.logits[p]}})
	}
	return c
}

func testConfig() Config {
	return Config{Role: daemon.Role{Self: self, ModelID: 1}, Vocab: vocab, K: 4, AttestWindow: 10, RevealWindow: 10, RevealMargin: 2,
		SettleStagger: 2, SaltKey: logits.Hash{0x5a}}
}

// quietUntil steps a tick at every block from..to and fails on any action.
func quietUntil(t *testing.T, m *Machine, from, to uint64) {
	t.Helper()
	for b := from; b <= to; b++ {
		if acts := m.Step(Tick{Block: b, Time: 300 + b}); acts != nil {
			t.Fatalf("block %d: %#v", b, acts)
		}
	}
}

// settlesAt steps a tick at block b and wants exactly jobA's settle.
func settlesAt(t *testing.T, m *Machine, b uint64) {
	t.Helper()
	if acts := m.Step(Tick{Block: b, Time: 300 + b}); !reflect.DeepEqual(acts, []Action{Settle{Job: jobA}}) {
		t.Fatalf("block %d: %#v, want the settle", b, acts)
	}
}

// restored is the machine a restart would load from m's snapshot.
func restored(t *testing.T, m *Machine) *Machine {
	t.Helper()
	r, _ := daemontest.Restored(t, m, func(b []byte) (*Machine, error) { return RestoreMachine(testConfig(), b) })
	return r
}
