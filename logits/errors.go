package logits

import "errors"

// Errors callers can test for with errors.Is. Returned errors wrap them with
// the detail of what was wrong and where.
var (
	ErrNonFinite     = errors.New("logits: non-finite logit")
	ErrVocabMismatch = errors.New("logits: vocabulary size mismatch")
	ErrBadProof      = errors.New("logits: merkle proof does not verify")
	ErrProofLength   = errors.New("logits: merkle proof has the wrong length")
	ErrBadOpening    = errors.New("logits: malformed opening")
	ErrOutOfRange    = errors.New("logits: value out of range")
	ErrUnknownJob    = errors.New("logits: job not in store")
	ErrJobExists     = errors.New("logits: job already in store")
	ErrCorruptStore  = errors.New("logits: corrupt store file")
	// ErrStoreVersion: a store file was written under another protocol
	// version, whose leaves this release does not compute.
	ErrStoreVersion = errors.New("logits: store file of another protocol version")
	// ErrOpeningVersion: an opening names a protocol version whose leaf
	// function this release does not know (it also wraps ErrBadOpening).
	// Nothing can be concluded about such an opening: it may be right
	// under a newer release's rules.
	ErrOpeningVersion = errors.New("logits: opening of a protocol version this release does not read")
)
