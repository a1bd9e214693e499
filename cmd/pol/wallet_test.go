package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pol-network/pol/chain/anvil"
	"github.com/pol-network/pol/chain/keys"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/calibrate"
)

// wallet runs `pol wallet args...` and returns exit code, stdout, stderr.
func wallet(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := runMain(append([]string{"wallet"}, args...), &out, &errs)
	return code, out.String(), errs.String()
}

func walletOK(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := wallet(t, args...)
	if code != 0 {
		t.Fatalf("pol wallet %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

// A miner with a keystore key and a requester with a dev key go through
// staking, a job's submission and cancellation, refunds and unbonding.
func TestWalletAgainstDevchain(t *testing.T) {
	inf, _ := startDevchain(t)
	t.Setenv("POL_RPC", inf.HTTP)
	t.Setenv("POL_CONTRACT", inf.Contract)

	// The miner's key (dev key 1) lives in an encrypted keystore.
	ks := t.TempDir()
	k1, _ := keys.Dev(1)
	if _, err := keys.Import(ks, k1, "miner-pw", true); err != nil {
		t.Fatal(err)
	}
	t.Setenv("POL_TEST_MINER_PW", "miner-pw")
	miner := []string{"-keystore", ks, "-password-env", "POL_TEST_MINER_PW"}

	out := walletOK(t, append([]string{"stake", "-role", "miner", "-amount", "2"}, miner...)...)
	if !strings.Contains(out, "is a Miner with 2 ETH staked") {
		t.Fatalf("stake: %s", out)
	}
	out = walletOK(t, append([]string{"stake", "-amount", "0.5"}, miner...)...)
	if !strings.Contains(out, "with 2.5 ETH staked") {
		t.Fatalf("top-up: %s", out)
	}
	out = walletOK(t, "balance", "-dev-key", "1")
	if !regexp.MustCompile(`role\s+Miner\nstake\s+2\.5 ETH`).MatchString(out) {
		t.Fatalf("balance: %s", out)
	}

	out = walletOK(t, "events", "-from", "1", "-events", "Staked")
	if want := "Staked Account=0x70997970C51812dc3A010C7d01b50e0d17dc79C8 Role=Miner Amount=500000000000000000 Stake=2500000000000000000\n"; strings.Count(out, "Staked") != 2 || !strings.HasSuffix(out, want) {
		t.Fatalf("events: %s", out)
	}

	out = walletOK(t, "model", "-id", "1")
	if !strings.Contains(out, "id         0xd43346486e3f74ea68cb23e2fcf54cdd28b84ac6b21e172f97eb9599f8146856") ||
		!strings.Contains(out, bundledLine(models.ProfileCPUF32)+bundledLine(models.ProfileCPUF16)) {
		t.Fatalf("model: %s", out)
	}
	if code, _, errs := wallet(t, "model", "-id", "9"); code != 1 || !strings.Contains(errs, "getModel reverted: UnknownModel(modelId=9)") {
		t.Fatalf("unknown model: exit %d: %s", code, errs)
	}

	// pol devchain registered the bundled model as model 1; this is model 2.
	// An uncalibrated model id gets no default thresholds: the command says
	// what to run ...
	other := "0x" + strings.Repeat("11", 32)
	if code, _, errs := wallet(t, "register-model", "-dev-key", "0", "-id", other); code != 1 ||
		!strings.Contains(errs, "no calibrated thresholds for this model: model "+other+"; run `pol calibrate -model MODEL -out DIR` and pass -calibration DIR/calibration.json") {
		t.Fatalf("register-model of an uncalibrated id: exit %d: %s", code, errs)
	}
	// ... unless the owner types every value.
	out = walletOK(t, "register-model", "-dev-key", "0", "-id", other, "-max-delta", "0.05", "-max-kl", "0.01", "-tie-margin", "0.05", "-span", "2048")
	if !strings.Contains(out, "model 2 = "+other) ||
		!strings.Contains(out, "thresholds v1 cpu-f16kv: top-32 max|Δlogprob| <= 0.05, KL <= 0.01, tie margin 0.05, span 2048 tokens\nsource     typed on the command line, not calibrated") {
		t.Fatalf("register-model -id: %s", out)
	}
	// ... a model file its id and calibrated thresholds, with explicit flags on top.
	out = walletOK(t, "register-model", "-dev-key", "0", "-model", "bundled", "-max-delta", "0.02")
	if !strings.Contains(out, "model 3 = 0xd43346486e3f74ea68cb23e2fcf54cdd28b84ac6b21e172f97eb9599f8146856") ||
		!strings.Contains(out, fmt.Sprintf("thresholds v1 cpu-f32kv: top-32 max|Δlogprob| <= 0.02, KL <= %g, tie margin %g, span %d tokens",
			models.BundledThresholds[models.ProfileCPUF32].MaxKL, models.BundledThresholds[models.ProfileCPUF32].TieMargin, models.BundledThresholds[models.ProfileCPUF32].Span)) {
		t.Fatalf("register-model -model: %s", out)
	}
	// A calibration file registers exactly its thresholds, under its model
	// id; set-thresholds adds the next version from a newer calibration.
	cal := writeCalibration(t, "0x"+strings.Repeat("22", 32), 0.003)
	if code, _, errs := wallet(t, "register-model", "-dev-key", "0", "-calibration", cal, "-max-delta", "1"); code != 1 || !strings.Contains(errs, "registers exactly the calibrated thresholds") {
		t.Fatalf("register-model -calibration with a threshold flag: exit %d: %s", code, errs)
	}
	if code, _, errs := wallet(t, "register-model", "-dev-key", "0", "-calibration", cal, "-id", other); code != 1 || !strings.Contains(errs, "is for model 0x2222") {
		t.Fatalf("register-model -calibration of another model: exit %d: %s", code, errs)
	}
	out = walletOK(t, "register-model", "-dev-key", "0", "-calibration", cal)
	if !strings.Contains(out, "model 4 = 0x"+strings.Repeat("22", 32)) ||
		!strings.Contains(out, "thresholds v1 cpu-f32kv: top-32 max|Δlogprob| <= 0.003, KL <= 4.5e-06, tie margin 0.003, span 512 tokens\nsource     calibrated in "+cal) {
		t.Fatalf("register-model -calibration: %s", out)
	}
	cal2 := writeCalibration(t, "0x"+strings.Repeat("22", 32), 0.004)
	out = walletOK(t, "set-thresholds", "-dev-key", "0", "-model-id", "4", "-calibration", cal2)
	if !strings.Contains(out, "thresholds v2 cpu-f32kv: top-32 max|Δlogprob| <= 0.004") {
		t.Fatalf("set-thresholds: %s", out)
	}
	if out = walletOK(t, "model", "-id", "4"); !strings.Contains(out, "thresholds v2 cpu-f32kv: top-k 32, max delta 0.004, max KL 8e-06, tie margin 0.004, jobs up to 512 tokens (prompt + generated)") || strings.Contains(out, "cpu-f16kv") {
		t.Fatalf("model 4 after set-thresholds: %s", out)
	}
	if code, _, errs := wallet(t, "set-thresholds", "-dev-key", "0", "-model-id", "3", "-calibration", cal2); code != 1 || !strings.Contains(errs, "is for model 0x2222") {
		t.Fatalf("set-thresholds with another model's calibration: exit %d: %s", code, errs)
	}
	if code, _, errs := wallet(t, "register-model", "-dev-key", "0"); code != 1 || !strings.Contains(errs, "exactly one of -model or -id") {
		t.Fatalf("register-model without a model: exit %d: %s", code, errs)
	}
	out = walletOK(t, "submit", "-dev-key", "2", "-model-id", "1", "-prompt", "Once upon a time", "-fee", "0.1")
	m := regexp.MustCompile(`job\s+(0x[0-9a-f]{64})`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("submit: %s", out)
	}
	job := m[1]
	if out = walletOK(t, "job", "-job", job); !regexp.MustCompile(`status\s+Open`).MatchString(out) {
		t.Fatalf("job: %s", out)
	}
	// The audit counts the open job's fee as escrow, and the books balance.
	out = walletOK(t, "audit", "-from", "1")
	if !strings.Contains(out, "escrow       100000000000000000 wei (0.1 ETH), 1 jobs not ended\n") ||
		!strings.Contains(out, "stakes       2500000000000000000 wei (2.5 ETH), 3 accounts\n") ||
		!strings.Contains(out, "unaccounted  0 wei (0 ETH)\n") {
		t.Fatalf("audit with an open job: %s", out)
	}

	// Before its deadline only the requester may cancel; the error says why.
	code, _, errs := wallet(t, "cancel", "-dev-key", "3", "-job", job)
	if code != 1 || !strings.Contains(errs, "cancelJob reverted: NotCancellable(jobId="+job+")") {
		t.Fatalf("cancel by a stranger: exit %d: %s", code, errs)
	}
	walletOK(t, "cancel", "-dev-key", "2", "-job", job)
	if out = walletOK(t, "job", "-job", job); !regexp.MustCompile(`status\s+Cancelled`).MatchString(out) {
		t.Fatalf("job after cancel: %s", out)
	}
	out = walletOK(t, "balance", "-dev-key", "2", "-wei")
	if !regexp.MustCompile(`stake\s+0 wei\nowed\s+100000000000000000 wei\n`).MatchString(out) {
		t.Fatalf("balance -wei: %s", out)
	}
	out = walletOK(t, "audit", "-from", "1")
	if !strings.Contains(out, "escrow       0 wei (0 ETH), 0 jobs not ended\n") ||
		!strings.Contains(out, "owed         100000000000000000 wei (0.1 ETH)\n") ||
		!strings.Contains(out, "unaccounted  0 wei (0 ETH)\n") {
		t.Fatalf("audit after the cancel: %s", out)
	}
	if out = walletOK(t, "withdraw", "-dev-key", "2"); !strings.Contains(out, "withdrew 0.1 ETH") {
		t.Fatalf("refund: %s", out)
	}
	// The next job takes the cancelled job's record (a new id, one generation
	// on): the contract no longer shows the old job, the wallet tells its end
	// from the events, and the audit still balances.
	out = walletOK(t, "submit", "-dev-key", "2", "-model-id", "1", "-prompt", "Once upon a time", "-fee", "0.1")
	if m2 := regexp.MustCompile(`job\s+(0x[0-9a-f]{64})`).FindStringSubmatch(out); m2 == nil || m2[1][:58] != job[:58] || m2[1] == job {
		t.Fatalf("the job after the cancel should take its record (same id up to the generation): %s vs %s", out, job)
	}
	out = walletOK(t, "job", "-job", job)
	if !regexp.MustCompile(`status\s+Cancelled \(block \d+\): refund 0.1 ETH`).MatchString(out) || !strings.Contains(out, "a later job reuses its storage") {
		t.Fatalf("job whose record was reused: %s", out)
	}
	// A late cancel, release or prompt publish of the old id reaches nothing
	// and says where the job's end is told.
	code, _, errs = wallet(t, "cancel", "-dev-key", "2", "-job", job)
	if code != 1 || !strings.Contains(errs, "cancelJob reverted: UnknownJob(jobId="+job+")") || !strings.Contains(errs, "pol wallet job -job "+job+" prints its end") {
		t.Fatalf("cancel of the job whose record was reused: exit %d: %s", code, errs)
	}
	code, _, errs = wallet(t, "release", "-dev-key", "2", "-job", job)
	if code != 1 || !strings.Contains(errs, "UnknownJob") || !strings.Contains(errs, "pol wallet job -job "+job) {
		t.Fatalf("release of the job whose record was reused: exit %d: %s", code, errs)
	}
	code, _, errs = wallet(t, "publish", "-dev-key", "2", "-job", job, "-prompt", "Once upon a time", "-bootstrap", "/ip4/127.0.0.1/tcp/1")
	if code != 1 || !strings.Contains(errs, "has ended (a later job reuses its storage): its prompt is no longer needed") {
		t.Fatalf("publish for the job whose record was reused: exit %d: %s", code, errs)
	}
	out = walletOK(t, "audit", "-from", "1")
	if !strings.Contains(out, "escrow       100000000000000000 wei (0.1 ETH), 1 jobs not ended\n") || !strings.Contains(out, "unaccounted  0 wei (0 ETH)\n") {
		t.Fatalf("audit after a record was reused: %s", out)
	}

	out = walletOK(t, append([]string{"unstake"}, miner...)...)
	if !strings.Contains(out, "unbonding 2.5 ETH") || !strings.Contains(out, "0 ETH stays staked") {
		t.Fatalf("unstake: %s", out)
	}
	code, _, errs = wallet(t, append([]string{"withdraw"}, miner...)...)
	if code != 1 || !strings.Contains(errs, "withdraw reverted: UnbondingNotReady(readyAt=") {
		t.Fatalf("early withdraw: exit %d: %s", code, errs)
	}

	// Wrong password: a clear error that does not echo the password.
	t.Setenv("POL_TEST_MINER_PW", "wrong-pw")
	code, _, errs = wallet(t, append([]string{"withdraw"}, miner...)...)
	if code != 1 || !strings.Contains(errs, "could not decrypt key with given password") || strings.Contains(errs, "wrong-pw") {
		t.Fatalf("wrong password: exit %d: %s", code, errs)
	}
}

func TestWalletNewKey(t *testing.T) {
	dir := t.TempDir()
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ks := filepath.Join(dir, "ks")
	out := walletOK(t, "new", "-keystore", ks, "-password-file", pw, "-light-kdf")
	m := regexp.MustCompile(`address\s+(0x[0-9a-fA-F]{40})`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("new: %s", out)
	}
	if _, err := keys.Load(ks, [20]byte{}, "s3cret"); err != nil {
		t.Fatalf("the new key does not load: %v", err)
	}
	if strings.Contains(out, "s3cret") {
		t.Fatal("password printed")
	}
}

func TestWalletUsage(t *testing.T) {
	code, _, errs := wallet(t)
	if code != 2 || !strings.Contains(errs, "submit") || !strings.Contains(errs, "withdraw") {
		t.Fatalf("bare wallet: exit %d\n%s", code, errs)
	}
	if code, _, _ = wallet(t, "frobnicate"); code != 2 {
		t.Fatalf("unknown subcommand: exit %d", code)
	}
	if code, _, errs = wallet(t, "withdraw", "-contract", "0x0000000000000000000000000000000000000001", "-rpc", "http://127.0.0.1:1"); code != 1 || !strings.Contains(errs, "-keystore") {
		t.Fatalf("withdraw without a key: exit %d\n%s", code, errs)
	}
	if code, _, errs = wallet(t, "balance", "-contract", "nope"); code != 1 || !strings.Contains(errs, "not an address") {
		t.Fatalf("bad contract: exit %d\n%s", code, errs)
	}
}

// Dev keys are public: the wallet refuses them on a chain that is not a dev chain.
func TestWalletRefusesDevKeyOffDevChains(t *testing.T) {
	bin, err := anvil.Find()
	if errors.Is(err, anvil.ErrNotInstalled) {
		t.Skip("anvil not installed (.tools/bin/anvil absent): run scripts/install-chain-tools.sh")
	}
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := anvil.Start(ctx, bin, "--chain-id", "5")
	if err != nil {
		t.Fatal(err)
	}
	defer n.Stop()
	code, _, errs := wallet(t, "withdraw", "-dev-key", "0", "-rpc", n.URL, "-contract", "0x0000000000000000000000000000000000000001")
	if code != 1 || !strings.Contains(errs, "-dev-key refused on chain id 5") {
		t.Fatalf("exit %d: %s", code, errs)
	}
}

// writeCalibration writes a minimal calibration.json for model id whose
// all-profiles MaxDelta is d (the wallet reads only the thresholds).
func writeCalibration(t *testing.T, id string, d float64) string {
	t.Helper()
	th := calibrate.JSONThresholds{Version: 1, TopK: 32, MaxDelta: d, MaxKL: d * d / 2, TieMargin: d, Span: 512}
	c := calibrate.Calibration{Schema: calibrate.Schema, Model: calibrate.ModelInfo{ID: id},
		All:      calibrate.ProfileChoice{Profile: calibrate.AllProfiles, ProfileName: "all", Thresholds: th},
		Profiles: []calibrate.ProfileChoice{{Profile: models.ProfileCPUF32, ProfileName: "cpu-f32kv", Thresholds: th}}}
	path := filepath.Join(t.TempDir(), "calibration.json")
	if err := c.Save(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// bundledLine is `wallet model`'s line for the bundled model's registered
// thresholds of profile p.
func bundledLine(p models.Profile) string {
	th := models.BundledThresholds[p]
	return fmt.Sprintf("thresholds v1 %s: top-k %d, max delta %g, max KL %g, tie margin %g, jobs up to %d tokens (prompt + generated)\n",
		p, th.TopK, th.MaxDelta, th.MaxKL, th.TieMargin, th.Span)
}
