package devnet

import (
	"context"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/params"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

// TestDevnetEscalationOverrulesAGriefer runs settlement v2's escalation with
// the real daemons: six validators, of which griefer-0 stakes 50 ether (the
// stake-weighted draw puts it on round one, usually alone: the draws that hit
// it again are repeats) and reveals Fail on an honest job while round one's
// other members, if any, reveal Pass. Settle escalates the
// job; the validators that watched round one draw round two, check round
// one's challenge set at the miner (which serves them), reveal Pass in
// round two's windows and settle: the job passes, the miner is paid, every
// Pass voter of both rounds is rewarded, the griefer is penalised and no
// honest validator is.
func TestDevnetEscalationOverrulesAGriefer(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain, 8 libp2p hosts and 7 engines")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var out lockedBuffer
	const grieferStake = 50
	d, err := Start(ctx, Config{
		Miners: []string{behaveHonest}, Validators: 6, Griefers: 1, GrieferStake: grieferStake, K: 4, AttestWindow: 6,
		BlockPeriod: time.Second, MaxTokens: 6, Threads: 1, ValidatorEngine: "ref", DataDir: t.TempDir(), Out: &out,
		Log: slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: devnetLogLevel()})),
	})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	defer func() { t.Logf("devnet output:\n%s", out.String()) }()

	id, err := d.submit(ctx, Prompts[0], 0)
	if err != nil {
		t.Fatal(err)
	}
	lives, err := d.obs.waitSettled(ctx, []logits.JobID{id})
	if err != nil {
		t.Fatal(err)
	}
	l := lives[id]
	if !l.escalated || l.outcome != chain.StatusPassed || l.payout.Sign() <= 0 {
		t.Fatalf("escalated %v, settled %s, miner paid %s; want an escalated job that passes and pays", l.escalated, l.outcome, l.payout)
	}
	if !slices.Contains(l.firstRound, "griefer-0") || len(l.committee) < 2 {
		t.Fatalf("round one %v, round two %v: want the griefer on round one and at least 2 on round two", l.firstRound, l.committee)
	}
	for _, m := range l.committee {
		if slices.Contains(l.firstRound, m) {
			t.Fatalf("%s sits on both rounds (%v, %v)", m, l.firstRound, l.committee)
		}
	}
	for _, m := range append(slices.Clone(l.firstRound), l.committee...) {
		want := chain.VerdictPass
		if strings.HasPrefix(m, "griefer") {
			want = chain.VerdictFail
		}
		if l.verdicts[m] != want {
			t.Errorf("%s revealed %s, want %s", m, l.verdicts[m], want)
		}
	}
	oneEther := big.NewInt(params.Ether)
	mi, err := d.miners[0].cl.Account(ctx, d.miners[0].cl.From())
	if err != nil {
		t.Fatal(err)
	}
	if mi.Stake.Cmp(oneEther) != 0 || mi.Locked.Sign() != 0 || mi.Owed.Sign() <= 0 {
		t.Errorf("miner: stake %s, locked %s, owed %s; want its stake kept, nothing locked, paid", mi.Stake, mi.Locked, mi.Owed)
	}
	for _, v := range d.validators {
		a, err := v.cl.Account(ctx, v.cl.From())
		if err != nil {
			t.Fatal(err)
		}
		_, voted := l.verdicts[v.name]
		switch {
		case v.griefer:
			if stake := new(big.Int).Mul(oneEther, big.NewInt(grieferStake)); a.Stake.Cmp(stake) >= 0 || a.Owed.Sign() != 0 {
				t.Errorf("%s: stake %s, owed %s; want penalised below %s and unpaid", v.name, a.Stake, a.Owed, stake)
			}
		case a.Stake.Cmp(oneEther) != 0 || voted != (a.Owed.Sign() > 0) || a.Duties != 0:
			t.Errorf("%s (voted %v): stake %s, owed %s, duties %d; want unpenalised, rewarded iff it voted", v.name, voted, a.Stake, a.Owed, a.Duties)
		}
	}
	if !strings.Contains(out.String(), "escalated: round one") || !strings.Contains(out.String(), "round two ") {
		t.Errorf("devnet output lacks the escalation")
	}
}
