package logits

import (
	"encoding/binary"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// A Builder's positions go through a pipeline off the caller's goroutine:
//
//	Append -> [queue] -> worker (finite check, leaf hash, CRC-32C; token,
//	                     logits and checksum appended to the file)
//	                  -> syncer (fsync once syncBytes are unsynced, or
//	                     syncEvery after the last)
//
// The queue holds at most queueBytes of vectors, so a fast producer is
// held back (Append blocks) instead of growing memory. One worker does a
// position's hashing and writing (about 600 µs of CPU at V = 128,256, so
// 1,600 positions/s; one goroutine wake per position, not one per stage).
// The worker and the syncer run on OS threads of lowered priority
// (lowerThreadPriority): on a CPU that also runs the engine they fill the
// engine's idle gaps instead of stalling its threads, and on a GPU host
// they have the cores to themselves. The vector is hashed and written from the caller's slice:
// nothing is copied. Finish has at most syncBytes or syncEvery's worth of
// records left to sync (8 MiB takes milliseconds on an SSD), and a
// CPU-speed generation syncs a few times a second, not per token.
const (
	queueBytes = 8 << 20
	syncBytes  = 8 << 20
	syncEvery  = 250 * time.Millisecond
)

type pipeItem struct {
	i, token uint32
	l        []float32
}

type pipeline struct {
	f      *os.File
	job    JobID
	vocab  int
	format byte
	in     chan pipeItem // Append -> worker
	nudge  chan struct{} // worker -> syncer: data awaits a sync
	stop   chan struct{} // closed when the worker is done: the syncer exits
	done   sync.WaitGroup

	leaves  []Hash       // owned by the worker until done
	written atomic.Int64 // records in the file (page cache)
	durable atomic.Int64 // records synced to the device
	discard atomic.Bool  // Abort: drop what is queued

	mu  sync.Mutex
	err error
}

// startPipeline begins appending records after the first base of f, of
// which the first synced are known durable.
func startPipeline(f *os.File, job JobID, vocab int, format byte, base, synced int) *pipeline {
	depth := max(2, queueBytes/(4*vocab))
	p := &pipeline{f: f, job: job, vocab: vocab, format: format,
		in:    make(chan pipeItem, depth),
		nudge: make(chan struct{}, 1), stop: make(chan struct{})}
	p.written.Store(int64(base))
	p.durable.Store(int64(synced))
	p.done.Add(2)
	go p.work()
	go p.sync()
	return p
}

func (p *pipeline) fail(err error) {
	p.mu.Lock()
	if p.err == nil {
		p.err = err
	}
	p.mu.Unlock()
}

func (p *pipeline) failed() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}

// work checks, hashes and writes each queued position in order.
func (p *pipeline) work() {
	defer p.done.Done()
	defer close(p.stop)
	lowerThreadPriority()
	var lh leafHasher
	var tok, crc [4]byte
	perSync := max(1, int64(syncBytes)/recordSize(p.vocab, p.format))
	nudged, lastNudge := p.written.Load(), time.Now()
	for it := range p.in {
		if p.discard.Load() || p.failed() != nil {
			continue // drain
		}
		if err := CheckFinite(it.l); err != nil {
			p.fail(fmt.Errorf("logits: position %d: %w", it.i, err))
			continue
		}
		p.leaves = append(p.leaves, lh.sum(p.job, it.i, it.token, it.l))
		binary.BigEndian.PutUint32(tok[:], it.token)
		w := &errWriter{w: p.f}
		w.Write(tok[:])
		appendFloatsLE(w, nil, it.l)
		if p.format == recordsChecked {
			binary.BigEndian.PutUint32(crc[:], recordCRC(it.i, it.token, it.l))
			w.Write(crc[:])
		}
		if w.err != nil {
			p.fail(fmt.Errorf("logits: write position %d: %w", it.i, w.err))
			continue
		}
		written := int64(it.i) + 1
		p.written.Store(written)
		if written-nudged >= perSync || time.Since(lastNudge) >= syncEvery {
			nudged, lastNudge = written, time.Now()
			select {
			case p.nudge <- struct{}{}:
			default: // a sync is under way; the next nudge covers these records
			}
		}
	}
}

// sync makes written records durable while generation goes on, whenever
// the worker says enough has accumulated.
func (p *pipeline) sync() {
	defer p.done.Done()
	lowerThreadPriority()
	for {
		select {
		case <-p.nudge:
		case <-p.stop:
			return
		}
		n := p.written.Load()
		if err := p.f.Sync(); err != nil {
			p.fail(fmt.Errorf("logits: sync job %s: %w", p.job, err))
			return
		}
		p.durable.Store(n)
	}
}

// drain stops taking positions, waits until every queued one is written
// (or dropped after a failure or Abort) and returns the new leaves and the
// first error.
func (p *pipeline) drain() ([]Hash, error) {
	close(p.in)
	p.done.Wait()
	return p.leaves, p.failed()
}
