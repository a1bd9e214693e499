package p2p

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"google.golang.org/protobuf/encoding/protodelim"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p/pb"
)

// vocab128k is the Llama 3 vocabulary size: a 513,024-byte logit vector per position.
const vocab128k = 128_256

// committedJob is a job a miner generated into its store: what the chain records about it and
// the logits that were committed.
type committedJob struct {
	id     logits.JobID
	root   logits.Hash
	n      uint32
	tokens []uint32
	logits [][]float32
}

// commitJob writes n positions of pseudo-random logits of the given vocabulary into store.
func commitJob(t testing.TB, store *logits.Store, id logits.JobID, n, vocab int) committedJob {
	t.Helper()
	b, err := store.Create(id, vocab)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(uint64(id[31]), uint64(n)))
	cj := committedJob{id: id}
	for i := range n {
		l := make([]float32, vocab)
		for k := range l {
			l[k] = float32(rng.NormFloat64() * 4)
		}
		tok := logits.Argmax(l)
		if err := b.Append(tok, l); err != nil {
			t.Fatalf("append position %d: %v", i, err)
		}
		cj.tokens = append(cj.tokens, tok)
		cj.logits = append(cj.logits, l)
	}
	if cj.root, cj.n, err = b.Finish(); err != nil {
		t.Fatal(err)
	}
	return cj
}

func (cj committedJob) onChain(miner *Host) ChainCommitment {
	return ChainCommitment{Miner: miner.Address, Root: cj.root, N: cj.n}
}

func openTestStore(t testing.TB, dir string) *logits.Store {
	t.Helper()
	s, err := logits.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func serveReveal(t testing.TB, h *Host, cfg RevealServerConfig) {
	t.Helper()
	cfg.Logger = quietLog
	s, err := ServeReveal(h, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
}

func TestRevealConcurrent128kVocab(t *testing.T) {
	reg, chain := NewStaticRegistry(), newTestChain()
	miner := newTestHost(t, newKey(t), reg)
	validators := []*Host{newTestHost(t, newKey(t), reg), newTestHost(t, newKey(t), reg)}
	reg.Add(miner.Address, RoleMiner)
	for _, v := range validators {
		reg.Add(v.Address, RoleValidator)
	}
	store := openTestStore(t, t.TempDir())
	job := commitJob(t, store, jobID(1), 5, vocab128k)
	chain.setCommitment(job.id, job.onChain(miner))
	serveReveal(t, miner, RevealServerConfig{Source: store})
	connectAll(t, append([]*Host{miner}, validators...)...)

	// 2n requests per validator at once: more than RevealMaxStreamsPerPeer, so the client
	// queues them under the miner's per-peer stream limit instead of failing.
	perValidator := 2 * int(job.n)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, len(validators)*perValidator)
	for _, v := range validators {
		client := NewRevealClient(v, chain, 0)
		for r := range perValidator {
			i := uint32(r) % job.n
			wg.Go(func() {
				o, err := client.Fetch(ctx, miner.ID(), job.id, i)
				if err != nil {
					errs <- fmt.Errorf("position %d: %w", i, err)
					return
				}
				if o.Token != job.tokens[i] || len(o.Logits) != vocab128k {
					errs <- fmt.Errorf("position %d: token %d with %d logits, want %d with %d", i, o.Token, len(o.Logits), job.tokens[i], vocab128k)
					return
				}
				for k, f := range o.Logits {
					if f != job.logits[i][k] {
						errs <- fmt.Errorf("position %d: logit %d is %v, committed %v", i, k, f, job.logits[i][k])
						return
					}
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestRevealStatusCodes(t *testing.T) {
	reg := NewStaticRegistry()
	miner, validator := newTestHost(t, newKey(t), reg), newTestHost(t, newKey(t), reg)
	reg.Add(miner.Address, RoleMiner)
	reg.Add(validator.Address, RoleValidator)
	store := openTestStore(t, t.TempDir())
	job := commitJob(t, store, jobID(2), 3, 16)
	serveReveal(t, miner, RevealServerConfig{Source: store, Rate: 0.001, Burst: 5})
	connectAll(t, miner, validator)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	truth := newTestChain()
	truth.setCommitment(job.id, job.onChain(miner))
	unknown := jobID(3)
	truth.setCommitment(unknown, ChainCommitment{Miner: miner.Address, Root: logits.Hash{1}, N: 4})
	lyingN, lyingRoot := newTestChain(), newTestChain()
	lyingN.setCommitment(job.id, ChainCommitment{Miner: miner.Address, Root: job.root, N: 9})
	lyingRoot.setCommitment(job.id, ChainCommitment{Miner: miner.Address, Root: logits.Hash{2}, N: job.n})

	cases := []struct {
		name  string
		chain *testChain
		job   logits.JobID
		i     uint32
		want  error
	}{
		{"ok", truth, job.id, 2, nil},
		{"unknown job", truth, unknown, 0, ErrRevealNotFound},
		{"position beyond the miner's n", lyingN, job.id, 7, ErrRevealInvalid},
		{"opening does not match the chain's root", lyingRoot, job.id, 1, ErrBadOpening},
		{"opening does not match the chain's n", lyingN, job.id, 1, ErrBadOpening},
		// The burst of 5 is spent by now: the next request is refused.
		{"rate limited", truth, job.id, 0, ErrRevealRateLimited},
	}
	for _, c := range cases {
		_, err := NewRevealClient(validator, c.chain, 0).Fetch(ctx, miner.ID(), c.job, c.i)
		if c.want == nil && err != nil || c.want != nil && !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
	if _, err := NewRevealClient(validator, truth, 0).Fetch(ctx, miner.ID(), job.id, job.n); err == nil {
		t.Error("the client asked for a position outside the on-chain n")
	}
}

func TestRevealAnswersMalformedRequestWithInvalid(t *testing.T) {
	miner, requester := newTestHost(t, newKey(t), nil), newTestHost(t, newKey(t), nil)
	serveReveal(t, miner, RevealServerConfig{Source: openTestStore(t, t.TempDir())})
	connectAll(t, miner, requester)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for name, req := range map[string][]byte{
		"length prefix over the cap": {0xff, 0xff, 0x03},
		"short job id":               protodelimBytes(t, &pb.RevealRequest{JobId: []byte{1, 2}, Index: 1}),
	} {
		st, err := requester.NewStream(ctx, miner.ID(), RevealProtocol)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.Write(req); err != nil {
			t.Fatal(err)
		}
		st.CloseWrite()
		var resp pb.RevealResponse
		if err := protodelim.UnmarshalFrom(bufio.NewReader(st), &resp); err != nil {
			t.Fatalf("%s: reading the response: %v", name, err)
		}
		st.Close()
		if resp.Status != pb.RevealResponse_STATUS_INVALID || resp.Message == "" {
			t.Errorf("%s: status %s %q, want STATUS_INVALID with a reason", name, resp.Status, resp.Message)
		}
	}
}

func protodelimBytes(t *testing.T, m *pb.RevealRequest) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := protodelim.MarshalTo(&buf, m); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestRestartWithSameIdentity restarts a miner from its key file and store directory: it
// comes back with the same peer id and address, is admitted by a stake-gated validator and
// serves the openings it committed before the restart.
func TestRestartWithSameIdentity(t *testing.T) {
	dir := t.TempDir()
	keyPath, storeDir := filepath.Join(dir, "node.key"), filepath.Join(dir, "store")
	reg, chain := NewStaticRegistry(), newTestChain()
	validator := newTestHost(t, newKey(t), reg)
	reg.Add(validator.Address, RoleValidator)

	key, err := LoadOrCreateKey(keyPath)
	if err != nil {
		t.Fatal(err)
	}
	first, err := NewHost(HostConfig{Key: key, Registry: reg, Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	reg.Add(first.Address, RoleMiner)
	job := commitJob(t, openTestStore(t, storeDir), jobID(4), 5, 64)
	chain.setCommitment(job.id, job.onChain(first))
	firstID, firstAddr := first.ID(), first.Address
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}

	key, err = LoadOrCreateKey(keyPath)
	if err != nil {
		t.Fatal(err)
	}
	second := newTestHost(t, key, reg)
	if second.ID() != firstID || second.Address != firstAddr {
		t.Fatalf("restarted as %s (%s), was %s (%s)", second.ID(), second.Address, firstID, firstAddr)
	}
	serveReveal(t, second, RevealServerConfig{Source: openTestStore(t, storeDir)})
	connectAll(t, validator, second)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	o, err := NewRevealClient(validator, chain, 0).Fetch(ctx, second.ID(), job.id, 3)
	if err != nil {
		t.Fatalf("fetch after restart: %v", err)
	}
	if o.Token != job.tokens[3] {
		t.Fatalf("token %d after restart, committed %d", o.Token, job.tokens[3])
	}
}
