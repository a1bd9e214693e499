package p2p

import (
	"net"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Score thresholds (docs/p2p.md §6). A peer below GossipThreshold gets no gossip from us,
// below PublishThreshold none of our publications, below GraylistThreshold all its RPCs are
// ignored. With invalidMessageWeight -10 and the counter squared, three rejected messages
// (score -90) graylist a peer; the counter halves every ~9 minutes.
const (
	GossipThreshold   = -10
	PublishThreshold  = -50
	GraylistThreshold = -80

	invalidMessageWeight = -10
)

// Counter decays, per 1 s decay interval. pol carries a handful of messages per job, seconds to
// minutes apart, so counters must outlive the gaps between them: a first delivery is credited
// for ~10 minutes (half-life ~90 s) instead of the ~20 s of a high-rate network, and an
// invalid message is held against its forwarder for an hour (half-life ~9 minutes).
var (
	firstDeliveryDecay  = pubsub.ScoreParameterDecay(10 * time.Minute)
	invalidMessageDecay = pubsub.ScoreParameterDecay(time.Hour)
)

// scoreThresholds returns the thresholds gossipsub applies to peer scores.
func scoreThresholds() *pubsub.PeerScoreThresholds {
	return &pubsub.PeerScoreThresholds{
		GossipThreshold:             GossipThreshold,
		PublishThreshold:            PublishThreshold,
		GraylistThreshold:           GraylistThreshold,
		AcceptPXThreshold:           10,
		OpportunisticGraftThreshold: 3,
	}
}

// scoreParams returns the peer-score parameters for the three topics of network n.
// colocationWhitelist exempts address ranges from the IP-colocation penalty (tests on
// 127.0.0.1 put every peer on one IP).
func scoreParams(n Network, colocationWhitelist []*net.IPNet, app func(peer.ID) float64) *pubsub.PeerScoreParams {
	topics := make(map[string]*pubsub.TopicScoreParams, 3)
	for _, t := range []Topic{TopicJobs, TopicCommitments, TopicVerdicts} {
		topics[t.Name(n)] = topicScoreParams()
	}
	return &pubsub.PeerScoreParams{
		Topics:                      topics,
		TopicScoreCap:               20,
		AppSpecificScore:            app,
		AppSpecificWeight:           1,
		IPColocationFactorWeight:    -10,
		IPColocationFactorThreshold: 4,
		IPColocationFactorWhitelist: colocationWhitelist,
		BehaviourPenaltyWeight:      -1,
		BehaviourPenaltyThreshold:   6,
		BehaviourPenaltyDecay:       0.9,
		DecayInterval:               time.Second,
		DecayToZero:                 0.01,
		RetainScore:                 10 * time.Minute,
	}
}

// topicScoreParams rewards time in mesh and first deliveries a little and punishes invalid
// messages hard. Mesh-delivery deficits are not scored: pol's traffic is sporadic (a message
// per job), so a quiet honest peer would otherwise be penalised.
func topicScoreParams() *pubsub.TopicScoreParams {
	return &pubsub.TopicScoreParams{
		TopicWeight:                    1,
		TimeInMeshWeight:               0.01,
		TimeInMeshQuantum:              time.Second,
		TimeInMeshCap:                  100,
		FirstMessageDeliveriesWeight:   1,
		FirstMessageDeliveriesDecay:    firstDeliveryDecay,
		FirstMessageDeliveriesCap:      20,
		InvalidMessageDeliveriesWeight: invalidMessageWeight,
		InvalidMessageDeliveriesDecay:  invalidMessageDecay,
	}
}
