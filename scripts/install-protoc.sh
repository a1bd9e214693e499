#!/usr/bin/env bash
# Installs the protobuf toolchain used by `go generate ./p2p/...`:
# protoc from Debian's protobuf-compiler and protoc-gen-go from the Go module proxy.
# Idempotent: skips what is already installed at the pinned version.
set -euo pipefail

PROTOC_GEN_GO_VERSION=v1.36.12

if ! command -v protoc >/dev/null 2>&1; then
	SUDO=""
	if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq protobuf-compiler >/dev/null
fi

GOBIN="$(go env GOPATH)/bin"
want="protoc-gen-go ${PROTOC_GEN_GO_VERSION}"
if [ "$("$GOBIN/protoc-gen-go" --version 2>/dev/null || true)" != "$want" ]; then
	go install "google.golang.org/protobuf/cmd/protoc-gen-go@${PROTOC_GEN_GO_VERSION}"
fi

echo "protoc: $(protoc --version)"
echo "protoc-gen-go: $("$GOBIN/protoc-gen-go" --version)"
