// Package pb holds the protobuf wire messages of pol's peer-to-peer layer, generated from
// pol.proto. Regenerate with `go generate ./p2p/pb` after scripts/install-protoc.sh.
package pb

//go:generate protoc --proto_path=. --go_out=. --go_opt=paths=source_relative pol.proto
