package p2p

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p/pb"
)

// Network identifies one deployment of the settlement contract; topics, digests and
// validation are all bound to it so that networks never mix.
type Network struct {
	ChainID  uint64
	Contract common.Address
}

// Job is the prompt text of a job submitted on chain, gossiped on the jobs topic.
type Job struct {
	Network
	JobID     logits.JobID
	ModelID   uint32 // the contract's registered model id
	Prompt    string
	Timestamp uint64 // unix seconds at signing
}

// Digest is the signed digest:
// keccak256("pol/p2p/job/v1" || uint256 chainId || address contract || bytes32 jobId ||
// uint32 modelId || bytes32 logits.PromptHash(prompt) || uint64 timestamp).
func (j *Job) Digest() logits.Hash {
	ph := logits.PromptHash(j.Prompt)
	p := packer(tagJobDigest).uint256(j.ChainID).bytes(j.Contract[:]).bytes(j.JobID[:]).
		uint32(j.ModelID).bytes(ph[:]).uint64(j.Timestamp)
	return logits.Keccak256(p)
}

// Commitment is what a miner committed on chain plus the token lists TokensHash binds,
// gossiped on the commitments topic.
type Commitment struct {
	Network
	JobID        logits.JobID
	ModelID      uint32
	Root         logits.Hash
	N            uint32
	TokensHash   logits.Hash
	PromptTokens []uint32
	OutputTokens []uint32
	// MinerAddrs are where the miner serves reveals; PublishCommitment fills in the host's
	// addresses when empty. With the signer's peer id they let a validator that only shares
	// relays with the miner dial it (MinerAddrInfo).
	MinerAddrs []ma.Multiaddr
	// Profile is the numeric profile the miner ran (docs/protocol.md §8.2):
	// validators judge the job by the model version's thresholds for it.
	Profile   uint16
	Timestamp uint64
}

// Limits on the addresses a commitment may carry.
const (
	MaxMinerAddrs   = 8
	maxMinerAddrLen = 256
)

// AddrsHash is keccak256(u32be(len(a_0)) || a_0 || u32be(len(a_1)) || a_1 || ...) over the
// binary multiaddrs of MinerAddrs.
func (c *Commitment) AddrsHash() logits.Hash {
	var p packer
	for _, a := range c.MinerAddrs {
		p = p.uint32(uint32(len(a.Bytes()))).bytes(a.Bytes())
	}
	return logits.Keccak256(p)
}

// Digest is the signed digest:
// keccak256("pol/p2p/commitment/v2" || uint256 chainId || address contract || bytes32 jobId ||
// uint32 modelId || uint16 profile || bytes32 root || uint32 n || bytes32 tokensHash ||
// bytes32 addrsHash || uint64 timestamp). The token lists are covered through tokensHash, which validators recompute.
func (c *Commitment) Digest() logits.Hash {
	ah := c.AddrsHash()
	p := packer(tagCommitmentDigest).uint256(c.ChainID).bytes(c.Contract[:]).bytes(c.JobID[:]).
		uint32(c.ModelID).uint16(c.Profile).bytes(c.Root[:]).uint32(c.N).bytes(c.TokensHash[:]).bytes(ah[:]).uint64(c.Timestamp)
	return logits.Keccak256(p)
}

// MinerAddrInfo is where to reach the miner that signed a received commitment for reveals.
func MinerAddrInfo(r Received[Commitment]) peer.AddrInfo {
	return peer.AddrInfo{ID: r.SignerPeer, Addrs: r.Msg.MinerAddrs}
}

// Outcome is a validator's verdict on a commitment (the same values as the on-chain attestation).
type Outcome uint8

// Verdict outcomes.
const (
	OutcomePass     Outcome = 1
	OutcomeFail     Outcome = 2
	OutcomeNoReveal Outcome = 3
)

// String names the outcome.
func (o Outcome) String() string {
	switch o {
	case OutcomePass:
		return "pass"
	case OutcomeFail:
		return "fail"
	case OutcomeNoReveal:
		return "no-reveal"
	}
	return fmt.Sprintf("outcome(%d)", uint8(o))
}

// MaxVerdictPositions caps the positions listed in one verdict.
const MaxVerdictPositions = 256

// Verdict is a validator's judgement of a commitment, gossiped on the verdicts topic.
type Verdict struct {
	Network
	JobID        logits.JobID
	Root         logits.Hash
	Outcome      Outcome
	Positions    []uint32
	EvidenceHash logits.Hash
	Timestamp    uint64
}

// PositionsHash is keccak256(u32be(p_0) || u32be(p_1) || ...) over the checked positions.
func (v *Verdict) PositionsHash() logits.Hash {
	b := make([]byte, 0, 4*len(v.Positions))
	for _, p := range v.Positions {
		b = binary.BigEndian.AppendUint32(b, p)
	}
	return logits.Keccak256(b)
}

// Digest is the signed digest:
// keccak256("pol/p2p/verdict/v1" || uint256 chainId || address contract || bytes32 jobId ||
// bytes32 root || uint8 outcome || bytes32 positionsHash || bytes32 evidenceHash || uint64 timestamp).
func (v *Verdict) Digest() logits.Hash {
	ph := v.PositionsHash()
	p := packer(tagVerdictDigest).uint256(v.ChainID).bytes(v.Contract[:]).bytes(v.JobID[:]).
		bytes(v.Root[:]).bytes([]byte{byte(v.Outcome)}).bytes(ph[:]).bytes(v.EvidenceHash[:]).uint64(v.Timestamp)
	return logits.Keccak256(p)
}

// byteField is a fixed-length protobuf bytes field and where it is decoded to.
type byteField struct {
	name     string
	dst, src []byte
}

// copyFixed copies each field that has exactly len(dst) bytes and names the first that does not.
func copyFixed(fields ...byteField) error {
	for _, f := range fields {
		if len(f.src) != len(f.dst) {
			return fmt.Errorf("%w: %s is %d bytes, want %d", ErrMalformed, f.name, len(f.src), len(f.dst))
		}
		copy(f.dst, f.src)
	}
	return nil
}

func jobToPB(j *Job, sig []byte) *pb.Job {
	return &pb.Job{ChainId: j.ChainID, Contract: j.Contract[:], JobId: j.JobID[:], ModelId: j.ModelID,
		Prompt: j.Prompt, Timestamp: j.Timestamp, Signature: sig}
}

func jobFromPB(m *pb.Job) (*Job, error) {
	j := &Job{Network: Network{ChainID: m.ChainId}, ModelID: m.ModelId, Prompt: m.Prompt, Timestamp: m.Timestamp}
	err := copyFixed(
		byteField{"contract", j.Contract[:], m.Contract},
		byteField{"job_id", j.JobID[:], m.JobId})
	if err != nil {
		return nil, err
	}
	return j, nil
}

func commitmentToPB(c *Commitment, sig []byte) *pb.Commitment {
	addrs := make([][]byte, len(c.MinerAddrs))
	for i, a := range c.MinerAddrs {
		addrs[i] = a.Bytes()
	}
	return &pb.Commitment{ChainId: c.ChainID, Contract: c.Contract[:], JobId: c.JobID[:], ModelId: c.ModelID,
		Root: c.Root[:], N: c.N, TokensHash: c.TokensHash[:], PromptTokens: c.PromptTokens,
		OutputTokens: c.OutputTokens, MinerAddrs: addrs, Profile: uint32(c.Profile), Timestamp: c.Timestamp, Signature: sig}
}

// minerAddrsFromPB parses the binary multiaddrs of a commitment, within the limits.
func minerAddrsFromPB(raw [][]byte) ([]ma.Multiaddr, error) {
	if len(raw) > MaxMinerAddrs {
		return nil, fmt.Errorf("%w: %d miner addresses, at most %d", ErrMalformed, len(raw), MaxMinerAddrs)
	}
	addrs := make([]ma.Multiaddr, len(raw))
	for i, b := range raw {
		if len(b) > maxMinerAddrLen {
			return nil, fmt.Errorf("%w: miner address %d is %d bytes, at most %d", ErrMalformed, i, len(b), maxMinerAddrLen)
		}
		a, err := ma.NewMultiaddrBytes(b)
		if err != nil {
			return nil, fmt.Errorf("%w: miner address %d: %w", ErrMalformed, i, err)
		}
		addrs[i] = a
	}
	return addrs, nil
}

func commitmentFromPB(m *pb.Commitment) (*Commitment, error) {
	if m.Profile == 0 || m.Profile > math.MaxUint16 {
		return nil, fmt.Errorf("%w: numeric profile %d, want 1..65535", ErrMalformed, m.Profile)
	}
	c := &Commitment{Network: Network{ChainID: m.ChainId}, ModelID: m.ModelId, N: m.N, PromptTokens: m.PromptTokens,
		OutputTokens: m.OutputTokens, Profile: uint16(m.Profile), Timestamp: m.Timestamp}
	err := copyFixed(
		byteField{"contract", c.Contract[:], m.Contract},
		byteField{"job_id", c.JobID[:], m.JobId},
		byteField{"root", c.Root[:], m.Root},
		byteField{"tokens_hash", c.TokensHash[:], m.TokensHash})
	if err != nil {
		return nil, err
	}
	if c.MinerAddrs, err = minerAddrsFromPB(m.MinerAddrs); err != nil {
		return nil, err
	}
	return c, nil
}

func verdictToPB(v *Verdict, sig []byte) *pb.Verdict {
	return &pb.Verdict{ChainId: v.ChainID, Contract: v.Contract[:], JobId: v.JobID[:], Root: v.Root[:],
		Outcome: pb.Verdict_Outcome(v.Outcome), Positions: v.Positions, EvidenceHash: v.EvidenceHash[:],
		Timestamp: v.Timestamp, Signature: sig}
}

func verdictFromPB(m *pb.Verdict) (*Verdict, error) {
	if m.Outcome < pb.Verdict_OUTCOME_PASS || m.Outcome > pb.Verdict_OUTCOME_NO_REVEAL {
		return nil, fmt.Errorf("%w: verdict outcome %d", ErrMalformed, m.Outcome)
	}
	v := &Verdict{Network: Network{ChainID: m.ChainId}, Outcome: Outcome(m.Outcome), Positions: m.Positions,
		Timestamp: m.Timestamp}
	err := copyFixed(
		byteField{"contract", v.Contract[:], m.Contract},
		byteField{"job_id", v.JobID[:], m.JobId},
		byteField{"root", v.Root[:], m.Root},
		byteField{"evidence_hash", v.EvidenceHash[:], m.EvidenceHash})
	if err != nil {
		return nil, err
	}
	return v, nil
}
