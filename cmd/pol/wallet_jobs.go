package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"time"

	"github.com/pol-network/pol/chain"
	"github.com/pol-network/pol/internal/node"
	"github.com/pol-network/pol/logits"
	"github.com/pol-network/pol/models"
	"github.com/pol-network/pol/p2p"
)

func init() {
	walletCmds["submit"] = walletCmd{"submit a job (prompt, model, sampler, deadline) with its fee in escrow", walletSubmit}
	walletCmds["cancel"] = walletCmd{"cancel a job nobody committed to; the fee is credited back", walletCancel}
	walletCmds["job"] = walletCmd{"show a job's state, commitment and committee", walletJob}
	walletCmds["settle"] = walletCmd{"settle a committed job after its attest window", walletSettle}
}

type submitFlags struct {
	modelID            uint
	prompt, promptHash string
	promptFile, model  string
	maxTokens, topK    uint
	temp, topP         float64
	seed, fee          string
	deadline           time.Duration
	bootstrap          string
	publishWait        time.Duration
}

func (f *submitFlags) register(fs *flag.FlagSet) {
	fs.UintVar(&f.modelID, "model-id", 1, "registered model id")
	fs.StringVar(&f.prompt, "prompt", "", "prompt text (its hash goes on chain)")
	fs.StringVar(&f.promptFile, "prompt-file", "", "read the prompt text from this file instead of -prompt")
	fs.StringVar(&f.promptHash, "prompt-hash", "", "prompt hash (hex) instead of -prompt (nothing is checked or published)")
	fs.StringVar(&f.model, "model", models.BundledName, "the registered model's file (bundled, a GGUF path or ollama:NAME): its tokenizer and context check the job before the fee is sent; '' skips the check")
	fs.UintVar(&f.maxTokens, "max-tokens", 64, "maximum tokens to generate")
	fs.Float64Var(&f.temp, "temp", 0.8, "sampling temperature (0 = greedy)")
	fs.UintVar(&f.topK, "top-k", 40, "sample among the k most likely tokens (0 = off)")
	fs.Float64Var(&f.topP, "top-p", 0, "nucleus sampling mass (0 = off)")
	fs.StringVar(&f.seed, "seed", "", "sampler seed (hex, 32 bytes; default random)")
	fs.DurationVar(&f.deadline, "deadline", time.Hour, "time from the latest block until the commit deadline")
	fs.StringVar(&f.fee, "fee", "", "fee in ETH, held in escrow")
	fs.StringVar(&f.bootstrap, "bootstrap", "", "comma-separated pol nodes (/ip4/.../tcp/.../p2p/<peer id>) to publish the prompt text to on the jobs topic; miners only see prompts that reach them this way")
	fs.DurationVar(&f.publishWait, "publish-wait", 30*time.Second, "how long to wait for the jobs topic to reach a peer")
}

// request builds the job request for prompt (the -prompt or -prompt-file
// text; "" with -prompt-hash); now is the latest block's time.
func (f *submitFlags) request(prompt string, now uint64) (chain.JobRequest, error) {
	var req chain.JobRequest
	switch {
	case (prompt == "") == (f.promptHash == ""):
		return req, errors.New("give exactly one of -prompt, -prompt-file and -prompt-hash")
	case prompt != "":
		req.PromptHash = logits.PromptHash(prompt)
	default:
		h, err := logits.ParseHash(f.promptHash)
		if err != nil {
			return req, fmt.Errorf("-prompt-hash: %w", err)
		}
		req.PromptHash = h
	}
	if f.modelID == 0 || f.modelID > math.MaxUint32 || f.maxTokens == 0 || f.maxTokens > math.MaxUint32 || f.topK > math.MaxUint32 {
		return req, errors.New("-model-id, -max-tokens and -top-k must fit in 32 bits; model id and max tokens > 0")
	}
	if !(f.temp >= 0 && f.temp <= 1e6) || !(f.topP >= 0 && f.topP <= 1) {
		return req, fmt.Errorf("-temp %v or -top-p %v out of range", f.temp, f.topP)
	}
	if f.deadline < time.Second {
		return req, fmt.Errorf("-deadline %v: must be at least a second", f.deadline)
	}
	fee, err := parseEther(f.fee)
	if err != nil {
		return req, fmt.Errorf("-fee: %w", err)
	}
	req.ModelID, req.MaxTokens, req.Fee = uint32(f.modelID), uint32(f.maxTokens), fee
	req.Sampler = logits.Sampler{
		TemperatureMilli: uint32(math.Round(f.temp * 1000)),
		TopK:             uint32(f.topK),
		TopPMilli:        uint32(math.Round(f.topP * 1000)),
	}
	if f.seed != "" {
		if req.Sampler.Seed, err = logits.ParseHash(f.seed); err != nil {
			return req, fmt.Errorf("-seed: %w", err)
		}
	} else if _, err := rand.Read(req.Sampler.Seed[:]); err != nil {
		return req, err
	}
	req.Deadline = now + uint64(f.deadline/time.Second)
	return req, nil
}

func walletSubmit(ctx context.Context, e *env, args []string) error {
	var f submitFlags
	return walletRunConn(ctx, e, "submit", args, true, f.register, func(ctx context.Context, cl *chain.Client, c *conn) error {
		prompt, err := f.promptText()
		if err != nil {
			return fmt.Errorf("%w; nothing was sent, no fee escrowed", err)
		}
		if f.bootstrap != "" && prompt == "" {
			return errors.New("-bootstrap publishes the prompt text: give -prompt or -prompt-file, not -prompt-hash")
		}
		head, err := cl.Head(ctx)
		if err != nil {
			return err
		}
		req, err := f.request(prompt, head.Time)
		if err != nil {
			return err
		}
		if prompt != "" {
			if err := checkServable(ctx, cl, f.model, req.ModelID, prompt, req.MaxTokens); err != nil {
				return fmt.Errorf("%w; nothing was sent, no fee escrowed", err)
			}
		}
		job, err := cl.SubmitJob(ctx, req)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "job       %s\nprompt    %s\nfee       %s ETH\ndeadline  unix time %d\n",
			job, req.PromptHash, formatEther(req.Fee), req.Deadline)
		if f.bootstrap == "" {
			return nil
		}
		peers, err := publishPrompt(ctx, e, cl, c.signer, head.Block, f, p2p.Job{JobID: job, ModelID: req.ModelID, Prompt: prompt})
		if err != nil {
			return fmt.Errorf("job %s is on chain but its prompt was not published: %w (publish it again with pol wallet publish %s, or cancel it with pol wallet cancel -job %s)", job, err, job, job)
		}
		fmt.Fprintf(e.stdout, "published the prompt on the jobs topic (%d peers)\n", peers)
		return nil
	})
}

// publishPrompt starts a short-lived libp2p node with the requester's key,
// joins the network through the bootstrap peers, waits until the jobs topic
// has a peer, publishes the signed prompt and gives gossip a moment to carry
// it before the node closes. It returns how many topic peers it reached.
func publishPrompt(ctx context.Context, e *env, cl *chain.Client, key *ecdsa.PrivateKey, from uint64, f submitFlags, j p2p.Job) (int, error) {
	n, err := node.Start(ctx, node.Config{Key: key, Chain: cl, From: from, Bootstrap: splitList(f.bootstrap), Open: true, Log: e.log})
	if err != nil {
		return 0, err
	}
	defer n.Close()
	if err := n.WaitTopicPeers(ctx, p2p.TopicJobs, 1, f.publishWait); err != nil {
		return 0, fmt.Errorf("%w (are the bootstrap peers pol nodes that admit this address?)", err)
	}
	if err := n.Gossip.PublishJob(ctx, j); err != nil {
		return 0, err
	}
	select { // the publish is queued per peer; let the streams drain before closing
	case <-ctx.Done():
	case <-time.After(time.Second):
	}
	return len(n.Gossip.ListPeers(p2p.TopicJobs)), nil
}

func walletCancel(ctx context.Context, e *env, args []string) error {
	var jobFlag string
	return walletRun(ctx, e, "cancel", args, true, func(fs *flag.FlagSet) {
		fs.StringVar(&jobFlag, "job", "", "job id (hex)")
	}, func(ctx context.Context, cl *chain.Client) error {
		job, err := parseJob(jobFlag)
		if err != nil {
			return err
		}
		if _, err := cl.CancelJob(ctx, job); err != nil {
			return endedHint(job, err)
		}
		fmt.Fprintf(e.stdout, "cancelled %s; the fee is credited to the requester (pol wallet withdraw)\n", job)
		return nil
	})
}

func walletJob(ctx context.Context, e *env, args []string) error {
	var jobFlag string
	return walletRun(ctx, e, "job", args, false, func(fs *flag.FlagSet) {
		fs.StringVar(&jobFlag, "job", "", "job id (hex)")
	}, func(ctx context.Context, cl *chain.Client) error {
		job, err := parseJob(jobFlag)
		if err != nil {
			return err
		}
		j, err := cl.Job(ctx, job)
		if errors.Is(err, chain.ErrUnknownJob) {
			return endedJob(ctx, e.stdout, cl, job)
		}
		if err != nil {
			return err
		}
		if chain.JobStatus(j.Status) == chain.StatusNone {
			return fmt.Errorf("no job %s on contract %s", job, cl.Address())
		}
		w := e.stdout
		fmt.Fprintf(w, "job        %s\nstatus     %s\nrequester  %s\nfee        %s ETH\nmodel      %d (thresholds v%d)\nmax tokens %d\ndeadline   unix time %d\n",
			job, chain.JobStatus(j.Status), j.Requester, formatEther(j.Fee), j.ModelId, j.ThresholdsVersion, j.MaxTokens, j.Deadline)
		if j.CommitBlock == 0 {
			return nil
		}
		fmt.Fprintf(w, "miner      %s\nroot       %s\nn          %d\ncommitted  block %d\n", j.Miner, logits.Hash(j.Root), j.N, j.CommitBlock)
		if p, err := cl.Params(ctx); err == nil && (j.Status == uint8(chain.StatusCommitted) || j.Status == uint8(chain.StatusEscalated)) {
			fmt.Fprintf(w, "windows    seed block %d; verdict commitments until block %d, reveals until block %d\n",
				j.SeedBlock, j.CommitEnd, j.CommitEnd+uint64(p.RevealWindow))
		}
		members, verdicts, err := cl.Committee(ctx, job)
		if err != nil {
			return err
		}
		for i, m := range members {
			fmt.Fprintf(w, "validator  %s  %s\n", m, verdicts[i])
		}
		return nil
	})
}

func walletSettle(ctx context.Context, e *env, args []string) error {
	var jobFlag string
	return walletRun(ctx, e, "settle", args, true, func(fs *flag.FlagSet) {
		fs.StringVar(&jobFlag, "job", "", "job id (hex)")
	}, func(ctx context.Context, cl *chain.Client) error {
		job, err := parseJob(jobFlag)
		if err != nil {
			return err
		}
		s, err := cl.Settle(ctx, job)
		if err != nil {
			return err
		}
		if chain.JobStatus(s.Outcome) == chain.StatusEscalated {
			fmt.Fprintf(e.stdout, "job %s escalated: round one's Fail vote did not fail it; a round-two committee decides it (settle again after its reveal window)\n", job)
			return nil
		}
		fmt.Fprintf(e.stdout, "job %s settled: %s (miner %s ETH, each majority validator %s ETH, slash %s ETH, refund %s ETH)\n",
			job, chain.JobStatus(s.Outcome), formatEther(s.MinerPayout), formatEther(s.VoterReward), formatEther(s.MinerSlash), formatEther(s.Refund))
		return nil
	})
}

// modelIDOf resolves a model reference and computes its model id.
func modelIDOf(ctx context.Context, ref string) (models.ID, error) {
	path, err := models.Resolve(ctx, ref)
	if err != nil {
		return models.ID{}, err
	}
	f, err := models.Open(path)
	if err != nil {
		return models.ID{}, err
	}
	return f.ID(ctx, nil)
}

// endedJob prints what the events say of a job the contract no longer shows:
// an ended job whose record a later job took (or an id never given).
func endedJob(ctx context.Context, w io.Writer, cl *chain.Client, job logits.JobID) error {
	sub, block, err := findSubmission(ctx, cl, job)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "job        %s\nsubmitted  block %d by %s, fee %s ETH, model %d, max tokens %d\n",
		job, block, sub.Requester, formatEther(sub.Fee), sub.ModelID, sub.MaxTokens)
	for _, name := range []string{"JobSettled", "JobCancelled"} {
		evs, err := cl.JobEvents(ctx, block, name, job)
		if err != nil {
			return err
		}
		for _, ev := range evs {
			switch x := ev.Job.(type) {
			case chain.JobSettled:
				fmt.Fprintf(w, "status     %s (settled in block %d): miner paid %s ETH, slashed %s ETH, refund %s ETH\n",
					x.Outcome, ev.Pos.Block, formatEther(x.MinerPayout), formatEther(x.MinerSlash), formatEther(x.Refund))
			case chain.JobCancelled:
				fmt.Fprintf(w, "status     Cancelled (block %d): refund %s ETH\n", ev.Pos.Block, formatEther(x.Refund))
			}
		}
	}
	fmt.Fprintln(w, "note       the job has ended and a later job reuses its storage: the contract shows it no more; this is from its events")
	return nil
}

// endedHint adds to an UnknownJob revert that an ended job is unknown too
// once a later job reuses its storage, and where its end can be read.
func endedHint(job logits.JobID, err error) error {
	if errors.Is(err, chain.ErrUnknownJob) {
		return fmt.Errorf("%w (an ended job is unknown to the contract once a later job reuses its storage: pol wallet job -job %s prints its end)", err, job)
	}
	return err
}
