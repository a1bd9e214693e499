#!/usr/bin/env bash
# CI staleness check for p2p/pb: regenerates the protobuf code into a temporary directory with
# the pinned toolchain (scripts/install-protoc.sh) and fails if it differs from what is committed.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-protoc.sh" >/dev/null
export PATH="$(go env GOPATH)/bin:$PATH"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

protoc --proto_path="$root/p2p/pb" --go_out="$tmp" --go_opt=paths=source_relative "$root/p2p/pb/pol.proto"
if ! diff -u "$root/p2p/pb/pol.pb.go" "$tmp/pol.pb.go"; then
	echo "p2p/pb/pol.pb.go is stale: run scripts/install-protoc.sh && go generate ./p2p/pb" >&2
	exit 1
fi
echo "p2p/pb is up to date"
