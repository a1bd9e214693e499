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
//	Append -> [queue] -> hasher (finite check, leaf hash, CRC-32C)
//	       -> [queue] -> writer (token, logits, checksum appended to the file)
//	                     syncer (fsync once syncBytes are unsynced, or syncEvery after the last)
//
// Each queue holds at most queueBytes of vectors, so a fast producer is
// held back (Append blocks) instead of growing memory. The hasher, writer
// and syncer run on OS threads of lowered priority (lowerThreadPriority):
// on a CPU that also runs the engine they fill the engine's idle gaps
// instead of stalling its threads, and on a GPU host they have the cores to
// themselves. The vector is hashed and written from the caller's slice:
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
	leaf     Hash
	crc      uint32
}

type pipeline struct {
	f      *os.File
	job    JobID
	vocab  int
	format byte
	in     chan pipeItem // Append -> hasher
	out    chan pipeItem // hasher -> writer
	nudge  chan struct{} // writer -> syncer: data awaits a sync
	stop   chan struct{} // closed when the writer is done: the syncer exits
	done   sync.WaitGroup

	leaves  []Hash       // owned by the hasher until done
	written atomic.Int64 // records in the file (page cache)
	durable atomic.Int64 // records synced to the device
	discard atomic.Bool  // Abort: drop what is queued

	mu  sync.Mutex
	err error
}

// startPipeline begins appending records after the first base of f.
func startPipeline(f *os.File, job JobID, vocab int, format byte, base int) *pipeline {
	depth := max(2, queueBytes/(4*vocab))
	p := &pipeline{f: f, job: job, vocab: vocab, format: format,
		in: make(chan pipeItem, depth), out: make(chan pipeItem, depth),
		nudge: make(chan struct{}, 1), stop: make(chan struct{})}
	p.written.Store(int64(base))
	p.durable.Store(int64(base))
	p.done.Add(3)
	go p.hash()
	go p.write()
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

func (p *pipeline) hash() {
	defer p.done.Done()
	defer close(p.out)
	lowerThreadPriority()
	var lh leafHasher
	for it := range p.in {
		if p.discard.Load() || p.failed() != nil {
			continue
		}
		if err := CheckFinite(it.l); err != nil {
			p.fail(fmt.Errorf("logits: position %d: %w", it.i, err))
			continue
		}
		it.leaf = lh.sum(p.job, it.i, it.token, it.l)
		if p.format == recordsChecked {
			it.crc = recordCRC(it.i, it.token, it.l)
		}
		p.leaves = append(p.leaves, it.leaf)
		p.out <- it
	}
}

func (p *pipeline) write() {
	defer p.done.Done()
	defer close(p.stop)
	lowerThreadPriority()
	var tok, crc [4]byte
	perSync := max(1, int64(syncBytes)/recordSize(p.vocab, p.format))
	nudged, lastNudge := p.written.Load(), time.Now()
	for it := range p.out {
		if p.discard.Load() || p.failed() != nil {
			continue
		}
		binary.BigEndian.PutUint32(tok[:], it.token)
		binary.BigEndian.PutUint32(crc[:], it.crc)
		w := &errWriter{w: p.f}
		w.Write(tok[:])
		appendFloatsLE(w, nil, it.l)
		if p.format == recordsChecked {
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
// the writer says enough has accumulated.
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
