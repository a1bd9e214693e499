package keys_test

import (
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/pol-network/pol/chain/keys"
)

func Example() {
	dir, _ := os.MkdirTemp("", "keystore")
	defer os.RemoveAll(dir)

	dev, _ := keys.Dev(0)
	if _, err := keys.Import(dir, dev, "correct horse", true); err != nil {
		fmt.Println(err)
		return
	}
	key, err := keys.Load(dir, common.Address{}, "correct horse")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(crypto.PubkeyToAddress(key.PublicKey))
	// Output: 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266
}
