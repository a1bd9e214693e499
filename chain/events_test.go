package chain

import (
	"testing"

	"github.com/pol-network/pol/chain/bindings"
)

func TestEveryEventHasADecoder(t *testing.T) {
	a, err := bindings.ProofOfLogitsMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	for name := range a.Events {
		if decoders[name] == nil {
			t.Errorf("event %s has no decoder", name)
		}
	}
	for name := range decoders {
		if _, ok := a.Events[name]; !ok {
			t.Errorf("decoder for %s, which the contract does not emit", name)
		}
	}
}
