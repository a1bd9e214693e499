package keys

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
)

// ErrNoKey means a keystore holds no key for the requested address.
var ErrNoKey = errors.New("keys: no key for that address in the keystore")

// Password returns a keystore password taken from the first line of file
// (trailing CR/LF removed) when file is non-empty, otherwise from the
// environment variable env. Exactly one source must be given and the
// password must not be empty.
func Password(file, env string) (string, error) {
	switch {
	case file != "" && env != "":
		return "", errors.New("keys: give the password by file or by environment variable, not both")
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("keys: read password file: %w", err)
		}
		line, _, _ := strings.Cut(string(b), "\n")
		line = strings.TrimRight(line, "\r")
		if line == "" {
			return "", fmt.Errorf("keys: password file %s is empty", file)
		}
		return line, nil
	case env != "":
		p, ok := os.LookupEnv(env)
		if !ok || p == "" {
			return "", fmt.Errorf("keys: environment variable %s is unset or empty", env)
		}
		return p, nil
	}
	return "", errors.New("keys: no password source: give a password file or an environment variable name")
}

// Load decrypts one key. path is a single keystore file or a keystore
// directory; in a directory, addr selects the key, and a zero addr is
// accepted only when the directory holds exactly one key.
func Load(path string, addr common.Address, password string) (*ecdsa.PrivateKey, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("keys: %w", err)
	}
	file := path
	if st.IsDir() {
		if file, err = find(path, addr); err != nil {
			return nil, err
		}
	}
	blob, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("keys: %w", err)
	}
	key, err := keystore.DecryptKey(blob, password)
	if err != nil {
		return nil, fmt.Errorf("keys: decrypt %s: %w", file, err)
	}
	if addr != (common.Address{}) && key.Address != addr {
		return nil, fmt.Errorf("keys: %s holds %s, not %s", file, key.Address, addr)
	}
	return key.PrivateKey, nil
}

// Import encrypts key with password into a new file in the keystore
// directory dir (created if missing) and returns the file's path. light
// selects geth's light scrypt parameters (fast, for tests and dev chains);
// otherwise the standard ones are used.
func Import(dir string, key *ecdsa.PrivateKey, password string, light bool) (string, error) {
	if password == "" {
		return "", errors.New("keys: refusing to store a key under an empty password")
	}
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	ks := keystore.NewKeyStore(dir, n, p)
	acct, err := ks.ImportECDSA(key, password)
	if err != nil {
		return "", fmt.Errorf("keys: import into %s: %w", dir, err)
	}
	return acct.URL.Path, nil
}

// find returns the file in dir holding addr's key (or the only key).
func find(dir string, addr common.Address) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", fmt.Errorf("keys: %w", err)
	}
	var matches []string
	for _, e := range entries {
		if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		file := filepath.Join(dir, e.Name())
		a, ok := fileAddress(file)
		if ok && (addr == (common.Address{}) || a == addr) {
			matches = append(matches, file)
		}
	}
	switch {
	case len(matches) == 1:
		return matches[0], nil
	case len(matches) == 0 && addr != (common.Address{}):
		return "", fmt.Errorf("%w: %s in %s", ErrNoKey, addr, dir)
	case len(matches) == 0:
		return "", fmt.Errorf("keys: keystore %s holds no key", dir)
	case addr == (common.Address{}):
		return "", fmt.Errorf("keys: keystore %s holds %d keys; choose one by address", dir, len(matches))
	}
	return "", fmt.Errorf("keys: keystore %s holds %d files for %s", dir, len(matches), addr)
}

// fileAddress reads the plain "address" field of a keystore file.
func fileAddress(file string) (common.Address, bool) {
	b, err := os.ReadFile(file)
	if err != nil {
		return common.Address{}, false
	}
	var v struct {
		Address string `json:"address"`
	}
	if json.Unmarshal(b, &v) != nil || !common.IsHexAddress(v.Address) {
		return common.Address{}, false
	}
	return common.HexToAddress(v.Address), true
}
