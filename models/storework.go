package models

import "github.com/pol-network/pol/logits"

// CPUSaturating is an engine that can say whether its forward passes keep
// every core of the machine busy (a CPU engine with a thread per core).
type CPUSaturating interface {
	SaturatesCPU() bool
}

// StoreWork is where a logits store committing e's positions should do
// each position's check, hash and write: inline, between forward passes,
// when e keeps every core busy (a store thread woken beside it would stall
// its threads: logits/pipeline.go has the measurements); pipelined, on the
// store's own threads overlapping the next forward pass, when e leaves
// cores idle (a GPU engine, or fewer engine threads than cores).
func StoreWork(e Engine) logits.Work {
	if w, ok := e.(withKV); ok {
		e = w.KVEngine
	}
	if s, ok := e.(CPUSaturating); ok && s.SaturatesCPU() {
		return logits.WorkInline
	}
	return logits.WorkPipelined
}

// ParseStoreWork reads an operator's choice: "auto" (StoreWork(e)),
// "inline" or "pipelined". e may be nil to check the spelling only.
func ParseStoreWork(s string, e Engine) (logits.Work, error) {
	if s == "auto" || s == "" {
		if e == nil {
			return logits.WorkPipelined, nil
		}
		return StoreWork(e), nil
	}
	return logits.ParseWork(s)
}
