package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"time"

	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/chain/devnode"
	"github.com/pol-network/pol/chain/keys"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

func init() {
	register(command{
		name:    "devchain",
		summary: "run a local dev chain (in-process geth, chain id 1337) with the pol contract deployed",
		run:     runDevchain,
	})
}

// devchainInfo is what -info writes for scripts: where to connect and what
// is deployed.
type devchainInfo struct {
	HTTP        string   `json:"http"`
	WS          string   `json:"ws"`
	ChainID     int      `json:"chainId"`
	Contract    string   `json:"contract"`
	DeployBlock uint64   `json:"deployBlock"`
	Accounts    []string `json:"accounts"`
	// ModelID is the on-chain id of the model registered at start (0: none)
	// and Model its identity hash (models.File.ID).
	ModelID uint32 `json:"modelId,omitempty"`
	Model   string `json:"model,omitempty"`
}

// runDevchain starts the embedded dev chain, deploys the contract with
// chain.DevParams (dev key 0 is the owner) and serves until ctx ends.
func runDevchain(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("devchain", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	port := fs.Int("port", 8545, "HTTP and WebSocket JSON-RPC port on 127.0.0.1 (0 = pick a free one)")
	period := fs.Duration("period", time.Second, "time between blocks, whole seconds (0 = a block per transaction only)")
	accounts := fs.Int("accounts", 10, "prefunded dev accounts (keys of the public test mnemonic)")
	showKeys := fs.Bool("show-keys", false, "also print the dev accounts' private keys (public knowledge; dev chains only)")
	info := fs.String("info", "", "write connection details as JSON to this file once ready")
	dataDir := fs.String("data-dir", "", "keep the chain in this directory and resume it on the next start with the same directory (default: in memory, gone on exit)")
	model := fs.String("model", models.BundledName, "register this model (bundled, a GGUF path or ollama:NAME) with its calibrated thresholds (the bundled model only; register others with pol wallet register-model -calibration); empty: none")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *accounts < 1 || *accounts > 1000 {
		fmt.Fprintf(e.stderr, "-accounts %d outside 1..1000\n", *accounts)
		return errUsage
	}
	// go-ethereum logs through its own default logger: send it to ours,
	// with its chatter below warnings demoted to debug.
	gethlog.SetDefault(gethlog.NewLogger(quietHandler{e.log.Handler()}))

	n, err := devnode.Start(ctx, devnode.Config{
		BlockPeriod: *period,
		Port:        *port,
		Accounts:    *accounts,
		Logger:      e.log,
		DataDir:     *dataDir,
	})
	if err != nil {
		return err
	}
	defer n.Close()
	dep := n.Contract()
	var reg registeredModel
	if *model != "" {
		if reg, err = ensureModel(ctx, dep, *model, n.Resumed()); err != nil {
			return err
		}
	}
	printDevchain(e.stdout, n, dep, reg, *showKeys, *dataDir)
	if *info != "" {
		if err := writeDevchainInfo(*info, n, dep, reg); err != nil {
			return err
		}
	}
	<-ctx.Done()
	e.log.Info("shutting down the dev chain")
	return nil
}

// registeredModel is the model pol devchain registers at start.
type registeredModel struct {
	ref     string
	chainID uint32    // id the contract assigned
	id      models.ID // the model's identity hash
	th      map[models.Profile]logits.Thresholds
}

// ensureModel registers the model ref names, unless a resumed chain has it
// registered already (then its latest registration is reported).
func ensureModel(ctx context.Context, dep *chain.Deployment, ref string, resumed bool) (registeredModel, error) {
	if !resumed {
		return registerModel(ctx, dep, ref)
	}
	id, err := modelIDOf(ctx, ref)
	if err != nil {
		return registeredModel{}, err
	}
	mid, err := dep.Client.FindModel(ctx, dep.Block, id)
	if err != nil {
		return registerModel(ctx, dep, ref)
	}
	m, err := dep.Model(ctx, mid)
	if err != nil {
		return registeredModel{}, err
	}
	admitted, err := chain.AdmittedThresholds(ctx, dep, mid, m.ActiveVersion, models.ProfileIDs())
	if err != nil {
		return registeredModel{}, err
	}
	set := map[models.Profile]logits.Thresholds{}
	for p, th := range admitted {
		set[models.Profile(p)] = th
	}
	return registeredModel{ref: ref, chainID: mid, id: id, th: set}, nil
}

// registerModel registers the model ref names under its identity hash
// (docs/model-identity.md) with the thresholds calibrated for it
// (docs/calibration.md); a model pol has no calibration for stops with what
// to run.
func registerModel(ctx context.Context, dep *chain.Deployment, ref string) (registeredModel, error) {
	id, err := modelIDOf(ctx, ref)
	if err != nil {
		return registeredModel{}, err
	}
	th, ok := models.ThresholdsFor(id)
	if !ok {
		return registeredModel{}, fmt.Errorf("%w: model %s (%s): start with -model '' and register it with `pol wallet register-model -calibration FILE` from `pol calibrate -model %s -out DIR`",
			models.ErrNoThresholds, ref, id, ref)
	}
	mid, err := dep.RegisterModelProfiles(ctx, logits.Hash(id), chain.ProfileList(th))
	if err != nil {
		return registeredModel{}, err
	}
	return registeredModel{ref: ref, chainID: mid, id: id, th: th}, nil
}

func printDevchain(w io.Writer, n *devnode.Node, dep *chain.Deployment, reg registeredModel, showKeys bool, dataDir string) {
	fmt.Fprintf(w, "pol dev chain — chain id %d\n", devnode.ChainID)
	if n.Resumed() {
		fmt.Fprintf(w, "  resumed    the chain kept in %s\n", dataDir)
	}
	fmt.Fprintf(w, "  HTTP RPC   %s\n", n.HTTPURL())
	fmt.Fprintf(w, "  WS RPC     %s\n", n.WSURL())
	fmt.Fprintf(w, "  contract   %s (deployed in block %d, owner %s)\n", dep.Address(), dep.Block, dep.From())
	if reg.chainID != 0 {
		fmt.Fprintf(w, "  model      %d = %s (id %s)\n", reg.chainID, reg.ref, reg.id)
		for _, p := range models.SortedProfiles(reg.th) {
			th := reg.th[p]
			fmt.Fprintf(w, "  thresholds v%d %s: top-%d max|Δlogprob| <= %g, KL <= %g, tie margin %g, jobs up to %d tokens (prompt + generated)\n",
				th.Version, p, th.TopK, th.MaxDelta, th.MaxKL, th.TieMargin, th.Span)
		}
	}
	fmt.Fprintf(w, "  accounts   %s ETH each, from the public test mnemonic %q (m/44'/60'/0'/0/i) — never use them on a real network\n",
		new(big.Int).Div(devnode.DefaultBalance(), big.NewInt(params.Ether)), keys.DevMnemonic)
	for i, a := range n.Accounts() {
		if showKeys {
			fmt.Fprintf(w, "    %2d  %s  key 0x%x\n", i, a.Address, a.Key.D.FillBytes(make([]byte, 32)))
		} else {
			fmt.Fprintf(w, "    %2d  %s\n", i, a.Address)
		}
	}
	if dataDir == "" {
		fmt.Fprintln(w, "Ctrl-C stops the chain; its state is not kept (-data-dir keeps it).")
	} else {
		fmt.Fprintf(w, "Ctrl-C stops the chain; it is kept in %s and resumed by pol devchain -data-dir %s.\n", dataDir, dataDir)
	}
}

func writeDevchainInfo(path string, n *devnode.Node, dep *chain.Deployment, reg registeredModel) error {
	inf := devchainInfo{
		HTTP: n.HTTPURL(), WS: n.WSURL(), ChainID: devnode.ChainID,
		Contract: dep.Address().Hex(), DeployBlock: dep.Block,
	}
	if reg.chainID != 0 {
		inf.ModelID, inf.Model = reg.chainID, reg.id.String()
	}
	for _, a := range n.Accounts() {
		inf.Accounts = append(inf.Accounts, a.Address.Hex())
	}
	b, err := json.MarshalIndent(inf, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write -info: %w", err)
	}
	return os.Rename(tmp, path)
}
