package calibrate

import (
	"fmt"
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// PlotFloor is where a drift of exactly 0 (bit-exact pairs) is drawn on the
// log axis.
const PlotFloor = 1e-9

// SavePlot draws the calibration's max |Δ logprob| per position, one row per
// pair (honest blue, every-position cheats red, every-job cheats orange) on
// a log axis (every position measured), with a vertical line at each
// profile's MaxDelta (labelled with its span), and writes it
// to path (.png or .svg by extension).
func (c *Calibration) SavePlot(path string) error {
	p := plot.New()
	p.Title.Text = fmt.Sprintf("pol calibrate: %s (%s, %d layers, dim %d, vocab %d)", c.Model.Ref, c.Model.Arch, c.Model.Layers, c.Model.EmbedDim, c.Model.VocabSize)
	p.X.Label.Text = fmt.Sprintf("max |Δ logprob| over the top-%d, per position (0 drawn at %g)", topKOf(c), PlotFloor)
	p.X.Scale = plot.LogScale{}
	p.X.Tick.Marker = decades{}
	names := make([]string, len(c.Pairs))
	colors := map[string]color.Color{
		"honest":         color.RGBA{R: 31, G: 119, B: 180, A: 255},
		"every-position": color.RGBA{R: 214, G: 39, B: 40, A: 255},
		"every-job":      color.RGBA{R: 255, G: 127, B: 14, A: 255},
	}
	lo, hi := math.Inf(1), 0.0
	legend := map[string]bool{}
	for i, pair := range c.Pairs {
		row := len(c.Pairs) - 1 - i // first pair on top
		names[row] = pair.Name
		pts := make(plotter.XYs, len(pair.MaxDelta.Values))
		for j, v := range pair.MaxDelta.Values {
			v = math.Max(v, PlotFloor)
			lo, hi = math.Min(lo, v), math.Max(hi, v)
			// spread the positions over the row so that equal values stay visible
			pts[j] = plotter.XY{X: v, Y: float64(row) + 0.5*(float64(j)/float64(max(1, len(pts)-1))-0.5)}
		}
		s, err := plotter.NewScatter(pts)
		if err != nil {
			return err
		}
		s.GlyphStyle = draw.GlyphStyle{Color: colors[pair.Class], Radius: vg.Points(1.6), Shape: draw.CircleGlyph{}}
		p.Add(s)
		if !legend[pair.Class] {
			legend[pair.Class] = true
			p.Legend.Add(pair.Class, s)
		}
	}
	dashes := [][]vg.Length{{vg.Points(4), vg.Points(2)}, {vg.Points(1), vg.Points(2)}, {vg.Points(6), vg.Points(2), vg.Points(1), vg.Points(2)}}
	for i, pc := range c.choices() {
		x := pc.Thresholds.MaxDelta
		lo, hi = math.Min(lo, x), math.Max(hi, x)
		l, err := plotter.NewLine(plotter.XYs{{X: x, Y: -0.5}, {X: x, Y: float64(len(c.Pairs)) - 0.5}})
		if err != nil {
			return err
		}
		l.LineStyle = draw.LineStyle{Color: color.Black, Width: vg.Points(1), Dashes: dashes[i%len(dashes)]}
		p.Add(l)
		p.Legend.Add(fmt.Sprintf("%s max_delta %g, span %d", pc.ProfileName, x, pc.Thresholds.Span), l)
	}
	p.NominalY(names...)
	p.X.Min, p.X.Max = math.Pow(10, math.Floor(math.Log10(lo))), math.Pow(10, math.Ceil(math.Log10(hi)))
	p.Legend.Top = true
	p.Legend.XOffs = -vg.Points(8)
	p.Legend.YOffs = -vg.Points(20)
	p.Legend.TextStyle.Font.Size = vg.Points(9)
	p.Add(plotter.NewGrid())
	return p.Save(24*vg.Centimeter, vg.Length(4+0.75*float64(len(c.Pairs)))*vg.Centimeter, path)
}

func topKOf(c *Calibration) int {
	return c.All.Thresholds.TopK
}

// decades ticks a log axis at every power of ten (labelled 1e-06 etc.).
type decades struct{}

func (decades) Ticks(lo, hi float64) []plot.Tick {
	var ts []plot.Tick
	for e := math.Floor(math.Log10(lo)); e <= math.Ceil(math.Log10(hi)); e++ {
		v := math.Pow(10, e)
		ts = append(ts, plot.Tick{Value: v, Label: strconv.FormatFloat(v, 'g', 1, 64)})
		for i := 2; i < 10 && float64(i)*v <= hi; i++ {
			ts = append(ts, plot.Tick{Value: float64(i) * v})
		}
	}
	return ts
}
