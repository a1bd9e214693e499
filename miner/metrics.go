package miner

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/pol-network/pol/internal/daemon"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

// Metrics are the miner's Prometheus metrics (namespace pol_miner): the
// series every daemon keeps (daemon.Metrics) and the miner's own. Create
// them once per process and hand them to every Daemon the process starts.
type Metrics struct {
	*daemon.Metrics
	claimed    prometheus.Counter
	committed  prometheus.Counter
	released   prometheus.Counter
	settled    *prometheus.CounterVec
	positions  prometheus.Counter
	genSeconds prometheus.Histogram
	reveals    *prometheus.CounterVec
}

// NewMetrics creates the metrics and registers them with reg (nil: they are
// kept unregistered).
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{
		Metrics: daemon.NewMetrics("pol_miner"),
		claimed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "pol_miner", Name: "jobs_claimed_total",
			Help: "Jobs this miner claimed."}),
		committed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "pol_miner", Name: "jobs_committed_total",
			Help: "Jobs this miner committed on chain."}),
		released: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "pol_miner", Name: "claims_released_total",
			Help: "Claims this miner released (ClaimReleased events naming it): generations that failed."}),
		settled: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pol_miner", Name: "jobs_settled_total",
			Help: "This miner's committed jobs settled, by outcome."}, []string{"outcome"}),
		positions: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "pol_miner", Name: "positions_generated_total",
			Help: "Positions generated and committed to (full logit vectors stored)."}),
		genSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "pol_miner", Name: "generate_seconds",
			Help: "Wall time of one job's generation.", Buckets: prometheus.ExponentialBuckets(0.01, 4, 10)}),
		reveals: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pol_miner", Name: "reveals_total",
			Help: "Openings requested by validators, by result (served or error)."}, []string{"result"}),
	}
	cs := append(m.Collectors(), m.claimed, m.committed, m.released, m.settled, m.positions, m.genSeconds, m.reveals)
	if err := daemon.Register(reg, cs...); err != nil {
		return nil, err
	}
	return m, nil
}

// countingSource counts the openings served.
type countingSource struct {
	p2p.OpeningSource
	met *Metrics
}

func (s countingSource) Open(job logits.JobID, i uint32) (*logits.Opening, error) {
	o, err := s.OpeningSource.Open(job, i)
	if err != nil {
		s.met.reveals.WithLabelValues("error").Inc()
	} else {
		s.met.reveals.WithLabelValues("served").Inc()
	}
	return o, err
}
