package main

import (
	"fmt"
	"math/big"
	"strings"
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
func formatEther(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	neg := wei.Sign() < 0
	s := new(big.Int).Abs(wei).String()
	if len(s) <= 18 {
		s = strings.Repeat("0", 19-len(s)) + s
	}
	whole, frac := s[:len(s)-18], strings.TrimRight(s[len(s)-18:], "0")
	out := whole
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}
