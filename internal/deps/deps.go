package deps

import (
	_ "github.com/ethereum/go-ethereum/ethclient/simulated"
	_ "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	_ "github.com/ethereum/go-ethereum/eth/catalyst"
	_ "github.com/ethereum/go-ethereum/node"
	_ "github.com/ethereum/go-ethereum/accounts/keystore"
	_ "github.com/libp2p/go-libp2p"
	_ "github.com/libp2p/go-libp2p-pubsub"
	_ "github.com/ollama/ollama/model"
	_ "github.com/ollama/ollama/model/models"
	_ "github.com/ollama/ollama/ml/backend/ggml"
	_ "github.com/ollama/ollama/api"
	_ "github.com/ollama/ollama/fs/ggml"
	_ "google.golang.org/protobuf/proto"
)
