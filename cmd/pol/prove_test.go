package main

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func runPol(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	t.Setenv("POL_MODEL_ID_CACHE", filepath.Join(t.TempDir(), "ids.json"))
	var out, errb bytes.Buffer
	code := runMain(args, &out, &errb)
	return code, out.String(), errb.String()
}

// An honest round on the bundled model passes with exit code 0 and prints
// the table, the text and the root.
func TestProveHonest(t *testing.T) {
	code, out, errs := runPol(t, "prove", "-n", "24", "-k", "6")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{
		"model id   0xd43346486e3f74ea68cb23e2fcf54cdd28b84ac6b21e172f97eb9599f8146856",
		`-> [1 403 407 261 378]`,
		`text       "Once upon a time`,
		"committed  root 0x",
		"position  token",
		"challenge  6 distinct positions [23 ",
		"tokens     pass: all 24 committed tokens are admissible (rule 5)",
		"end        pass: n = maxTokens (rule 6)",
		"verdict    PASS: 6 of 6",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "FAIL") {
		t.Errorf("honest round has a failing row:\n%s", out)
	}
}

// A miner with an f16 KV cache passes: positions its f32 recomputation does
// not match are recomputed at f16 (spec §8.1), where ggml reproduces the
// miner bit for bit and ref's emulation comes close. Seed "a" over all 59
// positions has such positions (found by running it; the round is
// deterministic).
func TestProveF16Miner(t *testing.T) {
	for _, v := range []string{"ref", "ggml"} {
		t.Run(v, func(t *testing.T) {
			code, out, errs := runPol(t, "prove", "-kv", "f16", "-n", "59", "-k", "59", "-seed", "a", "-validator", v)
			if code != 0 || !strings.Contains(out, "ggml/f16kv/t1, honest") || !strings.Contains(out, "in 2 prefill(s)") {
				t.Fatalf("exit %d\n%s\n%s", code, out, errs)
			}
			f16 := regexp.MustCompile(`(?m)^\d+\s+\d+ ".*"\s+f16\s+(\S+)\s.*pass$`).FindAllStringSubmatch(out, -1)
			if len(f16) == 0 {
				t.Fatalf("no position matched at f16:\n%s", out)
			}
			if v == "ggml" {
				for _, m := range f16 {
					if m[1] != "0" {
						t.Errorf("ggml at f16 differs from the f16 miner by %s", m[1])
					}
				}
			}
		})
	}
	if code, _, errs := runPol(t, "prove", "-kv", "bf16"); code != 2 || !strings.Contains(errs, "unknown KV cache precision") {
		t.Fatalf("-kv bf16: exit %d: %s", code, errs)
	}
}

// Every cheat ends in a fail verdict with its reason and exit code 1. The
// model-level cheats fail the comparator at challenged positions; the
// draft-model and truncation cheats commit exact logits and are caught by
// the every-token rule and the end-of-generation rule, even when only one
// position (the last) is challenged.
func TestProveCheats(t *testing.T) {
	for _, c := range cheatNames() {
		t.Run(c, func(t *testing.T) {
			k, reason := "6", "logits do not match the recomputation"
			switch c {
			case "draft":
				k, reason = "1", "verdict    FAIL: rule 5: token "
			case "truncate":
				k, reason = "1", "verdict    FAIL: rule 6: generation did not end: n = 6 < maxTokens = 24"
			}
			code, out, errs := runPol(t, "prove", "-n", "24", "-k", k, "-cheat", c)
			if code != 1 {
				t.Fatalf("exit %d, want 1\n%s\n%s", code, out, errs)
			}
			if !strings.Contains(out, "CHEATING: "+cheats[c]) || !strings.Contains(out, "verdict    FAIL: ") {
				t.Fatalf("output:\n%s", out)
			}
			if !strings.Contains(out, reason) {
				t.Fatalf("no fail with %q:\n%s", reason, out)
			}
		})
	}
}

// The draft cheat is caught with one challenged position whatever the
// sampler, at its default fraction and at a small one, with either draft
// model: the committed logits are an exact prefill, only the tokens betray
// it. (A job where every drafted token equals the registered model's pick is
// no cheat, and a Q8_0 copy's pick can differ only near an interval edge,
// inside the drift margin; the jobs here diverge beyond it.)
func TestProveDraft(t *testing.T) {
	for _, args := range [][]string{
		{"-temp", "0"},
		{"-temp", "1", "-top-k", "0", "-draft-model", "q8_0", "-draft-frac", "1", "-n", "59", "-seed", "a"},
		{"-temp", "1", "-top-k", "0", "-top-p", "0.9", "-seed", "b"},
		{"-temp", "0.7", "-top-k", "0", "-seed", "c"},
		{"-draft-frac", "0.1", "-n", "48", "-seed", "d"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errs := runPol(t, append([]string{"prove", "-n", "24", "-k", "1", "-cheat", "draft"}, args...)...)
			m := regexp.MustCompile(`(\d+) of them differ`).FindStringSubmatch(out)
			if m == nil || m[1] == "0" {
				t.Fatalf("no drafted token differs: not a cheat\n%s\n%s", out, errs)
			}
			if code != 1 || !regexp.MustCompile(`verdict    FAIL: (rule 5: token \d+ at position \d+ is not admissible|1 of 1 challenged positions fail \(position \d+: token \d+ does not follow)`).MatchString(out) {
				t.Fatalf("exit %d\n%s\n%s", code, out, errs)
			}
		})
	}
	if code, _, errs := runPol(t, "prove", "-cheat", "draft", "-draft-frac", "0"); code != 2 || !strings.Contains(errs, "-draft-frac") {
		t.Fatalf("-draft-frac 0: exit %d: %s", code, errs)
	}
}

// pol prove -n 16 -k 16 challenges all 16 positions, each once.
func TestProveDistinctPositions(t *testing.T) {
	code, out, errs := runPol(t, "prove", "-n", "16", "-k", "16", "-temp", "0")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	m := regexp.MustCompile(`challenge  16 distinct positions \[([\d ]+)\]`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no challenge line:\n%s", out)
	}
	seen := map[string]bool{}
	for _, p := range strings.Fields(m[1]) {
		seen[p] = true
	}
	if len(seen) != 16 || strings.Fields(m[1])[0] != "15" {
		t.Fatalf("positions %s: want 0..15 once each, the last first", m[1])
	}
	if rows := regexp.MustCompile(`(?m)^\d+\s+\d+ ".*pass$`).FindAllString(out, -1); len(rows) != 16 {
		t.Fatalf("%d passing rows, want 16:\n%s", len(rows), out)
	}
}

func TestProveUsage(t *testing.T) {
	for _, args := range [][]string{
		{"prove", "-cheat", "nonsense"},
		{"prove", "-n", "0"},
		{"prove", "-validator", "gpu"},
		{"prove", "-cheat", "truncate", "-n", "1"},
		{"prove", "-draft-model", "tiny"},
	} {
		if code, _, errs := runPol(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, errs)
		}
	}
	if code, _, errs := runPol(t, "prove", "-model", "/nonexistent.gguf"); code != 1 || !strings.Contains(errs, "model file not found") {
		t.Errorf("missing model: exit %d, %s", code, errs)
	}
	if code, _, errs := runPol(t, "prove", "-model-id", "0x"+strings.Repeat("ab", 32)); code != 1 || !strings.Contains(errs, "model id mismatch") {
		t.Errorf("wrong expected id: exit %d, %s", code, errs)
	}
}
