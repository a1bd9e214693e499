package logits

import "sync"

// Layers returns every level of the Merkle tree over leaves (spec §3.2),
// leaves first and the top node last, so that any proof is read off in
// O(log n) without rehashing (ProofFromLayers).
func Layers(leaves []Hash) [][]Hash {
	layers := [][]Hash{leaves}
	for level := leaves; len(level) > 1; {
		next := make([]Hash, (len(level)+1)/2)
		for j := 0; j < len(level)/2; j++ {
			next[j] = nodeHash(level[2*j], level[2*j+1])
		}
		if len(level)%2 == 1 {
			next[len(next)-1] = level[len(level)-1]
		}
		layers = append(layers, next)
		level = next
	}
	return layers
}

// ProofFromLayers is Proof(layers[0], i) from precomputed Layers.
func ProofFromLayers(layers [][]Hash, i uint32) ([]Hash, error) {
	n := uint32(len(layers[0]))
	if err := checkTreeSize(n, i); err != nil {
		return nil, err
	}
	proof := make([]Hash, 0, ProofLen(n, i))
	idx := i
	for _, level := range layers[:len(layers)-1] {
		w := uint32(len(level))
		switch {
		case idx%2 == 1:
			proof = append(proof, level[idx-1])
		case idx+1 < w:
			proof = append(proof, level[idx+1])
		}
		idx /= 2
	}
	return proof, nil
}

// treeCacheBytes bounds the trees a Store keeps in memory (about 64 bytes a
// position: the leaves and the levels above them): a committed job is
// opened once per challenged position and committee member, and each
// opening would otherwise re-read its whole tree file and rehash it.
const treeCacheBytes = 64 << 20

// treeCache keeps the parsed, layered trees of recently opened jobs,
// dropping the oldest beyond treeCacheBytes. Safe for concurrent use.
type treeCache struct {
	mu    sync.Mutex
	trees map[JobID]*cachedTree
	order []JobID
	bytes int
}

type cachedTree struct {
	root    Hash
	layers  [][]Hash
	version byte // of the leaves
}

func (c *treeCache) get(job JobID) *cachedTree {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.trees[job]
}

func (c *treeCache) put(job JobID, t *cachedTree) {
	size := 64 * len(t.layers[0])
	if size > treeCacheBytes {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.trees == nil {
		c.trees = make(map[JobID]*cachedTree)
	}
	if _, ok := c.trees[job]; ok {
		return
	}
	for c.bytes+size > treeCacheBytes && len(c.order) > 0 {
		c.dropLocked(c.order[0])
	}
	c.trees[job] = t
	c.order = append(c.order, job)
	c.bytes += size
}

func (c *treeCache) drop(job JobID) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.dropLocked(job)
}

func (c *treeCache) dropLocked(job JobID) {
	t, ok := c.trees[job]
	if !ok {
		return
	}
	delete(c.trees, job)
	c.bytes -= 64 * len(t.layers[0])
	for i, id := range c.order {
		if id == job {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
}
