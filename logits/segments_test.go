package logits

import (
	"os"
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
		head := logitsHead(job, vocab, format)
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
