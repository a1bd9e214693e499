package keys

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// The first accounts anvil, hardhat and foundry prefund from DevMnemonic.
var wellKnown = []common.Address{
	common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
	common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
	common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"),
}

func TestDevKeysMatchWellKnownAccounts(t *testing.T) {
	for i, want := range wellKnown {
		got, err := DevAddress(uint32(i))
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("dev key %d: address %s, want %s", i, got, want)
		}
	}
}

func TestDevKeysDistinct(t *testing.T) {
	ks, err := DevKeys(10)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, k := range ks {
		s := string(k.D.Bytes())
		if seen[s] {
			t.Fatal("duplicate dev key")
		}
		seen[s] = true
	}
}

func TestDevKeyIndexOutOfRange(t *testing.T) {
	if _, err := Dev(1 << 31); err == nil {
		t.Fatal("hardened index accepted as dev key index")
	}
}
