package logits

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// The last partial segment is written padded to the alignment and the file
// is cut to its records only afterwards (drain). A process killed between
// the two leaves the padding in the file, and Resume must not read it as
// records. It did for a file of the plain format (no checksum): zero
// padding reads as positions of token 0 and all-zero logits. The test stops
// a pipeline exactly where the kill would: after the flusher's write, before
// the cut.
func TestResumeIgnoresSegmentPadding(t *testing.T) {
	for _, format := range []byte{recordsPlain, recordsChecked} {
		s, _ := OpenStore(t.TempDir())
		s.SetWork(WorkInline)
		job := JobID{0x5e, format}
		const vocab = 12
		head := logitsHead(job, vocab, format, Version)
		if err := os.WriteFile(s.path(job, logitsExt), head[:], 0o600); err != nil {
			t.Fatal(err)
		}
		b, err := s.Resume(job)
		if err != nil {
			t.Fatal(err)
		}
		tokens, _ := genJob(t, b, 3, 7)
		p := b.pipe
		p.out.finish()
		p.flushr.Wait()
		p.out.close()
		if err := p.failed(); err != nil {
			t.Fatal(err)
		}
		b.f.Close() // killed here: the file is not cut to its records
		if st, _ := os.Stat(s.path(job, logitsExt)); st.Size()%segmentAlign != 0 {
			t.Fatalf("format %d: the padded segment was not written (%d bytes)", format, st.Size())
		}

		b, err = s.Resume(job)
		if err != nil {
			t.Fatal(err)
		}
		if b.Len() != len(tokens) {
			t.Fatalf("format %d: resumed %d positions, 3 were appended", format, b.Len())
		}
		b.Close()
	}
}

// A builder's segments are written into its own file, even after the name
// has gone to another: here the job is removed while a builder still holds
// it (its file unlinked) and created again. The O_DIRECT handle was opened
// by name at each pipeline's start, so the first builder's next segment
// overwrote the new job's records.
func TestSegmentsStayInTheirFile(t *testing.T) {
	eachWork(t, func(t *testing.T, w Work) {
		s, _ := OpenStore(t.TempDir())
		s.SetWork(w)
		job := JobID{0x5f}
		const vocab = 8
		old, _ := s.Create(job, vocab)
		defer old.Abort()
		genJob(t, old, 2, 1)
		old.Matches(0, 0, make([]float32, vocab)) // drains: the next Append starts a pipeline
		if err := s.Remove(job); err != nil {
			t.Fatal(err)
		}
		b, err := s.Create(job, vocab)
		if err != nil {
			t.Fatal(err)
		}
		genJob(t, b, 5, 2)
		root, _, err := b.Finish()
		if err != nil {
			t.Fatal(err)
		}

		genJob(t, old, 1, 3) // to the removed file
		if err := old.Close(); err != nil {
			t.Fatal(err)
		}
		for i := range uint32(5) {
			o, err := s.Open(job, i)
			if err != nil {
				t.Fatalf("position %d of the new job: %v", i, err)
			}
			if err := o.Verify(root); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// Random runs of Append, Matches, Truncate and Close-then-Resume, with
// records straddling segment boundaries, leave exactly the positions
// appended since the last truncation: each restart reads back the partial
// block and the padding of the last segment never remains.
func TestSegmentsAcrossRestarts(t *testing.T) {
	for _, w := range []Work{WorkPipelined, WorkInline} {
		segmentsSequence(t, w, 1)
	}
}

func segmentsSequence(t *testing.T, w Work, seed uint64) {
	r := rand.New(rand.NewPCG(seed, 9))
	s, _ := OpenStore(t.TempDir())
	s.SetWork(w)
	job := JobID{0x77, byte(seed)}
	const vocab = 30011 // records straddle segment boundaries
	vec := func(i, gen int) (uint32, []float32) {
		l := make([]float32, vocab)
		for k := range l {
			l[k] = float32((i*131+k*7+gen*17)%2003) / 11
		}
		return uint32((i + gen) % vocab), l
	}
	b, err := s.Create(job, vocab)
	if err != nil {
		t.Fatal(err)
	}
	var gens []int // generation of each stored position
	for step := 0; step < 40; step++ {
		switch op := r.IntN(10); {
		case op < 6:
			k := 1 + r.IntN(40)
			for range k {
				i := len(gens)
				g := r.IntN(3)
				if err := b.Append(vec(i, g)); err != nil {
					t.Fatal(err)
				}
				gens = append(gens, g)
			}
		case op == 6 && len(gens) > 0:
			i := r.IntN(len(gens))
			tok, l := vec(i, gens[i])
			if !b.Matches(i, tok, l) {
				t.Fatalf("%v seed %d step %d: position %d does not match", w, seed, step, i)
			}
		case op == 7:
			n := r.IntN(len(gens) + 1)
			if err := b.Truncate(n); err != nil {
				t.Fatal(err)
			}
			gens = gens[:n]
		default:
			if err := b.Close(); err != nil {
				t.Fatal(err)
			}
			if b, err = s.Resume(job); err != nil {
				t.Fatal(err)
			}
			if b.Len() != len(gens) {
				t.Fatalf("%v seed %d step %d: resumed %d, want %d", w, seed, step, b.Len(), len(gens))
			}
			for i := range gens {
				tok, l := vec(i, gens[i])
				if !b.Matches(i, tok, l) {
					t.Fatalf("%v seed %d step %d: resumed position %d differs", w, seed, step, i)
				}
			}
		}
	}
	if len(gens) == 0 {
		tok, l := vec(0, 0)
		b.Append(tok, l)
		gens = append(gens, 0)
	}
	root, n, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	var leaves []Hash
	for i := range gens {
		tok, l := vec(i, gens[i])
		leaves = append(leaves, LeafHash(job, uint32(i), tok, l))
	}
	if want, _ := Root(leaves); root != want || int(n) != len(gens) {
		t.Fatalf("%v seed %d: root differs", w, seed)
	}
	for i := range gens {
		o, err := s.Open(job, uint32(i))
		if err != nil {
			t.Fatal(err)
		}
		tok, l := vec(i, gens[i])
		if o.Token != tok || o.Logits[vocab-1] != l[vocab-1] {
			t.Fatal("opening differs")
		}
	}
}

// A segment write that fails ends the job without a deadlock (the worker
// or Append waits for the flusher's written segments): Append or Close
// says why, and Resume keeps what reached the file, each position as
// appended.
func TestSegmentWriteErrorEndsJob(t *testing.T) {
	eachWork(t, func(t *testing.T, w Work) {
		s, _ := OpenStore(t.TempDir())
		s.SetWork(w)
		job := JobID{0x60}
		const vocab = 300000 // 7 records a segment
		b, _ := s.Create(job, vocab)
		tokens, vecs := genJob(t, b, 1, 1)
		// The flusher has no segment yet: the next it writes fails (EBADF).
		ro, err := os.Open(b.f.Name())
		if err != nil {
			t.Fatal(err)
		}
		if b.pipe.out.direct != nil {
			b.pipe.out.direct.Close()
		}
		b.pipe.out.direct = ro
		var appendErr error
		for i := 1; i < 40 && appendErr == nil; i++ {
			appendErr = b.Append(1, make([]float32, vocab))
		}
		if err := b.Close(); err == nil {
			t.Fatal("close after a failed segment write: no error")
		}
		if appendErr == nil && w == WorkInline {
			t.Fatal("inline appends after a failed segment write: no error")
		}
		ro.Close()
		b, err = s.Resume(job)
		if err != nil {
			t.Fatal(err)
		}
		defer b.Abort()
		if b.Len() > 1 || b.Len() == 1 && !b.Matches(0, tokens[0], vecs[0]) {
			t.Fatalf("resumed %d positions after the first segment failed", b.Len())
		}
	})
}

// Where a file system opens O_DIRECT but refuses the write (EINVAL, here
// for a buffer off the alignment), the segment is written through the page
// cache instead, whole and at its offset.
func TestSegmentFlushFallsBack(t *testing.T) {
	f, err := os.OpenFile(filepath.Join(t.TempDir(), "f"), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := openSegments(f, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	if s.direct == nil {
		t.Skip("O_DIRECT refused at open here")
	}
	raw := make([]byte, 3*segmentAlign)
	g := &segment{buf: raw[512 : 512+2*segmentAlign], start: segmentAlign, n: 2*segmentAlign - 100}
	for i := range g.buf {
		g.buf[i] = byte(i*7 + 1)
	}
	if err := s.flush(g); err != nil {
		t.Fatal(err)
	}
	got := make([]byte, 2*segmentAlign)
	if _, err := f.ReadAt(got, segmentAlign); err != nil || !bytes.Equal(got, g.buf) {
		t.Fatalf("the segment did not reach the file: %v", err)
	}
}
