package devnet

import (
	"context"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/params"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

// TestDevnetLongJobSparesTheHonestF16Miner runs adversarial review H2's
// attack against the real contract and daemons: a requester submits a job
// longer than the span over which the f16-KV profile's thresholds were
// calibrated (but inside the f32 profile's), to an honest miner with an f16
// KV cache — before spans, its drift past the calibrated context failed
// such jobs and slashed it. Now the f16 miner leaves the job unclaimed (no
// collateral locked, nothing to slash; the requester cancels and is
// refunded), an honest f32 miner serves the same length and is paid, and a
// short job the f16 miner does serve passes. Nobody loses stake.
func TestDevnetLongJobSparesTheHonestF16Miner(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain, 5 libp2p hosts and 5 engines")
	}
	f16, f32 := models.BundledThresholds[models.ProfileCPUF16].Span, models.BundledThresholds[models.ProfileCPUF32].Span
	if f16 >= f32 {
		// A calibration can give f16 as long a span as f32 (pol calibrate
		// chose 2,038 for both on its three prompts, before held-out prompts
		// cut f16's to 256): then no job lies between the spans, and H2's
		// attack has no job to submit.
		t.Skipf("bundled spans f16 %d, f32 %d: no job is longer than f16's span and inside f32's, the attack needs one", f16, f32)
	}
	const prompt = "Once upon a time" // 5 tokens
	// Beyond f16's span, inside f32's, and short enough for plain-Go
	// validators on two shared cores to check within the attest window (a
	// 2,033-token job's check took 6-10 blocks here, more under load).
	long := uint32(min(f32, 2*f16+64) - 5)
	short := uint32(min(f16-5, 16))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var out lockedBuffer
	d, err := Start(ctx, Config{
		Miners: []string{behaveF16KV, behaveHonest}, Validators: 3, K: 4, AttestWindow: 10, BlockPeriod: time.Second,
		MaxTokens: long, Threads: 1, ValidatorEngine: "ref", DataDir: t.TempDir(), Out: &out,
		Log: slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: devnetLogLevel()})),
	})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	defer func() { t.Logf("devnet output:\n%s", out.String()) }()

	attack, err := d.submitN(ctx, prompt, 0, long) // the long job, to the f16 miner
	if err != nil {
		t.Fatal(err)
	}
	served, err := d.submitN(ctx, prompt, 1, long) // the same length, to the f32 miner
	if err != nil {
		t.Fatal(err)
	}
	control, err := d.submitN(ctx, prompt, 0, short) // a short job, to the f16 miner
	if err != nil {
		t.Fatal(err)
	}
	lives, err := d.obs.waitSettled(ctx, []logits.JobID{served, control})
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[logits.JobID]string{served: d.miners[1].name, control: d.miners[0].name} {
		if l := lives[id]; l.outcome != chain.StatusPassed || l.miner != want || l.payout.Sign() <= 0 {
			t.Errorf("job %s: %s by %q, paid %s; want Passed by %s and paid", id, l.outcome, l.miner, l.payout, want)
		}
	}
	job, err := d.wallet.Job(ctx, attack)
	if err != nil {
		t.Fatal(err)
	}
	if chain.JobStatus(job.Status) != chain.StatusOpen {
		t.Fatalf("the long job to the f16 miner is %s (miner %s), want Open: never claimed", chain.JobStatus(job.Status), job.Miner)
	}
	if _, err := d.wallet.CancelJob(ctx, attack); err != nil {
		t.Fatalf("the requester cannot cancel the unserved long job: %v", err)
	}
	oneEther := big.NewInt(params.Ether)
	for _, m := range d.miners {
		a, err := m.cl.Account(ctx, m.cl.From())
		if err != nil {
			t.Fatal(err)
		}
		if a.Stake.Cmp(oneEther) != 0 || a.Locked.Sign() != 0 {
			t.Errorf("%s (%s): stake %s, locked %s; want 1 ETH, nothing locked", m.name, behaviourName(m.behaviour), a.Stake, a.Locked)
		}
	}
	for _, v := range d.validators {
		if a, err := v.cl.Account(ctx, v.cl.From()); err != nil || a.Stake.Cmp(oneEther) != 0 {
			t.Errorf("%s: stake %v (%v), want unpenalised", v.name, a.Stake, err)
		}
	}
}
