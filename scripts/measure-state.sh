#!/usr/bin/env bash
# measure-state.sh: how often the daemons write their state and how large
# it is. Runs `pol devnet` with JOBS jobs (default 200) in rounds of ROUND
# (default 10: a miner's 1 ETH stake locks collateral for only a few jobs at
# once) and reports, from the nodes' metrics, snapshot writes per block and
# bytes per snapshot for each miner and validator (pol_*_state_writes_total,
# pol_*_state_bytes).
#
#   go build -o pol ./cmd/pol && scripts/measure-state.sh 200
#
# POL (default ./pol) is the binary; extra arguments go to pol devnet.
set -euo pipefail
JOBS=${1:-200}
shift || true
ROUND=${ROUND:-10}
POL=${POL:-./pol}
ADDR=127.0.0.1:$((20000 + RANDOM % 10000))
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$POL" devnet -jobs "$ROUND" -forever -n 8 -metrics-addr "$ADDR" "$@" >"$tmp/out" 2>"$tmp/err" &
pid=$!
rpc="" first="" last=""
blocknum() {
	curl -s -X POST -H 'content-type: application/json' \
		--data '{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}' "$rpc" | grep -o '0x[0-9a-f]*' || true
}
while kill -0 "$pid" 2>/dev/null; do
	if [ -z "$rpc" ]; then
		rpc=$(grep -o 'at http://[0-9.:]*' "$tmp/out" | head -1 | cut -c4- || true)
	fi
	if [ -n "$rpc" ]; then
		b=$(blocknum)
		if [ -n "$b" ]; then
			[ -z "$first" ] && first=$((b))
			last=$((b))
		fi
		curl -sf "http://$ADDR/metrics" >"$tmp/m.new" 2>/dev/null && mv "$tmp/m.new" "$tmp/metrics" || true
	fi
	if [ "$(grep -c '^round .* done' "$tmp/out" || true)" -ge $((JOBS / ROUND)) ]; then
		kill "$pid"
		break
	fi
	sleep 1
done
status=0
wait "$pid" || status=$?
grep -E '^(round|all) ' "$tmp/out" | tail -2
blocks=$((last - first))
echo "devnet exit $status; $JOBS jobs over $blocks blocks (blocks $first-$last)"
awk -v blocks="$blocks" '
	/^pol_(miner|validator)_state_(writes_total|bytes|batches_total)\{/ {
		match($0, /node="[^"]*"/); node = substr($0, RSTART + 6, RLENGTH - 7)
		name = $1; sub(/\{.*/, "", name); sub(/^pol_(miner|validator)_state_/, "", name)
		v[node, name] = $2; nodes[node] = 1
	}
	END {
		printf "%-12s %10s %10s %12s %14s\n", "node", "batches", "writes", "writes/block", "bytes (last)"
		for (n in nodes) printf "%-12s %10d %10d %12.2f %14d\n", n, v[n, "batches_total"], v[n, "writes_total"], v[n, "writes_total"] / blocks, v[n, "bytes"]
	}' "$tmp/metrics" | sort
