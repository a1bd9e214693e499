# syntax=docker/dockerfile:1
# pol in a container: one image runs a miner (one container per GPU), a validator, the dev chain
# or wallet calls. CPU build by default; a CUDA build adds ggml's CUDA backend library:
#
#   docker build -t pol .                                # CPU (ggml CPU backend, x86-64-v3)
#   docker build -t pol:cuda --build-arg GPU=cuda .       # + libggml-cuda for NVIDIA GPUs
#   docker run --rm pol prove                            # the README's main command
#   docker run --rm --gpus device=0 -v pol0:/data pol:cuda miner ...   # one miner per GPU
#
# The engine is compiled with cgo; CPU_FLAGS selects the SIMD level of ggml's CPU kernels
# (x86-64-v3 = AVX2/FMA, ~17x faster than the portable default; x86-64-v4 adds AVX-512).
ARG GO_VERSION=1.26
ARG GPU=none

FROM golang:${GO_VERSION}-bookworm AS build
ARG CPU_FLAGS="-O3 -march=x86-64-v3"
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ENV CGO_ENABLED=1 CGO_CFLAGS="${CPU_FLAGS}" CGO_CXXFLAGS="${CPU_FLAGS}"
RUN go build -trimpath -o /out/bin/pol ./cmd/pol
# The bundled real model (pol prove, pol devnet) comes from a Go module through the proxy; the
# runtime image has no Go toolchain, so copy the file in and point POL_BUNDLED_MODEL at it (its
# sha256 is still checked at every use).
RUN dir=$(go mod download -json github.com/mutablelogic/go-llama@v0.0.11 | sed -n 's/.*"Dir": "\(.*\)".*/\1/p') \
    && mkdir -p /out/share/pol && cp "$dir/testdata/stories260K.gguf" /out/share/pol/

# ggml's CUDA backend is a shared library that the engine loads at start from ../lib/ollama
# next to the binary (or OLLAMA_LIBRARY_PATH). It is built from the same ollama module version
# that go.mod pins, so the Go side and the kernels match.
FROM nvidia/cuda:12.8.1-devel-ubuntu22.04 AS cuda-libs
ARG CUDA_ARCHS="75;80;86;89;90"
RUN apt-get update && apt-get install -y --no-install-recommends cmake ca-certificates git \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/go /usr/local/go
ENV PATH=/usr/local/go/bin:$PATH
WORKDIR /src
COPY go.mod go.sum ./
RUN src=$(go mod download -json github.com/ollama/ollama | sed -n 's/.*"Dir": "\(.*\)".*/\1/p') \
    && cmake -S "$src" -B /build -DCMAKE_BUILD_TYPE=Release -DCMAKE_CUDA_ARCHITECTURES="$CUDA_ARCHS" \
    && cmake --build /build --target ggml-cuda -j"$(nproc)" \
    && mkdir -p /out/lib/ollama && find /build -name 'libggml-cuda*.so*' -exec cp -a {} /out/lib/ollama/ \;

FROM debian:bookworm-slim AS runtime-none
FROM nvidia/cuda:12.8.1-runtime-ubuntu22.04 AS runtime-cuda
COPY --from=cuda-libs /out/lib /usr/local/lib

FROM runtime-${GPU}
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libstdc++6 libgomp1 \
    && rm -rf /var/lib/apt/lists/* && useradd -m -u 10001 pol
COPY --from=build /out/bin/pol /usr/local/bin/pol
COPY --from=build /out/share/pol /usr/local/share/pol
USER pol
VOLUME /data
ENV POL_BUNDLED_MODEL=/usr/local/share/pol/stories260K.gguf
ENTRYPOINT ["pol"]
CMD ["--help"]
