// Package pb holds the protobuf wire messages of pol's peer-to-peer layer, generated from
// pol.proto. Regenerate with scripts/install-protoc.sh, then
// PATH="$(go env GOPATH)/bin:$PATH" go generate ./p2p/pb (scripts/check-p2p-gen.sh checks it).
package pb

//go:generate protoc --proto_path=. --go_out=. --go_opt=paths=source_relative pol.proto
