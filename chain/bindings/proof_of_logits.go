// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IProofOfLogitsAccount is an auto generated low-level Go binding around an user-defined struct.
type IProofOfLogitsAccount struct {
	Role             uint8
	Stake            *big.Int
	Locked           *big.Int
	Owed             *big.Int
	Jobs             uint32
	Duties           uint32
	Unbonding        *big.Int
	UnbondReadyAt    uint64
	UnbondReadyBlock uint64
	ValidatorModel   uint16
}

// IProofOfLogitsJob is an auto generated low-level Go binding around an user-defined struct.
type IProofOfLogitsJob struct {
	Requester         common.Address
	Fee               *big.Int
	Miner             common.Address
	Deadline          uint64
	ClaimExpiry       uint64
	Status            uint8
	ModelId           uint32
	ThresholdsVersion uint32
	MaxTokens         uint32
	N                 uint32
	CommitBlock       uint64
	Root              [32]byte
	CommitteeSize     uint8
	SeedBlock         uint64
	CommitEnd         uint64
}

// IProofOfLogitsModel is an auto generated low-level Go binding around an user-defined struct.
type IProofOfLogitsModel struct {
	WeightsHash      [32]byte
	LatestVersion    uint32
	ActiveVersion    uint32
	LatestActiveFrom uint64
	RetireAt         uint64
}

// IProofOfLogitsParams is an auto generated low-level Go binding around an user-defined struct.
type IProofOfLogitsParams struct {
	MinMinerStake        *big.Int
	MinValidatorStake    *big.Int
	MinFee               *big.Int
	UnbondingDelay       uint64
	ClaimTimeout         uint64
	ThresholdsDelay      uint64
	SeedDelay            uint32
	AttestWindow         uint32
	RevealWindow         uint32
	CommitteeSize        uint8
	Challenges           uint8
	MaxValidators        uint8
	CollateralMultiplier uint16
	ValidatorCutBps      uint16
	AbsentPenaltyBps     uint16
	RewardPerToken       *big.Int
}

// IProofOfLogitsSampler is an auto generated low-level Go binding around an user-defined struct.
type IProofOfLogitsSampler struct {
	TemperatureMilli uint32
	TopK             uint32
	TopPMilli        uint32
	Seed             [32]byte
}

// IProofOfLogitsThresholds is an auto generated low-level Go binding around an user-defined struct.
type IProofOfLogitsThresholds struct {
	Version       uint32
	TopK          uint32
	MaxDeltaNano  uint64
	MaxKLNano     uint64
	TieMarginNano uint64
	Profile       uint16
	Span          uint32
}

// ProofOfLogitsMetaData contains all meta data concerning the ProofOfLogits contract.
var ProofOfLogitsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minMinerStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minValidatorStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"thresholdsDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seedDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"attestWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxValidators\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"collateralMultiplier\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorCutBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"absentPenaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerToken\",\"type\":\"uint96\"}],\"internalType\":\"structIProofOfLogits.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"AttestWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"expected\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"got\",\"type\":\"uint32\"}],\"name\":\"BadThresholdsVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"span\",\"type\":\"uint32\"}],\"name\":\"BeyondSpan\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"}],\"name\":\"ClaimedByOther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"CommitteeAlreadyDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"CommitteeNotDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minFee\",\"type\":\"uint256\"}],\"name\":\"FeeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"HeaderMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientFreeStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"}],\"name\":\"InvalidLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidThresholds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidVerdict\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"ModelIsRetired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"joined\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"wanted\",\"type\":\"uint16\"}],\"name\":\"ModelMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NotCancellable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"NotClaimHolder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCommitteeMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"drawn\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"}],\"name\":\"NotEnoughValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"outputLength\",\"type\":\"uint256\"}],\"name\":\"OutputLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"duties\",\"type\":\"uint32\"}],\"name\":\"PendingDuties\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"name\":\"ProfileNotAdmitted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"ReleasedByCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"RetireInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"RevealWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"}],\"name\":\"RevealWindowNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"RevealWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"have\",\"type\":\"uint8\"},{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"want\",\"type\":\"uint8\"}],\"name\":\"RoleMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"SeedUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nextBlock\",\"type\":\"uint64\"}],\"name\":\"StakeChangeTooSoon\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"activeFrom\",\"type\":\"uint64\"}],\"name\":\"ThresholdsPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"readyBlock\",\"type\":\"uint64\"}],\"name\":\"UnbondingNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"UnknownJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"maxValidators\",\"type\":\"uint8\"}],\"name\":\"ValidatorSetFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"active\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"expected\",\"type\":\"uint32\"}],\"name\":\"VersionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"enumIProofOfLogits.JobStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIProofOfLogits.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"ClaimReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"name\":\"CommitteeDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"name\":\"EscalationDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"}],\"name\":\"JobClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"JobCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"JobEscalated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumIProofOfLogits.JobStatus\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minerPayout\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voterReward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minerSlash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"thresholdsVersion\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"promptHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMilli\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structIProofOfLogits.Sampler\",\"name\":\"sampler\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"JobSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"span\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"thresholds\",\"type\":\"tuple[]\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"ModelRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rewardPool\",\"type\":\"uint256\"}],\"name\":\"RewardsFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"span\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"thresholds\",\"type\":\"tuple[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"activeFrom\",\"type\":\"uint64\"}],\"name\":\"ThresholdsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"UnbondRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"}],\"name\":\"ValidatorAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"}],\"name\":\"ValidatorRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"VerdictCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_POSITIONS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PROFILES\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"cancelJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"}],\"name\":\"challengePositions\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"\",\"type\":\"uint32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"claimJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitVerdict\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"}],\"name\":\"deriveChallengePositions\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"\",\"type\":\"uint32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"}],\"name\":\"drawCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"drawWeights\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fundRewards\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getAccount\",\"outputs\":[{\"components\":[{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"locked\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"owed\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"jobs\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"duties\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"unbonding\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondReadyAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondReadyBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"validatorModel\",\"type\":\"uint16\"}],\"internalType\":\"structIProofOfLogits.Account\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"getCommittee\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"enumIProofOfLogits.Verdict[]\",\"name\":\"verdicts\",\"type\":\"uint8[]\"},{\"internalType\":\"bool[]\",\"name\":\"committed\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"getJob\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"},{\"internalType\":\"enumIProofOfLogits.JobStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"thresholdsVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"commitBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitEnd\",\"type\":\"uint64\"}],\"internalType\":\"structIProofOfLogits.Job\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"latestVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"activeVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"latestActiveFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"internalType\":\"structIProofOfLogits.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"name\":\"getThresholds\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"span\",\"type\":\"uint32\"}],\"internalType\":\"structIProofOfLogits.Thresholds\",\"name\":\"t\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getValidators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"stakes\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextJobId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minMinerStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minValidatorStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"thresholdsDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seedDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"attestWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxValidators\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"collateralMultiplier\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorCutBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"absentPenaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerToken\",\"type\":\"uint96\"}],\"internalType\":\"structIProofOfLogits.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"}],\"name\":\"previewCommittee\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"span\",\"type\":\"uint32\"}],\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"th\",\"type\":\"tuple[]\"}],\"name\":\"registerModel\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"releaseClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"retireModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"enumIProofOfLogits.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"revealVerdict\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardPool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"expectedVersion\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"promptHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMilli\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIProofOfLogits.Sampler\",\"name\":\"sampler\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"submitJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"span\",\"type\":\"uint32\"}],\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"th\",\"type\":\"tuple[]\"}],\"name\":\"updateThresholds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"enumIProofOfLogits.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"verdictCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyMerkleProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyOpening\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ProofOfLogits",
	Bin: "0x6102c0604052346106195761020061626d8038038091610021826102c061061d565b6102c039126106195760405161020081016001600160401b038111828210176106055760405260206101c06101a061018061016061012061014061010060e060c0606060408c6100726102c0610640565b8091528d6100838e6102c001610640565b9d8e9101528d610096836102c001610640565b92839101528d6100a9846102c001610654565b93018390528d60806100bc610340610654565b9101528d60a06100cd610360610654565b9101528d6100de856102c001610668565b94859101528d6100f1866102c001610668565b95869101528d610104876102c001610668565b96879101528d610117896102c001610679565b98899101528d61012a886102c001610679565b97889101528d61013d8a6102c001610679565b998a9101528d6101508b6102c001610687565b9a8b9101528d6101638c6102c001610687565b9b8c9101528d6101768d6102c001610687565b9c018c90528d6101e061018a6104a0610640565b9101526001600160601b0316159b8c156105f3575b508b156105e1575b508a156105c7575b5089156105b4575b5088156105a5575b8815610591575b508715610582575b508615610574575b8615610566575b861561055a575b508515610548575b50841561053a575b50831561052d575b50821561051b575b50811561050b575b506104fc573360805260405160208101904682523060601b60408201526034815261023860548261061d565b51902060401c60a05260018060601b0381511660c05260018060601b0360208201511660e05260018060601b036040820151166101005260018060401b036060820151166101205260018060401b036080820151166101405260018060401b0360a0820151166101605263ffffffff60c0820151166101805263ffffffff60e0820151166101a05263ffffffff610100820151166101c05260ff610120820151166101e05260ff610140820151166102005260ff610160820151166102205261ffff610180820151166102405261ffff6101a0820151166102605261ffff6101c082015116610280526101e060018060601b03910151166102a052604051615bd69081610697823960805181818161171d01528181612c73015281816130da01526134cf015260a0518181816137e9015281816146570152818161468e01526149f7015260c051818181610ca701528181610f7f015281816122610152614ab6015260e051818181610cd80152614ae3015261010051818181610d080152613617015261012051818181610d3801526127a4015261014051818181610d680152612318015261016051818181610d99015261331301526101805181818161087401528181610dca0152818161152d015281816128c40152818161459301528181614bb00152615a3501526101a0518181816109fe01528181610df301528181611a6a0152818161291301528181614b290152614d7701526101c051818181610e1f01528181611f830152613fe001526101e051818181610e4c01526156e8015261020051818181610e760152611562015261022051818181610ea00152611b82015261024051818181610eca01528181611eb5015281816121f9015281816126280152614093015261026051818181610ef50152818161417e015261440f015261028051818181610f200152615ac301526102a051818181610f4b015261525e0152f35b635435b28960e11b5f5260045ffd5b612710915061ffff16115f61020c565b61271091925061ffff1611905f610204565b61ffff161592505f6101fc565b60ff9081161493505f6101f4565b60ff9195501660ff851610935f6101ec565b60ff161595505f6101e4565b600860ff83161196506101dd565b600260ff83161096506101d6565b63ffffffff161596505f6101ce565b611fff91985063ffffffff1611965f6101c6565b63ffffffff81161598506101bf565b600291995063ffffffff1610975f6101b7565b63ffffffff6001600160401b03919091161199505f6101af565b6001600160601b0316159a505f6101a7565b6001600160601b0316159b505f61019f565b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b601f909101601f19168101906001600160401b0382119082101761060557604052565b51906001600160601b038216820361061957565b51906001600160401b038216820361061957565b519063ffffffff8216820361061957565b519060ff8216820361061957565b519061ffff821682036106195756fe60806040526004361015610011575f80fd5b5f3560e01c806308aebbda146139ae5780630a2914141461357d5780630c2b7e80146134965780632023b3a1146133e6578063208f58f21461309557806328c2c8ee14612c335780633ccfd60b146129e557806354f63b14146126d15780635fae1450146124ee5780635fcec5c61461216457806366666aa91461214857806373f425611461212b5780637b8d16d614611f385780637bd1c8b914611e465780637e877c8b14611dee57806382dbe0151461190d5780638b0a145b146117415780638da5cb5b146116fe5780638e0e07fa14611637578063987757dd146116195780639f81e938146115fe578063a601873c146115b6578063a651e3ee146114de578063b0c2aa5e146114bc578063b7ab4db51461149a578063bfd10e111461136c578063c5a4315914611131578063cb85e23914611099578063cff0ab9614610c0a578063dfb8a43f146109b9578063e11d6d5214610978578063f69fe89714610701578063f729cf0d14610430578063f7b24e0814610413578063fbcbc0f11461020b5763ff18bf0b146101a5575f80fd5b5f3660031901126102075734156101f8576101c1345f54613e97565b805f556040519034825260208201527f17c4c73fe3b5d172ec864d377fb9e2323d3f90de65eed172cc20232b48ab2ae160403392a2005b637c946ed760e01b5f5260045ffd5b5f80fd5b34610207576020366003190112610207576004356001600160a01b038116809103610207575f61012060405161024081613cb6565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015201525f52600660205260405f206001810154908160f81c916001600160401b0360028354930154169060038410156103ff57600284036103f8576102c56102c060ff8560d81c16613ebf565b613f24565b505460f01c925b604051906102d982613cb6565b858252602082016001600160601b0382168152604083016001600160601b038516815260608401908360601c6001600160601b0316825260808501928660e81c61ffff16845260a086019460c01c62ffffff16855260c08601958760601c6001600160601b0316875260e081019760c01c64ffffffffff1688526101008101988952610120019861ffff168952604051998a61037491613c3c565b516001600160601b031660208a0152516001600160601b03166040890152516001600160601b031660608801525163ffffffff1660808701525163ffffffff1660a0860152516001600160601b031660c0850152516001600160401b031660e0840152516001600160401b03166101008301525161ffff1661012082015261014090f35b5f926102cc565b634e487b7160e01b5f52602160045260245ffd5b34610207575f366003190112610207576020604051621000008152f35b34610207576020366003190112610207576040516101e081018181106001600160401b038211176106ed576040525f815260208101905f8252604081015f8152606082015f8152608083015f815260a08401915f835260c08501935f85525f60e08701525f6101008701525f6101208701525f6101408701525f6101608701525f6101808701525f6101a08701525f6101c08701526104d06004356149de565b80546001600160a01b038116885260a01c88526001600160a01b036104f482614cdb565b168252600181015463ffffffff81168452600a60ff8260e81c1610156103ff576105876001600160401b038260ff809460e81c1689526002848260e81c16146106d7575b61ffff8160201c168a5261ffff8160301c1660e08c015262ffffff8160401c166101008c015262ffffff8160581c166101208c015264ffffffffff8160701c166101408c015260981c16615676565b166101808801526001600160401b036101408801511661069d575b506040519686516001600160a01b03168852516001600160601b03166020880152516001600160a01b03166040870152516001600160401b03166060860152516001600160401b031660808501525160a084016105fe91613c21565b5163ffffffff1660c083015260e081015163ffffffff1660e083015261010081015163ffffffff1661010083015261012081015163ffffffff166101208301526101408101516001600160401b031661014083015261016081015161016083015261018081015160ff166101808301526101a08101516001600160401b03166101a08301526101c001516001600160401b03166101c08201526101e090f35b60038101546101608801526001600160401b036106c4816106bd846159f8565b1692614d5c565b166101c08801526101a0870152876105a2565b64ffffffffff600286015460a01c168852610538565b634e487b7160e01b5f52604160045260245ffd5b346102075760a036600319011261020757602435600435610720613a1f565b906084356001600160401b03811161020757610740903690600401613b1c565b93909261074c836149de565b936001850194855460ff8160e81c16600a8110156103ff576002810361095b57506001600160a01b03600283015416338103610949575063ffffffff8116804211610933575063ffffffff8416969060401c62ffffff168715801561092a575b610914575063ffffffff8416870361090057836403fffffffc899560021b1685036108e95781547fffff00ffffffffffffffffffff0000000000000000ffffffffffffffffffffff1643607081901b72ffffffffff0000000000000000000000000000169190911760589290921b6dffffff00000000000000000000001691909117600360e81b1790915560039190910184905593947fc96fa7bf4dd567d0eb9c15a45beedfe47c32828a5ca5beb113d0566561de6b6b946001600160401b0391906108a1907f000000000000000000000000000000000000000000000000000000000000000063ffffffff16908416613da4565b906040519586526020860152606435604086015216606084015260a060808401528160a084015260c08301375f60c0858301015260c0813395601f80199101168101030190a3005b848863438a24eb60e11b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b8763539335b560e11b5f5260045260245260445ffd5b508088116107ac565b86637fa0676960e01b5f5260045260245260445ffd5b6374ca2bb360e01b5f5260045260245ffd5b63276065d160e21b5f52600487905261097390613c13565b60445ffd5b34610207576020366003190112610207576004356001600160401b0381168103610207576109a590614750565b906109b560405192839283613bb8565b0390f35b34610207576109c736613b49565b91906109d282614d07565b9060018201906001600160401b03825460981c16610bf7576109f3836159f8565b92610a2463ffffffff7f00000000000000000000000000000000000000000000000000000000000000001685613e97565b804311610bdb575094610a3c9185610a4596976156c4565b94909343613d6d565b5f1981019081116109005760ff811115610bd6575060ff5b825460ff60f01b191660f09190911b60ff60f01b16178255610a7e836146c4565b925f5b818110610b4357505081547fffffffffff0000000000000000ffffffffffffffffffffffffffffffffffffff1660989190911b67ffffffffffffffff60981b16179081905560e81c60ff16600a8110156103ff57600903610b12577fde736d90d52b371d072b0183cb26dc3e83220f9ab24d846a1133b921ba37428391610b0d60405192839283614736565b0390a2005b7fe459d8971badd1a4e4e104b832777214064f7dce825411e13f12328393bdd74e91610b0d60405192839283614736565b6001600160fd1b0381168103610900576001600160a01b036001610b7a6102c060ff6001600160401b0388168660031b1c16614704565b5001541680610b898388614722565b525f52600660205260405f2090600162ffffff835460c01c16019162ffffff831161090057805462ffffff60c01b191660c09390931b62ffffff60c01b1692909217909155600101610a81565b610a5d565b6001600160401b039063c5c1828b60e01b5f521660045260245ffd5b83631a55ae5d60e01b5f5260045260245ffd5b34610207575f36600319011261020757604051610c2681613c9a565b5f8152602081015f9052604081015f9052606081015f9052608081015f905260a081015f905260c081015f905260e081015f905261010081015f905261012081015f905261014081015f905261016081015f905261018081015f90526101a081015f90526101c081015f90526101e0015f9052604051610ca581613c9a565b7f00000000000000000000000000000000000000000000000000000000000000006001600160601b0316815260208101907f00000000000000000000000000000000000000000000000000000000000000006001600160601b03168252604081017f00000000000000000000000000000000000000000000000000000000000000006001600160601b03168152606082017f00000000000000000000000000000000000000000000000000000000000000006001600160401b03168152608083017f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316815260a08401917f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316835260c08501937f000000000000000000000000000000000000000000000000000000000000000063ffffffff1685527f000000000000000000000000000000000000000000000000000000000000000063ffffffff1660e08701527f000000000000000000000000000000000000000000000000000000000000000063ffffffff166101008701527f000000000000000000000000000000000000000000000000000000000000000060ff166101208701527f000000000000000000000000000000000000000000000000000000000000000060ff166101408701527f000000000000000000000000000000000000000000000000000000000000000060ff166101608701527f000000000000000000000000000000000000000000000000000000000000000061ffff166101808701527f000000000000000000000000000000000000000000000000000000000000000061ffff166101a08701527f000000000000000000000000000000000000000000000000000000000000000061ffff166101c08701527f00000000000000000000000000000000000000000000000000000000000000006001600160601b03166101e0870152604051967f00000000000000000000000000000000000000000000000000000000000000006001600160601b03168852516001600160601b03166020880152516001600160601b03166040870152516001600160401b03166060860152516001600160401b03166080850152516001600160401b031660a08401525163ffffffff1660c083015260e081015163ffffffff1660e083015261010081015163ffffffff1661010083015261012081015160ff1661012083015261014081015160ff1661014083015261016081015160ff1661016083015261018081015161ffff166101808301526101a081015161ffff166101a08301526101c081015161ffff166101c08301526101e001516001600160601b03166101e082015261020090f35b34610207576110b96110aa36613b49565b916110b481614d07565b6156c4565b506110c3816146c4565b905f5b8181106110e357604051602080825281906109b590820186613b7c565b6001600160fd1b0381168103610900576001906001600160a01b038261111c6102c060ff6001600160401b038a168660031b1c16614704565b5001541661112a8286614722565b52016110c6565b346102075760203660031901126102075761114d6004356149de565b6001810154906001600160401b038260981c169161116a83615676565b91611174836146c4565b9361117e84613cf3565b9061118c6040519283613cd2565b84825261119885613cf3565b602083019490601f19013686376111ae86613cf3565b936111bc6040519586613cd2565b8685526111c887613cf3565b602086019790601f19013689376111de82614e72565b9360ff8460e81c16600a8110156103ff57600914158061134e575b61133e575b909260d81c61ffff16905f5b8481106112b05761122f8b8b8b8b8b6020604051968796606088526060880190613b7c565b918683038288015251918281520192905f5b81811061128957505050602090848303604086015251918281520191905f5b81811061126e575050500390f35b82511515845285945060209384019390920191600101611260565b919495509192602080826112a06001948951613c06565b0195019101918695949392611241565b6001600160fd1b0381168103610900576001600160a01b0360016112de6102c060ff868660031b1c16614704565b500154166112ec828d614722565b526001600160ff1b0381168103610900576003838260011b1c169060048210156103ff5760019161131d828a614722565b52866113298287614e2b565b60781c14611337828b614722565b520161120a565b93611348906146f6565b936111fe565b5064ffffffffff60088401541664ffffffffff8560701c16106111f9565b346102075760403660031901126102075760043561138981614d07565b6001600160401b03600182015460981c168015611487576113a982614d5c565b804311610bdb57506113bc903390614daa565b906113c681614e72565b90600183811c9316155f1461147d57600460ff60805b1691016113e984826146b5565b90549060031b1c938360ff86851c60781c161461146a57611409916146b5565b9190936fffffffffffffffffffffffffffffffff85549360031b9460243560881c9060781b17831b921b191617821b915f19901b191617905533907fa969eecb6b4e5de6abaa2787f4eed2cf670e1b4d4558994efa5c5bc9e0e820ce5f80a3005b6364dbd98760e01b5f523360045260245ffd5b600460ff5f6113dc565b8263110a84e560e01b5f5260045260245ffd5b34610207575f366003190112610207576109a56001600160401b034316614750565b34610207575f3660031901126102075760206114d6614616565b604051908152f35b34610207576114ec36613b49565b60016114f98493946149de565b01549264ffffffffff8460701c168015611599576109b5949261158d94926001600160401b036115536115599463ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690613e97565b1661545f565b9062ffffff60ff7f0000000000000000000000000000000000000000000000000000000000000000169360581c1691614f34565b60405191829182613add565b61097360ff868663276065d160e21b5f5260045260e81c16613c13565b346102075760a0366003190112610207576024356001600160a01b038116810361020757604435906004821015610207576020916114d6916084359160643591600435614ec1565b34610207575f36600319011261020757602060405160108152f35b3461020757602036600319011261020757611635600435613faa565b005b346102075760203660031901126102075760a0611680611655613a32565b5f608060405161166481613c7f565b82815282602082015282604082015282606082015201526149a5565b6001600160401b038154918161169a600183015492615091565b63ffffffff604051916116ac83613c7f565b868352816020840181871681528160408601931683528560806060870196828a60201c168852019760601c16875260405198895251166020880152511660408601525116606084015251166080820152f35b34610207575f3660031901126102075760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102075760603660031901126102075761175a613a32565b611762613a0c565b6044359161ffff8316809303610207575f60c060405161178181613c64565b8281528260208201528260408201528260608201528260808201528260a0820152015263ffffffff6117b2826149a5565b921691821580156118fa575b6118d9575063ffffffff1691825f52600460205260405f20825f5260205260405f20815f5260205260405f2091604051926117f884613c64565b80549163ffffffff8316855263ffffffff8360201c1693602086019085825260408701926001600160401b038660401c168452600160608901956001600160401b038860801c16875260808a019760c01c885201549860a089019761ffff8b16895263ffffffff60c08b019b60101c168b52156118c1575060e08863ffffffff8b61ffff8b6001600160401b038c818d818e898f816040519d51168d52511660208c0152511660408a01525116606088015251166080860152511660a0840152511660c0820152f35b630b91d96760e21b5f5260045260245260445260645ffd5b63ffffffff6001849201541663495efb2d60e11b5f5260045260245260445ffd5b5063ffffffff60018201541683116117be565b604036600319011261020757600435600381108015908161020757611930613a0c565b63ffffffff8116928315158080611dcc575b611db95734156101f857816103ff578515611da157335f52600660205260405f209384549161197a346001600160601b038516613e97565b966001600160601b038811611d8e576001870193845460f81c60038110156103ff578a9080611cd657505050505062ffffff855460c01c1680611cc457506119c187614a9c565b808710611cae5750156103ff5780546001600160f81b031660f887901b6001600160f81b0319161790556103ff5760028414611a5a575b505b80546bffffffffffffffffffffffff19166001600160601b03831617905560405191611a27908390613c3c565b34602083015260408201527f0a79772743d87ba7576fca49d64545ccce7a2369f471f1badf89540cdb09b28260603392a2005b600954600854905f9063ffffffff7f0000000000000000000000000000000000000000000000000000000000000000165b81831c611be4575b505050600854808214611b7e575b506001611aad82613f24565b5001805473ffffffffffffffffffffffffffffffffffffffff1916331790556001810180821161090057835460ff60d81b191660d89190911b60ff60d81b1617835560405160ff91909116815233907fad33f130acf558490b64cba9b56b1cee0b83e1b91803df6c47998df3674a26d390602090a2611b356102c060ff845460d81c16613ebf565b50906001600160f01b0382549161ffff60f01b9060f01b169116179055611b78611b6560ff835460d81c16613ebf565b60ff6001600160601b0385169116614b06565b836119f8565b60ff7f00000000000000000000000000000000000000000000000000000000000000001680831015611bd25750680100000000000000008110156106ed57806001611bcc9201600855613f24565b50611aa1565b6316a8c1bf60e11b5f5260045260245ffd5b9091926001841b9182841615611ca157611bfd85613f24565b50611c148265ffffffffffff835460c01c16613e97565b4310611c935760016001600160a01b03910154165f52600660205260405f209182549162ffffff8360c01c16611c7d57505060018501908186116109005760d81c60ff1614611c6c575b501916600955858080611a93565b805460ff60d81b1916905587611c5e565b949350949050611c8d91506146f6565b91611a8b565b5092915092611c8d906146f6565b92915092611c8d906146f6565b866378e030db60e01b5f5260045260245260445ffd5b633762fab360e11b5f5260045260245ffd5b9499959895979596509294939192909114611d11578888611d04895460f81c632d7e789160e01b5f52613c2e565b156103ff5760245260445ffd5b919395509193955060028714611d2b575b505050506119fa565b60d81c60ff1692611d3e6102c085613ebf565b505460f01c809282611d83575b5050611d68575050611b65611d5f91613ebf565b83808080611d22565b61ffff92506306270a9960e51b5f526004521660245260445ffd5b141590508188611d4b565b6326281a1160e21b5f523460045260245ffd5b632d7e789160e01b5f525f600452600160245260445ffd5b846320ed185360e21b5f5260045260245ffd5b505f9150600286141580611942575063ffffffff60025460401c168511611942565b3461020757608036600319011261020757611e07613a1f565b611e0f613a45565b9063ffffffff811615611e2f576109b59161158d91602435600435614f34565b63539335b560e11b5f525f6004525f60245260445ffd5b3461020757602036600319011261020757600435611e63816149de565b90600182019160ff835460e81c16600a8110156103ff5760028103611f2057506001600160a01b0360028201541692338403611f0d57805460ff60e81b1916600160e81b17905554611ee790611ee1907f000000000000000000000000000000000000000000000000000000000000000061ffff169060a01c613f11565b83614c45565b7fe51383cac52abd822351ac89671798be0c5fe43d8e666fd64fe64a370cc969d45f80a3005b836374ca2bb360e01b5f5260045260245ffd5b63276065d160e21b5f52600483905261097390613c13565b346102075760803660031901126102075760043560243590600482101561020757606435821561211c57611f6b82614d07565b611f7481614d5c565b804311156120f55763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690611fae8282613e97565b43116120d05750506001810190815490611fd4336001600160401b038460981c16614daa565b90611fe8611fe28383614e2b565b91614e72565b92838260781c036120bd5761ffff9060d81c16928260011b926001600160ff1b0381160361090057600384841c166120aa57612029866044358a338b614ec1565b60881c9060781b170361209757825461ffff60d81b191660ff871690911b61ffff1690911760d81b61ffff60d81b161790556040519261206a908490613c06565b60208301527f847809c705b618923848dc665e23dea0b9dcbaca432e1e2bd63c875b88ee606860403393a3005b639caca5eb60e01b5f523360045260245ffd5b63879d3b8560e01b5f523360045260245ffd5b63ee0e242960e01b5f523360045260245ffd5b6001600160401b03916120e291613e97565b16632acc9a0f60e21b5f5260045260245ffd5b60018101809111610900576001600160401b039063c435a45160e01b5f521660045260245ffd5b637de75f3960e11b5f5260045ffd5b34610207575f366003190112610207576020600154604051908152f35b34610207575f3660031901126102075760205f54604051908152f35b3461020757602036600319011261020757600435612181816149de565b906001820180549260ff8460e81c169361219a82614cdb565b94600a81101591826103ff5760028214918215612491575064ffffffffff600285015460a01c166001600160a01b03881633811461247e578142111561246957505063ffffffff905b16958642116124525761221f845460a01c61ffff7f00000000000000000000000000000000000000000000000000000000000000001690613f11565b91335f52600660205260405f209360018501948554908160f81c60038110156103ff576001810361243557506001600160601b03905416906001600160601b037f00000000000000000000000000000000000000000000000000000000000000001680831061241f57506001600160601b03918261229e921690613ef1565b1680851161240857506103ff57826122cc926001600160601b039485936123f8575b50501682845416613ed1565b166001600160601b0319825416178155600161ffff825460e81c160161ffff811161090057815461ffff60e81b191660e89190911b61ffff60e81b1617905561233e6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001642613e97565b938085116123ef575b506002016001600160a01b0333166001600160a01b0319825416178155805460ff60c81b835460301c16907fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff64ffffffffff60a01b8760a01b16911617179055600160e91b60ff60e81b198254161790556001600160401b03604051921682527f02a47c150278e38b060462e5cf6931755c485f3822cf01a5c01b8a051a99297e60203393a3005b93506002612347565b61240191614c45565b89816122c0565b84906340179d2160e11b5f5260045260245260445ffd5b826378e030db60e01b5f5260045260245260445ffd5b632d7e789160e01b5f5261244890613c2e565b600160245260445ffd5b8686637fa0676960e01b5f5260045260245260445ffd5b63379be83360e11b5f5260045260245260445ffd5b5063015afccb60e41b5f5260045260245ffd5b95949392505f9190600187146124b95763276065d160e21b5f52600486905261097387613c13565b90919293949550336001600160a01b038816146124db5763ffffffff906121e3565b85637d61e7a160e01b5f5260045260245ffd5b346102075760203660031901126102075760043561250b816149de565b6001810190815460ff8160e81c1692600a841015806103ff576001851415806126c4575b6126ac576103ff57600285941480928193612693575b63ffffffff16421115908161266c575b5061265957805460ff60e81b1916600760e81b17905581547f7cb5f42f3c2d5661045b28e7ac2cb9ca0515c97ae4839440a3c1b407be27037c9360209360a09290921c92612606929061260f575b6001600160a01b038154165f526006855261260160405f206125d2866001600160601b03835460601c16613ed1565b6bffffffffffffffffffffffff60601b196bffffffffffffffffffffffff60601b83549260601b169116179055565b614c7a565b604051908152a2005b6126546001600160a01b0360028301541661264e61ffff7f00000000000000000000000000000000000000000000000000000000000000001687613f11565b90614c45565b6125a3565b836301f821d160e21b5f5260045260245ffd5b90506001600160a01b0384541633149081159161268b575b5086612555565b905086612684565b600285015460a01c64ffffffffff164211159150612545565b63276065d160e21b5f52600486905261097385613c13565b50505f600285141561252f565b3461020757602036600319011261020757600435335f52600660205260405f206001810180548060f81c9060038210156103ff578115611da15784156101f85784906001600160601b03855416908183116129cf576001600160601b03612739911682613d6d565b8083116129b857509061274b91613d6d565b9061275581614a9c565b908215918215806129af575b612999575084546bffffffffffffffffffffffff19166001600160601b03841690811786559060021461288f575b506001600160401b03935061287d575b6127cb7f0000000000000000000000000000000000000000000000000000000000000000844216613da4565b9161281f6127ef6001600160601b0387166001600160601b03845460601c16613ed1565b82546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b16178255565b805464ffffffffff60c01b191660c084901b64ffffffffff60c01b1617905560408051948552602085019190915291169082015233907f8ffb1c1bbc9352c50a3e49053178f14880746fdfa0b27fa14c4ac392e3cdc38490606090a2005b6001600160f81b03825416825561279f565b6128ab829160ff6128a581895460d81c16613ebf565b16614b06565b61294b575b60016001600160401b036128ec63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016824316613da4565b1601936001600160401b038511610900576001600160401b036002612939829763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690613da4565b9201911685198254161790558561278f565b60ff61295c81865460d81c16613ebf565b166001811b600954176009556040519081527fbf0b69cecccb3e66847fd44e47532e9242000a7b20e34579ffd99f1c616434e960203392a26128b0565b836378e030db60e01b5f5260045260245260445ffd5b50808410612761565b90506340179d2160e11b5f5260045260245260445ffd5b506322df051360e11b5f5260045260245260445ffd5b34610207575f366003190112610207577f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c612c245760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d335f52600660205260405f208054906001600160601b038260601c1691600182019182546001600160601b038160601c1692831580159485612c0e575b85612bfc575b85612be4575b85612bd3575b508615612b81575050506bffffffffffffffffffffffff60601b198154169055612b55575b506040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a25f80808084335af13d15612b50573d612af881613ea4565b90612b066040519283613cd2565b81525f60203d92013e5b15612b3a575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b630e21dcbb60e11b5f523360045260245260445ffd5b612b10565b80547fffffff0000000000000000000000000000000000ffffffffffffffffffffffff16905581612ab3565b929192612bc45760c01c62ffffff1680611cc457506001600160401b03600264ffffffffff9201541691632c4620eb60e21b5f5260c01c1660045260245260445ffd5b630686827b60e51b5f5260045ffd5b612bdd9197613e97565b9587612a8e565b60028501546001600160401b03164310159550612a88565b945062ffffff8260c01c161594612a82565b945064ffffffffff8360c01c1642101594612a7c565b633ee5aeb560e01b5f5260045ffd5b34610207576040366003190112610207576004356024356001600160401b03811161020757612c66903690600401613aad565b6001600160a01b039291927f00000000000000000000000000000000000000000000000000000000000000001633036130825760025490612caf63ffffffff8360401c16613d56565b916bffffffff000000000000000063ffffffff84169360401b16906bffffffff000000000000000019161760025561ffff821161306f5780158015613065575b612ec0575f935f905f925b80841015612f2e5760e08402820193600163ffffffff612d1987614a68565b1603612f0857602085019763ffffffff612d328a614a68565b1615908115612eea575b508015612ecf575b612ec05760a08501612d5581614a79565b9860c0870190612d6482614a68565b63ffffffff808916911611612e9c575b612e6e600161ffff92819798999a8c5f52600460205260405f20835f5260205260405f2085612da289614a79565b165f52602052612df5612dd360405f209363ffffffff612dc185614a68565b1663ffffffff19865416178555614a68565b835467ffffffff00000000191660209190911b67ffffffff0000000016178355565b612e0160408201614a88565b9082546001600160401b036fffffffffffffffff000000000000000077ffffffffffffffff00000000000000000000000000000000612e4260608601614a88565b60801b1693612e5760808460c01b9201614a88565b60c01b169460401b16911617171781550193614a79565b1665ffffffff0000612e81845493614a68565b60101b169165ffffffffffff19161717905501929190612cfa565b600194959650612e6e8561ffff92612eb385614a68565b9998975092505050612d74565b632e83089360e11b5f5260045ffd5b50600263ffffffff612ee360c08801614a68565b1610612d44565b905061ffff80612efc60a08901614a79565b92169116111589612d3c565b63ffffffff612f1686614a68565b63495efb2d60e11b5f5260016004521660245260445ffd5b847ffeec2dda01ef0e283d5547b5f0c92b5589cac1aacf5a76aa32393f9568cfa6cf81928861305a60209688865f526005895260405f2060015f52895263ffffffff60405f20911663ffffffff19825416179055613042604051612f9181613c49565b8481526001600160401b0388613011828d8501946001865263ffffffff8060016040840193854216855260608101975f89525f5260206003905260405f2090518155019751161663ffffffff19875416178655511684906bffffffffffffffff0000000082549160201b16906bffffffffffffffff000000001916179055565b51825473ffffffffffffffff0000000000000000000000001916911660601b67ffffffffffffffff60601b16179055565b60405193849384526040898501526040840191613dc4565b0390a2604051908152f35b5060108111612cef565b506326281a1160e21b5f5260045260245ffd5b63245aecd360e01b5f523360045260245ffd5b34610207576040366003190112610207576130ae613a32565b6024356001600160401b038111610207576130cd903690600401613aad565b6001600160a01b039291927f000000000000000000000000000000000000000000000000000000000000000016330361308257600161310b836149a5565b019081546001600160401b038160201c168042106133ca575061313463ffffffff809216613d8c565b169361ffff85116133b757811580156133ad575b612ec057919263ffffffff16915f91829190825b818110156132bb5760e0810283018863ffffffff61317983614a68565b160361329557602081019463ffffffff61319287614a68565b1615908115613277575b50801561325c575b612ec05760a08101906131b682614a79565b9560c08201918b8a6131c785614a68565b63ffffffff808d16911611613231575b60019695949361ffff936132069389935f52600460205260405f20905f5260205260405f2085612da289614a79565b1665ffffffff0000613219845493614a68565b60101b169165ffffffffffff1916171790550161315c565b99506001849361ffff936132069361324b849a9998614a68565b9d93509350935093949596506131d7565b50600263ffffffff61327060c08401614a68565b16106131a4565b905061ffff8061328960a08501614a79565b9216911611158a61319c565b886132a463ffffffff92614a68565b9063495efb2d60e11b5f526004521660245260445ffd5b857f6cca5ffe032dd9d1ae75c766f24f19e2d1f07e7d84f88e8d5233bf2fd01745de84848a6133828d8b875f52600560205260405f20825f5260205263ffffffff60405f20911663ffffffff198254161790556133417f00000000000000000000000000000000000000000000000000000000000000006001600160401b034216613da4565b83546bffffffffffffffff00000000199092166bffffffffffffffffffffffff1990921691909117602082901b6bffffffffffffffff000000001617909255565b6001600160401b036133a1604051948594604086526040860191613dc4565b911660208301520390a2005b5060108211613148565b846326281a1160e21b5f5260045260245ffd5b63ffffffff8563d5a579af60e01b5f521660045260245260445ffd5b3461020757608036600319011261020757600435613402613a0c565b906064356001600160401b03811161020757613422903690600401613a69565b919061342d826149de565b60018101549264ffffffffff8460701c161561347957602061346f86868961345c886003890154943691613d0a565b9262ffffff6044359360581c16906147be565b6040519015158152f35b63276065d160e21b5f5260045261097360e884901c60ff16613c13565b34610207576040366003190112610207576134af613a32565b602435906001600160401b03821691828103610207576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163303613082576134fe826149a5565b9042841061356a577f49ed05d85bf6dbd8e8b583ed03fb8636e04ac2b931f8ac7959c4e68b6b3d5fba9261355f63ffffffff926001602095019067ffffffffffffffff60601b82549160601b169067ffffffffffffffff60601b1916179055565b6040519485521692a2005b8363384122bd60e01b5f5260045260245ffd5b61012036600319011261020757613592613a32565b61359a613a0c565b6135a2613a45565b9060803660831901126102075761010435906001600160401b03821693848303610207576135cf816149a5565b6001600160401b03600182015460601c16801515806139a4575b61398857506135fc63ffffffff91615091565b169263ffffffff831692848403613967576001600160601b037f00000000000000000000000000000000000000000000000000000000000000001680341061395157506001600160601b033411611d8e5763ffffffff86169283158015613945575b61392b5763ffffffff811695865f52600560205260405f20905f5260205263ffffffff60405f205416808510156139155750428811801590613908575b6138f55760025463ffffffff811692906001841561389d5750505f1983019283116109005767ffff000000000000600198845f52600760205263ffffffff808b61370260405f209d8e84600282015460d01c1685196002541617600255015460f81c613d7a565b975b3373ffffffffffffffffffffffffffffffffffffffff193460a01b16178e559c0180546001600160f81b031960f88a901b16600160e81b6affffff0000000000000000604097881b1665ffff0000000060209b8c1b166affffffffffffffffffffff199094169c909516959095166affffffffffffff0000000019169a909a171760309690961b94909416949094177fffff00000000000000000000000000000000000000ffffffffffffffffffffff1693909317929092176001600160f01b0316949094179093558251948552604435858201528483019390935260ff169490911b7f000000000000000000000000000000000000000000000000000000000000000090911b17929092179163ffffffff6084359081169081900361020757606082015260a43563ffffffff811680910361020757608082015260c4359363ffffffff85168095036102075760209460a083015260e43560c083015260e082015234610100820152827fea926de1c096bc11f7b88bdae048eacdc981428b7a1fa9dda38c85c289049f1c6101203393a4604051908152f35b93509767ffff0000000000009063ffffffff8a60201c169967ffffffff000000006138c78c613d56565b60201b169067ffffffff00000000191617600255895f52600760205263ffffffff80600160405f209c613704565b8763211baed760e01b5f5260045260245ffd5b5063ffffffff881161369b565b846322d0621d60e21b5f5260045260245260445ffd5b8363539335b560e11b5f526004526210000060245260445ffd5b5062100000841161365e565b6378279ed960e11b5f523460045260245260445ffd5b838563ffffffff856306378ad560e51b5f521660045260245260445260645ffd5b63ffffffff8363a1fabb9760e01b5f521660045260245260445ffd5b50804210156135e9565b346102075760a0366003190112610207576139c7613a0c565b6139cf613a1f565b608435906001600160401b038211610207576020926139ff6139f861346f943690600401613a69565b3691613d0a565b91606435916004356147be565b6024359063ffffffff8216820361020757565b6044359063ffffffff8216820361020757565b6004359063ffffffff8216820361020757565b6064359063ffffffff8216820361020757565b359063ffffffff8216820361020757565b9181601f84011215610207578235916001600160401b038311610207576020808501948460051b01011161020757565b35906001600160401b038216820361020757565b9181601f84011215610207578235916001600160401b0383116102075760208085019460e0850201011161020757565b60206040818301928281528451809452019201905f5b818110613b005750505090565b825163ffffffff16845260209384019390920191600101613af3565b9181601f84011215610207578235916001600160401b038311610207576020838186019501011161020757565b9060406003198301126102075760043591602435906001600160401b03821161020757613b7891600401613b1c565b9091565b90602080835192838152019201905f5b818110613b995750505090565b82516001600160a01b0316845260209384019390920191600101613b8c565b90613bcb90604083526040830190613b7c565b906020818303910152602080835192838152019201905f5b818110613bf05750505090565b8251845260209384019390920191600101613be3565b9060048210156103ff5752565b600a8110156103ff57602452565b90600a8210156103ff5752565b60038110156103ff57600452565b9060038210156103ff5752565b608081019081106001600160401b038211176106ed57604052565b60e081019081106001600160401b038211176106ed57604052565b60a081019081106001600160401b038211176106ed57604052565b61020081019081106001600160401b038211176106ed57604052565b61014081019081106001600160401b038211176106ed57604052565b90601f801991011681019081106001600160401b038211176106ed57604052565b6001600160401b0381116106ed5760051b60200190565b929190613d1681613cf3565b93613d246040519586613cd2565b602085838152019160051b810192831161020757905b828210613d4657505050565b8135815260209182019101613d3a565b63ffffffff1663ffffffff81146109005760010190565b9190820391821161090057565b60ff60019116019060ff821161090057565b63ffffffff60019116019063ffffffff821161090057565b906001600160401b03809116911601906001600160401b03821161090057565b916020908281520191905f905b808210613dde5750505090565b90919263ffffffff613def85613a58565b16815263ffffffff613e0360208601613a58565b1660208201526001600160401b03613e1d60408601613a99565b1660408201526001600160401b03613e3760608601613a99565b1660608201526001600160401b03613e5160808601613a99565b16608082015260a08401359061ffff82168092036102075760e08160019360a08394015263ffffffff613e8660c08901613a58565b1660c0820152019401920190613dd1565b9190820180921161090057565b6001600160401b0381116106ed57601f01601f191660200190565b60ff5f199116019060ff821161090057565b906001600160601b03809116911601906001600160601b03821161090057565b906001600160601b03809116911603906001600160601b03821161090057565b8181029291811591840414171561090057565b600854811015613f405760085f5260205f209060011b01905f90565b634e487b7160e01b5f52603260045260245ffd5b60405190613f6182613c49565b5f6060838281528260208201528260408201520152565b61ffff5f199116019061ffff821161090057565b8115613f96570490565b634e487b7160e01b5f52601260045260245ffd5b613fb381614d07565b6001810190815460ff8160e81c16600a8110156103ff57600914614006613fd984614d5c565b63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690613e97565b804311156145fb57506001600160401b038260981c169261ffff8360d81c169461403086866150bb565b9261403b8185615156565b948115806145ee575b806145da575b6144dc57505f905f90614486575b600a8610156103ff57825460ff60e81b191660e887901b60ff60e81b1617835585928990614084613f54565b96865460a01c916140b961ffff7f00000000000000000000000000000000000000000000000000000000000000001684613f11565b906001600160a01b0360028a01541691825f52600660205260405f20926001600160601b0382169161413a600186016001600160601b036140fd8682845416613ef1565b166001600160601b031982541617815561411e61ffff825460e81c16613f78565b815461ffff60e81b191660e89190911b61ffff60e81b16179055565b5f9a60040361437257505050908a9594939291548a8160581c62ffffff16916141638387613f11565b9060401c62ffffff1661417591613f8c565b936141a461ffff7f00000000000000000000000000000000000000000000000000000000000000001686613f11565b6127109004906020019081516141b991613f8c565b602081930152516141c991613f11565b6141d39084613d6d565b906141dd90615253565b6141e691613e97565b808b526001600160601b0316815460601c6001600160601b03169061420a91613ed1565b81546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b1617905561424191613d6d565b60608801527f46c05274d9305e354ac0868a5e8bcd9b50324f46d029122fc56bd1b379dc5e629960a0995b80614352575b5050506001600160401b03831661432e575b50505080614319575b506142a58660608401928351806142d9575b50614c7a565b815191604060208201519101519151926142c26040518096613c21565b6020850152604084015260608301526080820152a2565b614313906001600160a01b038354165f5260066020526125d26001600160601b0360405f2092166001600160601b03835460601c16613ed1565b5f61429f565b61432590600154613e97565b6001555f61428d565b916143449161434a94936020880151928c6152b6565b90613e97565b5f8481614284565b91846143449261436995989460208c0151936152b6565b92895f80614272565b9091925060a09d937f46c05274d9305e354ac0868a5e8bcd9b50324f46d029122fc56bd1b379dc5e629f958d8f9a999880606083015260058c146143bd575b5050505050505061426c565b89969d5061445361444d60206001600160601b039585614441604061271061443561445d998e7f686e4f97c0aca6c6719647401ac7f5e2ed3a928d46be84237c5a0258baa6ce039f9e9c85015261ffff7f00000000000000000000000000000000000000000000000000000000000000001690613f11565b04930192835190613f8c565b92839101525190613f11565b85613d6d565b9d83835416613ef1565b81548319169216918217905560408051928352602083019190915290a35f808080808d816143b1565b5050600882015461ffff6001600160401b038260281c169160681c1660406144ae82846150bb565b60208101516144c260208901918251613e97565b905201516144d560408701918251613e97565b9052614058565b600890930180546cffffffffffffffff000000000060709590951c9485166effffffffffffffffffffffffffffff199091164364ffffffffff811691909117919091176effff000000000000000000000000009095169490941790555080547fff000000000000000000000000ffffffffffffffffffffffffffffffffffffff16600960e81b1790557f1e85220a1bcf1746feefd83ce24a4ec41cc860e56c8ae81fa9506d838212b0629450602093506145c892507f000000000000000000000000000000000000000000000000000000000000000063ffffffff1691506001600160401b0316613da4565b6001600160401b0360405191168152a2565b50600a8610156103ff57600586141561404a565b5060408501511515614044565b6001600160401b039062d5c5d760e41b5f521660045260245ffd5b60025463ffffffff811690811561467e57505f19810190811161090057805f52600760205260ff614650600160405f20015460f81c613d7a565b169060201b7f000000000000000000000000000000000000000000000000000000000000000060401b171790565b6001915067ffffffff00000000167f000000000000000000000000000000000000000000000000000000000000000060401b171790565b6004821015613f405701905f90565b906146ce82613cf3565b6146db6040519182613cd2565b82815280926146ec601f1991613cf3565b0190602036910137565b5f1981146109005760010190565b6001600160401b035f19911601906001600160401b03821161090057565b8051821015613f405760209160051b010190565b60409061474d939281528160208201520190613b7c565b90565b6008549161475d836146c4565b92614767816146c4565b926001600160401b03165f5b82811061477f57505050565b806147ad8361478f600194613f24565b506001600160a01b0385820154166147a7858c614722565b52615a66565b6147b78288614722565b5201614773565b9290919363ffffffff83169182158015614995575b61498b5763ffffffff9095165f925b60018111614869575050511492836147fb575b50505090565b6020929350905f916040519084820192600160f91b845263ffffffff60e01b9060e01b166021830152602582015260258152614838604582613cd2565b604051918291518091835e8101838152039060025afa1561485e575f51145f80806147f5565b6040513d5f823e3d90fd5b90956001808816036149105782518414614905575f6020916148c16148cf61489a614893896146f6565b9888614722565b519260405192839187830195869091604192600160f81b8352600183015260218201520190565b03601f198101835282613cd2565b604051918291518091835e8101838152039060025afa1561485e575f51955b60011c90600181018091116109005760011c6147e2565b505050505050505f90565b9560018101808211610900578211156148ee579582518414614905575f6020916148c1614968614942614893896146f6565b5160405192839187830195869091604192600160f81b8352600183015260218201520190565b604051918291518091835e8101838152039060025afa1561485e575f51956148ee565b5050505050505f90565b508263ffffffff871610156147d3565b63ffffffff1690815f52600360205260405f209163ffffffff600184015416156149cc5750565b6320ed185360e21b5f5260045260245ffd5b9063ffffffff8260201c165f52600760205260405f20917f00000000000000000000000000000000000000000000000000000000000000008160401c14801590614a51575b8015614a43575b614a315750565b63e498a48160e01b5f5260045260245ffd5b5063ffffffff811615614a2a565b50600183015460f81c63ffffffff82161415614a23565b3563ffffffff811681036102075790565b3561ffff811681036102075790565b356001600160401b03811681036102075790565b60038110156103ff57600103614ad9576001600160601b037f00000000000000000000000000000000000000000000000000000000000000001690565b6001600160601b037f00000000000000000000000000000000000000000000000000000000000000001690565b614b0f90613f24565b5090815465ffffffffffff8160c01c16614b4f63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001682613e97565b90151580614c3c575b614c20575082547fffffffffffffffff000000000000000000000000000000000000000000000000166bffffffffffffffffffffffff60601b60609290921b91909116176001600160601b0391909116178155614bdb7f000000000000000000000000000000000000000000000000000000000000000063ffffffff1643613e97565b600181018091116109005781547fffff000000000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b65ffffffffffff60c01b16179055565b6001600160401b0390636e05420b60e01b5f521660045260245ffd5b50804310614b58565b906001600160a01b03614c7892165f5260066020526001600160601b036140fd81600160405f2001931682845416613ef1565b565b90607f600183015460f81c14614cd757600280549201805463ffffffff60d01b191660d09390931b63ffffffff60d01b169290921790915563ffffffff90614cc69060201c8216613d8c565b1663ffffffff196002541617600255565b5050565b6001600282015491015460f81c60ff8260c81c16145f14614d02576001600160a01b031690565b505f90565b90614d11826149de565b9160ff600184015460e81c1690600a8210156103ff57600382141580614d51575b614d3a575050565b63276065d160e21b5f526004526109739150613c13565b506009821415614d32565b61474d9060ff6001614d9d614d70846159f8565b63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690613e97565b92015460f01c1690613e97565b91906001600160a01b031691825f52600660205260ff60405f205460d81c166001600160401b035f9216915b60088110614df2575b84631fa45d0360e21b5f5260045260245ffd5b6001600160fd1b03811681036109005760ff838260031b1c168015614e25578214614e1f57600101614dd6565b93505050565b50614ddf565b906001614e4f6fffffffffffffffffffffffffffffffff93600484841c91016146b5565b90549060031b1c9116155f14614e6a5760ff60805b161c1690565b60ff5f614e64565b600101548060f81c906101fe8160f71c1691808304600214901517156109005760e81c60ff1690600a8210156103ff5761474d91600903614eb95760ff60015b1690613e97565b60ff5f614eb2565b939192909260405193602085019586526001600160601b03199060601b16604085015260ff60f81b9060f81b1660548401526055830152607582015260758152614f0c609582613cd2565b51902090565b63ffffffff5f199116019063ffffffff821161090057565b8115613f96570690565b9091939263ffffffff8516908163ffffffff8216105f146150855763ffffffff905b1691614f6183613cf3565b95614f6f6040519788613cd2565b838752601f19614f7e85613cf3565b0136602089013786841561507c5750614f9690614f12565b865115613f405763ffffffff1660208701526001935f9391929091905b818610614fc257505050505050565b5f979496929395975063ffffffff61500482604d6040518a81528860208201528460981b8c60981b16686368616c6c656e676560b81b17604082015220614f2a565b16955f5b89811080615062575b156150245761501f906146f6565b615008565b968961503f939694979a989992959914615048575b50613d56565b93909192614fb3565b61505b615054896146f6565b988b614722565b525f615039565b508763ffffffff615073838a614722565b51161415615011565b96505050505050565b5063ffffffff85614f56565b6001015463ffffffff81169060201c6001600160401b031642106150b25790565b61474d90614f12565b9190916150cf6150c9613f54565b91615676565b815261ffff5f9316925b8151811015615151576001600160ff1b03811681036109005780600385600193841b1c168281145f1461511e57506020830161511581516146f6565b90525b016150d9565b6002810361513c57506040830161513581516146f6565b9052615118565b600303615118576060830161513581516146f6565b509150565b90602082019081518060011b90808204600214901517156109005783511080615247575b61523f5760408301918251600281101592836151d2575b5050506151cb575160608201516151a791613e97565b908160011b91808304600214901517156109005751106151c657600690565b600890565b5050600590565b91925090156152125750508051600381029080820460031490151715610900578251908160011b918083046002149015171561090057115b5f8080615191565b8060011b9080820460021490151715610900578351109081615235575b5061520a565b905051155f61522f565b505050600490565b5060028251101561517a565b906001600160601b037f0000000000000000000000000000000000000000000000000000000000000000169182156152b057615291905f5493613f11565b918083116152a8575b826152a491613d6d565b5f55565b91508161529a565b505f9150565b9493909192945f95600a8110156103ff576004810361544a575060015b6001810361542f576002919493945b61ffff6001600160401b035f97169516955b60088110615306575b50505050505050565b6001600160fd1b03811681036109005760ff868260031b1c168015615429575f1981019081116109005760016153436001600160a01b0392613f24565b5001541690815f52600660205260405f205f1962ffffff825460c01c160162ffffff811161090057815462ffffff60c01b191660c09190911b62ffffff60c01b161781556001600160ff1b0382168203610900576003898360011b1c16928584145f146153e7575060019250866153bd575b505b016152f4565b6153e1906125d26001600160601b0389166001600160601b03835460601c16613ed1565b5f6153b5565b919286811591821561541f575b5050615405575b50506001906153b7565b9961434484615417936001959d615a92565b98905f6153fb565b149050865f6153f4565b506152fd565b600281036154435760015b919493946152e2565b600461543a565b6005036154585760026152d3565b60046152d3565b6001600160401b03909392919316908143111561566357610101824303105f146156395781405b80156156265761549582613ea4565b6154a26040519182613cd2565b828152602081019083870193368511610207576020815f928a8637830101525190209080820361560d5750505f935f918182355f1a925f9060f885106001146155e357505060f5198382018181019484936001013560f61990910160031b610100031c01015b14615540575b5050809315615531571561551f5750565b633d78fa4160e21b5f5260045260245ffd5b631a751fb760e11b5f5260045ffd5b5f5b600d8110615573575b50602082011081355f1a60a01416615564575b8061550e565b9350506001809301355f61555e565b9180355f1a90608082106001146155d75760b882106001146155c95760c08210156155bd579060019160b519918382013560b619820160031b610100031c91010101925b01615542565b5050809150905f61554b565b01607e1901916001906155b7565b600191508101926155b7565b90919360c08110156155f9575b50508190615508565b6001820194500160be19019050815f6155f0565b83630fe5351b60e41b5f5260045260245260445260645ffd5b82633d78fa4160e21b5f5260045260245ffd5b815f525f602052602080805f71f90827f1c53a10cb7a02335b1753200029355afa50602051615486565b506302c32a2d60e01b5f5260045260245ffd5b905f5b600881108061569a575b1561569657615691906146f6565b615679565b9150565b506001600160fd1b03811681036109005760ff6001600160401b0384168260031b1c161515615683565b926156e5909291926001600160401b036156dd866159f8565b16928361545f565b917f00000000000000000000000000000000000000000000000000000000000000009260ff8416935f9560018101549160ff8360e81c16600a8110156103ff5760091461595e575b505061ffff9060201c169085925f975f956008549061574b826146c4565b995f965f5b8481106158e557505050505083156158cb57929095915f968360021b947f3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff851685141594855b610900578663ffffffff8b1610806158c2575b15615891576157e785604d6040518781528660208201528d63ffffffff60981b9060981b1668636f6d6d697474656560b81b17604082015220614f2a565b965f886157f4828f614722565b511161581d5790886157f461580f8f9a9998979695946146f6565b80939495969798999a614722565b98909294969a999c91939597506001891b9081811661588357179760018101809111610900576001600160fd1b038d168d0361090057615876916001600160401b03615870928f60031b1b16179c6146f6565b98613d56565b9894929095939185615796565b9850509a9761587690613d56565b965096999850509550505050849394156158a85750565b60ff906369894c6b60e01b5f525f6004521660245260445ffd5b508089106157a9565b60ff876369894c6b60e01b5f525f6004521660245260445ffd5b8c6158ef82613f24565b50805460f01c6001841b861615908161593f575b5061591f575b50908961591882600194614722565b5201615750565b90615918615935849c6143448960019796615a66565b9b50509091615909565b9050848115918215615954575b50505f615903565b149050845f61594c565b9095600182901b6101fe169160ff160361090057600181018091116109005760088111156159e857506001600160401b036008805b96015460281c165f905b600882101561572d5790966001600160fd1b03881688036109005760ff828960031b1c169081156159e1575f19820191821161090057600180921b1797019061599d565b975061572d565b60086001600160401b0391615993565b600181015460ff8160e81c1690600a8210156103ff5761474d9264ffffffffff92600903615a5c57600891500154165b64ffffffffff63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000169116613e97565b5060701c16615a28565b546001600160601b039182919060c082901c65ffffffffffff1611615a8a57161690565b60601c161690565b805460018201805460601c6001600160601b03908116969594921690612710615ae9615abe8985613e97565b61ffff7f00000000000000000000000000000000000000000000000000000000000000001690613f11565b04968715615bbe579282886001600160a01b03937f686e4f97c0aca6c6719647401ac7f5e2ed3a928d46be84237c5a0258baa6ce03966040968311155f14615b68575050615b3691613d6d565b945b80546bffffffffffffffffffffffff19166001600160601b038716179055825188815260208101959095521692a3565b615b8890615b82615bb7956001600160601b039495613d6d565b90613d6d565b82546bffffffffffffffffffffffff60601b1916911660601b6bffffffffffffffffffffffff60601b16179055565b5f94615b38565b505f9650505050505056fea164736f6c6343000825000a",
}

// ProofOfLogits is an auto generated Go binding around an Ethereum contract.
type ProofOfLogits struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProofOfLogits) GetABI() abi.ABI {
	return c.abi
}

// NewProofOfLogits creates a new instance of ProofOfLogits.
func NewProofOfLogits() *ProofOfLogits {
	parsed, err := ProofOfLogitsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProofOfLogits{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProofOfLogits) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((uint96,uint96,uint96,uint64,uint64,uint64,uint32,uint32,uint32,uint8,uint8,uint8,uint16,uint16,uint16,uint96) p) returns()
func (proofOfLogits *ProofOfLogits) PackConstructor(p IProofOfLogitsParams) []byte {
	enc, err := proofOfLogits.abi.Pack("", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXPOSITIONS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7b24e08.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_POSITIONS() view returns(uint32)
func (proofOfLogits *ProofOfLogits) PackMAXPOSITIONS() []byte {
	enc, err := proofOfLogits.abi.Pack("MAX_POSITIONS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPOSITIONS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7b24e08.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_POSITIONS() view returns(uint32)
func (proofOfLogits *ProofOfLogits) TryPackMAXPOSITIONS() ([]byte, error) {
	return proofOfLogits.abi.Pack("MAX_POSITIONS")
}

// UnpackMAXPOSITIONS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7b24e08.
//
// Solidity: function MAX_POSITIONS() view returns(uint32)
func (proofOfLogits *ProofOfLogits) UnpackMAXPOSITIONS(data []byte) (uint32, error) {
	out, err := proofOfLogits.abi.Unpack("MAX_POSITIONS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMAXPROFILES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f81e938.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PROFILES() view returns(uint8)
func (proofOfLogits *ProofOfLogits) PackMAXPROFILES() []byte {
	enc, err := proofOfLogits.abi.Pack("MAX_PROFILES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPROFILES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f81e938.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PROFILES() view returns(uint8)
func (proofOfLogits *ProofOfLogits) TryPackMAXPROFILES() ([]byte, error) {
	return proofOfLogits.abi.Pack("MAX_PROFILES")
}

// UnpackMAXPROFILES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f81e938.
//
// Solidity: function MAX_PROFILES() view returns(uint8)
func (proofOfLogits *ProofOfLogits) UnpackMAXPROFILES(data []byte) (uint8, error) {
	out, err := proofOfLogits.abi.Unpack("MAX_PROFILES", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burned() view returns(uint256)
func (proofOfLogits *ProofOfLogits) PackBurned() []byte {
	enc, err := proofOfLogits.abi.Pack("burned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burned() view returns(uint256)
func (proofOfLogits *ProofOfLogits) TryPackBurned() ([]byte, error) {
	return proofOfLogits.abi.Pack("burned")
}

// UnpackBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73f42561.
//
// Solidity: function burned() view returns(uint256)
func (proofOfLogits *ProofOfLogits) UnpackBurned(data []byte) (*big.Int, error) {
	out, err := proofOfLogits.abi.Unpack("burned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fae1450.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelJob(bytes32 jobId) returns()
func (proofOfLogits *ProofOfLogits) PackCancelJob(jobId [32]byte) []byte {
	enc, err := proofOfLogits.abi.Pack("cancelJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fae1450.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelJob(bytes32 jobId) returns()
func (proofOfLogits *ProofOfLogits) TryPackCancelJob(jobId [32]byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("cancelJob", jobId)
}

// PackChallengePositions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa651e3ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengePositions(bytes32 jobId, bytes header) view returns(uint32[])
func (proofOfLogits *ProofOfLogits) PackChallengePositions(jobId [32]byte, header []byte) []byte {
	enc, err := proofOfLogits.abi.Pack("challengePositions", jobId, header)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengePositions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa651e3ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengePositions(bytes32 jobId, bytes header) view returns(uint32[])
func (proofOfLogits *ProofOfLogits) TryPackChallengePositions(jobId [32]byte, header []byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("challengePositions", jobId, header)
}

// UnpackChallengePositions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa651e3ee.
//
// Solidity: function challengePositions(bytes32 jobId, bytes header) view returns(uint32[])
func (proofOfLogits *ProofOfLogits) UnpackChallengePositions(data []byte) ([]uint32, error) {
	out, err := proofOfLogits.abi.Unpack("challengePositions", data)
	if err != nil {
		return *new([]uint32), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	return out0, nil
}

// PackClaimJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fcec5c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimJob(bytes32 jobId) returns()
func (proofOfLogits *ProofOfLogits) PackClaimJob(jobId [32]byte) []byte {
	enc, err := proofOfLogits.abi.Pack("claimJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fcec5c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimJob(bytes32 jobId) returns()
func (proofOfLogits *ProofOfLogits) TryPackClaimJob(jobId [32]byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("claimJob", jobId)
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf69fe897.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(bytes32 jobId, bytes32 root, uint32 n, bytes32 tokensHash, bytes output) returns()
func (proofOfLogits *ProofOfLogits) PackCommit(jobId [32]byte, root [32]byte, n uint32, tokensHash [32]byte, output []byte) []byte {
	enc, err := proofOfLogits.abi.Pack("commit", jobId, root, n, tokensHash, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf69fe897.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(bytes32 jobId, bytes32 root, uint32 n, bytes32 tokensHash, bytes output) returns()
func (proofOfLogits *ProofOfLogits) TryPackCommit(jobId [32]byte, root [32]byte, n uint32, tokensHash [32]byte, output []byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("commit", jobId, root, n, tokensHash, output)
}

// PackCommitVerdict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfd10e11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitVerdict(bytes32 jobId, bytes32 commitment) returns()
func (proofOfLogits *ProofOfLogits) PackCommitVerdict(jobId [32]byte, commitment [32]byte) []byte {
	enc, err := proofOfLogits.abi.Pack("commitVerdict", jobId, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitVerdict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfd10e11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitVerdict(bytes32 jobId, bytes32 commitment) returns()
func (proofOfLogits *ProofOfLogits) TryPackCommitVerdict(jobId [32]byte, commitment [32]byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("commitVerdict", jobId, commitment)
}

// PackDeriveChallengePositions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e877c8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deriveChallengePositions(bytes32 seed, bytes32 jobId, uint32 n, uint32 k) pure returns(uint32[])
func (proofOfLogits *ProofOfLogits) PackDeriveChallengePositions(seed [32]byte, jobId [32]byte, n uint32, k uint32) []byte {
	enc, err := proofOfLogits.abi.Pack("deriveChallengePositions", seed, jobId, n, k)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeriveChallengePositions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e877c8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deriveChallengePositions(bytes32 seed, bytes32 jobId, uint32 n, uint32 k) pure returns(uint32[])
func (proofOfLogits *ProofOfLogits) TryPackDeriveChallengePositions(seed [32]byte, jobId [32]byte, n uint32, k uint32) ([]byte, error) {
	return proofOfLogits.abi.Pack("deriveChallengePositions", seed, jobId, n, k)
}

// UnpackDeriveChallengePositions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e877c8b.
//
// Solidity: function deriveChallengePositions(bytes32 seed, bytes32 jobId, uint32 n, uint32 k) pure returns(uint32[])
func (proofOfLogits *ProofOfLogits) UnpackDeriveChallengePositions(data []byte) ([]uint32, error) {
	out, err := proofOfLogits.abi.Unpack("deriveChallengePositions", data)
	if err != nil {
		return *new([]uint32), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	return out0, nil
}

// PackDrawCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfb8a43f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawCommittee(bytes32 jobId, bytes header) returns()
func (proofOfLogits *ProofOfLogits) PackDrawCommittee(jobId [32]byte, header []byte) []byte {
	enc, err := proofOfLogits.abi.Pack("drawCommittee", jobId, header)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfb8a43f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawCommittee(bytes32 jobId, bytes header) returns()
func (proofOfLogits *ProofOfLogits) TryPackDrawCommittee(jobId [32]byte, header []byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("drawCommittee", jobId, header)
}

// PackDrawWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe11d6d52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function drawWeights(uint64 seedBlock) view returns(address[] validators, uint256[] weights)
func (proofOfLogits *ProofOfLogits) PackDrawWeights(seedBlock uint64) []byte {
	enc, err := proofOfLogits.abi.Pack("drawWeights", seedBlock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDrawWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe11d6d52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function drawWeights(uint64 seedBlock) view returns(address[] validators, uint256[] weights)
func (proofOfLogits *ProofOfLogits) TryPackDrawWeights(seedBlock uint64) ([]byte, error) {
	return proofOfLogits.abi.Pack("drawWeights", seedBlock)
}

// DrawWeightsOutput serves as a container for the return parameters of contract
// method DrawWeights.
type DrawWeightsOutput struct {
	Validators []common.Address
	Weights    []*big.Int
}

// UnpackDrawWeights is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe11d6d52.
//
// Solidity: function drawWeights(uint64 seedBlock) view returns(address[] validators, uint256[] weights)
func (proofOfLogits *ProofOfLogits) UnpackDrawWeights(data []byte) (DrawWeightsOutput, error) {
	out, err := proofOfLogits.abi.Unpack("drawWeights", data)
	outstruct := new(DrawWeightsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Validators = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Weights = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackFundRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff18bf0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundRewards() payable returns()
func (proofOfLogits *ProofOfLogits) PackFundRewards() []byte {
	enc, err := proofOfLogits.abi.Pack("fundRewards")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff18bf0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundRewards() payable returns()
func (proofOfLogits *ProofOfLogits) TryPackFundRewards() ([]byte, error) {
	return proofOfLogits.abi.Pack("fundRewards")
}

// PackGetAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbcbc0f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAccount(address account) view returns((uint8,uint96,uint96,uint96,uint32,uint32,uint96,uint64,uint64,uint16))
func (proofOfLogits *ProofOfLogits) PackGetAccount(account common.Address) []byte {
	enc, err := proofOfLogits.abi.Pack("getAccount", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbcbc0f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAccount(address account) view returns((uint8,uint96,uint96,uint96,uint32,uint32,uint96,uint64,uint64,uint16))
func (proofOfLogits *ProofOfLogits) TryPackGetAccount(account common.Address) ([]byte, error) {
	return proofOfLogits.abi.Pack("getAccount", account)
}

// UnpackGetAccount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbcbc0f1.
//
// Solidity: function getAccount(address account) view returns((uint8,uint96,uint96,uint96,uint32,uint32,uint96,uint64,uint64,uint16))
func (proofOfLogits *ProofOfLogits) UnpackGetAccount(data []byte) (IProofOfLogitsAccount, error) {
	out, err := proofOfLogits.abi.Unpack("getAccount", data)
	if err != nil {
		return *new(IProofOfLogitsAccount), err
	}
	out0 := *abi.ConvertType(out[0], new(IProofOfLogitsAccount)).(*IProofOfLogitsAccount)
	return out0, nil
}

// PackGetCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5a43159.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCommittee(bytes32 jobId) view returns(address[] members, uint8[] verdicts, bool[] committed)
func (proofOfLogits *ProofOfLogits) PackGetCommittee(jobId [32]byte) []byte {
	enc, err := proofOfLogits.abi.Pack("getCommittee", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5a43159.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCommittee(bytes32 jobId) view returns(address[] members, uint8[] verdicts, bool[] committed)
func (proofOfLogits *ProofOfLogits) TryPackGetCommittee(jobId [32]byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("getCommittee", jobId)
}

// GetCommitteeOutput serves as a container for the return parameters of contract
// method GetCommittee.
type GetCommitteeOutput struct {
	Members   []common.Address
	Verdicts  []uint8
	Committed []bool
}

// UnpackGetCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5a43159.
//
// Solidity: function getCommittee(bytes32 jobId) view returns(address[] members, uint8[] verdicts, bool[] committed)
func (proofOfLogits *ProofOfLogits) UnpackGetCommittee(data []byte) (GetCommitteeOutput, error) {
	out, err := proofOfLogits.abi.Unpack("getCommittee", data)
	outstruct := new(GetCommitteeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Members = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Verdicts = *abi.ConvertType(out[1], new([]uint8)).(*[]uint8)
	outstruct.Committed = *abi.ConvertType(out[2], new([]bool)).(*[]bool)
	return *outstruct, nil
}

// PackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf729cf0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getJob(bytes32 jobId) view returns((address,uint96,address,uint64,uint64,uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint64,uint64) v)
func (proofOfLogits *ProofOfLogits) PackGetJob(jobId [32]byte) []byte {
	enc, err := proofOfLogits.abi.Pack("getJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf729cf0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getJob(bytes32 jobId) view returns((address,uint96,address,uint64,uint64,uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint64,uint64) v)
func (proofOfLogits *ProofOfLogits) TryPackGetJob(jobId [32]byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("getJob", jobId)
}

// UnpackGetJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf729cf0d.
//
// Solidity: function getJob(bytes32 jobId) view returns((address,uint96,address,uint64,uint64,uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,uint64,uint64) v)
func (proofOfLogits *ProofOfLogits) UnpackGetJob(data []byte) (IProofOfLogitsJob, error) {
	out, err := proofOfLogits.abi.Unpack("getJob", data)
	if err != nil {
		return *new(IProofOfLogitsJob), err
	}
	out0 := *abi.ConvertType(out[0], new(IProofOfLogitsJob)).(*IProofOfLogitsJob)
	return out0, nil
}

// PackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e0e07fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModel(uint32 modelId) view returns((bytes32,uint32,uint32,uint64,uint64))
func (proofOfLogits *ProofOfLogits) PackGetModel(modelId uint32) []byte {
	enc, err := proofOfLogits.abi.Pack("getModel", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e0e07fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getModel(uint32 modelId) view returns((bytes32,uint32,uint32,uint64,uint64))
func (proofOfLogits *ProofOfLogits) TryPackGetModel(modelId uint32) ([]byte, error) {
	return proofOfLogits.abi.Pack("getModel", modelId)
}

// UnpackGetModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e0e07fa.
//
// Solidity: function getModel(uint32 modelId) view returns((bytes32,uint32,uint32,uint64,uint64))
func (proofOfLogits *ProofOfLogits) UnpackGetModel(data []byte) (IProofOfLogitsModel, error) {
	out, err := proofOfLogits.abi.Unpack("getModel", data)
	if err != nil {
		return *new(IProofOfLogitsModel), err
	}
	out0 := *abi.ConvertType(out[0], new(IProofOfLogitsModel)).(*IProofOfLogitsModel)
	return out0, nil
}

// PackGetThresholds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b0a145b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getThresholds(uint32 modelId, uint32 version, uint16 profile) view returns((uint32,uint32,uint64,uint64,uint64,uint16,uint32) t)
func (proofOfLogits *ProofOfLogits) PackGetThresholds(modelId uint32, version uint32, profile uint16) []byte {
	enc, err := proofOfLogits.abi.Pack("getThresholds", modelId, version, profile)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetThresholds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b0a145b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getThresholds(uint32 modelId, uint32 version, uint16 profile) view returns((uint32,uint32,uint64,uint64,uint64,uint16,uint32) t)
func (proofOfLogits *ProofOfLogits) TryPackGetThresholds(modelId uint32, version uint32, profile uint16) ([]byte, error) {
	return proofOfLogits.abi.Pack("getThresholds", modelId, version, profile)
}

// UnpackGetThresholds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b0a145b.
//
// Solidity: function getThresholds(uint32 modelId, uint32 version, uint16 profile) view returns((uint32,uint32,uint64,uint64,uint64,uint16,uint32) t)
func (proofOfLogits *ProofOfLogits) UnpackGetThresholds(data []byte) (IProofOfLogitsThresholds, error) {
	out, err := proofOfLogits.abi.Unpack("getThresholds", data)
	if err != nil {
		return *new(IProofOfLogitsThresholds), err
	}
	out0 := *abi.ConvertType(out[0], new(IProofOfLogitsThresholds)).(*IProofOfLogitsThresholds)
	return out0, nil
}

// PackGetValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7ab4db5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getValidators() view returns(address[] validators, uint256[] stakes)
func (proofOfLogits *ProofOfLogits) PackGetValidators() []byte {
	enc, err := proofOfLogits.abi.Pack("getValidators")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7ab4db5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getValidators() view returns(address[] validators, uint256[] stakes)
func (proofOfLogits *ProofOfLogits) TryPackGetValidators() ([]byte, error) {
	return proofOfLogits.abi.Pack("getValidators")
}

// GetValidatorsOutput serves as a container for the return parameters of contract
// method GetValidators.
type GetValidatorsOutput struct {
	Validators []common.Address
	Stakes     []*big.Int
}

// UnpackGetValidators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7ab4db5.
//
// Solidity: function getValidators() view returns(address[] validators, uint256[] stakes)
func (proofOfLogits *ProofOfLogits) UnpackGetValidators(data []byte) (GetValidatorsOutput, error) {
	out, err := proofOfLogits.abi.Unpack("getValidators", data)
	outstruct := new(GetValidatorsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Validators = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Stakes = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackNextJobId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0c2aa5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextJobId() view returns(bytes32)
func (proofOfLogits *ProofOfLogits) PackNextJobId() []byte {
	enc, err := proofOfLogits.abi.Pack("nextJobId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextJobId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0c2aa5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextJobId() view returns(bytes32)
func (proofOfLogits *ProofOfLogits) TryPackNextJobId() ([]byte, error) {
	return proofOfLogits.abi.Pack("nextJobId")
}

// UnpackNextJobId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0c2aa5e.
//
// Solidity: function nextJobId() view returns(bytes32)
func (proofOfLogits *ProofOfLogits) UnpackNextJobId(data []byte) ([32]byte, error) {
	out, err := proofOfLogits.abi.Unpack("nextJobId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (proofOfLogits *ProofOfLogits) PackOwner() []byte {
	enc, err := proofOfLogits.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (proofOfLogits *ProofOfLogits) TryPackOwner() ([]byte, error) {
	return proofOfLogits.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (proofOfLogits *ProofOfLogits) UnpackOwner(data []byte) (common.Address, error) {
	out, err := proofOfLogits.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((uint96,uint96,uint96,uint64,uint64,uint64,uint32,uint32,uint32,uint8,uint8,uint8,uint16,uint16,uint16,uint96))
func (proofOfLogits *ProofOfLogits) PackParams() []byte {
	enc, err := proofOfLogits.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns((uint96,uint96,uint96,uint64,uint64,uint64,uint32,uint32,uint32,uint8,uint8,uint8,uint16,uint16,uint16,uint96))
func (proofOfLogits *ProofOfLogits) TryPackParams() ([]byte, error) {
	return proofOfLogits.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint96,uint96,uint96,uint64,uint64,uint64,uint32,uint32,uint32,uint8,uint8,uint8,uint16,uint16,uint16,uint96))
func (proofOfLogits *ProofOfLogits) UnpackParams(data []byte) (IProofOfLogitsParams, error) {
	out, err := proofOfLogits.abi.Unpack("params", data)
	if err != nil {
		return *new(IProofOfLogitsParams), err
	}
	out0 := *abi.ConvertType(out[0], new(IProofOfLogitsParams)).(*IProofOfLogitsParams)
	return out0, nil
}

// PackPreviewCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb85e239.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewCommittee(bytes32 jobId, bytes header) view returns(address[] members)
func (proofOfLogits *ProofOfLogits) PackPreviewCommittee(jobId [32]byte, header []byte) []byte {
	enc, err := proofOfLogits.abi.Pack("previewCommittee", jobId, header)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb85e239.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewCommittee(bytes32 jobId, bytes header) view returns(address[] members)
func (proofOfLogits *ProofOfLogits) TryPackPreviewCommittee(jobId [32]byte, header []byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("previewCommittee", jobId, header)
}

// UnpackPreviewCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb85e239.
//
// Solidity: function previewCommittee(bytes32 jobId, bytes header) view returns(address[] members)
func (proofOfLogits *ProofOfLogits) UnpackPreviewCommittee(data []byte) ([]common.Address, error) {
	out, err := proofOfLogits.abi.Unpack("previewCommittee", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28c2c8ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerModel(bytes32 weightsHash, (uint32,uint32,uint64,uint64,uint64,uint16,uint32)[] th) returns(uint32 modelId)
func (proofOfLogits *ProofOfLogits) PackRegisterModel(weightsHash [32]byte, th []IProofOfLogitsThresholds) []byte {
	enc, err := proofOfLogits.abi.Pack("registerModel", weightsHash, th)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28c2c8ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerModel(bytes32 weightsHash, (uint32,uint32,uint64,uint64,uint64,uint16,uint32)[] th) returns(uint32 modelId)
func (proofOfLogits *ProofOfLogits) TryPackRegisterModel(weightsHash [32]byte, th []IProofOfLogitsThresholds) ([]byte, error) {
	return proofOfLogits.abi.Pack("registerModel", weightsHash, th)
}

// UnpackRegisterModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28c2c8ee.
//
// Solidity: function registerModel(bytes32 weightsHash, (uint32,uint32,uint64,uint64,uint64,uint16,uint32)[] th) returns(uint32 modelId)
func (proofOfLogits *ProofOfLogits) UnpackRegisterModel(data []byte) (uint32, error) {
	out, err := proofOfLogits.abi.Unpack("registerModel", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackReleaseClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bd1c8b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseClaim(bytes32 jobId) returns()
func (proofOfLogits *ProofOfLogits) PackReleaseClaim(jobId [32]byte) []byte {
	enc, err := proofOfLogits.abi.Pack("releaseClaim", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bd1c8b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseClaim(bytes32 jobId) returns()
func (proofOfLogits *ProofOfLogits) TryPackReleaseClaim(jobId [32]byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("releaseClaim", jobId)
}

// PackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f63b14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnbond(uint256 amount) returns()
func (proofOfLogits *ProofOfLogits) PackRequestUnbond(amount *big.Int) []byte {
	enc, err := proofOfLogits.abi.Pack("requestUnbond", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f63b14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnbond(uint256 amount) returns()
func (proofOfLogits *ProofOfLogits) TryPackRequestUnbond(amount *big.Int) ([]byte, error) {
	return proofOfLogits.abi.Pack("requestUnbond", amount)
}

// PackRetireModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c2b7e80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retireModel(uint32 modelId, uint64 retireAt) returns()
func (proofOfLogits *ProofOfLogits) PackRetireModel(modelId uint32, retireAt uint64) []byte {
	enc, err := proofOfLogits.abi.Pack("retireModel", modelId, retireAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetireModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c2b7e80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retireModel(uint32 modelId, uint64 retireAt) returns()
func (proofOfLogits *ProofOfLogits) TryPackRetireModel(modelId uint32, retireAt uint64) ([]byte, error) {
	return proofOfLogits.abi.Pack("retireModel", modelId, retireAt)
}

// PackRevealVerdict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b8d16d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealVerdict(bytes32 jobId, uint8 verdict, bytes32 salt, bytes32 evidenceHash) returns()
func (proofOfLogits *ProofOfLogits) PackRevealVerdict(jobId [32]byte, verdict uint8, salt [32]byte, evidenceHash [32]byte) []byte {
	enc, err := proofOfLogits.abi.Pack("revealVerdict", jobId, verdict, salt, evidenceHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealVerdict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b8d16d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealVerdict(bytes32 jobId, uint8 verdict, bytes32 salt, bytes32 evidenceHash) returns()
func (proofOfLogits *ProofOfLogits) TryPackRevealVerdict(jobId [32]byte, verdict uint8, salt [32]byte, evidenceHash [32]byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("revealVerdict", jobId, verdict, salt, evidenceHash)
}

// PackRewardPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66666aa9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardPool() view returns(uint256)
func (proofOfLogits *ProofOfLogits) PackRewardPool() []byte {
	enc, err := proofOfLogits.abi.Pack("rewardPool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66666aa9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardPool() view returns(uint256)
func (proofOfLogits *ProofOfLogits) TryPackRewardPool() ([]byte, error) {
	return proofOfLogits.abi.Pack("rewardPool")
}

// UnpackRewardPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66666aa9.
//
// Solidity: function rewardPool() view returns(uint256)
func (proofOfLogits *ProofOfLogits) UnpackRewardPool(data []byte) (*big.Int, error) {
	out, err := proofOfLogits.abi.Unpack("rewardPool", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x987757dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(bytes32 jobId) returns()
func (proofOfLogits *ProofOfLogits) PackSettle(jobId [32]byte) []byte {
	enc, err := proofOfLogits.abi.Pack("settle", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x987757dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(bytes32 jobId) returns()
func (proofOfLogits *ProofOfLogits) TryPackSettle(jobId [32]byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("settle", jobId)
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82dbe015.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(uint8 role, uint32 modelId) payable returns()
func (proofOfLogits *ProofOfLogits) PackStake(role uint8, modelId uint32) []byte {
	enc, err := proofOfLogits.abi.Pack("stake", role, modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82dbe015.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(uint8 role, uint32 modelId) payable returns()
func (proofOfLogits *ProofOfLogits) TryPackStake(role uint8, modelId uint32) ([]byte, error) {
	return proofOfLogits.abi.Pack("stake", role, modelId)
}

// PackSubmitJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a291414.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitJob(uint32 modelId, uint32 expectedVersion, bytes32 promptHash, uint32 maxTokens, (uint32,uint32,uint32,bytes32) sampler, uint64 deadline) payable returns(bytes32 jobId)
func (proofOfLogits *ProofOfLogits) PackSubmitJob(modelId uint32, expectedVersion uint32, promptHash [32]byte, maxTokens uint32, sampler IProofOfLogitsSampler, deadline uint64) []byte {
	enc, err := proofOfLogits.abi.Pack("submitJob", modelId, expectedVersion, promptHash, maxTokens, sampler, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a291414.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitJob(uint32 modelId, uint32 expectedVersion, bytes32 promptHash, uint32 maxTokens, (uint32,uint32,uint32,bytes32) sampler, uint64 deadline) payable returns(bytes32 jobId)
func (proofOfLogits *ProofOfLogits) TryPackSubmitJob(modelId uint32, expectedVersion uint32, promptHash [32]byte, maxTokens uint32, sampler IProofOfLogitsSampler, deadline uint64) ([]byte, error) {
	return proofOfLogits.abi.Pack("submitJob", modelId, expectedVersion, promptHash, maxTokens, sampler, deadline)
}

// UnpackSubmitJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a291414.
//
// Solidity: function submitJob(uint32 modelId, uint32 expectedVersion, bytes32 promptHash, uint32 maxTokens, (uint32,uint32,uint32,bytes32) sampler, uint64 deadline) payable returns(bytes32 jobId)
func (proofOfLogits *ProofOfLogits) UnpackSubmitJob(data []byte) ([32]byte, error) {
	out, err := proofOfLogits.abi.Unpack("submitJob", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUpdateThresholds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x208f58f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateThresholds(uint32 modelId, (uint32,uint32,uint64,uint64,uint64,uint16,uint32)[] th) returns()
func (proofOfLogits *ProofOfLogits) PackUpdateThresholds(modelId uint32, th []IProofOfLogitsThresholds) []byte {
	enc, err := proofOfLogits.abi.Pack("updateThresholds", modelId, th)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateThresholds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x208f58f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateThresholds(uint32 modelId, (uint32,uint32,uint64,uint64,uint64,uint16,uint32)[] th) returns()
func (proofOfLogits *ProofOfLogits) TryPackUpdateThresholds(modelId uint32, th []IProofOfLogitsThresholds) ([]byte, error) {
	return proofOfLogits.abi.Pack("updateThresholds", modelId, th)
}

// PackVerdictCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa601873c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verdictCommitment(bytes32 jobId, address member, uint8 verdict, bytes32 salt, bytes32 evidenceHash) pure returns(bytes32)
func (proofOfLogits *ProofOfLogits) PackVerdictCommitment(jobId [32]byte, member common.Address, verdict uint8, salt [32]byte, evidenceHash [32]byte) []byte {
	enc, err := proofOfLogits.abi.Pack("verdictCommitment", jobId, member, verdict, salt, evidenceHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerdictCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa601873c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verdictCommitment(bytes32 jobId, address member, uint8 verdict, bytes32 salt, bytes32 evidenceHash) pure returns(bytes32)
func (proofOfLogits *ProofOfLogits) TryPackVerdictCommitment(jobId [32]byte, member common.Address, verdict uint8, salt [32]byte, evidenceHash [32]byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("verdictCommitment", jobId, member, verdict, salt, evidenceHash)
}

// UnpackVerdictCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa601873c.
//
// Solidity: function verdictCommitment(bytes32 jobId, address member, uint8 verdict, bytes32 salt, bytes32 evidenceHash) pure returns(bytes32)
func (proofOfLogits *ProofOfLogits) UnpackVerdictCommitment(data []byte) ([32]byte, error) {
	out, err := proofOfLogits.abi.Unpack("verdictCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerifyMerkleProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08aebbda.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyMerkleProof(bytes32 root, uint32 n, uint32 index, bytes32 leaf, bytes32[] proof) pure returns(bool)
func (proofOfLogits *ProofOfLogits) PackVerifyMerkleProof(root [32]byte, n uint32, index uint32, leaf [32]byte, proof [][32]byte) []byte {
	enc, err := proofOfLogits.abi.Pack("verifyMerkleProof", root, n, index, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyMerkleProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08aebbda.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyMerkleProof(bytes32 root, uint32 n, uint32 index, bytes32 leaf, bytes32[] proof) pure returns(bool)
func (proofOfLogits *ProofOfLogits) TryPackVerifyMerkleProof(root [32]byte, n uint32, index uint32, leaf [32]byte, proof [][32]byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("verifyMerkleProof", root, n, index, leaf, proof)
}

// UnpackVerifyMerkleProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08aebbda.
//
// Solidity: function verifyMerkleProof(bytes32 root, uint32 n, uint32 index, bytes32 leaf, bytes32[] proof) pure returns(bool)
func (proofOfLogits *ProofOfLogits) UnpackVerifyMerkleProof(data []byte) (bool, error) {
	out, err := proofOfLogits.abi.Unpack("verifyMerkleProof", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyOpening is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2023b3a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyOpening(bytes32 jobId, uint32 index, bytes32 leaf, bytes32[] proof) view returns(bool)
func (proofOfLogits *ProofOfLogits) PackVerifyOpening(jobId [32]byte, index uint32, leaf [32]byte, proof [][32]byte) []byte {
	enc, err := proofOfLogits.abi.Pack("verifyOpening", jobId, index, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyOpening is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2023b3a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyOpening(bytes32 jobId, uint32 index, bytes32 leaf, bytes32[] proof) view returns(bool)
func (proofOfLogits *ProofOfLogits) TryPackVerifyOpening(jobId [32]byte, index uint32, leaf [32]byte, proof [][32]byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("verifyOpening", jobId, index, leaf, proof)
}

// UnpackVerifyOpening is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2023b3a1.
//
// Solidity: function verifyOpening(bytes32 jobId, uint32 index, bytes32 leaf, bytes32[] proof) view returns(bool)
func (proofOfLogits *ProofOfLogits) UnpackVerifyOpening(data []byte) (bool, error) {
	out, err := proofOfLogits.abi.Unpack("verifyOpening", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (proofOfLogits *ProofOfLogits) PackWithdraw() []byte {
	enc, err := proofOfLogits.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (proofOfLogits *ProofOfLogits) TryPackWithdraw() ([]byte, error) {
	return proofOfLogits.abi.Pack("withdraw")
}

// ProofOfLogitsAttested represents a Attested event raised by the ProofOfLogits contract.
type ProofOfLogitsAttested struct {
	JobId        [32]byte
	Validator    common.Address
	Verdict      uint8
	EvidenceHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsAttestedEventName = "Attested"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsAttested) ContractEventName() string {
	return ProofOfLogitsAttestedEventName
}

// UnpackAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Attested(bytes32 indexed jobId, address indexed validator, uint8 verdict, bytes32 evidenceHash)
func (proofOfLogits *ProofOfLogits) UnpackAttestedEvent(log *types.Log) (*ProofOfLogitsAttested, error) {
	event := "Attested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsAttested)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsClaimReleased represents a ClaimReleased event raised by the ProofOfLogits contract.
type ProofOfLogitsClaimReleased struct {
	JobId [32]byte
	Miner common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsClaimReleasedEventName = "ClaimReleased"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsClaimReleased) ContractEventName() string {
	return ProofOfLogitsClaimReleasedEventName
}

// UnpackClaimReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimReleased(bytes32 indexed jobId, address indexed miner)
func (proofOfLogits *ProofOfLogits) UnpackClaimReleasedEvent(log *types.Log) (*ProofOfLogitsClaimReleased, error) {
	event := "ClaimReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsClaimReleased)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsCommitteeDrawn represents a CommitteeDrawn event raised by the ProofOfLogits contract.
type ProofOfLogitsCommitteeDrawn struct {
	JobId   [32]byte
	Seed    [32]byte
	Members []common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsCommitteeDrawnEventName = "CommitteeDrawn"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsCommitteeDrawn) ContractEventName() string {
	return ProofOfLogitsCommitteeDrawnEventName
}

// UnpackCommitteeDrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeDrawn(bytes32 indexed jobId, bytes32 seed, address[] members)
func (proofOfLogits *ProofOfLogits) UnpackCommitteeDrawnEvent(log *types.Log) (*ProofOfLogitsCommitteeDrawn, error) {
	event := "CommitteeDrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsCommitteeDrawn)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsEscalationDrawn represents a EscalationDrawn event raised by the ProofOfLogits contract.
type ProofOfLogitsEscalationDrawn struct {
	JobId   [32]byte
	Seed    [32]byte
	Members []common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsEscalationDrawnEventName = "EscalationDrawn"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsEscalationDrawn) ContractEventName() string {
	return ProofOfLogitsEscalationDrawnEventName
}

// UnpackEscalationDrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscalationDrawn(bytes32 indexed jobId, bytes32 seed, address[] members)
func (proofOfLogits *ProofOfLogits) UnpackEscalationDrawnEvent(log *types.Log) (*ProofOfLogitsEscalationDrawn, error) {
	event := "EscalationDrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsEscalationDrawn)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsJobCancelled represents a JobCancelled event raised by the ProofOfLogits contract.
type ProofOfLogitsJobCancelled struct {
	JobId  [32]byte
	Refund *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsJobCancelledEventName = "JobCancelled"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsJobCancelled) ContractEventName() string {
	return ProofOfLogitsJobCancelledEventName
}

// UnpackJobCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCancelled(bytes32 indexed jobId, uint256 refund)
func (proofOfLogits *ProofOfLogits) UnpackJobCancelledEvent(log *types.Log) (*ProofOfLogitsJobCancelled, error) {
	event := "JobCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsJobCancelled)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsJobClaimed represents a JobClaimed event raised by the ProofOfLogits contract.
type ProofOfLogitsJobClaimed struct {
	JobId       [32]byte
	Miner       common.Address
	ClaimExpiry uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsJobClaimedEventName = "JobClaimed"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsJobClaimed) ContractEventName() string {
	return ProofOfLogitsJobClaimedEventName
}

// UnpackJobClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobClaimed(bytes32 indexed jobId, address indexed miner, uint64 claimExpiry)
func (proofOfLogits *ProofOfLogits) UnpackJobClaimedEvent(log *types.Log) (*ProofOfLogitsJobClaimed, error) {
	event := "JobClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsJobClaimed)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsJobCommitted represents a JobCommitted event raised by the ProofOfLogits contract.
type ProofOfLogitsJobCommitted struct {
	JobId      [32]byte
	Miner      common.Address
	Root       [32]byte
	N          uint32
	TokensHash [32]byte
	SeedBlock  uint64
	Output     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsJobCommittedEventName = "JobCommitted"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsJobCommitted) ContractEventName() string {
	return ProofOfLogitsJobCommittedEventName
}

// UnpackJobCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCommitted(bytes32 indexed jobId, address indexed miner, bytes32 root, uint32 n, bytes32 tokensHash, uint64 seedBlock, bytes output)
func (proofOfLogits *ProofOfLogits) UnpackJobCommittedEvent(log *types.Log) (*ProofOfLogitsJobCommitted, error) {
	event := "JobCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsJobCommitted)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsJobEscalated represents a JobEscalated event raised by the ProofOfLogits contract.
type ProofOfLogitsJobEscalated struct {
	JobId     [32]byte
	SeedBlock uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsJobEscalatedEventName = "JobEscalated"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsJobEscalated) ContractEventName() string {
	return ProofOfLogitsJobEscalatedEventName
}

// UnpackJobEscalatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobEscalated(bytes32 indexed jobId, uint64 seedBlock)
func (proofOfLogits *ProofOfLogits) UnpackJobEscalatedEvent(log *types.Log) (*ProofOfLogitsJobEscalated, error) {
	event := "JobEscalated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsJobEscalated)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsJobSettled represents a JobSettled event raised by the ProofOfLogits contract.
type ProofOfLogitsJobSettled struct {
	JobId       [32]byte
	Outcome     uint8
	MinerPayout *big.Int
	VoterReward *big.Int
	MinerSlash  *big.Int
	Refund      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsJobSettledEventName = "JobSettled"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsJobSettled) ContractEventName() string {
	return ProofOfLogitsJobSettledEventName
}

// UnpackJobSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobSettled(bytes32 indexed jobId, uint8 outcome, uint256 minerPayout, uint256 voterReward, uint256 minerSlash, uint256 refund)
func (proofOfLogits *ProofOfLogits) UnpackJobSettledEvent(log *types.Log) (*ProofOfLogitsJobSettled, error) {
	event := "JobSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsJobSettled)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsJobSubmitted represents a JobSubmitted event raised by the ProofOfLogits contract.
type ProofOfLogitsJobSubmitted struct {
	JobId             [32]byte
	Requester         common.Address
	ModelId           uint32
	ThresholdsVersion uint32
	PromptHash        [32]byte
	MaxTokens         uint32
	Sampler           IProofOfLogitsSampler
	Deadline          uint64
	Fee               *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsJobSubmittedEventName = "JobSubmitted"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsJobSubmitted) ContractEventName() string {
	return ProofOfLogitsJobSubmittedEventName
}

// UnpackJobSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobSubmitted(bytes32 indexed jobId, address indexed requester, uint32 indexed modelId, uint32 thresholdsVersion, bytes32 promptHash, uint32 maxTokens, (uint32,uint32,uint32,bytes32) sampler, uint64 deadline, uint256 fee)
func (proofOfLogits *ProofOfLogits) UnpackJobSubmittedEvent(log *types.Log) (*ProofOfLogitsJobSubmitted, error) {
	event := "JobSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsJobSubmitted)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsModelRegistered represents a ModelRegistered event raised by the ProofOfLogits contract.
type ProofOfLogitsModelRegistered struct {
	ModelId     uint32
	WeightsHash [32]byte
	Thresholds  []IProofOfLogitsThresholds
	Raw         *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsModelRegistered) ContractEventName() string {
	return ProofOfLogitsModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(uint32 indexed modelId, bytes32 weightsHash, (uint32,uint32,uint64,uint64,uint64,uint16,uint32)[] thresholds)
func (proofOfLogits *ProofOfLogits) UnpackModelRegisteredEvent(log *types.Log) (*ProofOfLogitsModelRegistered, error) {
	event := "ModelRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsModelRegistered)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsModelRetired represents a ModelRetired event raised by the ProofOfLogits contract.
type ProofOfLogitsModelRetired struct {
	ModelId  uint32
	RetireAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsModelRetiredEventName = "ModelRetired"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsModelRetired) ContractEventName() string {
	return ProofOfLogitsModelRetiredEventName
}

// UnpackModelRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRetired(uint32 indexed modelId, uint64 retireAt)
func (proofOfLogits *ProofOfLogits) UnpackModelRetiredEvent(log *types.Log) (*ProofOfLogitsModelRetired, error) {
	event := "ModelRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsModelRetired)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsRewardsFunded represents a RewardsFunded event raised by the ProofOfLogits contract.
type ProofOfLogitsRewardsFunded struct {
	From       common.Address
	Amount     *big.Int
	RewardPool *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsRewardsFundedEventName = "RewardsFunded"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsRewardsFunded) ContractEventName() string {
	return ProofOfLogitsRewardsFundedEventName
}

// UnpackRewardsFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardsFunded(address indexed from, uint256 amount, uint256 rewardPool)
func (proofOfLogits *ProofOfLogits) UnpackRewardsFundedEvent(log *types.Log) (*ProofOfLogitsRewardsFunded, error) {
	event := "RewardsFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsRewardsFunded)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsSlashed represents a Slashed event raised by the ProofOfLogits contract.
type ProofOfLogitsSlashed struct {
	Account common.Address
	JobId   [32]byte
	Amount  *big.Int
	Stake   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsSlashed) ContractEventName() string {
	return ProofOfLogitsSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed account, bytes32 indexed jobId, uint256 amount, uint256 stake)
func (proofOfLogits *ProofOfLogits) UnpackSlashedEvent(log *types.Log) (*ProofOfLogitsSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsSlashed)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsStaked represents a Staked event raised by the ProofOfLogits contract.
type ProofOfLogitsStaked struct {
	Account common.Address
	Role    uint8
	Amount  *big.Int
	Stake   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsStaked) ContractEventName() string {
	return ProofOfLogitsStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed account, uint8 role, uint256 amount, uint256 stake)
func (proofOfLogits *ProofOfLogits) UnpackStakedEvent(log *types.Log) (*ProofOfLogitsStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsStaked)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsThresholdsUpdated represents a ThresholdsUpdated event raised by the ProofOfLogits contract.
type ProofOfLogitsThresholdsUpdated struct {
	ModelId    uint32
	Thresholds []IProofOfLogitsThresholds
	ActiveFrom uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsThresholdsUpdatedEventName = "ThresholdsUpdated"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsThresholdsUpdated) ContractEventName() string {
	return ProofOfLogitsThresholdsUpdatedEventName
}

// UnpackThresholdsUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ThresholdsUpdated(uint32 indexed modelId, (uint32,uint32,uint64,uint64,uint64,uint16,uint32)[] thresholds, uint64 activeFrom)
func (proofOfLogits *ProofOfLogits) UnpackThresholdsUpdatedEvent(log *types.Log) (*ProofOfLogitsThresholdsUpdated, error) {
	event := "ThresholdsUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsThresholdsUpdated)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsUnbondRequested represents a UnbondRequested event raised by the ProofOfLogits contract.
type ProofOfLogitsUnbondRequested struct {
	Account common.Address
	Amount  *big.Int
	Stake   *big.Int
	ReadyAt uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsUnbondRequestedEventName = "UnbondRequested"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsUnbondRequested) ContractEventName() string {
	return ProofOfLogitsUnbondRequestedEventName
}

// UnpackUnbondRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondRequested(address indexed account, uint256 amount, uint256 stake, uint64 readyAt)
func (proofOfLogits *ProofOfLogits) UnpackUnbondRequestedEvent(log *types.Log) (*ProofOfLogitsUnbondRequested, error) {
	event := "UnbondRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsUnbondRequested)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsValidatorAdded represents a ValidatorAdded event raised by the ProofOfLogits contract.
type ProofOfLogitsValidatorAdded struct {
	Validator common.Address
	Index     uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsValidatorAddedEventName = "ValidatorAdded"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsValidatorAdded) ContractEventName() string {
	return ProofOfLogitsValidatorAddedEventName
}

// UnpackValidatorAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorAdded(address indexed validator, uint8 index)
func (proofOfLogits *ProofOfLogits) UnpackValidatorAddedEvent(log *types.Log) (*ProofOfLogitsValidatorAdded, error) {
	event := "ValidatorAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsValidatorAdded)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsValidatorRemoved represents a ValidatorRemoved event raised by the ProofOfLogits contract.
type ProofOfLogitsValidatorRemoved struct {
	Validator common.Address
	Index     uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsValidatorRemovedEventName = "ValidatorRemoved"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsValidatorRemoved) ContractEventName() string {
	return ProofOfLogitsValidatorRemovedEventName
}

// UnpackValidatorRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorRemoved(address indexed validator, uint8 index)
func (proofOfLogits *ProofOfLogits) UnpackValidatorRemovedEvent(log *types.Log) (*ProofOfLogitsValidatorRemoved, error) {
	event := "ValidatorRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsValidatorRemoved)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsVerdictCommitted represents a VerdictCommitted event raised by the ProofOfLogits contract.
type ProofOfLogitsVerdictCommitted struct {
	JobId  [32]byte
	Member common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsVerdictCommittedEventName = "VerdictCommitted"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsVerdictCommitted) ContractEventName() string {
	return ProofOfLogitsVerdictCommittedEventName
}

// UnpackVerdictCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerdictCommitted(bytes32 indexed jobId, address indexed member)
func (proofOfLogits *ProofOfLogits) UnpackVerdictCommittedEvent(log *types.Log) (*ProofOfLogitsVerdictCommitted, error) {
	event := "VerdictCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsVerdictCommitted)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProofOfLogitsWithdrawn represents a Withdrawn event raised by the ProofOfLogits contract.
type ProofOfLogitsWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProofOfLogitsWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (ProofOfLogitsWithdrawn) ContractEventName() string {
	return ProofOfLogitsWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (proofOfLogits *ProofOfLogits) UnpackWithdrawnEvent(log *types.Log) (*ProofOfLogitsWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != proofOfLogits.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProofOfLogitsWithdrawn)
	if len(log.Data) > 0 {
		if err := proofOfLogits.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range proofOfLogits.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (proofOfLogits *ProofOfLogits) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["AttestWindowClosed"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackAttestWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["BadThresholdsVersion"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackBadThresholdsVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["BeyondSpan"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackBeyondSpanError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["ClaimedByOther"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackClaimedByOtherError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["CommitteeAlreadyDrawn"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackCommitteeAlreadyDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["CommitteeNotDrawn"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackCommitteeNotDrawnError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["DeadlineInPast"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackDeadlineInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["FeeTooLow"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackFeeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["HeaderMismatch"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackHeaderMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["InsufficientFreeStake"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackInsufficientFreeStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["InvalidLength"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackInvalidLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["InvalidParams"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackInvalidParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["InvalidThresholds"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackInvalidThresholdsError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["InvalidVerdict"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackInvalidVerdictError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["MalformedHeader"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackMalformedHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["ModelIsRetired"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackModelIsRetiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["ModelMismatch"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackModelMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["NotCancellable"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackNotCancellableError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["NotClaimHolder"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackNotClaimHolderError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["NotCommitted"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["NotCommitteeMember"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackNotCommitteeMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["NotEnoughValidators"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackNotEnoughValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["OutputLengthMismatch"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackOutputLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["PendingDuties"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackPendingDutiesError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["ProfileNotAdmitted"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackProfileNotAdmittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["ReleasedByCaller"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackReleasedByCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["RetireInPast"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackRetireInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["RevealWindowClosed"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackRevealWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["RevealWindowNotOpen"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackRevealWindowNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["RevealWindowOpen"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackRevealWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["RoleMismatch"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackRoleMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["SeedNotReady"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackSeedNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["SeedUnavailable"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackSeedUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["StakeBelowMinimum"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackStakeBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["StakeChangeTooSoon"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackStakeChangeTooSoonError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["ThresholdsPending"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackThresholdsPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["UnbondingNotReady"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackUnbondingNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["UnknownJob"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackUnknownJobError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["UnknownModel"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackUnknownModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["ValidatorSetFull"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackValidatorSetFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["ValueTooLarge"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackValueTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["VersionMismatch"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackVersionMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["WrongStatus"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackWrongStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["ZeroValue"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackZeroValueError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProofOfLogitsAlreadyClaimed represents a AlreadyClaimed error raised by the ProofOfLogits contract.
type ProofOfLogitsAlreadyClaimed struct {
	ClaimExpiry uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(uint64 claimExpiry)
func ProofOfLogitsAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0x15afccb098214bc2da539fc1272f6dc1b7b482b6c9b3e925524db4bc79e5e2ec")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(uint64 claimExpiry)
func (proofOfLogits *ProofOfLogits) UnpackAlreadyClaimedError(raw []byte) (*ProofOfLogitsAlreadyClaimed, error) {
	out := new(ProofOfLogitsAlreadyClaimed)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsAlreadyCommitted represents a AlreadyCommitted error raised by the ProofOfLogits contract.
type ProofOfLogitsAlreadyCommitted struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(address member)
func ProofOfLogitsAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0x64dbd987f6cb599be46d19d394225756320bb7f85059e84e253b1f93ae527082")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(address member)
func (proofOfLogits *ProofOfLogits) UnpackAlreadyCommittedError(raw []byte) (*ProofOfLogitsAlreadyCommitted, error) {
	out := new(ProofOfLogitsAlreadyCommitted)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsAlreadyRevealed represents a AlreadyRevealed error raised by the ProofOfLogits contract.
type ProofOfLogitsAlreadyRevealed struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(address member)
func ProofOfLogitsAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0x879d3b85f67d54a569eebb39ba15edd485714509d4cbd11bc10f237546672249")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(address member)
func (proofOfLogits *ProofOfLogits) UnpackAlreadyRevealedError(raw []byte) (*ProofOfLogitsAlreadyRevealed, error) {
	out := new(ProofOfLogitsAlreadyRevealed)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsAttestWindowClosed represents a AttestWindowClosed error raised by the ProofOfLogits contract.
type ProofOfLogitsAttestWindowClosed struct {
	LastBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestWindowClosed(uint64 lastBlock)
func ProofOfLogitsAttestWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xc5c1828bc2282e5a33b96ced4626f6504eadca1c20e4e697081999c7819ae28b")
}

// UnpackAttestWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestWindowClosed(uint64 lastBlock)
func (proofOfLogits *ProofOfLogits) UnpackAttestWindowClosedError(raw []byte) (*ProofOfLogitsAttestWindowClosed, error) {
	out := new(ProofOfLogitsAttestWindowClosed)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "AttestWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsBadThresholdsVersion represents a BadThresholdsVersion error raised by the ProofOfLogits contract.
type ProofOfLogitsBadThresholdsVersion struct {
	Expected uint32
	Got      uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadThresholdsVersion(uint32 expected, uint32 got)
func ProofOfLogitsBadThresholdsVersionErrorID() common.Hash {
	return common.HexToHash("0x92bdf65a2725365f0b796f9195b95aea04ab37a8f928aa863abbfc1f5da6335e")
}

// UnpackBadThresholdsVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadThresholdsVersion(uint32 expected, uint32 got)
func (proofOfLogits *ProofOfLogits) UnpackBadThresholdsVersionError(raw []byte) (*ProofOfLogitsBadThresholdsVersion, error) {
	out := new(ProofOfLogitsBadThresholdsVersion)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "BadThresholdsVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsBeyondSpan represents a BeyondSpan error raised by the ProofOfLogits contract.
type ProofOfLogitsBeyondSpan struct {
	MaxTokens uint32
	Span      uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BeyondSpan(uint32 maxTokens, uint32 span)
func ProofOfLogitsBeyondSpanErrorID() common.Hash {
	return common.HexToHash("0x8b418874aee9e1db467d97696a6c24bf161ee0f60235391a34729e4d2dfa95bd")
}

// UnpackBeyondSpanError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BeyondSpan(uint32 maxTokens, uint32 span)
func (proofOfLogits *ProofOfLogits) UnpackBeyondSpanError(raw []byte) (*ProofOfLogitsBeyondSpan, error) {
	out := new(ProofOfLogitsBeyondSpan)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "BeyondSpan", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsClaimedByOther represents a ClaimedByOther error raised by the ProofOfLogits contract.
type ProofOfLogitsClaimedByOther struct {
	Miner       common.Address
	ClaimExpiry uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimedByOther(address miner, uint64 claimExpiry)
func ProofOfLogitsClaimedByOtherErrorID() common.Hash {
	return common.HexToHash("0x6f37d066ccb9778330486069ba259c5a2323c71805c44f91591ea03e7cbbc6eb")
}

// UnpackClaimedByOtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimedByOther(address miner, uint64 claimExpiry)
func (proofOfLogits *ProofOfLogits) UnpackClaimedByOtherError(raw []byte) (*ProofOfLogitsClaimedByOther, error) {
	out := new(ProofOfLogitsClaimedByOther)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "ClaimedByOther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsCommitmentMismatch represents a CommitmentMismatch error raised by the ProofOfLogits contract.
type ProofOfLogitsCommitmentMismatch struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(address member)
func ProofOfLogitsCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x9caca5ebe2eeede0946b926146938fb21e94499a3bf79364d77608db6a554960")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(address member)
func (proofOfLogits *ProofOfLogits) UnpackCommitmentMismatchError(raw []byte) (*ProofOfLogitsCommitmentMismatch, error) {
	out := new(ProofOfLogitsCommitmentMismatch)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsCommitteeAlreadyDrawn represents a CommitteeAlreadyDrawn error raised by the ProofOfLogits contract.
type ProofOfLogitsCommitteeAlreadyDrawn struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeAlreadyDrawn(bytes32 jobId)
func ProofOfLogitsCommitteeAlreadyDrawnErrorID() common.Hash {
	return common.HexToHash("0x1a55ae5dc36f7059fee9bfc04835af13e78f15deea712f5ec3bcfdc3981e3b82")
}

// UnpackCommitteeAlreadyDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeAlreadyDrawn(bytes32 jobId)
func (proofOfLogits *ProofOfLogits) UnpackCommitteeAlreadyDrawnError(raw []byte) (*ProofOfLogitsCommitteeAlreadyDrawn, error) {
	out := new(ProofOfLogitsCommitteeAlreadyDrawn)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "CommitteeAlreadyDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsCommitteeNotDrawn represents a CommitteeNotDrawn error raised by the ProofOfLogits contract.
type ProofOfLogitsCommitteeNotDrawn struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeNotDrawn(bytes32 jobId)
func ProofOfLogitsCommitteeNotDrawnErrorID() common.Hash {
	return common.HexToHash("0x110a84e53f9bb7a1be947f07d00601590d377eea954cc4b745fa3e9be29fd9d5")
}

// UnpackCommitteeNotDrawnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeNotDrawn(bytes32 jobId)
func (proofOfLogits *ProofOfLogits) UnpackCommitteeNotDrawnError(raw []byte) (*ProofOfLogitsCommitteeNotDrawn, error) {
	out := new(ProofOfLogitsCommitteeNotDrawn)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "CommitteeNotDrawn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsDeadlineInPast represents a DeadlineInPast error raised by the ProofOfLogits contract.
type ProofOfLogitsDeadlineInPast struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineInPast(uint64 deadline)
func ProofOfLogitsDeadlineInPastErrorID() common.Hash {
	return common.HexToHash("0x211baed76e26193771f22012dceefc5bdd40cbb8ace8387e738f09c10ce69f11")
}

// UnpackDeadlineInPastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineInPast(uint64 deadline)
func (proofOfLogits *ProofOfLogits) UnpackDeadlineInPastError(raw []byte) (*ProofOfLogitsDeadlineInPast, error) {
	out := new(ProofOfLogitsDeadlineInPast)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "DeadlineInPast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsDeadlinePassed represents a DeadlinePassed error raised by the ProofOfLogits contract.
type ProofOfLogitsDeadlinePassed struct {
	JobId    [32]byte
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(bytes32 jobId, uint64 deadline)
func ProofOfLogitsDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x7fa0676986e96df6df7f0cfd5fe9b021f5a9683273c3f282474726464dbe9f8f")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(bytes32 jobId, uint64 deadline)
func (proofOfLogits *ProofOfLogits) UnpackDeadlinePassedError(raw []byte) (*ProofOfLogitsDeadlinePassed, error) {
	out := new(ProofOfLogitsDeadlinePassed)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsFeeTooLow represents a FeeTooLow error raised by the ProofOfLogits contract.
type ProofOfLogitsFeeTooLow struct {
	Fee    *big.Int
	MinFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooLow(uint256 fee, uint256 minFee)
func ProofOfLogitsFeeTooLowErrorID() common.Hash {
	return common.HexToHash("0xf04f3db281357fe66c8cdb6010552fb4fc5fa45b6647fc12b290172e5583e248")
}

// UnpackFeeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooLow(uint256 fee, uint256 minFee)
func (proofOfLogits *ProofOfLogits) UnpackFeeTooLowError(raw []byte) (*ProofOfLogitsFeeTooLow, error) {
	out := new(ProofOfLogitsFeeTooLow)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "FeeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsHeaderMismatch represents a HeaderMismatch error raised by the ProofOfLogits contract.
type ProofOfLogitsHeaderMismatch struct {
	SeedBlock  uint64
	BlockHash  [32]byte
	HeaderHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeaderMismatch(uint64 seedBlock, bytes32 blockHash, bytes32 headerHash)
func ProofOfLogitsHeaderMismatchErrorID() common.Hash {
	return common.HexToHash("0xfe5351b0df71741811535bb958aa8ab6e666e30e6bb79702cbf51eae396673ac")
}

// UnpackHeaderMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeaderMismatch(uint64 seedBlock, bytes32 blockHash, bytes32 headerHash)
func (proofOfLogits *ProofOfLogits) UnpackHeaderMismatchError(raw []byte) (*ProofOfLogitsHeaderMismatch, error) {
	out := new(ProofOfLogitsHeaderMismatch)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "HeaderMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsInsufficientFreeStake represents a InsufficientFreeStake error raised by the ProofOfLogits contract.
type ProofOfLogitsInsufficientFreeStake struct {
	Free     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFreeStake(uint256 free, uint256 required)
func ProofOfLogitsInsufficientFreeStakeErrorID() common.Hash {
	return common.HexToHash("0x802f3a423cea712dbebecc8f1c7ad9a357d722179ad2025178cd6f812e465c77")
}

// UnpackInsufficientFreeStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFreeStake(uint256 free, uint256 required)
func (proofOfLogits *ProofOfLogits) UnpackInsufficientFreeStakeError(raw []byte) (*ProofOfLogitsInsufficientFreeStake, error) {
	out := new(ProofOfLogitsInsufficientFreeStake)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "InsufficientFreeStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsInsufficientStake represents a InsufficientStake error raised by the ProofOfLogits contract.
type ProofOfLogitsInsufficientStake struct {
	Stake     *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 requested)
func ProofOfLogitsInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 stake, uint256 requested)
func (proofOfLogits *ProofOfLogits) UnpackInsufficientStakeError(raw []byte) (*ProofOfLogitsInsufficientStake, error) {
	out := new(ProofOfLogitsInsufficientStake)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsInvalidLength represents a InvalidLength error raised by the ProofOfLogits contract.
type ProofOfLogitsInvalidLength struct {
	N         uint32
	MaxTokens uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLength(uint32 n, uint32 maxTokens)
func ProofOfLogitsInvalidLengthErrorID() common.Hash {
	return common.HexToHash("0xa7266b6a854e277d8c2e82133149d4d658de72d7862e36cabbd7a556517c9781")
}

// UnpackInvalidLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLength(uint32 n, uint32 maxTokens)
func (proofOfLogits *ProofOfLogits) UnpackInvalidLengthError(raw []byte) (*ProofOfLogitsInvalidLength, error) {
	out := new(ProofOfLogitsInvalidLength)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "InvalidLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsInvalidParams represents a InvalidParams error raised by the ProofOfLogits contract.
type ProofOfLogitsInvalidParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParams()
func ProofOfLogitsInvalidParamsErrorID() common.Hash {
	return common.HexToHash("0xa86b65120b98ec2b50fcad62782dbb454a5c0604e0cf2db01fd94e5048d895b9")
}

// UnpackInvalidParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParams()
func (proofOfLogits *ProofOfLogits) UnpackInvalidParamsError(raw []byte) (*ProofOfLogitsInvalidParams, error) {
	out := new(ProofOfLogitsInvalidParams)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "InvalidParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsInvalidThresholds represents a InvalidThresholds error raised by the ProofOfLogits contract.
type ProofOfLogitsInvalidThresholds struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidThresholds()
func ProofOfLogitsInvalidThresholdsErrorID() common.Hash {
	return common.HexToHash("0x5d06112681b77102707d3c50d326dccd40a09e8987614a9d4aded346752d1e0c")
}

// UnpackInvalidThresholdsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidThresholds()
func (proofOfLogits *ProofOfLogits) UnpackInvalidThresholdsError(raw []byte) (*ProofOfLogitsInvalidThresholds, error) {
	out := new(ProofOfLogitsInvalidThresholds)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "InvalidThresholds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsInvalidVerdict represents a InvalidVerdict error raised by the ProofOfLogits contract.
type ProofOfLogitsInvalidVerdict struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidVerdict()
func ProofOfLogitsInvalidVerdictErrorID() common.Hash {
	return common.HexToHash("0xfbcebe72504321d8e4b896a287f6f8fc7256fbc8f62b058a6324626ae4f66cd6")
}

// UnpackInvalidVerdictError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidVerdict()
func (proofOfLogits *ProofOfLogits) UnpackInvalidVerdictError(raw []byte) (*ProofOfLogitsInvalidVerdict, error) {
	out := new(ProofOfLogitsInvalidVerdict)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "InvalidVerdict", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsMalformedHeader represents a MalformedHeader error raised by the ProofOfLogits contract.
type ProofOfLogitsMalformedHeader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedHeader()
func ProofOfLogitsMalformedHeaderErrorID() common.Hash {
	return common.HexToHash("0x34ea3f6ee72990850ba14992e1ca7072114ad0ff043c3976a3ed651411aa9d8c")
}

// UnpackMalformedHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedHeader()
func (proofOfLogits *ProofOfLogits) UnpackMalformedHeaderError(raw []byte) (*ProofOfLogitsMalformedHeader, error) {
	out := new(ProofOfLogitsMalformedHeader)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "MalformedHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsModelIsRetired represents a ModelIsRetired error raised by the ProofOfLogits contract.
type ProofOfLogitsModelIsRetired struct {
	ModelId  uint32
	RetireAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelIsRetired(uint32 modelId, uint64 retireAt)
func ProofOfLogitsModelIsRetiredErrorID() common.Hash {
	return common.HexToHash("0xa1fabb975ade8b6e57cdd896ce79cbee7b2b4808a3fa69a40b689344c40ddd8f")
}

// UnpackModelIsRetiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelIsRetired(uint32 modelId, uint64 retireAt)
func (proofOfLogits *ProofOfLogits) UnpackModelIsRetiredError(raw []byte) (*ProofOfLogitsModelIsRetired, error) {
	out := new(ProofOfLogitsModelIsRetired)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "ModelIsRetired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsModelMismatch represents a ModelMismatch error raised by the ProofOfLogits contract.
type ProofOfLogitsModelMismatch struct {
	Joined uint16
	Wanted uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelMismatch(uint16 joined, uint16 wanted)
func ProofOfLogitsModelMismatchErrorID() common.Hash {
	return common.HexToHash("0xc4e15320eb70526b70d9c1c9b501956cab114621f1c464d4e639bd715f5d7d5b")
}

// UnpackModelMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelMismatch(uint16 joined, uint16 wanted)
func (proofOfLogits *ProofOfLogits) UnpackModelMismatchError(raw []byte) (*ProofOfLogitsModelMismatch, error) {
	out := new(ProofOfLogitsModelMismatch)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "ModelMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsNotCancellable represents a NotCancellable error raised by the ProofOfLogits contract.
type ProofOfLogitsNotCancellable struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCancellable(bytes32 jobId)
func ProofOfLogitsNotCancellableErrorID() common.Hash {
	return common.HexToHash("0x07e08744c210e4160032763bd5fb617d658d50a3e083302e9c838c8f1001bcb3")
}

// UnpackNotCancellableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCancellable(bytes32 jobId)
func (proofOfLogits *ProofOfLogits) UnpackNotCancellableError(raw []byte) (*ProofOfLogitsNotCancellable, error) {
	out := new(ProofOfLogitsNotCancellable)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "NotCancellable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsNotClaimHolder represents a NotClaimHolder error raised by the ProofOfLogits contract.
type ProofOfLogitsNotClaimHolder struct {
	Miner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotClaimHolder(address miner)
func ProofOfLogitsNotClaimHolderErrorID() common.Hash {
	return common.HexToHash("0x74ca2bb39bf7362949e2b8fdc0aeda52645d0008e7d91ecf789105e42eeb3bfa")
}

// UnpackNotClaimHolderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotClaimHolder(address miner)
func (proofOfLogits *ProofOfLogits) UnpackNotClaimHolderError(raw []byte) (*ProofOfLogitsNotClaimHolder, error) {
	out := new(ProofOfLogitsNotClaimHolder)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "NotClaimHolder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsNotCommitted represents a NotCommitted error raised by the ProofOfLogits contract.
type ProofOfLogitsNotCommitted struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitted(address member)
func ProofOfLogitsNotCommittedErrorID() common.Hash {
	return common.HexToHash("0xee0e2429c471979336bcba033d49942cbe569f41df2474cfafc7ff21b399748a")
}

// UnpackNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitted(address member)
func (proofOfLogits *ProofOfLogits) UnpackNotCommittedError(raw []byte) (*ProofOfLogitsNotCommitted, error) {
	out := new(ProofOfLogitsNotCommitted)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "NotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsNotCommitteeMember represents a NotCommitteeMember error raised by the ProofOfLogits contract.
type ProofOfLogitsNotCommitteeMember struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitteeMember(address caller)
func ProofOfLogitsNotCommitteeMemberErrorID() common.Hash {
	return common.HexToHash("0x7e91740cd3897f03ed03b87e2fe36400a20104d56e01a500ed9e0ea3858fbe01")
}

// UnpackNotCommitteeMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitteeMember(address caller)
func (proofOfLogits *ProofOfLogits) UnpackNotCommitteeMemberError(raw []byte) (*ProofOfLogitsNotCommitteeMember, error) {
	out := new(ProofOfLogitsNotCommitteeMember)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "NotCommitteeMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsNotEnoughValidators represents a NotEnoughValidators error raised by the ProofOfLogits contract.
type ProofOfLogitsNotEnoughValidators struct {
	Drawn         *big.Int
	CommitteeSize uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughValidators(uint256 drawn, uint8 committeeSize)
func ProofOfLogitsNotEnoughValidatorsErrorID() common.Hash {
	return common.HexToHash("0x69894c6bcc8f86d5285def21632c2aa1f3273989bfa037876fe9cb9b16b76c0b")
}

// UnpackNotEnoughValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughValidators(uint256 drawn, uint8 committeeSize)
func (proofOfLogits *ProofOfLogits) UnpackNotEnoughValidatorsError(raw []byte) (*ProofOfLogitsNotEnoughValidators, error) {
	out := new(ProofOfLogitsNotEnoughValidators)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "NotEnoughValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsNotOwner represents a NotOwner error raised by the ProofOfLogits contract.
type ProofOfLogitsNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func ProofOfLogitsNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (proofOfLogits *ProofOfLogits) UnpackNotOwnerError(raw []byte) (*ProofOfLogitsNotOwner, error) {
	out := new(ProofOfLogitsNotOwner)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsNothingToWithdraw represents a NothingToWithdraw error raised by the ProofOfLogits contract.
type ProofOfLogitsNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func ProofOfLogitsNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (proofOfLogits *ProofOfLogits) UnpackNothingToWithdrawError(raw []byte) (*ProofOfLogitsNothingToWithdraw, error) {
	out := new(ProofOfLogitsNothingToWithdraw)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsOutputLengthMismatch represents a OutputLengthMismatch error raised by the ProofOfLogits contract.
type ProofOfLogitsOutputLengthMismatch struct {
	N            uint32
	OutputLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputLengthMismatch(uint32 n, uint256 outputLength)
func ProofOfLogitsOutputLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x871449d664231e52bbaa3b83a1b5d8b46f0d61fce707de076a71909600e97605")
}

// UnpackOutputLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputLengthMismatch(uint32 n, uint256 outputLength)
func (proofOfLogits *ProofOfLogits) UnpackOutputLengthMismatchError(raw []byte) (*ProofOfLogitsOutputLengthMismatch, error) {
	out := new(ProofOfLogitsOutputLengthMismatch)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "OutputLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsPendingDuties represents a PendingDuties error raised by the ProofOfLogits contract.
type ProofOfLogitsPendingDuties struct {
	Duties uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PendingDuties(uint32 duties)
func ProofOfLogitsPendingDutiesErrorID() common.Hash {
	return common.HexToHash("0x6ec5f56600d430b5047f37d8fdef12649a3d7a0a7aea05e6abd47a7a09a54413")
}

// UnpackPendingDutiesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PendingDuties(uint32 duties)
func (proofOfLogits *ProofOfLogits) UnpackPendingDutiesError(raw []byte) (*ProofOfLogitsPendingDuties, error) {
	out := new(ProofOfLogitsPendingDuties)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "PendingDuties", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsProfileNotAdmitted represents a ProfileNotAdmitted error raised by the ProofOfLogits contract.
type ProofOfLogitsProfileNotAdmitted struct {
	ModelId uint32
	Version uint32
	Profile uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProfileNotAdmitted(uint32 modelId, uint32 version, uint16 profile)
func ProofOfLogitsProfileNotAdmittedErrorID() common.Hash {
	return common.HexToHash("0x2e47659cd2e30fbbab13ef6f997550ec95e2c30b47a125515f314b7dfa30a9cf")
}

// UnpackProfileNotAdmittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProfileNotAdmitted(uint32 modelId, uint32 version, uint16 profile)
func (proofOfLogits *ProofOfLogits) UnpackProfileNotAdmittedError(raw []byte) (*ProofOfLogitsProfileNotAdmitted, error) {
	out := new(ProofOfLogitsProfileNotAdmitted)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "ProfileNotAdmitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the ProofOfLogits contract.
type ProofOfLogitsReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ProofOfLogitsReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (proofOfLogits *ProofOfLogits) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ProofOfLogitsReentrancyGuardReentrantCall, error) {
	out := new(ProofOfLogitsReentrancyGuardReentrantCall)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsReleasedByCaller represents a ReleasedByCaller error raised by the ProofOfLogits contract.
type ProofOfLogitsReleasedByCaller struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReleasedByCaller(bytes32 jobId)
func ProofOfLogitsReleasedByCallerErrorID() common.Hash {
	return common.HexToHash("0x7d61e7a126f7abb7597278f2ec5e3bb4f4c86962191ca11d59906cf12cd3d977")
}

// UnpackReleasedByCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReleasedByCaller(bytes32 jobId)
func (proofOfLogits *ProofOfLogits) UnpackReleasedByCallerError(raw []byte) (*ProofOfLogitsReleasedByCaller, error) {
	out := new(ProofOfLogitsReleasedByCaller)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "ReleasedByCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsRetireInPast represents a RetireInPast error raised by the ProofOfLogits contract.
type ProofOfLogitsRetireInPast struct {
	RetireAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RetireInPast(uint64 retireAt)
func ProofOfLogitsRetireInPastErrorID() common.Hash {
	return common.HexToHash("0x384122bd5f60e597198f8c6a1a411c68b7670b125a3934be0e23576fa186d542")
}

// UnpackRetireInPastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RetireInPast(uint64 retireAt)
func (proofOfLogits *ProofOfLogits) UnpackRetireInPastError(raw []byte) (*ProofOfLogitsRetireInPast, error) {
	out := new(ProofOfLogitsRetireInPast)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "RetireInPast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsRevealWindowClosed represents a RevealWindowClosed error raised by the ProofOfLogits contract.
type ProofOfLogitsRevealWindowClosed struct {
	LastBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealWindowClosed(uint64 lastBlock)
func ProofOfLogitsRevealWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xab32683c7afd642c109dfc9a1327306ddcba37b4d23d8d3a9c01966b0fa25bab")
}

// UnpackRevealWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealWindowClosed(uint64 lastBlock)
func (proofOfLogits *ProofOfLogits) UnpackRevealWindowClosedError(raw []byte) (*ProofOfLogitsRevealWindowClosed, error) {
	out := new(ProofOfLogitsRevealWindowClosed)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "RevealWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsRevealWindowNotOpen represents a RevealWindowNotOpen error raised by the ProofOfLogits contract.
type ProofOfLogitsRevealWindowNotOpen struct {
	FirstBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealWindowNotOpen(uint64 firstBlock)
func ProofOfLogitsRevealWindowNotOpenErrorID() common.Hash {
	return common.HexToHash("0xc435a451d690db48d34c3e5f5e8b74edfe657d40f55879dd02274bcbe2c6a714")
}

// UnpackRevealWindowNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealWindowNotOpen(uint64 firstBlock)
func (proofOfLogits *ProofOfLogits) UnpackRevealWindowNotOpenError(raw []byte) (*ProofOfLogitsRevealWindowNotOpen, error) {
	out := new(ProofOfLogitsRevealWindowNotOpen)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "RevealWindowNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsRevealWindowOpen represents a RevealWindowOpen error raised by the ProofOfLogits contract.
type ProofOfLogitsRevealWindowOpen struct {
	LastBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealWindowOpen(uint64 lastBlock)
func ProofOfLogitsRevealWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x0d5c5d7026105156622386dc4499ae0162e1472f7bb36464e1e2943209524f68")
}

// UnpackRevealWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealWindowOpen(uint64 lastBlock)
func (proofOfLogits *ProofOfLogits) UnpackRevealWindowOpenError(raw []byte) (*ProofOfLogitsRevealWindowOpen, error) {
	out := new(ProofOfLogitsRevealWindowOpen)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "RevealWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsRoleMismatch represents a RoleMismatch error raised by the ProofOfLogits contract.
type ProofOfLogitsRoleMismatch struct {
	Have uint8
	Want uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoleMismatch(uint8 have, uint8 want)
func ProofOfLogitsRoleMismatchErrorID() common.Hash {
	return common.HexToHash("0x2d7e7891fb9c22694e91a2413cdb43a7a17c0a9157acc3f67a01830266ebdd76")
}

// UnpackRoleMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoleMismatch(uint8 have, uint8 want)
func (proofOfLogits *ProofOfLogits) UnpackRoleMismatchError(raw []byte) (*ProofOfLogitsRoleMismatch, error) {
	out := new(ProofOfLogitsRoleMismatch)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "RoleMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsSeedNotReady represents a SeedNotReady error raised by the ProofOfLogits contract.
type ProofOfLogitsSeedNotReady struct {
	SeedBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedNotReady(uint64 seedBlock)
func ProofOfLogitsSeedNotReadyErrorID() common.Hash {
	return common.HexToHash("0x02c32a2ded6a884902067b2ecedffb35e60172bb0e3614bc08bd2b9fdd715e2e")
}

// UnpackSeedNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedNotReady(uint64 seedBlock)
func (proofOfLogits *ProofOfLogits) UnpackSeedNotReadyError(raw []byte) (*ProofOfLogitsSeedNotReady, error) {
	out := new(ProofOfLogitsSeedNotReady)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "SeedNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsSeedUnavailable represents a SeedUnavailable error raised by the ProofOfLogits contract.
type ProofOfLogitsSeedUnavailable struct {
	SeedBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedUnavailable(uint64 seedBlock)
func ProofOfLogitsSeedUnavailableErrorID() common.Hash {
	return common.HexToHash("0xf5e3e904e0adbcf334d92088656aa6a60350426afdd79a3e84c2e17cddb7aa80")
}

// UnpackSeedUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedUnavailable(uint64 seedBlock)
func (proofOfLogits *ProofOfLogits) UnpackSeedUnavailableError(raw []byte) (*ProofOfLogitsSeedUnavailable, error) {
	out := new(ProofOfLogitsSeedUnavailable)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "SeedUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsStakeBelowMinimum represents a StakeBelowMinimum error raised by the ProofOfLogits contract.
type ProofOfLogitsStakeBelowMinimum struct {
	Stake   *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeBelowMinimum(uint256 stake, uint256 minimum)
func ProofOfLogitsStakeBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x78e030db6dab79f2b1f675555d46c1e1b9504d86f8ec1f9c65f3cd21b236deed")
}

// UnpackStakeBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeBelowMinimum(uint256 stake, uint256 minimum)
func (proofOfLogits *ProofOfLogits) UnpackStakeBelowMinimumError(raw []byte) (*ProofOfLogitsStakeBelowMinimum, error) {
	out := new(ProofOfLogitsStakeBelowMinimum)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "StakeBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsStakeChangeTooSoon represents a StakeChangeTooSoon error raised by the ProofOfLogits contract.
type ProofOfLogitsStakeChangeTooSoon struct {
	NextBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeChangeTooSoon(uint64 nextBlock)
func ProofOfLogitsStakeChangeTooSoonErrorID() common.Hash {
	return common.HexToHash("0x6e05420b6582087ae6775882c361978c8fb614bc6357cf27a81b690ecc4e6095")
}

// UnpackStakeChangeTooSoonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeChangeTooSoon(uint64 nextBlock)
func (proofOfLogits *ProofOfLogits) UnpackStakeChangeTooSoonError(raw []byte) (*ProofOfLogitsStakeChangeTooSoon, error) {
	out := new(ProofOfLogitsStakeChangeTooSoon)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "StakeChangeTooSoon", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsThresholdsPending represents a ThresholdsPending error raised by the ProofOfLogits contract.
type ProofOfLogitsThresholdsPending struct {
	ModelId    uint32
	ActiveFrom uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ThresholdsPending(uint32 modelId, uint64 activeFrom)
func ProofOfLogitsThresholdsPendingErrorID() common.Hash {
	return common.HexToHash("0xd5a579af701e9c595f426c0ee793a4c53a495c259ecaacba99c1997c79082b91")
}

// UnpackThresholdsPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ThresholdsPending(uint32 modelId, uint64 activeFrom)
func (proofOfLogits *ProofOfLogits) UnpackThresholdsPendingError(raw []byte) (*ProofOfLogitsThresholdsPending, error) {
	out := new(ProofOfLogitsThresholdsPending)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "ThresholdsPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsTransferFailed represents a TransferFailed error raised by the ProofOfLogits contract.
type ProofOfLogitsTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func ProofOfLogitsTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (proofOfLogits *ProofOfLogits) UnpackTransferFailedError(raw []byte) (*ProofOfLogitsTransferFailed, error) {
	out := new(ProofOfLogitsTransferFailed)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsUnbondingNotReady represents a UnbondingNotReady error raised by the ProofOfLogits contract.
type ProofOfLogitsUnbondingNotReady struct {
	ReadyAt    uint64
	ReadyBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingNotReady(uint64 readyAt, uint64 readyBlock)
func ProofOfLogitsUnbondingNotReadyErrorID() common.Hash {
	return common.HexToHash("0xb11883ac1ce56cc1b3b9d45a506e545b61bda22fdae4aee3822e7e9a47696495")
}

// UnpackUnbondingNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingNotReady(uint64 readyAt, uint64 readyBlock)
func (proofOfLogits *ProofOfLogits) UnpackUnbondingNotReadyError(raw []byte) (*ProofOfLogitsUnbondingNotReady, error) {
	out := new(ProofOfLogitsUnbondingNotReady)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "UnbondingNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsUnknownJob represents a UnknownJob error raised by the ProofOfLogits contract.
type ProofOfLogitsUnknownJob struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownJob(bytes32 jobId)
func ProofOfLogitsUnknownJobErrorID() common.Hash {
	return common.HexToHash("0xe498a4818df576325d078a1a3c9d8186f5a17dea5710a922e4ee3dbe46eef065")
}

// UnpackUnknownJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownJob(bytes32 jobId)
func (proofOfLogits *ProofOfLogits) UnpackUnknownJobError(raw []byte) (*ProofOfLogitsUnknownJob, error) {
	out := new(ProofOfLogitsUnknownJob)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "UnknownJob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsUnknownModel represents a UnknownModel error raised by the ProofOfLogits contract.
type ProofOfLogitsUnknownModel struct {
	ModelId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownModel(uint32 modelId)
func ProofOfLogitsUnknownModelErrorID() common.Hash {
	return common.HexToHash("0x83b4614ce6cc5d4066819fcb0d4e5189c7561a0becb2964832906a98accbb23a")
}

// UnpackUnknownModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownModel(uint32 modelId)
func (proofOfLogits *ProofOfLogits) UnpackUnknownModelError(raw []byte) (*ProofOfLogitsUnknownModel, error) {
	out := new(ProofOfLogitsUnknownModel)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "UnknownModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsValidatorSetFull represents a ValidatorSetFull error raised by the ProofOfLogits contract.
type ProofOfLogitsValidatorSetFull struct {
	MaxValidators uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidatorSetFull(uint8 maxValidators)
func ProofOfLogitsValidatorSetFullErrorID() common.Hash {
	return common.HexToHash("0x2d51837e48f031ced88f8f970bbc63c7a6e6a71bea9c32169203b3ed79142448")
}

// UnpackValidatorSetFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidatorSetFull(uint8 maxValidators)
func (proofOfLogits *ProofOfLogits) UnpackValidatorSetFullError(raw []byte) (*ProofOfLogitsValidatorSetFull, error) {
	out := new(ProofOfLogitsValidatorSetFull)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "ValidatorSetFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsValueTooLarge represents a ValueTooLarge error raised by the ProofOfLogits contract.
type ProofOfLogitsValueTooLarge struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueTooLarge(uint256 value)
func ProofOfLogitsValueTooLargeErrorID() common.Hash {
	return common.HexToHash("0x98a0684468ee3b5ce6841beec299f84405198b9be5b3c3821492ef94d6b86975")
}

// UnpackValueTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueTooLarge(uint256 value)
func (proofOfLogits *ProofOfLogits) UnpackValueTooLargeError(raw []byte) (*ProofOfLogitsValueTooLarge, error) {
	out := new(ProofOfLogitsValueTooLarge)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "ValueTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsVersionMismatch represents a VersionMismatch error raised by the ProofOfLogits contract.
type ProofOfLogitsVersionMismatch struct {
	ModelId  uint32
	Active   uint32
	Expected uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VersionMismatch(uint32 modelId, uint32 active, uint32 expected)
func ProofOfLogitsVersionMismatchErrorID() common.Hash {
	return common.HexToHash("0xc6f15aa01009413c22b0b0360795be922c29e8292ad5c2276383a0a69eef29ec")
}

// UnpackVersionMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VersionMismatch(uint32 modelId, uint32 active, uint32 expected)
func (proofOfLogits *ProofOfLogits) UnpackVersionMismatchError(raw []byte) (*ProofOfLogitsVersionMismatch, error) {
	out := new(ProofOfLogitsVersionMismatch)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "VersionMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsWrongStatus represents a WrongStatus error raised by the ProofOfLogits contract.
type ProofOfLogitsWrongStatus struct {
	JobId  [32]byte
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStatus(bytes32 jobId, uint8 status)
func ProofOfLogitsWrongStatusErrorID() common.Hash {
	return common.HexToHash("0x9d81974470eb5e30f285b1055c396a387d885a43a0fb39f84dcb3764cbc907a1")
}

// UnpackWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStatus(bytes32 jobId, uint8 status)
func (proofOfLogits *ProofOfLogits) UnpackWrongStatusError(raw []byte) (*ProofOfLogitsWrongStatus, error) {
	out := new(ProofOfLogitsWrongStatus)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "WrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProofOfLogitsZeroValue represents a ZeroValue error raised by the ProofOfLogits contract.
type ProofOfLogitsZeroValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroValue()
func ProofOfLogitsZeroValueErrorID() common.Hash {
	return common.HexToHash("0x7c946ed78134c23eac50c0c02964d68f22dd28448c070d39c9f8e8389b217469")
}

// UnpackZeroValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroValue()
func (proofOfLogits *ProofOfLogits) UnpackZeroValueError(raw []byte) (*ProofOfLogitsZeroValue, error) {
	out := new(ProofOfLogitsZeroValue)
	if err := proofOfLogits.abi.UnpackIntoInterface(out, "ZeroValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}
