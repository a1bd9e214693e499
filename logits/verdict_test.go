package logits

import (
	"strings"
	"testing"
)

// honestJob commits n positions sampled with s and returns the claim and store.
func honestJob(t *testing.T, s Sampler, n, vocab int) (Claim, *Store, JobID, [][]float32) {
	t.Helper()
	st, _ := OpenStore(t.TempDir())
	job := JobID{0x77}
	b, _ := st.Create(job, vocab)
	var vecs [][]float32
	var out []uint32
	for i := 0; i < n; i++ {
		l := make([]float32, vocab)
		for k := range l {
			l[k] = float32((k*7+i*13)%vocab) / 3
		}
		tok, err := s.Sample(l, uint32(i))
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Append(tok, l); err != nil {
			t.Fatal(err)
		}
		vecs, out = append(vecs, l), append(out, tok)
	}
	root, _, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	return Claim{Root: root, Prompt: []uint32{1, 2}, Output: out, Sampler: s}, st, job, vecs
}

func TestJudge(t *testing.T) {
	s := Sampler{TemperatureMilli: 900, TopK: 8, Seed: Hash{1}}
	claim, st, job, vecs := honestJob(t, s, 9, 40)
	th := DefaultThresholds()
	near := func(l []float32) []float32 {
		out := append([]float32(nil), l...)
		for k := range out {
			out[k] += 1e-4 * float32(k%3)
		}
		return out
	}
	for i := uint32(0); i < 9; i++ {
		o, _ := st.Open(job, i)
		v, err := Judge(claim, o, th, near(vecs[i]))
		if err != nil || !v.Pass {
			t.Fatalf("honest position %d: %+v %v", i, v, err)
		}
	}

	o, _ := st.Open(job, 4)
	cases := []struct {
		name   string
		claim  func(c Claim) Claim
		open   func(o Opening) *Opening
		recomp []float32
		reason string
	}{
		{"other root", func(c Claim) Claim { c.Root[0] ^= 1; return c }, nil, nil, "opening invalid"},
		{"token list differs", func(c Claim) Claim {
			c.Output = append([]uint32(nil), c.Output...)
			c.Output[4] = (c.Output[4] + 1) % 40
			return c
		}, nil, nil, "differs from committed token"},
		{"n differs", func(c Claim) Claim { c.Output = c.Output[:8]; return c }, nil, nil, "output tokens"},
		{"other sampler seed", func(c Claim) Claim { c.Sampler.Seed = Hash{2}; return c }, nil, nil, "does not follow"},
		{"logits from another model", nil, nil, reversed(vecs[4]), "do not match"},
		{"tampered logit", nil, func(x Opening) *Opening {
			x.Logits = append([]float32(nil), x.Logits...)
			x.Logits[0] += 1
			return &x
		}, nil, "opening invalid"},
	}
	for _, c := range cases {
		cl, op, rc := claim, o, near(vecs[4])
		if c.claim != nil {
			cl = c.claim(claim)
		}
		if c.open != nil {
			op = c.open(*o)
		}
		if c.recomp != nil {
			rc = c.recomp
		}
		v, err := Judge(cl, op, th, rc)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if v.Pass || !strings.Contains(v.Reason, c.reason) {
			t.Errorf("%s: verdict %+v, want a fail mentioning %q", c.name, v, c.reason)
		}
	}
	if _, err := Judge(claim, o, th, nil); err == nil {
		t.Fatal("empty recomputation is a caller error")
	}
	if _, err := Judge(claim, o, th); err == nil {
		t.Fatal("no recomputation is a caller error")
	}
	if _, err := Judge(claim, o, th, near(vecs[4]), vecs[4][:10]); err == nil {
		t.Fatal("recomputations of different lengths are a caller error")
	}

	// Rule 4 holds if any recomputation (admitted numeric profile) accepts;
	// the report is the accepting one, or else the closest.
	far := reversed(vecs[4])
	for _, recs := range [][][]float32{{far, near(vecs[4])}, {near(vecs[4]), far}} {
		v, err := Judge(claim, o, th, recs...)
		if err != nil || !v.Pass || v.Report.MaxDelta > th.MaxDelta || len(recs[v.Recomputation]) != len(far) || recs[v.Recomputation][0] == far[0] {
			t.Fatalf("a matching profile among %d: %+v %v", len(recs), v, err)
		}
	}
	worse := append([]float32(nil), far...)
	worse[0] += 50
	v, err := Judge(claim, o, th, worse, far)
	if err != nil || v.Pass {
		t.Fatalf("no profile matches: %+v %v", v, err)
	}
	if single, _ := Judge(claim, o, th, far); v.Report.MaxDelta != single.Report.MaxDelta {
		t.Fatalf("failing report %g is not the closest profile's %g", v.Report.MaxDelta, single.Report.MaxDelta)
	}
}

func reversed(l []float32) []float32 {
	out := make([]float32, len(l))
	for k := range l {
		out[len(l)-1-k] = l[k]
	}
	return out
}
