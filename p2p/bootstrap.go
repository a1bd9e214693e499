package p2p

import (
	"context"
	"errors"
	"fmt"
	"sync"

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
	return errors.Join(errs...)
}
