// Package stepper drives a daemon's pure state machine from many
// goroutines: every event is applied under one lock, and the machine's
// snapshot is written to disk atomically before any action the event caused
// is started, so a crash may repeat work but never lose what caused it. The
// miner and validator daemons are both driven this way.
package daemon

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"

	"github.com/pol-network/pol/internal/atomicfile"
)

// Machine is a pure state machine that is stepped by events of type E and
// answers with actions of type A.
type Machine[E, A any] interface {
	Step(E) []A
	// Snapshot encodes the whole state.
	Snapshot() ([]byte, error)
	// Jobs is how many jobs the machine tracks (a gauge).
	Jobs() int
}

// Config says where a Stepper keeps the snapshot and what it does with
// actions.
type Config[A any] struct {
	// Name prefixes errors and logs ("miner", "validator").
	Name string
	// Path is the snapshot file, replaced atomically on every step.
	Path string
	// Do starts one action; it must not block on the Stepper.
	Do func(A)
	// Live, if set, sees the machine's job count after every step.
	Live func(jobs int)
	// Logger reports steps that fail in StepLogged.
	Logger *slog.Logger
}

// Stepper owns a machine M and its snapshot file.
type Stepper[M Machine[E, A], E, A any] struct {
	cfg Config[A]
	mu  sync.Mutex
	m   M
}

// New drives m.
func New[M Machine[E, A], E, A any](m M, cfg Config[A]) *Stepper[M, E, A] {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Stepper[M, E, A]{cfg: cfg, m: m}
}

// Step applies ev, saves the snapshot, then starts the actions. If the
// snapshot cannot be saved the actions are not started and the error says
// why (the daemon should stop: its disk no longer follows its state).
func (s *Stepper[M, E, A]) Step(ev E) error {
	s.mu.Lock()
	acts := s.m.Step(ev)
	snap, err := s.m.Snapshot()
	if err == nil {
		err = atomicfile.Write(s.cfg.Path, snap)
	}
	jobs := s.m.Jobs()
	s.mu.Unlock()
	if err != nil {
		return fmt.Errorf("%s: save state: %w", s.cfg.Name, err)
	}
	if s.cfg.Live != nil {
		s.cfg.Live(jobs)
	}
	for _, a := range acts {
		s.cfg.Do(a)
	}
	return nil
}

// StepLogged is Step for goroutines that have nobody to return an error to.
func (s *Stepper[M, E, A]) StepLogged(ev E) {
	if err := s.Step(ev); err != nil {
		s.cfg.Logger.Error(s.cfg.Name+": step failed", "event", fmt.Sprintf("%T", ev), "err", err)
	}
}

// Read runs f with the machine under the lock, for queries between steps.
func (s *Stepper[M, E, A]) Read(f func(M)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f(s.m)
}

// ReadSnapshot returns the snapshot saved at path, or nil if there is none
// (a first start).
func ReadSnapshot(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read state %s: %w", path, err)
	}
	return data, nil
}
