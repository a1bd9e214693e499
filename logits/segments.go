package logits

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"syscall"
	"unsafe"
)

// A job file grows through staging segments: the records are copied into
// an aligned segment of memory that mirrors the next segmentSize bytes of
// the file, and a full segment is written whole by the flusher with one
// O_DIRECT write (openDirect): the kernel neither copies the bytes into its
// page cache nor writes them back later, work that on a CPU-bound miner
// comes out of generation. Where the file system refuses O_DIRECT the same
// segments are written through the page cache. segmentsPerFile segments
// let the caller fill one while the flusher writes the other.
const (
	segmentSize     = 8 << 20
	segmentAlign    = 4096 // offsets and lengths of O_DIRECT writes
	segmentsPerFile = 2
)

type segment struct {
	buf   []byte // segmentSize bytes, aligned to segmentAlign
	start int64  // the file offset of buf[0], a multiple of segmentAlign
	n     int    // bytes in use
	last  bool   // the partial segment at the end: the caller syncs after cutting the file
}

// spareSegments keeps up to maxSpareSegments written segments for the
// next job, so a miner does not allocate (and the kernel zero) 16 MiB per
// job; a sync.Pool would drop them at every garbage collection, which a
// generation's discarded logit vectors trigger every few dozen positions.
var spareSegments struct {
	sync.Mutex
	list []*segment
}

const maxSpareSegments = 2 * segmentsPerFile

func getSegment() *segment {
	spareSegments.Lock()
	defer spareSegments.Unlock()
	if k := len(spareSegments.list); k > 0 {
		g := spareSegments.list[k-1]
		spareSegments.list = spareSegments.list[:k-1]
		return g
	}
	raw := make([]byte, segmentSize+segmentAlign)
	off := int(uintptr(unsafe.Pointer(&raw[0])) % segmentAlign)
	if off != 0 {
		off = segmentAlign - off
	}
	return &segment{buf: raw[off : off+segmentSize : off+segmentSize]}
}

func putSegment(g *segment) {
	spareSegments.Lock()
	defer spareSegments.Unlock()
	if len(spareSegments.list) < maxSpareSegments {
		spareSegments.list = append(spareSegments.list, g)
	}
}

// segmentFile is the growing tail of one job file.
type segmentFile struct {
	f      *os.File      // the job's file: reads, truncation, syncs
	direct *os.File      // the same file opened with O_DIRECT; nil where refused
	cur    *segment      // being filled by put's caller
	free   chan *segment // written segments, back for filling
	full   chan *segment // filled segments, to the flusher
}

// openSegments continues f at offset size: the partial block before size is
// read back into the first segment, so every write starts on an aligned
// offset.
func openSegments(f *os.File, size int64) (*segmentFile, error) {
	s := &segmentFile{f: f, free: make(chan *segment, segmentsPerFile), full: make(chan *segment, segmentsPerFile)}
	if d, err := openDirect(f); err == nil {
		s.direct = d
	}
	for range segmentsPerFile {
		s.free <- getSegment()
	}
	s.cur = <-s.free
	s.cur.last = false
	s.cur.start = size &^ (segmentAlign - 1)
	s.cur.n = int(size - s.cur.start)
	if s.cur.n > 0 {
		if _, err := f.ReadAt(s.cur.buf[:s.cur.n], s.cur.start); err != nil {
			s.close()
			return nil, fmt.Errorf("read back the last block: %w", err)
		}
	}
	return s, nil
}

// Write copies p into the current segment, handing each one that fills to
// the flusher and taking a written one back (waiting for the flusher if
// need be). It never fails: the flusher reports write errors.
func (s *segmentFile) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		k := copy(s.cur.buf[s.cur.n:], p)
		s.cur.n += k
		p = p[k:]
		if s.cur.n == len(s.cur.buf) {
			next := <-s.free
			next.start, next.n, next.last = s.cur.start+int64(len(s.cur.buf)), 0, false
			s.full <- s.cur
			s.cur = next
		}
	}
	return n, nil
}

// end is the file offset after the last byte copied in.
func (s *segmentFile) end() int64 { return s.cur.start + int64(s.cur.n) }

// finish hands the partial current segment to the flusher and closes full:
// no more segments come. The caller cuts the file at end() afterwards; until
// then (or for good, if the process is killed in between) the tail up to the
// alignment is in the file, filled with 0xff so that Resume cannot take it
// for records: a token of 0xffffffff is outside every vocabulary (zeros
// would read as token 0 and zero logits, a valid record of the plain
// format).
func (s *segmentFile) finish() {
	if s.cur.n > 0 {
		pad := s.cur.buf[s.cur.n:roundUp(s.cur.n)]
		for i := range pad {
			pad[i] = 0xff
		}
		s.cur.last = true
		s.full <- s.cur
		s.cur = nil
	}
	close(s.full)
}

// flush writes segment g at its offset (padded to the alignment).
func (s *segmentFile) flush(g *segment) error {
	b := g.buf[:roundUp(g.n)]
	if s.direct != nil {
		_, err := s.direct.WriteAt(b, g.start)
		if !errors.Is(err, syscall.EINVAL) {
			return err
		}
		// The file system opened the file O_DIRECT but refuses the
		// write: write through the page cache from now on.
		s.direct.Close()
		s.direct = nil
	}
	_, err := s.f.WriteAt(b, g.start)
	return err
}

// recycle gives a written segment back for filling.
func (s *segmentFile) recycle(g *segment) {
	select {
	case s.free <- g:
	default:
		putSegment(g)
	}
}

// close returns the segments to the spares and closes the O_DIRECT handle.
func (s *segmentFile) close() {
	if s.cur != nil {
		putSegment(s.cur)
		s.cur = nil
	}
	for {
		select {
		case g := <-s.free:
			putSegment(g)
		default:
			if s.direct != nil {
				s.direct.Close()
				s.direct = nil
			}
			return
		}
	}
}

func roundUp(n int) int { return (n + segmentAlign - 1) &^ (segmentAlign - 1) }
