package daemon

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the series every daemon keeps (namespace pol_miner or
// pol_validator); each daemon adds its own beside them.
type Metrics struct {
	// Events counts contract events handled, by event name.
	Events *prometheus.CounterVec
	// TxFailed counts transactions that failed, by kind.
	TxFailed *prometheus.CounterVec
	// Missed counts duties that did not happen (each a WARN line), by duty.
	Missed *prometheus.CounterVec
	// LiveJobs is the machine's live job count after the last batch.
	LiveJobs prometheus.Gauge
	// Batches, Writes and StateBytes: stepped batches, snapshot writes
	// (each an fsync) and the size of the last snapshot written.
	Batches, Writes prometheus.Counter
	StateBytes      prometheus.Gauge
	// Down is 1 while the named dependency (chain) is unreachable.
	Down *prometheus.GaugeVec
}

// NewMetrics makes the shared series of namespace ns (not registered; see
// Collectors).
func NewMetrics(ns string) *Metrics {
	return &Metrics{
		Events: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "chain_events_total",
			Help: "Contract events handled, by event name."}, []string{"event"}),
		TxFailed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "tx_failed_total",
			Help: "Transactions that failed, by kind."}, []string{"tx"}),
		Missed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "missed_duties_total",
			Help: "Duties that did not happen (each also a WARN line), by duty."}, []string{"duty"}),
		LiveJobs: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "live_jobs",
			Help: "Jobs the daemon is following."}),
		Batches: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "state_batches_total",
			Help: "Batches of events stepped through the state machine."}),
		Writes: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "state_writes_total",
			Help: "Snapshot writes (one fsync each; none for a batch that changed nothing)."}),
		StateBytes: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "state_bytes",
			Help: "Size of the last snapshot written."}),
		Down: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "down",
			Help: "1 while a dependency (chain) is unreachable."}, []string{"what"}),
	}
}

// Collectors are the series to register.
func (m *Metrics) Collectors() []prometheus.Collector {
	return []prometheus.Collector{m.Events, m.TxFailed, m.Missed, m.LiveJobs, m.Batches, m.Writes, m.StateBytes, m.Down}
}

// Register registers cs with reg (nil: nothing is registered).
func Register(reg prometheus.Registerer, cs ...prometheus.Collector) error {
	if reg == nil {
		return nil
	}
	for _, c := range cs {
		if err := reg.Register(c); err != nil {
			return err
		}
	}
	return nil
}

func (m *Metrics) event(name string) {
	if m != nil {
		m.Events.WithLabelValues(name).Inc()
	}
}

func (m *Metrics) wrote(n int) {
	if m != nil {
		m.Writes.Inc()
		m.StateBytes.Set(float64(n))
	}
}

func (m *Metrics) stepped(_ int, jobs int) {
	if m != nil {
		m.Batches.Inc()
		m.LiveJobs.Set(float64(jobs))
	}
}
