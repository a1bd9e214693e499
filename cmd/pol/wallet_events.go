package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain"
)

func init() {
	walletCmds["events"] = walletCmd{"print the contract's events (history, or -follow for new ones too)", walletEvents}
}

func walletEvents(ctx context.Context, e *env, args []string) error {
	var from uint64
	var names string
	var follow bool
	return walletRun(ctx, e, "events", args, false, func(fs *flag.FlagSet) {
		fs.Uint64Var(&from, "from", 0, "first block")
		fs.StringVar(&names, "events", "", "comma-separated event names (default: all)")
		fs.BoolVar(&follow, "follow", false, "keep printing new events until interrupted")
	}, func(ctx context.Context, cl *chain.Client) error {
		var filter []string
		if names != "" {
			filter = strings.Split(names, ",")
		}
		if follow {
			err := cl.Follow(ctx, chain.FollowOptions{From: from, Events: filter}, func(_ context.Context, ev chain.Event) error {
				printEvent(e.stdout, ev)
				return nil
			})
			if errors.Is(err, context.Canceled) {
				return nil
			}
			return err
		}
		head, err := cl.Head(ctx)
		if err != nil {
			return err
		}
		evs, err := cl.Events(ctx, from, head.Block, filter...)
		if err != nil {
			return err
		}
		for _, ev := range evs {
			printEvent(e.stdout, ev)
		}
		return nil
	})
}

// printEvent writes "block.index Name field=value ..." for one event.
func printEvent(w io.Writer, ev chain.Event) {
	fmt.Fprintf(w, "%d.%d %s", ev.Pos.Block, ev.Pos.Index, ev.Name)
	v := reflect.Indirect(reflect.ValueOf(ev.Data))
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		if name == "Raw" {
			continue
		}
		fmt.Fprintf(w, " %s=%s", name, fieldString(name, v.Field(i).Interface()))
	}
	fmt.Fprintln(w)
}

// fieldString formats one event field; enums (uint8 in the bindings) by name.
func fieldString(name string, x any) string {
	if u, ok := x.(uint8); ok {
		switch name {
		case "Role":
			return chain.Role(u).String()
		case "Outcome":
			return chain.JobStatus(u).String()
		case "Verdict":
			return chain.Verdict(u).String()
		}
	}
	switch v := x.(type) {
	case [32]byte:
		return common.Hash(v).Hex()
	case *big.Int:
		return v.String()
	case []common.Address:
		s := make([]string, len(v))
		for i, a := range v {
			s[i] = a.Hex()
		}
		return "[" + strings.Join(s, ",") + "]"
	}
	return fmt.Sprintf("%v", x)
}
