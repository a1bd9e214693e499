package calibrate

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
)

// Schema names the calibration.json format; a reader refuses any other.
const Schema = "pol-calibration/2"

// Calibration is calibration.json: what `pol calibrate` measured on one
// model on one machine and the thresholds it chose per numeric profile.
type Calibration struct {
	Schema string    `json:"schema"`
	Model  ModelInfo `json:"model"`
	// Engines names the engine builds the pairs ran (ggml's cgo flags and
	// backend, the reference engine).
	Engines map[string]string `json:"engines"`
	Machine MachineInfo       `json:"machine"`
	Prompts []string          `json:"prompts"`
	// PromptTokens is each prompt's length in tokens: position i of a
	// prompt is generated at context PromptTokens + i + 1.
	PromptTokens []int `json:"prompt_tokens"`
	// Positions is the number of generated positions per prompt.
	Positions int `json:"positions_per_prompt"`
	// Challenges and JobsPerPrompt are the simulated jobs' parameters.
	Challenges    int         `json:"challenges"`
	JobsPerPrompt int         `json:"simulated_jobs_per_prompt"`
	Rule          Rule        `json:"rule"`
	Pairs         []PairStats `json:"pairs"`
	// All admits the honest pairs of every profile measured here, over the
	// longest span where one band separates them all from every cheat
	// (AllProfiles): about the band validators judge the shortest jobs by.
	All ProfileChoice `json:"thresholds"`
	// Profiles holds the thresholds and span chosen per numeric profile
	// measured here (each from its own honest pairs, checked against every
	// cheat): the values `pol wallet register-model -calibration`
	// registers.
	Profiles []ProfileChoice `json:"profiles"`
	Seconds  float64         `json:"seconds"`
}

// ModelInfo identifies the calibrated model.
type ModelInfo struct {
	Ref  string `json:"ref"`
	Path string `json:"path"`
	ID   string `json:"id"`
	models.Config
}

// MachineInfo describes where the calibration ran.
type MachineInfo struct {
	GOOS   string `json:"goos"`
	GOARCH string `json:"goarch"`
	CPUs   int    `json:"cpus"`
	Go     string `json:"go"`
}

// Rule states the threshold rule's constants.
type Rule struct {
	SafetyFactor float64 `json:"safety_factor"`
	KLFactor     float64 `json:"kl_factor"`
	MinMaxDelta  float64 `json:"min_max_delta"`
	// Ladder are the spans tried (docs/calibration.md, "Span").
	Ladder []int  `json:"ladder"`
	Text   string `json:"text"`
}

// Quantiles summarise a metric over a pair's positions.
type Quantiles struct {
	Min    float64   `json:"min"`
	P50    float64   `json:"p50"`
	P90    float64   `json:"p90"`
	P99    float64   `json:"p99"`
	Max    float64   `json:"max"`
	Values []float64 `json:"values"` // per position, prompt by prompt
}

func quantiles(v []float64) Quantiles {
	s := slices.Clone(v)
	slices.Sort(s)
	q := func(f float64) float64 { return s[int(math.Ceil(f*float64(len(s))))-1] }
	return Quantiles{Min: s[0], P50: q(0.5), P90: q(0.9), P99: q(0.99), Max: s[len(s)-1], Values: v}
}

// PairStats is one pair's measurement.
type PairStats struct {
	Name   string `json:"name"`
	Honest bool   `json:"honest"`
	// Class is what the rule demands: "honest" (pass at every position),
	// "every-position" (fail at every position) or "every-job" (fail in
	// every simulated job).
	Class string `json:"class"`
	// Profile is the honest miner's numeric profile (0 for a cheat).
	Profile   models.Profile `json:"profile,omitempty"`
	Miner     string         `json:"miner"`
	Validator string         `json:"validator"`
	Positions int            `json:"positions"`
	MaxDelta  Quantiles      `json:"max_delta"`
	KL        Quantiles      `json:"kl"`
	Top1Agree float64        `json:"top1_agree"`
	// Verdicts is, per profile's thresholds, how the pair fared.
	Verdicts []PairVerdict `json:"verdicts"`
}

// PairVerdict is a pair under one profile's thresholds.
type PairVerdict struct {
	// Profile is the numeric profile whose thresholds judged (0: all).
	Profile models.Profile `json:"profile"`
	// Passed counts the positions within the profile's span (Positions of
	// them) that pass; JobsCaught the simulated jobs as long as the span
	// allows that fail.
	Passed     int `json:"passed_positions"`
	Positions  int `json:"positions"`
	JobsCaught int `json:"jobs_caught"`
	Jobs       int `json:"jobs"`
}

// ProfileChoice is the chosen thresholds of one profile and their margins.
type ProfileChoice struct {
	// Profile is the numeric profile (0: every profile measured).
	Profile     models.Profile `json:"profile"`
	ProfileName string         `json:"profile_name"`
	Thresholds  JSONThresholds `json:"thresholds"`
	// HonestMaxDelta / HonestMaxKL: the largest honest values (HonestPair
	// reached the former); DishonestMinDelta: the smallest value of a cheat
	// that must fail at every position (DishonestPair).
	HonestMaxDelta    float64 `json:"honest_max_delta"`
	HonestMaxKL       float64 `json:"honest_max_kl"`
	HonestPair        string  `json:"honest_pair"`
	DishonestMinDelta float64 `json:"dishonest_min_delta"`
	DishonestPair     string  `json:"dishonest_pair"`
	// HonestMargin = MaxDelta / HonestMaxDelta (0 when HonestMaxDelta is 0:
	// the honest pairs agree exactly), DishonestMargin = DishonestMinDelta /
	// MaxDelta.
	HonestMargin    float64 `json:"honest_margin"`
	DishonestMargin float64 `json:"dishonest_margin"`
	// Limit says what keeps the span from the next ladder step; Ladder is
	// the rule at every step tried.
	Limit  string `json:"limit"`
	Ladder []Step `json:"ladder"`
}

// JSONThresholds is logits.Thresholds with JSON names.
type JSONThresholds struct {
	Version   uint32  `json:"version"`
	TopK      int     `json:"top_k"`
	MaxDelta  float64 `json:"max_delta"`
	MaxKL     float64 `json:"max_kl"`
	TieMargin float64 `json:"tie_margin"`
	// Span is the context (prompt + generated tokens) the thresholds were
	// calibrated over; jobs longer than it are outside them.
	Span int `json:"span"`
}

// Logits converts to the comparator's type.
func (t JSONThresholds) Logits() logits.Thresholds {
	return logits.Thresholds{Version: t.Version, TopK: t.TopK, MaxDelta: t.MaxDelta, MaxKL: t.MaxKL, TieMargin: t.TieMargin, Span: t.Span}
}

func jsonThresholds(t logits.Thresholds) JSONThresholds {
	return JSONThresholds{Version: t.Version, TopK: t.TopK, MaxDelta: t.MaxDelta, MaxKL: t.MaxKL, TieMargin: t.TieMargin, Span: t.Span}
}

// ErrNoProfile means a calibration has no thresholds for a profile.
var ErrNoProfile = errors.New("calibration has no thresholds for this numeric profile")

// ProfileThresholds returns the chosen thresholds of profile p.
func (c *Calibration) ProfileThresholds(p models.Profile) (logits.Thresholds, error) {
	for _, pc := range c.Profiles {
		if pc.Profile == p {
			return pc.Thresholds.Logits(), nil
		}
	}
	var have []string
	for _, pc := range c.Profiles {
		have = append(have, pc.Profile.String())
	}
	return logits.Thresholds{}, fmt.Errorf("%w: %s (it has %v; calibrate on a machine that runs %s)", ErrNoProfile, p, have, p)
}

// Set returns the chosen thresholds of every profile, as registered.
func (c *Calibration) Set() map[models.Profile]logits.Thresholds {
	set := make(map[models.Profile]logits.Thresholds, len(c.Profiles))
	for _, pc := range c.Profiles {
		set[pc.Profile] = pc.Thresholds.Logits()
	}
	return set
}

// ModelID returns the calibrated model's id.
func (c *Calibration) ModelID() (models.ID, error) { return models.ParseID(c.Model.ID) }

// Load reads and checks a calibration.json.
func Load(path string) (*Calibration, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("calibration: %w", err)
	}
	var c Calibration
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("calibration %s: %w", path, err)
	}
	if c.Schema != Schema {
		if c.Schema == "pol-calibration/1" {
			return nil, fmt.Errorf("calibration %s: schema %q has no calibrated span (docs/calibration.md): run `pol calibrate` again", path, c.Schema)
		}
		return nil, fmt.Errorf("calibration %s: schema %q, want %q", path, c.Schema, Schema)
	}
	if _, err := c.ModelID(); err != nil {
		return nil, fmt.Errorf("calibration %s: model id: %w", path, err)
	}
	if len(c.Profiles) == 0 {
		return nil, fmt.Errorf("calibration %s: no profiles (a refused calibration has none)", path)
	}
	if err := c.All.Thresholds.Logits().Validate(); err != nil {
		return nil, fmt.Errorf("calibration %s: thresholds: %w", path, err)
	}
	for _, pc := range c.Profiles {
		if !pc.Profile.Known() {
			return nil, fmt.Errorf("calibration %s: unknown numeric profile %d", path, pc.Profile)
		}
		if err := pc.Thresholds.Logits().Validate(); err != nil {
			return nil, fmt.Errorf("calibration %s: profile %s: %w", path, pc.Profile, err)
		}
		if pc.Thresholds.Span < 2 {
			return nil, fmt.Errorf("calibration %s: profile %s: span %d, want the calibrated context (>= 2 tokens)", path, pc.Profile, pc.Thresholds.Span)
		}
	}
	return &c, nil
}

// Save writes c as indented JSON.
func (c *Calibration) Save(path string) error {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}
