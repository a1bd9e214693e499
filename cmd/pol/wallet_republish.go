package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/p2p"
)

func init() {
	walletCmds["publish"] = walletCmd{"publish an open job's prompt text again on the jobs topic (requester; when the first publish did not reach the miners)", walletPublish}
	walletCmds["release"] = walletCmd{"give back this miner's claim on a job it has not committed to (operator tool): collateral unlocked, job Open", walletRelease}
}

// jobFirst turns a leading positional job id (pol wallet publish JOB ...)
// into -job JOB, so both spellings work.
func jobFirst(args []string) []string {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		return append([]string{"-job", args[0]}, args[1:]...)
	}
	return args
}

// walletPublish re-publishes the prompt of a job that is still Open (or
// Claimed): the text must hash to the job's prompt hash on chain, and only
// the requester's key signs it.
func walletPublish(ctx context.Context, e *env, args []string) error {
	var f submitFlags
	var jobFlag string
	return walletRunConn(ctx, e, "publish", jobFirst(args), true, func(fs *flag.FlagSet) {
		fs.StringVar(&jobFlag, "job", "", "job id (hex); may also be the first argument")
		fs.StringVar(&f.prompt, "prompt", "", "the job's prompt text")
		fs.StringVar(&f.promptFile, "prompt-file", "", "read the job's prompt text from this file")
		fs.StringVar(&f.bootstrap, "bootstrap", "", "comma-separated pol nodes (/ip4/.../tcp/.../p2p/<peer id>) to publish to")
		fs.DurationVar(&f.publishWait, "publish-wait", 30*time.Second, "how long to wait for the jobs topic to reach a peer")
	}, func(ctx context.Context, cl *chain.Client, c *conn) error {
		job, err := parseJob(jobFlag)
		if err != nil {
			return err
		}
		prompt, err := f.promptText()
		if err != nil {
			return err
		}
		if prompt == "" {
			return errors.New("give -prompt or -prompt-file")
		}
		if f.bootstrap == "" {
			return errors.New("-bootstrap is required: the prompt is published to these pol nodes")
		}
		sub, block, err := findSubmission(ctx, cl, job)
		if err != nil {
			return err
		}
		j, err := cl.Job(ctx, job)
		if errors.Is(err, chain.ErrUnknownJob) {
			// It was submitted (findSubmission), so it has ended and a later job took its record.
			return fmt.Errorf("job %s has ended (a later job reuses its storage): its prompt is no longer needed", job)
		}
		if err != nil {
			return err
		}
		if s := chain.JobStatus(j.Status); s != chain.StatusOpen && s != chain.StatusClaimed {
			return fmt.Errorf("job %s is %s: its prompt is no longer needed", job, s)
		}
		if me := crypto.PubkeyToAddress(c.signer.PublicKey); me != sub.Requester {
			return fmt.Errorf("job %s was requested by %s, not %s: only the requester's key publishes its prompt", job, sub.Requester, me)
		}
		if h := logits.PromptHash(prompt); h != sub.PromptHash {
			return fmt.Errorf("this prompt hashes to %s, but job %s was submitted with prompt hash %s: not the job's prompt", h, job, sub.PromptHash)
		}
		peers, err := publishPrompt(ctx, e, cl, c.signer, block, f, p2p.Job{JobID: job, ModelID: sub.ModelID, Prompt: prompt})
		if err != nil {
			return fmt.Errorf("the prompt of job %s was not published: %w (try again, or cancel it with pol wallet cancel -job %s)", job, err, job)
		}
		fmt.Fprintf(e.stdout, "published the prompt of job %s on the jobs topic (%d peers)\n", job, peers)
		return nil
	})
}

// findSubmission returns job's JobSubmitted event (its prompt hash and
// model id are not stored in the contract's job view) and its block.
func findSubmission(ctx context.Context, cl *chain.Client, job logits.JobID) (chain.JobSubmitted, uint64, error) {
	evs, err := cl.JobEvents(ctx, 0, "JobSubmitted", job)
	if err != nil {
		return chain.JobSubmitted{}, 0, fmt.Errorf("look up job %s's submission: %w", job, err)
	}
	for _, ev := range evs {
		if x, ok := ev.Job.(chain.JobSubmitted); ok {
			return x, ev.Pos.Block, nil
		}
	}
	return chain.JobSubmitted{}, 0, fmt.Errorf("no job %s was submitted to contract %s", job, cl.Address())
}

// walletRelease gives back the signer's claim on a job it has not committed
// to (releaseClaim): for an operator whose miner claimed a job it cannot
// serve. The miner may not claim that job again.
func walletRelease(ctx context.Context, e *env, args []string) error {
	var jobFlag string
	return walletRun(ctx, e, "release", jobFirst(args), true, func(fs *flag.FlagSet) {
		fs.StringVar(&jobFlag, "job", "", "job id (hex); may also be the first argument")
	}, func(ctx context.Context, cl *chain.Client) error {
		job, err := parseJob(jobFlag)
		if err != nil {
			return err
		}
		if _, err := cl.ReleaseClaim(ctx, job); err != nil {
			return endedHint(job, err)
		}
		a, err := cl.Account(ctx, cl.From())
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "released the claim on %s: the job is Open again and %s ETH of collateral stays locked for other jobs\n", job, formatEther(a.Locked))
		return nil
	})
}
