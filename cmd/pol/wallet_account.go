package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/keys"
)

func init() {
	walletCmds["new"] = walletCmd{"create a new key in a keystore directory", walletNew}
	walletCmds["balance"] = walletCmd{"show an account's ETH balance, stake and what the contract owes it", walletBalance}
	walletCmds["stake"] = walletCmd{"stake ETH as miner or validator (again to top up)", walletStake}
	walletCmds["unstake"] = walletCmd{"start unbonding stake (withdraw it after the unbonding delay)", walletUnstake}
	walletCmds["withdraw"] = walletCmd{"pay out everything owed plus matured unbonding stake", walletWithdraw}
}

func walletNew(_ context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("wallet new", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	dir := fs.String("keystore", "", "keystore directory (created if missing)")
	pwFile := fs.String("password-file", "", "file whose first line is the new key's password")
	pwEnv := fs.String("password-env", "", "environment variable holding the new key's password")
	light := fs.Bool("light-kdf", false, "weaker, faster key derivation (tests, throw-away keys)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		fmt.Fprintln(e.stderr, "-keystore is required")
		return errUsage
	}
	pw, err := keys.Password(*pwFile, *pwEnv)
	if err != nil {
		return err
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return err
	}
	file, err := keys.Import(*dir, key, pw, *light)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "address  %s\nfile     %s\n", crypto.PubkeyToAddress(key.PublicKey), file)
	return nil
}

func walletBalance(ctx context.Context, e *env, args []string) error {
	var of string
	var devKey int
	var inWei bool
	return walletRun(ctx, e, "balance", args, false, func(fs *flag.FlagSet) {
		fs.StringVar(&of, "of", "", "address to show")
		fs.IntVar(&devKey, "dev-key", -1, "show dev key N's address instead of -of")
		fs.BoolVar(&inWei, "wei", false, "print amounts as exact integers of wei instead of ETH (for scripts)")
	}, func(ctx context.Context, cl *chain.Client) error {
		amount, unit := formatEther, "ETH"
		if inWei {
			amount, unit = func(w *big.Int) string { return w.String() }, "wei"
		}
		who, err := balanceSubject(of, devKey)
		if err != nil {
			return err
		}
		bal, err := cl.Balance(ctx, who)
		if err != nil {
			return err
		}
		a, err := cl.Account(ctx, who)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "address    %s\nbalance    %s %s\nrole       %s\nstake      %s %s\nowed       %s %s\nunbonding  %s %s",
			who, amount(bal), unit, chain.Role(a.Role), amount(a.Stake), unit, amount(a.Owed), unit, amount(a.Unbonding), unit)
		if a.Unbonding.Sign() > 0 {
			fmt.Fprintf(e.stdout, " (withdrawable from unix time %d)", a.UnbondReadyAt)
		}
		fmt.Fprintf(e.stdout, "\nlocked     %s %s (collateral of claimed and committed jobs)\njobs       %d\nduties     %d\n",
			amount(a.Locked), unit, a.Jobs, a.Duties)
		return nil
	})
}

func balanceSubject(of string, devKey int) (common.Address, error) {
	switch {
	case of != "" && devKey >= 0:
		return common.Address{}, errors.New("give -of or -dev-key, not both")
	case devKey >= 0:
		return keys.DevAddress(uint32(devKey))
	case common.IsHexAddress(of):
		return common.HexToAddress(of), nil
	}
	return common.Address{}, fmt.Errorf("-of %q is not an address", of)
}

func walletStake(ctx context.Context, e *env, args []string) error {
	var role, amount string
	var model uint
	return walletRun(ctx, e, "stake", args, true, func(fs *flag.FlagSet) {
		fs.StringVar(&role, "role", "", "miner or validator (default: the role already held)")
		fs.StringVar(&amount, "amount", "", "ETH to stake, e.g. 1.5")
		fs.UintVar(&model, "model-id", 0, "validator: the registered model it recomputes; the draw names it only for that model's jobs (0: every model's, abstaining on those it cannot judge). Fixed when joining: a top-up keeps it")
	}, func(ctx context.Context, cl *chain.Client) error {
		wei, err := parseEther(amount)
		if err != nil {
			return fmt.Errorf("-amount: %w", err)
		}
		if role == "" {
			_, err = cl.TopUp(ctx, wei)
		} else {
			var r chain.Role
			if r, err = chain.ParseRole(role); err != nil {
				return err
			}
			switch {
			case model != 0 && r != chain.RoleValidator:
				return fmt.Errorf("-model-id is for validators: a miner serves the models it is started with")
			case model != 0:
				_, err = cl.StakeValidator(ctx, uint32(model), wei)
			default:
				_, err = cl.Stake(ctx, r, wei)
			}
		}
		if err != nil {
			return err
		}
		return printStake(ctx, e, cl)
	})
}

func printStake(ctx context.Context, e *env, cl *chain.Client) error {
	a, err := cl.Account(ctx, cl.From())
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s is a %s with %s ETH staked", cl.From(), chain.Role(a.Role), formatEther(a.Stake))
	if chain.Role(a.Role) == chain.RoleValidator {
		if a.ValidatorModel == 0 {
			fmt.Fprint(e.stdout, ", drawn for every model's jobs")
		} else {
			fmt.Fprintf(e.stdout, ", drawn for model %d's jobs", a.ValidatorModel)
		}
	}
	fmt.Fprintln(e.stdout)
	return nil
}

func walletUnstake(ctx context.Context, e *env, args []string) error {
	var amount string
	return walletRun(ctx, e, "unstake", args, true, func(fs *flag.FlagSet) {
		fs.StringVar(&amount, "amount", "all", "ETH to unbond, or all")
	}, func(ctx context.Context, cl *chain.Client) error {
		a, err := cl.Account(ctx, cl.From())
		if err != nil {
			return err
		}
		wei := a.Stake
		if amount != "all" {
			if wei, err = parseEther(amount); err != nil {
				return fmt.Errorf("-amount: %w", err)
			}
		}
		if _, err := cl.RequestUnbond(ctx, wei); err != nil {
			return err
		}
		if a, err = cl.Account(ctx, cl.From()); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "unbonding %s ETH, withdrawable from unix time %d; %s ETH stays staked\n",
			formatEther(a.Unbonding), a.UnbondReadyAt, formatEther(a.Stake))
		return nil
	})
}

func walletWithdraw(ctx context.Context, e *env, args []string) error {
	return walletRun(ctx, e, "withdraw", args, true, nil, func(ctx context.Context, cl *chain.Client) error {
		amount, err := cl.Withdraw(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "withdrew %s ETH to %s\n", formatEther(amount), cl.From())
		return nil
	})
}
