#!/usr/bin/env bash
# calibrate-models.sh — the two `pol calibrate` runs of docs/calibration.md ("Two models calibrated
# by pol calibrate"): the bundled model over its whole context (default cgo flags, the build `pol
# prove` and the tests use; 3 prompts x 2,033 positions, contexts up to 2,038 of 2,048: the spans of
# models.BundledThresholds) and synth.Wide, a random-weight llama of 1B width (x86-64-v3 build, as
# benchmarks and Docker use; 3 prompts x 16 positions). Writes OUT/bundled/ and OUT/wide/
# (calibration.json, calibration.png, calibration-span.png) and prints both tables. About 45 minutes
# on 2 quiet cores: ~20 the bundled model (most of it ggml's f16 KV decode), ~25 the wide one (most
# of it the plain-Go reference engine).
#
#   scripts/calibrate-models.sh [OUT]        (default: calibration-models)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-calibration-models}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
v3="-O3 -march=x86-64-v3"
mkdir -p "$out"

go build -o "$tmp/pol" ./cmd/pol
CGO_CFLAGS="$v3" CGO_CXXFLAGS="$v3" go build -o "$tmp/pol-v3" ./cmd/pol
POL_SYNTH_WIDE_OUT="$tmp/wide.gguf" go test ./models/synth -run '^TestWriteWide$' -count=1 >/dev/null

"$tmp/pol" calibrate -model bundled -n 2033 -out "$out/bundled"
"$tmp/pol-v3" calibrate -model "$tmp/wide.gguf" -n 16 -out "$out/wide"
