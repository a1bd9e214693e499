#!/usr/bin/env bash
# calibrate-models.sh — the two `pol calibrate` runs of docs/calibration.md ("Two models calibrated
# by pol calibrate"): the bundled model (default cgo flags, the build `pol prove` and the tests use;
# 3 prompts x 64 positions) and synth.Wide, a random-weight llama of 1B width (x86-64-v3 build, as
# benchmarks and Docker use; 3 prompts x 16 positions). Writes OUT/bundled/ and OUT/wide/
# (calibration.json + calibration.png) and prints both tables. About 25 minutes on 2 quiet cores,
# most of it the plain-Go reference engine on the wide model.
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

"$tmp/pol" calibrate -model bundled -n 64 -out "$out/bundled"
"$tmp/pol-v3" calibrate -model "$tmp/wide.gguf" -n 16 -out "$out/wide"
