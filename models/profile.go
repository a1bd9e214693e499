package models

import (
	"fmt"
	"strconv"
	"strings"
)

// Profile is a numeric profile id: the engine build, KV-cache precision and
// device class a miner runs (docs/protocol.md §8.2). Thresholds are
// registered per (model, profile), so a profile is admitted for a model
// only with its own measured band.
type Profile uint16

// The profile registry (docs/protocol.md §8.2). The engine build of every
// profile is ggml as vendored by the ollama module go.mod pins, at any CPU
// SIMD level (the builds agree to ~1e-5, docs/calibration.md).
const (
	ProfileCPUF32   Profile = 1 // CPU backend, f32 KV cache (pol's default)
	ProfileCPUF16   Profile = 2 // CPU backend, f16 KV cache
	ProfileCUDAF32  Profile = 3 // CUDA backend, f32 KV cache
	ProfileCUDAF16  Profile = 4 // CUDA backend, f16 KV cache
	ProfileMetalF32 Profile = 5 // Metal backend, f32 KV cache
	ProfileMetalF16 Profile = 6 // Metal backend, f16 KV cache
)

// Profiles lists the registered profile ids in order.
var Profiles = []Profile{ProfileCPUF32, ProfileCPUF16, ProfileCUDAF32, ProfileCUDAF16, ProfileMetalF32, ProfileMetalF16}

var profileDevice = [...]string{"", "cpu", "cpu", "cuda", "cuda", "metal", "metal"}

// Device is the profile's device class: cpu, cuda or metal ("" if unknown).
func (p Profile) Device() string {
	if int(p) >= len(profileDevice) {
		return ""
	}
	return profileDevice[p]
}

// KV is the profile's KV-cache precision.
func (p Profile) KV() KV {
	if p%2 == 0 {
		return KVF16
	}
	return KVF32
}

// Known reports whether p is in the registry.
func (p Profile) Known() bool { return p.Device() != "" }

// String is the profile's name, e.g. "cpu-f32kv" ("profile-N" if unknown).
func (p Profile) String() string {
	if !p.Known() {
		return "profile-" + strconv.Itoa(int(p))
	}
	return fmt.Sprintf("%s-%skv", p.Device(), p.KV())
}

// ProfileOf returns the profile of a device class and KV precision.
func ProfileOf(device string, kv KV) (Profile, error) {
	for _, p := range Profiles {
		if p.Device() == device && p.KV() == kv {
			return p, nil
		}
	}
	return 0, fmt.Errorf("no numeric profile for device %q with a %s KV cache (devices: cpu, cuda, metal)", device, kv)
}

// ParseProfile reads a profile by name ("cpu-f16kv") or number ("2").
func ParseProfile(s string) (Profile, error) {
	if n, err := strconv.ParseUint(s, 10, 16); err == nil && Profile(n).Known() {
		return Profile(n), nil
	}
	for _, p := range Profiles {
		if strings.EqualFold(s, p.String()) {
			return p, nil
		}
	}
	names := make([]string, len(Profiles))
	for i, p := range Profiles {
		names[i] = fmt.Sprintf("%d=%s", p, p)
	}
	return 0, fmt.Errorf("unknown numeric profile %q (registered: %s)", s, strings.Join(names, ", "))
}

// ProfileIDs returns the registry's profiles as the contract's ids.
func ProfileIDs() []uint16 {
	ids := make([]uint16, len(Profiles))
	for i, p := range Profiles {
		ids[i] = uint16(p)
	}
	return ids
}
