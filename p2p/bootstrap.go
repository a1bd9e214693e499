package p2p

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
)

// protectTag marks bootstrap connections in the connection manager so they are never trimmed.
const protectTag = "pol-bootstrap"

// ParseBootstrap parses bootstrap peers given as multiaddrs ending in /p2p/<peer id>, e.g.
// /ip4/10.0.0.5/tcp/4001/p2p/16Uiu2HAm.... Addresses of the same peer are merged.
func ParseBootstrap(addrs []string) ([]peer.AddrInfo, error) {
	var out []peer.AddrInfo
	index := map[peer.ID]int{}
	for _, s := range addrs {
		ai, err := peer.AddrInfoFromString(s)
		if err != nil {
			return nil, fmt.Errorf("p2p: bootstrap address %q: %w", s, err)
		}
		if k, ok := index[ai.ID]; ok {
			out[k].Addrs = append(out[k].Addrs, ai.Addrs...)
			continue
		}
		index[ai.ID] = len(out)
		out = append(out, *ai)
	}
	return out, nil
}

// Bootstrap allow-lists the given peers, protects their connections from the connection
// manager and connects to all of them concurrently. It returns the joined errors of the
// peers it could not reach (nil if all were reached).
func (h *Host) Bootstrap(ctx context.Context, peers []peer.AddrInfo) error {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	for _, ai := range peers {
		if ai.ID == h.ID() {
			continue
		}
		h.Gater.Allow(ai.ID)
		h.ConnManager().Protect(ai.ID, protectTag)
		wg.Go(func() {
			if err := h.Connect(ctx, ai); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(errs) > 0 {
		h.log.Warn("p2p: some bootstrap peers are unreachable", "unreachable", len(errs), "of", len(peers))
	}
	h.wg.Go(func() { h.keepBootstrap(peers) })
	return errors.Join(errs...)
}

// Re-dial backoff of a disconnected bootstrap peer: from BootstrapRedialMin, doubling to
// BootstrapRedialMax while the peer stays unreachable.
var (
	BootstrapRedialMin = time.Second
	BootstrapRedialMax = 30 * time.Second
)

// keepBootstrap re-dials every bootstrap peer whenever it is disconnected, until the host
// closes, with a capped backoff per peer; it logs once when a peer is lost and once when it is
// back (a node whose only link was a bootstrap peer that restarted was otherwise cut off until
// discovery ran again, longer than a job's reveal window).
func (h *Host) keepBootstrap(peers []peer.AddrInfo) {
	type state struct {
		wait time.Duration
		next time.Time
		down bool
	}
	st := make(map[peer.ID]*state, len(peers))
	for _, ai := range peers {
		if ai.ID != h.ID() {
			st[ai.ID] = &state{wait: BootstrapRedialMin}
		}
	}
	t := time.NewTicker(min(BootstrapRedialMin, time.Second))
	defer t.Stop()
	for {
		select {
		case <-h.ctx.Done():
			return
		case <-t.C:
		}
		for _, ai := range peers {
			s := st[ai.ID]
			if s == nil {
				continue
			}
			if h.Network().Connectedness(ai.ID) == network.Connected {
				if s.down {
					h.log.Info("p2p: bootstrap peer back", "peer", ai.ID)
				}
				s.down, s.wait = false, BootstrapRedialMin
				continue
			}
			if !s.down {
				h.log.Warn("p2p: bootstrap peer lost; re-dialling", "peer", ai.ID)
				s.down, s.next = true, time.Now()
			}
			if time.Now().Before(s.next) {
				continue
			}
			ctx, cancel := context.WithTimeout(h.ctx, 5*time.Second)
			err := h.Connect(ctx, ai)
			cancel()
			if err != nil {
				s.wait = min(2*s.wait, BootstrapRedialMax)
				s.next = time.Now().Add(s.wait)
			}
		}
	}
}
