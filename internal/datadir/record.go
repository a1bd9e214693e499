package datadir

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/pol-network/pol/internal/atomicfile"
)

// ModelFile is the name of the model record inside a data directory.
const ModelFile = "model.json"

// Model records which model a daemon's state was made with: the model
// file's id (its weights hash) and the contract's id for it. With the chain
// record it lets a miner restarted while the chain RPC is down start from
// its data directory (ReadStart).
type Model struct {
	WeightsHash string `json:"weights_hash"`
	ModelID     uint32 `json:"model_id"`
}

// RecordModel writes m into dir (atomically), replacing an older record.
func RecordModel(dir string, m Model) error {
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir, ModelFile), append(out, '\n'))
}

// Start is what a data directory says about the chain and model its state
// belongs to.
type Start struct {
	Chain Chain
	Model Model
}

// ReadStart reads dir's chain and model records; ok is false when either
// is missing (a directory never run against a chain, or from before the
// model record). An unreadable record is an error naming the file.
func ReadStart(dir string) (s Start, ok bool, err error) {
	for _, r := range []struct {
		name string
		into any
	}{{ChainFile, &s.Chain}, {ModelFile, &s.Model}} {
		path := filepath.Join(dir, r.name)
		b, err := os.ReadFile(path)
		if errors.Is(err, os.ErrNotExist) {
			return Start{}, false, nil
		}
		if err != nil {
			return Start{}, false, err
		}
		if err := json.Unmarshal(b, r.into); err != nil {
			return Start{}, false, fmt.Errorf("%s is unreadable: %w", path, err)
		}
	}
	return s, true, nil
}
