package logits_test

import (
	"fmt"
	"log"
	"os"

	"github.com/pol-network/pol/logits"
)

// A miner streams each generated position into a Store-backed Builder, then
// finishes the commitment; later it opens a challenged position, and anyone
// holding the root verifies the opening.
func Example() {
	dir, _ := os.MkdirTemp("", "pol-example-")
	defer os.RemoveAll(dir)
	store, err := logits.OpenStore(dir)
	if err != nil {
		log.Fatal(err)
	}
	job := logits.JobID{0x42}
	b, err := store.Create(job, 4) // a 4-token vocabulary
	if err != nil {
		log.Fatal(err)
	}
	for i, l := range [][]float32{{0.1, 2.5, -1, 0}, {3, 0, 0, 0}, {0, 0, 0, 1}} {
		tok, _ := logits.Greedy.Sample(l, uint32(i))
		if err := b.Append(tok, l); err != nil {
			log.Fatal(err)
		}
	}
	root, n, err := b.Finish()
	if err != nil {
		log.Fatal(err)
	}
	o, err := store.Open(job, 1)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("positions:", n, "opened token:", o.Token, "proof hashes:", len(o.Proof))
	fmt.Println("verifies:", o.Verify(root) == nil)
	o.Logits[2] = 0.5 // any change to the committed vector is caught
	fmt.Println("tampered verifies:", o.Verify(root) == nil)
	// Output:
	// positions: 3 opened token: 0 proof hashes: 2
	// verifies: true
	// tampered verifies: false
}

// The same seed and job always give the same challenge set, in Go and in
// the contract: the last position first, then distinct draws.
func ExampleChallengeSet() {
	seed := logits.Keccak256([]byte("seed block's prevrandao"))
	job := logits.JobID{0x42}
	fmt.Println(logits.ChallengeSet(seed, job, 1000, 4))
	// Output: [999 714 83 935]
}

// Judge is the validator's whole decision for one position.
func ExampleJudge() {
	dir, _ := os.MkdirTemp("", "pol-example-")
	defer os.RemoveAll(dir)
	store, _ := logits.OpenStore(dir)
	job := logits.JobID{7}
	b, _ := store.Create(job, 3)
	committed := []float32{1, 2, 0.5}
	b.Append(1, committed)
	root, _, _ := b.Finish()
	o, _ := store.Open(job, 0)
	claim := logits.Claim{Root: root, Output: []uint32{1}, Sampler: logits.Greedy}

	recomputed := []float32{1.0001, 2, 0.5} // the validator's engine, tiny drift
	v, _ := logits.Judge(claim, o, logits.DefaultThresholds(), recomputed)
	fmt.Println(v.Pass)
	other := []float32{3, 0, 1} // what another model would say
	v, _ = logits.Judge(claim, o, logits.DefaultThresholds(), other)
	fmt.Println(v.Pass, v.Reason)
	// Output:
	// true
	// false logits do not match the recomputation: top-1 differs: opened 1, recomputed 0, gap 3 > tie margin 0.05
}
