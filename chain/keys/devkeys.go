package keys

import (
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// DevMnemonic is the public BIP-39 test mnemonic that anvil, hardhat and
// foundry prefund by default. Dev keys derived from it are well known: they
// must never hold value outside a dev chain.
const DevMnemonic = "test test test test test test test test test test test junk"

// hardened marks a hardened BIP-32 child index.
const hardened = 1 << 31

// Dev returns dev key i: the BIP-32 key at m/44'/60'/0'/0/i of DevMnemonic
// (empty passphrase). Dev(0) controls 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266,
// the first account anvil prefunds, so the same keys work on both dev chains.
func Dev(i uint32) (*ecdsa.PrivateKey, error) {
	if i >= hardened {
		return nil, fmt.Errorf("keys: dev key index %d out of range (must be < 2^31)", i)
	}
	return derive(DevMnemonic, []uint32{44 | hardened, 60 | hardened, 0 | hardened, 0, i})
}

// DevKeys returns dev keys 0..n-1.
func DevKeys(n int) ([]*ecdsa.PrivateKey, error) {
	out := make([]*ecdsa.PrivateKey, n)
	for i := range out {
		k, err := Dev(uint32(i))
		if err != nil {
			return nil, err
		}
		out[i] = k
	}
	return out, nil
}

// DevAddress returns the address of dev key i.
func DevAddress(i uint32) (common.Address, error) {
	k, err := Dev(i)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(k.PublicKey), nil
}

// derive walks a BIP-32 path from the BIP-39 seed of mnemonic.
func derive(mnemonic string, path []uint32) (*ecdsa.PrivateKey, error) {
	seed, err := pbkdf2.Key(sha512.New, mnemonic, []byte("mnemonic"), 2048, 64)
	if err != nil {
		return nil, fmt.Errorf("keys: bip39 seed: %w", err)
	}
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	sum := mac.Sum(nil)
	key, chain := new(big.Int).SetBytes(sum[:32]), sum[32:]
	n := crypto.S256().Params().N
	if key.Sign() == 0 || key.Cmp(n) >= 0 {
		return nil, fmt.Errorf("keys: invalid bip32 master key")
	}
	for _, idx := range path {
		key, chain, err = child(key, chain, idx)
		if err != nil {
			return nil, err
		}
	}
	return crypto.ToECDSA(common.LeftPadBytes(key.Bytes(), 32))
}

// child computes the BIP-32 private child key idx of (key, chain).
func child(key *big.Int, chain []byte, idx uint32) (*big.Int, []byte, error) {
	var data []byte
	if idx >= hardened {
		data = append([]byte{0}, common.LeftPadBytes(key.Bytes(), 32)...)
	} else {
		priv, err := crypto.ToECDSA(common.LeftPadBytes(key.Bytes(), 32))
		if err != nil {
			return nil, nil, fmt.Errorf("keys: bip32 parent key: %w", err)
		}
		data = crypto.CompressPubkey(&priv.PublicKey)
	}
	data = binary.BigEndian.AppendUint32(data, idx)
	mac := hmac.New(sha512.New, chain)
	mac.Write(data)
	sum := mac.Sum(nil)
	n := crypto.S256().Params().N
	il := new(big.Int).SetBytes(sum[:32])
	if il.Cmp(n) >= 0 {
		return nil, nil, fmt.Errorf("keys: bip32 child %d invalid (IL >= n)", idx)
	}
	k := il.Add(il, key)
	k.Mod(k, n)
	if k.Sign() == 0 {
		return nil, nil, fmt.Errorf("keys: bip32 child %d invalid (zero key)", idx)
	}
	return k, sum[32:], nil
}
