// Package logits is the cryptographic and numeric core of Proof-of-Logits,
// protocol version 3, which still reads version 2's leaves (docs/protocol.md
// is the normative text).
//
// It holds everything miners and validators must compute bit for bit alike:
// leaf hashes over full logit vectors, the Merkle commitment and its openings,
// the canonical sampler that turns logits into tokens, the job's challenge
// set, the comparator that decides whether a validator's recomputed logits
// match the ones a miner committed to, and the verdict rules: Judge for an
// opened position, Admit/CheckTokens for every committed token (could the
// sampler have picked it from a distribution within the thresholds of the
// recomputation?) and CheckEnd for the end of generation. It also holds Store,
// which spills a job's logits to disk while they are generated so that any
// position can be opened later without keeping n x V floats in memory.
//
// The package does no network or chain I/O and imports nothing else of pol.
package logits
