package logits

import (
	"runtime"
	"syscall"
)

// workerNice is the nice value of the pipeline's threads: the kernel gives
// them about 1.5 % of a core that an engine thread (nice 0) also wants, and
// whole cores that nothing else wants.
const workerNice = 19

// lowerThreadPriority pins the calling goroutine to its OS thread for the
// rest of its life and lowers that thread's priority. The thread ends with
// the goroutine (a locked goroutine's thread is not reused), so the lowered
// priority never leaks to other goroutines.
func lowerThreadPriority() {
	runtime.LockOSThread()
	_ = syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), workerNice) // best effort
}
