//go:build !linux

package logits

import (
	"errors"
	"os"
)

// openDirect is refused where O_DIRECT is not portable: segments are
// written through the page cache.
func openDirect(*os.File) (*os.File, error) { return nil, errors.New("no O_DIRECT here") }

// fdatasync makes f's data durable.
func fdatasync(f *os.File) error { return f.Sync() }
