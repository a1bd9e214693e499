package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/models/calibrate"
)

func init() {
	walletCmds["register-model"] = walletCmd{"register a model with its calibrated thresholds (-calibration; contract owner)", walletRegisterModel}
	walletCmds["model"] = walletCmd{"show a registered model and its latest thresholds, per numeric profile", walletModel}
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
	fs.IntVar(&t.th.Span, "span", 0, "longest job (prompt + generated tokens) the thresholds were measured over; longer jobs are refused (instead of -calibration)")
}

// set reports which threshold flags the user gave.
func (t *thresholdFlags) set() (names []string) {
	t.fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "top-k", "max-delta", "max-kl", "tie-margin", "span":
			names = append(names, "-"+f.Name)
		}
	})
	return names
}

// registration is what register-model or set-thresholds sends: one
// thresholds entry per admitted numeric profile, and where they come from.
type registration struct {
	profiles []models.Profile
	th       []logits.Thresholds
	source   string
}

// chain returns the entries for the contract at version v.
func (r registration) chain(v uint32) []chain.Thresholds {
	out := make([]chain.Thresholds, len(r.th))
	for i, th := range r.th {
		th.Version = v
		out[i] = chain.ProfileThresholds(th, uint16(r.profiles[i]))
	}
	return out
}

// print writes one line per profile.
func (r registration) print(w io.Writer, v uint32) {
	for i, th := range r.th {
		fmt.Fprintf(w, "thresholds v%d %s: top-%d max|Δlogprob| <= %g, KL <= %g, tie margin %g, span %d tokens\n",
			v, r.profiles[i], th.TopK, th.MaxDelta, th.MaxKL, th.TieMargin, th.Span)
	}
	fmt.Fprintf(w, "source     %s\n", r.source)
}

// thresholdsFor decides what to register for model id: the calibration's
// thresholds of each profile it measured (the file must be for id), or the
// bundled model's for both CPU profiles (optionally with explicit flags on
// top), or explicit flags that set every value (both CPU profiles); anything
// else stops with what to run.
func (t *thresholdFlags) thresholdsFor(id models.ID, ref, calibration string) (registration, error) {
	given := t.set()
	cpu := []models.Profile{models.ProfileCPUF32, models.ProfileCPUF16}
	if calibration != "" {
		if len(given) > 0 {
			return registration{}, fmt.Errorf("-calibration registers exactly the calibrated thresholds: drop %v", given)
		}
		c, err := calibrate.Load(calibration)
		if err != nil {
			return registration{}, err
		}
		if cid, _ := c.ModelID(); cid != id {
			return registration{}, fmt.Errorf("-calibration %s is for model %s, not %s", calibration, cid, id)
		}
		r := registration{source: "calibrated in " + calibration}
		for _, pc := range c.Profiles {
			r.profiles = append(r.profiles, pc.Profile)
			r.th = append(r.th, pc.Thresholds.Logits())
		}
		return r, nil
	}
	th, ok := models.ThresholdsFor(id)
	source := "the bundled model's calibration"
	if !ok {
		if t.th.MaxDelta == 0 || t.th.MaxKL == 0 || t.th.TieMargin == 0 || t.th.Span == 0 {
			if ref == "" {
				ref = "MODEL"
			}
			return registration{}, fmt.Errorf("%w: model %s; run `pol calibrate -model %s -out DIR` and pass -calibration DIR/calibration.json "+
				"(or set every one of -max-delta, -max-kl, -tie-margin and -span yourself)", models.ErrNoThresholds, id, ref)
		}
		return registration{profiles: cpu, th: []logits.Thresholds{t.th, t.th}, source: "typed on the command line, not calibrated"}, nil
	}
	r := registration{source: source}
	for _, p := range models.SortedProfiles(th) {
		pt := th[p]
		t.fs.Visit(func(f *flag.Flag) {
			switch f.Name {
			case "top-k":
				pt.TopK = t.th.TopK
			case "max-delta":
				pt.MaxDelta = t.th.MaxDelta
			case "max-kl":
				pt.MaxKL = t.th.MaxKL
			case "tie-margin":
				pt.TieMargin = t.th.TieMargin
			case "span":
				pt.Span = t.th.Span
			}
		})
		r.profiles, r.th = append(r.profiles, p), append(r.th, pt)
	}
	if len(given) > 0 {
		r.source += ", changed by " + fmt.Sprint(given)
	}
	return r, nil
}

// validate checks every entry.
func (r registration) validate() error {
	for i, th := range r.th {
		if err := th.Validate(); err != nil {
			return fmt.Errorf("profile %s: %w", r.profiles[i], err)
		}
		if th.Span < 2 {
			return fmt.Errorf("profile %s: span %d: the thresholds must cover a job of at least 2 tokens (prompt + generated)", r.profiles[i], th.Span)
		}
	}
	return nil
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
		r, err := tf.thresholdsFor(id, ref, calibration)
		if err != nil {
			return err
		}
		if err := r.validate(); err != nil {
			return err
		}
		mid, err := cl.RegisterModelProfiles(ctx, logits.Hash(id), r.chain(1))
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "model %d = %s\n", mid, id)
		r.print(e.stdout, 1)
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
		r, err := tf.thresholdsFor(models.ID(m.WeightsHash), "", calibration)
		if err != nil {
			return err
		}
		if err := r.validate(); err != nil {
			return err
		}
		v := m.LatestVersion + 1
		if _, err := cl.UpdateThresholdsProfiles(ctx, uint32(modelID), r.chain(v)); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "model %d = %s (version %d is active after the contract's thresholds delay)\n", modelID, logits.Hash(m.WeightsHash), v)
		r.print(e.stdout, v)
		return nil
	})
}

func walletModel(ctx context.Context, e *env, args []string) error {
	var id uint
	return walletRun(ctx, e, "model", args, false, func(fs *flag.FlagSet) {
		fs.UintVar(&id, "id", 1, "model id")
	}, func(ctx context.Context, cl *chain.Client) error {
		if id == 0 || id > math.MaxUint32 {
			return fmt.Errorf("-id %d out of range", id)
		}
		m, err := cl.Model(ctx, uint32(id))
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "model      %d\nid         %s\n", id, logits.Hash(m.WeightsHash))
		set, err := chain.AdmittedThresholds(ctx, cl, uint32(id), m.LatestVersion, models.ProfileIDs())
		if err != nil {
			return err
		}
		for _, p := range slices.Sorted(maps.Keys(set)) {
			th := set[p]
			fmt.Fprintf(e.stdout, "thresholds v%d %s: top-k %d, max delta %g, max KL %g, tie margin %g, jobs up to %d tokens (prompt + generated)\n",
				th.Version, models.Profile(p), th.TopK, th.MaxDelta, th.MaxKL, th.TieMargin, th.Span)
		}
		if m.RetireAt != 0 {
			fmt.Fprintf(e.stdout, "retires    unix time %d\n", m.RetireAt)
		}
		return nil
	})
}
