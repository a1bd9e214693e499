package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/calibrate"
)

func init() {
	walletCmds["register-model"] = walletCmd{"register a model with its calibrated thresholds (-calibration; contract owner)", walletRegisterModel}
	walletCmds["set-thresholds"] = walletCmd{"register a model's next thresholds version from a new calibration (contract owner)", walletSetThresholds}
}

// thresholdFlags are the comparator values an owner may type instead of a
// calibration: accepted only all together, never filled with defaults.
type thresholdFlags struct {
	fs *flag.FlagSet
	th logits.Thresholds
}

func (t *thresholdFlags) register(fs *flag.FlagSet) {
	t.fs = fs
	fs.IntVar(&t.th.TopK, "top-k", logits.DefaultTopK, "comparator: tokens compared (with the other threshold flags, instead of -calibration)")
	fs.Float64Var(&t.th.MaxDelta, "max-delta", 0, "comparator: max |Δ log-prob| (instead of -calibration; needs -max-kl and -tie-margin)")
	fs.Float64Var(&t.th.MaxKL, "max-kl", 0, "comparator: max KL divergence (instead of -calibration)")
	fs.Float64Var(&t.th.TieMargin, "tie-margin", 0, "comparator: top-1 tie margin (instead of -calibration)")
}

// set reports which threshold flags the user gave.
func (t *thresholdFlags) set() (names []string) {
	t.fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "top-k", "max-delta", "max-kl", "tie-margin":
			names = append(names, "-"+f.Name)
		}
	})
	return names
}

// thresholdsFor decides what to register for model id: the calibration's
// all-profiles thresholds (which must be for id), or the bundled model's
// (optionally with explicit flags on top), or explicit flags that set every
// value; anything else stops with what to run.
func (t *thresholdFlags) thresholdsFor(id models.ID, ref, calibration string) (logits.Thresholds, string, error) {
	given := t.set()
	if calibration != "" {
		if len(given) > 0 {
			return logits.Thresholds{}, "", fmt.Errorf("-calibration registers exactly the calibrated thresholds: drop %v", given)
		}
		c, err := calibrate.Load(calibration)
		if err != nil {
			return logits.Thresholds{}, "", err
		}
		if cid, _ := c.ModelID(); cid != id {
			return logits.Thresholds{}, "", fmt.Errorf("-calibration %s is for model %s, not %s", calibration, cid, id)
		}
		return c.All.Thresholds.Logits(), "calibrated in " + calibration, nil
	}
	th, ok := models.ThresholdsFor(id)
	source := "the bundled model's calibration"
	if !ok {
		if len(given) < 3 || t.th.MaxDelta == 0 || t.th.MaxKL == 0 || t.th.TieMargin == 0 {
			if ref == "" {
				ref = "MODEL"
			}
			return logits.Thresholds{}, "", fmt.Errorf("%w: model %s; run `pol calibrate -model %s -out DIR` and pass -calibration DIR/calibration.json "+
				"(or set every one of -max-delta, -max-kl and -tie-margin yourself)", models.ErrNoThresholds, id, ref)
		}
		return t.th, "typed on the command line, not calibrated", nil
	}
	t.fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "top-k":
			th.TopK = t.th.TopK
		case "max-delta":
			th.MaxDelta = t.th.MaxDelta
		case "max-kl":
			th.MaxKL = t.th.MaxKL
		case "tie-margin":
			th.TieMargin = t.th.TieMargin
		}
	})
	if ok && len(given) > 0 {
		source += ", changed by " + fmt.Sprint(given)
	}
	return th, source, nil
}

func walletRegisterModel(ctx context.Context, e *env, args []string) error {
	var ref, idHex, calibration string
	var tf thresholdFlags
	return walletRun(ctx, e, "register-model", args, true, func(fs *flag.FlagSet) {
		fs.StringVar(&ref, "model", "", "model to register: 'bundled', a GGUF path or ollama:NAME[:TAG]; its model id is computed")
		fs.StringVar(&idHex, "id", "", "model id (hex, docs/model-identity.md) instead of -model")
		fs.StringVar(&calibration, "calibration", "", "calibration.json from `pol calibrate`: registers its thresholds (and its model id if neither -model nor -id is given)")
		tf.register(fs)
	}, func(ctx context.Context, cl *chain.Client) error {
		id, err := modelToRegister(ctx, ref, idHex, calibration)
		if err != nil {
			return err
		}
		th, source, err := tf.thresholdsFor(id, ref, calibration)
		if err != nil {
			return err
		}
		th.Version = 1
		if err := th.Validate(); err != nil {
			return err
		}
		mid, err := cl.RegisterModel(ctx, logits.Hash(id), chain.ChainThresholds(th))
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "model %d = %s\nthresholds v%d: top-%d max|Δlogprob| <= %g, KL <= %g, tie margin %g (%s)\n",
			mid, id, th.Version, th.TopK, th.MaxDelta, th.MaxKL, th.TieMargin, source)
		return nil
	})
}

// modelToRegister is the model id named by -model, -id or, with neither,
// the calibration file.
func modelToRegister(ctx context.Context, ref, idHex, calibration string) (models.ID, error) {
	switch {
	case ref != "" && idHex != "":
		return models.ID{}, errors.New("give exactly one of -model or -id")
	case ref != "":
		return modelIDOf(ctx, ref)
	case idHex != "":
		h, err := logits.ParseHash(idHex)
		if err != nil {
			return models.ID{}, fmt.Errorf("-id: %w", err)
		}
		return models.ID(h), nil
	case calibration != "":
		c, err := calibrate.Load(calibration)
		if err != nil {
			return models.ID{}, err
		}
		return c.ModelID()
	}
	return models.ID{}, errors.New("give exactly one of -model or -id (or a -calibration file)")
}

func walletSetThresholds(ctx context.Context, e *env, args []string) error {
	var modelID uint
	var calibration string
	var tf thresholdFlags
	return walletRun(ctx, e, "set-thresholds", args, true, func(fs *flag.FlagSet) {
		fs.UintVar(&modelID, "model-id", 0, "the contract's model id")
		fs.StringVar(&calibration, "calibration", "", "calibration.json of the model from `pol calibrate`")
		tf.register(fs)
	}, func(ctx context.Context, cl *chain.Client) error {
		if modelID == 0 || modelID > math.MaxUint32 {
			return fmt.Errorf("-model-id %d out of range", modelID)
		}
		m, err := cl.Model(ctx, uint32(modelID))
		if err != nil {
			return err
		}
		th, source, err := tf.thresholdsFor(models.ID(m.WeightsHash), "", calibration)
		if err != nil {
			return err
		}
		th.Version = m.LatestVersion + 1
		if err := th.Validate(); err != nil {
			return err
		}
		if _, err := cl.UpdateThresholds(ctx, uint32(modelID), chain.ChainThresholds(th)); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "model %d = %s\nthresholds v%d: top-%d max|Δlogprob| <= %g, KL <= %g, tie margin %g (%s); active after the contract's thresholds delay\n",
			modelID, logits.Hash(m.WeightsHash), th.Version, th.TopK, th.MaxDelta, th.MaxKL, th.TieMargin, source)
		return nil
	})
}
