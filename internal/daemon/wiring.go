package daemon

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/models"
)

// Wiring is what both daemons' configs start with: their ports (C and N,
// each daemon's own), the engine and where the state lives.
type Wiring[C Chain, N Network] struct {
	// Chain signs as the daemon's staked address.
	Chain C
	// DeployBlock is the contract's deployment block: where the event
	// history starts on the first run.
	DeployBlock uint64
	// Network is the daemon's p2p host and gossip.
	Network N
	// Engine runs the registered model (generates or recomputes).
	Engine models.Engine
	// ModelID is the contract's id of the model Engine runs.
	ModelID uint32
	// DataDir holds the event cursor, the machine state and the daemon's
	// own files.
	DataDir string
	// Poll is how often the chain head is read (0 means 1s); while the
	// chain is unreachable the reads back off up to 30 polls (Backoff).
	Poll time.Duration
	// Logger receives the daemon's logs; nil means slog.Default().
	Logger *slog.Logger
}

// Prepare checks that w has its ports, engine and data directory (errors
// start with name), creates the directory and fills in the defaults.
func (w *Wiring[C, N]) Prepare(name string) error {
	switch {
	case any(w.Chain) == nil || any(w.Network) == nil || w.Engine == nil:
		return fmt.Errorf("%s: DaemonConfig needs Chain, Network and Engine", name)
	case w.DataDir == "":
		return errors.New(name + ": DaemonConfig.DataDir is empty")
	}
	if w.Poll <= 0 {
		w.Poll = time.Second
	}
	if w.Logger == nil {
		w.Logger = slog.Default()
	}
	if err := os.MkdirAll(w.DataDir, 0o700); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// Backoff is how long a daemon waits between attempts while the chain is
// unreachable (PollBackoff of Poll).
func (w *Wiring[C, N]) Backoff() Backoff { return PollBackoff(w.Poll) }

// PollBackoff is the wait between attempts at a dependency that does not
// answer, for a daemon that polls it every poll: from poll up to 30 polls,
// at most 30 s.
func PollBackoff(poll time.Duration) Backoff {
	return Backoff{Min: poll, Max: min(30*poll, 30*time.Second)}
}

// Feed is the Shell's feed of a daemon wired by w: heads and events from
// Chain, the head read every Poll, the history from DeployBlock on the
// first run and from the cursor file name.cursor in DataDir after it, and
// the named contract events.
func (w *Wiring[C, N]) Feed(name string, events ...string) Feed {
	return Feed{Head: w.Chain, Events: w.Chain, Poll: w.Poll,
		Follow: chain.FollowOptions{From: w.DeployBlock, Cursor: chain.NewFileCursor(filepath.Join(w.DataDir, name+".cursor")), Events: events}}
}
