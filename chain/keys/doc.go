// Package keys loads and stores the Ethereum keys pol's daemons and wallet
// sign with: geth-compatible encrypted keystore files (Web3 Secret Storage),
// passwords from a file or an environment variable, and the deterministic,
// publicly known dev keys prefunded on the dev chains.
//
// Nothing in this package logs or formats a key or a password.
package keys
