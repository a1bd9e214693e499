package logits

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// crashVocab and crashVector define the positions the killed writer appends,
// so that the test can recompute every one of them.
const crashVocab = 4096

func crashVector(i int) (uint32, []float32) {
	l := make([]float32, crashVocab)
	for k := range l {
		l[k] = float32((i*31+k*7)%1009) / 13
	}
	return uint32(i % crashVocab), l
}

var crashJob = JobID{0xc, 0x4a, 0x54}

// TestMain lets the test binary act as the writer of
// TestPipelineKilledMidJob.
func TestMain(m *testing.M) {
	defaultLeaf = LeafBLAKE3 // the leaf LeafHash computes, on every CPU
	if dir := os.Getenv("POL_STORE_CRASH_WRITER"); dir != "" {
		w := WorkPipelined
		if os.Getenv("POL_STORE_CRASH_WORK") == WorkInline.String() {
			w = WorkInline
		}
		crashWriter(dir, w)
		return
	}
	os.Exit(m.Run())
}

// crashWriter appends positions as fast as it can and prints "durable N"
// each time the pipeline reports more positions synced, until it is killed.
func crashWriter(dir string, w Work) {
	s, err := OpenStore(dir)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	s.SetWork(w)
	b, err := s.Create(crashJob, crashVocab)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	out := bufio.NewWriter(os.Stdout)
	reported := 0
	for i := 0; i < MaxPositions; i++ {
		if err := b.Append(crashVector(i)); err != nil {
			fmt.Fprintln(out, "error", err)
			out.Flush()
			os.Exit(1)
		}
		if d := b.durable(); d > reported {
			reported = d
			fmt.Fprintln(out, "durable", d)
			out.Flush()
		}
	}
	os.Exit(2) // never reached: the parent kills it first
}

// The writer process is killed with SIGKILL while its pipeline holds queued,
// half-written and unsynced positions (pipelined), or in the middle of an
// Append's write (inline). Resume keeps every position the store had
// reported durable, each exactly as appended (its leaf), drops a torn last
// record and, after a power loss exposes a zero-filled block past the end,
// drops that too; the job then finishes with the root of an uninterrupted
// run.
func TestPipelineKilledMidJob(t *testing.T) { eachWork(t, killMidJob) }

func killMidJob(t *testing.T, w Work) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "POL_STORE_CRASH_WRITER="+dir, "POL_STORE_CRASH_WORK="+w.String())
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	durable := 0
	lines := bufio.NewScanner(stdout)
	for durable < 200 && lines.Scan() {
		f := strings.Fields(lines.Text())
		if len(f) != 2 || f[0] != "durable" {
			cmd.Process.Kill()
			t.Fatalf("writer: %s", lines.Text())
		}
		if durable, err = strconv.Atoi(f[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if durable < 200 {
		t.Fatalf("the writer reported only %d durable positions", durable)
	}

	s, _ := OpenStore(dir)
	s.SetWork(w)
	path := s.path(crashJob, logitsExt)
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	rec := recordSize(crashVocab, recordsChecked)
	// a block the file system allocated but whose data never reached the disk
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(make([]byte, 2*rec))
	f.Close()

	b, err := s.Resume(crashJob)
	if err != nil {
		t.Fatal(err)
	}
	n := b.Len()
	if n < durable || int64(n) > (st.Size()-logitsHeader)/rec {
		t.Fatalf("resumed %d positions: %d were reported durable, %d bytes were on disk", n, durable, st.Size())
	}
	t.Logf("killed after %d durable positions; %d resumed (file %d bytes, %d records)", durable, n, st.Size(), (st.Size()-logitsHeader)/rec)
	var leaves []Hash
	for i := range n {
		tok, l := crashVector(i)
		if !b.Matches(i, tok, l) {
			t.Fatalf("resumed position %d differs from what was appended", i)
		}
		leaves = append(leaves, LeafHash(crashJob, uint32(i), tok, l))
	}
	for i := n; i < n+3; i++ {
		tok, l := crashVector(i)
		if err := b.Append(tok, l); err != nil {
			t.Fatal(err)
		}
		leaves = append(leaves, LeafHash(crashJob, uint32(i), tok, l))
	}
	root, _, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := Root(leaves); root != want {
		t.Fatal("the resumed job's root differs from an uninterrupted run's")
	}
}
