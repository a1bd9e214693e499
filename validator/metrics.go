package validator

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the validator's Prometheus metrics (namespace pol_validator). Create them once
// per process and hand them to every Daemon the process starts.
type Metrics struct {
	events       *prometheus.CounterVec
	attested     *prometheus.CounterVec
	openings     *prometheus.CounterVec
	checkSeconds prometheus.Histogram
	txFailed     *prometheus.CounterVec
	missed       *prometheus.CounterVec
	liveJobs     prometheus.Gauge
}

// NewMetrics creates the metrics and registers them with reg (nil: they are
// kept unregistered).
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{
		events: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pol_validator", Name: "chain_events_total",
			Help: "Contract events handled, by event name."}, []string{"event"}),
		attested: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pol_validator", Name: "attestations_total",
			Help: "Attestations sent, by verdict."}, []string{"verdict"}),
		openings: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pol_validator", Name: "openings_total",
			Help: "Opening requests, by result (arrived, missing, bad)."}, []string{"result"}),
		checkSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "pol_validator", Name: "check_seconds",
			Help: "Wall time of one job's check: fetch the openings and recompute.", Buckets: prometheus.ExponentialBuckets(0.005, 4, 10)}),
		txFailed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pol_validator", Name: "tx_failed_total",
			Help: "Transactions that failed, by kind."}, []string{"tx"}),
		missed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pol_validator", Name: "missed_duties_total",
			Help: "Duties a committee member missed (each is an absent penalty on chain), by duty: commit, reveal, seed."}, []string{"duty"}),
		liveJobs: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "pol_validator", Name: "live_jobs",
			Help: "Jobs the validator is following."}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.events, m.attested, m.openings, m.checkSeconds, m.txFailed, m.missed, m.liveJobs} {
			if err := reg.Register(c); err != nil {
				return nil, err
			}
		}
	}
	return m, nil
}
