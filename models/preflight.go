package models

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
)

// GGUF value types (gguf_type).
const (
	ggufU8 = iota
	ggufI8
	ggufU16
	ggufI16
	ggufU32
	ggufI32
	ggufF32
	ggufBool
	ggufString
	ggufArray
	ggufU64
	ggufI64
	ggufF64
)

var ggufScalarSize = map[uint32]uint64{
	ggufU8: 1, ggufI8: 1, ggufBool: 1, ggufU16: 2, ggufI16: 2,
	ggufU32: 4, ggufI32: 4, ggufF32: 4, ggufU64: 8, ggufI64: 8, ggufF64: 8,
}

// preflight walks a GGUF v2/v3 header checking every declared count and
// length against the bytes left in the file, before the decoder allocates
// by them: a hostile or damaged header is an error here instead of a huge
// allocation there. It does not interpret values.
func preflight(r io.Reader, size int64) error {
	p := &headerWalker{r: bufio.NewReaderSize(r, 64<<10), left: uint64(size)}
	var head [24]byte // magic, version, tensor count, kv count
	if err := p.read(head[:]); err != nil {
		return err
	}
	nTensors := binary.LittleEndian.Uint64(head[8:])
	nKV := binary.LittleEndian.Uint64(head[16:])
	if nKV > p.left/13 || nTensors > p.left/32 { // smallest kv 13 bytes, tensor info 32
		return fmt.Errorf("%w: header declares %d metadata entries and %d tensors in %d bytes", ErrTruncated, nKV, nTensors, size)
	}
	for i := range nKV {
		if err := p.skipString(); err != nil {
			return fmt.Errorf("metadata entry %d key: %w", i, err)
		}
		t, err := p.u32()
		if err != nil {
			return err
		}
		if err := p.skipValue(t, true); err != nil {
			return fmt.Errorf("metadata entry %d: %w", i, err)
		}
	}
	for i := range nTensors {
		if err := p.skipString(); err != nil {
			return fmt.Errorf("tensor %d name: %w", i, err)
		}
		dims, err := p.u32()
		if err != nil {
			return err
		}
		if dims == 0 || dims > 4 {
			return fmt.Errorf("%w: tensor %d has %d dimensions", ErrBadModel, i, dims)
		}
		if err := p.skip(uint64(dims)*8 + 4 + 8); err != nil { // dims, type, offset
			return err
		}
	}
	return nil
}

type headerWalker struct {
	r    *bufio.Reader
	left uint64
}

func (p *headerWalker) read(b []byte) error {
	if uint64(len(b)) > p.left {
		return fmt.Errorf("%w: header runs past the end of the file", ErrTruncated)
	}
	if _, err := io.ReadFull(p.r, b); err != nil {
		return fmt.Errorf("%w: %v", ErrTruncated, err)
	}
	p.left -= uint64(len(b))
	return nil
}

func (p *headerWalker) skip(n uint64) error {
	if n > p.left {
		return fmt.Errorf("%w: header declares %d bytes, %d left in the file", ErrTruncated, n, p.left)
	}
	if _, err := p.r.Discard(int(n)); err != nil {
		return fmt.Errorf("%w: %v", ErrTruncated, err)
	}
	p.left -= n
	return nil
}

func (p *headerWalker) u32() (uint32, error) {
	var b [4]byte
	err := p.read(b[:])
	return binary.LittleEndian.Uint32(b[:]), err
}

func (p *headerWalker) u64() (uint64, error) {
	var b [8]byte
	err := p.read(b[:])
	return binary.LittleEndian.Uint64(b[:]), err
}

func (p *headerWalker) skipString() error {
	n, err := p.u64()
	if err != nil {
		return err
	}
	return p.skip(n)
}

func (p *headerWalker) skipValue(t uint32, arrayOK bool) error {
	if n, ok := ggufScalarSize[t]; ok {
		return p.skip(n)
	}
	switch {
	case t == ggufString:
		return p.skipString()
	case t == ggufArray && arrayOK:
		et, err := p.u32()
		if err != nil {
			return err
		}
		count, err := p.u64()
		if err != nil {
			return err
		}
		if n, ok := ggufScalarSize[et]; ok {
			if count > p.left/n {
				return fmt.Errorf("%w: array of %d x %d bytes, %d left in the file", ErrTruncated, count, n, p.left)
			}
			return p.skip(count * n)
		}
		if et != ggufString {
			return fmt.Errorf("%w: array of GGUF type %d", ErrBadModel, et)
		}
		if count > p.left/8 {
			return fmt.Errorf("%w: array of %d strings, %d bytes left in the file", ErrTruncated, count, p.left)
		}
		for range count {
			if err := p.skipString(); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("%w: GGUF value type %d", ErrBadModel, t)
}
