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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minMinerStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minValidatorStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"thresholdsDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seedDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"attestWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxValidators\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"collateralMultiplier\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorCutBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"absentPenaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerToken\",\"type\":\"uint96\"}],\"internalType\":\"structIProofOfLogits.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"AttestWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"expected\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"got\",\"type\":\"uint32\"}],\"name\":\"BadThresholdsVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"}],\"name\":\"ClaimedByOther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"CommitteeAlreadyDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"CommitteeNotDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minFee\",\"type\":\"uint256\"}],\"name\":\"FeeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"HeaderMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientFreeStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"}],\"name\":\"InvalidLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidThresholds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidVerdict\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"ModelIsRetired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NotCancellable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"NotClaimHolder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCommitteeMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"drawn\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"}],\"name\":\"NotEnoughValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"outputLength\",\"type\":\"uint256\"}],\"name\":\"OutputLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"duties\",\"type\":\"uint32\"}],\"name\":\"PendingDuties\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"name\":\"ProfileNotAdmitted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"RetireInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"RevealWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"}],\"name\":\"RevealWindowNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"RevealWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"have\",\"type\":\"uint8\"},{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"want\",\"type\":\"uint8\"}],\"name\":\"RoleMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"SeedUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nextBlock\",\"type\":\"uint64\"}],\"name\":\"StakeChangeTooSoon\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"activeFrom\",\"type\":\"uint64\"}],\"name\":\"ThresholdsPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"readyBlock\",\"type\":\"uint64\"}],\"name\":\"UnbondingNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"UnknownJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"maxValidators\",\"type\":\"uint8\"}],\"name\":\"ValidatorSetFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"active\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"expected\",\"type\":\"uint32\"}],\"name\":\"VersionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"enumIProofOfLogits.JobStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIProofOfLogits.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"name\":\"CommitteeDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"}],\"name\":\"JobClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"JobCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumIProofOfLogits.JobStatus\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minerPayout\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voterReward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minerSlash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"thresholdsVersion\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"promptHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMilli\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structIProofOfLogits.Sampler\",\"name\":\"sampler\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"JobSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"thresholds\",\"type\":\"tuple[]\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"ModelRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rewardPool\",\"type\":\"uint256\"}],\"name\":\"RewardsFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"thresholds\",\"type\":\"tuple[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"activeFrom\",\"type\":\"uint64\"}],\"name\":\"ThresholdsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"UnbondRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"}],\"name\":\"ValidatorAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"}],\"name\":\"ValidatorRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"VerdictCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_POSITIONS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PROFILES\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"cancelJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"challengePositions\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"\",\"type\":\"uint32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"claimJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitVerdict\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"}],\"name\":\"deriveChallengePositions\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"\",\"type\":\"uint32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"}],\"name\":\"drawCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"drawWeights\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fundRewards\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getAccount\",\"outputs\":[{\"components\":[{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"locked\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"owed\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"jobs\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"duties\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"unbonding\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondReadyAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondReadyBlock\",\"type\":\"uint64\"}],\"internalType\":\"structIProofOfLogits.Account\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"getCommittee\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"enumIProofOfLogits.Verdict[]\",\"name\":\"verdicts\",\"type\":\"uint8[]\"},{\"internalType\":\"bool[]\",\"name\":\"committed\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"getJob\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"},{\"internalType\":\"enumIProofOfLogits.JobStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"thresholdsVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"commitBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIProofOfLogits.Job\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"latestVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"activeVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"latestActiveFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"internalType\":\"structIProofOfLogits.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"name\":\"getThresholds\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"internalType\":\"structIProofOfLogits.Thresholds\",\"name\":\"t\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getValidators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"stakes\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"jobIdFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minMinerStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minValidatorStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"thresholdsDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seedDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"attestWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxValidators\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"collateralMultiplier\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorCutBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"absentPenaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerToken\",\"type\":\"uint96\"}],\"internalType\":\"structIProofOfLogits.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"}],\"name\":\"previewCommittee\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"th\",\"type\":\"tuple[]\"}],\"name\":\"registerModel\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"retireModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"enumIProofOfLogits.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"revealVerdict\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardPool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"seedOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"expectedVersion\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"promptHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMilli\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIProofOfLogits.Sampler\",\"name\":\"sampler\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"submitJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"profile\",\"type\":\"uint16\"}],\"internalType\":\"structIProofOfLogits.Thresholds[]\",\"name\":\"th\",\"type\":\"tuple[]\"}],\"name\":\"updateThresholds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"enumIProofOfLogits.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"verdictCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyMerkleProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyOpening\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ProofOfLogits",
	Bin: "0x6102a0604052346105e757604051601f615c8f38819003918201601f19168301916001600160401b038311848410176105d357808492610200946040528339810103126105e7576040519061020082016001600160401b038111838210176105d35760405261006d816105eb565b808352908261007e602083016105eb565b9283602083015260408301610092906105eb565b806040840152606084016100a5906105ff565b806060850152608085016100b8906105ff565b60808501526100c960a086016105ff565b60a08501526100da60c08601610613565b908160c086015260e086016100ee90610613565b8060e0870152610100870161010290610613565b9081610100880152610120880161011890610624565b9384610120890152610140890161012e90610624565b93846101408a01526101608a0161014490610624565b96876101608b01526101808b0161015a90610632565b98896101808c01526101a08c0161017090610632565b6101a0819c01528d6101c08d0161018690610632565b9c8d6101c08301526101e00161019b906105eb565b6101e09091015260016002556001600160601b0316159b8c156105c1575b508b156105af575b508a15610595575b508915610582575b508815610573575b881561055f575b508715610550575b508615610542575b8615610534575b8615610528575b508515610516575b508415610508575b5083156104fb575b5082156104e9575b5081156104d9575b506104ca573360805260018060601b0381511660a05260018060601b0360208201511660c05260018060601b0360408201511660e05260018060401b036060820151166101005260018060401b036080820151166101205260018060401b0360a0820151166101405263ffffffff60c0820151166101605263ffffffff60e0820151166101805263ffffffff610100820151166101a05260ff610120820151166101c05260ff610140820151166101e05260ff610160820151166102005261ffff610180820151166102205261ffff6101a0820151166102405261ffff6101c082015116610260526101e060018060601b03910151166102805260405161564d9081610642823960805181818161042b015281816121f0015281816135380152613b9e015260a0518181816110cb015281816113a301528181612d2201526149fb015260c0518181816110fc0152614a28015260e05181818161112c0152613d1201526101005181818161115c015261328a01526101205181818161118c0152612dd90152610140518181816111bd01526136cd015261016051818181610c3601528181610e04015281816111ee015281816114f5015281816117e4015281816119f00152612483015261018051818181610e3901528181611217015281816118150152818161294e015281816134080152614a6601526101a05181818161124301528181611a2701526124c201526101c05181818161127001528181615306015261548c01526101e05181818161129a01526127900152610200518181816112c40152612a4a0152610220518181816112ee01528181611b5a01528181612cba01526130f601526102405181818161131901528181611c420152612005015261026051818181611344015261553a01526102805181818161136f0152614fc70152f35b635435b28960e11b5f5260045ffd5b612710915061ffff16115f610226565b61271091925061ffff1611905f61021e565b61ffff161592505f610216565b60ff9081161493505f61020e565b60ff9195501660ff851610935f610206565b60ff161595505f6101fe565b600860ff83161196506101f7565b600260ff83161096506101f0565b63ffffffff161596505f6101e8565b611fff91985063ffffffff1611965f6101e0565b63ffffffff81161598506101d9565b600291995063ffffffff1610975f6101d1565b63ffffffff6001600160401b03919091161199505f6101c9565b6001600160601b0316159a505f6101c1565b6001600160601b0316159b505f6101b9565b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b51906001600160601b03821682036105e757565b51906001600160401b03821682036105e757565b519063ffffffff821682036105e757565b519060ff821682036105e757565b519061ffff821682036105e75756fe60806040526004361015610011575f80fd5b5f3560e01c806308aebbda146140045780630a29141414613c775780630c2b7e8014613b655780632023b3a114613ab657806330bfa43914613a965780633ccfd60b146137b9578063441d96e2146134f357806354f63b14146131b75780635fae145014612fe45780635fcec5c614612c29578063604f2177146127fb57806363e46ee9146127d257806366666aa9146127b65780636b2849761461274f5780636deec8571461273157806373f42561146127145780637b8d16d61461243b5780637e877c8b146123d75780638b0a145b146122145780638da5cb5b146121d15780638e0e07fa1461210a578063987757dd146119bb5780639f81e938146119a0578063a601873c14611950578063b7ab4db51461192e578063bfd10e111461179a578063c5a431591461159f578063cb85e239146114bd578063cff0ab961461102e578063dfb8a43f14610dc1578063e11d6d5214610d80578063f69fe89714610aab578063f729cf0d14610816578063f7b24e08146107f9578063f8d635cc146103ec578063fbcbc0f11461022f5763ff18bf0b146101b0575f80fd5b5f36600319011261022b573415610203576101cc345f546143c7565b805f556040519034825260208201527f17c4c73fe3b5d172ec864d377fb9e2323d3f90de65eed172cc20232b48ab2ae160403392a2005b7f7c946ed7000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f80fd5b3461022b57602036600319011261022b576004356001600160a01b03811680910361022b575f6101006040516102648161430c565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e082015201525f52600660205260405f206001810154908160f81c916001600160401b03600283549301541691604051906102c78261430c565b60038510156103d857848252602082016001600160601b0382168152604083016001600160601b038516815260608401908360601c6001600160601b0316825260808501928660e81c61ffff16845260a086019460c01c62ffffff16855260c08601958760601c6001600160601b0316875260e081019760c01c64ffffffffff16885261010001978852604051988961035f91614292565b516001600160601b03166020890152516001600160601b03166040880152516001600160601b031660608701525163ffffffff1660808601525163ffffffff1660a0850152516001600160601b031660c0840152516001600160401b031660e0830152516001600160401b031661010082015261012090f35b634e487b7160e01b5f52602160045260245ffd5b3461022b57604036600319011261022b576004356024356001600160401b03811161022b5761041f903690600401614103565b91906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036107cd576003549063ffffffff6104658184166146f0565b16809263ffffffff19161760035561ffff82116107ba57831580156107b0575b61062d575f93845b818610156106995760c08602830195600163ffffffff6104ac896149ad565b160361067357602087019163ffffffff6104c5846149ad565b1615908115610655575b5061062d5760019161ffff61061b8460a08b01936106146105cb60806104f4886149be565b9e8d5f52600560205260405f20865f5260205260405f20886105158b6149be565b165f5260205261054360405f209563ffffffff610531846149ad565b1663ffffffff198854161787556149ad565b85546fffffffffffffffff0000000000000000610562604085016149cd565b60401b16907fffffffffffffffff0000000000000000000000000000000000000000ffffffff67ffffffff0000000077ffffffffffffffff000000000000000000000000000000006105b6606088016149cd565b881b169460201b1691161717178555016149cd565b825477ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7fffffffffffffffff00000000000000000000000000000000000000000000000016178255565b01926149be565b1661ffff19825416179055019461048d565b7f5d061126000000000000000000000000000000000000000000000000000000005f5260045ffd5b905061ffff8061066760a08b016149be565b921691161115886104cf565b63ffffffff610681886149ad565b63495efb2d60e11b5f5260016004521660245260445ffd5b507f646e90e17a2f2bf1b1866eeb6570e7382d24814a2993f1a2d5680f89af3a2e6b906020946107a5859461078d6040516106d3816142f1565b8481526001600160401b0388610753828d8501946001865263ffffffff8060016040840193854216855260608101975f89525f5260206004905260405f2090518155019751161663ffffffff19875416178655511684906bffffffffffffffff0000000082549160201b16906bffffffffffffffff000000001916179055565b51825473ffffffffffffffff0000000000000000000000001916911660601b73ffffffffffffffff00000000000000000000000016179055565b6040519384938452604089850152604084019161440f565b0390a2604051908152f35b5060108411610485565b506326281a1160e21b5f5260045260245ffd5b7f245aecd3000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461022b575f36600319011261022b576020604051621000008152f35b3461022b57602036600319011261022b576004356040516101c081018181106001600160401b03821117610a97576040525f81525f602082015260408101915f8352606082015f8152608083015f815260a08401905f825260c08501925f845260e08601945f86525f6101008801525f6101208801525f6101408801525f6101608801525f6101808801525f6101a0880152805f52600760205260405f2090600182015490600960ff8360f01c1610156103d85760ff8260f01c1615610a85575081546001600160a01b038116895260a01c602089015260028201546001600160a01b0381168a5264ffffffffff8216845260ff8260f01c168652600260ff8360f01c1614610a73575b508060281c61ffff1686528060381c61ffff1687528060481c62ffffff166101008901528060601c62ffffff166101208901528060781c64ffffffffff16610140890152600382015461016089015260a01c6001600160401b03166109849061501f565b60ff16610180880152600401546101a08701526040519686516001600160a01b0316885260208701516001600160601b03166020890152516001600160a01b03166040880152516001600160401b03166060870152516001600160401b031660808601525160a085016109f691614277565b5163ffffffff1660c08401525163ffffffff1660e083015261010081015163ffffffff1661010083015261012081015163ffffffff166101208301526101408101516001600160401b031661014083015261016081015161016083015261018081015160ff166101808301526101a001516101a08201526101c090f35b60a01c64ffffffffff16845289610920565b63e498a48160e01b5f5260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b3461022b5760a036600319011261022b57602435600435610aca614075565b906084356001600160401b03811161022b57610aea903690600401614209565b939092825f52600760205260405f2093600185019485549560ff8760f01c1660098110156103d85760028103610d4a57506001600160a01b03600283015416338103610d1f575064ffffffffff8716804211610d09575062ffffff8760481c169663ffffffff85169788158015610d00575b610cea575063ffffffff85168803610cd657846403fffffffc8a9660021b168603610ca6576001600160401b03937fc96fa7bf4dd567d0eb9c15a45beedfe47c32828a5ca5beb113d0566561de6b6b98999388936effffff00000000000000000000000060039460601b169073ffffffffffffffff0000000000000000000000001973ffffffffff0000000000000000000000000000004360781b169116171781557e0300000000000000000000000000000000000000000000000000000000000060ff60f01b198254161790550155610c5e63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168343166143ef565b906040519586526020860152606435604086015216606084015260a060808401528160a084015260c08301375f60c0858301015260c0813395601f80199101168101030190a3005b85897f871449d6000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b8863539335b560e11b5f5260045260245260445ffd5b50808911610b5c565b86637fa0676960e01b5f5260045260245260445ffd5b7f74ca2bb3000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b86908015610d6d57610d689163276065d160e21b5f52600452614269565b60445ffd5b5063e498a48160e01b5f5260045260245ffd5b3461022b57602036600319011261022b576004356001600160401b038116810361022b57610dad90614682565b90610dbd604051928392836141ae565b0390f35b3461022b57610dcf36614236565b610dda839293614d4b565b92600184019182546001600160401b038160a01c1661100257610e2e9064ffffffffff63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000169160781c166143ef565b91610e6863ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166001600160401b0385166143c7565b804311610fcd5750610e8691610e7e918461506d565b9182856152cf565b9290610e9184614602565b935f5b818110610f325750507fe459d8971badd1a4e4e104b832777214064f7dce825411e13f12328393bdd74e9495826004927fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff00000000000000000000000000000000000000008796549260a01b1691161790550155610f2d6040519283928352604060208401526040830190614172565b0390a2005b6001600160fd1b0381168103610cd6576001600160a01b036001610f6e610f6960ff6001600160401b0388168660031b1c16614634565b614652565b5001541680610f7d838961466e565b525f52600660205260405f2090600162ffffff835460c01c16019162ffffff8311610cd657600192610fc7919062ffffff60c01b1962ffffff60c01b83549260c01b169116179055565b01610e94565b6001600160401b03907fc5c1828b000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b847f1a55ae5d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3461022b575f36600319011261022b5760405161104a816142d5565b5f8152602081015f9052604081015f9052606081015f9052608081015f905260a081015f905260c081015f905260e081015f905261010081015f905261012081015f905261014081015f905261016081015f905261018081015f90526101a081015f90526101c081015f90526101e0015f90526040516110c9816142d5565b7f00000000000000000000000000000000000000000000000000000000000000006001600160601b0316815260208101907f00000000000000000000000000000000000000000000000000000000000000006001600160601b03168252604081017f00000000000000000000000000000000000000000000000000000000000000006001600160601b03168152606082017f00000000000000000000000000000000000000000000000000000000000000006001600160401b03168152608083017f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316815260a08401917f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316835260c08501937f000000000000000000000000000000000000000000000000000000000000000063ffffffff1685527f000000000000000000000000000000000000000000000000000000000000000063ffffffff1660e08701527f000000000000000000000000000000000000000000000000000000000000000063ffffffff166101008701527f000000000000000000000000000000000000000000000000000000000000000060ff166101208701527f000000000000000000000000000000000000000000000000000000000000000060ff166101408701527f000000000000000000000000000000000000000000000000000000000000000060ff166101608701527f000000000000000000000000000000000000000000000000000000000000000061ffff166101808701527f000000000000000000000000000000000000000000000000000000000000000061ffff166101a08701527f000000000000000000000000000000000000000000000000000000000000000061ffff166101c08701527f00000000000000000000000000000000000000000000000000000000000000006001600160601b03166101e0870152604051967f00000000000000000000000000000000000000000000000000000000000000006001600160601b03168852516001600160601b03166020880152516001600160601b03166040870152516001600160401b03166060860152516001600160401b03166080850152516001600160401b031660a08401525163ffffffff1660c083015260e081015163ffffffff1660e083015261010081015163ffffffff1661010083015261012081015160ff1661012083015261014081015160ff1661014083015261016081015160ff1661016083015261018081015161ffff166101808301526101a081015161ffff166101a08301526101c081015161ffff166101c08301526101e001516001600160601b03166101e082015261020090f35b3461022b576115286115226114d136614236565b61151b64ffffffffff60016114e886979597614d4b565b015460781c1663ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906143ef565b938461506d565b906152cf565b61153181614602565b905f5b8181106115515760405160208082528190610dbd90820186614172565b6001600160fd1b0381168103610cd6576001906001600160a01b038261158a610f6960ff6001600160401b038a168660031b1c16614634565b50015416611598828661466e565b5201611534565b3461022b57602036600319011261022b57600435805f52600760205260405f209060018201549060ff8260f01c1660098110156103d85715610a8557506001600160401b038160a01c16906115f38261501f565b906115fd82614602565b9361160783614349565b906116156040519283614328565b83825261162184614349565b602083019490601f190136863761163781614349565b936116456040519586614328565b81855261165182614349565b602086019790601f190136893761ffff5f9260e01c16915b83811061170f5761168e8a8a8a8a8a6020604051968796606088526060880190614172565b918683038288015251918281520192905f5b8181106116e857505050602090848303604086015251918281520191905f5b8181106116cd575050500390f35b825115158452859450602093840193909201916001016116bf565b919495509192602080826116ff60019489516141fc565b01950191019186959493926116a0565b6001600160fd1b0381168103610cd6576001600160a01b03600161173d610f6960ff868660031b1c16614634565b5001541661174b828c61466e565b526001600160ff1b0381168103610cd6576003838260011b1c169060048210156103d85760019161177c828961466e565b526117878187614e2f565b1515611793828a61466e565b5201611669565b3461022b57604036600319011261022b576004356117b781614d4b565b60018101546001600160401b038160a01c1690811561191b5761180e61183b9164ffffffffff63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000169160781c166143c7565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906143c7565b804311610fcd575061184e903390614d95565b9060243560801c91821561020357600181811c911661191157600560ff60805b16920161187b82826145df565b90549060031b1c916fffffffffffffffffffffffffffffffff83851c166118e5576118a5916145df565b91909384549260031b931b17821b915f19901b191617905533907fa969eecb6b4e5de6abaa2787f4eed2cf670e1b4d4558994efa5c5bc9e0e820ce5f80a3005b7f64dbd987000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b600560ff5f61186e565b8363110a84e560e01b5f5260045260245ffd5b3461022b575f36600319011261022b57610dad6001600160401b034316614682565b3461022b5760a036600319011261022b576024356001600160a01b038116810361022b5760443590600482101561022b57602091611998916084359160643591600435614e76565b604051908152f35b3461022b575f36600319011261022b57602060405160108152f35b3461022b57602036600319011261022b576004356119d881614d4b565b6001810190815491611a4d611a2061180e63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001664ffffffffff8760781c166143c7565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906143c7565b804311156120d5575061ffff6001600160401b038460a01c169360e01c1693611a74614589565b92611a7e8561501f565b84525f5b8451811015611afa576001600160ff1b0381168103610cd65780600388600193841b1c168281145f14611ac7575060208601611abe81516143ac565b90525b01611a82565b60028103611ae5575060408601611ade81516143ac565b9052611ac1565b600303611ac15760608601611ade81516143ac565b5085849186611b0884614f0a565b9360098510156103d857865460ff60f01b197eff0000000000000000000000000000000000000000000000000000000000008760f01b169116178755611b4c614589565b93835460a01c611b8061ffff7f00000000000000000000000000000000000000000000000000000000000000001682614576565b906001600160a01b0360028701541693845f52600660205260405f206001600160601b0384169b611c008d6001600160601b03611bc46001860192828454166144fd565b166001600160601b0319825416178155611be561ffff825460e81c166145ad565b61ffff60e81b1961ffff60e81b83549260e81b169116179055565b5f9c8d9760048d14968715611fd557505050548060601c62ffffff1690611c278286614576565b9060481c62ffffff16611c39916145c1565b92611c6861ffff7f00000000000000000000000000000000000000000000000000000000000000001685614576565b612710900490602001908151611c7d916145c1565b908160208d015251611c8e91614576565b611c9890846143ba565b90611ca290614fbc565b611cab916143c7565b808a526001600160601b0316815460601c6001600160601b031690611ccf916144dd565b81546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b16179055611d06916143ba565b60608701525b83611e0c575b505050509060a09291857f46c05274d9305e354ac0868a5e8bcd9b50324f46d029122fc56bd1b379dc5e629596611df7575b506060820190815180611d88575b505081519160406020820151910151915192611d716040518096614277565b6020850152604084015260608301526080820152a2005b6001600160a01b03611df09254165f526006602052611dc16001600160601b0360405f2092166001600160601b03835460601c166144dd565b6bffffffffffffffffffffffff60601b196bffffffffffffffffffffffff60601b83549260601b169116179055565b8680611d52565b611e03906001546143c7565b60015586611d44565b602086999394990151905f946103d85715611fbd576001905b60018203611fb65760025b5f5b60088110611e7f575b50505050507f46c05274d9305e354ac0868a5e8bcd9b50324f46d029122fc56bd1b379dc5e6295965060a094939291611e73916143c7565b95948192939488611d12565b6001600160fd1b0381168103610cd65760ff8c8260031b1c168015611fb0575f198101908111610cd6576001611ebc6001600160a01b0392614652565b5001541690815f52600660205260405f205f1962ffffff825460c01c160162ffffff8111610cd657815462ffffff60c01b191660c09190911b62ffffff60c01b161781556001600160ff1b0382168203610cd6578c6003888460011b1c16938785145f14611f625750506001925084611f38575b505b01611e32565b611f5c90611dc16001600160601b0387166001600160601b03835460601c166144dd565b8d611f30565b91909293858115918215611fa6575b5050611f83575b505050600190611f32565b611f9b926001949a92611f9592615509565b906143c7565b9690508a8d80611f78565b149050855f611f71565b50611e3b565b6004611e30565b60058703611fce5760025b90611e25565b6004611fc8565b93925093909480985060608c01525f9760058d14611ff9575b505050505050611d0c565b8d959e508360408d01527f000000000000000000000000000000000000000000000000000000000000000061ffff1661203191614576565b612710900490604001908151612046916145c1565b908160208d01525161205791614576565b61206190836143ba565b9c81546001600160601b031690612077916144fd565b906001600160601b0382166001600160601b03198254161790556040519182526001600160601b0316602082015260407f686e4f97c0aca6c6719647401ac7f5e2ed3a928d46be84237c5a0258baa6ce0391a3898080808080611fee565b6001600160401b03907f0d5c5d70000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b3461022b57602036600319011261022b5760a0612153612128614088565b5f6080604051612137816142ba565b828152826020820152826040820152826060820152015261495b565b6001600160401b038154918161216d600183015492614edd565b63ffffffff6040519161217f836142ba565b868352816020840181871681528160408601931683528560806060870196828a60201c168852019760601c16875260405198895251166020880152511660408601525116606084015251166080820152f35b3461022b575f36600319011261022b5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461022b57606036600319011261022b5761222d614088565b612235614062565b6044359161ffff831680930361022b575f60a06040516122548161429f565b828152826020820152826040820152826060820152826080820152015263ffffffff61227f8261495b565b921691821580156123c4575b6123a3575063ffffffff1690815f52600560205260405f20815f5260205260405f20835f5260205260405f20604051926122c48461429f565b81549263ffffffff8416855263ffffffff8460201c1695602086019187835260408701936001600160401b038760401c16855261ffff600160608a01976001600160401b038a60801c16895260808b019960c01c8a520154169860a08901998a52156123725760c08861ffff8b6001600160401b038b818c818d63ffffffff8e816040519b51168b52511660208a0152511660408801525116606086015251166080840152511660a0820152f35b7f2e47659c000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b63ffffffff6001849201541663495efb2d60e11b5f5260045260245260445ffd5b5063ffffffff600182015416831161228b565b3461022b57608036600319011261022b576123f0614075565b6123f861409b565b9063ffffffff81161561242457610dbd9161241891602435600435614bd6565b60405191829182614133565b63539335b560e11b5f525f6004525f60245260445ffd5b3461022b57608036600319011261022b5760043560243590600482101561022b5760643582156126ec5761246e82614d4b565b60018101908154906124b361180e63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001664ffffffffff8560781c166143c7565b804311156126ac5763ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906124ed82826143c7565b431161266e57505061251561250e336001600160401b038560a01c16614d95565b8092614e2f565b9081156126425761ffff8360e01c16918160011b916001600160ff1b03811603610cd657600383831c1661261657612552866044358a338b614e76565b60801c036125ea577fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff9161ffff7dffff000000000000000000000000000000000000000000000000000000009260ff8a16901b161760e01b1691161790556125bd60405180946141fc565b60208301527f847809c705b618923848dc665e23dea0b9dcbaca432e1e2bd63c875b88ee606860403393a3005b7f9caca5eb000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7f879d3b85000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7fee0e2429000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6001600160401b0391612680916143c7565b167fab32683c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60018101809111610cd6576001600160401b03907fc435a451000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b7ffbcebe72000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461022b575f36600319011261022b576020600154604051908152f35b3461022b57602036600319011261022b57602061199860043561451d565b3461022b57602036600319011261022b57610dbd6124186004356127728161451d565b90805f52600760205262ffffff600160405f20015460601c169060ff7f00000000000000000000000000000000000000000000000000000000000000001692614bd6565b3461022b575f36600319011261022b5760205f54604051908152f35b3461022b575f36600319011261022b576002545f198101908111610cd657602090604051908152f35b602036600319011261022b5760043560038110801561022b573415610203575f8215612c1157335f52600660205260405f20908154612843346001600160601b0383166143c7565b936001600160601b038511612bfe576001840191825460f81c60038110156103d857879080612b9d575061287791506149e1565b808610612b875750156103d85780547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7fff000000000000000000000000000000000000000000000000000000000000008760f81b1691161790556103d8576002831461293e575b80546bffffffffffffffffffffffff19166001600160601b0383161790556040519161290b908390614292565b34602083015260408201527f0a79772743d87ba7576fca49d64545ccce7a2369f471f1badf89540cdb09b28260603392a2005b600954600854905f9063ffffffff7f0000000000000000000000000000000000000000000000000000000000000000165b81831c612ac5575b505050600854808214612a46575b50600161299182614652565b5001805473ffffffffffffffffffffffffffffffffffffffff19163317905560018101808211610cd65760ff60d81b197bff0000000000000000000000000000000000000000000000000000008085549360d81b1616911617825560ff604051911681527fad33f130acf558490b64cba9b56b1cee0b83e1b91803df6c47998df3674a26d360203392a2612a41612a2e60ff835460d81c166144cb565b60ff6001600160601b0385169116614a4b565b6128de565b60ff7f00000000000000000000000000000000000000000000000000000000000000001680831015612a9a575068010000000000000000811015610a9757806001612a949201600855614652565b50612985565b7f2d51837e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9091926001841b9182841615612b7a57612ade85614652565b50612aed82825460c01c6143c7565b4310612b6c5760016001600160a01b03910154165f52600660205260405f209182549162ffffff8360c01c16612b565750506001850190818611610cd65760d81c60ff1614612b45575b501916600955848080612977565b60ff60d81b19815416905586612b37565b949350949050612b6691506143ac565b9161296f565b5092915092612b66906143ac565b92915092612b66906143ac565b856378e030db60e01b5f5260045260245260445ffd5b92969395939450909114612bd257505050612bc5905460f81c632d7e789160e01b5f52614284565b156103d85760245260445ffd5b919350915060028414612be6575b506128de565b612a2e60ff612bf89260d81c166144cb565b83612be0565b6326281a1160e21b5f523460045260245ffd5b632d7e789160e01b5f525f600452600160245260445ffd5b3461022b57602036600319011261022b57600435805f52600760205260405f209060018201805460ff8160f01c169060028501918254916001600160a01b03831690600983101593846103d85760028414938415612fac575060a01c64ffffffffff16338314612f815780421115612f52575064ffffffffff905b1696874211612f3b57612ce0905460a01c61ffff7f00000000000000000000000000000000000000000000000000000000000000001690614576565b91335f52600660205260405f209360018501948554908160f81c60038110156103d85760018103612f1e57506001600160601b03905416906001600160601b037f000000000000000000000000000000000000000000000000000000000000000016808310612f0857506001600160601b039182612d5f9216906144fd565b16808511612ef157506103d85782612d8d926001600160601b03948593612ee1575b505016828454166144dd565b166001600160601b0319825416178155600161ffff825460e81c160161ffff8111610cd657815461ffff60e81b191660e89190911b61ffff60e81b16179055612dff6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016426143c7565b93808511612ed9575b506001600160a01b03331673ffffffffffffffffffffffffffffffffffffffff1982541617815580547fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff78ffffffffff00000000000000000000000000000000000000008660a01b1691161790557e0200000000000000000000000000000000000000000000000000000000000060ff60f01b198254161790556001600160401b03604051921682527f02a47c150278e38b060462e5cf6931755c485f3822cf01a5c01b8a051a99297e60203393a3005b935084612e08565b612eea91614b81565b8981612d81565b84906340179d2160e11b5f5260045260245260445ffd5b826378e030db60e01b5f5260045260245260445ffd5b612f3190632d7e789160e01b5f52614284565b600160245260445ffd5b8787637fa0676960e01b5f5260045260245260445ffd5b827f6f37d066000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f15afccb0000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9450505f9360018103612fc6575064ffffffffff90612ca4565b87908015610d6d57610d689163276065d160e21b5f52600452614269565b3461022b57602036600319011261022b57600435805f52600760205260405f206001810190815460ff8160f01c166009811015806103d8576001821415806131aa575b613193576103d8576002148091819261317a575b64ffffffffff164211159081613153575b50613127576001600160a01b036020927f7cb5f42f3c2d5661045b28e7ac2cb9ca0515c97ae4839440a3c1b407be27037c947e0700000000000000000000000000000000000000000000000000000000000060ff60f01b19825416179055805460a01c926130e4575b54165f52600682526130db60405f20611dc1836001600160601b03835460601c166144dd565b604051908152a2005b6131228260028301541661311c61ffff7f00000000000000000000000000000000000000000000000000000000000000001686614576565b90614b81565b6130b5565b837f07e08744000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90506001600160a01b03835416331490811591613172575b508561304c565b90508561316b565b600284015460a01c64ffffffffff16421115915061303b565b610d68828763276065d160e21b5f52600452614269565b50505f6002821415613027565b3461022b57602036600319011261022b57600435335f52600660205260405f206001810180548060f81c9060038210156103d8578115612c115784156102035784906001600160601b03855416908183116134c4576001600160601b0361321f9116826143ba565b8083116134ad575090613231916143ba565b9061323b816149e1565b908215918215806134a4575b61348e575084546bffffffffffffffffffffffff19166001600160601b0384169081178655906002146133b5575b506001600160401b03935061338b575b6132b17f00000000000000000000000000000000000000000000000000000000000000008442166143ef565b916133056132d56001600160601b0387166001600160601b03845460601c166144dd565b82546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b16178255565b80547fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff7cffffffffff000000000000000000000000000000000000000000000000808660c01b1616911617905560405193845260208401521660408201527f8ffb1c1bbc9352c50a3e49053178f14880746fdfa0b27fa14c4ac392e3cdc38460603392a2005b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8254168255613285565b6133d1829160ff6133cb81895460d81c166144cb565b16614a4b565b613440575b60016001600160401b03431601936001600160401b038511610cd6576001600160401b03600261342e829763ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906143ef565b92019116851982541617905585613275565b60ff61345181865460d81c166144cb565b166001811b600954176009556040519081527fbf0b69cecccb3e66847fd44e47532e9242000a7b20e34579ffd99f1c616434e960203392a26133d6565b836378e030db60e01b5f5260045260245260445ffd5b50808410613247565b90506340179d2160e11b5f5260045260245260445ffd5b507f45be0a26000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b3461022b57604036600319011261022b5761350c614088565b6024356001600160401b03811161022b5761352b903690600401614103565b6001600160a01b039291927f00000000000000000000000000000000000000000000000000000000000000001633036107cd5760016135698361495b565b019081546001600160401b038160201c16804210613784575063ffffffff600191160163ffffffff8111610cd65763ffffffff169361ffff85116137715781158015613767575b61062d57919263ffffffff16915f91825b8181101561369f5760c081028301908763ffffffff6135df846149ad565b160361367957602082019463ffffffff6135f8876149ad565b161590811561365b575b5061062d578761ffff61364a600189986106146105cb60808960a0869b019861362a8a6149be565b9e5f52600560205260405f20905f5260205260405f20886105158b6149be565b1661ffff19825416179055016135c1565b905061ffff8061366d60a086016149be565b92169116111589613602565b63ffffffff88613688846149ad565b9063495efb2d60e11b5f526004521660245260445ffd5b507f8b3176f804390454787e05c21e84d5e07465d2992cbc6ae03a11a7376dd5072d92508461373c876136fb7f00000000000000000000000000000000000000000000000000000000000000006001600160401b0342166143ef565b83546bffffffffffffffff00000000199092166bffffffffffffffffffffffff1990921691909117602082901b6bffffffffffffffff000000001617909255565b6001600160401b0361375b60405194859460408652604086019161440f565b911660208301520390a2005b50601082116135b0565b846326281a1160e21b5f5260045260245ffd5b63ffffffff857fd5a579af000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b3461022b575f36600319011261022b577f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c613a6e5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d335f52600660205260405f208054906001600160601b038260601c1691600182019182546001600160601b038160601c1692831580159485613a58575b85613a46575b85613a2e575b85613a1d575b50861561396e575050506bffffffffffffffffffffffff60601b198154169055613942575b506040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a25f80808084335af13d1561393d573d6138cc816143d4565b906138da6040519283614328565b81525f60203d92013e5b1561390e575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7f1c43b976000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b6138e4565b80547fffffff0000000000000000000000000000000000ffffffffffffffffffffffff16905581613887565b9291926139f55760c01c62ffffff16806139ca57506001600160401b03600264ffffffffff92015416917fb11883ac000000000000000000000000000000000000000000000000000000005f5260c01c1660045260245260445ffd5b7f6ec5f566000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fd0d04f60000000000000000000000000000000000000000000000000000000005f5260045ffd5b613a2791976143c7565b9587613862565b60028501546001600160401b0316431015955061385c565b945062ffffff8260c01c161594613856565b945064ffffffffff8360c01c1642101594613850565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b3461022b57602036600319011261022b5760206119986004353046614922565b3461022b57608036600319011261022b57600435613ad2614062565b906064356001600160401b03811161022b57613af29036906004016140bf565b919092815f52600760205260405f20936003850154928315613b43576020613b39868686613b2f8762ffffff60018e015460601c16943691614360565b9260443592614707565b6040519015158152f35b610d689060ff600188015460f01c169063276065d160e21b5f52600452614269565b3461022b57604036600319011261022b57613b7e614088565b602435906001600160401b0382169182810361022b576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036107cd57613bcd8261495b565b90428410613c4b577f49ed05d85bf6dbd8e8b583ed03fb8636e04ac2b931f8ac7959c4e68b6b3d5fba92613c4063ffffffff926001602095019073ffffffffffffffff0000000000000000000000001973ffffffffffffffff00000000000000000000000083549260601b169116179055565b6040519485521692a2005b837f384122bd000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b61012036600319011261022b57613c8c614088565b613c94614062565b613c9c61409b565b91608036608319011261022b5761010435906001600160401b0382169384830361022b57613cc98261495b565b6001600160401b03600182015460601c1680151580613ffa575b613fc55750613cf663ffffffff91614edd565b169263ffffffff851693808503613f8b57506001600160601b037f000000000000000000000000000000000000000000000000000000000000000016803410613f5c57506001600160601b033411612bfe5763ffffffff82169182158015613f50575b613f3657428711801590613f28575b613efc57600254613d78816143ac565b6002555f198101908111610cd657613d91903046614922565b5f818152600760209081526040918290203460a01b73ffffffffffffffffffffffffffffffffffffffff19163317815560010180547fff00ffffffffffffffffffffffffffffffffffff0000000000000000000000001664ffffffffff90961695909517602888901b66ffff0000000000161760389990991b68ffff00000000000000169890981760489390931b6bffffff00000000000000000016929092177e01000000000000000000000000000000000000000000000000000000000000179092558051948552604435958501959095529383015263ffffffff6084359081169081900361022b57606083015260a43563ffffffff811680910361022b57608083015260c4359063ffffffff821680920361022b5760209463ffffffff9260a085015260e43560c085015260e0840152346101008401521690827fea926de1c096bc11f7b88bdae048eacdc981428b7a1fa9dda38c85c289049f1c6101203393a4604051908152f35b867f211baed7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5064ffffffffff8711613d68565b8263539335b560e11b5f526004526210000060245260445ffd5b50621000008311613d59565b7ff04f3db2000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b849063ffffffff857fc6f15aa0000000000000000000000000000000000000000000000000000000005f521660045260245260445260645ffd5b63ffffffff847fa1fabb97000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b5080421015613ce3565b3461022b5760a036600319011261022b5761401d614062565b614025614075565b608435906001600160401b03821161022b5760209261405561404e613b399436906004016140bf565b3691614360565b9160643591600435614707565b6024359063ffffffff8216820361022b57565b6044359063ffffffff8216820361022b57565b6004359063ffffffff8216820361022b57565b6064359063ffffffff8216820361022b57565b359063ffffffff8216820361022b57565b9181601f8401121561022b578235916001600160401b03831161022b576020808501948460051b01011161022b57565b35906001600160401b038216820361022b57565b9181601f8401121561022b578235916001600160401b03831161022b5760208085019460c0850201011161022b57565b60206040818301928281528451809452019201905f5b8181106141565750505090565b825163ffffffff16845260209384019390920191600101614149565b90602080835192838152019201905f5b81811061418f5750505090565b82516001600160a01b0316845260209384019390920191600101614182565b906141c190604083526040830190614172565b906020818303910152602080835192838152019201905f5b8181106141e65750505090565b82518452602093840193909201916001016141d9565b9060048210156103d85752565b9181601f8401121561022b578235916001600160401b03831161022b576020838186019501011161022b57565b90604060031983011261022b5760043591602435906001600160401b03821161022b5761426591600401614209565b9091565b60098110156103d857602452565b9060098210156103d85752565b60038110156103d857600452565b9060038210156103d85752565b60c081019081106001600160401b03821117610a9757604052565b60a081019081106001600160401b03821117610a9757604052565b61020081019081106001600160401b03821117610a9757604052565b608081019081106001600160401b03821117610a9757604052565b61012081019081106001600160401b03821117610a9757604052565b90601f801991011681019081106001600160401b03821117610a9757604052565b6001600160401b038111610a975760051b60200190565b92919061436c81614349565b9361437a6040519586614328565b602085838152019160051b810192831161022b57905b82821061439c57505050565b8135815260209182019101614390565b5f198114610cd65760010190565b91908203918211610cd657565b91908201809211610cd657565b6001600160401b038111610a9757601f01601f191660200190565b906001600160401b03809116911601906001600160401b038211610cd657565b916020908281520191905f905b8082106144295750505090565b90919263ffffffff61443a856140ae565b16815263ffffffff61444e602086016140ae565b1660208201526001600160401b03614468604086016140ef565b1660408201526001600160401b03614482606086016140ef565b1660608201526001600160401b0361449c608086016140ef565b16608082015260a08401359061ffff821680920361022b5760c08160019360a08394015201940192019061441c565b60ff5f199116019060ff8211610cd657565b906001600160601b03809116911601906001600160601b038211610cd657565b906001600160601b03809116911603906001600160601b038211610cd657565b90815f52600760205260405f2060ff600182015460f01c1660098110156103d8571561456357600401549182156145515750565b63110a84e560e01b5f5260045260245ffd5b8263e498a48160e01b5f5260045260245ffd5b81810292918115918404141715610cd657565b60405190614596826142f1565b5f6060838281528260208201528260408201520152565b61ffff5f199116019061ffff8211610cd657565b81156145cb570490565b634e487b7160e01b5f52601260045260245ffd5b60048210156145ee5701905f90565b634e487b7160e01b5f52603260045260245ffd5b9061460c82614349565b6146196040519182614328565b828152809261462a601f1991614349565b0190602036910137565b6001600160401b035f19911601906001600160401b038211610cd657565b6008548110156145ee5760085f5260205f209060011b01905f90565b80518210156145ee5760209160051b010190565b6008549161468f83614602565b9261469981614602565b926001600160401b03165f5b8281106146b157505050565b806146df836146c1600194614652565b506001600160a01b0385820154166146d9858c61466e565b526154e5565b6146e9828861466e565b52016146a5565b63ffffffff1663ffffffff8114610cd65760010190565b9290919363ffffffff83169182158015614912575b6149085763ffffffff9095165f925b600181116147e657505051149283614744575b50505090565b6020929350905f91604051907fffffffff00000000000000000000000000000000000000000000000000000000858301937f0200000000000000000000000000000000000000000000000000000000000000855260e01b1660218301526025820152602581526147b5604582614328565b604051918291518091835e8101838152039060025afa156147db575f51145f808061473e565b6040513d5f823e3d90fd5b909560018088160361488d5782518414614882575f60209161483e61484c614817614810896143ac565b988861466e565b519260405192839187830195869091604192600160f81b8352600183015260218201520190565b03601f198101835282614328565b604051918291518091835e8101838152039060025afa156147db575f51955b60011c9060018101809111610cd65760011c61472b565b505050505050505f90565b9560018101808211610cd65782111561486b579582518414614882575f60209161483e6148e56148bf614810896143ac565b5160405192839187830195869091604192600160f81b8352600183015260218201520190565b604051918291518091835e8101838152039060025afa156147db575f519561486b565b5050505050505f90565b508263ffffffff8716101561471c565b9160405191602083019384526001600160601b03199060601b166040830152605482015260548152614955607482614328565b51902090565b63ffffffff1690815f52600460205260405f209163ffffffff600184015416156149825750565b7f83b4614c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b3563ffffffff8116810361022b5790565b3561ffff8116810361022b5790565b356001600160401b038116810361022b5790565b60038110156103d857600103614a1e576001600160601b037f00000000000000000000000000000000000000000000000000000000000000001690565b6001600160601b037f00000000000000000000000000000000000000000000000000000000000000001690565b614a5490614652565b509081548060c01c614a8c63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016826143c7565b90151580614b78575b614b43575082546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b161782556001600160601b03166001600160601b03198254161781556001430190814311610cd6576001600160401b03614b41921677ffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffffffffff00000000000000000000000000000000000000000000000083549260c01b169116179055565b565b6001600160401b03907f6e05420b000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b50804310614a95565b906001600160a01b03614b4192165f5260066020526001600160601b03611bc481600160405f20019316828454166144fd565b63ffffffff5f199116019063ffffffff8211610cd657565b81156145cb570690565b9091939263ffffffff8516908163ffffffff8216105f14614d3f5763ffffffff905b1691614c0383614349565b95614c116040519788614328565b838752601f19614c2085614349565b01366020890137868415614d365750614c3890614bb4565b8651156145ee5763ffffffff1660208701526001935f9391929091905b818610614c6457505050505050565b5f979496929395975063ffffffff614cbe82604d6040518a815288602082015263ffffffff60981b8c60981b167f6368616c6c656e6765000000000000000000000000000000000000000000000017604082015220614bcc565b16955f5b89811080614d1c575b15614cde57614cd9906143ac565b614cc2565b9689614cf9939694979a989992959914614d02575b506146f0565b93909192614c55565b614d15614d0e896143ac565b988b61466e565b525f614cf3565b508763ffffffff614d2d838a61466e565b51161415614ccb565b96505050505050565b5063ffffffff85614bf8565b90815f52600760205260405f209160ff600184015460f01c1660098110156103d85760038103614d79575050565b8015610d6d57610d689163276065d160e21b5f52600452614269565b91906001600160a01b031691825f52600660205260ff60405f205460d81c166001600160401b035f9216915b60088110614df6575b847f7e91740c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160fd1b0381168103610cd65760ff838260031b1c168015614e29578214614e2357600101614dc1565b93505050565b50614dca565b906001614e536fffffffffffffffffffffffffffffffff93600584841c91016145df565b90549060031b1c9116155f14614e6e5760ff60805b161c1690565b60ff5f614e68565b93917fff000000000000000000000000000000000000000000000000000000000000009093919360405194602086019687526001600160601b03199060601b16604086015260f81b1660548401526055830152607582015260758152614955609582614328565b6001015463ffffffff81169060201c6001600160401b03164210614efe5790565b614f0790614bb4565b90565b6020810180518060011b9080820460021490151715610cd65782511080614fb0575b614fa957604082019081518060011b9080820460021490151715610cd657835110614f86575b50516060820151614f62916143c7565b908160011b9180830460021490151715610cd6575110614f8157600690565b600890565b51614fa257600281511015614f9b575f614f52565b5050600590565b5050600690565b5050600490565b50600281511015614f2c565b906001600160601b037f00000000000000000000000000000000000000000000000000000000000000001691821561501957614ffa905f5493614576565b91808311615011575b8261500d916143ba565b5f55565b915081615003565b505f9150565b905f5b6008811080615043575b1561503f5761503a906143ac565b615022565b9150565b506001600160fd1b0381168103610cd65760ff6001600160401b0384168260031b1c16151561502c565b6001600160401b0390939291931690814311156152a357610101824303105f146152795781405b8015615266576150a3826143d4565b6150b06040519182614328565b82815260208101908387019336851161022b576020815f928a863783010152519020908082036152345750505f935f918182355f1a925f9060f8851060011461520a57505060f5198382018181019484936001013560f61990910160031b610100031c01015b14615167575b505080931561513f571561512d5750565b633d78fa4160e21b5f5260045260245ffd5b7f34ea3f6e000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f5b600d811061519a575b50602082011081355f1a60a0141661518b575b8061511c565b9350506001809301355f615185565b9180355f1a90608082106001146151fe5760b882106001146151f05760c08210156151e4579060019160b519918382013560b619820160031b610100031c91010101925b01615169565b5050809150905f615172565b01607e1901916001906151de565b600191508101926151de565b90919360c0811015615220575b50508190615116565b6001820194500160be19019050815f615217565b837ffe5351b0000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b82633d78fa4160e21b5f5260045260245ffd5b815f525f602052602080805f71f90827f1c53a10cb7a02335b1753200029355afa50602051615094565b507f02c32a2d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b905f935f91600854906152e182614602565b955f926001600160401b035f92165b8183106154b4575050508115615461575f9485937f0000000000000000000000000000000000000000000000000000000000000000600281901b6103fc1694869490939092909160ff16855b610cd6578663ffffffff8b161080615458575b1561544b576153a185604d8c63ffffffff60981b6040519189835288602084015260981b167f636f6d6d6974746565000000000000000000000000000000000000000000000017604082015220614bcc565b965f886153ae828f61466e565b51116153d75790886153ae6153c98f9a9998979695946143ac565b80939495969798999a61466e565b98909294969a999c91939597506001891b9081811661543d57179760018101809111610cd6576001600160fd1b038d168d03610cd657615430916001600160401b0361542a928f60031b1b16179c6143ac565b986146f0565b989492909593918561533c565b9850509a97615430906146f0565b5097505050505050509150565b5080891061534f565b7f69894c6b000000000000000000000000000000000000000000000000000000005f525f60045260ff7f00000000000000000000000000000000000000000000000000000000000000001660245260445ffd5b9091936154d0600191611f95846154ca89614652565b506154e5565b94856154dc828c61466e565b520191906152f0565b546001600160601b039182919060c082901c1161550157161690565b60601c161690565b805460018201805460601c6001600160601b0390811696959492169061271061556061553589856143c7565b61ffff7f00000000000000000000000000000000000000000000000000000000000000001690614576565b04968715615635579282886001600160a01b03937f686e4f97c0aca6c6719647401ac7f5e2ed3a928d46be84237c5a0258baa6ce03966040968311155f146155df5750506155ad916143ba565b945b80546bffffffffffffffffffffffff19166001600160601b038716179055825188815260208101959095521692a3565b6155ff906155f961562e956001600160601b0394956143ba565b906143ba565b82546bffffffffffffffffffffffff60601b1916911660601b6bffffffffffffffffffffffff60601b16179055565b5f946155af565b505f9650505050505056fea164736f6c6343000825000a",
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
