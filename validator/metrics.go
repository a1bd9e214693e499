package validator

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/pol-network/pol/internal/daemon"
)

// Metrics are the validator's Prometheus metrics (namespace pol_validator):
// the series every daemon keeps (daemon.Metrics, with missed_duties_total
// by duty: commit, reveal, seed) and the validator's own. Create them once
// per process and hand them to every Daemon the process starts.
type Metrics struct {
	*daemon.Metrics
	attested     *prometheus.CounterVec
	openings     *prometheus.CounterVec
	checkSeconds prometheus.Histogram
}

// NewMetrics creates the metrics and registers them with reg (nil: they are
// kept unregistered).
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{
		Metrics: daemon.NewMetrics("pol_validator"),
		attested: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pol_validator", Name: "attestations_total",
			Help: "Attestations sent, by verdict."}, []string{"verdict"}),
		openings: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pol_validator", Name: "openings_total",
			Help: "Opening requests, by result (arrived, missing, bad)."}, []string{"result"}),
		checkSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "pol_validator", Name: "check_seconds",
			Help: "Wall time of one job's check: fetch the openings and recompute.", Buckets: prometheus.ExponentialBuckets(0.005, 4, 10)}),
	}
	if err := daemon.Register(reg, append(m.Collectors(), m.attested, m.openings, m.checkSeconds)...); err != nil {
		return nil, err
	}
	return m, nil
}
