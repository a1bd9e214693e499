// Command pol is the single binary of the Proof-of-Logits network: it runs the
// miner and validator daemons, the local proof round, the dev chain and the
// wallet calls, each as a subcommand.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// command is one pol subcommand. Each lives in its own file and registers
// itself with register from an init function.
type command struct {
	name    string
	summary string
	// run parses args with its own FlagSet and does the work; ctx is
	// cancelled on SIGINT/SIGTERM.
	run func(ctx context.Context, env *env, args []string) error
}

// env is what every subcommand shares: output streams and the logger.
type env struct {
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
}

var commands = map[string]command{}

func register(c command) {
	if _, dup := commands[c.name]; dup {
		panic("pol: duplicate command " + c.name)
	}
	commands[c.name] = c
}

// errVerdictFail marks a run that worked but whose verdict is "fail"; it maps
// to exit code 1 without an extra error line.
var errVerdictFail = errors.New("verdict: fail")

func main() {
	os.Exit(runMain(os.Args[1:], os.Stdout, os.Stderr))
}

func runMain(args []string, stdout, stderr io.Writer) int {
	top := flag.NewFlagSet("pol", flag.ContinueOnError)
	top.SetOutput(stderr)
	logLevel := top.String("log-level", "info", "log level: debug, info, warn or error")
	logJSON := top.Bool("log-json", false, "write logs as JSON lines instead of text")
	top.Usage = func() { usage(stderr, top) }
	if err := top.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if top.NArg() == 0 {
		usage(stderr, top)
		return 2
	}
	name, rest := top.Arg(0), top.Args()[1:]
	if name == "help" {
		if len(rest) == 1 {
			if c, ok := commands[rest[0]]; ok {
				_ = c.run(context.Background(), newEnv(stdout, stderr, "error", false), []string{"-h"})
				return 0
			}
		}
		usage(stdout, top)
		return 0
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "pol: unknown command %q\n\n", name)
		usage(stderr, top)
		return 2
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(stderr, "pol: bad -log-level %q: %v\n", *logLevel, err)
		return 2
	}
	e := newEnv(stdout, stderr, *logLevel, *logJSON)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := c.run(ctx, e, rest)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errVerdictFail):
		return 1
	case errors.Is(err, errUsage):
		return 2
	default:
		fmt.Fprintf(stderr, "pol %s: %v\n", name, err)
		return 1
	}
}

// errUsage marks bad flags or arguments; the FlagSet has already printed why.
var errUsage = errors.New("usage")

// parseFlags parses args into fs, mapping flag errors to errUsage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "unexpected arguments: %v\n", fs.Args())
		return errUsage
	}
	return nil
}

func newEnv(stdout, stderr io.Writer, level string, asJSON bool) *env {
	var lv slog.Level
	_ = lv.UnmarshalText([]byte(level))
	opts := &slog.HandlerOptions{Level: lv}
	var h slog.Handler = slog.NewTextHandler(stderr, opts)
	if asJSON {
		h = slog.NewJSONHandler(stderr, opts)
	}
	return &env{stdout: stdout, stderr: stderr, log: slog.New(h)}
}

func usage(w io.Writer, top *flag.FlagSet) {
	fmt.Fprintln(w, "pol — Proof-of-Logits: miners prove they ran a given LLM, validators check it cheaply.")
	fmt.Fprintln(w, "\nUsage: pol [global flags] <command> [flags]")
	fmt.Fprintln(w, "\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nGlobal flags:")
	top.SetOutput(w)
	top.PrintDefaults()
	fmt.Fprintln(w, "\nRun 'pol <command> -h' for a command's flags.")
}
