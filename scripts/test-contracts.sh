#!/usr/bin/env bash
# test-contracts.sh [forge test args...]: runs the Solidity tests of chain/contracts offline with
# the pinned forge and solcjs (installed on demand by scripts/install-chain-tools.sh), then prints
# the gas report of the whole job life cycle (committee of 3). Extra arguments go to `forge test`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-chain-tools.sh" >/dev/null
cd "$root/chain/contracts"
export FOUNDRY_SOLC="$root/.tools/bin/solc" FOUNDRY_OFFLINE=true
forge="$root/.tools/bin/forge"
if [[ $# -gt 0 ]]; then
	exec "$forge" test "$@"
fi
# Sources must be forge-formatted (fix with: cd chain/contracts && ../../.tools/bin/forge fmt).
"$forge" fmt --check >/dev/null || { echo "test-contracts: run 'forge fmt' in chain/contracts" >&2; exit 1; }
# Functional, fuzz and invariant suites (the gas suite needs --isolate: one transaction per call).
"$forge" test --no-match-contract GasTest
"$forge" test --isolate --match-contract GasTest -vv
