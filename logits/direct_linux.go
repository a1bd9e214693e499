package logits

import (
	"os"
	"strconv"
	"syscall"
)

// openDirect opens f's file again, for writing with O_DIRECT (no page
// cache). It is reopened through /proc/self/fd, not by name: the name may
// since have been removed and given to another file (a job removed and
// created again while a builder still holds the old one).
func openDirect(f *os.File) (*os.File, error) {
	return os.OpenFile("/proc/self/fd/"+strconv.Itoa(int(f.Fd())), os.O_WRONLY|syscall.O_DIRECT, 0)
}

// fdatasync makes f's data (and the size) durable.
func fdatasync(f *os.File) error { return syscall.Fdatasync(int(f.Fd())) }
