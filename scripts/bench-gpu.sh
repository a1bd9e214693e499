#!/usr/bin/env bash
# bench-gpu.sh — what the protocol costs on an NVIDIA GPU, in one run: a validator's whole check of
# a job against the miner's generation of it (issue 8's goal: <= 5 %), and a generation committing
# every full logit vector against a plain one (issue 13's goal: <= 1.01), each the median and spread
# of interleaved runs (`pol bench`, models/perf), every layer offloaded to the GPU.
#
#   scripts/bench-gpu.sh [MODEL] [N] [RUNS]     MODEL: a GGUF path or ollama:NAME (default: bundled,
#                                               which is far too small to load a GPU; give a 1B model)
#
# With $POL set it runs that binary (built with the x86-64-v3 flags, ggml's CUDA backend library next
# to it in ../lib/ollama or in $OLLAMA_LIBRARY_PATH); otherwise it builds the Dockerfile's CUDA image
# (pol:cuda) and runs in it with the GPU passed through (docker + NVIDIA container toolkit).
# $GPU_ID picks the device (default 0). Exits non-zero, before building anything, without a GPU.
set -euo pipefail
cd "$(dirname "$0")/.."
model=${1:-bundled}
n=${2:-512}
runs=${3:-10}
gpu=${GPU_ID:-0}

if ! command -v nvidia-smi >/dev/null 2>&1 || ! nvidia-smi -L 2>/dev/null | grep -q '^GPU '; then
	echo "bench-gpu: no NVIDIA GPU here (nvidia-smi missing or lists no device). The CPU figures come from: pol bench -model $model -n $n -runs $runs" >&2
	exit 1
fi
nvidia-smi -L >&2
args=(bench -model "$model" -n "$n" -runs "$runs" -gpu "CUDA:$gpu")
if [[ -n "${POL:-}" ]]; then
	exec "$POL" "${args[@]}"
fi
command -v docker >/dev/null 2>&1 || {
	echo "bench-gpu: set POL to a pol binary with the CUDA backend, or install docker to build the Dockerfile's CUDA image" >&2
	exit 1
}
docker build --build-arg GPU=cuda -t pol:cuda .
mounts=()
if [[ "$model" != bundled && "$model" != ollama:* ]]; then # a GGUF path: mount its directory read-only
	mounts=(-v "$(realpath "$(dirname "$model")"):/model:ro")
	args[2]=/model/$(basename "$model")
fi
# Inside the container the one passed-through GPU is device 0.
args[${#args[@]}-1]=CUDA:0
docker run --rm --gpus "device=$gpu" "${mounts[@]}" pol:cuda "${args[@]}"
