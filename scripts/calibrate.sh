#!/usr/bin/env bash
# Measures the comparator metrics behind each model's thresholds
# (docs/calibration.md): honest and dishonest (miner, validator) pairs on the
# bundled model and on random-weight models, plus ggml built with the default
# cgo flags vs -O3 -march=x86-64-v3 (two test binaries, traces exchanged
# through files). Prints markdown tables on stdout; takes several minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
v3="-O3 -march=x86-64-v3"

echo "building the default and the x86-64-v3 calibration binaries..." >&2
go test -c -o "$tmp/default.test" ./models/calibrate
CGO_CFLAGS="$v3" CGO_CXXFLAGS="$v3" go test -c -o "$tmp/v3.test" ./models/calibrate

run() { # binary, env..., with TEST set to the test to run
	local bin=$1
	shift
	if ! env POL_MODEL_ID_CACHE=off "$@" "$bin" -test.run "^${TEST}\$" -test.timeout 60m >"$tmp/stdout" 2>"$tmp/stderr"; then
		cat "$tmp/stdout" "$tmp/stderr" >&2
		exit 1
	fi
	grep -v '^PASS$' "$tmp/stdout" || true
}

if [[ "${1:-}" != "-builds" ]]; then # -builds: only the cross-build part
	TEST=TestCalibrationReport run "$tmp/default.test" POL_CALIBRATE=1
fi

echo "## ggml builds: default cgo flags vs -O3 -march=x86-64-v3 (bundled model, 3 prompts x ${POL_CALIB_N:-64} positions)"
echo
TEST=TestCrossBuild run "$tmp/default.test" POL_CALIB_TRACE_OUT="$tmp/default.gob"
TEST=TestCrossBuild run "$tmp/v3.test" POL_CALIB_TRACE_OUT="$tmp/v3.gob"
TEST=TestCrossBuild run "$tmp/v3.test" POL_CALIB_TRACE_IN="$tmp/default.gob" POL_CALIB_LABEL="miner default build, validator v3 build"
TEST=TestCrossBuild run "$tmp/default.test" POL_CALIB_TRACE_IN="$tmp/v3.gob" POL_CALIB_LABEL="miner v3 build, validator default build"
TEST=TestCrossBuild run "$tmp/v3.test" POL_CALIB_TRACE_IN="$tmp/v3.gob" POL_CALIB_LABEL="miner v3 build decode, validator v3 build"
