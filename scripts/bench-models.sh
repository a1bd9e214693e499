#!/usr/bin/env bash
# Engine benchmarks (models/ggml/bench_test.go) on a random-weight model of
# 1B-class width, built with the SIMD cgo flags the benchmarks assume:
#   commitment overhead: generation with vs without streaming full logits
#   into the commitment, end to end (Finish included), as the median of
#   POL_BENCH_RUNS (default 10) pairs advancing in lockstep, with its spread
#   (goal: ratio <= 1.01; POL_STORE_WORK=inline|pipelined overrides the
#   store's choice, as pol miner -store-work; POL_LEAF=blake3|sha256 the
#   leaf hash, as pol miner -leaf; each pair's ratio is printed);
#   recomputation of position n/2 vs generation of n positions, n = 256, 512
#   (goal <= 5% on CPU);
#   a validator's whole v2 check of a 512-token job (every position's row,
#   every token's admissibility, 16 opened positions) vs its generation
#   (goal <= 5% on CPU).
# Run one with its name, e.g. scripts/bench-models.sh CheckVsGenerate.
# The ~500 MB model is generated once into the user cache dir; POL_BENCH_LAYERS=N
# makes it N layers deep (default 2, where the vocabulary projection is a third
# of the weights; 16 is Llama 3.2 1B's depth).
set -euo pipefail
cd "$(dirname "$0")/.."
export CGO_CFLAGS="${CGO_CFLAGS:--O3 -march=x86-64-v3}"
export CGO_CXXFLAGS="${CGO_CXXFLAGS:--O3 -march=x86-64-v3}"
# The headline lines (end-to-end committing/plain ratio and the other goals)
# are repeated at the end.
out=$(mktemp)
trap 'rm -f "$out"' EXIT
go test -run '^$' -bench "${1:-.}" -benchtime "${BENCHTIME:-1x}" -timeout 60m ./models/ggml 2> >(grep -v ' INFO ' >&2) | tee "$out"
echo "== headline ($(date -u +%F), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)) =="
grep -E '^(end-to-end committing/plain|f16 weights|f32 weights)' "$out" || true
