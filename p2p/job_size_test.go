package p2p

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// The largest prompt MaxPromptBytes admits fits the topic cap at the widest
// field values, one byte more does not, and the validator that every peer
// runs agrees with the cap.
func TestMaxPromptBytesIsTheTopicCap(t *testing.T) {
	max := MaxPromptBytes()
	if max < 60<<10 || max >= MaxJobSize {
		t.Fatalf("MaxPromptBytes %d, want a little below %d", max, MaxJobSize)
	}
	j := Job{ModelID: math.MaxUint32, Prompt: strings.Repeat("a", max)}
	j.JobID[0], j.Contract[0] = 1, 1
	if err := CheckJobSize(j); err != nil {
		t.Fatalf("a prompt of MaxPromptBytes refused: %v", err)
	}
	if n := jobMessageSize(j); n != MaxJobSize {
		t.Fatalf("largest job message %d bytes, want exactly the cap %d", n, MaxJobSize)
	}
	j.Prompt += "a"
	err := CheckJobSize(j)
	if !errors.Is(err, ErrJobTooLarge) || !strings.Contains(err.Error(), "at most 65536") {
		t.Fatalf("one byte over: %v", err)
	}
}
