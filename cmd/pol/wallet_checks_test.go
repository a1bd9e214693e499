package main

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/keys"
	"github.com/pol-network/pol/internal/node"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

// walletChain is a pol devchain with the wallet pointed at it and a read
// client for assertions.
func walletChain(t *testing.T) (devchainInfo, *chain.Client) {
	t.Helper()
	inf, _ := startDevchain(t)
	t.Setenv("POL_RPC", inf.HTTP)
	t.Setenv("POL_CONTRACT", inf.Contract)
	ec, err := ethclient.Dial(inf.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ec.Close)
	cl, err := chain.New(context.Background(), ec, common.HexToAddress(inf.Contract), nil, chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return inf, cl
}

// escrowState is what a refused submit must leave untouched: the id the
// contract gives the next job and the requester's balance.
func escrowState(t *testing.T, cl *chain.Client, who common.Address) (logits.JobID, *big.Int) {
	t.Helper()
	ctx := context.Background()
	next, err := cl.NextJobID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bal, err := cl.Backend().BalanceAt(ctx, who, nil)
	if err != nil {
		t.Fatal(err)
	}
	return next, bal
}

// promptOfTokens builds a story prompt of exactly n tokens (BOS included)
// under the bundled model's real tokenizer.
func promptOfTokens(t *testing.T, n int) string {
	t.Helper()
	path, err := models.BundledModelPath(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	f, err := models.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields(strings.Repeat("Once upon a time, there was a little girl named Lily. She loved to play outside in the park with her dog. ", 200))
	count := func(s string) int {
		toks, err := f.Tokenizer.Encode(s)
		if err != nil {
			t.Fatal(err)
		}
		return len(toks)
	}
	// Grow word by word, then pad with single-token pieces to hit n exactly.
	var b strings.Builder
	for _, w := range words {
		if count(b.String()+" "+w) > n {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	s := b.String()
	for count(s) < n {
		s += "."
	}
	if got := count(s); got != n {
		t.Fatalf("built a prompt of %d tokens, want %d", got, n)
	}
	return s
}

// Issue 12: a prompt of 100 KB (beyond what the jobs topic carries), of 1 MB
// (through -prompt-file), and one of 2,370 tokens against the bundled
// model's 2,048-token context are refused with a clear error before the fee
// is sent: no job on chain, the requester's balance untouched.
func TestWalletSubmitRefusesUnservableJobsBeforeTheFee(t *testing.T) {
	_, cl := walletChain(t)
	k2, _ := keys.Dev(2)
	requester := crypto.PubkeyToAddress(k2.PublicKey)
	dir := t.TempDir()

	path, err := models.BundledModelPath(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	f, err := models.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if f.Config.ContextLen != 2048 {
		t.Fatalf("the bundled model's context is %d, this test assumes 2,048", f.Config.ContextLen)
	}

	story := "Once upon a time, there was a little girl named Lily. She loved to play outside. "
	kb100 := filepath.Join(dir, "100k.txt")
	mb1 := filepath.Join(dir, "1m.txt")
	long := filepath.Join(dir, "long.txt")
	if err := os.WriteFile(kb100, []byte(strings.Repeat(story, 100<<10/len(story)+1)[:100<<10]), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(mb1, []byte(strings.Repeat(story, 1<<20/len(story)+1)[:1<<20]), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(long, []byte(promptOfTokens(t, 2370)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []string
		want []string
	}{
		{"100 KB", []string{"-prompt-file", kb100}, []string{"is 102400 bytes", "at most 65", "no fee escrowed"}},
		{"100 KB inline", []string{"-prompt", strings.Repeat("a", 100<<10)}, []string{"the prompt is 102400 bytes", "jobs topic carries at most 65536", "no fee escrowed"}},
		{"1 MB", []string{"-prompt-file", mb1}, []string{"is 1048576 bytes", "at most 65", "nothing was sent"}},
		{"2,370 tokens", []string{"-prompt-file", long}, []string{"the prompt is 2370 tokens and max tokens 64", "context of 2048 tokens", "no fee escrowed"}},
		{"fits alone, not with max tokens", []string{"-prompt", "Once upon a time", "-max-tokens", "2044"}, []string{"the prompt is 5 tokens and max tokens 2044", "context of 2048"}},
	} {
		next0, bal0 := escrowState(t, cl, requester)
		code, out, errs := wallet(t, append([]string{"submit", "-dev-key", "2", "-fee", "0.1"}, c.args...)...)
		if code != 1 {
			t.Fatalf("%s: exit %d, want 1\n%s%s", c.name, code, out, errs)
		}
		for _, w := range c.want {
			if !strings.Contains(errs, w) {
				t.Errorf("%s: error lacks %q:\n%s", c.name, w, errs)
			}
		}
		next1, bal1 := escrowState(t, cl, requester)
		if next1 != next0 || bal1.Cmp(bal0) != 0 {
			t.Fatalf("%s: a refused submit changed the chain: next job id %v -> %v, balance %v -> %v", c.name, next0, next1, bal0, bal1)
		}
	}

	// The registered thresholds' longest calibrated span bounds a job as
	// the context does (review H2: no miner takes a longer one, validators
	// would refuse its commitment); below it, the context.
	longest := 0
	for _, th := range models.BundledThresholds {
		longest = max(longest, th.Span)
	}
	limit := min(2048, longest)
	if limit < 2048 {
		next0, bal0 := escrowState(t, cl, requester)
		code, _, errs := wallet(t, "submit", "-dev-key", "2", "-fee", "0.1", "-prompt", "Once upon a time", "-max-tokens", strconv.Itoa(limit-4))
		if code != 1 || !strings.Contains(errs, "calibrated over at most") || !strings.Contains(errs, fmt.Sprintf("lower -max-tokens to %d", limit-5)) {
			t.Fatalf("a job one token beyond the calibrated span %d: exit %d\n%s", limit, code, errs)
		}
		if next1, bal1 := escrowState(t, cl, requester); next1 != next0 || bal1.Cmp(bal0) != 0 {
			t.Fatal("a submit refused for its span changed the chain")
		}
	}
	// The boundary: prompt + max tokens = the limit is accepted and escrowed.
	next0, _ := escrowState(t, cl, requester)
	out := walletOK(t, "submit", "-dev-key", "2", "-fee", "0.1", "-prompt", "Once upon a time", "-max-tokens", strconv.Itoa(limit-5))
	if !strings.Contains(out, "job ") {
		t.Fatalf("submit at the context bound: %s", out)
	}
	if !strings.Contains(out, next0.String()) {
		t.Fatalf("submit at the context bound did not get the next job id %s:\n%s", next0, out)
	}
	if next1, _ := escrowState(t, cl, requester); next1 == next0 {
		t.Fatalf("next job id still %v after an accepted submit", next1)
	}
	// A model file that is not the registered one is refused, not guessed.
	code, _, errs := wallet(t, "submit", "-dev-key", "2", "-fee", "0.1", "-prompt", "x", "-model", path, "-model-id", "2")
	if code != 1 || !strings.Contains(errs, "model 2") {
		t.Fatalf("unknown model id: exit %d\n%s", code, errs)
	}
}

// A job whose prompt did not reach anyone is published again with pol wallet
// publish (only the right text, only by the requester), and an operator
// releases a claim with pol wallet release so the requester can cancel.
func TestWalletPublishAgainAndRelease(t *testing.T) {
	inf, cl := walletChain(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	key, _ := keys.Dev(5)
	n, err := node.Start(ctx, node.Config{Key: key, Chain: cl, Listen: []string{"/ip4/127.0.0.1/tcp/0"}, Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	sub, err := n.Gossip.SubscribeJobs()
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Cancel()

	prompt := promptOfTokens(t, 300)
	file := filepath.Join(t.TempDir(), "prompt.txt")
	if err := os.WriteFile(file, []byte(prompt), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := wallet(t, "submit", "-dev-key", "2", "-prompt-file", file, "-fee", "0.1", "-publish-wait", "1s",
		"-bootstrap", "/ip4/127.0.0.1/tcp/1/p2p/"+n.Host.ID().String())
	m := regexp.MustCompile(`job\s+(0x[0-9a-f]{64})`).FindStringSubmatch(out)
	if code != 1 || m == nil || !strings.Contains(errs, "pol wallet publish "+m[1]) {
		t.Fatalf("unreachable bootstrap: exit %d\n%s%s", code, out, errs)
	}
	job := m[1]

	code, _, errs = wallet(t, "publish", job, "-dev-key", "2", "-prompt", prompt+" ", "-bootstrap", n.Addr())
	if code != 1 || !strings.Contains(errs, "not the job's prompt") {
		t.Fatalf("wrong text: exit %d\n%s", code, errs)
	}
	code, _, errs = wallet(t, "publish", job, "-dev-key", "3", "-prompt-file", file, "-bootstrap", n.Addr())
	if code != 1 || !strings.Contains(errs, "only the requester's key") {
		t.Fatalf("other key: exit %d\n%s", code, errs)
	}
	out = walletOK(t, "publish", job, "-dev-key", "2", "-prompt-file", file, "-bootstrap", n.Addr())
	if !strings.Contains(out, "published the prompt of job "+job) {
		t.Fatalf("publish: %s", out)
	}
	got, err := sub.Next(ctx)
	if err != nil {
		t.Fatalf("the node never received the prompt: %v", err)
	}
	if got.Msg.JobID.String() != job || got.Msg.Prompt != prompt {
		t.Fatalf("received job %s (%d bytes of prompt), want %s", got.Msg.JobID, len(got.Msg.Prompt), job)
	}

	// A miner claims it (as a miner that cannot serve it would), its operator releases the claim.
	walletOK(t, "stake", "-dev-key", "4", "-role", "miner", "-amount", "3")
	mk, _ := keys.Dev(4)
	miner := cl.WithKey(mk)
	jobID, _ := parseJob(job)
	if _, err := miner.ClaimJob(ctx, jobID); err != nil {
		t.Fatal(err)
	}
	code, _, errs = wallet(t, "cancel", "-dev-key", "2", "-job", job)
	if code != 1 || !strings.Contains(errs, "NotCancellable") {
		t.Fatalf("cancel of a live claim: exit %d\n%s", code, errs)
	}
	code, _, errs = wallet(t, "release", job, "-dev-key", "3")
	if code != 1 || !strings.Contains(errs, "NotClaimHolder") {
		t.Fatalf("release by a non-holder: exit %d\n%s", code, errs)
	}
	out = walletOK(t, "release", job, "-dev-key", "4")
	if !strings.Contains(out, "released the claim on "+job) || !strings.Contains(out, "0 ETH of collateral stays locked") {
		t.Fatalf("release: %s", out)
	}
	out = walletOK(t, "cancel", "-dev-key", "2", "-job", job)
	if !strings.Contains(out, "cancelled "+job) {
		t.Fatalf("cancel after release: %s", out)
	}

	// A committed job shows its verdict windows (they move with a late draw).
	out = walletOK(t, "submit", "-dev-key", "2", "-prompt", "Once upon a time", "-fee", "0.1", "-max-tokens", "4")
	m = regexp.MustCompile(`job\s+(0x[0-9a-f]{64})`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("submit: %s", out)
	}
	second, _ := parseJob(m[1])
	if _, err := miner.ClaimJob(ctx, second); err != nil {
		t.Fatal(err)
	}
	seedBlock, err := miner.Commit(ctx, second, logits.Hash{1}, 4, logits.Hash{2}, []uint32{5, 6, 7, 8})
	if err != nil {
		t.Fatal(err)
	}
	p, err := cl.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out = walletOK(t, "job", "-job", m[1])
	commitEnd := seedBlock + uint64(p.AttestWindow)
	want := fmt.Sprintf("windows    seed block %d; verdict commitments until block %d, reveals until block %d\n", seedBlock, commitEnd, commitEnd+uint64(p.RevealWindow))
	if !strings.Contains(out, want) {
		t.Fatalf("job after commit, want %q:\n%s", want, out)
	}

	// A validator names the model it recomputes; a wrong id is refused with the contract's reason.
	out = walletOK(t, "stake", "-dev-key", "6", "-role", "validator", "-amount", "1", "-model-id", "1")
	if !strings.Contains(out, "is a Validator with 1 ETH staked, drawn for model 1's jobs") {
		t.Fatalf("stake for a model: %s", out)
	}
	six, _ := keys.DevAddress(6)
	if a, err := cl.Account(ctx, six); err != nil || a.ValidatorModel != 1 {
		t.Fatalf("account of a model-1 validator: %+v, %v", a, err)
	}
	if code, _, errs := wallet(t, "stake", "-dev-key", "7", "-role", "validator", "-amount", "1", "-model-id", "99"); code != 1 || !strings.Contains(errs, "UnknownModel") {
		t.Fatalf("stake for an unknown model: exit %d\n%s", code, errs)
	}
	if code, _, errs := wallet(t, "stake", "-dev-key", "7", "-role", "miner", "-amount", "1", "-model-id", "1"); code != 1 || !strings.Contains(errs, "-model-id is for validators") {
		t.Fatalf("a miner with a model id: exit %d\n%s", code, errs)
	}
	_ = inf
}
