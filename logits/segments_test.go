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
