package logits

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// punchHole deallocates n bytes of f at off (they read back as zeros; the
// file's size is unchanged). It reports false when the file system cannot.
func punchHole(f *os.File, off, n int64) (bool, error) {
	err := unix.Fallocate(int(f.Fd()), unix.FALLOC_FL_PUNCH_HOLE|unix.FALLOC_FL_KEEP_SIZE, off, n)
	if errors.Is(err, unix.EOPNOTSUPP) || errors.Is(err, unix.ENOSYS) {
		return false, nil
	}
	return err == nil, err
}
