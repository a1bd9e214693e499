package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pol-network/pol/chain/bindings"
)

// DevParams are deployment parameters for dev chains and tests: 1 ether
// minimum stakes, a 1 gwei minimum fee, a committee of 3 checking a shared
// challenge set of 16 positions, seed 2 blocks after the commit, a 20-block
// attest (commit) window and a 20-block reveal window, claims locking 16 x
// the fee of the miner's stake, thresholds updates active at once, a 60 s
// unbonding delay. (A production deployment states a non-zero
// ThresholdsDelay, e.g. a day: docs/contract.md.)
func DevParams() Params {
	return Params{
		MinMinerStake:        big.NewInt(params.Ether),
		MinValidatorStake:    big.NewInt(params.Ether),
		MinFee:               big.NewInt(params.GWei),
		UnbondingDelay:       60,
		ClaimTimeout:         300,
		ThresholdsDelay:      0,
		SeedDelay:            2,
		AttestWindow:         20,
		RevealWindow:         20,
		CommitteeSize:        3,
		Challenges:           16,
		MaxValidators:        32,
		CollateralMultiplier: 16,
		ValidatorCutBps:      1000,
		AbsentPenaltyBps:     100,
		RewardPerToken:       big.NewInt(0),
	}
}

// Deployment is a deployed contract: a client signing with the deployer's
// key and the block the contract was created in (where event replay starts).
type Deployment struct {
	*Client
	Block uint64
	Tx    common.Hash
}

// Deploy creates a pol contract with p, signed by key (the owner), and
// waits until it is mined.
func Deploy(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, p Params, opts Options) (*Deployment, error) {
	// A client bound to no address yet: it carries the key, ABI and poll settings.
	c, err := newClient(ctx, backend, common.Address{}, key, opts)
	if err != nil {
		return nil, err
	}
	args, err := c.abi.Pack("", p) // the constructor; the binding's PackConstructor panics on bad input
	if err != nil {
		return nil, packErr("constructor", err)
	}
	code := common.FromHex(bindings.ProofOfLogitsMetaData.Bin)
	data := append(append([]byte{}, code...), args...)
	c.sendMu.Lock()
	to := bind.NewKeyedTransactor(key, c.chainID)
	to.Context = ctx
	tx, err := c.contract.RawCreationTransact(to, data)
	c.sendMu.Unlock()
	if err != nil {
		return nil, c.decodeRevert("constructor", err)
	}
	r, err := c.waitReceipt(ctx, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("chain: deploy: wait for %s: %w", tx.Hash(), err)
	}
	if c.onRcpt != nil {
		c.onRcpt("constructor", r)
	}
	if r.Status != 1 || r.ContractAddress == (common.Address{}) {
		return nil, fmt.Errorf("chain: deploy transaction %s failed in block %d", tx.Hash(), r.BlockNumber)
	}
	c.log.Info("pol contract deployed", "address", r.ContractAddress, "block", r.BlockNumber, "gas", r.GasUsed)
	client, err := New(ctx, backend, r.ContractAddress, key, opts)
	if err != nil {
		return nil, err
	}
	return &Deployment{Client: client, Block: r.BlockNumber.Uint64(), Tx: tx.Hash()}, nil
}
