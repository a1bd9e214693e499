package p2p

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// keyFileMode is the only permission a node key file may have: owner read/write.
const keyFileMode fs.FileMode = 0o600

// LoadOrCreateKey returns the secp256k1 node key stored hex-encoded at path, generating and
// saving a new one (mode 0600, parent directories 0700) when the file does not exist. A key file
// readable by group or others is refused.
func LoadOrCreateKey(path string) (*ecdsa.PrivateKey, error) {
	key, err := LoadKey(path)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return key, err
	}
	key, err = ethcrypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("p2p: generate node key: %w", err)
	}
	if err := SaveKey(path, key); err != nil {
		return nil, err
	}
	return key, nil
}

// LoadKey reads a hex-encoded secp256k1 key written by SaveKey.
func LoadKey(path string) (*ecdsa.PrivateKey, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("p2p: node key %s: %w", path, err)
	}
	if perm := info.Mode().Perm(); perm&^keyFileMode != 0 {
		return nil, fmt.Errorf("p2p: node key %s has mode %04o, want %04o (chmod 600 it)", path, perm, keyFileMode)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("p2p: node key %s: %w", path, err)
	}
	b, err := hex.DecodeString(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x")))
	if err != nil {
		return nil, fmt.Errorf("p2p: node key %s is not hex: %w", path, err)
	}
	key, err := ethcrypto.ToECDSA(b)
	if err != nil {
		return nil, fmt.Errorf("p2p: node key %s: %w", path, err)
	}
	return key, nil
}

// SaveKey writes key hex-encoded to path with mode 0600, atomically (temporary file + rename).
func SaveKey(path string, key *ecdsa.PrivateKey) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("p2p: node key directory: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".nodekey-*")
	if err != nil {
		return fmt.Errorf("p2p: save node key: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(keyFileMode); err != nil {
		tmp.Close()
		return fmt.Errorf("p2p: save node key: %w", err)
	}
	if _, err := tmp.WriteString(hex.EncodeToString(ethcrypto.FromECDSA(key)) + "\n"); err != nil {
		tmp.Close()
		return fmt.Errorf("p2p: save node key: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("p2p: save node key: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("p2p: save node key: %w", err)
	}
	return nil
}

// PeerKey converts an Ethereum secp256k1 key into the libp2p private key of the same curve
// point, so the node's peer id is derived from its staked address key.
func PeerKey(key *ecdsa.PrivateKey) (crypto.PrivKey, error) {
	if key == nil {
		return nil, errors.New("p2p: nil node key")
	}
	pk, err := crypto.UnmarshalSecp256k1PrivateKey(ethcrypto.FromECDSA(key))
	if err != nil {
		return nil, fmt.Errorf("p2p: node key as libp2p key: %w", err)
	}
	return pk, nil
}

// PeerIDOf returns the libp2p peer id of an Ethereum key.
func PeerIDOf(key *ecdsa.PrivateKey) (peer.ID, error) {
	pk, err := PeerKey(key)
	if err != nil {
		return "", err
	}
	return peer.IDFromPrivateKey(pk)
}

// AddressOf returns the Ethereum address behind a peer id. It fails for peer ids whose key is
// not secp256k1 (such peers cannot be pol nodes).
func AddressOf(id peer.ID) (common.Address, error) {
	pub, err := id.ExtractPublicKey()
	if err != nil {
		return common.Address{}, fmt.Errorf("p2p: public key of peer %s: %w", id, err)
	}
	if pub.Type() != crypto.Secp256k1 {
		return common.Address{}, fmt.Errorf("p2p: peer %s has a %s key, want secp256k1", id, pub.Type())
	}
	raw, err := pub.Raw()
	if err != nil {
		return common.Address{}, fmt.Errorf("p2p: public key of peer %s: %w", id, err)
	}
	ecpub, err := ethcrypto.DecompressPubkey(raw)
	if err != nil {
		return common.Address{}, fmt.Errorf("p2p: public key of peer %s: %w", id, err)
	}
	return ethcrypto.PubkeyToAddress(*ecpub), nil
}
