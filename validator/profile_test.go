package validator

import (
	"github.com/pol-network/pol/chain"
	"testing"

	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
)

// admitted is a version admitting two numeric profiles with different bands,
// both calibrated over spans that cover the fixture's job.
var admitted = map[uint16]logits.Thresholds{
	1: {Version: 1, TopK: 32, MaxDelta: 1e-4, MaxKL: 5e-9, TieMargin: 1e-4, Span: 2048},
	2: {Version: 1, TopK: 32, MaxDelta: 0.011, MaxKL: 6e-5, TieMargin: 0.011, Span: 64},
}

// Every member judges a job by one band, the loosest its version admits,
// whichever admitted profile the commitment it received declares (review
// M1: a miner sending members commitments that declare different profiles
// would otherwise split the committee and get the stricter member
// penalised). A commitment declaring a profile the version does not admit
// is not taken as the job's commitment, and the job is checked from the
// chain alone at the reveal deadline with that same band.
func TestOneBandWhateverTheDeclaredProfile(t *testing.T) {
	f := newFixture(t)
	sub := f.submitted()
	sub.Admitted, sub.Thresholds = admitted, admitted[2]
	for _, p := range []uint16{1, 2} {
		c := f.commitment()
		c.Profile = p
		_, acts := run(sub, f.committed(), f.seed(), PromptReceived{Job: jobA, Prompt: prompt}, c)
		check, ok := onlyAction[Check](acts)
		if !ok || check.Thresholds != admitted[2] {
			t.Fatalf("profile %d: %#v, want a check with the loosest band %+v whatever the declared profile", p, acts, admitted[2])
		}
	}
	c := f.commitment()
	c.Profile = 4 // not admitted by this version
	onChain := f.committed()
	onChain.Output = f.output
	m, acts := run(sub, onChain, f.seed(), PromptReceived{Job: jobA, Prompt: prompt}, c)
	if acts != nil {
		t.Fatalf("commitment declaring an unadmitted profile: %#v, want nothing", acts)
	}
	check, ok := onlyAction[Check](m.Step(Tick{Block: seedBlock + 7, Time: 210}))
	if !ok || check.MinerPeer != "" || check.Thresholds != admitted[2] {
		t.Fatalf("reveal deadline: %#v, want a token-only check with the loosest band", check)
	}
}

// A job whose model version admits no profile the validator knows (the
// shell sets Refused) is refused: it ends at once, and nothing about it is
// checked or attested.
func TestJobWithoutThresholdsIsRefused(t *testing.T) {
	f := newFixture(t)
	m, acts := run(JobSubmitted{Job: jobA, Terms: daemon.Terms{ModelID: 1}, Refused: true}, f.committed(), f.seed(),
		PromptReceived{Job: jobA, Prompt: prompt}, f.commitment())
	if acts != nil {
		t.Fatalf("refused job: %#v", acts)
	}
	if end, ok := m.Ended(jobA); !ok || end != EndRefused || end.String() != "refused" {
		t.Fatalf("ending %v (%v), want refused", end, ok)
	}
	if _, live := m.Job(jobA); live {
		t.Fatal("a refused job is live")
	}
}

// A profile admits a job only within its calibrated span (review H2, spec
// §8.3): a commitment declaring a profile whose span the job's prompt and
// output exceed is not the job's commitment, and the band every member
// judges by is the loosest among the profiles whose span covers the job, so
// a long job is not judged by a band measured over short ones.
func TestSpanBoundsTheProfileAndTheBand(t *testing.T) {
	f := newFixture(t)
	length := len(f.prompt) + nTokens
	short := map[uint16]logits.Thresholds{1: admitted[1], 2: admitted[2]}
	loose := short[2]
	loose.Span = length - 1 // the f16-like band was measured one token short of this job
	short[2] = loose
	sub := f.submitted()
	sub.Admitted, sub.Thresholds = short, short[2]

	c := f.commitment()
	c.Profile = 2
	if _, acts := run(sub, f.committed(), f.seed(), PromptReceived{Job: jobA, Prompt: prompt}, c); acts != nil {
		t.Fatalf("commitment declaring a profile whose span (%d) the job (%d tokens) exceeds: %#v, want nothing", loose.Span, length, acts)
	}
	c.Profile = 1
	_, acts := run(sub, f.committed(), f.seed(), PromptReceived{Job: jobA, Prompt: prompt}, c)
	if check, ok := onlyAction[Check](acts); !ok || check.Thresholds.MaxDelta != short[1].MaxDelta {
		t.Fatalf("profile 1 covers the job: %#v, want a check by its band %+v (profile 2's does not cover the job)", acts, short[1])
	}

	loose.Span = length // exactly covered: both profiles apply, the loosest judges
	short[2] = loose
	_, acts = run(sub, f.committed(), f.seed(), PromptReceived{Job: jobA, Prompt: prompt}, c)
	if check, ok := onlyAction[Check](acts); !ok || check.Thresholds.MaxDelta != loose.MaxDelta {
		t.Fatalf("both spans cover the job: %#v, want the loosest band %+v", acts, loose)
	}
}

// longJob is a version whose loose profile (2) was calibrated one token
// short of the fixture's job, so only the strict profile (1) covers it, and
// the job as a committee member gets it.
func longJob(f *fixture) (sub JobSubmitted, strict, loosest logits.Thresholds) {
	set := map[uint16]logits.Thresholds{1: admitted[1], 2: admitted[2]}
	loose := set[2]
	loose.Span = len(f.prompt) + nTokens - 1
	set[2] = loose
	loosest, _ = logits.Band(set, 0, 0)
	sub = f.submitted()
	sub.Admitted, sub.Thresholds = set, loosest // as the shell sets them (chainevents.go)
	return sub, set[1], loosest
}

// The judge compares the openings under the band the job's length selects,
// not the loosest of the version (review of the H2 fix, H1: a long job
// judged at the f16 band lets the 1e-3 perturbation escape ~1-2 % of jobs
// the f32 band fails at every position): openings drifting 0.005 — 50x the
// strict band, half the loose one — fail.
func TestJudgeUsesTheBandOfTheJobsLength(t *testing.T) {
	f := newFixture(t)
	sub, strict, loosest := longJob(f)
	c := f.commitment()
	c.Profile = 1
	m, acts := run(sub, f.committed(), f.seed(), PromptReceived{Job: jobA, Prompt: prompt}, c)
	check, ok := onlyAction[Check](acts)
	if !ok || check.Thresholds.MaxDelta != strict.MaxDelta {
		t.Fatalf("want a check by the strict band %g: %#v", strict.MaxDelta, acts)
	}
	ev := f.honest(t)
	for i := range ev.Reveals {
		rec := append([]float32(nil), ev.Reveals[i].Recomputed[0]...)
		top := logits.Argmax(rec)
		for k := range rec {
			if uint32(k) != top {
				rec[k] += 0.005
			}
		}
		ev.Reveals[i].Recomputed = [][]float32{rec}
		if r, _ := logits.Compare(ev.Reveals[i].Opening.Logits, rec, loosest); !r.Pass {
			t.Fatalf("the drift must pass the loosest band (%g) for the test to mean anything: %+v", loosest.MaxDelta, r)
		}
	}
	if a := attestOf(t, m.Step(ev)); a.Verdict != chain.VerdictFail {
		t.Fatalf("openings drifting 0.005 under the band %g: %s (%s), want Fail", strict.MaxDelta, a.Verdict, a.Reason)
	}
}

// A member that never got the commitment message checks the job from the
// chain at the reveal deadline by the same band as the members that did
// (review of the H2 fix, M1: the loosest of all would split the
// committee): the token-only Check carries the version's thresholds, and
// the band of the canonical prompt's length is the strict one.
func TestTokenOnlyCheckJudgesByTheSameBand(t *testing.T) {
	f := newFixture(t)
	sub, strict, _ := longJob(f)
	onChain := f.committed()
	onChain.Output = f.output
	m, _ := run(sub, onChain, f.seed(), PromptReceived{Job: jobA, Prompt: prompt})
	tokenOnly, ok := onlyAction[Check](m.Step(Tick{Block: seedBlock + 7, Time: 210}))
	if !ok || tokenOnly.Claim.Prompt != nil {
		t.Fatalf("no token-only check: %#v", tokenOnly)
	}
	if got := bandFor(tokenOnly.Admitted, tokenOnly.Thresholds, len(f.prompt), tokenOnly.Claim.MaxTokens); got != strict {
		t.Fatalf("token-only band %+v, want the strict %+v the commitment holders use", got, strict)
	}
}
