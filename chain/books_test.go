package chain

import (
	"math/big"
	"testing"
)

func TestBooksUnaccounted(t *testing.T) {
	w := func(n int64) *big.Int { return big.NewInt(n) }
	b := Books{Held: w(100), Stakes: w(40), Owed: w(20), Unbonding: w(10), Locked: w(5), Escrow: w(15), Burned: w(7), RewardPool: w(8)}
	if got := b.Unaccounted(); got.Sign() != 0 {
		t.Fatalf("balanced books: unaccounted %s, want 0 (locked is part of stakes)", got)
	}
	b.Held = w(103)
	if got := b.Unaccounted(); got.Cmp(w(3)) != 0 {
		t.Fatalf("3 wei stuck: unaccounted %s", got)
	}
	b.Held = w(90)
	if got := b.Unaccounted(); got.Cmp(w(-10)) != 0 {
		t.Fatalf("10 wei missing: unaccounted %s", got)
	}
	if b.Held.Cmp(w(90)) != 0 {
		t.Fatal("Unaccounted changed Held")
	}
}
