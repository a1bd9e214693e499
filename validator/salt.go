package validator

import (
	"crypto/ecdsa"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/pol-network/pol/logits"
)

// SaltKeyOf derives a validator's verdict-salt secret from its staking key:
// keccak256("pol/verdict-salt/v2" || private key). Only the key's holder can
// compute a salt before the reveal; a restarted validator derives the same
// salts again.
func SaltKeyOf(key *ecdsa.PrivateKey) logits.Hash {
	return logits.Keccak256([]byte("pol/verdict-salt/v2"), ethcrypto.FromECDSA(key))
}
