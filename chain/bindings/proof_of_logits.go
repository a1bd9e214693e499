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
	Seed              [32]byte
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
}

// ProofOfLogitsMetaData contains all meta data concerning the ProofOfLogits contract.
var ProofOfLogitsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minMinerStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minValidatorStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"thresholdsDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seedDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"attestWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxValidators\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"collateralMultiplier\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorCutBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"absentPenaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerToken\",\"type\":\"uint96\"}],\"internalType\":\"structIProofOfLogits.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"AttestWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"expected\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"got\",\"type\":\"uint32\"}],\"name\":\"BadThresholdsVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"}],\"name\":\"ClaimedByOther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"CommitteeAlreadyDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"CommitteeNotDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minFee\",\"type\":\"uint256\"}],\"name\":\"FeeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"HeaderMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientFreeStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"}],\"name\":\"InvalidLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidThresholds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidVerdict\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"ModelIsRetired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NotCancellable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"NotClaimHolder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCommitteeMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"drawn\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"}],\"name\":\"NotEnoughValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"outputLength\",\"type\":\"uint256\"}],\"name\":\"OutputLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"duties\",\"type\":\"uint32\"}],\"name\":\"PendingDuties\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"name\":\"ProfileNotAdmitted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"ReleasedByCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"RetireInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"RevealWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"}],\"name\":\"RevealWindowNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"RevealWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"have\",\"type\":\"uint8\"},{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"want\",\"type\":\"uint8\"}],\"name\":\"RoleMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"SeedUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nextBlock\",\"type\":\"uint64\"}],\"name\":\"StakeChangeTooSoon\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"activeFrom\",\"type\":\"uint64\"}],\"name\":\"ThresholdsPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"readyBlock\",\"type\":\"uint64\"}],\"name\":\"UnbondingNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"UnknownJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"maxValidators\",\"type\":\"uint8\"}],\"name\":\"ValidatorSetFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"active\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"expected\",\"type\":\"uint32\"}],\"name\":\"VersionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"enumIProofOfLogits.JobStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIProofOfLogits.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"ClaimReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"name\":\"CommitteeDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"}],\"name\":\"JobClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"JobCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumIProofOfLogits.JobStatus\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minerPayout\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voterReward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minerSlash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"thresholdsVersion\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"promptHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMilli\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structIProofOfLogits.Sampler\",\"name\":\"sampler\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"JobSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"thresholds\",\"type\":\"tuple[]\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"ModelRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rewardPool\",\"type\":\"uint256\"}],\"name\":\"RewardsFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"thresholds\",\"type\":\"tuple[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"activeFrom\",\"type\":\"uint64\"}],\"name\":\"ThresholdsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"UnbondRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"}],\"name\":\"ValidatorAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"}],\"name\":\"ValidatorRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"VerdictCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_POSITIONS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PROFILES\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"cancelJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"challengePositions\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"\",\"type\":\"uint32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"claimJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitVerdict\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"}],\"name\":\"deriveChallengePositions\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"\",\"type\":\"uint32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"}],\"name\":\"drawCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"drawWeights\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fundRewards\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getAccount\",\"outputs\":[{\"components\":[{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"locked\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"owed\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"jobs\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"duties\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"unbonding\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondReadyAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondReadyBlock\",\"type\":\"uint64\"}],\"internalType\":\"structIProofOfLogits.Account\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"getCommittee\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"enumIProofOfLogits.Verdict[]\",\"name\":\"verdicts\",\"type\":\"uint8[]\"},{\"internalType\":\"bool[]\",\"name\":\"committed\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"getJob\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"},{\"internalType\":\"enumIProofOfLogits.JobStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"thresholdsVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"commitBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIProofOfLogits.Job\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"latestVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"activeVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"latestActiveFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"internalType\":\"structIProofOfLogits.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"name\":\"getThresholds\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"internalType\":\"structIProofOfLogits.Thresholds\",\"name\":\"t\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getValidators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"stakes\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"jobIdFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minMinerStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minValidatorStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"thresholdsDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seedDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"attestWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxValidators\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"collateralMultiplier\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorCutBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"absentPenaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerToken\",\"type\":\"uint96\"}],\"internalType\":\"structIProofOfLogits.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"}],\"name\":\"previewCommittee\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"th\",\"type\":\"tuple[]\"}],\"name\":\"registerModel\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"releaseClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"retireModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"enumIProofOfLogits.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"revealVerdict\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardPool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"seedOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"expectedVersion\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"promptHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMilli\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIProofOfLogits.Sampler\",\"name\":\"sampler\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"submitJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"th\",\"type\":\"tuple[]\"}],\"name\":\"updateThresholds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"enumIProofOfLogits.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"verdictCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyMerkleProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyOpening\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ProofOfLogits",
	Bin: "0x6102a0604052346105ee57604051601f615daa38819003918201601f19168301916001600160401b038311848410176105da57808492610200946040528339810103126105ee576040519061020082016001600160401b038111838210176105da5760405261006d816105f2565b808352908261007e602083016105f2565b9283602083015260408301610092906105f2565b806040840152606084016100a590610606565b806060850152608085016100b890610606565b60808501526100c960a08601610606565b60a08501526100da60c0860161061a565b908160c086015260e086016100ee9061061a565b8060e087015261010087016101029061061a565b908161010088015261012088016101189061062b565b9384610120890152610140890161012e9061062b565b93846101408a01526101608a016101449061062b565b96876101608b01526101808b0161015a90610639565b98896101808c01526101a08c0161017090610639565b6101a0819c01528d6101c08d0161018690610639565b9c8d6101c08301526101e00161019b906105f2565b6101e09091015260016002556001600160601b0316159b8c156105c8575b508b156105b6575b508a1561059c575b508915610589575b50881561057a575b8815610566575b508715610557575b508615610549575b861561053b575b861561052f575b50851561051d575b50841561050f575b508315610502575b5082156104f0575b5081156104e0575b506104d1573360805260018060601b0381511660a05260018060601b0360208201511660c05260018060601b0360408201511660e05260018060401b036060820151166101005260018060401b036080820151166101205260018060401b0360a0820151166101405263ffffffff60c0820151166101605263ffffffff60e0820151166101805263ffffffff610100820151166101a05260ff610120820151166101c05260ff610140820151166101e05260ff610160820151166102005261ffff610180820151166102205261ffff6101a0820151166102405261ffff6101c082015116610260526101e060018060601b03910151166102805260405161576190816106498239608051818181610436015281816121e2015281816136670152613ccd015260a0518181816110bd0152818161139501528181612e0f0152614b0f015260c0518181816110ee0152614b3c015260e05181818161111e0152613e4101526101005181818161114e01526133b901526101205181818161117e0152612ec60152610140518181816111af01526137fc015261016051818181610c4101528181610df6015281816111e0015281816114e7015281816117d6015281816119e20152612570015261018051818181610e2b015281816112090152818161180701528181612a3b015281816135370152614b7a01526101a05181818161123501528181611a1901526125af01526101c0518181816112620152818161541a01526155a001526101e05181818161128c015261287d0152610200518181816112b60152612b370152610220518181816112e001528181611b4c015281816124a501528181612da7015261322501526102405181818161130b01528181611c340152611ff7015261026051818181611336015261564e01526102805181818161136101526150db0152f35b635435b28960e11b5f5260045ffd5b612710915061ffff16115f610226565b61271091925061ffff1611905f61021e565b61ffff161592505f610216565b60ff9081161493505f61020e565b60ff9195501660ff851610935f610206565b60ff161595505f6101fe565b600860ff83161196506101f7565b600260ff83161096506101f0565b63ffffffff161596505f6101e8565b611fff91985063ffffffff1611965f6101e0565b63ffffffff81161598506101d9565b600291995063ffffffff1610975f6101d1565b63ffffffff6001600160401b03919091161199505f6101c9565b6001600160601b0316159a505f6101c1565b6001600160601b0316159b505f6101b9565b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b51906001600160601b03821682036105ee57565b51906001600160401b03821682036105ee57565b519063ffffffff821682036105ee57565b519060ff821682036105ee57565b519061ffff821682036105ee5756fe60806040526004361015610011575f80fd5b5f3560e01c806308aebbda146141185780630a29141414613da65780630c2b7e8014613c945780632023b3a114613be557806330bfa43914613bc55780633ccfd60b146138e8578063441d96e21461362257806354f63b14146132e65780635fae1450146131135780635fcec5c614612d16578063604f2177146128e857806363e46ee9146128bf57806366666aa9146128a35780636b2849761461283c5780636deec8571461281e57806373f42561146128015780637b8d16d6146125285780637bd1c8b91461242d5780637e877c8b146123c95780638b0a145b146122065780638da5cb5b146121c35780638e0e07fa146120fc578063987757dd146119ad5780639f81e93814611992578063a601873c14611942578063b7ab4db514611920578063bfd10e111461178c578063c5a4315914611591578063cb85e239146114af578063cff0ab9614611020578063dfb8a43f14610db3578063e11d6d5214610d72578063f69fe89714610ab6578063f729cf0d14610821578063f7b24e0814610804578063f8d635cc146103f7578063fbcbc0f11461023a5763ff18bf0b146101bb575f80fd5b5f36600319011261023657341561020e576101d7345f546144db565b805f556040519034825260208201527f17c4c73fe3b5d172ec864d377fb9e2323d3f90de65eed172cc20232b48ab2ae160403392a2005b7f7c946ed7000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f80fd5b34610236576020366003190112610236576004356001600160a01b038116809103610236575f61010060405161026f81614420565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e082015201525f52600660205260405f206001810154908160f81c916001600160401b03600283549301541691604051906102d282614420565b60038510156103e357848252602082016001600160601b0382168152604083016001600160601b038516815260608401908360601c6001600160601b0316825260808501928660e81c61ffff16845260a086019460c01c62ffffff16855260c08601958760601c6001600160601b0316875260e081019760c01c64ffffffffff16885261010001978852604051988961036a916143a6565b516001600160601b03166020890152516001600160601b03166040880152516001600160601b031660608701525163ffffffff1660808601525163ffffffff1660a0850152516001600160601b031660c0840152516001600160401b031660e0830152516001600160401b031661010082015261012090f35b634e487b7160e01b5f52602160045260245ffd5b34610236576040366003190112610236576004356024356001600160401b0381116102365761042a903690600401614217565b91906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036107d8576003549063ffffffff610470818416614804565b16809263ffffffff19161760035561ffff82116107c557831580156107bb575b610638575f93845b818610156106a45760c08602830195600163ffffffff6104b789614ac1565b160361067e57602087019163ffffffff6104d084614ac1565b1615908115610660575b506106385760019161ffff6106268460a08b019361061f6105d660806104ff88614ad2565b9e8d5f52600560205260405f20865f5260205260405f20886105208b614ad2565b165f5260205261054e60405f209563ffffffff61053c84614ac1565b1663ffffffff19885416178755614ac1565b85546fffffffffffffffff000000000000000061056d60408501614ae1565b60401b16907fffffffffffffffff0000000000000000000000000000000000000000ffffffff67ffffffff0000000077ffffffffffffffff000000000000000000000000000000006105c160608801614ae1565b881b169460201b169116171717855501614ae1565b825477ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7fffffffffffffffff00000000000000000000000000000000000000000000000016178255565b0192614ad2565b1661ffff198254161790550194610498565b7f5d061126000000000000000000000000000000000000000000000000000000005f5260045ffd5b905061ffff8061067260a08b01614ad2565b921691161115886104da565b63ffffffff61068c88614ac1565b63495efb2d60e11b5f5260016004521660245260445ffd5b507f646e90e17a2f2bf1b1866eeb6570e7382d24814a2993f1a2d5680f89af3a2e6b906020946107b085946107986040516106de81614405565b8481526001600160401b038861075e828d8501946001865263ffffffff8060016040840193854216855260608101975f89525f5260206004905260405f2090518155019751161663ffffffff19875416178655511684906bffffffffffffffff0000000082549160201b16906bffffffffffffffff000000001916179055565b51825473ffffffffffffffff0000000000000000000000001916911660601b73ffffffffffffffff00000000000000000000000016179055565b60405193849384526040898501526040840191614523565b0390a2604051908152f35b5060108411610490565b506326281a1160e21b5f5260045260245ffd5b7f245aecd3000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610236575f366003190112610236576020604051621000008152f35b34610236576020366003190112610236576004356040516101c081018181106001600160401b03821117610aa2576040525f81525f602082015260408101915f8352606082015f8152608083015f815260a08401905f825260c08501925f845260e08601945f86525f6101008801525f6101208801525f6101408801525f6101608801525f6101808801525f6101a0880152805f52600760205260405f2090600182015490600960ff8360f01c1610156103e35760ff8260f01c1615610a90575081546001600160a01b038116895260a01c602089015260028201546001600160a01b0381168a5264ffffffffff8216845260ff8260f01c168652600260ff8360f01c1614610a7e575b508060281c61ffff1686528060381c61ffff1687528060481c62ffffff166101008901528060601c62ffffff166101208901528060781c64ffffffffff16610140890152600382015461016089015260a01c6001600160401b031661098f90615133565b60ff16610180880152600401546101a08701526040519686516001600160a01b0316885260208701516001600160601b03166020890152516001600160a01b03166040880152516001600160401b03166060870152516001600160401b031660808601525160a08501610a019161438b565b5163ffffffff1660c08401525163ffffffff1660e083015261010081015163ffffffff1661010083015261012081015163ffffffff166101208301526101408101516001600160401b031661014083015261016081015161016083015261018081015160ff166101808301526101a001516101a08201526101c090f35b60a01c64ffffffffff1684528961092b565b63e498a48160e01b5f5260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b346102365760a036600319011261023657602435600435610ad5614189565b906084356001600160401b03811161023657610af590369060040161431d565b939092825f52600760205260405f2093600185019485549560ff8760f01c1660098110156103e35760028103610d3c57506001600160a01b03600283015416338103610d2a575064ffffffffff8716804211610d14575062ffffff8760481c169663ffffffff85169788158015610d0b575b610cf5575063ffffffff85168803610ce157846403fffffffc8a9660021b168603610cb1576001600160401b03937fc96fa7bf4dd567d0eb9c15a45beedfe47c32828a5ca5beb113d0566561de6b6b98999388936effffff00000000000000000000000060039460601b169073ffffffffffffffff0000000000000000000000001973ffffffffff0000000000000000000000000000004360781b169116171781557e0300000000000000000000000000000000000000000000000000000000000060ff60f01b198254161790550155610c6963ffffffff7f000000000000000000000000000000000000000000000000000000000000000016834316614503565b906040519586526020860152606435604086015216606084015260a060808401528160a084015260c08301375f60c0858301015260c0813395601f80199101168101030190a3005b85897f871449d6000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b8863539335b560e11b5f5260045260245260445ffd5b50808911610b67565b86637fa0676960e01b5f5260045260245260445ffd5b6374ca2bb360e01b5f5260045260245ffd5b86908015610d5f57610d5a9163276065d160e21b5f5260045261437d565b60445ffd5b5063e498a48160e01b5f5260045260245ffd5b34610236576020366003190112610236576004356001600160401b038116810361023657610d9f90614796565b90610daf604051928392836142c2565b0390f35b3461023657610dc13661434a565b610dcc839293614e5f565b92600184019182546001600160401b038160a01c16610ff457610e209064ffffffffff63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000169160781c16614503565b91610e5a63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166001600160401b0385166144db565b804311610fbf5750610e7891610e709184615181565b9182856153e3565b9290610e8384614716565b935f5b818110610f245750507fe459d8971badd1a4e4e104b832777214064f7dce825411e13f12328393bdd74e9495826004927fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff00000000000000000000000000000000000000008796549260a01b1691161790550155610f1f6040519283928352604060208401526040830190614286565b0390a2005b6001600160fd1b0381168103610ce1576001600160a01b036001610f60610f5b60ff6001600160401b0388168660031b1c16614748565b614766565b5001541680610f6f8389614782565b525f52600660205260405f2090600162ffffff835460c01c16019162ffffff8311610ce157600192610fb9919062ffffff60c01b1962ffffff60c01b83549260c01b169116179055565b01610e86565b6001600160401b03907fc5c1828b000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b847f1a55ae5d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610236575f3660031901126102365760405161103c816143e9565b5f8152602081015f9052604081015f9052606081015f9052608081015f905260a081015f905260c081015f905260e081015f905261010081015f905261012081015f905261014081015f905261016081015f905261018081015f90526101a081015f90526101c081015f90526101e0015f90526040516110bb816143e9565b7f00000000000000000000000000000000000000000000000000000000000000006001600160601b0316815260208101907f00000000000000000000000000000000000000000000000000000000000000006001600160601b03168252604081017f00000000000000000000000000000000000000000000000000000000000000006001600160601b03168152606082017f00000000000000000000000000000000000000000000000000000000000000006001600160401b03168152608083017f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316815260a08401917f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316835260c08501937f000000000000000000000000000000000000000000000000000000000000000063ffffffff1685527f000000000000000000000000000000000000000000000000000000000000000063ffffffff1660e08701527f000000000000000000000000000000000000000000000000000000000000000063ffffffff166101008701527f000000000000000000000000000000000000000000000000000000000000000060ff166101208701527f000000000000000000000000000000000000000000000000000000000000000060ff166101408701527f000000000000000000000000000000000000000000000000000000000000000060ff166101608701527f000000000000000000000000000000000000000000000000000000000000000061ffff166101808701527f000000000000000000000000000000000000000000000000000000000000000061ffff166101a08701527f000000000000000000000000000000000000000000000000000000000000000061ffff166101c08701527f00000000000000000000000000000000000000000000000000000000000000006001600160601b03166101e0870152604051967f00000000000000000000000000000000000000000000000000000000000000006001600160601b03168852516001600160601b03166020880152516001600160601b03166040870152516001600160401b03166060860152516001600160401b03166080850152516001600160401b031660a08401525163ffffffff1660c083015260e081015163ffffffff1660e083015261010081015163ffffffff1661010083015261012081015160ff1661012083015261014081015160ff1661014083015261016081015160ff1661016083015261018081015161ffff166101808301526101a081015161ffff166101a08301526101c081015161ffff166101c08301526101e001516001600160601b03166101e082015261020090f35b346102365761151a6115146114c33661434a565b61150d64ffffffffff60016114da86979597614e5f565b015460781c1663ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690614503565b9384615181565b906153e3565b61152381614716565b905f5b8181106115435760405160208082528190610daf90820186614286565b6001600160fd1b0381168103610ce1576001906001600160a01b038261157c610f5b60ff6001600160401b038a168660031b1c16614748565b5001541661158a8286614782565b5201611526565b3461023657602036600319011261023657600435805f52600760205260405f209060018201549060ff8260f01c1660098110156103e35715610a9057506001600160401b038160a01c16906115e582615133565b906115ef82614716565b936115f98361445d565b90611607604051928361443c565b8382526116138461445d565b602083019490601f19013686376116298161445d565b93611637604051958661443c565b8185526116438261445d565b602086019790601f190136893761ffff5f9260e01c16915b838110611701576116808a8a8a8a8a6020604051968796606088526060880190614286565b918683038288015251918281520192905f5b8181106116da57505050602090848303604086015251918281520191905f5b8181106116bf575050500390f35b825115158452859450602093840193909201916001016116b1565b919495509192602080826116f16001948951614310565b0195019101918695949392611692565b6001600160fd1b0381168103610ce1576001600160a01b03600161172f610f5b60ff868660031b1c16614748565b5001541661173d828c614782565b526001600160ff1b0381168103610ce1576003838260011b1c169060048210156103e35760019161176e8289614782565b526117798187614f43565b1515611785828a614782565b520161165b565b34610236576040366003190112610236576004356117a981614e5f565b60018101546001600160401b038160a01c1690811561190d5761180061182d9164ffffffffff63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000169160781c166144db565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906144db565b804311610fbf5750611840903390614ea9565b9060243560801c91821561020e57600181811c911661190357600560ff60805b16920161186d82826146f3565b90549060031b1c916fffffffffffffffffffffffffffffffff83851c166118d757611897916146f3565b91909384549260031b931b17821b915f19901b191617905533907fa969eecb6b4e5de6abaa2787f4eed2cf670e1b4d4558994efa5c5bc9e0e820ce5f80a3005b7f64dbd987000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b600560ff5f611860565b8363110a84e560e01b5f5260045260245ffd5b34610236575f36600319011261023657610d9f6001600160401b034316614796565b346102365760a0366003190112610236576024356001600160a01b0381168103610236576044359060048210156102365760209161198a916084359160643591600435614f8a565b604051908152f35b34610236575f36600319011261023657602060405160108152f35b34610236576020366003190112610236576004356119ca81614e5f565b6001810190815491611a3f611a1261180063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001664ffffffffff8760781c166144db565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906144db565b804311156120c7575061ffff6001600160401b038460a01c169360e01c1693611a6661469d565b92611a7085615133565b84525f5b8451811015611aec576001600160ff1b0381168103610ce15780600388600193841b1c168281145f14611ab9575060208601611ab081516144c0565b90525b01611a74565b60028103611ad7575060408601611ad081516144c0565b9052611ab3565b600303611ab35760608601611ad081516144c0565b5085849186611afa8461501e565b9360098510156103e357865460ff60f01b197eff0000000000000000000000000000000000000000000000000000000000008760f01b169116178755611b3e61469d565b93835460a01c611b7261ffff7f0000000000000000000000000000000000000000000000000000000000000000168261468a565b906001600160a01b0360028701541693845f52600660205260405f206001600160601b0384169b611bf28d6001600160601b03611bb6600186019282845416614611565b166001600160601b0319825416178155611bd761ffff825460e81c166146c1565b61ffff60e81b1961ffff60e81b83549260e81b169116179055565b5f9c8d9760048d14968715611fc757505050548060601c62ffffff1690611c19828661468a565b9060481c62ffffff16611c2b916146d5565b92611c5a61ffff7f0000000000000000000000000000000000000000000000000000000000000000168561468a565b612710900490602001908151611c6f916146d5565b908160208d015251611c809161468a565b611c8a90846144ce565b90611c94906150d0565b611c9d916144db565b808a526001600160601b0316815460601c6001600160601b031690611cc1916145f1565b81546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b16179055611cf8916144ce565b60608701525b83611dfe575b505050509060a09291857f46c05274d9305e354ac0868a5e8bcd9b50324f46d029122fc56bd1b379dc5e629596611de9575b506060820190815180611d7a575b505081519160406020820151910151915192611d63604051809661438b565b6020850152604084015260608301526080820152a2005b6001600160a01b03611de29254165f526006602052611db36001600160601b0360405f2092166001600160601b03835460601c166145f1565b6bffffffffffffffffffffffff60601b196bffffffffffffffffffffffff60601b83549260601b169116179055565b8680611d44565b611df5906001546144db565b60015586611d36565b602086999394990151905f946103e35715611faf576001905b60018203611fa85760025b5f5b60088110611e71575b50505050507f46c05274d9305e354ac0868a5e8bcd9b50324f46d029122fc56bd1b379dc5e6295965060a094939291611e65916144db565b95948192939488611d04565b6001600160fd1b0381168103610ce15760ff8c8260031b1c168015611fa2575f198101908111610ce1576001611eae6001600160a01b0392614766565b5001541690815f52600660205260405f205f1962ffffff825460c01c160162ffffff8111610ce157815462ffffff60c01b191660c09190911b62ffffff60c01b161781556001600160ff1b0382168203610ce1578c6003888460011b1c16938785145f14611f545750506001925084611f2a575b505b01611e24565b611f4e90611db36001600160601b0387166001600160601b03835460601c166145f1565b8d611f22565b91909293858115918215611f98575b5050611f75575b505050600190611f24565b611f8d926001949a92611f879261561d565b906144db565b9690508a8d80611f6a565b149050855f611f63565b50611e2d565b6004611e22565b60058703611fc05760025b90611e17565b6004611fba565b93925093909480985060608c01525f9760058d14611feb575b505050505050611cfe565b8d959e508360408d01527f000000000000000000000000000000000000000000000000000000000000000061ffff166120239161468a565b612710900490604001908151612038916146d5565b908160208d0152516120499161468a565b61205390836144ce565b9c81546001600160601b03169061206991614611565b906001600160601b0382166001600160601b03198254161790556040519182526001600160601b0316602082015260407f686e4f97c0aca6c6719647401ac7f5e2ed3a928d46be84237c5a0258baa6ce0391a3898080808080611fe0565b6001600160401b03907f0d5c5d70000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b346102365760203660031901126102365760a061214561211a61419c565b5f6080604051612129816143ce565b8281528260208201528260408201528260608201520152614a6f565b6001600160401b038154918161215f600183015492614ff1565b63ffffffff60405191612171836143ce565b868352816020840181871681528160408601931683528560806060870196828a60201c168852019760601c16875260405198895251166020880152511660408601525116606084015251166080820152f35b34610236575f3660031901126102365760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102365760603660031901126102365761221f61419c565b612227614176565b6044359161ffff8316809303610236575f60a0604051612246816143b3565b828152826020820152826040820152826060820152826080820152015263ffffffff61227182614a6f565b921691821580156123b6575b612395575063ffffffff1690815f52600560205260405f20815f5260205260405f20835f5260205260405f20604051926122b6846143b3565b81549263ffffffff8416855263ffffffff8460201c1695602086019187835260408701936001600160401b038760401c16855261ffff600160608a01976001600160401b038a60801c16895260808b019960c01c8a520154169860a08901998a52156123645760c08861ffff8b6001600160401b038b818c818d63ffffffff8e816040519b51168b52511660208a0152511660408801525116606086015251166080840152511660a0820152f35b7f2e47659c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b63ffffffff6001849201541663495efb2d60e11b5f5260045260245260445ffd5b5063ffffffff600182015416831161227d565b34610236576080366003190112610236576123e2614189565b6123ea6141af565b9063ffffffff81161561241657610daf9161240a91602435600435614cea565b60405191829182614247565b63539335b560e11b5f525f6004525f60245260445ffd5b3461023657602036600319011261023657600435805f52600760205260405f2090600182019160ff835460f01c1660098110156103e3576002810361250a57506001600160a01b03600282015416923384036124f7576124d1916124cb91600160f01b60ff60f01b198254161790555460a01c61ffff7f0000000000000000000000000000000000000000000000000000000000000000169061468a565b83614c95565b7fe51383cac52abd822351ac89671798be0c5fe43d8e666fd64fe64a370cc969d45f80a3005b836374ca2bb360e01b5f5260045260245ffd5b90508015610d5f57610d5a9163276065d160e21b5f5260045261437d565b34610236576080366003190112610236576004356024359060048210156102365760643582156127d95761255b82614e5f565b60018101908154906125a061180063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001664ffffffffff8560781c166144db565b804311156127995763ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906125da82826144db565b431161275b5750506126026125fb336001600160401b038560a01c16614ea9565b8092614f43565b90811561272f5761ffff8360e01c16918160011b916001600160ff1b03811603610ce157600383831c166127035761263f866044358a338b614f8a565b60801c036126d7577fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff9161ffff7dffff000000000000000000000000000000000000000000000000000000009260ff8a16901b161760e01b1691161790556126aa6040518094614310565b60208301527f847809c705b618923848dc665e23dea0b9dcbaca432e1e2bd63c875b88ee606860403393a3005b7f9caca5eb000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7f879d3b85000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7fee0e2429000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6001600160401b039161276d916144db565b167fab32683c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60018101809111610ce1576001600160401b03907fc435a451000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b7ffbcebe72000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610236575f366003190112610236576020600154604051908152f35b3461023657602036600319011261023657602061198a600435614631565b3461023657602036600319011261023657610daf61240a60043561285f81614631565b90805f52600760205262ffffff600160405f20015460601c169060ff7f00000000000000000000000000000000000000000000000000000000000000001692614cea565b34610236575f3660031901126102365760205f54604051908152f35b34610236575f366003190112610236576002545f198101908111610ce157602090604051908152f35b60203660031901126102365760043560038110801561023657341561020e575f8215612cfe57335f52600660205260405f20908154612930346001600160601b0383166144db565b936001600160601b038511612ceb576001840191825460f81c60038110156103e357879080612c8a57506129649150614af5565b808610612c745750156103e35780547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7fff000000000000000000000000000000000000000000000000000000000000008760f81b1691161790556103e35760028314612a2b575b80546bffffffffffffffffffffffff19166001600160601b038316179055604051916129f89083906143a6565b34602083015260408201527f0a79772743d87ba7576fca49d64545ccce7a2369f471f1badf89540cdb09b28260603392a2005b600954600854905f9063ffffffff7f0000000000000000000000000000000000000000000000000000000000000000165b81831c612bb2575b505050600854808214612b33575b506001612a7e82614766565b5001805473ffffffffffffffffffffffffffffffffffffffff19163317905560018101808211610ce15760ff60d81b197bff0000000000000000000000000000000000000000000000000000008085549360d81b1616911617825560ff604051911681527fad33f130acf558490b64cba9b56b1cee0b83e1b91803df6c47998df3674a26d360203392a2612b2e612b1b60ff835460d81c166145df565b60ff6001600160601b0385169116614b5f565b6129cb565b60ff7f00000000000000000000000000000000000000000000000000000000000000001680831015612b87575068010000000000000000811015610aa257806001612b819201600855614766565b50612a72565b7f2d51837e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9091926001841b9182841615612c6757612bcb85614766565b50612bda82825460c01c6144db565b4310612c595760016001600160a01b03910154165f52600660205260405f209182549162ffffff8360c01c16612c435750506001850190818611610ce15760d81c60ff1614612c32575b501916600955848080612a64565b60ff60d81b19815416905586612c24565b949350949050612c5391506144c0565b91612a5c565b5092915092612c53906144c0565b92915092612c53906144c0565b856378e030db60e01b5f5260045260245260445ffd5b92969395939450909114612cbf57505050612cb2905460f81c632d7e789160e01b5f52614398565b156103e35760245260445ffd5b919350915060028414612cd3575b506129cb565b612b1b60ff612ce59260d81c166145df565b83612ccd565b6326281a1160e21b5f523460045260245ffd5b632d7e789160e01b5f525f600452600160245260445ffd5b3461023657602036600319011261023657600435805f52600760205260405f209060018201805460ff8160f01c169060028501918254916001600160a01b03831690600983101593846103e35760028414938415613099575060a01c64ffffffffff1633831461306e578042111561303f575064ffffffffff905b169687421161302857612dcd905460a01c61ffff7f0000000000000000000000000000000000000000000000000000000000000000169061468a565b91335f52600660205260405f209360018501948554908160f81c60038110156103e3576001810361300b57506001600160601b03905416906001600160601b037f000000000000000000000000000000000000000000000000000000000000000016808310612ff557506001600160601b039182612e4c921690614611565b16808511612fde57506103e35782612e7a926001600160601b03948593612fce575b505016828454166145f1565b166001600160601b0319825416178155600161ffff825460e81c160161ffff8111610ce157815461ffff60e81b191660e89190911b61ffff60e81b16179055612eec6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016426144db565b93808511612fc6575b506001600160a01b03331673ffffffffffffffffffffffffffffffffffffffff1982541617815580547fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff78ffffffffff00000000000000000000000000000000000000008660a01b1691161790557e0200000000000000000000000000000000000000000000000000000000000060ff60f01b198254161790556001600160401b03604051921682527f02a47c150278e38b060462e5cf6931755c485f3822cf01a5c01b8a051a99297e60203393a3005b935084612ef5565b612fd791614c95565b8981612e6e565b84906340179d2160e11b5f5260045260245260445ffd5b826378e030db60e01b5f5260045260245260445ffd5b61301e90632d7e789160e01b5f52614398565b600160245260445ffd5b8787637fa0676960e01b5f5260045260245260445ffd5b827f6f37d066000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f15afccb0000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9798969594505f9392919050600188146130cb5788888015610d5f57610d5a9163276065d160e21b5f5260045261437d565b9091929394959796503382146130e75764ffffffffff90612d91565b867f7d61e7a1000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461023657602036600319011261023657600435805f52600760205260405f206001810190815460ff8160f01c166009811015806103e3576001821415806132d9575b6132c2576103e357600214809181926132a9575b64ffffffffff164211159081613282575b50613256576001600160a01b036020927f7cb5f42f3c2d5661045b28e7ac2cb9ca0515c97ae4839440a3c1b407be27037c947e0700000000000000000000000000000000000000000000000000000000000060ff60f01b19825416179055805460a01c92613213575b54165f526006825261320a60405f20611db3836001600160601b03835460601c166145f1565b604051908152a2005b6132518260028301541661324b61ffff7f0000000000000000000000000000000000000000000000000000000000000000168661468a565b90614c95565b6131e4565b837f07e08744000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90506001600160a01b038354163314908115916132a1575b508561317b565b90508561329a565b600284015460a01c64ffffffffff16421115915061316a565b610d5a828763276065d160e21b5f5260045261437d565b50505f6002821415613156565b3461023657602036600319011261023657600435335f52600660205260405f206001810180548060f81c9060038210156103e3578115612cfe57841561020e5784906001600160601b03855416908183116135f3576001600160601b0361334e9116826144ce565b8083116135dc575090613360916144ce565b9061336a81614af5565b908215918215806135d3575b6135bd575084546bffffffffffffffffffffffff19166001600160601b0384169081178655906002146134e4575b506001600160401b0393506134ba575b6133e07f0000000000000000000000000000000000000000000000000000000000000000844216614503565b916134346134046001600160601b0387166001600160601b03845460601c166145f1565b82546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b16178255565b80547fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff7cffffffffff000000000000000000000000000000000000000000000000808660c01b1616911617905560405193845260208401521660408201527f8ffb1c1bbc9352c50a3e49053178f14880746fdfa0b27fa14c4ac392e3cdc38460603392a2005b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82541682556133b4565b613500829160ff6134fa81895460d81c166145df565b16614b5f565b61356f575b60016001600160401b03431601936001600160401b038511610ce1576001600160401b03600261355d829763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690614503565b920191168519825416179055856133a4565b60ff61358081865460d81c166145df565b166001811b600954176009556040519081527fbf0b69cecccb3e66847fd44e47532e9242000a7b20e34579ffd99f1c616434e960203392a2613505565b836378e030db60e01b5f5260045260245260445ffd5b50808410613376565b90506340179d2160e11b5f5260045260245260445ffd5b507f45be0a26000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b346102365760403660031901126102365761363b61419c565b6024356001600160401b0381116102365761365a903690600401614217565b6001600160a01b039291927f00000000000000000000000000000000000000000000000000000000000000001633036107d857600161369883614a6f565b019081546001600160401b038160201c168042106138b3575063ffffffff600191160163ffffffff8111610ce15763ffffffff169361ffff85116138a05781158015613896575b61063857919263ffffffff16915f91825b818110156137ce5760c081028301908763ffffffff61370e84614ac1565b16036137a857602082019463ffffffff61372787614ac1565b161590811561378a575b50610638578761ffff6137796001899861061f6105d660808960a0869b01986137598a614ad2565b9e5f52600560205260405f20905f5260205260405f20886105208b614ad2565b1661ffff19825416179055016136f0565b905061ffff8061379c60a08601614ad2565b92169116111589613731565b63ffffffff886137b784614ac1565b9063495efb2d60e11b5f526004521660245260445ffd5b507f8b3176f804390454787e05c21e84d5e07465d2992cbc6ae03a11a7376dd5072d92508461386b8761382a7f00000000000000000000000000000000000000000000000000000000000000006001600160401b034216614503565b83546bffffffffffffffff00000000199092166bffffffffffffffffffffffff1990921691909117602082901b6bffffffffffffffff000000001617909255565b6001600160401b0361388a604051948594604086526040860191614523565b911660208301520390a2005b50601082116136df565b846326281a1160e21b5f5260045260245ffd5b63ffffffff857fd5a579af000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b34610236575f366003190112610236577f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c613b9d5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d335f52600660205260405f208054906001600160601b038260601c1691600182019182546001600160601b038160601c1692831580159485613b87575b85613b75575b85613b5d575b85613b4c575b508615613a9d575050506bffffffffffffffffffffffff60601b198154169055613a71575b506040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a25f80808084335af13d15613a6c573d6139fb816144e8565b90613a09604051928361443c565b81525f60203d92013e5b15613a3d575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7f1c43b976000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b613a13565b80547fffffff0000000000000000000000000000000000ffffffffffffffffffffffff169055816139b6565b929192613b245760c01c62ffffff1680613af957506001600160401b03600264ffffffffff92015416917fb11883ac000000000000000000000000000000000000000000000000000000005f5260c01c1660045260245260445ffd5b7f6ec5f566000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fd0d04f60000000000000000000000000000000000000000000000000000000005f5260045ffd5b613b5691976144db565b9587613991565b60028501546001600160401b0316431015955061398b565b945062ffffff8260c01c161594613985565b945064ffffffffff8360c01c164210159461397f565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461023657602036600319011261023657602061198a6004353046614a36565b3461023657608036600319011261023657600435613c01614176565b906064356001600160401b03811161023657613c219036906004016141d3565b919092815f52600760205260405f20936003850154928315613c72576020613c68868686613c5e8762ffffff60018e015460601c16943691614474565b926044359261481b565b6040519015158152f35b610d5a9060ff600188015460f01c169063276065d160e21b5f5260045261437d565b3461023657604036600319011261023657613cad61419c565b602435906001600160401b03821691828103610236576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036107d857613cfc82614a6f565b90428410613d7a577f49ed05d85bf6dbd8e8b583ed03fb8636e04ac2b931f8ac7959c4e68b6b3d5fba92613d6f63ffffffff926001602095019073ffffffffffffffff0000000000000000000000001973ffffffffffffffff00000000000000000000000083549260601b169116179055565b6040519485521692a2005b837f384122bd000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b61012036600319011261023657613dbb61419c565b613dc3614176565b613dcb6141af565b9160803660831901126102365761010435906001600160401b0382169384830361023657613df882614a6f565b6001600160401b03600182015460601c168015158061410e575b6140d95750613e2563ffffffff91614ff1565b169263ffffffff85169380850361409f57506001600160601b037f00000000000000000000000000000000000000000000000000000000000000001680341061407057506001600160601b033411612ceb5763ffffffff82169182158015614064575b61404a5742871180159061403c575b61401057600254613ea7816144c0565b6002555f198101908111610ce157613ec0903046614a36565b5f818152600760209081526040918290203460a01b73ffffffffffffffffffffffffffffffffffffffff19163317815560010180547fff00ffffffffffffffffffffffffffffffffffff0000000000000000000000001664ffffffffff90961695909517602888901b66ffff0000000000161760389990991b68ffff00000000000000169890981760489390931b6bffffff0000000000000000001692909217600160f01b179092558051948552604435958501959095529383015263ffffffff6084359081169081900361023657606083015260a43563ffffffff811680910361023657608083015260c4359063ffffffff82168092036102365760209463ffffffff9260a085015260e43560c085015260e0840152346101008401521690827fea926de1c096bc11f7b88bdae048eacdc981428b7a1fa9dda38c85c289049f1c6101203393a4604051908152f35b867f211baed7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5064ffffffffff8711613e97565b8263539335b560e11b5f526004526210000060245260445ffd5b50621000008311613e88565b7ff04f3db2000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b849063ffffffff857fc6f15aa0000000000000000000000000000000000000000000000000000000005f521660045260245260445260645ffd5b63ffffffff847fa1fabb97000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b5080421015613e12565b346102365760a036600319011261023657614131614176565b614139614189565b608435906001600160401b03821161023657602092614169614162613c689436906004016141d3565b3691614474565b916064359160043561481b565b6024359063ffffffff8216820361023657565b6044359063ffffffff8216820361023657565b6004359063ffffffff8216820361023657565b6064359063ffffffff8216820361023657565b359063ffffffff8216820361023657565b9181601f84011215610236578235916001600160401b038311610236576020808501948460051b01011161023657565b35906001600160401b038216820361023657565b9181601f84011215610236578235916001600160401b0383116102365760208085019460c0850201011161023657565b60206040818301928281528451809452019201905f5b81811061426a5750505090565b825163ffffffff1684526020938401939092019160010161425d565b90602080835192838152019201905f5b8181106142a35750505090565b82516001600160a01b0316845260209384019390920191600101614296565b906142d590604083526040830190614286565b906020818303910152602080835192838152019201905f5b8181106142fa5750505090565b82518452602093840193909201916001016142ed565b9060048210156103e35752565b9181601f84011215610236578235916001600160401b038311610236576020838186019501011161023657565b9060406003198301126102365760043591602435906001600160401b038211610236576143799160040161431d565b9091565b60098110156103e357602452565b9060098210156103e35752565b60038110156103e357600452565b9060038210156103e35752565b60c081019081106001600160401b03821117610aa257604052565b60a081019081106001600160401b03821117610aa257604052565b61020081019081106001600160401b03821117610aa257604052565b608081019081106001600160401b03821117610aa257604052565b61012081019081106001600160401b03821117610aa257604052565b90601f801991011681019081106001600160401b03821117610aa257604052565b6001600160401b038111610aa25760051b60200190565b9291906144808161445d565b9361448e604051958661443c565b602085838152019160051b810192831161023657905b8282106144b057505050565b81358152602091820191016144a4565b5f198114610ce15760010190565b91908203918211610ce157565b91908201809211610ce157565b6001600160401b038111610aa257601f01601f191660200190565b906001600160401b03809116911601906001600160401b038211610ce157565b916020908281520191905f905b80821061453d5750505090565b90919263ffffffff61454e856141c2565b16815263ffffffff614562602086016141c2565b1660208201526001600160401b0361457c60408601614203565b1660408201526001600160401b0361459660608601614203565b1660608201526001600160401b036145b060808601614203565b16608082015260a08401359061ffff82168092036102365760c08160019360a083940152019401920190614530565b60ff5f199116019060ff8211610ce157565b906001600160601b03809116911601906001600160601b038211610ce157565b906001600160601b03809116911603906001600160601b038211610ce157565b90815f52600760205260405f2060ff600182015460f01c1660098110156103e3571561467757600401549182156146655750565b63110a84e560e01b5f5260045260245ffd5b8263e498a48160e01b5f5260045260245ffd5b81810292918115918404141715610ce157565b604051906146aa82614405565b5f6060838281528260208201528260408201520152565b61ffff5f199116019061ffff8211610ce157565b81156146df570490565b634e487b7160e01b5f52601260045260245ffd5b60048210156147025701905f90565b634e487b7160e01b5f52603260045260245ffd5b906147208261445d565b61472d604051918261443c565b828152809261473e601f199161445d565b0190602036910137565b6001600160401b035f19911601906001600160401b038211610ce157565b6008548110156147025760085f5260205f209060011b01905f90565b80518210156147025760209160051b010190565b600854916147a383614716565b926147ad81614716565b926001600160401b03165f5b8281106147c557505050565b806147f3836147d5600194614766565b506001600160a01b0385820154166147ed858c614782565b526155f9565b6147fd8288614782565b52016147b9565b63ffffffff1663ffffffff8114610ce15760010190565b9290919363ffffffff83169182158015614a26575b614a1c5763ffffffff9095165f925b600181116148fa57505051149283614858575b50505090565b6020929350905f91604051907fffffffff00000000000000000000000000000000000000000000000000000000858301937f0200000000000000000000000000000000000000000000000000000000000000855260e01b1660218301526025820152602581526148c960458261443c565b604051918291518091835e8101838152039060025afa156148ef575f51145f8080614852565b6040513d5f823e3d90fd5b90956001808816036149a15782518414614996575f60209161495261496061492b614924896144c0565b9888614782565b519260405192839187830195869091604192600160f81b8352600183015260218201520190565b03601f19810183528261443c565b604051918291518091835e8101838152039060025afa156148ef575f51955b60011c9060018101809111610ce15760011c61483f565b505050505050505f90565b9560018101808211610ce15782111561497f579582518414614996575f6020916149526149f96149d3614924896144c0565b5160405192839187830195869091604192600160f81b8352600183015260218201520190565b604051918291518091835e8101838152039060025afa156148ef575f519561497f565b5050505050505f90565b508263ffffffff87161015614830565b9160405191602083019384526001600160601b03199060601b166040830152605482015260548152614a6960748261443c565b51902090565b63ffffffff1690815f52600460205260405f209163ffffffff60018401541615614a965750565b7f83b4614c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3563ffffffff811681036102365790565b3561ffff811681036102365790565b356001600160401b03811681036102365790565b60038110156103e357600103614b32576001600160601b037f00000000000000000000000000000000000000000000000000000000000000001690565b6001600160601b037f00000000000000000000000000000000000000000000000000000000000000001690565b614b6890614766565b509081548060c01c614ba063ffffffff7f000000000000000000000000000000000000000000000000000000000000000016826144db565b90151580614c8c575b614c57575082546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b161782556001600160601b03166001600160601b03198254161781556001430190814311610ce1576001600160401b03614c55921677ffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffffffffff00000000000000000000000000000000000000000000000083549260c01b169116179055565b565b6001600160401b03907f6e05420b000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b50804310614ba9565b906001600160a01b03614c5592165f5260066020526001600160601b03611bb681600160405f2001931682845416614611565b63ffffffff5f199116019063ffffffff8211610ce157565b81156146df570690565b9091939263ffffffff8516908163ffffffff8216105f14614e535763ffffffff905b1691614d178361445d565b95614d25604051978861443c565b838752601f19614d348561445d565b01366020890137868415614e4a5750614d4c90614cc8565b8651156147025763ffffffff1660208701526001935f9391929091905b818610614d7857505050505050565b5f979496929395975063ffffffff614dd282604d6040518a815288602082015263ffffffff60981b8c60981b167f6368616c6c656e6765000000000000000000000000000000000000000000000017604082015220614ce0565b16955f5b89811080614e30575b15614df257614ded906144c0565b614dd6565b9689614e0d939694979a989992959914614e16575b50614804565b93909192614d69565b614e29614e22896144c0565b988b614782565b525f614e07565b508763ffffffff614e41838a614782565b51161415614ddf565b96505050505050565b5063ffffffff85614d0c565b90815f52600760205260405f209160ff600184015460f01c1660098110156103e35760038103614e8d575050565b8015610d5f57610d5a9163276065d160e21b5f5260045261437d565b91906001600160a01b031691825f52600660205260ff60405f205460d81c166001600160401b035f9216915b60088110614f0a575b847f7e91740c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160fd1b0381168103610ce15760ff838260031b1c168015614f3d578214614f3757600101614ed5565b93505050565b50614ede565b906001614f676fffffffffffffffffffffffffffffffff93600584841c91016146f3565b90549060031b1c9116155f14614f825760ff60805b161c1690565b60ff5f614f7c565b93917fff000000000000000000000000000000000000000000000000000000000000009093919360405194602086019687526001600160601b03199060601b16604086015260f81b1660548401526055830152607582015260758152614a6960958261443c565b6001015463ffffffff81169060201c6001600160401b031642106150125790565b61501b90614cc8565b90565b6020810180518060011b9080820460021490151715610ce157825110806150c4575b6150bd57604082019081518060011b9080820460021490151715610ce15783511061509a575b50516060820151615076916144db565b908160011b9180830460021490151715610ce157511061509557600690565b600890565b516150b6576002815110156150af575f615066565b5050600590565b5050600690565b5050600490565b50600281511015615040565b906001600160601b037f00000000000000000000000000000000000000000000000000000000000000001691821561512d5761510e905f549361468a565b91808311615125575b82615121916144ce565b5f55565b915081615117565b505f9150565b905f5b6008811080615157575b156151535761514e906144c0565b615136565b9150565b506001600160fd1b0381168103610ce15760ff6001600160401b0384168260031b1c161515615140565b6001600160401b0390939291931690814311156153b757610101824303105f1461538d5781405b801561537a576151b7826144e8565b6151c4604051918261443c565b828152602081019083870193368511610236576020815f928a863783010152519020908082036153485750505f935f918182355f1a925f9060f8851060011461531e57505060f5198382018181019484936001013560f61990910160031b610100031c01015b1461527b575b505080931561525357156152415750565b633d78fa4160e21b5f5260045260245ffd5b7f34ea3f6e000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f5b600d81106152ae575b50602082011081355f1a60a0141661529f575b80615230565b9350506001809301355f615299565b9180355f1a90608082106001146153125760b882106001146153045760c08210156152f8579060019160b519918382013560b619820160031b610100031c91010101925b0161527d565b5050809150905f615286565b01607e1901916001906152f2565b600191508101926152f2565b90919360c0811015615334575b5050819061522a565b6001820194500160be19019050815f61532b565b837ffe5351b0000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b82633d78fa4160e21b5f5260045260245ffd5b815f525f602052602080805f71f90827f1c53a10cb7a02335b1753200029355afa506020516151a8565b507f02c32a2d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b905f935f91600854906153f582614716565b955f926001600160401b035f92165b8183106155c8575050508115615575575f9485937f0000000000000000000000000000000000000000000000000000000000000000600281901b6103fc1694869490939092909160ff16855b610ce1578663ffffffff8b16108061556c575b1561555f576154b585604d8c63ffffffff60981b6040519189835288602084015260981b167f636f6d6d6974746565000000000000000000000000000000000000000000000017604082015220614ce0565b965f886154c2828f614782565b51116154eb5790886154c26154dd8f9a9998979695946144c0565b80939495969798999a614782565b98909294969a999c91939597506001891b9081811661555157179760018101809111610ce1576001600160fd1b038d168d03610ce157615544916001600160401b0361553e928f60031b1b16179c6144c0565b98614804565b9894929095939185615450565b9850509a9761554490614804565b5097505050505050509150565b50808910615463565b7f69894c6b000000000000000000000000000000000000000000000000000000005f525f60045260ff7f00000000000000000000000000000000000000000000000000000000000000001660245260445ffd5b9091936155e4600191611f87846155de89614766565b506155f9565b94856155f0828c614782565b52019190615404565b546001600160601b039182919060c082901c1161561557161690565b60601c161690565b805460018201805460601c6001600160601b0390811696959492169061271061567461564989856144db565b61ffff7f0000000000000000000000000000000000000000000000000000000000000000169061468a565b04968715615749579282886001600160a01b03937f686e4f97c0aca6c6719647401ac7f5e2ed3a928d46be84237c5a0258baa6ce03966040968311155f146156f35750506156c1916144ce565b945b80546bffffffffffffffffffffffff19166001600160601b038716179055825188815260208101959095521692a3565b6157139061570d615742956001600160601b0394956144ce565b906144ce565b82546bffffffffffffffffffffffff60601b1916911660601b6bffffffffffffffffffffffff60601b16179055565b5f946156c3565b505f9650505050505056fea164736f6c6343000825000a",
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
// the contract method with ID 0x6b284976.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengePositions(bytes32 jobId) view returns(uint32[])
func (proofOfLogits *ProofOfLogits) PackChallengePositions(jobId [32]byte) []byte {
	enc, err := proofOfLogits.abi.Pack("challengePositions", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengePositions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b284976.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengePositions(bytes32 jobId) view returns(uint32[])
func (proofOfLogits *ProofOfLogits) TryPackChallengePositions(jobId [32]byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("challengePositions", jobId)
}

// UnpackChallengePositions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b284976.
//
// Solidity: function challengePositions(bytes32 jobId) view returns(uint32[])
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
// Solidity: function getAccount(address account) view returns((uint8,uint96,uint96,uint96,uint32,uint32,uint96,uint64,uint64))
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
// Solidity: function getAccount(address account) view returns((uint8,uint96,uint96,uint96,uint32,uint32,uint96,uint64,uint64))
func (proofOfLogits *ProofOfLogits) TryPackGetAccount(account common.Address) ([]byte, error) {
	return proofOfLogits.abi.Pack("getAccount", account)
}

// UnpackGetAccount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbcbc0f1.
//
// Solidity: function getAccount(address account) view returns((uint8,uint96,uint96,uint96,uint32,uint32,uint96,uint64,uint64))
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
// Solidity: function getJob(bytes32 jobId) view returns((address,uint96,address,uint64,uint64,uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,bytes32) v)
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
// Solidity: function getJob(bytes32 jobId) view returns((address,uint96,address,uint64,uint64,uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,bytes32) v)
func (proofOfLogits *ProofOfLogits) TryPackGetJob(jobId [32]byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("getJob", jobId)
}

// UnpackGetJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf729cf0d.
//
// Solidity: function getJob(bytes32 jobId) view returns((address,uint96,address,uint64,uint64,uint8,uint32,uint32,uint32,uint32,uint64,bytes32,uint8,bytes32) v)
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
// Solidity: function getThresholds(uint32 modelId, uint32 version, uint16 profile) view returns((uint32,uint32,uint64,uint64,uint64,uint16) t)
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
// Solidity: function getThresholds(uint32 modelId, uint32 version, uint16 profile) view returns((uint32,uint32,uint64,uint64,uint64,uint16) t)
func (proofOfLogits *ProofOfLogits) TryPackGetThresholds(modelId uint32, version uint32, profile uint16) ([]byte, error) {
	return proofOfLogits.abi.Pack("getThresholds", modelId, version, profile)
}

// UnpackGetThresholds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b0a145b.
//
// Solidity: function getThresholds(uint32 modelId, uint32 version, uint16 profile) view returns((uint32,uint32,uint64,uint64,uint64,uint16) t)
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
// the contract method with ID 0xf8d635cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerModel(bytes32 weightsHash, (uint32,uint32,uint64,uint64,uint64,uint16)[] th) returns(uint32 modelId)
func (proofOfLogits *ProofOfLogits) PackRegisterModel(weightsHash [32]byte, th []IProofOfLogitsThresholds) []byte {
	enc, err := proofOfLogits.abi.Pack("registerModel", weightsHash, th)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8d635cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerModel(bytes32 weightsHash, (uint32,uint32,uint64,uint64,uint64,uint16)[] th) returns(uint32 modelId)
func (proofOfLogits *ProofOfLogits) TryPackRegisterModel(weightsHash [32]byte, th []IProofOfLogitsThresholds) ([]byte, error) {
	return proofOfLogits.abi.Pack("registerModel", weightsHash, th)
}

// UnpackRegisterModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8d635cc.
//
// Solidity: function registerModel(bytes32 weightsHash, (uint32,uint32,uint64,uint64,uint64,uint16)[] th) returns(uint32 modelId)
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

// PackSeedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6deec857.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seedOf(bytes32 jobId) view returns(bytes32 seed)
func (proofOfLogits *ProofOfLogits) PackSeedOf(jobId [32]byte) []byte {
	enc, err := proofOfLogits.abi.Pack("seedOf", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6deec857.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seedOf(bytes32 jobId) view returns(bytes32 seed)
func (proofOfLogits *ProofOfLogits) TryPackSeedOf(jobId [32]byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("seedOf", jobId)
}

// UnpackSeedOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6deec857.
//
// Solidity: function seedOf(bytes32 jobId) view returns(bytes32 seed)
func (proofOfLogits *ProofOfLogits) UnpackSeedOf(data []byte) ([32]byte, error) {
	out, err := proofOfLogits.abi.Unpack("seedOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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
// the contract method with ID 0x604f2177.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(uint8 role) payable returns()
func (proofOfLogits *ProofOfLogits) PackStake(role uint8) []byte {
	enc, err := proofOfLogits.abi.Pack("stake", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x604f2177.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(uint8 role) payable returns()
func (proofOfLogits *ProofOfLogits) TryPackStake(role uint8) ([]byte, error) {
	return proofOfLogits.abi.Pack("stake", role)
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
// the contract method with ID 0x441d96e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateThresholds(uint32 modelId, (uint32,uint32,uint64,uint64,uint64,uint16)[] th) returns()
func (proofOfLogits *ProofOfLogits) PackUpdateThresholds(modelId uint32, th []IProofOfLogitsThresholds) []byte {
	enc, err := proofOfLogits.abi.Pack("updateThresholds", modelId, th)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateThresholds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x441d96e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateThresholds(uint32 modelId, (uint32,uint32,uint64,uint64,uint64,uint16)[] th) returns()
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
// Solidity: event ModelRegistered(uint32 indexed modelId, bytes32 weightsHash, (uint32,uint32,uint64,uint64,uint64,uint16)[] thresholds)
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
// Solidity: event ThresholdsUpdated(uint32 indexed modelId, (uint32,uint32,uint64,uint64,uint64,uint16)[] thresholds, uint64 activeFrom)
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
