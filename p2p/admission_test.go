package p2p

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"net/netip"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/pol-network/pol/logits"
)

// newGatedNode starts a staked node whose host gater uses hostReg (e.g. one that admits
// requesters) while gossip validation uses reg.
func newGatedNode(t *testing.T, reg *StaticRegistry, hostReg Registry, chain Chain, role Role, tracer pubsub.RawTracer, hostOpts ...func(*HostConfig)) *testNode {
	t.Helper()
	key := newKey(t)
	h := newTestHost(t, key, hostReg, hostOpts...)
	reg.Add(h.Address, role)
	g, err := NewGossip(h, GossipConfig{Network: testNetwork, Key: key, Registry: reg, Chain: chain, Tracer: tracer,
		ColocationWhitelist: loopback, ScoreInspectPeriod: 50 * time.Millisecond, ChainWait: 200 * time.Millisecond, Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(g.Close)
	return &testNode{Host: h, key: key, gossip: g}
}

// signedJob encodes a job message signed by key.
func signedJob(t *testing.T, j Job, key *ecdsa.PrivateKey) []byte {
	t.Helper()
	j.Network = testNetwork
	if j.Timestamp == 0 {
		j.Timestamp = uint64(time.Now().Unix())
	}
	return encode(t, jobToPB(&j, sign(t, j.Digest(), key)))
}

// A peer admitted only because it requested an open job can hand over its job's prompt and
// nothing else: the node keeps it off the other topics (its publications there are dropped
// before validation, nothing is sent to it there), refuses it the reveal protocol and the DHT,
// ends its session on time and refuses it for the cooldown after.
func TestRequesterSessionIsScopedAndTimed(t *testing.T) {
	// Long enough for the steps below on a loaded machine; the test takes about this long.
	const session = 4 * time.Second
	reg, chain := NewStaticRegistry(), newTestChain()
	hostReg := requesterRegistry{reg, map[common.Address]bool{}}
	mesh := newMeshTracer()
	server := newGatedNode(t, reg, hostReg, chain, RoleValidator, mesh, func(c *HostConfig) {
		c.RequesterSession, c.RequesterCooldown = session, time.Minute
	})
	staked := newTestNode(t, reg, chain, RoleValidator)
	requester := newRogue(t, reg, 0)
	hostReg.open[requester.Address] = true
	minerKey := newKey(t)
	reg.Add(addressOfKey(minerKey), RoleMiner)

	disc, err := server.StartDiscovery(context.Background(), DiscoveryConfig{Network: testNetwork, Interval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer disc.Close()
	for _, n := range []*testNode{server, staked} {
		for _, sub := range []func() error{
			func() error { _, err := n.gossip.SubscribeJobs(); return err },
			func() error { _, err := n.gossip.SubscribeCommitments(); return err },
		} {
			if err := sub(); err != nil {
				t.Fatal(err)
			}
		}
	}
	stakedJobs, _ := staked.gossip.SubscribeJobs()
	stakedCommits, _ := staked.gossip.SubscribeCommitments()
	for _, tp := range []Topic{TopicJobs, TopicCommitments} {
		if _, err := requester.topics[tp].Subscribe(); err != nil {
			t.Fatal(err)
		}
	}
	connectAll(t, server.Host, staked.Host)
	waitFor(t, 10*time.Second, "the server to mesh with the staked peer", func() bool {
		grafted, _ := mesh.state(staked.ID())
		return grafted
	})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	connected := time.Now()
	if err := requester.Connect(ctx, server.AddrInfo()); err != nil {
		t.Fatalf("the requester of an open job was refused: %v", err)
	}
	if c := server.Gater.Class(requester.ID()); c != ClassRequester {
		t.Fatalf("requester admitted as %s", c)
	}
	waitFor(t, 10*time.Second, "the server to see the requester on the jobs topic", func() bool {
		return slices.Contains(server.gossip.ListPeers(TopicJobs), requester.ID())
	})
	waitFor(t, 10*time.Second, "the requester to see the server on the jobs topic", func() bool {
		return slices.Contains(requester.ps.ListPeers(TopicJobs.Name(testNetwork)), server.ID())
	})
	if slices.Contains(server.gossip.ListPeers(TopicCommitments), requester.ID()) {
		t.Fatal("the server lists the requester on the commitments topic")
	}

	// Its job's prompt goes through to the network.
	job := Job{JobID: jobID(40), ModelID: 7, Prompt: "Once upon a time"}
	chain.setJob(job.JobID, ChainJob{Requester: requester.Address, ModelID: job.ModelID, PromptHash: logits.PromptHash(job.Prompt)})
	requester.publish(t, TopicJobs, signedJob(t, job, requester.key))
	if got := next(t, stakedJobs, "staked peer"); got.Msg.JobID != job.JobID || got.Signer != requester.Address {
		t.Fatalf("got job %s from %s, want the requester's", got.Msg.JobID, got.Signer)
	}
	// A valid commitment it tries to push is dropped before validation.
	c := sampleCommitment(41, 3)
	chain.setCommitment(c.JobID, ChainCommitment{Miner: addressOfKey(minerKey), Root: c.Root, N: c.N, TokensHash: c.TokensHash})
	requester.publish(t, TopicCommitments, signedCommitment(t, c, minerKey))
	waitFor(t, 5*time.Second, "the server to drop the requester's commitment", func() bool {
		return server.gossip.Stats(TopicCommitments).Throttled >= 1
	})
	if st := server.gossip.Stats(TopicCommitments); st.Accepted != 0 {
		t.Fatalf("the server validated and accepted the requester's commitment: %+v", st)
	}
	rctx, rcancel := context.WithTimeout(ctx, 300*time.Millisecond)
	if got, err := stakedCommits.Next(rctx); err == nil {
		t.Fatalf("the requester's commitment reached a staked peer through the server (signed by %s)", got.Signer)
	}
	rcancel()
	// No reveals, no DHT.
	for _, proto := range []string{string(RevealProtocol), DHTPrefix + "/kad/1.0.0"} {
		if err := openAndRead(ctx, requester.Host, server.ID(), proto); err == nil {
			t.Errorf("the requester used %s", proto)
		}
	}

	waitFor(t, session+5*time.Second, "the server to end the requester's session", func() bool {
		return server.Network().Connectedness(requester.ID()) != network.Connected
	})
	held := time.Since(connected)
	if err := requester.Connect(ctx, server.AddrInfo()); err == nil {
		t.Fatal("the requester reconnected during its cooldown")
	}
	// The staked peer is unaffected.
	if server.Network().Connectedness(staked.ID()) != network.Connected {
		t.Fatal("the staked peer was disconnected")
	}
	t.Logf("requester session of %s ended after %s; reconnect refused", session, held.Round(10*time.Millisecond))
}

// openAndRead opens a stream for proto and reads from it: an error when the remote refuses it.
func openAndRead(ctx context.Context, h *Host, p peer.ID, proto string) error {
	st, err := h.NewStream(ctx, p, protocol.ID(proto))
	if err != nil {
		return err
	}
	defer st.Close()
	_ = st.SetDeadline(time.Now().Add(3 * time.Second))
	if _, err := st.Write([]byte{0}); err != nil {
		return err
	}
	_ = st.CloseWrite()
	_, err = st.Read(make([]byte, 1))
	return err
}

// A node holds at most MaxRequesters requester sessions: a new requester ends the oldest
// session, and staked peers still connect with every requester slot taken.
func TestRequesterSlotsLeaveRoomForStakedPeers(t *testing.T) {
	reg := NewStaticRegistry()
	hostReg := requesterRegistry{reg, map[common.Address]bool{}}
	server := newTestHost(t, newKey(t), hostReg, func(c *HostConfig) { c.MaxRequesters = 2 })
	reg.Add(server.Address, RoleValidator)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var requesters []*Host
	for i := range 3 {
		r := newTestHost(t, newKey(t), nil)
		hostReg.open[r.Address] = true
		if err := r.Connect(ctx, server.AddrInfo()); err != nil {
			t.Fatalf("requester %d refused: %v", i, err)
		}
		requesters = append(requesters, r)
		time.Sleep(20 * time.Millisecond) // distinct session starts
	}
	waitFor(t, 5*time.Second, "the oldest requester session to end", func() bool {
		return server.Network().Connectedness(requesters[0].ID()) != network.Connected
	})
	if got := len(server.Gater.RequesterPeers()); got != 2 {
		t.Fatalf("%d requester sessions, want 2", got)
	}
	for _, r := range requesters[1:] {
		if server.Network().Connectedness(r.ID()) != network.Connected {
			t.Fatal("a newer requester session ended")
		}
	}
	for i := range 3 {
		s := newTestHost(t, newKey(t), reg)
		reg.Add(s.Address, RoleMiner)
		if err := s.Connect(ctx, server.AddrInfo()); err != nil {
			t.Fatalf("staked peer %d refused with the requester slots full: %v", i, err)
		}
	}
}

// The host re-checks its peers on its own: a peer that unstakes is dropped without anyone
// calling DropUnstaked.
func TestHostDropsUnstakedPeersPeriodically(t *testing.T) {
	reg := NewStaticRegistry()
	a := newTestHost(t, newKey(t), reg, func(c *HostConfig) { c.RecheckInterval = 200 * time.Millisecond })
	b, c := newTestHost(t, newKey(t), reg), newTestHost(t, newKey(t), reg)
	for _, h := range []*Host{a, b, c} {
		reg.Add(h.Address, RoleValidator)
	}
	connectAll(t, a, b, c)
	reg.Remove(b.Address, RoleValidator)
	waitFor(t, 10*time.Second, "the unstaked peer to be dropped", func() bool {
		return a.Network().Connectedness(b.ID()) != network.Connected
	})
	if a.Network().Connectedness(c.ID()) != network.Connected {
		t.Fatal("a staked peer was dropped")
	}
}

// tcpOnly is h's address info restricted to TCP (one connection per dial).
func tcpOnly(h *Host) peer.AddrInfo {
	ai := peer.AddrInfo{ID: h.ID()}
	for _, a := range h.Addrs() {
		if _, err := a.ValueForProtocol(ma.P_TCP); err == nil {
			ai.Addrs = append(ai.Addrs, a)
		}
	}
	return ai
}

// Per-IP connection limits apply to loopback too unless the configuration exempts it.
func TestConnectionsPerIPAreLimited(t *testing.T) {
	reg := NewStaticRegistry()
	// No exemption (what a host listening on a public address gets by default) caps loopback;
	// a host that listens on loopback only, or exempts it explicitly, does not.
	limited := newTestHost(t, newKey(t), reg, func(c *HostConfig) { c.ConnLimitExempt, c.ConnsPerIP = []netip.Prefix{}, 3 })
	exempt := newTestHost(t, newKey(t), reg, func(c *HostConfig) { c.ConnsPerIP = 3 })
	loopbackOnly := newTestHost(t, newKey(t), reg, func(c *HostConfig) { c.ConnLimitExempt, c.ConnsPerIP = nil, 3 })
	reg.Add(loopbackOnly.Address, RoleMiner)
	reg.Add(limited.Address, RoleMiner)
	reg.Add(exempt.Address, RoleMiner)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var toLimited, toExempt, toLoopbackOnly int
	for range 6 {
		c := newTestHost(t, newKey(t), reg)
		reg.Add(c.Address, RoleValidator)
		if c.Connect(ctx, tcpOnly(limited)) == nil {
			toLimited++
		}
		if c.Connect(ctx, tcpOnly(exempt)) == nil {
			toExempt++
		}
		if c.Connect(ctx, tcpOnly(loopbackOnly)) == nil {
			toLoopbackOnly++
		}
	}
	if toLimited != 3 {
		t.Errorf("%d of 6 peers from one IP connected to a host allowing 3 per IP", toLimited)
	}
	if toExempt != 6 || toLoopbackOnly != 6 {
		t.Errorf("%d and %d of 6 peers connected to hosts exempting loopback explicitly and by listening on it only", toExempt, toLoopbackOnly)
	}
}

func TestLoopbackOnlyListenAddrs(t *testing.T) {
	for _, c := range []struct {
		listen []string
		want   bool
	}{
		{nil, true},
		{LoopbackListenAddrs, true},
		{[]string{"/ip6/::1/tcp/4001"}, true},
		{[]string{"/ip4/127.0.0.1/tcp/4001", "/ip4/0.0.0.0/udp/4001/quic-v1"}, false},
		{[]string{"/ip4/203.0.113.7/tcp/4001"}, false},
	} {
		if got := loopbackOnly(c.listen); got != c.want {
			t.Errorf("loopbackOnly(%v) = %v", c.listen, got)
		}
	}
}

// When the connection manager trims, requesters go before staked peers, and the committee
// members of a job this node works on are never trimmed.
func TestConnManagerKeepsStakedAndCommitteePeers(t *testing.T) {
	reg := NewStaticRegistry()
	hostReg := requesterRegistry{reg, map[common.Address]bool{}}
	grace := func(low, high int) func(*HostConfig) {
		return func(c *HostConfig) { c.ConnLow, c.ConnHigh, c.ConnGracePeriod = low, high, 10*time.Millisecond }
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	peers := func(server *Host, staked, requesters int) (s, r []*Host) {
		for range staked {
			h := newTestHost(t, newKey(t), reg)
			reg.Add(h.Address, RoleValidator)
			if err := h.Connect(ctx, tcpOnly(server)); err != nil { // one connection per peer
				t.Fatal(err)
			}
			s = append(s, h)
		}
		for range requesters {
			h := newTestHost(t, newKey(t), nil)
			hostReg.open[h.Address] = true
			if err := h.Connect(ctx, tcpOnly(server)); err != nil {
				t.Fatal(err)
			}
			r = append(r, h)
		}
		return s, r
	}
	connected := func(server *Host, hs []*Host) (n int) {
		for _, h := range hs {
			if server.Network().Connectedness(h.ID()) == network.Connected {
				n++
			}
		}
		return n
	}

	// 4 staked + 3 requesters, trimmed to 4: the requesters go.
	server := newTestHost(t, newKey(t), hostReg, grace(4, 100)) // the high watermark never triggers a trim by itself
	reg.Add(server.Address, RoleMiner)
	staked, requesters := peers(server, 4, 3)
	time.Sleep(50 * time.Millisecond)
	server.ConnManager().TrimOpenConns(ctx)
	waitFor(t, 5*time.Second, "the trim", func() bool { return connected(server, requesters) == 0 })
	if n := connected(server, staked); n != len(staked) {
		t.Fatalf("trim closed %d staked peers while requesters were connected", len(staked)-n)
	}

	// 4 staked, one of them in a committee, trimmed to 1 (the protected member aside, which the
	// connection manager does not count): two unprotected peers go, the committee member stays.
	server = newTestHost(t, newKey(t), hostReg, grace(1, 100))
	reg.Add(server.Address, RoleMiner)
	staked, _ = peers(server, 4, 0)
	server.ProtectCommittee(jobID(50), staked[2].Address)
	time.Sleep(50 * time.Millisecond)
	server.ConnManager().TrimOpenConns(ctx)
	waitFor(t, 5*time.Second, "the trim", func() bool { return connected(server, staked) == 2 })
	if server.Network().Connectedness(staked[2].ID()) != network.Connected {
		t.Fatal("the committee member was trimmed")
	}
	server.ReleaseCommittee(jobID(50))
	if server.ConnManager().IsProtected(staked[2].ID(), tagCommittee) {
		t.Fatal("still protected after the job was released")
	}
	// Protection reaches a member that connects after ProtectCommittee.
	late := newTestHost(t, newKey(t), reg)
	reg.Add(late.Address, RoleValidator)
	server.ProtectCommittee(jobID(51), late.Address)
	if err := late.Connect(ctx, tcpOnly(server)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 5*time.Second, "the late member to be protected", func() bool {
		return server.ConnManager().IsProtected(late.ID(), tagCommittee)
	})
}

// A staked flooder publishing prompts of jobs that do not exist, each signed by a fresh
// throwaway key, costs no stake lookup at all and a bounded number of chain lookups, while an
// honest requester's prompt still reaches every node and the flooder's score goes negative.
func TestJobFloodFromThrowawayKeys(t *testing.T) {
	const rate = 500
	reg, chain := NewStaticRegistry(), newTestChain()
	chain.delay = 2 * time.Millisecond
	counting := &countingRegistry{StaticRegistry: reg}
	nodes := make([]*testNode, 3)
	for i := range nodes {
		key := newKey(t)
		reg.Add(addressOfKey(key), RoleValidator)
		h := newTestHost(t, key, reg)
		g, err := NewGossip(h, GossipConfig{Network: testNetwork, Key: key, Registry: counting, Chain: chain,
			ColocationWhitelist: loopback, ScoreInspectPeriod: 50 * time.Millisecond, Logger: quietLog})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(g.Close)
		nodes[i] = &testNode{Host: h, key: key, gossip: g}
	}
	subs := make([]*Subscription[Job], len(nodes))
	for i, n := range nodes {
		var err error
		if subs[i], err = n.gossip.SubscribeJobs(); err != nil {
			t.Fatal(err)
		}
	}
	flooder := newRogue(t, reg, RoleMiner)
	if _, err := flooder.topics[TopicJobs].Subscribe(); err != nil {
		t.Fatal(err)
	}
	connectAll(t, append([]*Host{flooder.Host}, nodes[0].Host, nodes[1].Host, nodes[2].Host)...)
	waitTopicPeers(t, nodes, TopicJobs)
	waitFor(t, 10*time.Second, "the flooder to see the nodes", func() bool {
		return len(flooder.ps.ListPeers(TopicJobs.Name(testNetwork))) == len(nodes)
	})

	// Throwaway-signed prompts, signed beforehand.
	msgs := make([][]byte, 3*rate)
	for i := range msgs {
		j := Job{JobID: jobID(0), ModelID: 7, Prompt: "spam"}
		j.JobID[1], j.JobID[2] = byte(i>>8), byte(i)
		msgs[i] = signedJob(t, j, newKey(t))
	}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	var sent atomic.Int64
	done := make(chan struct{})
	go func() {
		defer close(done)
		tk := time.NewTicker(10 * time.Millisecond)
		defer tk.Stop()
		for len(msgs) > 0 {
			select {
			case <-ctx.Done():
				return
			case <-tk.C:
			}
			for range min(rate/100, len(msgs)) {
				if flooder.topics[TopicJobs].Publish(ctx, msgs[0]) != nil {
					return
				}
				msgs = msgs[1:]
				sent.Add(1)
			}
		}
	}()
	time.Sleep(time.Second)
	lookups := chain.lookups.Load()

	// An honest requester's prompt, handed to one node, reaches all of them.
	requesterKey := newKey(t)
	job := Job{JobID: jobID(60), ModelID: 7, Prompt: "Once upon a time"}
	chain.setJob(job.JobID, ChainJob{Requester: addressOfKey(requesterKey), ModelID: 7, PromptHash: logits.PromptHash(job.Prompt)})
	t0 := time.Now()
	signed := job
	signed.Network, signed.Timestamp = testNetwork, uint64(time.Now().Unix())
	// The requester hands its signed prompt to node 0, which publishes it.
	if err := nodes[0].gossip.publish(ctx, TopicJobs, jobToPB(&signed, sign(t, signed.Digest(), requesterKey))); err != nil {
		t.Fatal(err)
	}
	for i, sub := range subs {
		for {
			got := next(t, sub, fmt.Sprintf("node %d", i))
			if got.Msg.JobID == job.JobID {
				break
			}
		}
	}
	delivered := time.Since(t0)
	<-done
	stop()
	for i, n := range nodes {
		waitFor(t, 10*time.Second, fmt.Sprintf("node %d to score the flooder negative", i), func() bool {
			s, ok := n.gossip.PeerScore(flooder.ID())
			return ok && s < 0
		})
	}
	floodLookups := chain.lookups.Load() - lookups
	t.Logf("flood: %d throwaway-signed prompts at %d/s; honest prompt on all %d nodes after %s; stake lookups of throwaway keys %d; chain lookups %d (%.3f per flood message)",
		sent.Load(), rate, len(nodes), delivered.Round(time.Millisecond), counting.unstaked.Load(), floodLookups, float64(floodLookups)/float64(sent.Load()))
	if n := counting.unstaked.Load(); n != 0 {
		t.Errorf("%d stake lookups of throwaway keys", n)
	}
	for i, n := range nodes {
		s, _ := n.gossip.PeerScore(flooder.ID())
		st := n.gossip.Stats(TopicJobs)
		t.Logf("node %d: flooder score %.0f; accepted %d, ignored %d, rejected %d, dropped before validation %d", i, s, st.Accepted, st.Ignored, st.Rejected, st.Throttled)
	}
}

// countingRegistry counts stake lookups of addresses that are not staked.
type countingRegistry struct {
	*StaticRegistry
	unstaked atomic.Int64
}

func (c *countingRegistry) Staked(ctx context.Context, addr common.Address, role Role) (bool, error) {
	ok, err := c.StaticRegistry.Staked(ctx, addr, role)
	if !ok {
		c.unstaked.Add(1)
	}
	return ok, err
}

func addressOfKey(k *ecdsa.PrivateKey) common.Address { return ethcrypto.PubkeyToAddress(k.PublicKey) }
