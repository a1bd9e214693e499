package daemon

import "github.com/pol-network/pol/logits"

// TxFailed is the event both machines get when one of their transactions
// did not go through; K names the daemon's transactions. Permanent is true
// when the contract refused it (a revert): sending the same call again
// cannot help. Otherwise (node unreachable, timeout) the machine retries on
// a later Tick while the contract still takes the call.
type TxFailed[K ~uint8] struct {
	Job       logits.JobID
	Tx        K
	Permanent bool
	Reason    string
}
