package chain

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pol-network/pol/chain/bindings"
)

// declared lists the ContractError constants this package declares.
var declared = []ContractError{
	ErrNotOwner, ErrInvalidParams, ErrZeroValue, ErrValueTooLarge, ErrUnknownModel, ErrModelIsRetired,
	ErrBadThresholdsVersion, ErrInvalidThresholds, ErrBeyondSpan, ErrThresholdsPending, ErrProfileNotAdmitted, ErrVersionMismatch, ErrRetireInPast,
	ErrRoleMismatch, ErrModelMismatch, ErrStakeChangeTooSoon, ErrStakeBelowMinimum, ErrValidatorSetFull, ErrPendingDuties,
	ErrInsufficientStake, ErrInsufficientFreeStake, ErrNothingToWithdraw, ErrUnbondingNotReady, ErrTransferFailed,
	ErrUnknownJob, ErrWrongStatus, ErrFeeTooLow, ErrDeadlineInPast, ErrDeadlinePassed, ErrNotCancellable,
	ErrClaimedByOther, ErrAlreadyClaimed, ErrNotClaimHolder, ErrReleasedByCaller, ErrInvalidLength, ErrOutputLengthMismatch, ErrSeedNotReady, ErrSeedUnavailable,
	ErrHeaderMismatch, ErrMalformedHeader, ErrNotEnoughValidators, ErrCommitteeAlreadyDrawn, ErrCommitteeNotDrawn,
	ErrAttestWindowClosed, ErrRevealWindowNotOpen, ErrRevealWindowClosed, ErrRevealWindowOpen, ErrNotCommitteeMember,
	ErrAlreadyCommitted, ErrNotCommitted, ErrAlreadyRevealed, ErrCommitmentMismatch, ErrInvalidVerdict,
	ErrReentrantCall,
}

func TestEveryContractErrorIsDeclared(t *testing.T) {
	a, err := bindings.ProofOfLogitsMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	have := map[ContractError]bool{}
	for _, e := range declared {
		have[e] = true
	}
	for name := range a.Errors {
		if !have[ContractError(name)] {
			t.Errorf("contract error %s has no ContractError constant", name)
		}
	}
	for _, e := range declared {
		if _, ok := a.Errors[string(e)]; !ok {
			t.Errorf("constant %s names no error of the contract", e)
		}
	}
}

func testClient(t *testing.T) *Client {
	b := bindings.NewProofOfLogits()
	return &Client{binding: b, abi: b.GetABI(), params: &paramCache{}}
}

func TestRevertErrorDecodesCustomError(t *testing.T) {
	c := testClient(t)
	e := c.abi.Errors["WrongStatus"]
	job := common.HexToHash("0x01")
	args, err := e.Inputs.Pack([32]byte(job), uint8(StatusPassed))
	if err != nil {
		t.Fatal(err)
	}
	rev := c.revertError("settle", append(e.ID[:4:4], args...))
	if !errors.Is(rev, ErrWrongStatus) || !errors.Is(rev, ErrReverted) || errors.Is(rev, ErrUnknownJob) {
		t.Fatalf("errors.Is mismatch for %v", rev)
	}
	if rev.Arg("status") != StatusPassed || rev.Arg("jobId") != job {
		t.Fatalf("args %+v", rev.Args)
	}
	d, ok := rev.Detail.(*bindings.ProofOfLogitsWrongStatus)
	if !ok || d.Status != uint8(StatusPassed) {
		t.Fatalf("detail %#v", rev.Detail)
	}
	want := "pol contract: settle reverted: WrongStatus(jobId=" + job.Hex() + ", status=Passed)"
	if rev.Error() != want {
		t.Fatalf("message %q, want %q", rev.Error(), want)
	}
}

func TestRevertErrorDecodesStringAndUnknown(t *testing.T) {
	c := testClient(t)
	str, _ := abi.NewType("string", "", nil)
	payload, _ := abi.Arguments{{Type: str}}.Pack("boom")
	rev := c.revertError("withdraw", append([]byte{0x08, 0xc3, 0x79, 0xa0}, payload...))
	if rev.Reason != "boom" || rev.Err != "" || !errors.Is(rev, ErrReverted) {
		t.Fatalf("Error(string) revert decoded as %+v", rev)
	}
	u256, _ := abi.NewType("uint256", "", nil)
	payload, _ = abi.Arguments{{Type: u256}}.Pack(big.NewInt(0x11))
	rev = c.revertError("withdraw", append([]byte{0x4e, 0x48, 0x7b, 0x71}, payload...))
	if !strings.Contains(rev.Reason, "overflow") {
		t.Fatalf("Panic(0x11) decoded as %q", rev.Reason)
	}
	rev = c.revertError("withdraw", []byte{1, 2, 3, 4, 5})
	if rev.Err != "" || !strings.Contains(rev.Error(), "unknown data 0x0102030405") {
		t.Fatalf("unknown revert: %v", rev)
	}
	if c.revertError("withdraw", nil).Error() != "pol contract: withdraw reverted without a reason" {
		t.Fatal("empty revert message")
	}
}
