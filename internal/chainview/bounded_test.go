package chainview

import "testing"

func TestBoundedMapStaysBounded(t *testing.T) {
	b := newBounded[int, int](100, func(v int) bool { return v%2 == 0 })
	for i := range 1000 {
		b.put(i, i)
		if b.len() > 100 {
			t.Fatalf("%d entries after %d insertions, bound 100", b.len(), i+1)
		}
	}
	if _, ok := b.get(999); !ok {
		t.Fatal("the newest entry is gone")
	}
	b.put(999, 1) // an update of a present key never evicts
	if v, _ := b.get(999); v != 1 {
		t.Fatal("update lost")
	}
}
