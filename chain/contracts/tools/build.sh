#!/usr/bin/env bash
# build.sh [outdir]: compiles the contract into chain/contracts/out (or outdir) with the pinned
# solcjs. Called by `go generate ./chain/bindings` and scripts/check-contracts.sh.
set -euo pipefail
contracts="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$(cd "$contracts/../.." && pwd)"
"$root/scripts/install-chain-tools.sh" >/dev/null
NODE_PATH="$root/.tools/chain/node_modules" node "$contracts/tools/compile.cjs" "${1:-$contracts/out}"
