package main

import (
	"errors"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// pol bench runs both measurements on the bundled model and prints each
// ratio with its spread; bad flags are a usage error.
func TestBenchReportsBothRatios(t *testing.T) {
	code, out, errs := runPol(t, "bench", "-n", "8", "-runs", "2", "-threads", "1")
	if code != 0 || !strings.Contains(out, "check / generation   median ") || !strings.Contains(out, "committing / plain   median ") ||
		!strings.Contains(out, "2 runs)") || !regexp.MustCompile(`store work (inline|pipelined); leaf sha256; Finish [0-9.]+ ms`).MatchString(out) {
		t.Fatalf("pol bench: exit %d\n%s\n%s", code, out, errs)
	}
	if code, _, errs := runPol(t, "bench", "-what", "speed"); code != 2 || !strings.Contains(errs, `-what "speed"`) {
		t.Fatalf("pol bench -what speed: exit %d\n%s", code, errs)
	}
}

// scripts/bench-gpu.sh stops with a clear message, before building
// anything, on a machine without an NVIDIA GPU.
func TestBenchGPUScriptNeedsGPU(t *testing.T) {
	if _, err := exec.LookPath("nvidia-smi"); err == nil {
		t.Skip("nvidia-smi is installed here: the script would run the benchmark")
	}
	out, err := exec.Command("bash", "../../scripts/bench-gpu.sh").CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 || !strings.Contains(string(out), "bench-gpu: no NVIDIA GPU here") {
		t.Fatalf("exit %v, output:\n%s", err, out)
	}
}
