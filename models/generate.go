package models

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/pol-network/pol/logits"
)

// Sink receives each generated position in order: the sampled token and the
// full logit vector it was sampled from (the sink may keep the slice).
// *logits.Builder is a Sink: generation streams straight into the
// commitment.
type Sink interface {
	Append(token uint32, l []float32) error
}

// SampledSink is a Sink that can skip checking a vector the canonical
// sampler has already checked (*logits.Builder): Generate hands it each
// position through AppendSampled.
type SampledSink interface {
	AppendSampled(token uint32, l []float32) error
}

// ResumeSink is a Sink that holds the positions of an interrupted run
// (*logits.Builder after Store.Resume). Generate checks every stored
// position against its recomputation and regenerates from the first one
// that differs.
type ResumeSink interface {
	Sink
	// Matches reports whether stored position i holds exactly token and
	// logits l (bit for bit).
	Matches(i int, token uint32, l []float32) bool
	// Truncate drops stored positions n and later.
	Truncate(n int) error
}

// GenerateOptions configure Generate.
type GenerateOptions struct {
	// N is the number of positions to generate (n >= 1).
	N int
	// Sampler is the canonical sampler; position i uses Sample(L_i, i).
	Sampler logits.Sampler
	// StopAtEOG ends generation after a position whose token ends
	// generation (EOS), so fewer than N positions may be produced.
	StopAtEOG bool
	// Sink, if set, receives every position, on Generate's goroutine
	// between forward passes; Generate stops at the first error. Whether its
	// work overlaps the next forward pass is the sink's choice: a
	// *logits.Builder queues the vector for the store's own threads or does
	// the work at once (logits.Work), whichever costs the engine less.
	Sink Sink
	// Resume are output tokens t_0..t_{r-1} generated before an
	// interruption (a miner's crash): Generate prefills them with the prompt
	// in one pass, checks that the sampler picks each of them again from the
	// recomputed logits, and continues at position r; the sink sees
	// positions r.. only. If the sink is a ResumeSink, each stored position
	// must also match its recomputed logits bit for bit; from the first one
	// that does not (or whose token the sampler does not pick), the stored
	// positions are truncated and generated again. Otherwise a token the
	// sampler does not pick is ErrResumeDiverged.
	Resume []uint32
}

// ErrResumeDiverged means the engine does not reproduce the tokens of an
// interrupted generation (its model or settings changed, or a near-tie
// sampled differently): the stored positions cannot be continued.
var ErrResumeDiverged = errors.New("resumed generation diverged from the stored positions")

// Generate runs the job of spec §Positions: position i's logits L_i are the
// engine's output after prompt ++ t_0..t_{i-1}, and t_i is the canonical
// sampler's pick from L_i. It returns the output tokens.
func Generate(ctx context.Context, e Engine, prompt []int32, o GenerateOptions) ([]uint32, error) {
	g, err := StartGeneration(e, prompt, o)
	if err != nil {
		return nil, err
	}
	defer g.Close()
	for !g.Done() {
		if err := ctx.Err(); err != nil {
			return g.Output(), err
		}
		if err := g.Next(); err != nil {
			return g.Output(), err
		}
	}
	return g.Output(), nil
}

// Generation is Generate one position at a time (what a benchmark needs to
// interleave two generations token by token). It is used by one goroutine.
type Generation struct {
	s    Session
	o    GenerateOptions
	tok  *Tokenizer
	l    []float32 // the logits of the next position
	out  []uint32
	done bool
}

// StartGeneration opens a session, prefills the prompt (and any resumed
// positions, as Generate does) and returns the generation ready for its
// next position.
func StartGeneration(e Engine, prompt []int32, o GenerateOptions) (*Generation, error) {
	if o.N < 1 {
		return nil, fmt.Errorf("generate: n = %d, want >= 1", o.N)
	}
	if len(prompt) == 0 {
		return nil, errors.New("generate: empty prompt")
	}
	if len(o.Resume) > o.N {
		return nil, fmt.Errorf("generate: resuming %d positions of a job of %d", len(o.Resume), o.N)
	}
	s, err := e.NewSession(len(prompt) + o.N)
	if err != nil {
		return nil, err
	}
	rs, _ := o.Sink.(ResumeSink)
	l, kept, err := resume(s, prompt, o.Resume, o.Sampler, rs)
	if err != nil {
		s.Close()
		return nil, err
	}
	if kept < len(o.Resume) {
		// Stored positions kept..r-1 differ from their recomputation: drop
		// them and continue from a context of prompt ++ t_0..t_{kept-1}.
		s.Close()
		if err := rs.Truncate(kept); err != nil {
			return nil, fmt.Errorf("generate: drop stored positions from %d: %w", kept, err)
		}
		if s, err = e.NewSession(len(prompt) + o.N); err != nil {
			return nil, err
		}
		if l, err = Prefill(s, history(prompt, o.Resume[:kept])); err != nil {
			s.Close()
			return nil, fmt.Errorf("generate: prefill: %w", err)
		}
	}
	g := &Generation{s: s, o: o, tok: e.File().Tokenizer, l: l, out: make([]uint32, kept, o.N)}
	copy(g.out, o.Resume[:kept])
	if r := kept; r == o.N || (r > 0 && o.StopAtEOG && g.tok.IsEOG(int32(g.out[r-1]))) {
		g.done = true // it had ended before the interruption
	}
	return g, nil
}

// Done reports whether the generation has ended (n positions, or an
// end-of-generation token with StopAtEOG).
func (g *Generation) Done() bool { return g.done }

// Output is the tokens generated so far (the generation's own slice).
func (g *Generation) Output() []uint32 { return g.out }

// Next samples the next position, hands it to the sink and, unless the
// generation ends there, runs the forward pass for the one after.
func (g *Generation) Next() error {
	if g.done {
		return errors.New("generate: the generation has ended")
	}
	i := len(g.out)
	t, err := g.o.Sampler.Sample(g.l, uint32(i))
	if err != nil {
		return fmt.Errorf("generate: position %d: %w", i, err)
	}
	if g.o.Sink != nil {
		if ss, ok := g.o.Sink.(SampledSink); ok {
			err = ss.AppendSampled(t, g.l) // Sample refused a non-finite vector
		} else {
			err = g.o.Sink.Append(t, g.l)
		}
		if err != nil {
			return fmt.Errorf("generate: position %d: %w", i, err)
		}
	}
	g.out = append(g.out, t)
	if i == g.o.N-1 || (g.o.StopAtEOG && g.tok.IsEOG(int32(t))) {
		g.done = true
		return nil
	}
	// Engines return fresh slices, so the sink may keep l while the next
	// step computes.
	if g.l, err = Decode(g.s, int32(t)); err != nil {
		return fmt.Errorf("generate: position %d: %w", i+1, err)
	}
	return nil
}

// Close releases the session.
func (g *Generation) Close() error { return g.s.Close() }

// resume prefills prompt ++ done in one forward pass and checks every
// stored position against the logits before it: the sampler must pick its
// token again and, with a ResumeSink, its stored logits must equal the
// recomputed ones. It returns how many leading positions pass (all, or the
// error ErrResumeDiverged without a ResumeSink) and the logits after the
// prefill, which predict position len(done) (valid when all pass).
func resume(s Session, prompt []int32, done []uint32, sampler logits.Sampler, rs ResumeSink) ([]float32, int, error) {
	seq := history(prompt, done)
	rows := make([]int, len(done)+1) // the logits after prompt ++ done[:i], for every i
	for i := range rows {
		rows[i] = len(prompt) - 1 + i
	}
	ls, err := s.Forward(seq, rows)
	if err != nil {
		return nil, 0, fmt.Errorf("generate: prefill: %w", err)
	}
	for i, t := range done {
		got, err := sampler.Sample(ls[i], uint32(i))
		if err != nil {
			return nil, 0, fmt.Errorf("generate: position %d: %w", i, err)
		}
		if rs != nil && (got != t || !rs.Matches(i, t, ls[i])) {
			return nil, i, nil
		}
		if got != t {
			return nil, 0, fmt.Errorf("%w: position %d: the sampler picks %d, stored %d", ErrResumeDiverged, i, got, t)
		}
	}
	return ls[len(done)], len(done), nil
}

// history is the token sequence prompt ++ output, as the engine takes it.
func history(prompt []int32, output []uint32) []int32 {
	seq := make([]int32, 0, len(prompt)+len(output))
	seq = append(seq, prompt...)
	for _, t := range output {
		seq = append(seq, int32(t))
	}
	return seq
}

// Recompute returns, for each requested position i (0-based, any order,
// repeats allowed), the logits L_i given prompt ++ output[:i]: what a
// validator compares with a miner's opening. All positions come from one
// prefill of prompt ++ output[:max i] with outputs at the requested rows
// (in chunks of at most MaxRecomputeBytes of rows), so checking k positions
// costs one forward pass over the longest prefix. RecomputeJob is the
// validator's whole check.
func Recompute(ctx context.Context, e Engine, prompt []int32, output []uint32, positions []uint32) ([][]float32, error) {
	if len(prompt) == 0 {
		return nil, errors.New("recompute: empty prompt")
	}
	if len(positions) == 0 {
		return nil, nil
	}
	uniq := slices.Clone(positions)
	slices.Sort(uniq)
	uniq = slices.Compact(uniq)
	if last := uniq[len(uniq)-1]; int(last) >= len(output) {
		return nil, fmt.Errorf("recompute: position %d outside the %d output tokens", last, len(output))
	}
	ls := make([][]float32, len(uniq))
	k := 0
	if err := forwardRows(ctx, e, prompt, output, uniq, func(_ uint32, l []float32) error {
		ls[k] = l
		k++
		return nil
	}); err != nil {
		return nil, fmt.Errorf("recompute: %w", err)
	}
	res := make([][]float32, len(positions))
	for j, p := range positions {
		i, _ := slices.BinarySearch(uniq, p)
		res[j] = ls[i]
	}
	return res, nil
}
