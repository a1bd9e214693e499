package miner

import "github.com/pol-network/pol/logits"

// Action is an output of the Machine: work for the shell to do. The shell
// reports each action's result back as an event.
type Action interface{ isAction() }

// Claim asks the shell to send claimJob. Result: JobClaimed (from the chain)
// or TxFailed.
type Claim struct{ Job logits.JobID }

// Generate asks the shell to tokenize Prompt, generate up to N positions with
// the job's sampler into the job's store files (resuming files left by an
// earlier process), and report Generated or GenerateFailed.
type Generate struct {
	Job     logits.JobID
	Prompt  string
	N       uint32
	Sampler logits.Sampler
}

// Commit asks the shell to send commit(root, n, tokensHash, output): the
// output tokens go on chain (JobCommitted's Output), so validators have them
// before the seed exists whatever the miner later serves. Result:
// JobCommitted (from the chain) or TxFailed.
type Commit struct {
	Job        logits.JobID
	Root       logits.Hash
	N          uint32
	TokensHash logits.Hash
	Output     []uint32
}

// PublishCommitment asks the shell to gossip the committed token lists, so
// validators can recompute, and the job's prompt text again (the requester
// publishes it once; a validator that restarted or joined since would
// otherwise lack it). The shell serves reveals for every job in its store,
// committed or not; this action only announces.
type PublishCommitment struct {
	Job          logits.JobID
	ModelID      uint32
	Prompt       string
	Root         logits.Hash
	N            uint32
	TokensHash   logits.Hash
	PromptTokens []uint32
	Output       []uint32
}

// ReleaseClaim asks the shell to send releaseClaim: our generation of the
// job failed, and the job goes back to Open for other miners (or the
// requester's cancel). Result: ClaimReleased (from the chain) or TxFailed.
type ReleaseClaim struct{ Job logits.JobID }

// Withdraw asks the shell to withdraw what the contract owes the miner.
type Withdraw struct{}

// Forget asks the shell to stop any generation of the job and delete its
// store files. The machine emits it only for jobs that are settled, or that
// were never committed by this miner (ended, taken by another miner, or
// failed and being released).
type Forget struct{ Job logits.JobID }

// Prune asks the shell to free the disk blocks of every logit vector of a
// committed job but Keep, its challenge set: the only positions the reveal
// policy serves once the committee is drawn (logits.Store.Prune). Best
// effort, no result event: a job not pruned keeps its whole file until
// Forget.
type Prune struct {
	Job  logits.JobID
	Keep []uint32
}

func (Claim) isAction()             {}
func (Generate) isAction()          {}
func (Commit) isAction()            {}
func (PublishCommitment) isAction() {}
func (ReleaseClaim) isAction()      {}
func (Withdraw) isAction()          {}
func (Forget) isAction()            {}
func (Prune) isAction()             {}
