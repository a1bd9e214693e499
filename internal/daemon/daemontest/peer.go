package daemontest

import "github.com/libp2p/go-libp2p/core/peer"

func p2pPeer(s string) peer.ID {
	id, err := peer.Decode(s)
	if err != nil {
		return peer.ID(s)
	}
	return id
}
