package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"text/tabwriter"

	"github.com/pol-network/pol/logits"
)

func init() {
	register(command{
		name:    "prove",
		summary: "run one local commit / challenge / open / verify round and print the verdict",
		run:     runProve,
	})
}

// runProve is the foundation's round on synthetic logits: a seeded random
// "model" produces the logit vectors, so the commitment, challenge, opening
// and judging machinery can be shown end to end before a real engine exists.
func runProve(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("prove", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	n := fs.Int("n", 64, "positions to generate")
	vocab := fs.Int("vocab", 32000, "vocabulary size of the synthetic model")
	k := fs.Int("k", 8, "positions to challenge")
	cheat := fs.Bool("cheat", false, "make the miner commit logits of another model")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "pol-prove-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	store, err := logits.OpenStore(dir)
	if err != nil {
		return err
	}
	model := func(seed uint64, i int) []float32 {
		r := rand.New(rand.NewPCG(seed, uint64(i)))
		l := make([]float32, *vocab)
		for j := range l {
			l[j] = float32(r.NormFloat64() * 3)
		}
		return l
	}
	job := logits.JobID{0x01}
	sampler := logits.Sampler{TemperatureMilli: 800, TopK: 40, Seed: logits.Hash{0x5e}}
	b, err := store.Create(job, *vocab)
	if err != nil {
		return err
	}
	minerSeed := uint64(1)
	if *cheat {
		minerSeed = 2
	}
	for i := 0; i < *n; i++ {
		if err := ctx.Err(); err != nil {
			b.Abort()
			return err
		}
		l := model(minerSeed, i)
		tok, err := sampler.Sample(l, uint32(i))
		if err != nil {
			return err
		}
		if err := b.Append(tok, l); err != nil {
			return err
		}
	}
	info := b.Tokens()
	root, count, err := b.Finish()
	if err != nil {
		return err
	}
	e.log.Info("committed", "job", job, "positions", count, "root", root)
	claim := logits.Claim{Root: root, Output: info, Sampler: sampler}
	seed := logits.Keccak256([]byte("synthetic block hash"))
	positions := logits.ChallengePositions(seed, job, logits.Address{0xaa}, count, *k)
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "position\ttoken\tmax|Δlogprob|\tKL\tverdict")
	pass := true
	for _, p := range positions {
		o, err := store.Open(job, p)
		if err != nil {
			return err
		}
		v, err := logits.Judge(claim, o, model(1, int(p)), logits.DefaultThresholds())
		if err != nil {
			return err
		}
		verdict := "pass"
		if !v.Pass {
			verdict, pass = "FAIL: "+v.Reason, false
		}
		fmt.Fprintf(tw, "%d\t%d\t%.3g\t%.3g\t%s\n", p, o.Token, v.Report.MaxDelta, v.Report.KL, verdict)
	}
	tw.Flush()
	fmt.Fprintf(e.stdout, "root %s, %d positions, %d checked: ", root, count, len(positions))
	if !pass {
		fmt.Fprintln(e.stdout, "FAIL")
		return errVerdictFail
	}
	fmt.Fprintln(e.stdout, "PASS")
	return nil
}
