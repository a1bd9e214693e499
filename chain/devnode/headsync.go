package devnode

import (
	"log/slog"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/eth"
)

// headSyncer makes every new head durable: geth writes its database
// asynchronously (pebble without sync, the WAL flushed every 500 KB), so a
// kill -9 of a quiet dev chain would lose its last minutes of blocks. A
// dev chain seals at most a block a second, so one WAL sync per block is
// cheap.
type headSyncer struct {
	backend *eth.Ethereum
	log     *slog.Logger
	quit    chan struct{}
	done    chan struct{}
}

// Start follows the chain head until Stop.
func (h *headSyncer) Start() error {
	h.quit, h.done = make(chan struct{}), make(chan struct{})
	heads := make(chan core.ChainHeadEvent, 16)
	sub := h.backend.BlockChain().SubscribeChainHeadEvent(heads)
	go func() {
		defer close(h.done)
		defer sub.Unsubscribe()
		for {
			select {
			case <-heads:
				if err := h.backend.ChainDb().SyncKeyValue(); err != nil {
					h.log.Warn("dev chain: sync the database to disk", "err", err)
				}
			case <-sub.Err():
				return
			case <-h.quit:
				return
			}
		}
	}()
	return nil
}

// Stop ends the follower.
func (h *headSyncer) Stop() error {
	if h.quit != nil {
		close(h.quit)
		<-h.done
	}
	return nil
}
