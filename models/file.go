package models

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	fsggml "github.com/ollama/ollama/fs/ggml"
)

// Errors returned by Open. Callers match them with errors.Is; the wrapped
// message says which file and why.
var (
	ErrNotFound        = errors.New("model file not found")
	ErrNotGGUF         = errors.New("not a GGUF file")
	ErrTruncated       = errors.New("truncated GGUF file")
	ErrUnsupportedArch = errors.New("unsupported model architecture")
	ErrBadModel        = errors.New("malformed model")
	ErrIDMismatch      = errors.New("model id mismatch")
)

// File is an opened, validated GGUF model: its metadata, tensor directory,
// effective hyperparameters and canonical tokenizer. It holds no weights in
// memory; engines load them from Path.
type File struct {
	Path    string
	Size    int64
	ModTime time.Time

	// KV is the GGUF metadata as decoded (arrays included).
	KV fsggml.KV
	// Tensors is the tensor directory in file order.
	Tensors []*fsggml.Tensor
	// DataOffset is the absolute file offset of the tensor data section.
	DataOffset uint64

	Config    Config
	Tokenizer *Tokenizer
}

// Tensor returns the named tensor's directory entry, or nil.
func (f *File) Tensor(name string) *fsggml.Tensor {
	for _, t := range f.Tensors {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// ReadTensor reads the raw bytes of a tensor as stored in the file.
func (f *File) ReadTensor(name string) ([]byte, error) {
	t := f.Tensor(name)
	if t == nil {
		return nil, fmt.Errorf("%w: %s: tensor %q missing", ErrBadModel, f.Path, name)
	}
	fh, err := os.Open(f.Path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	buf := make([]byte, t.Size())
	if _, err := fh.ReadAt(buf, int64(f.DataOffset+t.Offset)); err != nil {
		return nil, fmt.Errorf("%w: %s: tensor %q: %v", ErrTruncated, f.Path, name, err)
	}
	return buf, nil
}

// Open reads and validates a GGUF model file: magic, metadata, tensor
// directory, tensor bounds against the file size, a supported architecture,
// and the effective configuration and tokenizer. Errors wrap ErrNotFound,
// ErrNotGGUF, ErrTruncated, ErrUnsupportedArch or ErrBadModel.
func Open(path string) (*File, error) {
	fh, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w: %s", ErrNotFound, path)
		}
		return nil, err
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%w: %s is a directory", ErrNotGGUF, path)
	}
	var magic [4]byte
	if _, err := io.ReadFull(fh, magic[:]); err != nil {
		return nil, fmt.Errorf("%w: %s: %d bytes, too short for a header", ErrNotGGUF, path, st.Size())
	}
	if string(magic[:]) != "GGUF" {
		return nil, fmt.Errorf("%w: %s (magic %q)", ErrNotGGUF, path, magic[:])
	}
	var version uint32
	if err := binary.Read(fh, binary.LittleEndian, &version); err != nil {
		return nil, fmt.Errorf("%w: %s: header: %v", ErrTruncated, path, err)
	}
	if version < 2 || version > 3 {
		return nil, fmt.Errorf("%w: %s: unsupported GGUF version %d", ErrNotGGUF, path, version)
	}
	if _, err := fh.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	if err := preflight(fh, st.Size()); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if _, err := fh.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	meta, err := decodeGGUF(fh)
	if err != nil {
		msg := err.Error()
		switch {
		case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
			strings.Contains(msg, "exceeds file size"):
			return nil, fmt.Errorf("%w: %s: %v", ErrTruncated, path, err)
		default:
			return nil, fmt.Errorf("%w: %s: %v", ErrBadModel, path, err)
		}
	}
	f := &File{
		Path:       path,
		Size:       st.Size(),
		ModTime:    st.ModTime(),
		KV:         meta.KV(),
		Tensors:    meta.Tensors().Items(),
		DataOffset: meta.Tensors().Offset,
	}
	// The decoder checks every tensor's end against the file size; check the
	// section as a whole too, so that a file cut inside padding is caught.
	var end uint64
	for _, t := range f.Tensors {
		end = max(end, f.DataOffset+t.Offset+t.Size())
	}
	if end > uint64(f.Size) {
		return nil, fmt.Errorf("%w: %s: tensor data ends at %d, file has %d bytes", ErrTruncated, path, end, f.Size)
	}
	if f.Config, err = configFromGGUF(f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if f.Tokenizer, err = newTokenizer(f.KV); err != nil {
		return nil, fmt.Errorf("%w: %s: tokenizer: %v", ErrBadModel, path, err)
	}
	if f.Tokenizer.VocabSize() != f.Config.VocabSize {
		return nil, fmt.Errorf("%w: %s: tokenizer has %d tokens, token_embd has %d rows", ErrBadModel, path, f.Tokenizer.VocabSize(), f.Config.VocabSize)
	}
	return f, nil
}

// decodeGGUF wraps fs/ggml's decoder, turning its panics on hostile input
// into errors.
func decodeGGUF(r io.ReadSeeker) (g *fsggml.GGML, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("decoder: %v", p)
		}
	}()
	return fsggml.Decode(r, -1)
}
