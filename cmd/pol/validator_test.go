package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/models/synth"
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
		{[]string{"miner", "-store-work", "async"}, 2, `-store-work: store work "async": want inline or pipelined`},
		{[]string{"miner", "-leaf", "sha-256"}, 2, `-leaf: leaf "sha-256": want blake3, sha256 or auto`},
		{[]string{"bench", "-store-work", "async", "-n", "2", "-runs", "1", "-what", "commit"}, 2, `-store-work: store work "async"`},
		{[]string{"bench", "-leaf", "md5", "-n", "2", "-runs", "1", "-what", "commit"}, 2, `-leaf: leaf "md5"`},
	} {
		code, _, stderr := runPol(t, c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("pol %v: exit %d, stderr %q; want exit %d and %q", c.args, code, stderr, c.code, c.want)
		}
	}
}

// A validator given a model the contract has no thresholds for refuses to
// start and says how to get them registered; it never judges with defaults.
func TestValidatorRefusesModelWithoutThresholds(t *testing.T) {
	inf, _ := startDevchain(t)
	t.Setenv("POL_RPC", inf.HTTP)
	t.Setenv("POL_CONTRACT", inf.Contract)
	walletOK(t, "stake", "-role", "validator", "-amount", "1", "-dev-key", "3")
	path := filepath.Join(t.TempDir(), "other.gguf")
	if err := synth.WriteLlama(path, newShapes[1]); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runPol(t, "validator", "-data-dir", t.TempDir(), "-dev-key", "3", "-model", path)
	for _, want := range []string{"no calibrated thresholds for this model: model 0x", "has no registered thresholds on contract " + inf.Contract,
		"pol calibrate -model MODEL -out DIR", "pol wallet register-model -calibration DIR/calibration.json"} {
		if code != 1 || !strings.Contains(errs, want) {
			t.Errorf("exit %d, stderr lacks %q:\n%s", code, want, errs)
		}
	}
}

func TestValidatorModelCheck(t *testing.T) {
	if note, err := checkValidatorModel(chain.Account{ValidatorModel: 2}, 2); note != "" || err != nil {
		t.Fatalf("staked for the served model: %q, %v", note, err)
	}
	if _, err := checkValidatorModel(chain.Account{ValidatorModel: 3}, 2); err == nil || !strings.Contains(err.Error(), "staked as a validator of model 3, but this node serves model 2") {
		t.Fatalf("staked for another model: %v", err)
	}
	if note, err := checkValidatorModel(chain.Account{}, 2); err != nil || !strings.Contains(note, "-model-id 2") {
		t.Fatalf("staked for every model: %q, %v", note, err)
	}
}
