package calibrate

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteTable prints the calibration: per pair its class and profile, the
// metrics' min / median / max over every position measured, and the
// positions within each profile's span passing (or, for an every-job
// cheat, the jobs as long as the span caught) under its thresholds; then
// each profile's thresholds, span and what limited the span; then the rule
// at every step of the ladder (WriteLadder).
func (c *Calibration) WriteTable(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "pair\tclass\tprofile\tmax|Δlogprob| min / p50 / max\tKL min / p50 / max\ttop-1")
	for _, p := range c.choices() {
		fmt.Fprintf(tw, "\tat %s (span %d)", p.ProfileName, p.Thresholds.Span)
	}
	fmt.Fprintln(tw)
	for _, p := range c.Pairs {
		prof := "-"
		if p.Honest {
			prof = p.Profile.String()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.2g / %.2g / %.2g\t%.2g / %.2g / %.2g\t%.0f%%", p.Name, p.Class, prof,
			p.MaxDelta.Min, p.MaxDelta.P50, p.MaxDelta.Max, p.KL.Min, p.KL.P50, p.KL.Max, 100*p.Top1Agree)
		for _, v := range p.Verdicts {
			if p.Class == "every-job" {
				fmt.Fprintf(tw, "\t%d/%d pass, %d/%d jobs caught", v.Passed, v.Positions, v.JobsCaught, v.Jobs)
			} else {
				fmt.Fprintf(tw, "\t%d/%d pass", v.Passed, v.Positions)
			}
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "profile\tspan\tmax|Δlogprob|\tKL\ttie margin\thonest max (margin)\tclosest every-position cheat (margin)\tspan limited by")
	for _, p := range c.choices() {
		t := p.Thresholds
		fmt.Fprintf(tw, "%s\t%d\t%g\t%g\t%g\t%.2g, %s (%.2fx)\t%.2g, %s (%.1fx)\t%s\n", p.ProfileName, t.Span, t.MaxDelta, t.MaxKL, t.TieMargin,
			p.HonestMaxDelta, p.HonestPair, p.HonestMargin, p.DishonestMinDelta, p.DishonestPair, p.DishonestMargin, p.Limit)
	}
	tw.Flush()
	fmt.Fprintln(w)
	c.WriteLadder(w)
}

// WriteLadder prints, per profile and ladder step, the largest honest drift
// within the step's span (and the context where it was reached), the
// max_delta the rule sets there, the closest every-position cheat's
// smallest drift, the every-job cheats' escapes, and whether the rule holds.
func (c *Calibration) WriteLadder(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "profile\tspan\thonest max (at context)\tmax_delta\tclosest cheat min\tmild escapes\trule")
	for _, p := range c.choices() {
		for _, st := range p.Ladder {
			verdict := "holds"
			if !st.OK() {
				verdict = strings.Join(st.Problems, "; ")
			}
			if st.Span == p.Thresholds.Span {
				verdict += "  <- chosen"
			}
			fmt.Fprintf(tw, "%s\t%d\t%.2g (%d)\t%g\t%.2g\t%d/%d\t%s\n", p.ProfileName, st.Span, st.HonestMaxDelta, st.HonestContext,
				st.Thresholds.MaxDelta, st.DishonestMinDelta, st.MildEscapes, st.MildJobs, verdict)
		}
	}
	tw.Flush()
}
