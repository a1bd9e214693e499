package chainview

// MaxCacheEntries bounds each of the view's caches (stake answers, requester
// answers, jobs, commitments, known addresses): lookups under throwaway keys
// or job ids cannot grow memory without limit.
const MaxCacheEntries = 1 << 16

// bounded is a map of at most max entries. When an insertion finds it full,
// the entries stale reports are dropped first, then arbitrary ones until a
// tenth of the room is free (so the sweep is paid once per max/10
// insertions). Not safe for concurrent use: the view holds its lock.
type bounded[K comparable, V any] struct {
	max   int
	m     map[K]V
	stale func(V) bool // nil: nothing is stale
}

func newBounded[K comparable, V any](max int, stale func(V) bool) *bounded[K, V] {
	return &bounded[K, V]{max: max, m: make(map[K]V), stale: stale}
}

func (b *bounded[K, V]) get(k K) (V, bool) {
	v, ok := b.m[k]
	return v, ok
}

func (b *bounded[K, V]) put(k K, v V) {
	if _, ok := b.m[k]; !ok && len(b.m) >= b.max {
		if b.stale != nil {
			for k2, v2 := range b.m {
				if b.stale(v2) {
					delete(b.m, k2)
				}
			}
		}
		for k2 := range b.m {
			if len(b.m) < b.max-b.max/10 {
				break
			}
			delete(b.m, k2)
		}
	}
	b.m[k] = v
}

func (b *bounded[K, V]) del(k K) { delete(b.m, k) }

func (b *bounded[K, V]) len() int { return len(b.m) }
