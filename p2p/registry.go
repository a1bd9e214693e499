package p2p

import (
	"context"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// Role is a staking role on the settlement contract.
type Role uint8

// Staking roles. A Role value may combine several with |.
const (
	RoleMiner Role = 1 << iota
	RoleValidator
)

// String names the role(s).
func (r Role) String() string {
	switch r {
	case 0:
		return "none"
	case RoleMiner:
		return "miner"
	case RoleValidator:
		return "validator"
	case RoleMiner | RoleValidator:
		return "miner+validator"
	}
	return "unknown-role"
}

// Registry answers whether an address is currently staked in a role. The chain package
// implements it against the settlement contract; StaticRegistry is an in-memory one.
type Registry interface {
	// Staked reports whether addr is staked in any of the roles in role.
	Staked(ctx context.Context, addr common.Address, role Role) (bool, error)
}

// Requesters is an optional part of a Registry: whether addr requested a job that is still
// open on chain. A gater whose registry implements it admits such peers too, so a wallet user
// can hand a job's prompt text to the network without a stake (docs/p2p.md §2.1).
type Requesters interface {
	OpenJobRequester(ctx context.Context, addr common.Address) (bool, error)
}

// StaticRegistry is an in-memory Registry: a static allow-list of addresses and their roles.
// It is safe for concurrent use.
type StaticRegistry struct {
	mu    sync.RWMutex
	roles map[common.Address]Role
}

// NewStaticRegistry returns an empty registry.
func NewStaticRegistry() *StaticRegistry {
	return &StaticRegistry{roles: make(map[common.Address]Role)}
}

// Add grants role(s) to addr, keeping the roles it already has.
func (r *StaticRegistry) Add(addr common.Address, role Role) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.roles[addr] |= role
}

// Remove revokes role(s) from addr.
func (r *StaticRegistry) Remove(addr common.Address, role Role) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if left := r.roles[addr] &^ role; left != 0 {
		r.roles[addr] = left
	} else {
		delete(r.roles, addr)
	}
}

// Staked implements Registry.
func (r *StaticRegistry) Staked(_ context.Context, addr common.Address, role Role) (bool, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.roles[addr]&role != 0, nil
}
