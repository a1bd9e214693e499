package p2p

import (
	"context"
	"sync"
)

// RelayAll subscribes to every topic and discards what arrives, until stop.
// gossipsub forwards a topic only between subscribers, so without this a
// node that publishes commitments but never reads them (a miner), or a
// bootstrap node that only publishes prompts, would not carry the others'
// messages, and peers whose only link is through it would never hear each
// other. Every pol node runs it.
func (g *Gossip) RelayAll() (stop func(), err error) {
	jobs, err := g.SubscribeJobs()
	if err != nil {
		return nil, err
	}
	commits, err := g.SubscribeCommitments()
	if err != nil {
		jobs.Cancel()
		return nil, err
	}
	verdicts, err := g.SubscribeVerdicts()
	if err != nil {
		jobs.Cancel()
		commits.Cancel()
		return nil, err
	}
	var wg sync.WaitGroup
	wg.Add(3)
	go func() { defer wg.Done(); drain(jobs) }()
	go func() { defer wg.Done(); drain(commits) }()
	go func() { defer wg.Done(); drain(verdicts) }()
	return func() {
		jobs.Cancel()
		commits.Cancel()
		verdicts.Cancel()
		wg.Wait()
	}, nil
}

func drain[T any](s *Subscription[T]) {
	for {
		if _, err := s.Next(context.Background()); err != nil {
			return
		}
	}
}
