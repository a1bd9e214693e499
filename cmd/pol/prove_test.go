package main

import (
	"bytes"
	"path/filepath"
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

// Every cheat ends in a fail verdict with its reason and exit code 1.
func TestProveCheats(t *testing.T) {
	for _, c := range cheatNames() {
		t.Run(c, func(t *testing.T) {
			code, out, errs := runPol(t, "prove", "-n", "24", "-k", "6", "-cheat", c)
			if code != 1 {
				t.Fatalf("exit %d, want 1\n%s\n%s", code, out, errs)
			}
			if !strings.Contains(out, "CHEATING: "+cheats[c]) || !strings.Contains(out, "verdict    FAIL: ") {
				t.Fatalf("output:\n%s", out)
			}
			reason := "logits do not match the recomputation"
			if !strings.Contains(out, reason) {
				t.Fatalf("no row fails with %q:\n%s", reason, out)
			}
		})
	}
}

func TestProveUsage(t *testing.T) {
	for _, args := range [][]string{
		{"prove", "-cheat", "nonsense"},
		{"prove", "-n", "0"},
		{"prove", "-validator", "gpu"},
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
