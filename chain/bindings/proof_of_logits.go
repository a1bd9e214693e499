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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minMinerStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minValidatorStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"thresholdsDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seedDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"attestWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxValidators\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"collateralMultiplier\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorCutBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"absentPenaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerToken\",\"type\":\"uint96\"}],\"internalType\":\"structIProofOfLogits.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"AttestWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"expected\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"got\",\"type\":\"uint32\"}],\"name\":\"BadThresholdsVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"span\",\"type\":\"uint32\"}],\"name\":\"BeyondSpan\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"}],\"name\":\"ClaimedByOther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"CommitteeAlreadyDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"CommitteeNotDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minFee\",\"type\":\"uint256\"}],\"name\":\"FeeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"HeaderMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientFreeStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"}],\"name\":\"InvalidLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidThresholds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidVerdict\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"ModelIsRetired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"joined\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"wanted\",\"type\":\"uint16\"}],\"name\":\"ModelMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NotCancellable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"NotClaimHolder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCommitteeMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"drawn\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"}],\"name\":\"NotEnoughValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"outputLength\",\"type\":\"uint256\"}],\"name\":\"OutputLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"duties\",\"type\":\"uint32\"}],\"name\":\"PendingDuties\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"name\":\"ProfileNotAdmitted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"ReleasedByCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"RetireInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"RevealWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"}],\"name\":\"RevealWindowNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"RevealWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"have\",\"type\":\"uint8\"},{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"want\",\"type\":\"uint8\"}],\"name\":\"RoleMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"SeedUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nextBlock\",\"type\":\"uint64\"}],\"name\":\"StakeChangeTooSoon\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"activeFrom\",\"type\":\"uint64\"}],\"name\":\"ThresholdsPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"readyBlock\",\"type\":\"uint64\"}],\"name\":\"UnbondingNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"UnknownJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"maxValidators\",\"type\":\"uint8\"}],\"name\":\"ValidatorSetFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"active\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"expected\",\"type\":\"uint32\"}],\"name\":\"VersionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"enumIProofOfLogits.JobStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIProofOfLogits.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"ClaimReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"name\":\"CommitteeDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"name\":\"EscalationDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"}],\"name\":\"JobClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"JobCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"JobEscalated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumIProofOfLogits.JobStatus\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minerPayout\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voterReward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minerSlash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"thresholdsVersion\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"promptHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMilli\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structIProofOfLogits.Sampler\",\"name\":\"sampler\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"JobSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"span\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"thresholds\",\"type\":\"tuple[]\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"ModelRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rewardPool\",\"type\":\"uint256\"}],\"name\":\"RewardsFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"span\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"thresholds\",\"type\":\"tuple[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"activeFrom\",\"type\":\"uint64\"}],\"name\":\"ThresholdsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"UnbondRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"}],\"name\":\"ValidatorAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"}],\"name\":\"ValidatorRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"VerdictCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_POSITIONS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PROFILES\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"cancelJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"}],\"name\":\"challengePositions\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"\",\"type\":\"uint32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"claimJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitVerdict\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"}],\"name\":\"deriveChallengePositions\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"\",\"type\":\"uint32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"}],\"name\":\"drawCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"drawWeights\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fundRewards\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getAccount\",\"outputs\":[{\"components\":[{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"locked\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"owed\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"jobs\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"duties\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"unbonding\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondReadyAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondReadyBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"validatorModel\",\"type\":\"uint16\"}],\"internalType\":\"structIProofOfLogits.Account\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"getCommittee\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"enumIProofOfLogits.Verdict[]\",\"name\":\"verdicts\",\"type\":\"uint8[]\"},{\"internalType\":\"bool[]\",\"name\":\"committed\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"getJob\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"},{\"internalType\":\"enumIProofOfLogits.JobStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"thresholdsVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"commitBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"commitEnd\",\"type\":\"uint64\"}],\"internalType\":\"structIProofOfLogits.Job\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"latestVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"activeVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"latestActiveFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"internalType\":\"structIProofOfLogits.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"name\":\"getThresholds\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"span\",\"type\":\"uint32\"}],\"internalType\":\"structIProofOfLogits.Thresholds\",\"name\":\"t\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getValidators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"stakes\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"jobIdFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minMinerStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minValidatorStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"thresholdsDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seedDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"attestWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxValidators\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"collateralMultiplier\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorCutBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"absentPenaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerToken\",\"type\":\"uint96\"}],\"internalType\":\"structIProofOfLogits.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"}],\"name\":\"previewCommittee\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"span\",\"type\":\"uint32\"}],\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"th\",\"type\":\"tuple[]\"}],\"name\":\"registerModel\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"releaseClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"retireModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"enumIProofOfLogits.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"revealVerdict\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardPool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"expectedVersion\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"promptHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMilli\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIProofOfLogits.Sampler\",\"name\":\"sampler\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"submitJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"span\",\"type\":\"uint32\"}],\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"th\",\"type\":\"tuple[]\"}],\"name\":\"updateThresholds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"enumIProofOfLogits.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"verdictCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyMerkleProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyOpening\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ProofOfLogits",
	Bin: "0x6102a0604052346105e757604051601f61659438819003918201601f19168301916001600160401b038311848410176105d357808492610200946040528339810103126105e7576040519061020082016001600160401b038111838210176105d35760405261006d816105eb565b808352908261007e602083016105eb565b9283602083015260408301610092906105eb565b806040840152606084016100a5906105ff565b806060850152608085016100b8906105ff565b60808501526100c960a086016105ff565b60a08501526100da60c08601610613565b908160c086015260e086016100ee90610613565b8060e0870152610100870161010290610613565b9081610100880152610120880161011890610624565b9384610120890152610140890161012e90610624565b93846101408a01526101608a0161014490610624565b96876101608b01526101808b0161015a90610632565b98896101808c01526101a08c0161017090610632565b6101a0819c01528d6101c08d0161018690610632565b9c8d6101c08301526101e00161019b906105eb565b6101e09091015260016002556001600160601b0316159b8c156105c1575b508b156105af575b508a15610595575b508915610582575b508815610573575b881561055f575b508715610550575b508615610542575b8615610534575b8615610528575b508515610516575b508415610508575b5083156104fb575b5082156104e9575b5081156104d9575b506104ca573360805260018060601b0381511660a05260018060601b0360208201511660c05260018060601b0360408201511660e05260018060401b036060820151166101005260018060401b036080820151166101205260018060401b0360a0820151166101405263ffffffff60c0820151166101605263ffffffff60e0820151166101805263ffffffff610100820151166101a05260ff610120820151166101c05260ff610140820151166101e05260ff610160820151166102005261ffff610180820151166102205261ffff6101a0820151166102405261ffff6101c082015116610260526101e060018060601b039101511661028052604051615f52908161064282396080518181816117f201528181613043015281816134fb0152613912015260a051818181610d970152818161106f015281816124d60152614e2f015260c051818181610dc80152614e5c015260e051818181610df80152613a86015261010051818181610e280152612aaf015261012051818181610e58015261258d015261014051818181610e89015261373e0152610160518181816108d301528181610eba015281816115e801528181612bf7015281816149b201528181614f290152615db1015261018051818181610a8a01528181610ee301528181611b7001528181612c4601528181614ea2015261509d01526101a051818181610f0f0152818161212001526143ea01526101c051818181610f3c0152615a5001526101e051818181610f660152611622015261020051818181610f900152611cce015261022051818181610fba015281816120520152818161246e0152818161291b01526144b7015261024051818181610fe5015281816145a1015261482b0152610260518181816110100152615e3f01526102805181818161103b015261557b0152f35b635435b28960e11b5f5260045ffd5b612710915061ffff16115f610226565b61271091925061ffff1611905f61021e565b61ffff161592505f610216565b60ff9081161493505f61020e565b60ff9195501660ff851610935f610206565b60ff161595505f6101fe565b600860ff83161196506101f7565b600260ff83161096506101f0565b63ffffffff161596505f6101e8565b611fff91985063ffffffff1611965f6101e0565b63ffffffff81161598506101d9565b600291995063ffffffff1610975f6101d1565b63ffffffff6001600160401b03919091161199505f6101c9565b6001600160601b0316159a505f6101c1565b6001600160601b0316159b505f6101b9565b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b51906001600160601b03821682036105e757565b51906001600160401b03821682036105e757565b519063ffffffff821682036105e757565b519060ff821682036105e757565b519061ffff821682036105e75756fe60806040526004361015610011575f80fd5b5f3560e01c806308aebbda14613dd45780630a291414146139eb5780630c2b7e80146138d95780632023b3a11461382a578063208f58f2146134b657806328c2c8ee1461300357806330bfa43914612fe35780633ccfd60b14612d3157806354f63b14146129dc5780635fae1450146127da5780635fcec5c6146123dd57806363e46ee9146123b457806366666aa91461239857806373f425611461237b5780637b8d16d6146120d55780637bd1c8b914611fda5780637e877c8b14611f8257806382dbe015146119fb5780638b0a145b146118165780638da5cb5b146117d35780638e0e07fa1461170c578063987757dd146116ee5780639f81e938146116d3578063a601873c14611683578063a651e3ee14611587578063b7ab4db514611565578063bfd10e111461141c578063c5a4315914611221578063cb85e23914611189578063cff0ab9614610cfa578063dfb8a43f14610a45578063e11d6d5214610a04578063f69fe89714610748578063f729cf0d14610454578063f7b24e0814610437578063fbcbc0f11461022f5763ff18bf0b146101b0575f80fd5b5f36600319011261022b573415610203576101cc345f546142a1565b805f556040519034825260208201527f17c4c73fe3b5d172ec864d377fb9e2323d3f90de65eed172cc20232b48ab2ae160403392a2005b7f7c946ed7000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f80fd5b3461022b57602036600319011261022b576004356001600160a01b03811680910361022b575f610120604051610264816140dc565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015201525f52600760205260405f206001810154908160f81c916001600160401b036002835493015416906003841015610423576002840361041c576102e96102e460ff8560d81c166142c9565b61432e565b505460f01c925b604051906102fd826140dc565b858252602082016001600160601b0382168152604083016001600160601b038516815260608401908360601c6001600160601b0316825260808501928660e81c61ffff16845260a086019460c01c62ffffff16855260c08601958760601c6001600160601b0316875260e081019760c01c64ffffffffff1688526101008101988952610120019861ffff168952604051998a61039891614062565b516001600160601b031660208a0152516001600160601b03166040890152516001600160601b031660608801525163ffffffff1660808701525163ffffffff1660a0860152516001600160601b031660c0850152516001600160401b031660e0840152516001600160401b03166101008301525161ffff1661012082015261014090f35b5f926102f0565b634e487b7160e01b5f52602160045260245ffd5b3461022b575f36600319011261022b576020604051621000008152f35b3461022b57602036600319011261022b576004356040516101e081018181106001600160401b03821117610734576040525f81525f60208201525f60408201525f60608201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f6101208201525f6101408201525f6101608201525f6101808201525f6101a08201525f6101c0820152815f52600860205260405f20600181015492600a60ff8560f01c1610156104235760ff8460f01c1615610722575060ff6105d06001600160401b036101e09584546001600160a01b038116875260a01c602087015260028501546001600160a01b038116604088015264ffffffffff82166060880152848260f01c1660a08801526002858360f01c161461070d575b5061ffff8160281c1660c087015261ffff8160381c1660e087015262ffffff8160481c1661010087015262ffffff8160601c1661012087015264ffffffffff8160781c16610140870152600385015461016087015260a01c166159de565b166101808301526001600160401b03610140830151166106de575b506001600160401b036101c0604051926001600160a01b0381511684526001600160601b0360208201511660208501526001600160a01b03604082015116604085015282606082015116606085015282608082015116608085015261065860a082015160a0860190614047565b63ffffffff60c08201511660c085015263ffffffff60e08201511660e085015263ffffffff6101008201511661010085015263ffffffff61012082015116610120850152826101408201511661014085015261016081015161016085015260ff61018082015116610180850152826101a0820151166101a08501520151166101c0820152f35b6001600160401b036106fa816106f384615d74565b1692615084565b166101c08301526101a0820152826105eb565b60a01c64ffffffffff16608087015287610572565b63e498a48160e01b5f5260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b3461022b5760a036600319011261022b57602435600435610767613e45565b906084356001600160401b03811161022b57610787903690600401613f42565b939092825f52600860205260405f2093600185019485549560ff8760f01c16600a81101561042357600281036109ce57506001600160a01b036002830154163381036109bc575064ffffffffff87168042116109a6575062ffffff8760481c169663ffffffff8516978815801561099d575b610987575063ffffffff8516880361097357846403fffffffc8a9660021b168603610943576001600160401b03937fc96fa7bf4dd567d0eb9c15a45beedfe47c32828a5ca5beb113d0566561de6b6b98999388936effffff00000000000000000000000060039460601b169073ffffffffffffffff0000000000000000000000001973ffffffffff0000000000000000000000000000004360781b169116171781557e0300000000000000000000000000000000000000000000000000000000000060ff60f01b1982541617905501556108fb63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016834316614197565b906040519586526020860152606435604086015216606084015260a060808401528160a084015260c08301375f60c0858301015260c0813395601f80199101168101030190a3005b85897f871449d6000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b8863539335b560e11b5f5260045260245260445ffd5b508089116107f9565b86637fa0676960e01b5f5260045260245260445ffd5b6374ca2bb360e01b5f5260045260245ffd5b869080156109f1576109ec9163276065d160e21b5f52600452614039565b60445ffd5b5063e498a48160e01b5f5260045260245ffd5b3461022b57602036600319011261022b576004356001600160401b038116810361022b57610a3190614ae6565b90610a4160405192839283613fde565b0390f35b3461022b57610a5336613f6f565b9190610a5e82615020565b9060018201906001600160401b03825460a01c16610cce57610a7f83615d74565b92610ab063ffffffff7f000000000000000000000000000000000000000000000000000000000000000016856142a1565b804311610c99575094610ac89185610ad19697615a2c565b9490934361418a565b5f1981019081116109735760ff811115610c94575060ff5b82546001600160f81b031660f89190911b7fff0000000000000000000000000000000000000000000000000000000000000016178255610b2883614a68565b925f5b818110610bfe5750509060ff917fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff000000000000000000000000000000000000000083549260a01b1691161781555460f01c16600a81101561042357600903610bcd577fde736d90d52b371d072b0183cb26dc3e83220f9ab24d846a1133b921ba37428391610bc860405192839283614acc565b0390a2005b7fe459d8971badd1a4e4e104b832777214064f7dce825411e13f12328393bdd74e91610bc860405192839283614acc565b6001600160fd1b0381168103610973576001600160a01b036001610c356102e460ff6001600160401b0388168660031b1c16614a9a565b5001541680610c448388614ab8565b525f52600760205260405f2090600162ffffff835460c01c16019162ffffff831161097357600192610c8e919062ffffff60c01b1962ffffff60c01b83549260c01b169116179055565b01610b2b565b610ae9565b6001600160401b03907fc5c1828b000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b837f1a55ae5d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461022b575f36600319011261022b57604051610d16816140c0565b5f8152602081015f9052604081015f9052606081015f9052608081015f905260a081015f905260c081015f905260e081015f905261010081015f905261012081015f905261014081015f905261016081015f905261018081015f90526101a081015f90526101c081015f90526101e0015f9052604051610d95816140c0565b7f00000000000000000000000000000000000000000000000000000000000000006001600160601b0316815260208101907f00000000000000000000000000000000000000000000000000000000000000006001600160601b03168252604081017f00000000000000000000000000000000000000000000000000000000000000006001600160601b03168152606082017f00000000000000000000000000000000000000000000000000000000000000006001600160401b03168152608083017f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316815260a08401917f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316835260c08501937f000000000000000000000000000000000000000000000000000000000000000063ffffffff1685527f000000000000000000000000000000000000000000000000000000000000000063ffffffff1660e08701527f000000000000000000000000000000000000000000000000000000000000000063ffffffff166101008701527f000000000000000000000000000000000000000000000000000000000000000060ff166101208701527f000000000000000000000000000000000000000000000000000000000000000060ff166101408701527f000000000000000000000000000000000000000000000000000000000000000060ff166101608701527f000000000000000000000000000000000000000000000000000000000000000061ffff166101808701527f000000000000000000000000000000000000000000000000000000000000000061ffff166101a08701527f000000000000000000000000000000000000000000000000000000000000000061ffff166101c08701527f00000000000000000000000000000000000000000000000000000000000000006001600160601b03166101e0870152604051967f00000000000000000000000000000000000000000000000000000000000000006001600160601b03168852516001600160601b03166020880152516001600160601b03166040870152516001600160401b03166060860152516001600160401b03166080850152516001600160401b031660a08401525163ffffffff1660c083015260e081015163ffffffff1660e083015261010081015163ffffffff1661010083015261012081015160ff1661012083015261014081015160ff1661014083015261016081015160ff1661016083015261018081015161ffff166101808301526101a081015161ffff166101a08301526101c081015161ffff166101c08301526101e001516001600160601b03166101e082015261020090f35b3461022b576111a961119a36613f6f565b916111a481615020565b615a2c565b506111b381614a68565b905f5b8181106111d35760405160208082528190610a4190820186613fa2565b6001600160fd1b0381168103610973576001906001600160a01b038261120c6102e460ff6001600160401b038a168660031b1c16614a9a565b5001541661121a8286614ab8565b52016111b6565b3461022b57602036600319011261022b57600435805f52600860205260405f209060018201549060ff8260f01c16600a811015610423571561072257506001600160401b038160a01c1690611275826159de565b9061127f82614a68565b9361128983614119565b9061129760405192836140f8565b8382526112a384614119565b602083019490601f19013686376112b981614119565b936112c760405195866140f8565b8185526112d382614119565b602086019790601f190136893761ffff5f9260e01c16915b838110611391576113108a8a8a8a8a6020604051968796606088526060880190613fa2565b918683038288015251918281520192905f5b81811061136a57505050602090848303604086015251918281520191905f5b81811061134f575050500390f35b82511515845285945060209384019390920191600101611341565b91949550919260208082611381600194895161402c565b0195019101918695949392611322565b6001600160fd1b0381168103610973576001600160a01b0360016113bf6102e460ff868660031b1c16614a9a565b500154166113cd828c614ab8565b526001600160ff1b0381168103610973576003838260011b1c16906004821015610423576001916113fe8289614ab8565b526114098187615169565b1515611415828a614ab8565b52016112eb565b3461022b57604036600319011261022b5760043561143981615020565b6001600160401b03600182015460a01c1680156115395761145982615084565b804311610c99575061146c9033906150cf565b9060243560801c91821561020357600181811c911661152f57600460ff60805b1692016114998282614a59565b90549060031b1c916fffffffffffffffffffffffffffffffff83851c16611503576114c391614a59565b91909384549260031b931b17821b915f19901b191617905533907fa969eecb6b4e5de6abaa2787f4eed2cf670e1b4d4558994efa5c5bc9e0e820ce5f80a3005b7f64dbd987000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b600460ff5f61148c565b827f110a84e5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461022b575f36600319011261022b57610a316001600160401b034316614ae6565b3461022b5761159536613f6f565b825f526008602052600160405f2001549160ff8360f01c16600a8110156104235780156116705764ffffffffff8460781c1690811561165957610a4161164d868861161988886001600160401b036116137f000000000000000000000000000000000000000000000000000000000000000063ffffffff168b6142a1565b1661577c565b9062ffffff60ff7f0000000000000000000000000000000000000000000000000000000000000000169360601c1691615239565b60405191829182613f03565b6109ec908663276065d160e21b5f52600452614039565b8463e498a48160e01b5f5260045260245ffd5b3461022b5760a036600319011261022b576024356001600160a01b038116810361022b5760443590600482101561022b576020916116cb9160843591606435916004356151b0565b604051908152f35b3461022b575f36600319011261022b57602060405160108152f35b3461022b57602036600319011261022b5761170a6004356143b4565b005b3461022b57602036600319011261022b5760a061175561172a613e58565b5f6080604051611739816140a5565b8281528260208201528260408201528260608201520152614da8565b6001600160401b038154918161176f6001830154926153ae565b63ffffffff60405191611781836140a5565b868352816020840181871681528160408601931683528560806060870196828a60201c168852019760601c16875260405198895251166020880152511660408601525116606084015251166080820152f35b3461022b575f36600319011261022b5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461022b57606036600319011261022b5761182f613e58565b611837613e32565b6044359161ffff831680930361022b575f60c06040516118568161408a565b8281528260208201528260408201528260608201528260808201528260a0820152015263ffffffff61188782614da8565b921691821580156119e8575b6119c7575063ffffffff1691825f52600560205260405f20825f5260205260405f20815f5260205260405f2091604051926118cd8461408a565b80549163ffffffff8316855263ffffffff8360201c1693602086019085825260408701926001600160401b038660401c168452600160608901956001600160401b038860801c16875260808a019760c01c885201549860a089019761ffff8b16895263ffffffff60c08b019b60101c168b5215611996575060e08863ffffffff8b61ffff8b6001600160401b038c818d818e898f816040519d51168d52511660208c0152511660408a01525116606088015251166080860152511660a0840152511660c0820152f35b7f2e47659c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b63ffffffff6001849201541663495efb2d60e11b5f5260045260245260445ffd5b5063ffffffff6001820154168311611893565b604036600319011261022b57600435600381108015908161022b57611a1e613e32565b63ffffffff8116928315158080611f63575b611f505734156102035781610423578515611f3857335f52600760205260405f2093845491611a68346001600160601b0385166142a1565b966001600160601b038811611f25576001870193845460f81c6003811015610423578a9080611e5457505050505062ffffff855460c01c1680611e295750611aaf87614e15565b808710611e135750156104235780546001600160f81b037fff000000000000000000000000000000000000000000000000000000000000008860f81b1691161790556104235760028414611b60575b505b80546bffffffffffffffffffffffff19166001600160601b03831617905560405191611b2d908390614062565b34602083015260408201527f0a79772743d87ba7576fca49d64545ccce7a2369f471f1badf89540cdb09b28260603392a2005b600a54600954905f9063ffffffff7f0000000000000000000000000000000000000000000000000000000000000000165b81831c611d49575b505050600954808214611cca575b506001611bb38261432e565b5001805473ffffffffffffffffffffffffffffffffffffffff191633179055600181018082116109735760ff60d81b197bff0000000000000000000000000000000000000000000000000000008086549360d81b1616911617835560ff604051911681527fad33f130acf558490b64cba9b56b1cee0b83e1b91803df6c47998df3674a26d360203392a2611c506102e460ff845460d81c166142c9565b50907dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7fffff00000000000000000000000000000000000000000000000000000000000083549260f01b169116179055611cc4611cb160ff835460d81c166142c9565b60ff6001600160601b0385169116614e7f565b83611afe565b60ff7f00000000000000000000000000000000000000000000000000000000000000001680831015611d1e57506801000000000000000081101561073457806001611d18920160095561432e565b50611ba7565b7f2d51837e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9091926001841b9182841615611e0657611d628561432e565b50611d798265ffffffffffff835460c01c166142a1565b4310611df85760016001600160a01b03910154165f52600760205260405f209182549162ffffff8360c01c16611de257505060018501908186116109735760d81c60ff1614611dd1575b501916600a55858080611b99565b60ff60d81b19815416905587611dc3565b949350949050611df2915061417c565b91611b91565b5092915092611df29061417c565b92915092611df29061417c565b866378e030db60e01b5f5260045260245260445ffd5b7f6ec5f566000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9499959895979596509294939192909114611e8f578888611e82895460f81c632d7e789160e01b5f52614054565b156104235760245260445ffd5b919395509193955060028714611ea9575b50505050611b00565b60d81c60ff1692611ebc6102e4856142c9565b505460f01c809282611f1a575b5050611ee6575050611cb1611edd916142c9565b83808080611ea0565b61ffff92507fc4e15320000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b141590508188611ec9565b6326281a1160e21b5f523460045260245ffd5b632d7e789160e01b5f525f600452600160245260445ffd5b846320ed185360e21b5f5260045260245ffd5b505f9150600286141580611a30575063ffffffff600354168511611a30565b3461022b57608036600319011261022b57611f9b613e45565b611fa3613e6b565b9063ffffffff811615611fc357610a419161164d91602435600435615239565b63539335b560e11b5f525f6004525f60245260445ffd5b3461022b57602036600319011261022b57600435805f52600860205260405f2090600182019160ff835460f01c16600a81101561042357600281036120b757506001600160a01b03600282015416923384036120a45761207e9161207891600160f01b60ff60f01b198254161790555460a01c61ffff7f0000000000000000000000000000000000000000000000000000000000000000169061431b565b83614feb565b7fe51383cac52abd822351ac89671798be0c5fe43d8e666fd64fe64a370cc969d45f80a3005b836374ca2bb360e01b5f5260045260245ffd5b905080156109f1576109ec9163276065d160e21b5f52600452614039565b3461022b57608036600319011261022b5760043560243590600482101561022b5760643582156123535761210882615020565b61211181615084565b804311156123135763ffffffff7f0000000000000000000000000000000000000000000000000000000000000000169061214b82826142a1565b43116122d55750506001810190815461217a612173336001600160401b038460a01c166150cf565b8093615169565b9081156122a95761ffff9060e01c16908260011b926001600160ff1b0381160361097357600382841c1661227d576121b78560443589338a6151b0565b60801c03612251577dffff000000000000000000000000000000000000000000000000000000007fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff9161ffff85549460ff8a16901b161760e01b169116179055612224604051809461402c565b60208301527f847809c705b618923848dc665e23dea0b9dcbaca432e1e2bd63c875b88ee606860403393a3005b7f9caca5eb000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7f879d3b85000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7fee0e2429000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6001600160401b03916122e7916142a1565b167fab32683c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60018101809111610973576001600160401b03907fc435a451000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b7ffbcebe72000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461022b575f36600319011261022b576020600154604051908152f35b3461022b575f36600319011261022b5760205f54604051908152f35b3461022b575f36600319011261022b576002545f19810190811161097357602090604051908152f35b3461022b57602036600319011261022b57600435805f52600860205260405f209060018201805460ff8160f01c169060028501918254916001600160a01b03831690600a83101593846104235760028414938415612760575060a01c64ffffffffff163383146127355780421115612706575064ffffffffff905b16968742116126ef57612494905460a01c61ffff7f0000000000000000000000000000000000000000000000000000000000000000169061431b565b91335f52600760205260405f209360018501948554908160f81c600381101561042357600181036126d257506001600160601b03905416906001600160601b037f0000000000000000000000000000000000000000000000000000000000000000168083106126bc57506001600160601b0391826125139216906142fb565b168085116126a557506104235782612541926001600160601b03948593612695575b505016828454166142db565b166001600160601b0319825416178155600161ffff825460e81c160161ffff811161097357815461ffff60e81b191660e89190911b61ffff60e81b161790556125b36001600160401b037f000000000000000000000000000000000000000000000000000000000000000016426142a1565b9380851161268d575b506001600160a01b03331673ffffffffffffffffffffffffffffffffffffffff1982541617815580547fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff78ffffffffff00000000000000000000000000000000000000008660a01b1691161790557e0200000000000000000000000000000000000000000000000000000000000060ff60f01b198254161790556001600160401b03604051921682527f02a47c150278e38b060462e5cf6931755c485f3822cf01a5c01b8a051a99297e60203393a3005b9350846125bc565b61269e91614feb565b8981612535565b84906340179d2160e11b5f5260045260245260445ffd5b826378e030db60e01b5f5260045260245260445ffd5b6126e590632d7e789160e01b5f52614054565b600160245260445ffd5b8787637fa0676960e01b5f5260045260245260445ffd5b827f6f37d066000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f15afccb0000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9798969594505f93929190506001881461279257888880156109f1576109ec9163276065d160e21b5f52600452614039565b9091929394959796503382146127ae5764ffffffffff90612458565b867f7d61e7a1000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461022b57602036600319011261022b57600435805f52600860205260405f206001810190815460ff8160f01c16600a81101580610423576001821415806129cf575b6129b857610423576002148091819261299f575b64ffffffffff164211159081612978575b5061294c576001600160a01b036020927f7cb5f42f3c2d5661045b28e7ac2cb9ca0515c97ae4839440a3c1b407be27037c947e0700000000000000000000000000000000000000000000000000000000000060ff60f01b19825416179055805460a01c92612909575b54165f526007825261290060405f206128d1836001600160601b03835460601c166142db565b6bffffffffffffffffffffffff60601b196bffffffffffffffffffffffff60601b83549260601b169116179055565b604051908152a2005b6129478260028301541661294161ffff7f0000000000000000000000000000000000000000000000000000000000000000168661431b565b90614feb565b6128ab565b837f07e08744000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90506001600160a01b03835416331490811591612997575b5085612842565b905085612990565b600284015460a01c64ffffffffff164211159150612831565b6109ec828763276065d160e21b5f52600452614039565b50505f600282141561281d565b3461022b57602036600319011261022b57600435335f52600760205260405f206001810180548060f81c906003821015610423578115611f385784156102035784906001600160601b0385541690818311612d02576001600160601b03612a4491168261418a565b808311612ceb575090612a569161418a565b90612a6081614e15565b90821591821580612ce2575b612ccc575084546bffffffffffffffffffffffff19166001600160601b038416908117865590600214612bc2575b506001600160401b039350612bb0575b612ad67f0000000000000000000000000000000000000000000000000000000000000000844216614197565b91612b2a612afa6001600160601b0387166001600160601b03845460601c166142db565b82546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b16178255565b80547fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff7cffffffffff000000000000000000000000000000000000000000000000808660c01b1616911617905560405193845260208401521660408201527f8ffb1c1bbc9352c50a3e49053178f14880746fdfa0b27fa14c4ac392e3cdc38460603392a2005b6001600160f81b038254168255612aaa565b612bde829160ff612bd881895460d81c166142c9565b16614e7f565b612c7e575b60016001600160401b03612c1f63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016824316614197565b1601936001600160401b038511610973576001600160401b036002612c6c829763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690614197565b92019116851982541617905585612a9a565b60ff612c8f81865460d81c166142c9565b166001811b600a5417600a556040519081527fbf0b69cecccb3e66847fd44e47532e9242000a7b20e34579ffd99f1c616434e960203392a2612be3565b836378e030db60e01b5f5260045260245260445ffd5b50808410612a6c565b90506340179d2160e11b5f5260045260245260445ffd5b507f45be0a26000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b3461022b575f36600319011261022b577f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c612fbb5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d335f52600760205260405f208054906001600160601b038260601c1691600182019182546001600160601b038160601c1692831580159485612fa5575b85612f93575b85612f7b575b85612f6a575b508615612ee6575050506bffffffffffffffffffffffff60601b198154169055612eba575b506040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a25f80808084335af13d15612eb5573d612e44816142ae565b90612e5260405192836140f8565b81525f60203d92013e5b15612e86575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7f1c43b976000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b612e5c565b80547fffffff0000000000000000000000000000000000ffffffffffffffffffffffff16905581612dff565b929192612f425760c01c62ffffff1680611e2957506001600160401b03600264ffffffffff92015416917fb11883ac000000000000000000000000000000000000000000000000000000005f5260c01c1660045260245260445ffd5b7fd0d04f60000000000000000000000000000000000000000000000000000000005f5260045ffd5b612f7491976142a1565b9587612dda565b60028501546001600160401b03164310159550612dd4565b945062ffffff8260c01c161594612dce565b945064ffffffffff8360c01c1642101594612dc8565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461022b57602036600319011261022b5760206116cb6004353046614d6f565b3461022b57604036600319011261022b576004356024356001600160401b03811161022b57613036903690600401613ed3565b6001600160a01b039291927f000000000000000000000000000000000000000000000000000000000000000016330361348a576003549063ffffffff61307d81841661428a565b16809263ffffffff19161760035561ffff8211613477578015801561346d575b6132a6575f935f905f925b8084101561332d5760e08402820193600163ffffffff6130c787614de1565b160361330757602085019763ffffffff6130e08a614de1565b16159081156132e9575b5080156132ce575b6132a65760a0850161310381614df2565b9860c087019061311282614de1565b63ffffffff808916911611613282575b613254600161ffff92819798999a8c5f52600560205260405f20835f5260205260405f208561315089614df2565b165f5260205261317e60405f209263ffffffff61316c84614de1565b1663ffffffff19855416178455614de1565b90825477ffffffffffffffffffffffffffffffffffffffffffffffff6fffffffffffffffff00000000000000006131b760408501614e01565b60401b16917fffffffffffffffff0000000000000000000000000000000000000000ffffffff67ffffffff000000007fffffffffffffffff00000000000000000000000000000000000000000000000061323b608077ffffffffffffffff0000000000000000000000000000000061323160608b01614e01565b821b169801614e01565b60c01b169660201b169116171617171781550193614df2565b1665ffffffff0000613267845493614de1565b60101b169165ffffffffffff191617179055019291906130a8565b6001949596506132548561ffff9261329985614de1565b9998975092505050613122565b7f5d061126000000000000000000000000000000000000000000000000000000005f5260045ffd5b50600263ffffffff6132e260c08801614de1565b16106130f2565b905061ffff806132fb60a08901614df2565b921691161115896130ea565b63ffffffff61331586614de1565b63495efb2d60e11b5f5260016004521660245260445ffd5b847ffeec2dda01ef0e283d5547b5f0c92b5589cac1aacf5a76aa32393f9568cfa6cf81928861346260209688865f526006895260405f2060015f52895263ffffffff60405f20911663ffffffff1982541617905561344a6040516133908161406f565b8481526001600160401b0388613410828d8501946001865263ffffffff8060016040840193854216855260608101975f89525f5260206004905260405f2090518155019751161663ffffffff19875416178655511684906bffffffffffffffff0000000082549160201b16906bffffffffffffffff000000001916179055565b51825473ffffffffffffffff0000000000000000000000001916911660601b73ffffffffffffffff00000000000000000000000016179055565b604051938493845260408985015260408401916141b7565b0390a2604051908152f35b506010811161309d565b506326281a1160e21b5f5260045260245ffd5b7f245aecd3000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461022b57604036600319011261022b576134cf613e58565b6024356001600160401b03811161022b576134ee903690600401613ed3565b6001600160a01b039291927f000000000000000000000000000000000000000000000000000000000000000016330361348a57600161352c83614da8565b019081546001600160401b038160201c168042106137f5575063ffffffff600191160163ffffffff81116109735763ffffffff169361ffff85116137e257811580156137d8575b6132a657919263ffffffff16915f91829190825b818110156136e65760e0810283018863ffffffff6135a483614de1565b16036136c057602081019463ffffffff6135bd87614de1565b16159081156136a2575b508015613687575b6132a65760a08101906135e182614df2565b9560c08201918b8a6135f285614de1565b63ffffffff808d1691161161365c575b60019695949361ffff936136319389935f52600560205260405f20905f5260205260405f208561315089614df2565b1665ffffffff0000613644845493614de1565b60101b169165ffffffffffff19161717905501613587565b99506001849361ffff9361363193613676849a9998614de1565b9d9350935093509394959650613602565b50600263ffffffff61369b60c08401614de1565b16106135cf565b905061ffff806136b460a08501614df2565b9216911611158a6135c7565b886136cf63ffffffff92614de1565b9063495efb2d60e11b5f526004521660245260445ffd5b857f6cca5ffe032dd9d1ae75c766f24f19e2d1f07e7d84f88e8d5233bf2fd01745de84848a6137ad8d8b875f52600660205260405f20825f5260205263ffffffff60405f20911663ffffffff1982541617905561376c7f00000000000000000000000000000000000000000000000000000000000000006001600160401b034216614197565b83546bffffffffffffffff00000000199092166bffffffffffffffffffffffff1990921691909117602082901b6bffffffffffffffff000000001617909255565b6001600160401b036137cc6040519485946040865260408601916141b7565b911660208301520390a2005b5060108211613573565b846326281a1160e21b5f5260045260245ffd5b63ffffffff857fd5a579af000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b3461022b57608036600319011261022b57600435613846613e32565b906064356001600160401b03811161022b57613866903690600401613e8f565b919092815f52600860205260405f209360038501549283156138b75760206138ad8686866138a38762ffffff60018e015460601c16943691614130565b9260443592614b54565b6040519015158152f35b6109ec9060ff600188015460f01c169063276065d160e21b5f52600452614039565b3461022b57604036600319011261022b576138f2613e58565b602435906001600160401b0382169182810361022b576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016330361348a5761394182614da8565b904284106139bf577f49ed05d85bf6dbd8e8b583ed03fb8636e04ac2b931f8ac7959c4e68b6b3d5fba926139b463ffffffff926001602095019073ffffffffffffffff0000000000000000000000001973ffffffffffffffff00000000000000000000000083549260601b169116179055565b6040519485521692a2005b837f384122bd000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b61012036600319011261022b57613a00613e58565b613a08613e32565b90613a11613e6b565b90608036608319011261022b5761010435906001600160401b0382169384830361022b57613a3e82614da8565b6001600160401b03600182015460601c1680151580613dca575b613d955750613a6b63ffffffff916153ae565b169263ffffffff821692848403613d5b576001600160601b037f000000000000000000000000000000000000000000000000000000000000000016803410613d2c57506001600160601b033411611f255763ffffffff86169283158015613d20575b613d065763ffffffff821695865f52600660205260405f20905f5260205263ffffffff60405f20541680851015613cd75750428811801590613cc9575b613c9d57600254613b1a8161417c565b6002555f19810190811161097357613b3d68ffff00000000000000913046614d6f565b97885f52600860205264ffffffffff80600160405f206001600160a01b03331673ffffffffffffffffffffffffffffffffffffffff1982541617815580546001600160a01b0373ffffffffffffffffffffffffffffffffffffffff193460a01b1691161781550196161664ffffffffff1986541617855566ffff00000000006bffffff00000000000000000086549260481b169460281b16906bffffffffffffff00000000001916179160381b1617178155600160f01b60ff60f01b198254161790556040519182526044356020830152604082015260843563ffffffff811680910361022b57606082015260a43563ffffffff811680910361022b57608082015260c4359363ffffffff851680950361022b5760209460a083015260e43560c083015260e082015234610100820152827fea926de1c096bc11f7b88bdae048eacdc981428b7a1fa9dda38c85c289049f1c6101203393a4604051908152f35b877f211baed7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5064ffffffffff8811613b0a565b847f8b418874000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b8363539335b560e11b5f526004526210000060245260445ffd5b50621000008411613acd565b7ff04f3db2000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b8463ffffffff85927fc6f15aa0000000000000000000000000000000000000000000000000000000005f521660045260245260445260645ffd5b63ffffffff847fa1fabb97000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b5080421015613a58565b3461022b5760a036600319011261022b57613ded613e32565b613df5613e45565b608435906001600160401b03821161022b57602092613e25613e1e6138ad943690600401613e8f565b3691614130565b9160643591600435614b54565b6024359063ffffffff8216820361022b57565b6044359063ffffffff8216820361022b57565b6004359063ffffffff8216820361022b57565b6064359063ffffffff8216820361022b57565b359063ffffffff8216820361022b57565b9181601f8401121561022b578235916001600160401b03831161022b576020808501948460051b01011161022b57565b35906001600160401b038216820361022b57565b9181601f8401121561022b578235916001600160401b03831161022b5760208085019460e0850201011161022b57565b60206040818301928281528451809452019201905f5b818110613f265750505090565b825163ffffffff16845260209384019390920191600101613f19565b9181601f8401121561022b578235916001600160401b03831161022b576020838186019501011161022b57565b90604060031983011261022b5760043591602435906001600160401b03821161022b57613f9e91600401613f42565b9091565b90602080835192838152019201905f5b818110613fbf5750505090565b82516001600160a01b0316845260209384019390920191600101613fb2565b90613ff190604083526040830190613fa2565b906020818303910152602080835192838152019201905f5b8181106140165750505090565b8251845260209384019390920191600101614009565b9060048210156104235752565b600a81101561042357602452565b90600a8210156104235752565b600381101561042357600452565b9060038210156104235752565b608081019081106001600160401b0382111761073457604052565b60e081019081106001600160401b0382111761073457604052565b60a081019081106001600160401b0382111761073457604052565b61020081019081106001600160401b0382111761073457604052565b61014081019081106001600160401b0382111761073457604052565b90601f801991011681019081106001600160401b0382111761073457604052565b6001600160401b0381116107345760051b60200190565b92919061413c81614119565b9361414a60405195866140f8565b602085838152019160051b810192831161022b57905b82821061416c57505050565b8135815260209182019101614160565b5f1981146109735760010190565b9190820391821161097357565b906001600160401b03809116911601906001600160401b03821161097357565b916020908281520191905f905b8082106141d15750505090565b90919263ffffffff6141e285613e7e565b16815263ffffffff6141f660208601613e7e565b1660208201526001600160401b0361421060408601613ebf565b1660408201526001600160401b0361422a60608601613ebf565b1660608201526001600160401b0361424460808601613ebf565b16608082015260a08401359061ffff821680920361022b5760e08160019360a08394015263ffffffff61427960c08901613e7e565b1660c08201520194019201906141c4565b63ffffffff1663ffffffff81146109735760010190565b9190820180921161097357565b6001600160401b03811161073457601f01601f191660200190565b60ff5f199116019060ff821161097357565b906001600160601b03809116911601906001600160601b03821161097357565b906001600160601b03809116911603906001600160601b03821161097357565b8181029291811591840414171561097357565b60095481101561434a5760095f5260205f209060011b01905f90565b634e487b7160e01b5f52603260045260245ffd5b6040519061436b8261406f565b5f6060838281528260208201528260408201520152565b61ffff5f199116019061ffff821161097357565b81156143a0570490565b634e487b7160e01b5f52601260045260245ffd5b6143bd81615020565b6001810190815460ff8160f01c16600a811015610423576009146144106143e384615084565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906142a1565b80431115614a2457506001600160401b038260a01c169261ffff8360e01c169461443a86866153d8565b926144458185615473565b94811580614a17575b80614a03575b6148f257505f905f9061489c575b600a86101561042357888387945460ff60f01b197eff0000000000000000000000000000000000000000000000000000000000008760f01b1691161781556144a861435e565b96865460a01c916144dd61ffff7f0000000000000000000000000000000000000000000000000000000000000000168461431b565b906001600160a01b0360028a01541691825f52600760205260405f20926001600160601b0382169161455d600186016001600160601b0361452186828454166142fb565b166001600160601b031982541617815561454261ffff825460e81c16614382565b61ffff60e81b1961ffff60e81b83549260e81b169116179055565b5f9a60040361478d57505050908a9594939291548a8160601c62ffffff1691614586838761431b565b9060481c62ffffff1661459891614396565b936145c761ffff7f0000000000000000000000000000000000000000000000000000000000000000168661431b565b6127109004906020019081516145dc91614396565b602081930152516145ec9161431b565b6145f6908461418a565b9061460090615570565b614609916142a1565b808b526001600160601b0316815460601c6001600160601b03169061462d916142db565b81546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b161790556146649161418a565b60608801527f46c05274d9305e354ac0868a5e8bcd9b50324f46d029122fc56bd1b379dc5e629960a0995b8061476d575b5050506001600160401b038316614749575b50505080614734575b5060608201908151806146f4575b5050815191604060208201519101519151926146dd6040518096614047565b6020850152604084015260608301526080820152a2565b6001600160a01b0361472d9254165f5260076020526128d16001600160601b0360405f2092166001600160601b03835460601c166142db565b5f806146be565b614740906001546142a1565b6001555f6146b0565b9161475f9161476594936020880151928c6155d3565b906142a1565b5f84816146a7565b918461475f9261478495989460208c0151936155d3565b92895f80614695565b9091925060a09d937f46c05274d9305e354ac0868a5e8bcd9b50324f46d029122fc56bd1b379dc5e629f958d8f9a999880606083015260058c146147d8575b5050505050505061468f565b89969d509261487961486f614869602088968661485d6040612710614851829d7f686e4f97c0aca6c6719647401ac7f5e2ed3a928d46be84237c5a0258baa6ce039f846001600160601b039e015261ffff7f0000000000000000000000000000000000000000000000000000000000000000169061431b565b04930192835190614396565b9283910152519061431b565b8561418a565b9e838354166142fb565b81548319169216918217905582519182526020820152a35f808080808d816147cc565b5050600882015461ffff6001600160401b038260281c169160681c1660406148c482846153d8565b60208101516148d8602089019182516142a1565b905201516148eb604087019182516142a1565b9052614462565b6008840180546effffffffffffffffffffffffffffff19164364ffffffffff16176cffffffffffffffff000000000060789390931c928316176effff000000000000000000000000009092169190911790555080546001600160a01b03167e0900000000000000000000000000000000000000000000000000000000000017905593505f925050505b600481106149f35750507f1e85220a1bcf1746feefd83ce24a4ec41cc860e56c8ae81fa9506d838212b06260206149e163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166001600160401b034316614197565b6001600160401b0360405191168152a2565b5f8282016004015560010161497b565b50600a861015610423576005861415614454565b506040850151151561444e565b6001600160401b03907f0d5c5d70000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b600482101561434a5701905f90565b90614a7282614119565b614a7f60405191826140f8565b8281528092614a90601f1991614119565b0190602036910137565b6001600160401b035f19911601906001600160401b03821161097357565b805182101561434a5760209160051b010190565b604090614ae3939281528160208201520190613fa2565b90565b60095491614af383614a68565b92614afd81614a68565b926001600160401b03165f5b828110614b1557505050565b80614b4383614b2560019461432e565b506001600160a01b038582015416614b3d858c614ab8565b52615de2565b614b4d8288614ab8565b5201614b09565b9290919363ffffffff83169182158015614d5f575b614d555763ffffffff9095165f925b60018111614c3357505051149283614b91575b50505090565b6020929350905f91604051907fffffffff00000000000000000000000000000000000000000000000000000000858301937f0200000000000000000000000000000000000000000000000000000000000000855260e01b166021830152602582015260258152614c026045826140f8565b604051918291518091835e8101838152039060025afa15614c28575f51145f8080614b8b565b6040513d5f823e3d90fd5b9095600180881603614cda5782518414614ccf575f602091614c8b614c99614c64614c5d8961417c565b9888614ab8565b519260405192839187830195869091604192600160f81b8352600183015260218201520190565b03601f1981018352826140f8565b604051918291518091835e8101838152039060025afa15614c28575f51955b60011c90600181018091116109735760011c614b78565b505050505050505f90565b956001810180821161097357821115614cb8579582518414614ccf575f602091614c8b614d32614d0c614c5d8961417c565b5160405192839187830195869091604192600160f81b8352600183015260218201520190565b604051918291518091835e8101838152039060025afa15614c28575f5195614cb8565b5050505050505f90565b508263ffffffff87161015614b69565b9160405191602083019384526001600160601b03199060601b166040830152605482015260548152614da26074826140f8565b51902090565b63ffffffff1690815f52600460205260405f209163ffffffff60018401541615614dcf5750565b6320ed185360e21b5f5260045260245ffd5b3563ffffffff8116810361022b5790565b3561ffff8116810361022b5790565b356001600160401b038116810361022b5790565b600381101561042357600103614e52576001600160601b037f00000000000000000000000000000000000000000000000000000000000000001690565b6001600160601b037f00000000000000000000000000000000000000000000000000000000000000001690565b614e889061432e565b5090815465ffffffffffff8160c01c16614ec863ffffffff7f000000000000000000000000000000000000000000000000000000000000000016826142a1565b90151580614fe2575b614fad575082547fffffffffffffffff000000000000000000000000000000000000000000000000166bffffffffffffffffffffffff60601b60609290921b91909116176001600160601b0391909116178155614f547f000000000000000000000000000000000000000000000000000000000000000063ffffffff16436142a1565b60018101809111610973577fffff000000000000ffffffffffffffffffffffffffffffffffffffffffffffff7dffffffffffff00000000000000000000000000000000000000000000000083549260c01b169116179055565b6001600160401b03907f6e05420b000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b50804310614ed1565b906001600160a01b0361501e92165f5260076020526001600160601b0361452181600160405f20019316828454166142fb565b565b90815f52600860205260405f209160ff600184015460f01c16600a8110158061042357600382141580615077575b61505757505050565b6104235780156109f1576109ec9163276065d160e21b5f52600452614039565b50505f600982141561504e565b614ae39060016150c361509683615d74565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906142a1565b91015460f81c906142a1565b91906001600160a01b031691825f52600760205260ff60405f205460d81c166001600160401b035f9216915b60088110615130575b847f7e91740c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160fd1b03811681036109735760ff838260031b1c16801561516357821461515d576001016150fb565b93505050565b50615104565b90600161518d6fffffffffffffffffffffffffffffffff93600484841c9101614a59565b90549060031b1c9116155f146151a85760ff60805b161c1690565b60ff5f6151a2565b93917fff000000000000000000000000000000000000000000000000000000000000009093919360405194602086019687526001600160601b03199060601b16604086015260f81b1660548401526055830152607582015260758152614da26095826140f8565b63ffffffff5f199116019063ffffffff821161097357565b81156143a0570690565b9091939263ffffffff8516908163ffffffff8216105f146153a25763ffffffff905b169161526683614119565b9561527460405197886140f8565b838752601f1961528385614119565b01366020890137868415615399575061529b90615217565b86511561434a5763ffffffff1660208701526001935f9391929091905b8186106152c757505050505050565b5f979496929395975063ffffffff61532182604d6040518a815288602082015263ffffffff60981b8c60981b167f6368616c6c656e676500000000000000000000000000000000000000000000001760408201522061522f565b16955f5b8981108061537f575b156153415761533c9061417c565b615325565b968961535c939694979a989992959914615365575b5061428a565b939091926152b8565b6153786153718961417c565b988b614ab8565b525f615356565b508763ffffffff615390838a614ab8565b5116141561532e565b96505050505050565b5063ffffffff8561525b565b6001015463ffffffff81169060201c6001600160401b031642106153cf5790565b614ae390615217565b9190916153ec6153e661435e565b916159de565b815261ffff5f9316925b815181101561546e576001600160ff1b03811681036109735780600385600193841b1c168281145f1461543b575060208301615432815161417c565b90525b016153f6565b60028103615459575060408301615452815161417c565b9052615435565b6003036154355760608301615452815161417c565b509150565b90602082019081518060011b90808204600214901517156109735783511080615564575b61555c5760408301918251600281101592836154ef575b5050506154e8575160608201516154c4916142a1565b908160011b91808304600214901517156109735751106154e357600690565b600890565b5050600590565b919250901561552f5750508051600381029080820460031490151715610973578251908160011b918083046002149015171561097357115b5f80806154ae565b8060011b9080820460021490151715610973578351109081615552575b50615527565b905051155f61554c565b505050600490565b50600282511015615497565b906001600160601b037f0000000000000000000000000000000000000000000000000000000000000000169182156155cd576155ae905f549361431b565b918083116155c5575b826155c19161418a565b5f55565b9150816155b7565b505f9150565b9493909192945f95600a8110156104235760048103615767575060015b6001810361574c576002919493945b61ffff6001600160401b035f97169516955b60088110615623575b50505050505050565b6001600160fd1b03811681036109735760ff868260031b1c168015615746575f1981019081116109735760016156606001600160a01b039261432e565b5001541690815f52600760205260405f205f1962ffffff825460c01c160162ffffff811161097357815462ffffff60c01b191660c09190911b62ffffff60c01b161781556001600160ff1b0382168203610973576003898360011b1c16928584145f14615704575060019250866156da575b505b01615611565b6156fe906128d16001600160601b0389166001600160601b03835460601c166142db565b5f6156d2565b919286811591821561573c575b5050615722575b50506001906156d4565b9961475f84615734936001959d615e0e565b98905f615718565b149050865f615711565b5061561a565b600281036157605760015b919493946155ff565b6004615757565b6005036157755760026155f0565b60046155f0565b6001600160401b0390939291931690814311156159b257610101824303105f146159885781405b8015615975576157b2826142ae565b6157bf60405191826140f8565b82815260208101908387019336851161022b576020815f928a863783010152519020908082036159435750505f935f918182355f1a925f9060f8851060011461591957505060f5198382018181019484936001013560f61990910160031b610100031c01015b14615876575b505080931561584e571561583c5750565b633d78fa4160e21b5f5260045260245ffd5b7f34ea3f6e000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f5b600d81106158a9575b50602082011081355f1a60a0141661589a575b8061582b565b9350506001809301355f615894565b9180355f1a906080821060011461590d5760b882106001146158ff5760c08210156158f3579060019160b519918382013560b619820160031b610100031c91010101925b01615878565b5050809150905f615881565b01607e1901916001906158ed565b600191508101926158ed565b90919360c081101561592f575b50508190615825565b6001820194500160be19019050815f615926565b837ffe5351b0000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b82633d78fa4160e21b5f5260045260245ffd5b815f525f602052602080805f71f90827f1c53a10cb7a02335b1753200029355afa506020516157a3565b507f02c32a2d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b905f5b6008811080615a02575b156159fe576159f99061417c565b6159e1565b9150565b506001600160fd1b03811681036109735760ff6001600160401b0384168260031b1c1615156159eb565b92615a4d909291926001600160401b03615a4586615d74565b16928361577c565b917f00000000000000000000000000000000000000000000000000000000000000009260ff8416935f9560018101549160ff8360f01c16600a81101561042357600914615cda575b505061ffff9060281c169085925f975f9560095490615ab382614a68565b995f965f5b848110615c615750505050508315615c4757929095915f968360021b947f3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff851685141594855b610973578663ffffffff8b161080615c3e575b15615c0d57615b6385604d8c63ffffffff60981b6040519189835288602084015260981b167f636f6d6d697474656500000000000000000000000000000000000000000000001760408201522061522f565b965f88615b70828f614ab8565b5111615b99579088615b70615b8b8f9a99989796959461417c565b80939495969798999a614ab8565b98909294969a999c91939597506001891b90818116615bff57179760018101809111610973576001600160fd1b038d168d0361097357615bf2916001600160401b03615bec928f60031b1b16179c61417c565b9861428a565b9894929095939185615afe565b9850509a97615bf29061428a565b96509699985050955050505084939415615c245750565b60ff906369894c6b60e01b5f525f6004521660245260445ffd5b50808910615b11565b60ff876369894c6b60e01b5f525f6004521660245260445ffd5b8c615c6b8261432e565b50805460f01c6001841b8616159081615cbb575b50615c9b575b509089615c9482600194614ab8565b5201615ab8565b90615c94615cb1849c61475f8960019796615de2565b9b50509091615c85565b9050848115918215615cd0575b50505f615c7f565b149050845f615cc8565b9095600182901b6101fe169160ff16036109735760018101809111610973576008811115615d6457506001600160401b036008805b96015460281c165f905b6008821015615a955790966001600160fd1b03881688036109735760ff828960031b1c16908115615d5d575f19820191821161097357600180921b17970190615d19565b9750615a95565b60086001600160401b0391615d0f565b600181015460ff8160f01c1690600a82101561042357614ae39264ffffffffff92600903615dd857600891500154165b64ffffffffff63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001691166142a1565b5060781c16615da4565b546001600160601b039182919060c082901c65ffffffffffff1611615e0657161690565b60601c161690565b805460018201805460601c6001600160601b03908116969594921690612710615e65615e3a89856142a1565b61ffff7f0000000000000000000000000000000000000000000000000000000000000000169061431b565b04968715615f3a579282886001600160a01b03937f686e4f97c0aca6c6719647401ac7f5e2ed3a928d46be84237c5a0258baa6ce03966040968311155f14615ee4575050615eb29161418a565b945b80546bffffffffffffffffffffffff19166001600160601b038716179055825188815260208101959095521692a3565b615f0490615efe615f33956001600160601b03949561418a565b9061418a565b82546bffffffffffffffffffffffff60601b1916911660601b6bffffffffffffffffffffffff60601b16179055565b5f94615eb4565b505f9650505050505056fea164736f6c6343000825000a",
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

// PackJobIdFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30bfa439.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobIdFor(uint256 nonce) view returns(bytes32)
func (proofOfLogits *ProofOfLogits) PackJobIdFor(nonce *big.Int) []byte {
	enc, err := proofOfLogits.abi.Pack("jobIdFor", nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobIdFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30bfa439.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobIdFor(uint256 nonce) view returns(bytes32)
func (proofOfLogits *ProofOfLogits) TryPackJobIdFor(nonce *big.Int) ([]byte, error) {
	return proofOfLogits.abi.Pack("jobIdFor", nonce)
}

// UnpackJobIdFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30bfa439.
//
// Solidity: function jobIdFor(uint256 nonce) view returns(bytes32)
func (proofOfLogits *ProofOfLogits) UnpackJobIdFor(data []byte) ([32]byte, error) {
	out, err := proofOfLogits.abi.Unpack("jobIdFor", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackJobNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63e46ee9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobNonce() view returns(uint256)
func (proofOfLogits *ProofOfLogits) PackJobNonce() []byte {
	enc, err := proofOfLogits.abi.Pack("jobNonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63e46ee9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobNonce() view returns(uint256)
func (proofOfLogits *ProofOfLogits) TryPackJobNonce() ([]byte, error) {
	return proofOfLogits.abi.Pack("jobNonce")
}

// UnpackJobNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63e46ee9.
//
// Solidity: function jobNonce() view returns(uint256)
func (proofOfLogits *ProofOfLogits) UnpackJobNonce(data []byte) (*big.Int, error) {
	out, err := proofOfLogits.abi.Unpack("jobNonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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
