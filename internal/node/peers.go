package node

import (
	"context"
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// peerWatch samples the node's connected peer count into a gauge and says
// once, at WARN, when the node has no peer at all (no gossip leaves it and
// no reveal reaches it) and once, at INFO, when it has one again.
type peerWatch struct {
	count func() int
	gauge prometheus.Gauge
	log   *slog.Logger
	alone bool
}

func newPeerWatch(count func() int, reg prometheus.Registerer, log *slog.Logger) (*peerWatch, error) {
	w := &peerWatch{count: count, log: log, gauge: prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "pol_p2p_peers", Help: "libp2p peers this node is connected to (0: cut off: a WARN line says so)"})}
	if reg != nil {
		if err := reg.Register(w.gauge); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// sample reads the count once.
func (w *peerWatch) sample() {
	n := w.count()
	w.gauge.Set(float64(n))
	switch {
	case n == 0 && !w.alone:
		w.alone = true
		w.log.Warn("p2p: no peers: commitments, verdicts and reveals cannot reach anyone (check -bootstrap and the listen address)")
	case n > 0 && w.alone:
		w.alone = false
		w.log.Info("p2p: peers again", "peers", n)
	}
}

// run samples every period until ctx ends, after a grace period for the
// first connections.
func (w *peerWatch) run(ctx context.Context, grace, period time.Duration) {
	select {
	case <-ctx.Done():
		return
	case <-time.After(grace):
	}
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		w.sample()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
