package logits

// Protocol v3 limits and domain tags (docs/protocol.md §2).
const (
	// Version is the protocol version these rules implement.
	Version = 3
	// MinVersion is the oldest version whose leaves this release
	// computes: version 2's SHA-256 leaf stays one of the two leaf
	// functions (LeafSHA256, LeafBLAKE3), so version 2 jobs in a store and
	// version 2 openings are still served and checked.
	MinVersion = 2
	// MaxPositions bounds n, the number of generated positions in one job.
	MaxPositions = 1 << 20
	// MaxVocab bounds V, the vocabulary size (length of a logit vector).
	MaxVocab = 1 << 24
	// MaxProofLen is the longest Merkle proof a tree of MaxPositions leaves has.
	MaxProofLen = 20
)

// Domain-separation prefixes. The first byte of every leaf (BLAKE3), node
// and root (SHA-256) input says what is hashed, so a leaf can never be read
// as an inner node or a root.
const (
	prefixLeaf = 0x00
	prefixNode = 0x01
	prefixRoot = 0x02
)

// Domain tags: ASCII strings hashed in front of the fields they separate.
// The leaf's tag names version 3, which changed its hash; the others keep
// their version 1 encodings.
const (
	tagLeaf   = "pol/leaf/v3"
	tagLeafV2 = "pol/leaf/v1" // version 2's SHA-256 leaf (MinVersion)
	tagTokens = "pol/tokens/v1"
	tagPrompt = "pol/prompt/v1"
	tagSample = "pol/sample/v1"
	// tagChallenge separates the challenge-set draws (spec §4), like the
	// contract's "committee" tag for the committee draw.
	tagChallenge = "challenge"
)
