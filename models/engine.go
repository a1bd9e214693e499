// Package models gives miners and validators what both need from an LLM: the
// full-vocabulary float32 logit vector at every position, computed
// in-process. It defines the small engine interface, opens and validates GGUF
// files, pins each model's effective configuration and canonical tokenizer,
// computes the model id, and runs generation (engine logits + the canonical
// sampler) and validator recomputation on top of any engine.
//
// Engines live in subpackages: models/ggml (ollama's Go engine over ggml,
// cgo) and models/ref (a plain-Go float32 forward pass, the test oracle and
// no-cgo fallback).
package models

import (
	"errors"
	"fmt"
)

// Engine is a loaded model able to run forward passes.
type Engine interface {
	// Name identifies the engine and its numeric setup for logs and
	// calibration reports, e.g. "ggml/f32kv/t2" or "ref".
	Name() string
	// File is the model the engine was loaded from.
	File() *File
	// NewSession starts an empty context (KV cache) of at most maxLen
	// tokens (0: as many as the engine holds; more than that is an
	// ErrContextFull error). Engines may limit how many sessions are open
	// at once.
	NewSession(maxLen int) (Session, error)
	Close() error
}

// Session is one growing token sequence with its KV cache.
type Session interface {
	// Forward appends tokens to the context and returns the logits (full
	// vocabulary, float32) computed after each token listed in outputs;
	// outputs are indices into tokens, strictly increasing. The logits after
	// token j predict token j+1. The returned slices are new on every call
	// and belong to the caller.
	Forward(tokens []int32, outputs []int) ([][]float32, error)
	// Len is the number of tokens in the context.
	Len() int
	Close() error
}

// ErrContextFull is returned when a session would exceed its length.
var ErrContextFull = errors.New("context length exceeded")

// Prefill appends tokens and returns the logits after the last one.
func Prefill(s Session, tokens []int32) ([]float32, error) {
	if len(tokens) == 0 {
		return nil, errors.New("prefill of no tokens")
	}
	out, err := s.Forward(tokens, []int{len(tokens) - 1})
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// Decode appends one token and returns the logits after it.
func Decode(s Session, token int32) ([]float32, error) {
	return Prefill(s, []int32{token})
}

// CheckOutputs validates Forward's arguments: at least one token, output
// indices strictly increasing within the token list.
func CheckOutputs(n int, outputs []int) error {
	if n == 0 {
		return errors.New("forward of no tokens")
	}
	prev := -1
	for _, o := range outputs {
		if o <= prev || o >= n {
			return fmt.Errorf("output indices %v must increase strictly within [0,%d)", outputs, n)
		}
		prev = o
	}
	return nil
}
