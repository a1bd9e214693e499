//go:build !linux

package logits

// lowerThreadPriority is a no-op where threads have no portable nice value.
func lowerThreadPriority() {}
