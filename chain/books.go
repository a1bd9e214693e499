package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/logits"
)

// Books is the contract's ETH balance set against what it owes: every
// account's stake, owed balance and unbonding stake, the escrowed fees of
// the jobs not yet ended, the burned wei and the reward pool. All in wei.
type Books struct {
	Held       *big.Int // the contract's native balance
	Stakes     *big.Int // sum of stakes (locked collateral included)
	Owed       *big.Int // sum of withdrawable balances
	Unbonding  *big.Int // sum of stake leaving the contract
	Locked     *big.Int // sum of collateral of claimed and committed jobs (part of Stakes)
	Escrow     *big.Int // fees of jobs that are open, claimed, committed or escalated
	Burned     *big.Int
	RewardPool *big.Int
	Accounts   []common.Address // every address the events name, sorted
	OpenJobs   int              // jobs whose fee is still in escrow
}

// Unaccounted is what the contract holds beyond what it owes: Held minus
// stakes, owed, unbonding, escrow, burned and the reward pool. Zero when the
// books balance; positive wei is stuck, negative wei is owed but missing.
func (b Books) Unaccounted() *big.Int {
	u := new(big.Int).Set(b.Held)
	for _, x := range []*big.Int{b.Stakes, b.Owed, b.Unbonding, b.Escrow, b.Burned, b.RewardPool} {
		u.Sub(u, x)
	}
	return u
}

// Books reads the contract's books at the head: the accounts are every
// address named by an event since block from (the deploy block; stakers,
// requesters, miners, committee members) plus the owner, the jobs every
// JobSubmitted since from.
func (c *Client) Books(ctx context.Context, from uint64) (Books, error) {
	head, err := c.backend.BlockNumber(ctx)
	if err != nil {
		return Books{}, fmt.Errorf("chain: head: %w", err)
	}
	evs, err := c.Events(ctx, from, head)
	if err != nil {
		return Books{}, err
	}
	owner, err := c.Owner(ctx)
	if err != nil {
		return Books{}, err
	}
	addrs := map[common.Address]bool{owner: true}
	var jobs []logits.JobID
	for _, ev := range evs {
		eventAddresses(ev.Data, addrs)
		if s, ok := ev.Job.(JobSubmitted); ok {
			jobs = append(jobs, s.Job)
		}
	}
	b := Books{Stakes: new(big.Int), Owed: new(big.Int), Unbonding: new(big.Int), Locked: new(big.Int), Escrow: new(big.Int)}
	for a := range addrs {
		b.Accounts = append(b.Accounts, a)
	}
	sort.Slice(b.Accounts, func(i, j int) bool { return b.Accounts[i].Cmp(b.Accounts[j]) < 0 })
	for _, a := range b.Accounts {
		acct, err := c.Account(ctx, a)
		if err != nil {
			return Books{}, err
		}
		b.Stakes.Add(b.Stakes, acct.Stake)
		b.Owed.Add(b.Owed, acct.Owed)
		b.Unbonding.Add(b.Unbonding, acct.Unbonding)
		b.Locked.Add(b.Locked, acct.Locked)
	}
	for _, id := range jobs {
		j, err := c.Job(ctx, id)
		if errors.Is(err, ErrUnknownJob) {
			continue // ended: a newer job took its record
		}
		if err != nil {
			return Books{}, err
		}
		if s := JobStatus(j.Status); s == StatusOpen || s == StatusClaimed || s == StatusCommitted || s == StatusEscalated {
			b.Escrow.Add(b.Escrow, j.Fee)
			b.OpenJobs++
		}
	}
	if b.Burned, err = c.Burned(ctx); err != nil {
		return Books{}, err
	}
	if b.RewardPool, err = c.RewardPool(ctx); err != nil {
		return Books{}, err
	}
	if b.Held, err = c.Balance(ctx, c.address); err != nil {
		return Books{}, fmt.Errorf("chain: balance of the contract: %w", err)
	}
	return b, nil
}

// eventAddresses adds every address and address-slice field of a decoded
// event binding to into.
func eventAddresses(data any, into map[common.Address]bool) {
	v := reflect.Indirect(reflect.ValueOf(data))
	if v.Kind() != reflect.Struct {
		return
	}
	for i := range v.NumField() {
		switch f := v.Field(i).Interface().(type) {
		case common.Address:
			into[f] = true
		case []common.Address:
			for _, a := range f {
				into[a] = true
			}
		}
	}
}
