package main

import (
	"math/big"
	"testing"
)

func TestParseEther(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // wei, or "" for an error
	}{
		{"1", "1000000000000000000"},
		{"0.25", "250000000000000000"},
		{".5", "500000000000000000"},
		{"2.", "2000000000000000000"},
		{"0.000000000000000001", "1"},
		{"0", "0"},
		{"0.0000000000000000001", ""},
		{"1e18", ""},
		{"-1", ""},
		{"", ""},
		{".", ""},
		{"1.2.3", ""},
		{" 3 ", "3000000000000000000"},
	} {
		got, err := parseEther(c.in)
		switch {
		case c.want == "" && err == nil:
			t.Errorf("parseEther(%q) = %s, want an error", c.in, got)
		case c.want != "" && (err != nil || got.String() != c.want):
			t.Errorf("parseEther(%q) = %v, %v; want %s", c.in, got, err, c.want)
		}
	}
}

func TestFormatEther(t *testing.T) {
	for in, want := range map[string]string{
		"0": "0", "1": "0.000000000000000001", "1000000000000000000": "1",
		"2500000000000000000": "2.5", "-1500000000000000000": "-1.5", "123456789000000000000": "123.456789",
	} {
		wei, _ := new(big.Int).SetString(in, 10)
		if got := formatEther(wei); got != want {
			t.Errorf("formatEther(%s) = %q, want %q", in, got, want)
		}
		if in[0] != '-' {
			back, err := parseEther(want)
			if err != nil || back.Cmp(wei) != 0 {
				t.Errorf("round trip of %s: %v %v", in, back, err)
			}
		}
	}
}
