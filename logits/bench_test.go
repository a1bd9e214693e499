package logits

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// BenchmarkLeafHash measures leaf hashing throughput over full logit vectors
// of real vocabulary sizes (Llama-2 32,000; Llama-3 128,256) and reports GB/s.
func BenchmarkLeafHash(b *testing.B) {
	for _, v := range []int{32000, 128256} {
		b.Run(fmt.Sprintf("V=%d", v), func(b *testing.B) {
			l := randomLogits(rand.New(rand.NewPCG(1, 1)), v)
			var lh leafHasher
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
