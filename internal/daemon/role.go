package daemon

import "github.com/ethereum/go-ethereum/common"

// Role is what both machines' configs start with: whose machine it is,
// which model it serves, and how much gossip it keeps for jobs the chain
// has not shown yet (see Pending).
type Role struct {
	// Self is the daemon's staked address.
	Self common.Address
	// ModelID is the contract's id of the model the daemon's engine runs;
	// jobs for other models end at once.
	ModelID uint32
	// MaxPending bounds the messages of one kind (prompts, commitments)
	// kept for jobs the chain has not shown yet (0 means 256); each is
	// dropped PendingBlocks blocks after it arrived (0 means 256).
	MaxPending    int
	PendingBlocks uint64
}

// WithDefaults returns r with the zero bounds replaced by their defaults.
func (r Role) WithDefaults() Role {
	if r.MaxPending <= 0 {
		r.MaxPending = 256
	}
	if r.PendingBlocks == 0 {
		r.PendingBlocks = 256
	}
	return r
}
