package datadir

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestLockRefusesASecondHolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "node")
	release, err := Lock(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Lock(dir); !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), "pid") {
		t.Fatalf("second lock in the same process: %v, want ErrInUse naming the pid", err)
	}
	if err := release(); err != nil {
		t.Fatal(err)
	}
	again, err := Lock(dir)
	if err != nil {
		t.Fatalf("lock after release: %v", err)
	}
	again()
}

// The lock is the kernel's: a holder that dies (kill -9) leaves nothing to clean up.
func TestLockIsReleasedWhenTheHolderDies(t *testing.T) {
	if os.Getenv("DATADIR_HOLD") != "" {
		if _, err := Lock(os.Getenv("DATADIR_HOLD")); err != nil {
			os.Exit(3)
		}
		os.Stdout.WriteString("held\n")
		select {} // until killed
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockIsReleasedWhenTheHolderDies$")
	cmd.Env = append(os.Environ(), "DATADIR_HOLD="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 5)
	if _, err := out.Read(buf); err != nil || string(buf) != "held\n" {
		t.Fatalf("child did not take the lock: %q %v", buf, err)
	}
	if _, err := Lock(dir); !errors.Is(err, ErrInUse) {
		t.Fatalf("lock held by another process: %v, want ErrInUse", err)
	}
	cmd.Process.Kill()
	cmd.Wait()
	release, err := Lock(dir)
	if err != nil {
		t.Fatalf("lock after the holder was killed: %v", err)
	}
	release()
}

func TestCheckChainRefusesAnotherChain(t *testing.T) {
	dir := t.TempDir()
	c := Chain{ChainID: 1337, Genesis: "0xaa", Contract: "0x5FbDB2315678afecb367f032d93F642f64180aa3", DeployBlock: 1}
	if err := CheckChain(dir, c); err != nil {
		t.Fatal(err)
	}
	same := c
	same.Contract = strings.ToLower(c.Contract)
	if err := CheckChain(dir, same); err != nil {
		t.Fatalf("same chain again: %v", err)
	}
	reset := c
	reset.Genesis = "0xbb" // a dev chain started afresh
	err := CheckChain(dir, reset)
	if !errors.Is(err, ErrOtherChain) || !strings.Contains(err.Error(), "-data-dir") {
		t.Fatalf("reset chain: %v, want ErrOtherChain that says what to do", err)
	}
	if err := os.WriteFile(filepath.Join(dir, ChainFile), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := CheckChain(dir, c); err == nil {
		t.Fatal("a corrupt chain record was accepted")
	}
}

// A directory holds its start records only once both the chain and the
// model were recorded; an unreadable record is an error naming the file.
func TestReadStart(t *testing.T) {
	dir := t.TempDir()
	if _, ok, err := ReadStart(dir); ok || err != nil {
		t.Fatalf("empty directory: ok %v, err %v", ok, err)
	}
	c := Chain{ChainID: 1337, Genesis: "0xabc", Contract: "0x1", DeployBlock: 3}
	if err := CheckChain(dir, c); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := ReadStart(dir); ok || err != nil {
		t.Fatalf("chain without model: ok %v, err %v", ok, err)
	}
	m := Model{WeightsHash: "0xd433", ModelID: 7}
	if err := RecordModel(dir, m); err != nil {
		t.Fatal(err)
	}
	s, ok, err := ReadStart(dir)
	if !ok || err != nil || s.Chain != c || s.Model != m {
		t.Fatalf("ReadStart = %+v, %v, %v; want %+v %+v", s, ok, err, c, m)
	}
	if err := os.WriteFile(filepath.Join(dir, ModelFile), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ReadStart(dir); err == nil || !strings.Contains(err.Error(), ModelFile) {
		t.Fatalf("unreadable model record: %v", err)
	}
}
