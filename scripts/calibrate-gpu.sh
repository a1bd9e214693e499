#!/usr/bin/env bash
# calibrate-gpu.sh — the GPU-vs-CPU rows of a model's calibration, in one run, on a machine with an
# NVIDIA GPU (docs/calibration.md "GPU profiles"). It runs `pol calibrate -gpu CUDA:ID`, which adds
# to the CPU pairs an honest miner on the GPU (every layer offloaded, f32 and f16 KV cache) judged
# by ggml on the CPU and by the reference engine, chooses the cuda-f32kv / cuda-f16kv thresholds
# alongside the CPU ones, and writes OUT/calibration.json and OUT/calibration.png.
#
#   scripts/calibrate-gpu.sh [MODEL] [OUT]        MODEL: bundled (default) or a GGUF path
#
# With $POL set it runs that binary (built with the x86-64-v3 flags, ggml's CUDA backend library
# next to it in ../lib/ollama or in $OLLAMA_LIBRARY_PATH); otherwise it builds the Dockerfile's
# CUDA image (pol:cuda, GPU=cuda) and runs the calibration in it with the GPU passed through
# (needs docker and the NVIDIA container toolkit). $GPU_ID picks the device (default 0), $N the
# positions per prompt (default 32). Exits non-zero, before building anything, without a GPU.
set -euo pipefail
cd "$(dirname "$0")/.."
model=${1:-bundled}
out=${2:-calibration-gpu}
gpu=${GPU_ID:-0}
n=${N:-32}

if ! command -v nvidia-smi >/dev/null 2>&1; then
	echo "calibrate-gpu: no NVIDIA GPU here: nvidia-smi is not installed. The GPU rows need a machine with an NVIDIA GPU and its driver; the CPU calibration runs anywhere: pol calibrate -model $model -out DIR" >&2
	exit 1
fi
if ! nvidia-smi -L 2>/dev/null | grep -q '^GPU '; then
	echo "calibrate-gpu: no NVIDIA GPU here: nvidia-smi lists no device. The GPU rows need one; the CPU calibration runs anywhere: pol calibrate -model $model -out DIR" >&2
	exit 1
fi
nvidia-smi -L >&2
mkdir -p "$out"

if [[ -n "${POL:-}" ]]; then
	exec "$POL" calibrate -model "$model" -gpu "CUDA:$gpu" -n "$n" -out "$out"
fi

command -v docker >/dev/null 2>&1 || {
	echo "calibrate-gpu: set POL to a pol binary with the CUDA backend, or install docker to build the Dockerfile's CUDA image" >&2
	exit 1
}
echo "calibrate-gpu: building the CUDA image (docker build --build-arg GPU=cuda -t pol:cuda .)" >&2
docker build --build-arg GPU=cuda -t pol:cuda .
mounts=(-v "$(realpath "$out"):/out")
ref=$model
if [[ "$model" != bundled ]]; then # a GGUF path: mount its directory read-only
	mounts+=(-v "$(realpath "$(dirname "$model")"):/model:ro")
	ref=/model/$(basename "$model")
fi
# Inside the container the one passed-through GPU is device 0.
docker run --rm --gpus "device=$gpu" --user "$(id -u):$(id -g)" "${mounts[@]}" pol:cuda \
	calibrate -model "$ref" -gpu CUDA:0 -n "$n" -out /out
