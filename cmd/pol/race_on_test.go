//go:build race

package main

// raceEnabled: the race detector slows the engines ~10x; the calibration
// tests (single-goroutine arithmetic) skip under it.
const raceEnabled = true
