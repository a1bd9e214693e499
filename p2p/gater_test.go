package p2p

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/network"

	"github.com/pol-network/pol/logits"
)

func TestGaterAdmitsOnlyStakedOrAllowListedPeers(t *testing.T) {
	reg := NewStaticRegistry()
	serverKey, strangerKey, friendKey := newKey(t), newKey(t), newKey(t)
	reg.Add(ethcrypto.PubkeyToAddress(serverKey.PublicKey), RoleMiner)
	server := newTestHost(t, serverKey, reg)
	stranger := newTestHost(t, strangerKey, nil) // open gater: it would accept anyone
	friend := newTestHost(t, friendKey, nil)

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	// libp2p's Connect succeeds before the server's gater drops the connection; ours must not.
	if err := stranger.Connect(ctx, server.AddrInfo()); err == nil {
		t.Fatal("an unstaked peer connected to a stake-gated host")
	}
	waitFor(t, 5*time.Second, "the refused connection to close", func() bool {
		return server.Network().Connectedness(stranger.ID()) != network.Connected
	})

	server.Gater.Allow(friend.ID())
	if err := friend.Connect(ctx, server.AddrInfo()); err != nil {
		t.Fatalf("allow-listed peer refused: %v", err)
	}

	reg.Add(ethcrypto.PubkeyToAddress(strangerKey.PublicKey), RoleValidator)
	if err := stranger.Connect(ctx, server.AddrInfo()); err != nil {
		t.Fatalf("peer refused after staking: %v", err)
	}

	// The gated host does not dial unstaked peers either.
	reg.Remove(ethcrypto.PubkeyToAddress(strangerKey.PublicKey), RoleValidator)
	if err := server.Network().ClosePeer(stranger.ID()); err != nil {
		t.Fatal(err)
	}
	if err := server.Connect(ctx, stranger.AddrInfo()); err == nil {
		t.Fatal("a stake-gated host dialled an unstaked peer")
	}
}

func TestStaticRegistryRoles(t *testing.T) {
	reg := NewStaticRegistry()
	a := ethcrypto.PubkeyToAddress(newKey(t).PublicKey)
	reg.Add(a, RoleMiner)
	reg.Add(a, RoleValidator)
	reg.Remove(a, RoleMiner)
	ctx := context.Background()
	for _, c := range []struct {
		role Role
		want bool
	}{{RoleMiner, false}, {RoleValidator, true}, {RoleMiner | RoleValidator, true}} {
		if got, _ := reg.Staked(ctx, a, c.role); got != c.want {
			t.Errorf("Staked(%s) = %v, want %v", c.role, got, c.want)
		}
	}
}

func TestDropUnstakedClosesPeersThatLeft(t *testing.T) {
	reg := NewStaticRegistry()
	a, b, c := newTestHost(t, newKey(t), reg), newTestHost(t, newKey(t), reg), newTestHost(t, newKey(t), reg)
	for _, h := range []*Host{a, b, c} {
		reg.Add(h.Address, RoleValidator)
	}
	connectAll(t, a, b, c)
	reg.Remove(b.Address, RoleValidator) // b unbonds
	if n := a.DropUnstaked(context.Background()); n != 1 {
		t.Fatalf("dropped %d peers, want 1", n)
	}
	if a.Network().Connectedness(b.ID()) == network.Connected {
		t.Error("still connected to the unstaked peer")
	}
	if a.Network().Connectedness(c.ID()) != network.Connected {
		t.Error("dropped a staked peer")
	}
}

// requesterRegistry is a static registry that also knows which addresses have an open job.
type requesterRegistry struct {
	*StaticRegistry
	open map[common.Address]bool
}

func (r requesterRegistry) OpenJobRequester(_ context.Context, a common.Address) (bool, error) {
	return r.open[a], nil
}

// A registry that implements Requesters lets the requester of an open job connect (to hand
// over its prompt) and nobody else without a stake.
func TestGaterAdmitsRequestersOfOpenJobs(t *testing.T) {
	reg := requesterRegistry{NewStaticRegistry(), map[common.Address]bool{}}
	serverKey, requesterKey, strangerKey := newKey(t), newKey(t), newKey(t)
	reg.Add(ethcrypto.PubkeyToAddress(serverKey.PublicKey), RoleMiner)
	reg.open[ethcrypto.PubkeyToAddress(requesterKey.PublicKey)] = true
	server := newTestHost(t, serverKey, reg)
	requester := newTestHost(t, requesterKey, nil)
	stranger := newTestHost(t, strangerKey, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := requester.Connect(ctx, server.AddrInfo()); err != nil {
		t.Fatalf("the requester of an open job was refused: %v", err)
	}
	if err := stranger.Connect(ctx, server.AddrInfo()); err == nil {
		t.Fatal("a peer with neither stake nor open job connected")
	}
}

// downRegistry is a StaticRegistry that can stop answering, as the chain
// RPC behind chainview does in an outage.
type downRegistry struct {
	*StaticRegistry
	mu   sync.Mutex
	down bool
}

func (r *downRegistry) setDown(down bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.down = down
}

func (r *downRegistry) Staked(ctx context.Context, addr common.Address, role Role) (bool, error) {
	r.mu.Lock()
	down := r.down
	r.mu.Unlock()
	if down {
		return false, errors.New("chain RPC: connection refused")
	}
	return r.StaticRegistry.Staked(ctx, addr, role)
}

// While the registry cannot answer, a host admits the committee members of
// its jobs (a miner restarted during an RPC outage serves its committees)
// and nobody else; once it answers again, it alone decides.
func TestGaterAdmitsCommitteeMembersWhileTheRegistryIsDown(t *testing.T) {
	reg := &downRegistry{StaticRegistry: NewStaticRegistry()}
	minerKey, memberKey, strangerKey := newKey(t), newKey(t), newKey(t)
	member := ethcrypto.PubkeyToAddress(memberKey.PublicKey)
	reg.Add(member, RoleValidator)
	miner := newTestHost(t, minerKey, reg)
	memberHost, strangerHost := newTestHost(t, memberKey, nil), newTestHost(t, strangerKey, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	reg.setDown(true)
	if err := memberHost.Connect(ctx, miner.AddrInfo()); err == nil {
		t.Fatal("a peer was admitted with the registry down and no committee known")
	}
	miner.ProtectCommittee(logits.JobID{1}, member)
	// The refused connection may still look open on the member's side (the miner's close is
	// asynchronous, most visibly under -race): a new attempt must not reuse it.
	_ = memberHost.Network().ClosePeer(miner.ID())
	if err := memberHost.Connect(ctx, miner.AddrInfo()); err != nil {
		t.Fatalf("committee member refused while the registry is down: %v", err)
	}
	if err := strangerHost.Connect(ctx, miner.AddrInfo()); err == nil {
		t.Fatal("a stranger was admitted while the registry is down")
	}

	// back up: the registry says the member unstaked; it decides
	reg.setDown(false)
	reg.Remove(member, RoleValidator)
	if c, err := miner.Gater.Classify(ctx, memberHost.ID()); err != nil || c != ClassNone {
		t.Fatalf("unstaked member with the registry up: class %v, err %v", c, err)
	}
}
