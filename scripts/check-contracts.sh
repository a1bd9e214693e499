#!/usr/bin/env bash
# check-contracts.sh: recompiles the contract and regenerates the Go bindings into a temporary
# directory and fails when the committed chain/contracts/out or chain/bindings differ (stale
# artifacts). Fix with: go generate ./chain/bindings
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$root/chain/contracts/tools/build.sh" "$tmp/out" 2>"$tmp/build.log" || { cat "$tmp/build.log" >&2; exit 1; }
(cd "$root" && go tool abigen --v2 --abi "$tmp/out/ProofOfLogits.abi" --bin "$tmp/out/ProofOfLogits.hex" \
	--pkg bindings --type ProofOfLogits --out "$tmp/proof_of_logits.go")

stale=0
for f in ProofOfLogits.abi ProofOfLogits.hex; do
	if ! cmp -s "$tmp/out/$f" "$root/chain/contracts/out/$f"; then
		echo "check-contracts: chain/contracts/out/$f is stale" >&2
		stale=1
	fi
done
if ! cmp -s "$tmp/proof_of_logits.go" "$root/chain/bindings/proof_of_logits.go"; then
	echo "check-contracts: chain/bindings/proof_of_logits.go is stale" >&2
	stale=1
fi
if [[ $stale -ne 0 ]]; then
	echo "check-contracts: run 'go generate ./chain/bindings' and commit the result" >&2
	exit 1
fi
echo "check-contracts: artifacts and bindings are up to date"
