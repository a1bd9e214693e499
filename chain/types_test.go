package chain

import (
	"testing"

	"github.com/pol-network/pol/logits"
)

func TestThresholdsRoundTrip(t *testing.T) {
	th := logits.Thresholds{Version: 3, TopK: 20, MaxDelta: 0.05, MaxKL: 0.0125, TieMargin: 1e-9}
	c := ChainThresholds(th)
	if c.MaxDeltaNano != 50_000_000 || c.MaxKLNano != 12_500_000 || c.TieMarginNano != 1 || c.TopK != 20 || c.Version != 3 {
		t.Fatalf("chain encoding %+v", c)
	}
	if back := LogitsThresholds(c); back != th {
		t.Fatalf("round trip %+v, want %+v", back, th)
	}
}

func TestSamplerRoundTrip(t *testing.T) {
	s := logits.Sampler{TemperatureMilli: 800, TopK: 40, TopPMilli: 950, Seed: logits.Hash{9, 8, 7}}
	if back := LogitsSampler(ChainSampler(s)); back != s {
		t.Fatalf("round trip %+v, want %+v", back, s)
	}
}

func TestEnums(t *testing.T) {
	for s, want := range map[string]Role{"miner": RoleMiner, "validator": RoleValidator} {
		if r, err := ParseRole(s); err != nil || r != want {
			t.Errorf("ParseRole(%q) = %v, %v", s, r, err)
		}
	}
	if _, err := ParseRole("Miner "); err == nil {
		t.Error("ParseRole accepted a malformed role")
	}
	for got, want := range map[string]string{
		RoleValidator.String(): "Validator", StatusInconclusive.String(): "Inconclusive", StatusEscalated.String(): "Escalated",
		VerdictNoReveal.String(): "NoReveal", JobStatus(42).String(): "JobStatus(42)",
	} {
		if got != want {
			t.Errorf("%q, want %q", got, want)
		}
	}
}
