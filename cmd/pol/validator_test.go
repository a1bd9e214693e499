package main

import (
	"strings"
	"testing"
)

// Bad flags of the daemon commands and of pol devnet exit with code 2 and
// say which flag is wrong, before anything starts.
func TestDaemonAndDevnetUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"devnet", "-miners", "0"}, 2, "-miners 0 outside 1..6"},
		{[]string{"devnet", "-validators", "1"}, 2, "a failed job needs two voters against"},
		{[]string{"devnet", "-cheat", "bribe"}, 2, `unknown -cheat "bribe"`},
		{[]string{"devnet", "-block-period", "1500ms"}, 2, "whole seconds"},
		{[]string{"devnet", "-validator-engine", "onnx"}, 2, `unknown -validator-engine "onnx"`},
		{[]string{"validator", "-engine", "onnx"}, 2, `unknown -engine "onnx"`},
		{[]string{"miner", "-contract", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "-dev-key", "2"}, 1, "-data-dir is required"},
		{[]string{"miner", "-data-dir", t.TempDir(), "-contract", "nope"}, 1, `-contract "nope" is not an address`},
		{[]string{"validator", "-data-dir", t.TempDir(), "stray"}, 2, "unexpected arguments"},
	} {
		code, _, stderr := runPol(t, c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("pol %v: exit %d, stderr %q; want exit %d and %q", c.args, code, stderr, c.code, c.want)
		}
	}
}
