//go:build unix

package logits

import (
	"fmt"
	"math/rand/v2"
	"syscall"
	"testing"
	"time"
)

// BenchmarkStoreGPURate feeds the store at a GPU's pace, independent of any
// engine: a producer appends full V = 128,256 vectors (as an engine hands
// over its host copies, one per position), n = 2,048 positions per job,
// either as fast as the store takes them ("max") or paced at 1,000
// positions/s, a 1B model's decoding rate on one GPU ("paced-1000"). It
// reports the sustained rate from the first Append to Finish returning
// (positions/s and GB/s of logits), the cores the process used over that
// time (user + system CPU time / wall time; the kernel's writeback threads
// are not counted) and per position, and the lag from the last Append
// returning to Finish returning (everything hashed, written, synced, tree
// file written). Goals (issue 13): >= 1,000 positions/s with <= 1 core,
// lag <= 100 ms.
func BenchmarkStoreGPURate(b *testing.B) {
	for _, pace := range []int{0, 1000} {
		name := "max"
		if pace > 0 {
			name = fmt.Sprintf("paced-%d", pace)
		}
		b.Run(name, func(b *testing.B) { benchStoreRate(b, pace) })
	}
}

func benchStoreRate(b *testing.B, pace int) {
	const vocab, n = 128256, 2048
	s, _ := OpenStore(b.TempDir())
	l := randomLogits(rand.New(rand.NewPCG(1, 1)), vocab)
	var wall, lag, cpu time.Duration
	for it := 0; it < b.N; it++ {
		job := JobID{byte(it), byte(it >> 8), 0x6b}
		bl, err := s.Create(job, vocab)
		if err != nil {
			b.Fatal(err)
		}
		cpu0 := cpuTime()
		t0 := time.Now()
		for i := 0; i < n; i++ {
			if pace > 0 && i%10 == 0 {
				time.Sleep(time.Until(t0.Add(time.Duration(i) * time.Second / time.Duration(pace))))
			}
			if err := bl.Append(uint32(i%vocab), l); err != nil {
				b.Fatal(err)
			}
		}
		last := time.Now()
		if _, _, err := bl.Finish(); err != nil {
			b.Fatal(err)
		}
		end := time.Now()
		cpu += cpuTime() - cpu0
		wall += end.Sub(t0)
		lag += end.Sub(last)
		b.StopTimer()
		if err := s.Remove(job); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	pos := float64(n * b.N)
	b.ReportMetric(pos/wall.Seconds(), "pos/s")
	b.ReportMetric(pos*4*vocab/wall.Seconds()/1e9, "GB/s")
	b.ReportMetric(cpu.Seconds()/wall.Seconds(), "cores")
	b.ReportMetric(float64(cpu.Microseconds())/pos, "cpu-us/pos")
	b.ReportMetric(float64(lag.Microseconds())/1000/float64(b.N), "lag-ms")
	fmt.Printf("store at GPU rate (V=%d, n=%d, %d jobs, producer %s): %.0f positions/s (%.2f GB/s), %.2f cores (%.0f us CPU per position), last Append -> Finish %.1f ms\n",
		vocab, n, b.N, map[bool]string{true: fmt.Sprintf("paced at %d/s", pace), false: "unpaced"}[pace > 0],
		pos/wall.Seconds(), pos*4*vocab/wall.Seconds()/1e9, cpu.Seconds()/wall.Seconds(), float64(cpu.Microseconds())/pos, float64(lag.Microseconds())/1000/float64(b.N))
}

// cpuTime is the process's user + system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
