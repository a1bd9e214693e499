package p2p

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

func TestLoadOrCreateKeyPersistsWithMode0600(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys", "node.key")
	k1, err := LoadOrCreateKey(path)
	if err != nil {
		t.Fatalf("create: %v", err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %04o, want 0600", info.Mode().Perm())
	}
	k2, err := LoadOrCreateKey(path)
	if err != nil {
		t.Fatalf("reload: %v", err)
	}
	if !k1.Equal(k2) {
		t.Fatal("reloaded key differs from the created one")
	}
}

func TestLoadKeyRefusesLooseModeAndGarbage(t *testing.T) {
	dir := t.TempDir()
	loose := filepath.Join(dir, "loose.key")
	if err := SaveKey(loose, newKey(t)); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(loose, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKey(loose); err == nil {
		t.Fatal("LoadKey accepted a world-readable key file")
	}
	garbage := filepath.Join(dir, "garbage.key")
	if err := os.WriteFile(garbage, []byte("not a key\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKey(garbage); err == nil {
		t.Fatal("LoadKey accepted a non-hex key file")
	}
	if _, err := LoadKey(filepath.Join(dir, "missing.key")); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing key file: got %v, want fs.ErrNotExist", err)
	}
}

func TestAddressOfPeerIsTheEthereumAddress(t *testing.T) {
	key := newKey(t)
	id, err := PeerIDOf(key)
	if err != nil {
		t.Fatal(err)
	}
	got, err := AddressOf(id)
	if err != nil {
		t.Fatal(err)
	}
	if want := ethcrypto.PubkeyToAddress(key.PublicKey); got != want {
		t.Fatalf("AddressOf(peer) = %s, want %s", got, want)
	}
}

func TestAddressOfRefusesNonSecp256k1Peers(t *testing.T) {
	_, pub, err := crypto.GenerateEd25519Key(nil)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := AddressOf(id); err == nil {
		t.Fatal("AddressOf accepted an ed25519 peer id")
	}
}
