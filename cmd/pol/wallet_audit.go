package main

import (
	"context"
	"flag"
	"fmt"
	"math/big"

	"github.com/pol-network/pol/chain"
)

func init() {
	walletCmds["audit"] = walletCmd{"check the contract's books: the ETH it holds against what it owes (exact wei; exit 1 when they differ)", walletAudit}
}

func walletAudit(ctx context.Context, e *env, args []string) error {
	var from uint64
	return walletRun(ctx, e, "audit", args, false, func(fs *flag.FlagSet) {
		fs.Uint64Var(&from, "from", 0, "first block to read events from (the contract's deploy block)")
	}, func(ctx context.Context, cl *chain.Client) error {
		b, err := cl.Books(ctx, from)
		if err != nil {
			return err
		}
		line := func(name string, wei *big.Int, note string) {
			fmt.Fprintf(e.stdout, "%-12s %s wei (%s ETH)%s\n", name, wei, formatEther(wei), note)
		}
		line("held", b.Held, "")
		line("stakes", b.Stakes, fmt.Sprintf(", %d accounts", len(b.Accounts)))
		line("locked", b.Locked, ", collateral within the stakes")
		line("owed", b.Owed, "")
		line("unbonding", b.Unbonding, "")
		line("escrow", b.Escrow, fmt.Sprintf(", %d jobs not ended", b.OpenJobs))
		line("burned", b.Burned, "")
		line("reward-pool", b.RewardPool, "")
		u := b.Unaccounted()
		line("unaccounted", u, "")
		if u.Sign() != 0 {
			return fmt.Errorf("the books of contract %s do not balance: it holds %s wei more than it owes (negative: less); "+
				"if transactions were in flight, run the audit again", cl.Address(), u)
		}
		return nil
	})
}
