package main

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/pol-network/pol/chain"
)

// parseEther parses a decimal ether amount ("1", "0.25", "1e-3" is not
// accepted) into wei exactly, without floating point.
func parseEther(s string) (*big.Int, error) {
	whole, frac, hasDot := strings.Cut(strings.TrimSpace(s), ".")
	if whole == "" && (!hasDot || frac == "") {
		return nil, fmt.Errorf("amount %q is not a decimal number of ETH", s)
	}
	if len(frac) > 18 {
		return nil, fmt.Errorf("amount %q has more than 18 decimals (below 1 wei)", s)
	}
	digits := whole + frac + strings.Repeat("0", 18-len(frac))
	for _, r := range digits {
		if r < '0' || r > '9' {
			return nil, fmt.Errorf("amount %q is not a decimal number of ETH", s)
		}
	}
	wei, _ := new(big.Int).SetString(digits, 10)
	return wei, nil
}

// formatEther renders wei as a decimal ether amount without trailing zeros.
func formatEther(wei *big.Int) string { return chain.FormatEther(wei) }
