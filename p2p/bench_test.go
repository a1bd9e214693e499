package p2p

import (
	"context"
	"encoding/binary"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/protocol/ping"

	"github.com/pol-network/pol/logits"
)

// pingRTT is the mean libp2p ping round trip between two connected hosts: the transport's
// own latency, the reference the gossip benchmark is compared with.
func pingRTT(b *testing.B, from, to *Host) time.Duration {
	b.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	results := ping.Ping(ctx, from.Host, to.ID())
	var total time.Duration
	const rounds = 20
	for range rounds {
		r := <-results
		if r.Error != nil {
			b.Fatalf("ping: %v", r.Error)
		}
		total += r.RTT
	}
	return total / rounds
}

// BenchmarkGossipLatency measures the time from publishing a verdict on one of 5 hosts until
// the 4 others have validated and delivered it. x-ping-rtt compares it with a ping round trip.
func BenchmarkGossipLatency(b *testing.B) {
	reg := NewStaticRegistry()
	nodes := make([]*testNode, 5)
	hosts := make([]*Host, len(nodes))
	for i := range nodes {
		nodes[i] = newTestNode(b, reg, nil, RoleValidator)
		hosts[i] = nodes[i].Host
	}
	connectAll(b, hosts...)
	subs := make([]*Subscription[Verdict], len(nodes))
	for i, n := range nodes {
		var err error
		if subs[i], err = n.gossip.SubscribeVerdicts(); err != nil {
			b.Fatal(err)
		}
	}
	waitTopicPeers(b, nodes, TopicVerdicts)
	rtt := pingRTT(b, hosts[0], hosts[1])
	ctx := context.Background()

	for i := 0; b.Loop(); i++ {
		v := Verdict{JobID: jobID(1), Outcome: OutcomePass, Positions: []uint32{1, 2, 3}}
		binary.BigEndian.PutUint64(v.EvidenceHash[:], uint64(i)) // a new message id each round
		if err := nodes[0].gossip.PublishVerdict(ctx, v); err != nil {
			b.Fatal(err)
		}
		for _, s := range subs {
			if _, err := s.Next(ctx); err != nil {
				b.Fatal(err)
			}
		}
	}
	perOp := b.Elapsed() / time.Duration(b.N)
	b.ReportMetric(float64(perOp.Microseconds())/1e3, "ms/delivery-to-all")
	b.ReportMetric(float64(perOp)/float64(rtt), "x-ping-rtt")
}

// BenchmarkRevealThroughput fetches and verifies 128k-vocab openings from a miner over
// loopback TCP and QUIC, one at a time and 8 in flight. x-local compares the throughput with
// opening and verifying the same positions from the store without the network.
func BenchmarkRevealThroughput(b *testing.B) {
	reg, chain := NewStaticRegistry(), newTestChain()
	miner := newTestHost(b, newKey(b), reg)
	reg.Add(miner.Address, RoleMiner)
	store := openTestStore(b, b.TempDir())
	job := commitJob(b, store, jobID(1), 8, vocab128k)
	chain.setCommitment(job.id, job.onChain(miner))
	serveReveal(b, miner, RevealServerConfig{Source: store, Rate: 1e9, Burst: 1 << 30})
	size := int64(logits.EncodedSize(vocab128k, logits.ProofLen(job.n, 0)))
	local := localOpenRate(b, store, job)

	for _, transport := range []string{"tcp", "quic-v1"} {
		// A validator of its own per transport, dialling only that transport's address.
		validator := newTestHost(b, newKey(b), reg)
		reg.Add(validator.Address, RoleValidator)
		ai := peer.AddrInfo{ID: miner.ID()}
		for _, a := range miner.Addrs() {
			if strings.Contains(a.String(), "/"+transport) {
				ai.Addrs = append(ai.Addrs, a)
			}
		}
		if err := validator.Connect(context.Background(), ai); err != nil {
			b.Fatal(err)
		}
		client := NewRevealClient(validator, chain, 0)
		report := func(b *testing.B) {
			mibs := float64(size) * float64(b.N) / b.Elapsed().Seconds() / (1 << 20)
			b.ReportMetric(mibs, "MiB/s")
			b.ReportMetric(mibs/local, "x-local")
		}
		b.Run(transport+"/sequential", func(b *testing.B) {
			b.SetBytes(size)
			for i := 0; b.Loop(); i++ {
				if _, err := client.Fetch(context.Background(), miner.ID(), job.id, uint32(i)%job.n); err != nil {
					b.Fatal(err)
				}
			}
			report(b)
		})
		b.Run(transport+"/parallel8", func(b *testing.B) {
			b.SetBytes(size)
			b.SetParallelism(RevealMaxStreamsPerPeer)
			b.RunParallel(func(pb *testing.PB) {
				for i := uint32(0); pb.Next(); i++ {
					if _, err := client.Fetch(context.Background(), miner.ID(), job.id, i%job.n); err != nil {
						b.Error(err)
						return
					}
				}
			})
			report(b)
		})
	}
}

// localOpenRate is the MiB/s of Store.Open + encode + decode + Verify without a network.
func localOpenRate(b *testing.B, store *logits.Store, job committedJob) float64 {
	b.Helper()
	start, bytes := time.Now(), 0
	for i := range 3 * job.n {
		o, err := store.Open(job.id, i%job.n)
		if err != nil {
			b.Fatal(err)
		}
		raw, err := o.MarshalBinary()
		if err != nil {
			b.Fatal(err)
		}
		var d logits.Opening
		if err := d.UnmarshalBinary(raw); err != nil {
			b.Fatal(err)
		}
		if err := d.Verify(job.root); err != nil {
			b.Fatal(err)
		}
		bytes += len(raw)
	}
	return float64(bytes) / time.Since(start).Seconds() / (1 << 20)
}
