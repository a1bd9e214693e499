// Package bindings holds the Go bindings (abigen v2) of the ProofOfLogits settlement contract in
// chain/contracts. Both the compiled artifacts (chain/contracts/out) and this package are
// committed, so building needs neither Node nor solc; `go generate ./chain/bindings` rebuilds them
// and scripts/check-contracts.sh fails when they are stale.
package bindings

//go:generate ../contracts/tools/build.sh
//go:generate go tool abigen --v2 --abi ../contracts/out/ProofOfLogits.abi --bin ../contracts/out/ProofOfLogits.hex --pkg bindings --type ProofOfLogits --out proof_of_logits.go
