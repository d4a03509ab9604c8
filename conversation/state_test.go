package conversation

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// fullState is a large realistic state: an assessment in progress, a
// finished one, and five long messages.
func fullState(t testing.TB) state {
	t.Helper()
	var s state
	s.Round = 3
	s.Active = true
	s.Answers = profiles[0].values(t)[:len(questions)-1]
	s.Last = &finished{Round: 2, Kind: RecommendVirtualCTO, Answers: profiles[0].values(t)}
	s.Declines = 1
	for i := 0; i < 7; i++ {
		s.remember(strings.Repeat("we are a logistics firm worried about ransomware ", 6))
	}
	return s
}

func TestStateRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		s    state
	}{
		{"empty", state{}},
		{"in progress", state{Round: 1, Active: true, Answers: []string{"s", "startup"}}},
		{"gaps and a correction", state{Round: 2, Active: true, Answers: []string{"s", "", "high", "", "", "", "core"}, Asking: "products"}},
		{"two options offered", state{Round: 1, Active: true, Answers: []string{"s"}, Narrow: []string{"scaling", "established"}}},
		{"full", fullState(t)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeState(encodeState(tt.s))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.s) {
				t.Errorf("round trip:\n got %+v\nwant %+v", got, tt.s)
			}
		})
	}
}

func TestStateSize(t *testing.T) {
	b := encodeState(fullState(t))
	t.Logf("full state: %d bytes", len(b))
	if len(b) > 2048 {
		t.Errorf("full state is %d bytes, want at most 2048", len(b))
	}
}

func TestRememberKeepsFiveTruncated(t *testing.T) {
	var s state
	long := strings.Repeat("é", 500)
	for _, m := range []string{"one", "two", "  ", "three", "four", "five", "six", long} {
		s.remember(m)
	}
	if len(s.Recent) != maxRecent {
		t.Fatalf("kept %d messages, want %d: %q", len(s.Recent), maxRecent, s.Recent)
	}
	if s.Recent[0] != "three" {
		t.Errorf("oldest kept = %q, want three", s.Recent[0])
	}
	if n := len([]rune(s.Recent[4])); n != maxRecentRunes {
		t.Errorf("long message kept %d runes, want %d", n, maxRecentRunes)
	}
}

func TestDecodeRejectsUnknownVersionsAndGarbage(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"future version", []byte{9, '{', '}'}},
		{"version 0", []byte{0}},
		{"bad json", []byte{stateV1, '{'}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := decodeState(tt.data); err == nil {
				t.Error("decoded without error")
			}
		})
	}
	if _, err := decodeState([]byte{9}); !errors.Is(err, errStateVersion) {
		t.Errorf("future version: err = %v, want errStateVersion", err)
	}
}

// TestDecodeDropsWhatNoLongerFits: a correction of an unknown question and
// offered options that are not the pending question's are dropped.
func TestDecodeDropsWhatNoLongerFits(t *testing.T) {
	data := []byte("\x01" + `{"r":2,"a":true,"q":["size=s"],"p":"colour","n":["yes","scaling","established"]}`)
	s, err := decodeState(data)
	if err != nil {
		t.Fatal(err)
	}
	if s.Asking != "" || !reflect.DeepEqual(s.Narrow, []string{"scaling", "established"}) {
		t.Errorf("asking %q, narrow %q; want none and [scaling established]", s.Asking, s.Narrow)
	}
}

func TestDecodeDropsAnswersThatNoLongerFit(t *testing.T) {
	data := []byte("\x01" + `{"r":2,"a":true,"q":["size=s","stage=unicorn","ops=high"]}`)
	s, err := decodeState(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s.Answers, []string{"s", "", "high"}) || s.pending() != 1 {
		t.Errorf("answers = %q, pending %d; want [s \"\" high], pending 1: the answers that fit are kept and the changed question is asked", s.Answers, s.pending())
	}
}

// TestDecodeStoredVersions pins every format ever written: states saved by
// older releases must keep decoding. Add a file per new version; regenerate
// only the current one with -update.
func TestDecodeStoredVersions(t *testing.T) {
	want := fullState(t)
	path := filepath.Join("testdata", "state-v1.bin")
	if *update {
		if err := os.WriteFile(path, encodeState(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeState(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("decoded %s:\n got %+v\nwant %+v", path, got, want)
	}
}
