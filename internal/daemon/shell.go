package daemon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/pol-network/pol/chain"
)

// HeadReader is the chain-head port: the newest block's number and time
// (chain.Client is one).
type HeadReader interface {
	Head(ctx context.Context) (chain.Head, error)
}

// Follower is the event port: the contract's events in chain order from a
// cursor, until ctx ends or the handler fails (chain.Client is one).
type Follower interface {
	Follow(ctx context.Context, opts chain.FollowOptions, handle chain.Handler) error
}

// Shell runs a machine's Loop with the chain: it polls the head into tick
// events, follows the contract's job events into machine events, runs the
// daemon's other event sources, and runs actions on goroutines it waits for
// at shutdown. An unreachable chain is waited out (capped backoff, one log
// line when it goes and one when it is back), never a reason to stop.
type Shell[M Machine[E, A], E, A any] struct {
	Loop *Loop[M, E, A]
	// Chain is the chain RPC as the head poller sees it: one log line when
	// it stops answering, one when it is back.
	Chain *Link
	// events is the event follower, when it fails while the chain answers
	// heads (its own line per change of state).
	events *Link
	met    *Metrics // nil: nothing counted
	log    *slog.Logger
	wg     sync.WaitGroup
	ctx    context.Context
}

// Feed is where a Shell's heads and contract events come from (a daemon's
// Wiring gives it: Wiring.Feed).
type Feed struct {
	// Head and Events are the chain ports.
	Head   HeadReader
	Events Follower
	// Follow says where the history starts and which events to deliver.
	Follow chain.FollowOptions
	// Poll is how often the head is read (0: 1 s); Backoff bounds the wait
	// between attempts while the chain is down (0: PollBackoff of Poll).
	Poll    time.Duration
	Backoff Backoff
}

// ShellConfig is what a Shell needs besides its Loop: the Feed, and how
// the machine takes what comes from it.
type ShellConfig[E any] struct {
	Feed
	// Tick makes the machine's event for a new head.
	Tick func(chain.Head) E
	// OnEvent turns a contract job event into a machine event (ok false:
	// nothing to step). An error is transient: following resumes from the
	// cursor after a backoff. The shell counts every event it hands over
	// (Metrics.Events, by name).
	OnEvent func(ctx context.Context, ev chain.Event) (e E, ok bool, err error)
	// Sources run beside the follower until ctx ends (gossip readers).
	Sources []func(ctx context.Context)
}

// NewShell wraps loop.
func NewShell[M Machine[E, A], E, A any](loop *Loop[M, E, A], name string, log *slog.Logger, m *Metrics) *Shell[M, E, A] {
	if log == nil {
		log = slog.Default()
	}
	s := &Shell[M, E, A]{Loop: loop, met: m, log: log, ctx: context.Background()}
	var down prometheus.Gauge
	if m != nil {
		down = m.Down.WithLabelValues("chain")
	}
	s.Chain = NewLink(name+": chain RPC", log, down)
	s.events = NewLink(name+": chain event follower", log, nil)
	return s
}

// Go runs an action on its own goroutine with the shell's context; Run
// waits for it before returning.
func (s *Shell[M, E, A]) Go(f func(ctx context.Context)) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		f(s.ctx)
	}()
}

// Context is the shell's context (live while Run runs).
func (s *Shell[M, E, A]) Context() context.Context { return s.ctx }

// Run steps start (Restarted), then serves until ctx ends (it returns nil),
// the follower meets an error waiting cannot fix (a reorg deeper than the
// confirmations), or a snapshot cannot be written.
func (s *Shell[M, E, A]) Run(ctx context.Context, cfg ShellConfig[E], start ...E) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s.ctx = ctx
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Backoff.Min <= 0 {
		cfg.Backoff = PollBackoff(cfg.Poll)
	}
	loopDone := make(chan error, 1)
	go func() { loopDone <- s.Loop.Run(ctx) }()
	// The head first, when the chain answers at once: a restored machine
	// then judges deadlines against the chain's time, not against zero.
	// When it does not, the outage is known before the start events are
	// stepped (their actions can tell a failure of the outage from others).
	if h, err := cfg.Head.Head(ctx); err == nil {
		s.Loop.Post(cfg.Tick(h))
	} else if ctx.Err() == nil {
		s.Chain.Failed(err)
	}
	for _, e := range start {
		s.Loop.Post(e)
	}
	var sources sync.WaitGroup
	run := func(f func(context.Context)) {
		sources.Add(1)
		go func() { defer sources.Done(); f(ctx) }()
	}
	run(func(ctx context.Context) { s.pollHead(ctx, cfg) })
	for _, f := range cfg.Sources {
		run(f)
	}
	followDone := make(chan error, 1)
	go func() { followDone <- s.follow(ctx, cfg) }()
	var err error
	select {
	case err = <-followDone:
		cancel()
		if lerr := <-loopDone; err == nil {
			err = lerr
		}
	case err = <-loopDone:
		cancel()
		<-followDone
	}
	sources.Wait()
	s.wg.Wait()
	if errors.Is(err, context.Canceled) || errors.Is(err, ErrStopped) {
		err = nil
	}
	return err
}

// pollHead steps a tick per poll while the chain answers and backs off
// while it does not.
func (s *Shell[M, E, A]) pollHead(ctx context.Context, cfg ShellConfig[E]) {
	b := cfg.Backoff
	for {
		wait := cfg.Poll
		if h, err := cfg.Head.Head(ctx); err == nil {
			s.Chain.OK()
			b.Reset()
			s.Loop.Post(cfg.Tick(h))
		} else if ctx.Err() == nil {
			s.Chain.Failed(err)
			wait = b.Next()
		}
		if !Sleep(ctx, wait) {
			return
		}
	}
}

// followFailed logs a failure of the follower once per change of state: as
// the chain's outage when the chain is already down (the follower's call
// failed in the same outage, even if the node is back by now) or the head
// does not answer either; as the follower's own otherwise (a node that
// answers heads but not the follower's calls: its WARN line stays until
// the follower scans again, so a node slow on eth_getLogs is one line, not
// a line per attempt).
func (s *Shell[M, E, A]) followFailed(ctx context.Context, head HeadReader, err error) {
	if s.Chain.Down() {
		s.Chain.Failed(err)
		return
	}
	if _, herr := head.Head(ctx); herr != nil {
		s.Chain.Failed(herr)
	} else {
		s.events.Failed(err)
	}
}

// follow runs the follower, starting it again from its cursor after a
// backoff whenever the chain fails it; only the handler's own failure (the
// state could not be saved) or a deep reorg stop it. A failure is logged
// once per change of state (followFailed).
func (s *Shell[M, E, A]) follow(ctx context.Context, cfg ShellConfig[E]) error {
	b := cfg.Backoff
	opts := cfg.Follow
	scanned := opts.Scanned
	opts.Scanned = func(block uint64) {
		s.events.OK()
		b.Reset()
		if scanned != nil {
			scanned(block)
		}
	}
	for {
		var fatal error
		// A block's events are stepped and saved together (one write); an
		// error of OnEvent is transient: the follower stops before the block
		// and is started again.
		handleBlock := func(ctx context.Context, evs []chain.Event) error {
			var es []E
			for _, ev := range evs {
				s.met.event(ev.Name)
				e, ok, err := cfg.OnEvent(ctx, ev)
				if err != nil {
					return err
				}
				if ok {
					es = append(es, e)
				}
			}
			if err := s.Loop.StepAll(ctx, es...); err != nil {
				fatal = err
				return err
			}
			return nil
		}
		opts.HandleBlock = handleBlock
		err := cfg.Events.Follow(ctx, opts, func(ctx context.Context, ev chain.Event) error {
			return handleBlock(ctx, []chain.Event{ev})
		})
		switch {
		case ctx.Err() != nil:
			return nil
		case fatal != nil:
			return fatal
		case errors.Is(err, chain.ErrReorg):
			return fmt.Errorf("follow the chain: %w", err)
		case err == nil:
			return nil
		}
		s.followFailed(ctx, cfg.Head, err)
		if !Sleep(ctx, b.Next()) {
			return nil
		}
	}
}
