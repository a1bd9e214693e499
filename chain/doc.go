// Package chain is pol's client of the Proof-of-Logits settlement contract:
// deploy it, register models, stake, submit and cancel jobs, claim, commit,
// draw committees (passing the seed block's RLP header, whose prevrandao is
// the seed), commit and reveal verdicts, settle and withdraw, each call
// waiting for its receipt and turning a revert into a typed Go error; and
// follow the contract's events from any block with a persisted,
// restart-safe cursor.
//
// The contract's ABI and bytecode come from the generated bindings in
// chain/bindings; the dev chain is in chain/devnode and keys in chain/keys.
package chain
