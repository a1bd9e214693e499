package validator

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
)

// run drives a fresh machine through evs and returns it with the actions of
// the last event.
func run(evs ...Event) (*Machine, []Action) {
	m := NewMachine(testConfig())
	m.Step(Tick{Block: 1, Time: 100})
	var acts []Action
	for _, ev := range evs {
		acts = m.Step(ev)
	}
	return m, acts
}

func phaseOf(t *testing.T, m *Machine) Phase {
	t.Helper()
	j, ok := m.Job(jobA)
	if !ok {
		return 0
	}
	return j.Phase
}

// attestOf returns the attestation of the one action acts should hold: the
// commitment to it (nothing is published before the reveal).
func attestOf(t *testing.T, acts []Action) Attest {
	t.Helper()
	if len(acts) != 1 {
		t.Fatalf("want one verdict commitment, got %#v", acts)
	}
	c, ok := acts[0].(CommitVerdict)
	if !ok {
		t.Fatalf("want a verdict commitment, got %#v", acts)
	}
	if c.Salt != VerdictSalt(testConfig().SaltKey, jobA) || c.Job != jobA {
		t.Fatalf("commitment of job %v with salt %v", c.Job, c.Salt)
	}
	return c.Attest
}

func TestCommitWaitsForSeedThenChecks(t *testing.T) {
	f := newFixture(t)
	m, acts := run(f.submitted(), f.committed())
	if want := []Action{AwaitSeed{Job: jobA, SeedBlock: seedBlock}}; !reflect.DeepEqual(acts, want) {
		t.Fatalf("commit: %#v, want %#v", acts, want)
	}
	if acts := m.Step(f.seed()); acts != nil || phaseOf(t, m) != PhaseGather {
		t.Fatalf("seed without data: %#v, phase %v", acts, phaseOf(t, m))
	}
	m.Step(PromptReceived{Job: jobA, Prompt: prompt})
	acts = m.Step(f.commitment())
	if len(acts) != 1 {
		t.Fatalf("want one check, got %#v", acts)
	}
	c := acts[0].(Check)
	if !reflect.DeepEqual(c.Positions, distinct(f.positions())) || c.MinerPeer != "peer" || c.Prompt != prompt ||
		c.Claim.Root != f.root || !reflect.DeepEqual(c.Claim.Output, f.output) {
		t.Fatalf("check %#v", c)
	}
	// the same data in any order gives the same check
	m2, _ := run(f.commitment(), PromptReceived{Job: jobA, Prompt: prompt}, f.submitted(), f.committed())
	if acts := m2.Step(f.seed()); !reflect.DeepEqual(acts, []Action{c}) {
		t.Fatalf("data before the job: %#v", acts)
	}
}

func checking(t *testing.T, f *fixture) *Machine {
	m, acts := run(f.submitted(), f.committed(), f.seed(), PromptReceived{Job: jobA, Prompt: prompt}, f.commitment())
	if len(acts) != 1 {
		t.Fatalf("not checking: %#v", acts)
	}
	return m
}

func TestVerdicts(t *testing.T) {
	f := newFixture(t)
	pos := distinct(f.positions())
	cases := []struct {
		name    string
		edit    func(c *Checked)
		verdict chain.Verdict
		reason  string
		noLeaf  bool // the evidence carries no opening's leaf
	}{
		{"honest", func(*Checked) {}, chain.VerdictPass, "", false},
		{"different logits", func(c *Checked) {
			r := append([]float32(nil), c.Reveals[0].Recomputed[0]...)
			r[0] += 3
			c.Reveals[0].Recomputed = [][]float32{r}
		}, chain.VerdictFail, "do not match", false},
		{"matches at the second admitted KV precision", func(c *Checked) {
			r := append([]float32(nil), c.Reveals[0].Recomputed[0]...)
			r[0] += 3
			c.Reveals[0].Recomputed = [][]float32{r, c.Reveals[0].Recomputed[0]}
		}, chain.VerdictPass, "", false},
		{"bad opening", func(c *Checked) { c.Reveals[0].Status, c.Reveals[0].Opening = Bad, nil }, chain.VerdictFail, "does not verify", true},
		{"wrong committed prompt tokens", func(c *Checked) { c.CanonicalPrompt = []uint32{1, 4} }, chain.VerdictFail, "canonical tokenization", true},
		{"opening of another position", func(c *Checked) {
			c.Reveals[0].Opening = f.opening(t, (pos[0]+1)%nTokens)
		}, chain.VerdictFail, "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := checking(t, f)
			ev := f.honest(t)
			c.edit(&ev)
			a := attestOf(t, m.Step(ev))
			if a.Verdict != c.verdict || !strings.Contains(a.Reason, c.reason) {
				t.Fatalf("verdict %v (%q), want %v (%q)", a.Verdict, a.Reason, c.verdict, c.reason)
			}
			leaf := leafOr(ev, a.Position)
			if c.noLeaf {
				leaf = logits.Hash{}
			}
			reason := a.Reason
			if strings.HasPrefix(reason, ReasonBadOpening) { // the transport's words stay out of the evidence
				reason = ReasonBadOpening
			}
			if a.Verdict == chain.VerdictFail && a.Evidence != Evidence(jobA, chain.VerdictFail, a.Position, leaf, reason) {
				t.Fatal("fail evidence is not keccak over the failing opening's leaf and the reason")
			}
			if phaseOf(t, m) != PhaseAttesting {
				t.Fatalf("phase %v", phaseOf(t, m))
			}
		})
	}
}

// Rules 5 (every token admissible) and 6 (generation ended) fail a job
// after the opened positions' rules, with the failing position, and even
// when openings are missing (they need none); without the every-token
// result the validator abstains.
func TestEveryTokenAndEndOfGeneration(t *testing.T) {
	f := newFixture(t)
	pos := distinct(f.positions())
	unopened := uint32(0)
	for slices.Contains(pos, unopened) {
		unopened++
	}
	cases := []struct {
		name      string
		maxTokens uint32
		isEOG     func(uint32) bool
		edit      func(c *Checked)
		verdict   chain.Verdict
		reason    string
		position  uint32
	}{
		{"honest, n = maxTokens", nTokens, nil, func(*Checked) {}, chain.VerdictPass, "", NoPosition},
		{"honest, ends at EOG", 32, func(t uint32) bool { return t == f.output[nTokens-1] }, func(*Checked) {}, chain.VerdictPass, "", NoPosition},
		{"token not admissible at an unopened position", nTokens, nil, func(c *Checked) {
			c.Tokens = &logits.Verdict{Position: unopened, Reason: "token 3 at position 0 is not admissible"}
		}, chain.VerdictFail, "rule 5: token 3", unopened},
		{"token not admissible at an opened position", nTokens, nil, func(c *Checked) {
			c.Tokens = &logits.Verdict{Position: pos[1], Reason: "not admissible"}
		}, chain.VerdictFail, "rule 5", pos[1]},
		{"not admissible while an opening is missing", nTokens, nil, func(c *Checked) {
			c.Reveals[0].Status, c.Reveals[0].Opening = Missing, nil
			c.Tokens = &logits.Verdict{Position: unopened, Reason: "not admissible"}
		}, chain.VerdictFail, "rule 5", unopened},
		{"an opened position's rule comes first", nTokens, nil, func(c *Checked) {
			r := append([]float32(nil), c.Reveals[0].Recomputed[0]...)
			r[0] += 3
			c.Reveals[0].Recomputed = [][]float32{r}
			c.Tokens = &logits.Verdict{Position: unopened, Reason: "not admissible"}
		}, chain.VerdictFail, "do not match", pos[0]},
		{"truncated: n < maxTokens without EOG", 32, nil, func(*Checked) {}, chain.VerdictFail, "rule 6: generation did not end", nTokens - 1},
		{"truncated while an opening is missing", 32, nil, func(c *Checked) {
			c.Reveals[1].Status, c.Reveals[1].Opening = Missing, nil
		}, chain.VerdictFail, "rule 6", nTokens - 1},
		{"EOG before the last token", 32, func(t uint32) bool { return t == f.output[1] || t == f.output[nTokens-1] }, func(*Checked) {},
			chain.VerdictFail, "rule 6: generation ended at position 1", 1},
		{"rule 5 before rule 6", 32, nil, func(c *Checked) {
			c.Tokens = &logits.Verdict{Position: unopened, Reason: "not admissible"}
		}, chain.VerdictFail, "rule 5", unopened},
	}
	if f.output[1] == f.output[nTokens-1] {
		t.Fatal("fixture: tokens 1 and n-1 must differ")
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := testConfig()
			cfg.IsEOG = c.isEOG
			m := NewMachine(cfg)
			m.Step(Tick{Block: 1, Time: 100})
			sub := f.submitted()
			sub.MaxTokens = c.maxTokens
			for _, ev := range []Event{sub, f.committed(), f.seed(), PromptReceived{Job: jobA, Prompt: prompt}} {
				m.Step(ev)
			}
			if acts := m.Step(f.commitment()); len(acts) != 1 {
				t.Fatalf("not checking: %#v", acts)
			}
			if acts := m.Step(f.commitment()); len(acts) != 0 {
				t.Fatalf("commitment again: %#v", acts)
			}
			ev := f.honest(t)
			c.edit(&ev)
			a := attestOf(t, m.Step(ev))
			if a.Verdict != c.verdict || !strings.Contains(a.Reason, c.reason) || a.Position != c.position {
				t.Fatalf("verdict %v at %d (%q), want %v at %d (%q)", a.Verdict, a.Position, a.Reason, c.verdict, c.position, c.reason)
			}
			if a.Verdict == chain.VerdictFail && a.Evidence != Evidence(jobA, chain.VerdictFail, a.Position, leafOr(ev, a.Position), a.Reason) {
				t.Fatal("fail evidence is not keccak over the position's leaf (zero if unopened) and the reason")
			}
		})
	}
	// no every-token result: nothing is known against the miner, but an absent member is
	// penalised: commit no-reveal (never penalised, never pays)
	m := checking(t, f)
	ev := f.honest(t)
	ev.Tokens = nil
	if a := attestOf(t, m.Step(ev)); a.Verdict != chain.VerdictNoReveal || !strings.Contains(a.Reason, "could not judge") {
		t.Fatalf("without rule 5's result: %v %q, want no-reveal", a.Verdict, a.Reason)
	}
}

// R1 of the v2 review: a miner that commits a job the members cannot recompute (longer than the
// model's context) or that makes their checks fail or overrun must not make them absent (each
// absent member loses stake). An overlong job fails; a failed or unfinished check is a no-reveal.
func TestUncheckableJobsDoNotMakeMembersAbsent(t *testing.T) {
	f := newFixture(t)
	cfg := testConfig()
	cfg.Context = len(f.prompt) + nTokens - 1
	m := NewMachine(cfg)
	m.Step(Tick{Block: 1, Time: 100})
	for _, ev := range []Event{f.submitted(), f.committed(), f.seed(), PromptReceived{Job: jobA, Prompt: prompt}, f.commitment()} {
		m.Step(ev)
	}
	ev := f.honest(t)
	ev.Tokens = nil // the shell does not recompute a job beyond the context
	if a := attestOf(t, m.Step(ev)); a.Verdict != chain.VerdictFail || !strings.Contains(a.Reason, "exceed the model's context") {
		t.Fatalf("overlong job: %v %q, want Fail", a.Verdict, a.Reason)
	}

	m = checking(t, f)
	if a := attestOf(t, m.Step(CheckFailed{Job: jobA, Reason: "recompute: context length exceeded"})); a.Verdict != chain.VerdictNoReveal {
		t.Fatalf("engine failure: %v %q, want no-reveal", a.Verdict, a.Reason)
	}

	m = checking(t, f)
	if acts := m.Step(Tick{Block: seedBlock + 8, Time: 300}); acts != nil {
		t.Fatalf("check running two blocks before the window ends: %#v", acts)
	}
	if a := attestOf(t, m.Step(Tick{Block: seedBlock + 9, Time: 310})); a.Verdict != chain.VerdictNoReveal || !strings.Contains(a.Reason, "did not finish") {
		t.Fatalf("check still running at the window's last block: %v %q, want no-reveal", a.Verdict, a.Reason)
	}
	if acts := m.Step(f.honest(t)); acts != nil {
		t.Fatalf("the late check result changed the committed verdict: %#v", acts)
	}
}

func leafOr(c Checked, p uint32) logits.Hash {
	for _, r := range c.Reveals {
		if r.Position == p && r.Opening != nil && r.Status == Arrived {
			return r.Opening.Leaf()
		}
	}
	return logits.Hash{}
}

func TestMissingOpeningsAreAskedAgainThenNoReveal(t *testing.T) {
	f := newFixture(t)
	m := checking(t, f)
	ev := f.honest(t)
	ev.Reveals[0] = Reveal{Position: ev.Reveals[0].Position, Status: Missing, Detail: "timeout"}
	if acts := m.Step(ev); acts != nil || phaseOf(t, m) != PhaseRecheck {
		t.Fatalf("missing before the deadline: %#v, phase %v", acts, phaseOf(t, m))
	}
	acts := m.Step(Tick{Block: seedBlock + 2, Time: 200})
	if len(acts) != 1 {
		t.Fatalf("recheck: %#v", acts)
	}
	if _, ok := acts[0].(Check); !ok {
		t.Fatalf("recheck: %#v", acts)
	}
	if acts := m.Step(Tick{Block: seedBlock + 7, Time: 210}); acts != nil {
		t.Fatalf("tick while checking: %#v", acts)
	}
	if acts := m.Step(ev); acts != nil || phaseOf(t, m) != PhaseRecheck {
		t.Fatalf("missing again before the deadline: %#v, phase %v", acts, phaseOf(t, m))
	}
	a := attestOf(t, m.Step(Tick{Block: seedBlock + 8, Time: 220})) // reveal deadline: 100 + 10 - 2
	if a.Verdict != chain.VerdictNoReveal || !strings.Contains(a.Reason, "timeout") || a.Position != ev.Reveals[0].Position {
		t.Fatalf("attest %#v", a)
	}
}

func TestNoRevealAtDeadline(t *testing.T) {
	f := newFixture(t)
	// the miner never gossips its commitment: no token lists, no check
	m, _ := run(f.submitted(), f.committed(), f.seed(), PromptReceived{Job: jobA, Prompt: prompt})
	if acts := m.Step(Tick{Block: seedBlock + 7, Time: 200}); acts != nil {
		t.Fatalf("before the reveal deadline: %#v", acts)
	}
	a := attestOf(t, m.Step(Tick{Block: seedBlock + 8, Time: 210}))
	if a.Verdict != chain.VerdictNoReveal || !strings.Contains(a.Reason, "commitment") {
		t.Fatalf("attest %#v", a)
	}
}

func TestOutOfVocabularyOutputFails(t *testing.T) {
	f := newFixture(t)
	f.output = append([]uint32{vocab + 3}, f.output[1:]...)
	f.th = logits.TokensHash(f.prompt, f.output)
	m := checking(t, f)
	// the shell does not recompute such a job; nothing arrived usable
	a := attestOf(t, m.Step(Checked{Job: jobA, CanonicalPrompt: f.prompt}))
	if a.Verdict != chain.VerdictFail || !strings.Contains(a.Reason, "outside the vocabulary") {
		t.Fatalf("attest %v: %q", a.Verdict, a.Reason)
	}
}

// A seed of another job proves the chain reached its block and moves the machine's head there;
// the tick of that block must still run (it rechecks, decides no-reveal at the deadline). Before,
// such ticks were dropped, and with a job committed every block no recheck ever ran.
func TestSeedDoesNotSwallowTheTickOfItsBlock(t *testing.T) {
	f := newFixture(t)
	m := checking(t, f)
	ev := f.honest(t)
	ev.Reveals[0] = Reveal{Position: ev.Reveals[0].Position, Status: Missing, Detail: "timeout"}
	m.Step(Tick{Block: seedBlock + 1, Time: 200})
	if acts := m.Step(ev); acts != nil || phaseOf(t, m) != PhaseRecheck {
		t.Fatalf("missing: %#v, phase %v", acts, phaseOf(t, m))
	}
	jobB := logits.JobID{0xb}
	m.Step(JobSubmitted{Job: jobB, Terms: daemon.Terms{ModelID: 1, PromptHash: logits.PromptHash(prompt), Deadline: 10_000}, Thresholds: logits.DefaultThresholds()})
	m.Step(JobCommitted{Job: jobB, Miner: miner, Root: f.root, N: nTokens, TokensHash: f.th, SeedBlock: seedBlock + 1})
	m.Step(SeedReady{Job: jobB, Seed: seedA, Members: f.members, Drawn: true}) // the chain is past block 101
	acts := m.Step(Tick{Block: seedBlock + 2, Time: 201})
	if c, ok := onlyAction[Check](acts); !ok || c.Job != jobA {
		t.Fatalf("tick of the seeded block: %#v, want jobA's recheck", acts)
	}
}

// A miner that keeps its token lists off gossip (to see the committee first) gains nothing: the
// commit published the output tokens on chain, so at the reveal deadline the member checks them
// without any opening and fails a token-level cheat; an honest output still ends in no-reveal
// (openings missing), and a chain output that does not hash with the canonical prompt fails.
func TestTokenOnlyCheckWithoutTheCommitmentMessage(t *testing.T) {
	f := newFixture(t)
	onChain := f.committed()
	onChain.Output = f.output
	m, _ := run(f.submitted(), onChain, f.seed(), PromptReceived{Job: jobA, Prompt: prompt})
	if acts := m.Step(Tick{Block: seedBlock + 6, Time: 200}); acts != nil {
		t.Fatalf("before the reveal deadline: %#v", acts)
	}
	c, ok := onlyAction[Check](m.Step(Tick{Block: seedBlock + 7, Time: 210}))
	if !ok || c.MinerPeer != "" || c.Claim.Prompt != nil || !reflect.DeepEqual(c.Claim.Output, f.output) {
		t.Fatalf("deadline without a commitment message: %#v, want a token-only check of the chain's output", c)
	}
	missing := func(tokens logits.Verdict) Checked {
		ev := Checked{Job: jobA, CanonicalPrompt: f.prompt, Tokens: &tokens}
		for _, p := range distinct(f.positions()) {
			ev.Reveals = append(ev.Reveals, Reveal{Position: p, Status: Missing, Detail: "no commitment message"})
		}
		return ev
	}
	snap, err := m.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	a := attestOf(t, m.Step(missing(logits.Verdict{Position: 2, Reason: "token 7 is not admissible"})))
	if a.Verdict != chain.VerdictFail || !strings.Contains(a.Reason, "rule 5") {
		t.Fatalf("withheld gossip, bad tokens: %v %q, want Fail on rule 5", a.Verdict, a.Reason)
	}
	restore := func() *Machine {
		m, err := RestoreMachine(testConfig(), snap)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	m = restore()
	if acts := m.Step(missing(logits.Verdict{Pass: true})); acts != nil {
		t.Fatalf("admissible tokens, openings missing before the deadline: %#v, want a recheck later", acts)
	}
	if a := attestOf(t, m.Step(Tick{Block: seedBlock + 8, Time: 220})); a.Verdict != chain.VerdictNoReveal {
		t.Fatalf("withheld gossip, admissible tokens: %v %q, want NoReveal", a.Verdict, a.Reason)
	}
	m = restore()
	ev := missing(logits.Verdict{Pass: true})
	ev.CanonicalPrompt = []uint32{1, 4}
	if a := attestOf(t, m.Step(ev)); a.Verdict != chain.VerdictFail || !strings.Contains(a.Reason, "canonical") {
		t.Fatalf("chain output with another prompt: %v %q, want Fail", a.Verdict, a.Reason)
	}
}
