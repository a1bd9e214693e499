package models

// Uint32s converts tokenizer token ids to the uint32 ids the protocol
// commits.
func Uint32s(v []int32) []uint32 {
	out := make([]uint32, len(v))
	for i, x := range v {
		out[i] = uint32(x)
	}
	return out
}

// Int32s converts committed token ids back to the tokenizer's.
func Int32s(v []uint32) []int32 {
	out := make([]int32, len(v))
	for i, x := range v {
		out[i] = int32(x)
	}
	return out
}
