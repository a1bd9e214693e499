package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pol-network/pol/chain/bindings"
)

// Backend is what the client needs from a node: *ethclient.Client and the
// simulated backend's client both satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// Options tune a Client. The zero value is fine for a dev chain.
type Options struct {
	// Poll is how often receipts and new blocks are polled; 0 means 250ms.
	Poll time.Duration
	// Logger receives one line per transaction; nil discards them.
	Logger *slog.Logger
	// OnReceipt, if set, sees the receipt of every transaction the client
	// sent, by contract method ("constructor" for a deployment), e.g. to
	// account for gas.
	OnReceipt func(method string, r *types.Receipt)
}

// Client talks to one deployed pol contract. With a key it sends
// transactions from that key's address; without one it only reads.
// Its methods are safe for concurrent use: transactions from one Client are
// signed and sent one at a time, so nonces never collide.
type Client struct {
	backend  Backend
	address  common.Address
	chainID  *big.Int
	key      *ecdsa.PrivateKey
	from     common.Address
	binding  *bindings.ProofOfLogits
	abi      abi.ABI
	contract *bind.BoundContract
	poll     time.Duration
	log      *slog.Logger
	onRcpt   func(string, *types.Receipt)

	sendMu     sync.Mutex // serialises nonce assignment and sending
	nonce      uint64     // next nonce by this Client's own count, if nonceKnown
	nonceKnown bool

	params *paramCache // shared with the Clients WithKey derives
}

// paramCache holds the contract's (immutable) parameters once read.
type paramCache struct {
	mu sync.Mutex
	p  Params
	ok bool
}

// New binds to the contract at address. key may be nil for a read-only
// client. It fails if no contract code is at the address.
func New(ctx context.Context, backend Backend, address common.Address, key *ecdsa.PrivateKey, opts Options) (*Client, error) {
	code, err := backend.CodeAt(ctx, address, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: read code at %s: %w", address, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("chain: no contract at %s", address)
	}
	return newClient(ctx, backend, address, key, opts)
}

func newClient(ctx context.Context, backend Backend, address common.Address, key *ecdsa.PrivateKey, opts Options) (*Client, error) {
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: chain id: %w", err)
	}
	return NewOffline(backend, address, chainID, key, opts), nil
}

// NewOffline binds to the contract at address on the chain chainID without
// asking the node anything (New checks the code and reads the chain id): a
// daemon restarted while the node is down uses it with the chain id its
// data directory recorded, and checks the contract once the node answers.
func NewOffline(backend Backend, address common.Address, chainID *big.Int, key *ecdsa.PrivateKey, opts Options) *Client {
	if opts.Poll <= 0 {
		opts.Poll = 250 * time.Millisecond
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	b := bindings.NewProofOfLogits()
	c := &Client{
		backend:  backend,
		address:  address,
		chainID:  new(big.Int).Set(chainID),
		key:      key,
		binding:  b,
		abi:      b.GetABI(),
		contract: b.Instance(backend, address),
		poll:     opts.Poll,
		log:      opts.Logger,
		onRcpt:   opts.OnReceipt,
		params:   &paramCache{},
	}
	if key != nil {
		c.from = crypto.PubkeyToAddress(key.PublicKey)
	}
	return c
}

// WithKey returns a client for the same contract that signs with key.
// Nonces are serialised per Client: two Clients (or processes) signing with
// the same key must not send at the same time.
func (c *Client) WithKey(key *ecdsa.PrivateKey) *Client {
	n := &Client{
		backend: c.backend, address: c.address, chainID: c.chainID, key: key,
		binding: c.binding, abi: c.abi, contract: c.contract, poll: c.poll, log: c.log, onRcpt: c.onRcpt,
		params: c.params,
	}
	if key != nil {
		n.from = crypto.PubkeyToAddress(key.PublicKey)
	}
	return n
}

// Address is the contract's address.
func (c *Client) Address() common.Address { return c.address }

// From is the address transactions are sent from (zero for a read-only client).
func (c *Client) From() common.Address { return c.from }

// ChainID is the chain id of the backend.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Backend is the node connection the client uses.
func (c *Client) Backend() Backend { return c.backend }

// ErrReadOnly is returned by transactions on a client without a key.
var ErrReadOnly = errors.New("chain: client has no key; it can only read")
