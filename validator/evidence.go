package validator

import (
	"encoding/binary"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
)

// The reasons in evidence hashes that are not derived from the job's data:
// fixed texts, so anyone can recompute the hash (the log line carries the
// detail: what the transport or the engine said).
const (
	ReasonNoOpening  = "no opening"                                         // no-reveal: an opening did not arrive
	ReasonBadOpening = "opening does not verify against the committed root" // fail: a bad opening
	ReasonAbstain    = "validator could not check"                          // no-reveal: our own engine failed or ran late
)

// NoPosition stands for "no single position" in evidence (a pass).
const NoPosition = ^uint32(0)

// EvidenceTag is the domain tag of an attestation's evidence hash.
const EvidenceTag = "pol/evidence/v1"

// Evidence is the evidence hash a validator attests with (docs/daemons.md):
//
//	keccak256("pol/evidence/v1" || jobId || uint8 verdict || uint32 position ||
//	          bytes32 leaf || bytes32 keccak256(reason))
//
// For a fail, position is the first failing position, leaf the leaf hash of
// its opening (zero when no verifiable opening exists) and reason the rule
// that failed (ReasonBadOpening for an opening that does not verify). For a
// no-reveal, position is the first missing position, leaf zero and reason
// ReasonNoOpening, ReasonAbstain, or which message never arrived. For a pass, position is NoPosition,
// leaf is keccak256 over the leaf hashes of the checked positions in order,
// and reason is empty. Anyone holding the openings can recompute it.
func Evidence(job logits.JobID, v chain.Verdict, position uint32, leaf logits.Hash, reason string) logits.Hash {
	var pos [4]byte
	binary.BigEndian.PutUint32(pos[:], position)
	r := logits.Keccak256([]byte(reason))
	return logits.Keccak256([]byte(EvidenceTag), job[:], []byte{byte(v)}, pos[:], leaf[:], r[:])
}

// passLeaf is the leaf field of a pass's evidence: keccak256 over the
// checked positions' leaf hashes, in order.
func passLeaf(leaves []logits.Hash) logits.Hash {
	parts := make([][]byte, len(leaves))
	for i := range leaves {
		parts[i] = leaves[i][:]
	}
	return logits.Keccak256(parts...)
}
