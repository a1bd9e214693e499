package p2p

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
)

// ExplainAddrInUse adds to a listen error what an operator can do about a
// port that is already in use; other errors are returned unchanged. Besides
// another listener, a port inside the kernel's ephemeral range can be held by
// any outgoing connection, and for its TIME_WAIT (60 s) after it closes, so a
// daemon restarted at once may find its own port taken.
func ExplainAddrInUse(err error) error {
	if err == nil || !(errors.Is(err, syscall.EADDRINUSE) || strings.Contains(err.Error(), "address already in use")) {
		return err
	}
	hint := "another process listens there, or an outgoing connection holds the port"
	if b, rerr := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range"); rerr == nil {
		if f := strings.Fields(string(b)); len(f) == 2 {
			hint += fmt.Sprintf(" (ports %s-%s are the kernel's ephemeral range: choose one below it)", f[0], f[1])
		}
	}
	return fmt.Errorf("%w; %s", err, hint)
}
