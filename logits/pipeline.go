package logits

import (
	"encoding/binary"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
)

// A Builder does each position's work (finite check, leaf hash, CRC-32C;
// token, logits and checksum copied into the file's staging segment) in one
// of two places (Work), and a flusher thread writes full segments and makes
// them durable:
//
//	WorkPipelined: Append -> [queue] -> worker -> segment
//	WorkInline:    Append -> segment (on the caller's goroutine)
//	both:          flusher: each full segment written whole (O_DIRECT,
//	               segments.go), fdatasync when no other is waiting
//
// Pipelined, the queue holds at most queueBytes of vectors, so a fast
// producer is held back (Append blocks) instead of growing memory; one
// worker does a position's work (one goroutine wake per position, not one
// per stage). That suits an engine that leaves cores idle (a GPU's): the
// store's work never delays it.
//
// Inline suits an engine that keeps every core busy (a CPU engine with a
// thread per core): there a store thread made runnable each position
// preempts one of the engine's threads, and its partner spins at the next
// barrier, so the wake and the scheduling around it cost far more than the
// work (measured on a 2-core machine, 2 engine threads, V = 32,000: the
// pipelined store slowed generation by 12 % end to end, the same work
// inline by about its own duration). The flusher wakes once per 8 MiB
// segment, not per position, and waits for the device without using the
// CPU; writing segments with O_DIRECT spares the kernel the page-cache
// copy and the writeback of every byte (measured: 7 µs of CPU per 128 KB
// instead of 35 µs plus the writeback).
//
// The vector is hashed from the caller's slice and copied once, into the
// segment. Finish has at most one partial segment left to write and sync
// (8 MiB takes milliseconds on an SSD).
const queueBytes = 8 << 20

type pipeItem struct {
	i, token uint32
	l        []float32
	finite   bool // l was checked already (AppendSampled)
}

type pipeline struct {
	job    JobID
	format byte
	rec    int64         // bytes per record
	out    *segmentFile  // the job file's staging segments
	in     chan pipeItem // Append -> worker; nil when the work is inline
	worker sync.WaitGroup
	flushr sync.WaitGroup

	// Owned by put's caller (the worker, or Append inline) until drained.
	lh     leafHasher
	leaves []Hash

	durable atomic.Int64 // records synced to the device
	discard atomic.Bool  // Abort: drop what is queued
	ioError atomic.Bool  // a write or sync failed: nothing more is written

	mu  sync.Mutex
	err error
}

// startPipeline begins appending records after the first base of f, of
// which the first synced are known durable; with inline, put is called by
// the Builder's caller and no worker runs.
func startPipeline(f *os.File, job JobID, vocab int, format, version byte, base, synced int, inline bool) (*pipeline, error) {
	rec := recordSize(vocab, format)
	out, err := openSegments(f, logitsHeader+int64(base)*rec)
	if err != nil {
		return nil, fmt.Errorf("logits: job %s: %w", job, err)
	}
	p := &pipeline{job: job, format: format, rec: rec, out: out, lh: leafHasher{version: version}}
	p.durable.Store(int64(synced))
	p.flushr.Add(1)
	go p.flush()
	if !inline {
		p.in = make(chan pipeItem, max(2, queueBytes/(4*vocab)))
		p.worker.Add(1)
		go p.work()
	}
	return p, nil
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

// work puts each queued position in order, on a thread of lowered priority.
func (p *pipeline) work() {
	defer p.worker.Done()
	lowerThreadPriority()
	for it := range p.in {
		if p.discard.Load() || p.failed() != nil {
			continue // drain
		}
		p.put(it)
	}
}

// put checks and hashes one position and copies its record into the
// current segment, handing full segments to the flusher. A failure is kept
// (failed) and ends the job.
func (p *pipeline) put(it pipeItem) {
	if !it.finite {
		if err := CheckFinite(it.l); err != nil {
			p.fail(fmt.Errorf("logits: position %d: %w", it.i, err))
			return
		}
	}
	leaf := p.lh.sum(p.job, it.i, it.token, it.l)
	var tok, crc [4]byte
	binary.BigEndian.PutUint32(tok[:], it.token)
	p.out.Write(tok[:])
	appendFloatsLE(p.out, nil, it.l)
	if p.format == recordsChecked {
		binary.BigEndian.PutUint32(crc[:], recordCRC(it.i, it.token, it.l))
		p.out.Write(crc[:])
	}
	p.leaves = append(p.leaves, leaf)
}

// flush writes each full segment where it belongs in the file and, when no
// other segment waits, syncs the file: the records entirely inside what was
// synced are durable. The last, partial segment is synced by drain's
// caller, after the file is cut to its records.
func (p *pipeline) flush() {
	defer p.flushr.Done()
	lowerThreadPriority()
	for s := range p.out.full {
		if !p.discard.Load() && !p.ioError.Load() {
			if err := p.out.flush(s); err != nil {
				p.ioError.Store(true)
				p.fail(fmt.Errorf("logits: write job %s: %w", p.job, err))
			} else if len(p.out.full) == 0 && !s.last {
				if err := fdatasync(p.out.f); err != nil {
					p.ioError.Store(true)
					p.fail(fmt.Errorf("logits: sync job %s: %w", p.job, err))
				} else {
					p.durable.Store((s.start + int64(s.n) - logitsHeader) / p.rec)
				}
			}
		}
		p.out.recycle(s)
	}
}

// drain stops taking positions, waits until every queued one is written
// (or dropped after Abort), cuts the file after the last whole record and
// returns the new leaves and the first error. The records put before a
// failure are written too (they are whole and checked). The caller syncs.
func (p *pipeline) drain() ([]Hash, error) {
	if p.in != nil {
		close(p.in)
		p.worker.Wait()
	}
	end := p.out.end()
	if p.discard.Load() {
		close(p.out.full)
	} else {
		p.out.finish()
	}
	p.flushr.Wait()
	p.out.close()
	if !p.discard.Load() && !p.ioError.Load() {
		// The last segment was written padded to the alignment.
		if err := p.out.f.Truncate(end); err != nil {
			p.fail(fmt.Errorf("logits: write job %s: %w", p.job, err))
		}
	}
	return p.leaves, p.failed()
}
