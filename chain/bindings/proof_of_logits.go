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
	SlashRewardBps       uint16
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
}

// ProofOfLogitsMetaData contains all meta data concerning the ProofOfLogits contract.
var ProofOfLogitsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minMinerStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minValidatorStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"thresholdsDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seedDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"attestWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxValidators\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"collateralMultiplier\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorCutBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"absentPenaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerToken\",\"type\":\"uint96\"}],\"internalType\":\"structIProofOfLogits.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"AttestWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"expected\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"got\",\"type\":\"uint32\"}],\"name\":\"BadThresholdsVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"}],\"name\":\"ClaimedByOther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"CommitteeAlreadyDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"CommitteeNotDrawn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minFee\",\"type\":\"uint256\"}],\"name\":\"FeeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"}],\"name\":\"HeaderMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientFreeStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"}],\"name\":\"InvalidLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidThresholds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidVerdict\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"ModelIsRetired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NotCancellable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"}],\"name\":\"NotClaimHolder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCommitteeMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"drawn\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"}],\"name\":\"NotEnoughValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"duties\",\"type\":\"uint32\"}],\"name\":\"PendingDuties\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"RetireInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"RevealWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"}],\"name\":\"RevealWindowNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"}],\"name\":\"RevealWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"have\",\"type\":\"uint8\"},{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"want\",\"type\":\"uint8\"}],\"name\":\"RoleMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"SeedUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nextBlock\",\"type\":\"uint64\"}],\"name\":\"StakeChangeTooSoon\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"activeFrom\",\"type\":\"uint64\"}],\"name\":\"ThresholdsPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"readyBlock\",\"type\":\"uint64\"}],\"name\":\"UnbondingNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"UnknownJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"maxValidators\",\"type\":\"uint8\"}],\"name\":\"ValidatorSetFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ValueTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"active\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"expected\",\"type\":\"uint32\"}],\"name\":\"VersionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"enumIProofOfLogits.JobStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIProofOfLogits.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"name\":\"CommitteeDrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"}],\"name\":\"JobClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"JobCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumIProofOfLogits.JobStatus\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minerPayout\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"voterReward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minerSlash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"JobSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"thresholdsVersion\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"promptHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMilli\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structIProofOfLogits.Sampler\",\"name\":\"sampler\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"JobSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structIProofOfLogits.Thresholds\",\"name\":\"thresholds\",\"type\":\"tuple\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"ModelRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rewardPool\",\"type\":\"uint256\"}],\"name\":\"RewardsFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structIProofOfLogits.Thresholds\",\"name\":\"thresholds\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"activeFrom\",\"type\":\"uint64\"}],\"name\":\"ThresholdsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"UnbondRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"}],\"name\":\"ValidatorAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"}],\"name\":\"ValidatorRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"VerdictCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_POSITIONS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"cancelJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"challengePositions\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"\",\"type\":\"uint32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"claimJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitVerdict\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"}],\"name\":\"deriveChallengePositions\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"\",\"type\":\"uint32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"}],\"name\":\"drawCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"drawWeights\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fundRewards\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getAccount\",\"outputs\":[{\"components\":[{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"locked\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"owed\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"jobs\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"duties\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"unbonding\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondReadyAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unbondReadyBlock\",\"type\":\"uint64\"}],\"internalType\":\"structIProofOfLogits.Account\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"getCommittee\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"enumIProofOfLogits.Verdict[]\",\"name\":\"verdicts\",\"type\":\"uint8[]\"},{\"internalType\":\"bool[]\",\"name\":\"committed\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"getJob\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimExpiry\",\"type\":\"uint64\"},{\"internalType\":\"enumIProofOfLogits.JobStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"thresholdsVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"commitBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIProofOfLogits.Job\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"latestVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"activeVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"latestActiveFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"internalType\":\"structIProofOfLogits.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"}],\"name\":\"getThresholds\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"}],\"internalType\":\"structIProofOfLogits.Thresholds\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getValidators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"stakes\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"jobIdFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"minMinerStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minValidatorStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"minFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"claimTimeout\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"thresholdsDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seedDelay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"attestWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"challenges\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxValidators\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"collateralMultiplier\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorCutBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slashRewardBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"absentPenaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"rewardPerToken\",\"type\":\"uint96\"}],\"internalType\":\"structIProofOfLogits.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"}],\"name\":\"previewCommittee\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"}],\"internalType\":\"structIProofOfLogits.Thresholds\",\"name\":\"th\",\"type\":\"tuple\"}],\"name\":\"registerModel\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"retireAt\",\"type\":\"uint64\"}],\"name\":\"retireModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"enumIProofOfLogits.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"revealVerdict\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardPool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"seedOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumIProofOfLogits.Role\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"expectedVersion\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"promptHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMilli\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIProofOfLogits.Sampler\",\"name\":\"sampler\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"submitJob\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"maxDeltaNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxKLNano\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tieMarginNano\",\"type\":\"uint64\"}],\"internalType\":\"structIProofOfLogits.Thresholds\",\"name\":\"th\",\"type\":\"tuple\"}],\"name\":\"updateThresholds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"enumIProofOfLogits.Verdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"verdictCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyMerkleProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyOpening\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ProofOfLogits",
	Bin: "0x6102c06040523461062957604051601f6159c038819003918201601f19168301916001600160401b038311848410176106155780849261022094604052833981010312610629576040519061022082016001600160401b038111838210176106155760405261006d8161062d565b808352908261007e6020830161062d565b92836020830152604083016100929061062d565b806040840152606084016100a590610641565b806060850152608085016100b890610641565b60808501526100c960a08601610641565b60a08501526100da60c08601610655565b8060c086015260e086016100ed90610655565b908160e0870152610100870161010290610655565b80610100880152610120880161011790610666565b9283610120890152610140890161012d90610666565b92836101408a01526101608a0161014390610666565b95866101608b01526101808b0161015990610674565b97886101808c01526101a08c0161016f90610674565b998a6101a08d01526101c08d0161018590610674565b9b8d8d6101c08301526101e00161019b90610674565b9d8e6101e0830152610200016101b09061062d565b61020090910152600180556001600160601b0316159c8d15610603575b508c156105f1575b508b156105d7575b508a156105c8575b5089156105b9575b89156105a5575b508815610596575b508715610588575b871561057a575b871561056e575b50861561055c575b50851561054e575b508415610541575b50831561052f575b50821561051d575b50811561050d575b506104fe573360805260018060601b0381511660a05260018060601b0360208201511660c05260018060601b0360408201511660e05260018060401b036060820151166101005260018060401b036080820151166101205260018060401b0360a0820151166101405263ffffffff60c0820151166101605263ffffffff60e0820151166101805263ffffffff610100820151166101a05260ff610120820151166101c05260ff610140820151166101e05260ff610160820151166102005261ffff610180820151166102205261ffff6101a0820151166102405261ffff6101c0820151166102605261ffff6101e0820151166102805261020060018060601b03910151166102a05260405161533c9081610684823960805181818161097401528181611934015281816123f601526138fe015260a051818181610e340152818161113201528181612d4801526146f5015260c051818181610e600152614722015260e051818181610e8f0152613a72015261010051818181610ebe01526132b0015261012051818181610eed0152612dff015261014051818181610f1c01526119fb01526101605181818161070c01528181610f4801528181611287015281816115760152818161180501528181611c2a01526124c601526101805181818161074101528181610f74015281816115a7015281816129740152818161342e015261476001526101a051818181610fa001528181611c61015261250501526101c051818181610fca01528181614ff5015261517b01526101e051818181610ff401526127b601526102005181818161101e0152612a7001526102205181818161104901528181611d9401528181612ce0015261311c0152610240518181816110740152611e7f01526102605181818161109f015261227e0152610280518181816110ca015261522901526102a0518181816110fa0152614cb60152f35b635435b28960e11b5f5260045ffd5b612710915061ffff16115f610242565b61271091925061ffff1611905f61023a565b61271091935061ffff1611915f610232565b61ffff161593505f61022a565b60ff9081161494505f610222565b60ff9196501660ff861610945f61021a565b60ff161596505f610212565b600860ff831611975061020b565b600260ff8316109750610204565b63ffffffff161597505f6101fc565b611fff91995063ffffffff1611975f6101f4565b63ffffffff81161599506101ed565b63ffffffff161599505f6101e5565b63ffffffff6001600160401b0391909116119a505f6101dd565b6001600160601b0316159b505f6101d5565b6001600160601b0316159c505f6101cd565b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b51906001600160601b038216820361062957565b51906001600160401b038216820361062957565b519063ffffffff8216820361062957565b519060ff8216820361062957565b519061ffff821682036106295756fe60806040526004361015610011575f80fd5b5f3560e01c806308aebbda14613d645780630a291414146139d75780630c2b7e80146138c55780632023b3a11461381657806330bfa439146137f65780633ccfd60b1461351957806354f63b14146131dd5780635fae14501461300a5780635fcec5c614612c4f578063604f21771461282157806363e46ee9146127f857806366666aa9146127dc5780636b284976146127755780636deec857146127575780637b8d16d61461247e5780637e877c8b1461241a5780638da5cb5b146123d75780638e0e07fa1461232d578063987757dd14611bf5578063a601873c14611ba5578063a7fa645714611905578063af9f854b146116e2578063b7ab4db5146116c0578063bfd10e111461152c578063c5a4315914611331578063cb85e2391461124f578063cff0ab9614610d94578063d8e5598114610c88578063db98103f1461094a578063dfb8a43f146106c9578063e11d6d5214610688578063f729cf0d146103f3578063f7b24e08146103d6578063fbcbc0f1146102195763ff18bf0b1461019a575f80fd5b5f3660031901126102155734156101ed576101b6345f546140a9565b805f556040519034825260208201527f17c4c73fe3b5d172ec864d377fb9e2323d3f90de65eed172cc20232b48ab2ae160403392a2005b7f7c946ed7000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f80fd5b34610215576020366003190112610215576004356001600160a01b038116809103610215575f61010060405161024e81613fee565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e082015201525f52600560205260405f206001810154908160f81c916001600160401b03600283549301541691604051906102b182613fee565b60038510156103c257848252602082016001600160601b0382168152604083016001600160601b038516815260608401908360601c6001600160601b0316825260808501928660e81c61ffff16845260a086019460c01c62ffffff16855260c08601958760601c6001600160601b0316875260e081019760c01c64ffffffffff16885261010001978852604051988961034991613f8f565b516001600160601b03166020890152516001600160601b03166040880152516001600160601b031660608701525163ffffffff1660808601525163ffffffff1660a0850152516001600160601b031660c0840152516001600160401b031660e0830152516001600160401b031661010082015261012090f35b634e487b7160e01b5f52602160045260245ffd5b34610215575f366003190112610215576020604051621000008152f35b34610215576020366003190112610215576004356040516101c081018181106001600160401b03821117610674576040525f81525f602082015260408101915f8352606082015f8152608083015f815260a08401905f825260c08501925f845260e08601945f86525f6101008801525f6101208801525f6101408801525f6101608801525f6101808801525f6101a0880152805f52600660205260405f2090600182015490600960ff8360f01c1610156103c25760ff8260f01c1615610662575081546001600160a01b038116895260a01c602089015260028201546001600160a01b0381168a5264ffffffffff8216845260ff8260f01c168652600260ff8360f01c1614610650575b508060281c61ffff1686528060381c61ffff1687528060481c62ffffff166101008901528060601c62ffffff166101208901528060781c64ffffffffff16610140890152600382015461016089015260a01c6001600160401b031661056190614d0e565b60ff16610180880152600401546101a08701526040519686516001600160a01b0316885260208701516001600160601b03166020890152516001600160a01b03166040880152516001600160401b03166060870152516001600160401b031660808601525160a085016105d391613f74565b5163ffffffff1660c08401525163ffffffff1660e083015261010081015163ffffffff1661010083015261012081015163ffffffff166101208301526101408101516001600160401b031661014083015261016081015161016083015261018081015160ff166101808301526101a001516101a08201526101c090f35b60a01c64ffffffffff168452896104fd565b63e498a48160e01b5f5260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b34610215576020366003190112610215576004356001600160401b0381168103610215576106b5906143c7565b906106c560405192839283613eb9565b0390f35b34610215576106d736613f14565b6106e2839293614a45565b92600184019182546001600160401b038160a01c1661091e576107369064ffffffffff63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000169160781c166140e3565b9161077063ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166001600160401b0385166140a9565b8043116108e9575061078e916107869184614d5c565b918285614fbe565b929061079984614330565b935f5b81811061083a5750507fe459d8971badd1a4e4e104b832777214064f7dce825411e13f12328393bdd74e9495826004927fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff00000000000000000000000000000000000000008796549260a01b16911617905501556108356040519283928352604060208401526040830190613e7d565b0390a2005b6001600160fd1b03811681036108d5576001600160a01b03600161087661087160ff6001600160401b0388168660031b1c16614362565b614380565b5001541680610885838961439c565b525f52600560205260405f2090600162ffffff835460c01c16019162ffffff83116108d5576001926108cf919062ffffff60c01b1962ffffff60c01b83549260c01b169116179055565b0161079c565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03907fc5c1828b000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b847f1a55ae5d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102155760c03660031901126102155760043560a0366023190112610215576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163303610c5c57600163ffffffff6109a961422f565b1603610c375763ffffffff6109bc614242565b1615610c0f576002549063ffffffff6109d68184166143b0565b16809263ffffffff19161760025561ffff8211610bfc5790807f6467b3da725bc1c2375364c6ad28b12c20234964e155da5e5ba5cfaec1ef106f60c0602094610ade604051610a2481613fd3565b8281526001600160401b0386610aa4828b8501946001865263ffffffff8060016040840193854216855260608101975f89525f5260206003905260405f2090518155019751161663ffffffff19875416178655511684906bffffffffffffffff0000000082549160201b16906bffffffffffffffff000000001916179055565b51825473ffffffffffffffff0000000000000000000000001916911660601b73ffffffffffffffff00000000000000000000000016179055565b835f526004865260405f2060015f528652610be260405f2063ffffffff610b0361422f565b1663ffffffff19825416178155610b18614242565b81546fffffffffffffffff0000000000000000610b33614255565b60401b16907fffffffffffffffff0000000000000000000000000000000000000000ffffffff67ffffffff0000000077ffffffffffffffff00000000000000000000000000000000610b8361426b565b60801b16948d1b1691161717178155610b9a614281565b77ffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffffffffff00000000000000000000000000000000000000000000000083549260c01b169116179055565b604051908152610bf3868201614297565ba2604051908152f35b506326281a1160e21b5f5260045260245ffd5b7f5d061126000000000000000000000000000000000000000000000000000000005f5260045ffd5b63ffffffff610c4461422f565b63495efb2d60e11b5f5260016004521660245260445ffd5b7f245aecd3000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b3461021557604036600319011261021557610ca1613de8565b63ffffffff610cae613dc2565b91610cb76141af565b5081610cc282614689565b93169283158015610d85575b610d695750165f52600460205260405f20905f5260205260a060405f206001600160401b0360405191610d0083613f9c565b548163ffffffff821693848152816020820163ffffffff8560201c16815263ffffffff6040840191838760401c168352608060608601958589831c168752019660c01c875260405198895251166020880152511660408601525116606084015251166080820152f35b6001915001541663495efb2d60e11b5f5260045260245260445ffd5b50826001820154168411610cce565b34610215575f366003190112610215575f610200604051610db481613fb7565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201520152610220604051610e2a81613fb7565b6001600160601b037f00000000000000000000000000000000000000000000000000000000000000001681526001600160601b037f00000000000000000000000000000000000000000000000000000000000000001660208201526001600160601b037f00000000000000000000000000000000000000000000000000000000000000001660408201526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660608201526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660808201526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660a082015263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001660c082015263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001660e082015263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001661010082015260ff7f00000000000000000000000000000000000000000000000000000000000000001661012082015260ff7f00000000000000000000000000000000000000000000000000000000000000001661014082015260ff7f00000000000000000000000000000000000000000000000000000000000000001661016082015261ffff7f00000000000000000000000000000000000000000000000000000000000000001661018082015261ffff7f0000000000000000000000000000000000000000000000000000000000000000166101a082015261ffff7f0000000000000000000000000000000000000000000000000000000000000000166101c082015261ffff7f0000000000000000000000000000000000000000000000000000000000000000166101e08201526001600160601b037f0000000000000000000000000000000000000000000000000000000000000000166102008201526001600160601b0361020060405192827f00000000000000000000000000000000000000000000000000000000000000001684528260208201511660208501528260408201511660408501526001600160401b0360608201511660608501526001600160401b0360808201511660808501526001600160401b0360a08201511660a085015263ffffffff60c08201511660c085015263ffffffff60e08201511660e085015263ffffffff6101008201511661010085015260ff6101208201511661012085015260ff6101408201511661014085015260ff6101608201511661016085015261ffff6101808201511661018085015261ffff6101a0820151166101a085015261ffff6101c0820151166101c085015261ffff6101e0820151166101e0850152015116610200820152f35b34610215576112ba6112b461126336613f14565b6112ad64ffffffffff600161127a86979597614a45565b015460781c1663ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906140e3565b9384614d5c565b90614fbe565b6112c381614330565b905f5b8181106112e357604051602080825281906106c590820186613e7d565b6001600160fd1b03811681036108d5576001906001600160a01b038261131c61087160ff6001600160401b038a168660031b1c16614362565b5001541661132a828661439c565b52016112c6565b3461021557602036600319011261021557600435805f52600660205260405f209060018201549060ff8260f01c1660098110156103c2571561066257506001600160401b038160a01c169061138582614d0e565b9061138f82614330565b936113998361402b565b906113a7604051928361400a565b8382526113b38461402b565b602083019490601f19013686376113c98161402b565b936113d7604051958661400a565b8185526113e38261402b565b602086019790601f190136893761ffff5f9260e01c16915b8381106114a1576114208a8a8a8a8a6020604051968796606088526060880190613e7d565b918683038288015251918281520192905f5b81811061147a57505050602090848303604086015251918281520191905f5b81811061145f575050500390f35b82511515845285945060209384019390920191600101611451565b919495509192602080826114916001948951613f07565b0195019101918695949392611432565b6001600160fd1b03811681036108d5576001600160a01b0360016114cf61087160ff868660031b1c16614362565b500154166114dd828c61439c565b526001600160ff1b03811681036108d5576003838260011b1c169060048210156103c25760019161150e828961439c565b526115198187614b29565b1515611525828a61439c565b52016113fb565b346102155760403660031901126102155760043561154981614a45565b60018101546001600160401b038160a01c169081156116ad576115a06115cd9164ffffffffff63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000169160781c166140a9565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906140a9565b8043116108e957506115e0903390614a8f565b9060243560801c9182156101ed57600181811c91166116a357600560ff60805b16920161160d828261430d565b90549060031b1c916fffffffffffffffffffffffffffffffff83851c16611677576116379161430d565b91909384549260031b931b17821b915f19901b191617905533907fa969eecb6b4e5de6abaa2787f4eed2cf670e1b4d4558994efa5c5bc9e0e820ce5f80a3005b7f64dbd987000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b600560ff5f611600565b8363110a84e560e01b5f5260045260245ffd5b34610215575f366003190112610215576106b56001600160401b0343166143c7565b3461021557608036600319011261021557602435600435611701613dd5565b815f52600660205260405f2060018101805460ff8160f01c1660098110156103c257600281036118cf57506001600160a01b036002840154163381036118a4575064ffffffffff811680421161188e575062ffffff8160481c169363ffffffff81169485158015611885575b61186f57509286926003926effffff0000000000000000000000006001600160401b03979660601b169073ffffffffffffffff0000000000000000000000001973ffffffffff0000000000000000000000000000004360781b169116171781557e0300000000000000000000000000000000000000000000000000000000000060ff60f01b19825416179055015561182d63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168343166140e3565b90604051948552602085015260643560408501521660608301527fc1f405351e5e48027142ef176acbeefc3b7a440451a7cbcbd768aed35676ee7960803393a3005b8563539335b560e11b5f5260045260245260445ffd5b5080861161176d565b85637fa0676960e01b5f5260045260245260445ffd5b7f74ca2bb3000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b859080156118f2576118ed9163276065d160e21b5f52600452613f66565b60445ffd5b5063e498a48160e01b5f5260045260245ffd5b346102155760c03660031901126102155761191e613de8565b60a0366023190112610215576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163303610c5c57600161196582614689565b0180546001600160401b038160201c16804210611b70575063ffffffff60019116019163ffffffff83116108d55763ffffffff92836119a261422f565b91169384911603611b4b5761ffff8311611b385763ffffffff6119c3614242565b1615610c0f577f01008117e866a434238dc3e8485d0086a24c84992bee942592468c8175968da29163ffffffff60c092611a5a611a297f00000000000000000000000000000000000000000000000000000000000000006001600160401b0342166140e3565b84546bffffffffffffffff00000000602083901b16851990911689176bffffffffffffffff00000000191617909455565b1693845f52600460205260405f20905f52602052611b1a60405f2063ffffffff611a8261422f565b1663ffffffff19825416178155611a97614242565b81546fffffffffffffffff0000000000000000611ab2614255565b60401b16907fffffffffffffffff0000000000000000000000000000000000000000ffffffff67ffffffff0000000077ffffffffffffffff00000000000000000000000000000000611b0261426b565b60801b169460201b1691161717178155610b9a614281565b6001600160401b0360405191611b2f83614297565b1660a0820152a2005b826326281a1160e21b5f5260045260245ffd5b63ffffffff83611b5961422f565b9063495efb2d60e11b5f526004521660245260445ffd5b63ffffffff847fd5a579af000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b346102155760a0366003190112610215576024356001600160a01b03811681036102155760443590600482101561021557602091611bed916084359160643591600435614b70565b604051908152f35b3461021557602036600319011261021557600435611c1281614a45565b6001810190815492611c87611c5a6115a063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001664ffffffffff8860781c166140a9565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906140a9565b804311156122f8575061ffff6001600160401b038560a01c169460e01c1693611cae6141d9565b92611cb882614d0e565b84525f5b8451811015611d34576001600160ff1b03811681036108d55780600388600193841b1c168281145f14611d01575060208601611cf8815161408e565b90525b01611cbc565b60028103611d1f575060408601611d18815161408e565b9052611cfb565b600303611cfb5760608601611d18815161408e565b5083908587611d4284614c04565b9460098610156103c257825460ff60f01b197eff0000000000000000000000000000000000000000000000000000000000008860f01b169116178355611d866141d9565b94845460a01c611dba61ffff7f0000000000000000000000000000000000000000000000000000000000000000168261419c565b916001600160a01b0360028801541695865f52600560205260405f20908a8c6001600160601b03871699611e3d8b6001600160601b03611e01600189019282845416614123565b166001600160601b0319825416178155611e2261ffff825460e81c166141fd565b61ffff60e81b1961ffff60e81b83549260e81b169116179055565b5f9a60048414988915612203575050505050548060601c62ffffff1690611e64828661419c565b9060481c62ffffff16611e7691614211565b92611ea561ffff7f0000000000000000000000000000000000000000000000000000000000000000168561419c565b612710900490602001908151611eba91614211565b908160208d015251611ecb9161419c565b611ed5908461409c565b90611edf90614cab565b611ee8916140a9565b808a526001600160601b0316815460601c6001600160601b031690611f0c91614103565b81546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b16179055611f439161409c565b60608701525b8161202b575b5050505091817f46c05274d9305e354ac0868a5e8bcd9b50324f46d029122fc56bd1b379dc5e6293606060a0940190815180611fbc575b505081519160406020820151910151915192611fa56040518096613f74565b6020850152604084015260608301526080820152a2005b6001600160a01b036120249254165f526005602052611ff56001600160601b0360405f2092166001600160601b03835460601c16614103565b6bffffffffffffffffffffffff60601b196bffffffffffffffffffffffff60601b83549260601b169116179055565b8680611f86565b6020860151905f946103c257156121ed5760015b600181036121d5576002905b5f5b6008811061209e575b505050505050917f46c05274d9305e354ac0868a5e8bcd9b50324f46d029122fc56bd1b379dc5e62939160a093612092606084019182516140a9565b90529193819387611f4f565b6001600160fd1b03811681036108d55760ff858260031b1c1680156121cf575f1981019081116108d55760016120db6001600160a01b0392614380565b5001541690815f52600560205260405f205f1962ffffff825460c01c160162ffffff81116108d557815462ffffff60c01b191660c09190911b62ffffff60c01b161781556001600160ff1b03821682036108d5578c6003898460011b1c16938585145f146121815750506001925085612157575b505b0161204d565b61217b90611ff56001600160601b0388166001600160601b03835460601c16614103565b8c61214f565b919092938681159182156121c5575b50506121a2575b505050600190612151565b6121ba926001949a926121b4926151f8565b906140a9565b9690508a8c80612197565b149050865f612190565b50612056565b600281036121e65760015b9061204b565b60046121e0565b600587036121fc57600261203f565b600461203f565b939b509490959196935060608d019384528c60055f9c1461222c575b5050505050505050611f49565b7f686e4f97c0aca6c6719647401ac7f5e2ed3a928d46be84237c5a0258baa6ce03956040956122c96122c26122bc60206001600160601b0398876122b08d6127106122a48f80846122d49f015261ffff7f0000000000000000000000000000000000000000000000000000000000000000169061419c565b04930192835190614211565b9283910152519061419c565b8861409c565b82516140a9565b905283835416614123565b81548319169216918217905582519182526020820152a3878980808080808c61221f565b6001600160401b03907f0d5c5d70000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b346102155760203660031901126102155760a061235961234b613de8565b6123536141af565b50614689565b6001600160401b0381549181612373600183015492614bd7565b63ffffffff6040519161238583613f9c565b868352816020840181871681528160408601931683528560806060870196828a60201c168852019760601c16875260405198895251166020880152511660408601525116606084015251166080820152f35b34610215575f3660031901126102155760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b3461021557608036600319011261021557612433613dd5565b61243b613dfb565b9063ffffffff811615612467576106c59161245b916024356004356148d0565b60405191829182613e3e565b63539335b560e11b5f525f6004525f60245260445ffd5b346102155760803660031901126102155760043560243590600482101561021557606435821561272f576124b182614a45565b60018101908154906124f66115a063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001664ffffffffff8560781c166140a9565b804311156126ef5763ffffffff7f0000000000000000000000000000000000000000000000000000000000000000169061253082826140a9565b43116126b1575050612558612551336001600160401b038560a01c16614a8f565b8092614b29565b9081156126855761ffff8360e01c16918160011b916001600160ff1b038116036108d557600383831c1661265957612595866044358a338b614b70565b60801c0361262d577fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff9161ffff7dffff000000000000000000000000000000000000000000000000000000009260ff8a16901b161760e01b1691161790556126006040518094613f07565b60208301527f847809c705b618923848dc665e23dea0b9dcbaca432e1e2bd63c875b88ee606860403393a3005b7f9caca5eb000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7f879d3b85000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b7fee0e2429000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b6001600160401b03916126c3916140a9565b167fab32683c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b600181018091116108d5576001600160401b03907fc435a451000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b7ffbcebe72000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610215576020366003190112610215576020611bed600435614143565b34610215576020366003190112610215576106c561245b60043561279881614143565b90805f52600660205262ffffff600160405f20015460601c169060ff7f000000000000000000000000000000000000000000000000000000000000000016926148d0565b34610215575f3660031901126102155760205f54604051908152f35b34610215575f366003190112610215576001545f1981019081116108d557602090604051908152f35b6020366003190112610215576004356003811080156102155734156101ed575f8215612c3757335f52600560205260405f20908154612869346001600160601b0383166140a9565b936001600160601b038511612c24576001840191825460f81c60038110156103c257879080612bc3575061289d91506146db565b808610612bad5750156103c25780547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7fff000000000000000000000000000000000000000000000000000000000000008760f81b1691161790556103c25760028314612964575b80546bffffffffffffffffffffffff19166001600160601b03831617905560405191612931908390613f8f565b34602083015260408201527f0a79772743d87ba7576fca49d64545ccce7a2369f471f1badf89540cdb09b28260603392a2005b600854600754905f9063ffffffff7f0000000000000000000000000000000000000000000000000000000000000000165b81831c612aeb575b505050600754808214612a6c575b5060016129b782614380565b5001805473ffffffffffffffffffffffffffffffffffffffff191633179055600181018082116108d55760ff60d81b197bff0000000000000000000000000000000000000000000000000000008085549360d81b1616911617825560ff604051911681527fad33f130acf558490b64cba9b56b1cee0b83e1b91803df6c47998df3674a26d360203392a2612a67612a5460ff835460d81c166140d1565b60ff6001600160601b0385169116614745565b612904565b60ff7f00000000000000000000000000000000000000000000000000000000000000001680831015612ac057506801000000000000000081101561067457806001612aba9201600755614380565b506129ab565b7f2d51837e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9091926001841b9182841615612ba057612b0485614380565b50612b1382825460c01c6140a9565b4310612b925760016001600160a01b03910154165f52600560205260405f209182549162ffffff8360c01c16612b7c57505060018501908186116108d55760d81c60ff1614612b6b575b50191660085584808061299d565b60ff60d81b19815416905586612b5d565b949350949050612b8c915061408e565b91612995565b5092915092612b8c9061408e565b92915092612b8c9061408e565b856378e030db60e01b5f5260045260245260445ffd5b92969395939450909114612bf857505050612beb905460f81c632d7e789160e01b5f52613f81565b156103c25760245260445ffd5b919350915060028414612c0c575b50612904565b612a5460ff612c1e9260d81c166140d1565b83612c06565b6326281a1160e21b5f523460045260245ffd5b632d7e789160e01b5f525f600452600160245260445ffd5b3461021557602036600319011261021557600435805f52600660205260405f209060018201805460ff8160f01c169060028501918254916001600160a01b03831690600983101593846103c25760028414938415612fd2575060a01c64ffffffffff16338314612fa75780421115612f78575064ffffffffff905b1696874211612f6157612d06905460a01c61ffff7f0000000000000000000000000000000000000000000000000000000000000000169061419c565b91335f52600560205260405f209360018501948554908160f81c60038110156103c25760018103612f4457506001600160601b03905416906001600160601b037f000000000000000000000000000000000000000000000000000000000000000016808310612f2e57506001600160601b039182612d85921690614123565b16808511612f1757506103c25782612db3926001600160601b03948593612f07575b50501682845416614103565b166001600160601b0319825416178155600161ffff825460e81c160161ffff81116108d557815461ffff60e81b191660e89190911b61ffff60e81b16179055612e256001600160401b037f000000000000000000000000000000000000000000000000000000000000000016426140a9565b93808511612eff575b506001600160a01b03331673ffffffffffffffffffffffffffffffffffffffff1982541617815580547fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff78ffffffffff00000000000000000000000000000000000000008660a01b1691161790557e0200000000000000000000000000000000000000000000000000000000000060ff60f01b198254161790556001600160401b03604051921682527f02a47c150278e38b060462e5cf6931755c485f3822cf01a5c01b8a051a99297e60203393a3005b935084612e2e565b612f109161487b565b8981612da7565b84906340179d2160e11b5f5260045260245260445ffd5b826378e030db60e01b5f5260045260245260445ffd5b612f5790632d7e789160e01b5f52613f81565b600160245260445ffd5b8787637fa0676960e01b5f5260045260245260445ffd5b827f6f37d066000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f15afccb0000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9450505f9360018103612fec575064ffffffffff90612cca565b879080156118f2576118ed9163276065d160e21b5f52600452613f66565b3461021557602036600319011261021557600435805f52600660205260405f206001810190815460ff8160f01c166009811015806103c2576001821415806131d0575b6131b9576103c257600214809181926131a0575b64ffffffffff164211159081613179575b5061314d576001600160a01b036020927f7cb5f42f3c2d5661045b28e7ac2cb9ca0515c97ae4839440a3c1b407be27037c947e0700000000000000000000000000000000000000000000000000000000000060ff60f01b19825416179055805460a01c9261310a575b54165f526005825261310160405f20611ff5836001600160601b03835460601c16614103565b604051908152a2005b6131488260028301541661314261ffff7f0000000000000000000000000000000000000000000000000000000000000000168661419c565b9061487b565b6130db565b837f07e08744000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90506001600160a01b03835416331490811591613198575b5085613072565b905085613191565b600284015460a01c64ffffffffff164211159150613061565b6118ed828763276065d160e21b5f52600452613f66565b50505f600282141561304d565b3461021557602036600319011261021557600435335f52600560205260405f206001810180548060f81c9060038210156103c2578115612c375784156101ed5784906001600160601b03855416908183116134ea576001600160601b0361324591168261409c565b8083116134d35750906132579161409c565b90613261816146db565b908215918215806134ca575b6134b4575084546bffffffffffffffffffffffff19166001600160601b0384169081178655906002146133db575b506001600160401b0393506133b1575b6132d77f00000000000000000000000000000000000000000000000000000000000000008442166140e3565b9161332b6132fb6001600160601b0387166001600160601b03845460601c16614103565b82546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b16178255565b80547fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff7cffffffffff000000000000000000000000000000000000000000000000808660c01b1616911617905560405193845260208401521660408201527f8ffb1c1bbc9352c50a3e49053178f14880746fdfa0b27fa14c4ac392e3cdc38460603392a2005b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82541682556132ab565b6133f7829160ff6133f181895460d81c166140d1565b16614745565b613466575b60016001600160401b03431601936001600160401b0385116108d5576001600160401b036002613454829763ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906140e3565b9201911685198254161790558561329b565b60ff61347781865460d81c166140d1565b166001811b600854176008556040519081527fbf0b69cecccb3e66847fd44e47532e9242000a7b20e34579ffd99f1c616434e960203392a26133fc565b836378e030db60e01b5f5260045260245260445ffd5b5080841061326d565b90506340179d2160e11b5f5260045260245260445ffd5b507f45be0a26000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b34610215575f366003190112610215577f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c6137ce5760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d335f52600560205260405f208054906001600160601b038260601c1691600182019182546001600160601b038160601c16928315801594856137b8575b856137a6575b8561378e575b8561377d575b5086156136ce575050506bffffffffffffffffffffffff60601b1981541690556136a2575b506040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a25f80808084335af13d1561369d573d61362c816140b6565b9061363a604051928361400a565b81525f60203d92013e5b1561366e575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7f1c43b976000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b613644565b80547fffffff0000000000000000000000000000000000ffffffffffffffffffffffff169055816135e7565b9291926137555760c01c62ffffff168061372a57506001600160401b03600264ffffffffff92015416917fb11883ac000000000000000000000000000000000000000000000000000000005f5260c01c1660045260245260445ffd5b7f6ec5f566000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fd0d04f60000000000000000000000000000000000000000000000000000000005f5260045ffd5b61378791976140a9565b95876135c2565b60028501546001600160401b031643101595506135bc565b945062ffffff8260c01c1615946135b6565b945064ffffffffff8360c01c16421015946135b0565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610215576020366003190112610215576020611bed6004353046614650565b3461021557608036600319011261021557600435613832613dc2565b906064356001600160401b03811161021557613852903690600401613e0e565b919092815f52600660205260405f209360038501549283156138a357602061389986868661388f8762ffffff60018e015460601c16943691614042565b9260443592614435565b6040519015158152f35b6118ed9060ff600188015460f01c169063276065d160e21b5f52600452613f66565b34610215576040366003190112610215576138de613de8565b602435906001600160401b03821691828103610215576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163303610c5c5761392d82614689565b904284106139ab577f49ed05d85bf6dbd8e8b583ed03fb8636e04ac2b931f8ac7959c4e68b6b3d5fba926139a063ffffffff926001602095019073ffffffffffffffff0000000000000000000000001973ffffffffffffffff00000000000000000000000083549260601b169116179055565b6040519485521692a2005b837f384122bd000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b610120366003190112610215576139ec613de8565b6139f4613dc2565b6139fc613dfb565b9160803660831901126102155761010435906001600160401b0382169384830361021557613a2982614689565b6001600160401b03600182015460601c1680151580613d5a575b613d255750613a5663ffffffff91614bd7565b169263ffffffff851693808503613ceb57506001600160601b037f000000000000000000000000000000000000000000000000000000000000000016803410613cbc57506001600160601b033411612c245763ffffffff82169182158015613cb0575b613c9657428711801590613c88575b613c5c57600154613ad88161408e565b6001555f1981019081116108d557613af1903046614650565b5f818152600660209081526040918290203460a01b73ffffffffffffffffffffffffffffffffffffffff19163317815560010180547fff00ffffffffffffffffffffffffffffffffffff0000000000000000000000001664ffffffffff90961695909517602888901b66ffff0000000000161760389990991b68ffff00000000000000169890981760489390931b6bffffff00000000000000000016929092177e01000000000000000000000000000000000000000000000000000000000000179092558051948552604435958501959095529383015263ffffffff6084359081169081900361021557606083015260a43563ffffffff811680910361021557608083015260c4359063ffffffff82168092036102155760209463ffffffff9260a085015260e43560c085015260e0840152346101008401521690827fea926de1c096bc11f7b88bdae048eacdc981428b7a1fa9dda38c85c289049f1c6101203393a4604051908152f35b867f211baed7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5064ffffffffff8711613ac8565b8263539335b560e11b5f526004526210000060245260445ffd5b50621000008311613ab9565b7ff04f3db2000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b849063ffffffff857fc6f15aa0000000000000000000000000000000000000000000000000000000005f521660045260245260445260645ffd5b63ffffffff847fa1fabb97000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b5080421015613a43565b346102155760a036600319011261021557613d7d613dc2565b613d85613dd5565b608435906001600160401b03821161021557602092613db5613dae613899943690600401613e0e565b3691614042565b9160643591600435614435565b6024359063ffffffff8216820361021557565b6044359063ffffffff8216820361021557565b6004359063ffffffff8216820361021557565b6064359063ffffffff8216820361021557565b9181601f84011215610215578235916001600160401b038311610215576020808501948460051b01011161021557565b60206040818301928281528451809452019201905f5b818110613e615750505090565b825163ffffffff16845260209384019390920191600101613e54565b90602080835192838152019201905f5b818110613e9a5750505090565b82516001600160a01b0316845260209384019390920191600101613e8d565b90613ecc90604083526040830190613e7d565b906020818303910152602080835192838152019201905f5b818110613ef15750505090565b8251845260209384019390920191600101613ee4565b9060048210156103c25752565b604060031982011261021557600435916024356001600160401b0381116102155782602382011215610215578060040135926001600160401b0384116102155760248483010111610215576024019190565b60098110156103c257602452565b9060098210156103c25752565b60038110156103c257600452565b9060038210156103c25752565b60a081019081106001600160401b0382111761067457604052565b61022081019081106001600160401b0382111761067457604052565b608081019081106001600160401b0382111761067457604052565b61012081019081106001600160401b0382111761067457604052565b90601f801991011681019081106001600160401b0382111761067457604052565b6001600160401b0381116106745760051b60200190565b92919061404e8161402b565b9361405c604051958661400a565b602085838152019160051b810192831161021557905b82821061407e57505050565b8135815260209182019101614072565b5f1981146108d55760010190565b919082039182116108d557565b919082018092116108d557565b6001600160401b03811161067457601f01601f191660200190565b60ff5f199116019060ff82116108d557565b906001600160401b03809116911601906001600160401b0382116108d557565b906001600160601b03809116911601906001600160601b0382116108d557565b906001600160601b03809116911603906001600160601b0382116108d557565b90815f52600660205260405f2060ff600182015460f01c1660098110156103c2571561418957600401549182156141775750565b63110a84e560e01b5f5260045260245ffd5b8263e498a48160e01b5f5260045260245ffd5b818102929181159184041417156108d557565b604051906141bc82613f9c565b5f6080838281528260208201528260408201528260608201520152565b604051906141e682613fd3565b5f6060838281528260208201528260408201520152565b61ffff5f199116019061ffff82116108d557565b811561421b570490565b634e487b7160e01b5f52601260045260245ffd5b60243563ffffffff811681036102155790565b60443563ffffffff811681036102155790565b6064356001600160401b03811681036102155790565b6084356001600160401b03811681036102155790565b60a4356001600160401b03811681036102155790565b60243563ffffffff811680910361021557815260443563ffffffff81168091036102155760208201526064356001600160401b0381168091036102155760408201526084356001600160401b03811680910361021557606082015260a435906001600160401b0382168092036102155760800152565b600482101561431c5701905f90565b634e487b7160e01b5f52603260045260245ffd5b9061433a8261402b565b614347604051918261400a565b8281528092614358601f199161402b565b0190602036910137565b6001600160401b035f19911601906001600160401b0382116108d557565b60075481101561431c5760075f5260205f209060011b01905f90565b805182101561431c5760209160051b010190565b63ffffffff1663ffffffff81146108d55760010190565b600754916143d483614330565b926143de81614330565b926001600160401b03165f5b8281106143f657505050565b8061442483614406600194614380565b506001600160a01b03858201541661441e858c61439c565b526151d4565b61442e828861439c565b52016143ea565b9290919363ffffffff83169182158015614640575b6146365763ffffffff9095165f925b6001811161451457505051149283614472575b50505090565b6020929350905f91604051907fffffffff00000000000000000000000000000000000000000000000000000000858301937f0200000000000000000000000000000000000000000000000000000000000000855260e01b1660218301526025820152602581526144e360458261400a565b604051918291518091835e8101838152039060025afa15614509575f51145f808061446c565b6040513d5f823e3d90fd5b90956001808816036145bb57825184146145b0575f60209161456c61457a61454561453e8961408e565b988861439c565b519260405192839187830195869091604192600160f81b8352600183015260218201520190565b03601f19810183528261400a565b604051918291518091835e8101838152039060025afa15614509575f51955b60011c90600181018091116108d55760011c614459565b505050505050505f90565b95600181018082116108d5578211156145995795825184146145b0575f60209161456c6146136145ed61453e8961408e565b5160405192839187830195869091604192600160f81b8352600183015260218201520190565b604051918291518091835e8101838152039060025afa15614509575f5195614599565b5050505050505f90565b508263ffffffff8716101561444a565b9160405191602083019384526001600160601b03199060601b16604083015260548201526054815261468360748261400a565b51902090565b63ffffffff1690815f52600360205260405f209163ffffffff600184015416156146b05750565b7f83b4614c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60038110156103c257600103614718576001600160601b037f00000000000000000000000000000000000000000000000000000000000000001690565b6001600160601b037f00000000000000000000000000000000000000000000000000000000000000001690565b61474e90614380565b509081548060c01c61478663ffffffff7f000000000000000000000000000000000000000000000000000000000000000016826140a9565b90151580614872575b61483d575082546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b161782556001600160601b03166001600160601b031982541617815560014301908143116108d5576001600160401b0361483b921677ffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffffffffff00000000000000000000000000000000000000000000000083549260c01b169116179055565b565b6001600160401b03907f6e05420b000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b5080431061478f565b906001600160a01b0361483b92165f5260056020526001600160601b03611e0181600160405f2001931682845416614123565b63ffffffff5f199116019063ffffffff82116108d557565b811561421b570690565b9091939263ffffffff8516908163ffffffff8216105f14614a395763ffffffff905b16916148fd8361402b565b9561490b604051978861400a565b838752601f1961491a8561402b565b01366020890137868415614a305750614932906148ae565b86511561431c5763ffffffff1660208701526001935f9391929091905b81861061495e57505050505050565b5f979496929395975063ffffffff6149b882604d6040518a815288602082015263ffffffff60981b8c60981b167f6368616c6c656e67650000000000000000000000000000000000000000000000176040820152206148c6565b16955f5b89811080614a16575b156149d8576149d39061408e565b6149bc565b96896149f3939694979a9899929599146149fc575b506143b0565b9390919261494f565b614a0f614a088961408e565b988b61439c565b525f6149ed565b508763ffffffff614a27838a61439c565b511614156149c5565b96505050505050565b5063ffffffff856148f2565b90815f52600660205260405f209160ff600184015460f01c1660098110156103c25760038103614a73575050565b80156118f2576118ed9163276065d160e21b5f52600452613f66565b91906001600160a01b031691825f52600560205260ff60405f205460d81c166001600160401b035f9216915b60088110614af0575b847f7e91740c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6001600160fd1b03811681036108d55760ff838260031b1c168015614b23578214614b1d57600101614abb565b93505050565b50614ac4565b906001614b4d6fffffffffffffffffffffffffffffffff93600584841c910161430d565b90549060031b1c9116155f14614b685760ff60805b161c1690565b60ff5f614b62565b93917fff000000000000000000000000000000000000000000000000000000000000009093919360405194602086019687526001600160601b03199060601b16604086015260f81b166054840152605583015260758201526075815261468360958261400a565b6001015463ffffffff81169060201c6001600160401b03164210614bf85790565b614c01906148ae565b90565b6020810180518060011b90808204600214901517156108d5578251109081614c9e575b50614c98576040810180518060011b90808204600214901517156108d55782511080614c8c575b614c8557516060820151614c61916140a9565b908160011b91808304600214901517156108d5575110614c8057600690565b600890565b5050600590565b50600281511015614c4e565b50600490565b600291505110155f614c27565b906001600160601b037f000000000000000000000000000000000000000000000000000000000000000016918215614d0857614ce9905f549361419c565b91808311614d00575b82614cfc9161409c565b5f55565b915081614cf2565b505f9150565b905f5b6008811080614d32575b15614d2e57614d299061408e565b614d11565b9150565b506001600160fd1b03811681036108d55760ff6001600160401b0384168260031b1c161515614d1b565b6001600160401b039093929193169081431115614f9257610101824303105f14614f685781405b8015614f5557614d92826140b6565b614d9f604051918261400a565b828152602081019083870193368511610215576020815f928a86378301015251902090808203614f235750505f935f918182355f1a925f9060f88510600114614ef957505060f5198382018181019484936001013560f61990910160031b610100031c01015b14614e56575b5050809315614e2e5715614e1c5750565b633d78fa4160e21b5f5260045260245ffd5b7f34ea3f6e000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f5b600d8110614e89575b50602082011081355f1a60a01416614e7a575b80614e0b565b9350506001809301355f614e74565b9180355f1a9060808210600114614eed5760b88210600114614edf5760c0821015614ed3579060019160b519918382013560b619820160031b610100031c91010101925b01614e58565b5050809150905f614e61565b01607e190191600190614ecd565b60019150810192614ecd565b90919360c0811015614f0f575b50508190614e05565b6001820194500160be19019050815f614f06565b837ffe5351b0000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b82633d78fa4160e21b5f5260045260245ffd5b815f525f602052602080805f71f90827f1c53a10cb7a02335b1753200029355afa50602051614d83565b507f02c32a2d000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b905f935f9160075490614fd082614330565b955f926001600160401b035f92165b8183106151a3575050508115615150575f9485937f0000000000000000000000000000000000000000000000000000000000000000600281901b6103fc1694869490939092909160ff16855b6108d5578663ffffffff8b161080615147575b1561513a5761509085604d8c63ffffffff60981b6040519189835288602084015260981b167f636f6d6d69747465650000000000000000000000000000000000000000000000176040820152206148c6565b965f8861509d828f61439c565b51116150c657908861509d6150b88f9a99989796959461408e565b80939495969798999a61439c565b98909294969a999c91939597506001891b9081811661512c571797600181018091116108d5576001600160fd1b038d168d036108d55761511f916001600160401b03615119928f60031b1b16179c61408e565b986143b0565b989492909593918561502b565b9850509a9761511f906143b0565b5097505050505050509150565b5080891061503e565b7f69894c6b000000000000000000000000000000000000000000000000000000005f525f60045260ff7f00000000000000000000000000000000000000000000000000000000000000001660245260445ffd5b9091936151bf6001916121b4846151b989614380565b506151d4565b94856151cb828c61439c565b52019190614fdf565b546001600160601b039182919060c082901c116151f057161690565b60601c161690565b805460018201805460601c6001600160601b0390811696959492169061271061524f61522489856140a9565b61ffff7f0000000000000000000000000000000000000000000000000000000000000000169061419c565b04968715615324579282886001600160a01b03937f686e4f97c0aca6c6719647401ac7f5e2ed3a928d46be84237c5a0258baa6ce03966040968311155f146152ce57505061529c9161409c565b945b80546bffffffffffffffffffffffff19166001600160601b038716179055825188815260208101959095521692a3565b6152ee906152e861531d956001600160601b03949561409c565b9061409c565b82546bffffffffffffffffffffffff60601b1916911660601b6bffffffffffffffffffffffff60601b16179055565b5f9461529e565b505f9650505050505056fea164736f6c6343000825000a",
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
// Solidity: constructor((uint96,uint96,uint96,uint64,uint64,uint64,uint32,uint32,uint32,uint8,uint8,uint8,uint16,uint16,uint16,uint16,uint96) p) returns()
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
// the contract method with ID 0xaf9f854b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(bytes32 jobId, bytes32 root, uint32 n, bytes32 tokensHash) returns()
func (proofOfLogits *ProofOfLogits) PackCommit(jobId [32]byte, root [32]byte, n uint32, tokensHash [32]byte) []byte {
	enc, err := proofOfLogits.abi.Pack("commit", jobId, root, n, tokensHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf9f854b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(bytes32 jobId, bytes32 root, uint32 n, bytes32 tokensHash) returns()
func (proofOfLogits *ProofOfLogits) TryPackCommit(jobId [32]byte, root [32]byte, n uint32, tokensHash [32]byte) ([]byte, error) {
	return proofOfLogits.abi.Pack("commit", jobId, root, n, tokensHash)
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
// the contract method with ID 0xd8e55981.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getThresholds(uint32 modelId, uint32 version) view returns((uint32,uint32,uint64,uint64,uint64))
func (proofOfLogits *ProofOfLogits) PackGetThresholds(modelId uint32, version uint32) []byte {
	enc, err := proofOfLogits.abi.Pack("getThresholds", modelId, version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetThresholds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8e55981.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getThresholds(uint32 modelId, uint32 version) view returns((uint32,uint32,uint64,uint64,uint64))
func (proofOfLogits *ProofOfLogits) TryPackGetThresholds(modelId uint32, version uint32) ([]byte, error) {
	return proofOfLogits.abi.Pack("getThresholds", modelId, version)
}

// UnpackGetThresholds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8e55981.
//
// Solidity: function getThresholds(uint32 modelId, uint32 version) view returns((uint32,uint32,uint64,uint64,uint64))
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
// Solidity: function params() view returns((uint96,uint96,uint96,uint64,uint64,uint64,uint32,uint32,uint32,uint8,uint8,uint8,uint16,uint16,uint16,uint16,uint96))
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
// Solidity: function params() view returns((uint96,uint96,uint96,uint64,uint64,uint64,uint32,uint32,uint32,uint8,uint8,uint8,uint16,uint16,uint16,uint16,uint96))
func (proofOfLogits *ProofOfLogits) TryPackParams() ([]byte, error) {
	return proofOfLogits.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint96,uint96,uint96,uint64,uint64,uint64,uint32,uint32,uint32,uint8,uint8,uint8,uint16,uint16,uint16,uint16,uint96))
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
// the contract method with ID 0xdb98103f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerModel(bytes32 weightsHash, (uint32,uint32,uint64,uint64,uint64) th) returns(uint32 modelId)
func (proofOfLogits *ProofOfLogits) PackRegisterModel(weightsHash [32]byte, th IProofOfLogitsThresholds) []byte {
	enc, err := proofOfLogits.abi.Pack("registerModel", weightsHash, th)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb98103f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerModel(bytes32 weightsHash, (uint32,uint32,uint64,uint64,uint64) th) returns(uint32 modelId)
func (proofOfLogits *ProofOfLogits) TryPackRegisterModel(weightsHash [32]byte, th IProofOfLogitsThresholds) ([]byte, error) {
	return proofOfLogits.abi.Pack("registerModel", weightsHash, th)
}

// UnpackRegisterModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb98103f.
//
// Solidity: function registerModel(bytes32 weightsHash, (uint32,uint32,uint64,uint64,uint64) th) returns(uint32 modelId)
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
// the contract method with ID 0xa7fa6457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateThresholds(uint32 modelId, (uint32,uint32,uint64,uint64,uint64) th) returns()
func (proofOfLogits *ProofOfLogits) PackUpdateThresholds(modelId uint32, th IProofOfLogitsThresholds) []byte {
	enc, err := proofOfLogits.abi.Pack("updateThresholds", modelId, th)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateThresholds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7fa6457.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateThresholds(uint32 modelId, (uint32,uint32,uint64,uint64,uint64) th) returns()
func (proofOfLogits *ProofOfLogits) TryPackUpdateThresholds(modelId uint32, th IProofOfLogitsThresholds) ([]byte, error) {
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
// Solidity: event JobCommitted(bytes32 indexed jobId, address indexed miner, bytes32 root, uint32 n, bytes32 tokensHash, uint64 seedBlock)
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
	Thresholds  IProofOfLogitsThresholds
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
// Solidity: event ModelRegistered(uint32 indexed modelId, bytes32 weightsHash, (uint32,uint32,uint64,uint64,uint64) thresholds)
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
	Thresholds IProofOfLogitsThresholds
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
// Solidity: event ThresholdsUpdated(uint32 indexed modelId, (uint32,uint32,uint64,uint64,uint64) thresholds, uint64 activeFrom)
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
	if bytes.Equal(raw[:4], proofOfLogits.abi.Errors["PendingDuties"].ID.Bytes()[:4]) {
		return proofOfLogits.UnpackPendingDutiesError(raw[4:])
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
