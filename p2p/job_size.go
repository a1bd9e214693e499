package p2p

import (
	"errors"
	"fmt"
	"math"

	"google.golang.org/protobuf/proto"
)

// ErrJobTooLarge is returned for a job whose signed message exceeds the jobs
// topic's cap (MaxJobSize): every peer would reject it, so no miner would
// ever see the prompt.
var ErrJobTooLarge = errors.New("p2p: job message too large for the jobs topic")

// jobMessageSize is the encoded size of j's signed message, counted with
// the widest chain id and timestamp so the answer holds whenever it is sent.
func jobMessageSize(j Job) int {
	j.ChainID, j.Timestamp = math.MaxUint64, math.MaxUint64
	return proto.Size(jobToPB(&j, make([]byte, 65)))
}

// MaxPromptBytes is the longest prompt text (in bytes, UTF-8) a job message
// carries within MaxJobSize.
func MaxPromptBytes() int {
	var j Job
	j.JobID[0], j.Contract[0], j.ModelID = 1, 1, math.MaxUint32
	// The prompt field adds its tag (1 byte) and its length (3 bytes up to 2 MiB).
	return MaxJobSize - jobMessageSize(j) - 1 - 3
}

// CheckJobSize says whether j's signed message fits the jobs topic.
func CheckJobSize(j Job) error {
	if n := jobMessageSize(j); n > MaxJobSize {
		return fmt.Errorf("%w: the prompt is %d bytes, a job message would be %d bytes and the jobs topic carries at most %d (a prompt of up to %d bytes)",
			ErrJobTooLarge, len(j.Prompt), n, MaxJobSize, MaxPromptBytes())
	}
	return nil
}
