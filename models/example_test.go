package models_test

import (
	"context"
	"fmt"

	"github.com/pol-network/pol/models"
)

// Open a model, read its effective configuration and id, and tokenize a
// prompt with its canonical tokenizer.
func ExampleOpen() {
	ctx := context.Background()
	path, err := models.Resolve(ctx, "bundled")
	if err != nil {
		fmt.Println(err)
		return
	}
	f, err := models.Open(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	id, err := f.ComputeID(ctx, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	ids, _ := f.Tokenizer.Encode("Once upon a time")
	fmt.Println(f.Config.Arch, f.Config.Layers, f.Config.VocabSize, f.Config.RopeBase)
	fmt.Println(id)
	fmt.Println(ids, f.Tokenizer.Decode(ids))
	// Output:
	// llama 5 512 10000
	// 0xd43346486e3f74ea68cb23e2fcf54cdd28b84ac6b21e172f97eb9599f8146856
	// [1 403 407 261 378] Once upon a time
}
