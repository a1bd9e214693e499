package calibrate

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// byContext returns a pair's max |Δ logprob| per context (prompt + position
// + 1), reduced over the prompts by pick (math.Max for an honest pair's
// envelope, math.Min for a cheat's), with contexts ascending.
func (c *Calibration) byContext(p PairStats, pick func(a, b float64) float64) plotter.XYs {
	at := map[int]float64{}
	last := 0
	for j, v := range p.MaxDelta.Values {
		if c.Positions == 0 || j/c.Positions >= len(c.PromptTokens) {
			break
		}
		ctx := c.PromptTokens[j/c.Positions] + j%c.Positions + 1
		if old, ok := at[ctx]; ok {
			v = pick(old, v)
		}
		at[ctx] = v
		last = max(last, ctx)
	}
	var pts plotter.XYs
	for ctx := 1; ctx <= last; ctx++ {
		if v, ok := at[ctx]; ok {
			pts = append(pts, plotter.XY{X: float64(ctx), Y: math.Max(v, PlotFloor)})
		}
	}
	return pts
}

func (c *Calibration) pair(name string) (PairStats, bool) {
	for _, p := range c.Pairs {
		if p.Name == name {
			return p, true
		}
	}
	return PairStats{}, false
}

// SaveSpanPlot draws max |Δ logprob| against the context, on log axes: per
// profile, the honest pair that reaches its largest drift within its span
// (the largest over the prompts at each context) and the closest
// every-position cheat (the smallest over the prompts), the every-job
// cheats at every position (a dot each), with the profile's
// band drawn as a horizontal line up to its span and a vertical line at
// the span. It writes the picture to path (.png or .svg by extension).
func (c *Calibration) SaveSpanPlot(path string) error {
	p := plot.New()
	p.Title.Text = fmt.Sprintf("pol calibrate: %s, drift against context (prompt + position)", c.Model.Ref)
	p.X.Label.Text = "context (tokens)"
	p.Y.Label.Text = fmt.Sprintf("max |Δ logprob| over the top-%d (0 drawn at %g)", topKOf(c), PlotFloor)
	p.X.Scale, p.Y.Scale = plot.LogScale{}, plot.LogScale{}
	p.X.Tick.Marker, p.Y.Tick.Marker = decades{}, decades{}
	palette := []color.Color{
		color.RGBA{R: 31, G: 119, B: 180, A: 255},
		color.RGBA{R: 44, G: 160, B: 44, A: 255},
		color.RGBA{R: 148, G: 103, B: 189, A: 255},
		color.RGBA{R: 140, G: 86, B: 75, A: 255},
	}
	cheat := color.RGBA{R: 214, G: 39, B: 40, A: 255}
	lo, hi, right := math.Inf(1), 0.0, 1.0
	drawn := map[string]bool{}
	addLine := func(pts plotter.XYs, col color.Color, width float64, dashes []vg.Length, label string) error {
		l, err := plotter.NewLine(pts)
		if err != nil {
			return err
		}
		l.LineStyle = draw.LineStyle{Color: col, Width: vg.Points(width), Dashes: dashes}
		p.Add(l)
		p.Legend.Add(label, l)
		for _, q := range pts {
			lo, hi, right = math.Min(lo, q.Y), math.Max(hi, q.Y), math.Max(right, q.X)
		}
		return nil
	}
	for i, pc := range c.Profiles {
		col := palette[i%len(palette)]
		for _, name := range []string{pc.HonestPair, pc.DishonestPair} {
			ps, ok := c.pair(name)
			if !ok || drawn[name] {
				continue
			}
			drawn[name] = true
			pick, lc, label := math.Max, col, fmt.Sprintf("%s: %s (largest over the prompts)", pc.ProfileName, name)
			if !ps.Honest {
				pick, lc, label = math.Min, cheat, fmt.Sprintf("cheat: %s (smallest over the prompts)", name)
			}
			if err := addLine(c.byContext(ps, pick), lc, 0.8, nil, label); err != nil {
				return err
			}
		}
	}
	// the every-job cheats, every position: what share of them lies above
	// a band is what catches them in a job
	for _, ps := range c.Pairs {
		if ps.Class != "every-job" {
			continue
		}
		var pts plotter.XYs
		for j, v := range ps.MaxDelta.Values {
			if c.Positions > 0 && j/c.Positions < len(c.PromptTokens) {
				pts = append(pts, plotter.XY{X: float64(c.PromptTokens[j/c.Positions] + j%c.Positions + 1), Y: math.Max(v, PlotFloor)})
			}
		}
		sc, err := plotter.NewScatter(pts)
		if err != nil {
			return err
		}
		sc.GlyphStyle = draw.GlyphStyle{Color: color.RGBA{R: 255, G: 127, B: 14, A: 255}, Radius: vg.Points(0.7), Shape: draw.CircleGlyph{}}
		p.Add(sc)
		p.Legend.Add(fmt.Sprintf("every-job cheat: %s (every prompt)", ps.Name), sc)
	}
	floor := lo
	for i, pc := range c.Profiles {
		col := palette[i%len(palette)]
		t := pc.Thresholds
		band := plotter.XYs{{X: 1, Y: t.MaxDelta}, {X: float64(t.Span), Y: t.MaxDelta}, {X: float64(t.Span), Y: floor}}
		if err := addLine(band, col, 1.6, []vg.Length{vg.Points(5), vg.Points(3)}, fmt.Sprintf("%s band %g up to span %d", pc.ProfileName, t.MaxDelta, t.Span)); err != nil {
			return err
		}
	}
	p.X.Min, p.X.Max = 1, 1.2*right
	p.Y.Min, p.Y.Max = math.Pow(10, math.Floor(math.Log10(lo))), math.Pow(10, math.Ceil(math.Log10(hi)))
	p.Legend.Top = true
	p.Legend.Left = true
	p.Legend.TextStyle.Font.Size = vg.Points(8)
	p.Add(plotter.NewGrid())
	return p.Save(24*vg.Centimeter, 16*vg.Centimeter, path)
}
