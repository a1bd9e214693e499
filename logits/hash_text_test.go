package logits

import (
	"encoding/json"
	"strings"
	"testing"
)

// Ids and hashes encode as hex text and decode from it or from the older
// number arrays; bad text is an error.
func TestHashJSON(t *testing.T) {
	in := struct {
		Job  JobID
		Root Hash
	}{JobID{1, 2}, Hash{0xff}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"0x0102000000`) || len(b) > 2*70+20 {
		t.Fatalf("encoded %s", b)
	}
	var out struct {
		Job  JobID
		Root Hash
	}
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Fatalf("round trip %+v, %v", out, err)
	}
	old, _ := json.Marshal(struct{ Job [32]byte }{[32]byte{7}})
	var o struct{ Job JobID }
	if err := json.Unmarshal(old, &o); err != nil || o.Job != (JobID{7}) {
		t.Fatalf("array form: %+v, %v", o, err)
	}
	if err := json.Unmarshal([]byte(`{"Job":"0x12"}`), &o); err == nil {
		t.Fatal("short hex accepted")
	}
}
