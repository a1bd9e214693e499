package devnode

import (
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/event"
)

// sealer is the on-demand block producer of a dev node with no block period:
// whenever the transaction pool holds executable transactions it has the
// simulated beacon seal blocks until none are left.
//
// It replaces geth's own on-demand loop (started by
// catalyst.RegisterSimulatedBeaconAPIs), which subscribes to the pool from a
// goroutine of its own: a transaction sent before that goroutine first ran
// raised its pool event to nobody and stayed pending for ever (under load, a
// dev node's deploy right after start waited 60 s for a block that never
// came). The sealer subscribes when it is made, before the node serves RPC,
// so no transaction can arrive unseen.
type sealer struct {
	beacon *catalyst.SimulatedBeacon
	pool   *txpool.TxPool
	chain  *core.BlockChain
	events chan core.NewTxsEvent
	sub    event.Subscription
	wake   chan struct{} // holds a pending "look at the pool"; never blocks the pool
	hold   <-chan struct{}
	quit   chan struct{}
	done   chan struct{}
}

// newSealer subscribes to backend's pool; sealing starts with Start. A
// non-nil hold delays the first look at the pool until it is closed (tests
// use it to send transactions before the sealer runs).
func newSealer(backend *eth.Ethereum, beacon *catalyst.SimulatedBeacon, hold <-chan struct{}) *sealer {
	s := &sealer{
		beacon: beacon,
		pool:   backend.TxPool(),
		chain:  backend.BlockChain(),
		events: make(chan core.NewTxsEvent, 16),
		wake:   make(chan struct{}, 1),
		hold:   hold,
		quit:   make(chan struct{}),
		done:   make(chan struct{}),
	}
	s.sub = s.pool.SubscribeTransactions(s.events, true)
	s.wake <- struct{}{} // the first look covers anything already pooled
	return s
}

// Start runs the sealer (node.Lifecycle).
func (s *sealer) Start() error {
	go s.listen()
	go s.seal()
	return nil
}

// Stop ends the sealer after any block it is sealing (node.Lifecycle).
func (s *sealer) Stop() error {
	close(s.quit)
	s.sub.Unsubscribe()
	<-s.done
	return nil
}

// listen turns pool events into a wake-up. It never waits on sealing: the
// pool sends events from its reorg loop, which sealing itself waits for
// (the beacon syncs the pool before each block).
func (s *sealer) listen() {
	defer close(s.wake)
	for {
		select {
		case <-s.events:
			select {
			case s.wake <- struct{}{}:
			default: // a wake-up is already pending
			}
		case <-s.sub.Err():
			return
		case <-s.quit:
			return
		}
	}
}

// seal empties the pool of executable transactions at every wake-up.
func (s *sealer) seal() {
	defer close(s.done)
	if s.hold != nil {
		select {
		case <-s.hold:
		case <-s.quit:
			return
		}
	}
	for range s.wake {
		s.sealPending()
	}
}

// sealPending seals blocks while the pool has executable transactions. A
// block that fails or takes none of them (the miner refuses them, e.g. a tip
// below its minimum) ends the round instead of spinning for ever; the next
// pool event starts another.
func (s *sealer) sealPending() {
	for {
		if s.pool.Sync() != nil { // the pool is shutting down
			return
		}
		if executable, _ := s.pool.Stats(); executable == 0 {
			return
		}
		select {
		case <-s.quit:
			return
		default:
		}
		before := s.chain.CurrentBlock().Number.Uint64()
		s.beacon.Commit() // logs its own failure
		head := s.chain.CurrentBlock()
		if head.Number.Uint64() == before || head.TxHash == types.EmptyTxsHash {
			return
		}
	}
}
