package logits

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"os"
)

// Record formats of a .logits file, named by byte 41 of its header.
const (
	// recordsPlain is u32be(token) || f32le x V (files of earlier releases,
	// still read).
	recordsPlain = 0
	// recordsChecked appends u32be(crc32c(u32be(i) || u32be(token) ||
	// f32le x V)) to each record, so that resume and openings can tell a
	// damaged or torn record from an intact one without trusting the disk.
	recordsChecked = 1
)

// castagnoli is CRC-32C: hardware-accelerated in hash/crc32 on amd64 and
// arm64 (tens of GB/s, a few percent of the leaf hash's cost).
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// recordSize is the bytes one position takes in a .logits file.
func recordSize(vocab int, format byte) int64 {
	if format == recordsChecked {
		return 8 + 4*int64(vocab)
	}
	return 4 + 4*int64(vocab)
}

// recordCRC is the checksum of position i's record: its index, token and
// logit bytes.
func recordCRC(i, token uint32, l []float32) uint32 {
	var head [8]byte
	binary.BigEndian.PutUint32(head[:], i)
	binary.BigEndian.PutUint32(head[4:], token)
	w := crcWriter(crc32.Update(0, castagnoli, head[:]))
	appendFloatsLE(&w, nil, l)
	return uint32(w)
}

// crcWriter accumulates CRC-32C over what is written to it.
type crcWriter uint32

func (c *crcWriter) Write(p []byte) (int, error) {
	*c = crcWriter(crc32.Update(uint32(*c), castagnoli, p))
	return len(p), nil
}

// logitsHead is the 64-byte header of a .logits file.
func logitsHead(job JobID, vocab int, format, version byte) [logitsHeader]byte {
	var head [logitsHeader]byte
	copy(head[:], logitsMagic)
	head[4] = version
	copy(head[5:], job[:])
	binary.BigEndian.PutUint32(head[37:], uint32(vocab))
	head[41] = format
	return head
}

// readLogitsHeader checks a .logits file's header and returns its
// vocabulary size, record format and protocol version.
func readLogitsHeader(f *os.File, job JobID) (int, byte, byte, error) {
	var head [logitsHeader]byte
	if _, err := f.ReadAt(head[:], 0); err != nil {
		return 0, 0, 0, fmt.Errorf("%w: %s: header: %w", ErrCorruptStore, f.Name(), err)
	}
	if string(head[:4]) != logitsMagic {
		return 0, 0, 0, fmt.Errorf("%w: %s: bad magic", ErrCorruptStore, f.Name())
	}
	if !knownVersion(head[4]) {
		return 0, 0, 0, fmt.Errorf("%w: %s: version %d, this release reads %d to %d", ErrStoreVersion, f.Name(), head[4], MinVersion, Version)
	}
	if JobID(head[5:37]) != job {
		return 0, 0, 0, fmt.Errorf("%w: %s: header names job %x", ErrCorruptStore, f.Name(), head[5:37])
	}
	v := binary.BigEndian.Uint32(head[37:])
	if v == 0 || v > MaxVocab {
		return 0, 0, 0, fmt.Errorf("%w: %s: vocabulary size %d", ErrCorruptStore, f.Name(), v)
	}
	if format := head[41]; format > recordsChecked {
		return 0, 0, 0, fmt.Errorf("%w: %s: unknown record format %d", ErrCorruptStore, f.Name(), format)
	}
	return int(v), head[41], head[4], nil
}

// readRecord reads position i's token and logits into l (len(l) == vocab)
// through buf (reused when large enough; returned for the next call), and
// checks the record's checksum when the format has one.
func readRecord(f *os.File, vocab int, format byte, i uint32, l []float32, buf []byte) (uint32, []byte, error) {
	size := recordSize(vocab, format)
	if int64(cap(buf)) < size {
		buf = make([]byte, size)
	}
	buf = buf[:size]
	off := logitsHeader + int64(i)*size
	if _, err := f.ReadAt(buf, off); err != nil {
		return 0, buf, fmt.Errorf("%w: %s: record %d: %w", ErrCorruptStore, f.Name(), i, err)
	}
	for k := range l {
		l[k] = math.Float32frombits(binary.LittleEndian.Uint32(buf[4+4*k:]))
	}
	token := binary.BigEndian.Uint32(buf)
	if format == recordsChecked {
		want := binary.BigEndian.Uint32(buf[size-4:])
		var idx [4]byte
		binary.BigEndian.PutUint32(idx[:], i)
		got := crc32.Update(crc32.Update(0, castagnoli, idx[:]), castagnoli, buf[:size-4])
		if got != want {
			return 0, buf, fmt.Errorf("%w: %s: record %d fails its checksum", ErrCorruptStore, f.Name(), i)
		}
	}
	return token, buf, nil
}
