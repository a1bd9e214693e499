package devnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

// Prompts are the devnet's job prompts, used in turn.
var Prompts = []string{
	"Once upon a time",
	"The little dog",
	"One day, a girl named Lily",
	"Tom and his mom went to the park",
}

// RunJobs submits jobs (0: one per miner), assigned to the miners in turn,
// waits for their settlement, prints the balances and checks that every
// outcome is what the miner's behaviour calls for (honest: Passed;
// cheating: Failed with the miner slashed). With forever it goes on with
// another round until ctx ends.
func (d *Devnet) RunJobs(ctx context.Context, w io.Writer, jobs int, forever bool) error {
	if jobs == 0 {
		jobs = len(d.miners)
	}
	total := 0
	for round := 0; ; round++ {
		var ids []logits.JobID
		for i := 0; i < jobs; i++ {
			id, err := d.submit(ctx, Prompts[(total+i)%len(Prompts)], (total+i)%len(d.miners))
			if err != nil {
				return err
			}
			ids = append(ids, id)
		}
		total += jobs
		lives, err := d.obs.waitSettled(ctx, ids)
		if err != nil {
			if errors.Is(err, context.Canceled) {
				fmt.Fprintln(w, "\ninterrupted")
				return printBalances(context.Background(), w, d)
			}
			return err
		}
		fmt.Fprintln(w)
		if err := printBalances(ctx, w, d); err != nil {
			return err
		}
		if err := checkOutcomes(w, d, lives); err != nil || !forever {
			return err
		}
		fmt.Fprintf(w, "\nround %d done; submitting %d more jobs (-forever; Ctrl-C stops)\n\n", round+1, jobs)
	}
}

func checkOutcomes(w io.Writer, d *Devnet, lives map[logits.JobID]jobLife) error {
	bad := 0
	for _, l := range lives {
		behaviour := ""
		for _, m := range d.miners {
			if m.name == l.assigned {
				behaviour = m.behaviour
			}
		}
		want, slashed := expectation(behaviour)
		if l.outcome != want || slashed != (l.slash.Sign() > 0) {
			fmt.Fprintf(w, "job %d by %s (%s): %s (slashed %s wei), want %s (slashed: %v)\n",
				l.num, l.assigned, behaviourName(behaviour), l.outcome, l.slash, want, slashed)
			bad++
		}
	}
	if bad > 0 {
		return fmt.Errorf("%w (%d jobs)", ErrExpectation, bad)
	}
	fmt.Fprintf(w, "\nall %d jobs settled as expected: honest miners paid, cheating miners slashed, silent miners unpaid\n", len(lives))
	return nil
}

func behaviourName(b string) string {
	if b == behaveHonest {
		return "honest"
	}
	return b
}

func printBalances(ctx context.Context, w io.Writer, d *Devnet) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "account\taddress\trole\tstake ETH\towed ETH\tbalance ETH")
	row := func(name string, cl *chain.Client, behaviour string) error {
		a, err := cl.Account(ctx, cl.From())
		if err != nil {
			return err
		}
		bal, err := cl.Balance(ctx, cl.From())
		if err != nil {
			return err
		}
		if behaviour != "" {
			name += " (" + behaviour + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", name, cl.From().Hex(), chain.Role(a.Role), chain.FormatEther(a.Stake), chain.FormatEther(a.Owed), chain.FormatEther(bal))
		return nil
	}
	if err := row("wallet", d.wallet, ""); err != nil {
		return err
	}
	for _, m := range d.miners {
		if err := row(m.name, m.cl, m.behaviour); err != nil {
			return err
		}
	}
	for _, v := range d.validators {
		if err := row(v.name, v.cl, ""); err != nil {
			return err
		}
	}
	burned, err := d.owner.Burned(ctx)
	if err != nil {
		return err
	}
	tw.Flush()
	fmt.Fprintf(w, "burned      %s ETH (slashed collateral beyond the voters' cut, and member penalties)\n", chain.FormatEther(burned))
	return nil
}
