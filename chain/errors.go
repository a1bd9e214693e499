package chain

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// ContractError names one custom error of the contract. A reverted call's
// error matches it with errors.Is:
//
//	if errors.Is(err, chain.ErrWrongStatus) { ... }
type ContractError string

func (e ContractError) Error() string { return "contract error " + string(e) }

// The contract's custom errors (IProofOfLogits.sol).
const (
	ErrNotOwner              ContractError = "NotOwner"
	ErrInvalidParams         ContractError = "InvalidParams"
	ErrZeroValue             ContractError = "ZeroValue"
	ErrValueTooLarge         ContractError = "ValueTooLarge"
	ErrUnknownModel          ContractError = "UnknownModel"
	ErrModelIsRetired        ContractError = "ModelIsRetired"
	ErrBadThresholdsVersion  ContractError = "BadThresholdsVersion"
	ErrInvalidThresholds     ContractError = "InvalidThresholds"
	ErrBeyondSpan            ContractError = "BeyondSpan"
	ErrThresholdsPending     ContractError = "ThresholdsPending"
	ErrProfileNotAdmitted    ContractError = "ProfileNotAdmitted"
	ErrVersionMismatch       ContractError = "VersionMismatch"
	ErrRetireInPast          ContractError = "RetireInPast"
	ErrRoleMismatch          ContractError = "RoleMismatch"
	ErrStakeChangeTooSoon    ContractError = "StakeChangeTooSoon"
	ErrStakeBelowMinimum     ContractError = "StakeBelowMinimum"
	ErrModelMismatch         ContractError = "ModelMismatch"
	ErrValidatorSetFull      ContractError = "ValidatorSetFull"
	ErrPendingDuties         ContractError = "PendingDuties"
	ErrInsufficientStake     ContractError = "InsufficientStake"
	ErrInsufficientFreeStake ContractError = "InsufficientFreeStake"
	ErrNothingToWithdraw     ContractError = "NothingToWithdraw"
	ErrUnbondingNotReady     ContractError = "UnbondingNotReady"
	ErrTransferFailed        ContractError = "TransferFailed"
	ErrUnknownJob            ContractError = "UnknownJob"
	ErrWrongStatus           ContractError = "WrongStatus"
	ErrFeeTooLow             ContractError = "FeeTooLow"
	ErrDeadlineInPast        ContractError = "DeadlineInPast"
	ErrDeadlinePassed        ContractError = "DeadlinePassed"
	ErrNotCancellable        ContractError = "NotCancellable"
	ErrClaimedByOther        ContractError = "ClaimedByOther"
	ErrAlreadyClaimed        ContractError = "AlreadyClaimed"
	ErrNotClaimHolder        ContractError = "NotClaimHolder"
	ErrReleasedByCaller      ContractError = "ReleasedByCaller"
	ErrInvalidLength         ContractError = "InvalidLength"
	ErrOutputLengthMismatch  ContractError = "OutputLengthMismatch"
	ErrSeedNotReady          ContractError = "SeedNotReady"
	ErrSeedUnavailable       ContractError = "SeedUnavailable"
	ErrHeaderMismatch        ContractError = "HeaderMismatch"
	ErrMalformedHeader       ContractError = "MalformedHeader"
	ErrNotEnoughValidators   ContractError = "NotEnoughValidators"
	ErrCommitteeAlreadyDrawn ContractError = "CommitteeAlreadyDrawn"
	ErrCommitteeNotDrawn     ContractError = "CommitteeNotDrawn"
	ErrAttestWindowClosed    ContractError = "AttestWindowClosed"
	ErrRevealWindowNotOpen   ContractError = "RevealWindowNotOpen"
	ErrRevealWindowClosed    ContractError = "RevealWindowClosed"
	ErrRevealWindowOpen      ContractError = "RevealWindowOpen"
	ErrNotCommitteeMember    ContractError = "NotCommitteeMember"
	ErrAlreadyCommitted      ContractError = "AlreadyCommitted"
	ErrNotCommitted          ContractError = "NotCommitted"
	ErrAlreadyRevealed       ContractError = "AlreadyRevealed"
	ErrCommitmentMismatch    ContractError = "CommitmentMismatch"
	ErrInvalidVerdict        ContractError = "InvalidVerdict"
	// ErrReentrantCall is OpenZeppelin's ReentrancyGuardReentrantCall.
	ErrReentrantCall ContractError = "ReentrancyGuardReentrantCall"
)

// ErrReverted matches every revert, whatever its reason.
var ErrReverted = errors.New("execution reverted")

// RevertError is a contract call or transaction that reverted, decoded.
// errors.Is(err, ErrReverted) holds for all of them, and errors.Is(err,
// ErrX) for the custom error X.
type RevertError struct {
	// Method is the contract function that was called.
	Method string
	// Err is the custom error; empty for a plain revert or a panic.
	Err ContractError
	// Args are the custom error's arguments, in declaration order.
	Args []Arg
	// Detail is the error as its generated binding struct, e.g.
	// *bindings.ProofOfLogitsWrongStatus; nil for a plain revert.
	Detail any
	// Reason is the message of a require/revert string or a panic.
	Reason string
	// Data is the raw revert data.
	Data []byte
}

// Arg is one named argument of a custom error.
type Arg struct {
	Name  string
	Value any
}

func (e *RevertError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pol contract: %s reverted", e.Method)
	switch {
	case e.Err != "":
		fmt.Fprintf(&b, ": %s(", string(e.Err))
		for i, a := range e.Args {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s=%v", a.Name, a.Value)
		}
		b.WriteString(")")
	case e.Reason != "":
		fmt.Fprintf(&b, ": %s", e.Reason)
	case len(e.Data) > 0:
		fmt.Fprintf(&b, " with unknown data %s", hexutil.Encode(e.Data))
	default:
		b.WriteString(" without a reason")
	}
	return b.String()
}

// Unwrap returns the custom error, so errors.Is matches it.
func (e *RevertError) Unwrap() error {
	if e.Err == "" {
		return nil
	}
	return e.Err
}

// Is reports whether target is ErrReverted.
func (e *RevertError) Is(target error) bool { return target == ErrReverted }

// Arg returns the value of the named argument, or nil.
func (e *RevertError) Arg(name string) any {
	for _, a := range e.Args {
		if a.Name == name {
			return a.Value
		}
	}
	return nil
}

// decodeRevert turns an RPC error that carries revert data into a
// *RevertError; other errors come back unchanged.
func (c *Client) decodeRevert(method string, err error) error {
	data, ok := revertData(err)
	if !ok {
		return err
	}
	return c.revertError(method, data)
}

// revertError decodes revert data against the contract's ABI.
func (c *Client) revertError(method string, data []byte) *RevertError {
	rev := &RevertError{Method: method, Data: data}
	if len(data) < 4 {
		return rev
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		rev.Reason = reason
		return rev
	}
	for name, e := range c.abi.Errors {
		if string(e.ID[:4]) != string(data[:4]) {
			continue
		}
		vals, err := e.Inputs.Unpack(data[4:])
		if err != nil {
			rev.Reason = fmt.Sprintf("malformed %s: %v", name, err)
			return rev
		}
		rev.Err = ContractError(name)
		for i, in := range e.Inputs {
			rev.Args = append(rev.Args, Arg{Name: in.Name, Value: present(name+"."+in.Name, vals[i])})
		}
		rev.Detail, _ = c.binding.UnpackError(data)
		return rev
	}
	return rev
}

// enumArgs are the error arguments whose Solidity type is an enum (the ABI
// encodes them as uint8 and go-ethereum drops the enum's name).
var enumArgs = map[string]func(uint8) any{
	"RoleMismatch.have":  func(v uint8) any { return Role(v) },
	"RoleMismatch.want":  func(v uint8) any { return Role(v) },
	"WrongStatus.status": func(v uint8) any { return JobStatus(v) },
}

// present makes an error argument readable: enums by name, hashes in hex.
func present(arg string, v any) any {
	if u, ok := v.(uint8); ok {
		if f, ok := enumArgs[arg]; ok {
			return f(u)
		}
	}
	switch x := v.(type) {
	case [32]byte:
		return common.Hash(x)
	case *big.Int:
		return new(big.Int).Set(x)
	}
	return v
}

// revertData extracts the revert payload an RPC error carries (geth and
// anvil put it, hex encoded, in the JSON-RPC error's data field).
func revertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, derr := hexutil.Decode(s)
	if derr != nil {
		return nil, false
	}
	return b, true
}
