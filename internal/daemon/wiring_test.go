package daemon

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/models"
)

// Prepare names what a daemon config lacks, and otherwise creates the data
// directory and fills in the poll and the logger; the Feed reads the chain
// port from the deploy block with the cursor in the data directory.
func TestWiringPrepare(t *testing.T) {
	var w Wiring[Chain, Network]
	if err := w.Prepare("miner"); err == nil || !strings.Contains(err.Error(), "miner: DaemonConfig needs Chain, Network and Engine") {
		t.Fatalf("no ports: %v", err)
	}
	dir := filepath.Join(t.TempDir(), "data")
	w.DataDir, w.DeployBlock = dir, 7
	if err := w.Prepare("validator"); err == nil || !strings.HasPrefix(err.Error(), "validator: ") {
		t.Fatalf("no ports: %v", err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("a refused config created its data directory (%v)", err)
	}
	if b := PollBackoff(2 * time.Second); b.Min != 2*time.Second || b.Max != 30*time.Second {
		t.Fatalf("backoff %+v", b)
	}
	w.Chain, w.Network, w.Engine = stubChain{}, stubNetwork{}, stubEngine{}
	if err := w.Prepare("miner"); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() || w.Poll != time.Second || w.Logger == nil {
		t.Fatalf("prepared: dir %v, poll %v, logger %v", err, w.Poll, w.Logger)
	}
	f := w.Feed("miner", "JobSubmitted")
	opts := f.Follow
	if f.Head != w.Chain || f.Events != w.Chain || f.Poll != time.Second ||
		opts.From != 7 || len(opts.Events) != 1 || !reflect.DeepEqual(opts.Cursor, chain.NewFileCursor(filepath.Join(dir, "miner.cursor"))) {
		t.Fatalf("feed %+v", f)
	}
}

// Stubs that are set but never called.
type (
	stubChain   struct{ Chain }
	stubNetwork struct{ Network }
	stubEngine  struct{ models.Engine }
)
