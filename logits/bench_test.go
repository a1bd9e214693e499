package logits

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// BenchmarkLeafHash measures leaf hashing throughput over full logit vectors
// of real vocabulary sizes (Llama-2 32,000; Llama-3 128,256) in GB/s: this
// version's leaf (BLAKE3) and, as the reference, protocol version 2's
// (SHA-256 of the same bytes).
func BenchmarkLeafHash(b *testing.B) {
	for _, v := range []int{32000, 128256} {
		l := randomLogits(rand.New(rand.NewPCG(1, 1)), v)
		for _, version := range []byte{Version, 2} {
			b.Run(fmt.Sprintf("V=%d/v%d", v, version), func(b *testing.B) {
				lh := leafHasher{version: version}
				b.SetBytes(int64(4 * v))
				b.ResetTimer()
				start := time.Now()
				for i := 0; i < b.N; i++ {
					lh.sum(JobID{}, uint32(i), 0, l)
				}
				b.ReportMetric(float64(4*v)*float64(b.N)/time.Since(start).Seconds()/1e9, "GB/s")
			})
		}
	}
}

// BenchmarkAppendInline measures what a CPU engine's generation pays the
// store per position: the time inside AppendSampled with the work inline
// (leaf hash, CRC-32C, copy into the segment), the producer pausing 0.5 ms
// between positions as an engine does while it computes (so the flusher
// keeps up and Append never waits for the disk), and Finish of each
// 256-position job; for this version's leaves and, as the reference, for a
// job of protocol version 2 (SHA-256 leaves).
func BenchmarkAppendInline(b *testing.B) {
	for _, v := range []int{32000, 128256} {
		for _, version := range []byte{Version, 2} {
			b.Run(fmt.Sprintf("V=%d/v%d", v, version), func(b *testing.B) { benchAppendInline(b, v, version) })
		}
	}
}

func benchAppendInline(b *testing.B, v int, version byte) {
	s, _ := OpenStore(b.TempDir())
	s.SetWork(WorkInline)
	l := randomLogits(rand.New(rand.NewPCG(1, 1)), v)
	var in, fin time.Duration
	var bl *Builder
	jobs := 0
	for i := 0; i < b.N; i++ {
		if bl == nil {
			var err error
			if bl, err = s.create(JobID{2, byte(jobs >> 8), byte(jobs)}, v, version); err != nil {
				b.Fatal(err)
			}
		}
		time.Sleep(500 * time.Microsecond)
		t0 := time.Now()
		if err := bl.AppendSampled(1, l); err != nil {
			b.Fatal(err)
		}
		in += time.Since(t0)
		if bl.Len() == 256 || i == b.N-1 {
			t0 = time.Now()
			if _, _, err := bl.Finish(); err != nil {
				b.Fatal(err)
			}
			fin += time.Since(t0)
			jobs++
			bl = nil
		}
	}
	b.ReportMetric(float64(in.Nanoseconds())/1e3/float64(b.N), "µs/append")
	b.ReportMetric(float64(fin.Nanoseconds())/1e6/float64(jobs), "ms/finish")
}

// BenchmarkCommitAppend measures the whole commitment a miner pays for
// one position (check, hash, spill to disk, sync), b.N positions into one
// job with Finish included, in ms per position and GB/s of logits
// committed. Append itself only queues the vector: the work runs on the
// store's pipeline (BenchmarkStoreGPURate reports its CPU cost and lag).
func BenchmarkCommitAppend(b *testing.B) {
	for _, v := range []int{32000, 128256} {
		b.Run(fmt.Sprintf("V=%d", v), func(b *testing.B) {
			s, _ := OpenStore(b.TempDir())
			l := randomLogits(rand.New(rand.NewPCG(1, 1)), v)
			bl, _ := s.Create(JobID{1}, v)
			defer bl.Abort()
			b.SetBytes(int64(4 * v))
			b.ResetTimer()
			start := time.Now()
			for i := 0; i < b.N; i++ {
				if bl.Len() == MaxPositions {
					b.Fatal("too many positions")
				}
				if err := bl.Append(1, l); err != nil {
					b.Fatal(err)
				}
			}
			if _, _, err := bl.Finish(); err != nil {
				b.Fatal(err)
			}
			el := time.Since(start)
			b.ReportMetric(float64(el.Microseconds())/1000/float64(b.N), "ms/pos")
			b.ReportMetric(float64(4*v)*float64(b.N)/el.Seconds()/1e9, "GB/s")
		})
	}
}

// BenchmarkOpenVerify measures a validator's cost to check one opening of a
// 4,096-position job (decode + leaf hash + proof walk) and reports the wire
// size of the opening and of its proof alone.
func BenchmarkOpenVerify(b *testing.B) {
	for _, v := range []int{32000, 128256} {
		b.Run(fmt.Sprintf("V=%d", v), func(b *testing.B) {
			const n = 4096
			leaves := make([]Hash, n)
			l := randomLogits(rand.New(rand.NewPCG(2, 2)), v)
			job := JobID{3}
			for i := range leaves {
				leaves[i] = LeafHash(job, uint32(i), 7, l)
			}
			root, _ := Root(leaves)
			proof, _ := Proof(leaves, 1234)
			o := &Opening{Job: job, N: n, Index: 1234, Token: 7, Logits: l, Proof: proof}
			enc, _ := o.MarshalBinary()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				var d Opening
				if err := d.UnmarshalBinary(enc); err != nil {
					b.Fatal(err)
				}
				if err := d.Verify(root); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(enc)), "opening-bytes")
			b.ReportMetric(float64(32*len(proof)), "proof-bytes")
		})
	}
}

// BenchmarkSample measures the canonical sampler per position at V=128,256.
func BenchmarkSample(b *testing.B) {
	l := randomLogits(rand.New(rand.NewPCG(4, 4)), 128256)
	for _, s := range []Sampler{Greedy, {TemperatureMilli: 800}, {TemperatureMilli: 800, TopK: 40}, {TemperatureMilli: 800, TopPMilli: 950}} {
		b.Run(s.String(), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.Sample(l, uint32(i)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCompare measures the comparator at V=128,256.
func BenchmarkCompare(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 5))
	a, c := randomLogits(r, 128256), randomLogits(r, 128256)
	th := DefaultThresholds()
	for i := 0; i < b.N; i++ {
		if _, err := Compare(a, c, th); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAdmit measures the every-token rule per position at V=128,256
// (the validator runs it at every position of a job): compare with
// BenchmarkSample, the miner's cost of the same position.
func BenchmarkAdmit(b *testing.B) {
	l := randomLogits(rand.New(rand.NewPCG(4, 4)), 128256)
	th := DefaultThresholds()
	for _, s := range []Sampler{Greedy, {TemperatureMilli: 800}, {TemperatureMilli: 800, TopK: 40}, {TemperatureMilli: 800, TopPMilli: 950}} {
		b.Run(s.String(), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				tok, _ := s.Sample(l, uint32(i))
				if a, err := Admit(s, th, uint32(i), tok, l); err != nil || !a.OK {
					b.Fatal(a, err)
				}
			}
		})
	}
}
