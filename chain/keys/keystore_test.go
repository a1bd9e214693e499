package keys

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestImportLoadRoundTrip(t *testing.T) {
	dir := t.TempDir()
	k0, _ := Dev(0)
	k1, _ := Dev(1)
	a0 := crypto.PubkeyToAddress(k0.PublicKey)
	a1 := crypto.PubkeyToAddress(k1.PublicKey)
	file, err := Import(dir, k0, "pw0", true)
	if err != nil {
		t.Fatal(err)
	}
	// A single file and a one-key directory both load without an address.
	for _, p := range []string{file, dir} {
		got, err := Load(p, common.Address{}, "pw0")
		if err != nil {
			t.Fatalf("Load(%s): %v", p, err)
		}
		if crypto.PubkeyToAddress(got.PublicKey) != a0 {
			t.Fatalf("Load(%s) returned the wrong key", p)
		}
	}
	if _, err := Import(dir, k1, "pw1", true); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir, common.Address{}, "pw1"); err == nil || !strings.Contains(err.Error(), "choose one by address") {
		t.Fatalf("ambiguous keystore: err = %v", err)
	}
	got, err := Load(dir, a1, "pw1")
	if err != nil || crypto.PubkeyToAddress(got.PublicKey) != a1 {
		t.Fatalf("Load by address: %v", err)
	}
	if _, err := Load(dir, a0, "pw1"); !errors.Is(err, keystore.ErrDecrypt) {
		t.Fatalf("wrong password: err = %v, want ErrDecrypt", err)
	}
	k2, _ := Dev(2)
	if _, err := Load(dir, crypto.PubkeyToAddress(k2.PublicKey), "pw"); !errors.Is(err, ErrNoKey) {
		t.Fatalf("absent address: err = %v, want ErrNoKey", err)
	}
}

func TestImportRefusesEmptyPassword(t *testing.T) {
	k, _ := Dev(0)
	if _, err := Import(t.TempDir(), k, "", true); err == nil {
		t.Fatal("empty password accepted")
	}
}

func TestLoadedFileIsGethFormat(t *testing.T) {
	dir := t.TempDir()
	k, _ := Dev(0)
	file, err := Import(dir, k, "pw", true)
	if err != nil {
		t.Fatal(err)
	}
	blob, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	// geth's own decoder reads what we wrote, and the file never holds the key in clear.
	key, err := keystore.DecryptKey(blob, "pw")
	if err != nil {
		t.Fatal(err)
	}
	if key.PrivateKey.D.Cmp(k.D) != 0 {
		t.Fatal("decrypted key differs")
	}
	if strings.Contains(string(blob), common.Bytes2Hex(crypto.FromECDSA(k))) {
		t.Fatal("keystore file contains the private key in clear")
	}
}

func TestPassword(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "pw")
	if err := os.WriteFile(f, []byte("s3cret\r\nignored\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if p, err := Password(f, ""); err != nil || p != "s3cret" {
		t.Fatalf("file: %q, %v", p, err)
	}
	t.Setenv("POL_TEST_PW", "from-env")
	if p, err := Password("", "POL_TEST_PW"); err != nil || p != "from-env" {
		t.Fatalf("env: %q, %v", p, err)
	}
	empty := filepath.Join(dir, "empty")
	os.WriteFile(empty, []byte("\n"), 0o600)
	for _, c := range []struct{ file, env string }{
		{"", ""}, {f, "POL_TEST_PW"}, {empty, ""}, {"", "POL_TEST_PW_UNSET"}, {filepath.Join(dir, "missing"), ""},
	} {
		if _, err := Password(c.file, c.env); err == nil {
			t.Errorf("Password(%q, %q): no error", c.file, c.env)
		}
	}
}
