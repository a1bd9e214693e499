package miner

import "github.com/pol-network/pol/models"

// profile is the numeric profile the miner declares with its commitments
// (docs/protocol.md §8.2): DaemonConfig.Profile, or else the CPU profile of
// the engine's KV-cache precision (engines without a choice run f32).
func (d *Daemon) profile() models.Profile {
	if d.cfg.Profile != 0 {
		return d.cfg.Profile
	}
	if e, ok := d.cfg.Engine.(models.KVEngine); ok && e.KV() == models.KVF16 {
		return models.ProfileCPUF16
	}
	return models.ProfileCPUF32
}
