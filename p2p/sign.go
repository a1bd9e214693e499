package p2p

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/pol-network/pol/logits"
)

// SignatureLength is the length of a payload signature: r || s || v with v in {0, 1}.
const SignatureLength = 65

// Domain tags hashed in front of each signed payload (docs/p2p.md §Signatures), so a signature
// over one message kind can never be replayed as another, nor as a transaction.
const (
	tagJobDigest        = "pol/p2p/job/v1"
	tagCommitmentDigest = "pol/p2p/commitment/v2"
	tagVerdictDigest    = "pol/p2p/verdict/v1"
)

// ErrBadSignature means a payload signature is malformed or does not recover to a public key.
var ErrBadSignature = errors.New("p2p: bad signature")

// packer builds abi.encodePacked-style byte strings for digests.
type packer []byte

func (p packer) uint256(v uint64) packer {
	var b [32]byte
	binary.BigEndian.PutUint64(b[24:], v)
	return append(p, b[:]...)
}
func (p packer) uint64(v uint64) packer { return binary.BigEndian.AppendUint64(p, v) }
func (p packer) uint32(v uint32) packer { return binary.BigEndian.AppendUint32(p, v) }
func (p packer) uint16(v uint16) packer { return binary.BigEndian.AppendUint16(p, v) }
func (p packer) bytes(b []byte) packer  { return append(p, b...) }

// signDigest signs a 32-byte digest with key, returning r || s || v (v in {0, 1}, low s).
func signDigest(digest logits.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	if key == nil {
		return nil, errors.New("p2p: no signing key")
	}
	sig, err := ethcrypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("p2p: sign: %w", err)
	}
	return sig, nil
}

// secp256k1HalfN is n/2 of the secp256k1 group; signatures with s above it are refused so
// that each message has exactly one valid signature (and one content-hash message id).
var secp256k1HalfN = new(big.Int).Rsh(ethcrypto.S256().Params().N, 1)

// signer identifies who signed a payload: the Ethereum address and the libp2p peer id of the
// same key.
type signer struct {
	addr common.Address
	peer peer.ID
}

// recoverSigner returns the signer whose key produced sig over digest.
func recoverSigner(digest logits.Hash, sig []byte) (signer, error) {
	if len(sig) != SignatureLength {
		return signer{}, fmt.Errorf("%w: %d bytes, want %d", ErrBadSignature, len(sig), SignatureLength)
	}
	r, s, v := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64]), sig[64]
	if !ethcrypto.ValidateSignatureValues(v, r, s, true) || s.Cmp(secp256k1HalfN) > 0 {
		return signer{}, fmt.Errorf("%w: r, s or v out of range (v must be 0 or 1, s in the lower half)", ErrBadSignature)
	}
	pub, err := ethcrypto.SigToPub(digest[:], sig)
	if err != nil {
		return signer{}, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	lpub, err := crypto.UnmarshalSecp256k1PublicKey(ethcrypto.CompressPubkey(pub))
	if err != nil {
		return signer{}, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	id, err := peer.IDFromPublicKey(lpub)
	if err != nil {
		return signer{}, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	return signer{addr: ethcrypto.PubkeyToAddress(*pub), peer: id}, nil
}
