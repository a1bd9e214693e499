package p2p

import (
	"errors"
	"net"
	"strconv"
	"strings"
	"testing"
)

func TestExplainAddrInUseNamesTheCause(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, err = net.Listen("tcp", ln.Addr().String())
	if err == nil {
		t.Fatal("second listen on the same port succeeded")
	}
	got := ExplainAddrInUse(err)
	if !errors.Is(got, err) || !strings.Contains(got.Error(), "outgoing connection holds the port") {
		t.Fatalf("ExplainAddrInUse(%v) = %v", err, got)
	}
	other := errors.New("listen tcp: lookup nowhere: no such host")
	if ExplainAddrInUse(other) != other {
		t.Fatal("an unrelated error was changed")
	}
}

func TestNewHostExplainsAPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := ln.Addr().(*net.TCPAddr).Port
	_, err = NewHost(HostConfig{Key: newKey(t), ListenAddrs: []string{"/ip4/127.0.0.1/tcp/" + strconv.Itoa(port)}, Logger: quietLog})
	if err == nil || !strings.Contains(err.Error(), "address already in use") || !strings.Contains(err.Error(), "holds the port") {
		t.Fatalf("NewHost on a taken port: %v", err)
	}
}
