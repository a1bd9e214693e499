package main

import (
	"context"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/params"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

// TestDevnetEndToEnd runs the whole network in-process: the embedded dev
// chain with the contract, the bundled model registered, four miners with
// real ggml engines and three validators with the plain-Go engine, each with
// its own libp2p host on 127.0.0.1. One job per miner:
//
//   - miner-0 is honest: the job passes, the miner and the pass voters are paid;
//   - miner-1 generates with a Q8_0 copy of the model: the job fails and the
//     miner's stake is slashed;
//   - miner-2 commits honestly but answers no reveal: the job fails on
//     no-reveal votes and the miner is slashed;
//   - miner-3 is honest with an f16 KV cache (an admitted precision) and is
//     stopped and restarted after its commit: the restarted process keeps
//     serving reveals and the job passes.
//
// validator-0 is restarted at the same moment: it still attests on every job.
func TestDevnetEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain, 8 libp2p hosts and 7 engines")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	var out lockedBuffer
	d, err := startDevnet(ctx, devnetConfig{
		miners:     []string{behaveHonest, behaveQuantized, behaveSilent, behaveF16KV},
		validators: 3, k: 2, attestWindow: 6, blockPeriod: time.Second, maxTokens: 6, threads: 1,
		validatorEngine: "ref", dataDir: t.TempDir(), out: &out,
		log: slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn})),
	})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	defer func() { t.Logf("devnet output:\n%s", out.String()) }()

	ids := make([]logits.JobID, 4)
	for i := range ids {
		if ids[i], err = d.submit(ctx, devnetPrompts[i], i); err != nil {
			t.Fatalf("submit job %d: %v", i, err)
		}
	}
	if err := d.obs.waitCommitted(ctx, ids[3]); err != nil {
		t.Fatal(err)
	}
	if err := d.restartMiner(3); err != nil {
		t.Fatal(err)
	}
	if err := d.restartValidator(0); err != nil {
		t.Fatal(err)
	}
	lives, err := d.obs.waitSettled(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}

	half := new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(2))
	for i, want := range []struct {
		outcome chain.JobStatus
		verdict chain.Verdict
		stake   *big.Int
	}{
		{chain.StatusPassed, chain.VerdictPass, big.NewInt(params.Ether)},
		{chain.StatusFailed, chain.VerdictFail, half},
		{chain.StatusFailed, chain.VerdictNoReveal, half},
		{chain.StatusPassed, chain.VerdictPass, big.NewInt(params.Ether)},
	} {
		l := lives[ids[i]]
		if l.outcome != want.outcome || l.miner != d.miners[i].name {
			t.Errorf("job %d: %s committed by %q, want %s by %s", i, l.outcome, l.miner, want.outcome, d.miners[i].name)
		}
		// The stake-weighted draw stops after 4C draws, so with 3 equal
		// validators a committee of 2 happens (~2% of jobs); a failed job
		// needs at least 2 votes against. Every drawn member must vote.
		if len(l.committee) < 2 || len(l.verdicts) != len(l.committee) {
			t.Errorf("job %d: %d verdicts %v from committee %v, want one from every member (at least 2)", i, len(l.verdicts), l.verdicts, l.committee)
		}
		for _, member := range l.committee {
			if _, ok := l.verdicts[member]; !ok {
				t.Errorf("job %d: committee member %s did not attest", i, member)
			}
		}
		for v, got := range l.verdicts {
			if got != want.verdict {
				t.Errorf("job %d: %s attested %s, want %s", i, v, got, want.verdict)
			}
		}
		a, err := d.miners[i].cl.Account(ctx, d.miners[i].cl.From())
		if err != nil {
			t.Fatal(err)
		}
		if a.Stake.Cmp(want.stake) != 0 {
			t.Errorf("%s: stake %s wei, want %s", d.miners[i].name, a.Stake, want.stake)
		}
		if want.outcome == chain.StatusPassed && l.payout.Sign() <= 0 {
			t.Errorf("job %d passed without paying the miner", i)
		}
	}
	// each validator voted with the majority everywhere: two passes paid
	// it a share of the validator cut and two fails a share of the slashes
	for _, v := range d.validators {
		a, err := v.cl.Account(ctx, v.cl.From())
		if err != nil {
			t.Fatal(err)
		}
		if a.Owed.Sign() <= 0 || a.Stake.Cmp(big.NewInt(params.Ether)) != 0 {
			t.Errorf("%s: owed %s, stake %s: want paid and unslashed", v.name, a.Owed, a.Stake)
		}
	}
	for _, want := range []string{"restart    miner-3 stopped", "restart    validator-0 stopped", "settled Failed", "slashed miner-1", "slashed miner-2", "text "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("devnet output lacks %q", want)
		}
	}
}

// testWriter sends log lines to the test log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
