package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"github.com/ethereum/go-ethereum"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/keys"
	"github.com/pol-network/pol/logits"
)

func init() {
	register(command{
		name:    "wallet",
		summary: "wallet calls on the pol contract: stake, unstake, withdraw, submit, cancel, balance, ...",
		run:     runWallet,
	})
}

// walletCmd is one `pol wallet` subcommand.
type walletCmd struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// walletCmds is filled by the wallet_*.go files' init functions.
var walletCmds = map[string]walletCmd{}

func runWallet(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
		walletUsage(e)
		if len(args) == 0 {
			return errUsage
		}
		return flag.ErrHelp
	}
	c, ok := walletCmds[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "pol wallet: unknown command %q\n", args[0])
		walletUsage(e)
		return errUsage
	}
	return c.run(ctx, e, args[1:])
}

func walletUsage(e *env) {
	fmt.Fprintln(e.stderr, "Usage: pol wallet <command> [flags]\n\nCommands:")
	names := make([]string, 0, len(walletCmds))
	for n := range walletCmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(e.stderr, "  %-15s %s\n", n, walletCmds[n].summary)
	}
	fmt.Fprintln(e.stderr, "\nEvery command takes -rpc and -contract (defaults: $POL_RPC, $POL_CONTRACT);")
	fmt.Fprintln(e.stderr, "those that send transactions take a key: -keystore with -password-file or")
	fmt.Fprintln(e.stderr, "-password-env, or -dev-key N on a dev chain. Run 'pol wallet <command> -h'.")
}

// conn holds the flags that say where the contract is and who signs.
type conn struct {
	rpc, contract           string
	keystore, address       string
	passwordFile, passwordE string
	devKey                  int
	timeout                 time.Duration
	signer                  *ecdsa.PrivateKey // loaded by dial for commands that sign
}

// devChainIDs are the chain ids on which -dev-key is accepted: the geth
// dev chain (pol devchain) and anvil.
var devChainIDs = map[int64]bool{1337: true, 31337: true}

func (c *conn) flags(fs *flag.FlagSet, signs bool) {
	rpc := os.Getenv("POL_RPC")
	if rpc == "" {
		rpc = "http://127.0.0.1:8545"
	}
	fs.StringVar(&c.rpc, "rpc", rpc, "JSON-RPC endpoint of the chain ($POL_RPC)")
	fs.StringVar(&c.contract, "contract", os.Getenv("POL_CONTRACT"), "address of the pol contract ($POL_CONTRACT)")
	fs.DurationVar(&c.timeout, "timeout", 2*time.Minute, "give up waiting for the chain after this long")
	if signs {
		fs.StringVar(&c.keystore, "keystore", "", "keystore directory or key file (geth format)")
		fs.StringVar(&c.address, "address", "", "account to use when the keystore holds several")
		fs.StringVar(&c.passwordFile, "password-file", "", "file whose first line is the keystore password")
		fs.StringVar(&c.passwordE, "password-env", "", "environment variable holding the keystore password")
		fs.IntVar(&c.devKey, "dev-key", -1, "sign with well-known dev key N instead (dev chains 1337/31337 only)")
	}
}

// dial connects, binds the contract and loads the signing key if signs.
func (c *conn) dial(ctx context.Context, e *env, signs bool) (*chain.Client, func(), error) {
	if !common.IsHexAddress(c.contract) {
		return nil, nil, fmt.Errorf("-contract %q is not an address (set -contract or $POL_CONTRACT)", c.contract)
	}
	ec, err := ethclient.DialContext(ctx, c.rpc)
	if err != nil {
		return nil, nil, fmt.Errorf("connect to %s: %w", c.rpc, err)
	}
	var key *ecdsa.PrivateKey
	if signs {
		if key, err = c.key(ctx, ec); err != nil {
			ec.Close()
			return nil, nil, err
		}
	}
	cl, err := chain.New(ctx, ec, common.HexToAddress(c.contract), key, chain.Options{Logger: e.log})
	if err != nil {
		ec.Close()
		return nil, nil, err
	}
	c.signer = key
	return cl, ec.Close, nil
}

// key loads the signing key; ec tells the chain id a dev key needs.
func (c *conn) key(ctx context.Context, ec ethereum.ChainIDReader) (*ecdsa.PrivateKey, error) {
	switch {
	case c.devKey >= 0 && c.keystore != "":
		return nil, errors.New("give -keystore or -dev-key, not both")
	case c.devKey >= 0:
		id, err := ec.ChainID(ctx)
		if err != nil {
			return nil, fmt.Errorf("chain id of %s: %w", c.rpc, err)
		}
		if !devChainIDs[id.Int64()] {
			return nil, fmt.Errorf("-dev-key refused on chain id %s: dev keys are public, use a keystore", id)
		}
		return keys.Dev(uint32(c.devKey))
	case c.keystore != "":
		pw, err := keys.Password(c.passwordFile, c.passwordE)
		if err != nil {
			return nil, err
		}
		var addr common.Address
		if c.address != "" {
			if !common.IsHexAddress(c.address) {
				return nil, fmt.Errorf("-address %q is not an address", c.address)
			}
			addr = common.HexToAddress(c.address)
		}
		return keys.Load(c.keystore, addr, pw)
	}
	return nil, errors.New("this command sends a transaction: give -keystore (with -password-file or -password-env) or -dev-key")
}

// walletRun parses flags (the common ones plus what extra adds), connects
// and runs do with a deadline of -timeout.
func walletRun(ctx context.Context, e *env, name string, args []string, signs bool,
	extra func(fs *flag.FlagSet), do func(ctx context.Context, cl *chain.Client) error) error {
	return walletRunConn(ctx, e, name, args, signs, extra, func(ctx context.Context, cl *chain.Client, _ *conn) error {
		return do(ctx, cl)
	})
}

// walletRunConn is walletRun for commands that also need the connection
// settings or the signing key (submit publishes the prompt over p2p with it).
func walletRunConn(ctx context.Context, e *env, name string, args []string, signs bool,
	extra func(fs *flag.FlagSet), do func(ctx context.Context, cl *chain.Client, c *conn) error) error {
	fs := flag.NewFlagSet("wallet "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var c conn
	c.flags(fs, signs)
	if extra != nil {
		extra(fs)
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	cl, closeConn, err := c.dial(ctx, e, signs)
	if err != nil {
		return err
	}
	defer closeConn()
	return do(ctx, cl, &c)
}

// parseJob parses the -job flag.
func parseJob(s string) (logits.JobID, error) {
	if s == "" {
		return logits.JobID{}, errors.New("-job is required")
	}
	id, err := logits.ParseJobID(strings.TrimSpace(s))
	if err != nil {
		return logits.JobID{}, fmt.Errorf("-job: %w", err)
	}
	return id, nil
}
