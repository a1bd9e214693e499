package daemon

// Name is the name of v, a value of an enumeration numbered from 1 (a
// machine's phases, endings): names[v-1], or "?" for 0 and values past the
// end.
func Name[T ~uint8](v T, names ...string) string {
	if v == 0 || int(v) > len(names) {
		return "?"
	}
	return names[v-1]
}
