package chain_test

import (
	"math/big"
	"testing"

	"github.com/pol-network/pol/chain"
)

// A committee that votes fail gets the miner slashed and the fee refunded;
// a no-reveal majority does the same.
func TestSettleFailedJobSlashesMiner(t *testing.T) {
	for _, v := range []chain.Verdict{chain.VerdictFail, chain.VerdictNoReveal} {
		t.Run(v.String(), func(t *testing.T) {
			w := deploy(t, simChain(t), testParams())
			w.stakeAll(t)
			ctx := testCtx(t)
			p := must(w.owner.Params(ctx))(t)
			stake := must(w.miner.Account(ctx, w.miner.From()))(t).Stake
			job := w.submit(t)
			members := w.commitAndDraw(t, job)
			w.attest(t, job, members, v)
			s := w.settleAfterWindow(t, job)
			if chain.JobStatus(s.Outcome) != chain.StatusFailed {
				t.Fatalf("outcome %v, want Failed", chain.JobStatus(s.Outcome))
			}
			slash := new(big.Int).Div(new(big.Int).Mul(stake, big.NewInt(int64(p.MinerSlashBps))), big.NewInt(10_000))
			if s.MinerSlash.Cmp(slash) != 0 || s.Refund.Cmp(ether(1)) != 0 || s.MinerPayout.Sign() != 0 {
				t.Fatalf("settlement %+v; want slash %s and the 1 ether fee refunded", s, slash)
			}
			after := must(w.miner.Account(ctx, w.miner.From()))(t)
			if new(big.Int).Sub(stake, after.Stake).Cmp(slash) != 0 || after.Pending != 0 {
				t.Fatalf("miner stake %s -> %s (pending %d), slash %s", stake, after.Stake, after.Pending, slash)
			}
			if owed := must(w.requester.Account(ctx, w.requester.From()))(t).Owed; owed.Cmp(ether(1)) != 0 {
				t.Fatalf("requester owed %s, want the 1 ether fee back", owed)
			}
			voter := must(w.owner.Account(ctx, members[0].From()))(t)
			if voter.Owed.Cmp(s.VoterReward) != 0 || s.VoterReward.Sign() <= 0 {
				t.Fatalf("voter owed %s, reward %s", voter.Owed, s.VoterReward)
			}
		})
	}
}
