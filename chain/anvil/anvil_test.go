package anvil

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

func TestStartStop(t *testing.T) {
	bin, err := Find()
	if errors.Is(err, ErrNotInstalled) {
		t.Skip("anvil not installed: run scripts/install-chain-tools.sh")
	}
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := Start(ctx, bin)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ethclient.Dial(n.URL)
	if err != nil {
		n.Stop()
		t.Fatal(err)
	}
	id, err := c.ChainID(ctx)
	c.Close()
	if err != nil || id.Int64() != 31337 {
		n.Stop()
		t.Fatalf("chain id %v, %v", id, err)
	}
	n.Stop()
	n.Stop()
	select {
	case <-n.done:
	default:
		t.Fatal("process still running after Stop")
	}
	if c2, err := ethclient.Dial(n.URL); err == nil {
		if _, err := c2.ChainID(ctx); err == nil {
			t.Fatal("RPC still answers after Stop")
		}
		c2.Close()
	}
}
