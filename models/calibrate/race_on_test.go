//go:build race

package calibrate

// raceEnabled: the race detector slows the engines ~10x and these tests are
// single-goroutine arithmetic, so the long measurement runs skip under it.
const raceEnabled = true
