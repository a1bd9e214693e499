package chain_test

import (
	"math/big"
	"testing"

	"github.com/pol-network/pol/chain"
)

// A committee that reveals Fail unanimously gets the miner's whole
// collateral slashed: the fail voters share what a pass would have paid
// them (validatorCutBps of the fee), the requester gets its fee back and
// the rest is burned (Burned grows by it); a no-reveal majority leaves the
// job Unserved: fee refunded, nobody slashed, nothing burned.
func TestSettleFailedAndUnserved(t *testing.T) {
	for _, v := range []chain.Verdict{chain.VerdictFail, chain.VerdictNoReveal} {
		t.Run(v.String(), func(t *testing.T) {
			w := deploy(t, simChain(t), testParams())
			w.stakeAll(t)
			ctx := testCtx(t)
			p := must(w.owner.Params(ctx))(t)
			stake := must(w.miner.Account(ctx, w.miner.From()))(t).Stake
			job := w.submit(t)
			members := w.commitAndDraw(t, job)
			if a := must(w.miner.Account(ctx, w.miner.From()))(t); a.Locked.Cmp(ether(int64(p.CollateralMultiplier))) != 0 || a.Jobs != 1 {
				t.Fatalf("miner locks %s for %d jobs, want %d ether for 1", a.Locked, a.Jobs, p.CollateralMultiplier)
			}
			w.vote(t, job, members, v)
			s := w.settleAfterWindow(t, job)
			after := must(w.miner.Account(ctx, w.miner.From()))(t)
			if after.Locked.Sign() != 0 || after.Jobs != 0 || s.MinerPayout.Sign() != 0 {
				t.Fatalf("miner after settlement %+v, payout %s", after, s.MinerPayout)
			}
			owed := must(w.requester.Account(ctx, w.requester.From()))(t).Owed
			if owed.Cmp(s.Refund) != 0 {
				t.Fatalf("requester owed %s, refund %s", owed, s.Refund)
			}
			if v == chain.VerdictNoReveal {
				if chain.JobStatus(s.Outcome) != chain.StatusUnserved || s.MinerSlash.Sign() != 0 || after.Stake.Cmp(stake) != 0 || s.Refund.Cmp(ether(1)) != 0 {
					t.Fatalf("outcome %v, settlement %+v, stake %s -> %s; want Unserved, no slash, fee refunded",
						chain.JobStatus(s.Outcome), s, stake, after.Stake)
				}
				if burned := must(w.owner.Burned(ctx))(t); burned.Sign() != 0 {
					t.Fatalf("burned %s after an unserved job, want 0", burned)
				}
				return
			}
			if chain.JobStatus(s.Outcome) != chain.StatusFailed {
				t.Fatalf("outcome %v, want Failed", chain.JobStatus(s.Outcome))
			}
			collateral := ether(int64(p.CollateralMultiplier))
			voters := big.NewInt(int64(len(members)))
			share := new(big.Int).Div(new(big.Int).Div(new(big.Int).Mul(ether(1), big.NewInt(int64(p.ValidatorCutBps))), big.NewInt(10_000)), voters)
			burn := new(big.Int).Sub(collateral, new(big.Int).Mul(share, voters))
			if s.MinerSlash.Cmp(collateral) != 0 || s.VoterReward.Cmp(share) != 0 || s.Refund.Cmp(ether(1)) != 0 {
				t.Fatalf("settlement %+v; want slash %s, share %s, refund of the fee only", s, collateral, share)
			}
			if burned := must(w.owner.Burned(ctx))(t); burned.Cmp(burn) != 0 {
				t.Fatalf("burned %s, want %s (collateral minus the fail voters' cut)", burned, burn)
			}
			if new(big.Int).Sub(stake, after.Stake).Cmp(collateral) != 0 {
				t.Fatalf("miner stake %s -> %s, slash %s", stake, after.Stake, collateral)
			}
			voter := must(w.owner.Account(ctx, members[0].From()))(t)
			if voter.Owed.Cmp(share) != 0 || voter.Duties != 0 {
				t.Fatalf("voter owed %s (duties %d), reward %s", voter.Owed, voter.Duties, share)
			}
		})
	}
}
