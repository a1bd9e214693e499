package models

import (
	"context"
	"errors"
	"fmt"

	"github.com/pol-network/pol/logits"
)

// KV is the element type of a session's KV cache. It is the one numeric
// choice an honest miner may make that moves logits beyond kernel noise
// (docs/calibration.md), so the protocol names the admitted choices and a
// validator recomputes under each of them (spec §8.1).
type KV string

const (
	// KVF32 keeps keys and values in float32: pol's default.
	KVF32 KV = "f32"
	// KVF16 rounds keys, values and the operands multiplied with them to
	// IEEE half precision, halving cache memory.
	KVF16 KV = "f16"
)

// AdmittedKV are the KV cache precisions of spec §8.1, in the order a
// validator tries them: an opening matches if the comparator accepts it
// against the recomputation under any of them.
var AdmittedKV = []KV{KVF32, KVF16}

// ParseKV reads a KV precision ("" means KVF32).
func ParseKV(s string) (KV, error) {
	switch KV(s) {
	case "", KVF32:
		return KVF32, nil
	case KVF16:
		return KVF16, nil
	}
	return "", fmt.Errorf("unknown KV cache precision %q (want %s or %s)", s, KVF32, KVF16)
}

// KVEngine is an Engine whose sessions can keep their KV cache at a chosen
// precision, whatever its own default; validators need one to recompute
// under every admitted precision with one copy of the weights.
type KVEngine interface {
	Engine
	// KV is the precision NewSession uses.
	KV() KV
	// NewSessionKV is NewSession with the cache at precision kv.
	NewSessionKV(maxLen int, kv KV) (Session, error)
}

// ErrKVUnsupported is returned for a KV precision an engine cannot run.
var ErrKVUnsupported = errors.New("KV cache precision not supported by this engine")

// WithKV is a view of e whose NewSession keeps the cache at precision kv
// (for Generate and Recompute, which take an Engine).
func WithKV(e KVEngine, kv KV) KVEngine {
	if e.KV() == kv {
		return e
	}
	return withKV{e, kv}
}

type withKV struct {
	KVEngine
	kv KV
}

func (w withKV) KV() KV                                 { return w.kv }
func (w withKV) Name() string                           { return fmt.Sprintf("%s@%skv", w.KVEngine.Name(), w.kv) }
func (w withKV) NewSession(maxLen int) (Session, error) { return w.NewSessionKV(maxLen, w.kv) }

// RecomputeKV is Recompute with the KV cache at precision kv. An engine
// that is not a KVEngine runs only its own precision, which is assumed to
// be KVF32.
func RecomputeKV(ctx context.Context, e Engine, kv KV, prompt []int32, output []uint32, positions []uint32) ([][]float32, error) {
	if ke, ok := e.(KVEngine); ok {
		return Recompute(ctx, WithKV(ke, kv), prompt, output, positions)
	}
	if kv != KVF32 {
		return nil, fmt.Errorf("recompute: %s: %w", e.Name(), ErrKVUnsupported)
	}
	return Recompute(ctx, e, prompt, output, positions)
}

// RecomputeAdmitted recomputes positions under the admitted KV precisions
// in turn (spec §8.1): out[j] holds position j's recomputations, one per
// precision tried, in AdmittedKV order. opened[j] is the miner's opened
// vector for positions[j] (nil: not available); after the first precision a
// position is recomputed again only while the comparator under th rejects
// opened[j] against every recomputation it has, so an honest miner at the
// default precision costs one prefill. With opened nil every precision is
// computed for every position (calibration). An engine that is not a
// KVEngine recomputes at KVF32 only.
func RecomputeAdmitted(ctx context.Context, e Engine, prompt []int32, output []uint32, positions []uint32, opened [][]float32, th logits.Thresholds) ([][][]float32, error) {
	accepted := func(j int, rec []float32) bool {
		if opened == nil || opened[j] == nil {
			return false
		}
		rep, err := logits.Compare(opened[j], rec, th)
		return err == nil && rep.Pass
	}
	out := make([][][]float32, len(positions))
	todo := make([]int, len(positions)) // indices into positions still unaccepted
	for j := range todo {
		todo[j] = j
	}
	kvs := AdmittedKV
	if _, ok := e.(KVEngine); !ok {
		kvs = []KV{KVF32}
	}
	for _, kv := range kvs {
		if len(todo) == 0 {
			break
		}
		ps := make([]uint32, len(todo))
		for i, j := range todo {
			ps[i] = positions[j]
		}
		rec, err := RecomputeKV(ctx, e, kv, prompt, output, ps)
		if err != nil {
			return nil, fmt.Errorf("%w (KV %s)", err, kv)
		}
		next := todo[:0]
		for i, j := range todo {
			out[j] = append(out[j], rec[i])
			if !accepted(j, rec[i]) {
				next = append(next, j)
			}
		}
		todo = next
	}
	return out, nil
}
