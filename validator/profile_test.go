package validator

import (
	"testing"

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
	m, acts := run(JobSubmitted{Job: jobA, ModelID: 1, Refused: true}, f.committed(), f.seed(),
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
