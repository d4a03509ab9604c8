package handoff_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/handoff/handofftest"
)

func TestMemStoreContract(t *testing.T) {
	handofftest.Run(t, func(t *testing.T) handoff.Store { return handoff.NewMemStore() })
}

func TestLifecycle(t *testing.T) {
	at := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		name    string
		steps   func(h *handoff.Handoff) error
		want    handoff.State
		wantErr error
	}{
		{"claim open", func(h *handoff.Handoff) error { return h.Claim("UC1", at) }, handoff.StateClaimed, nil},
		{"claim twice", func(h *handoff.Handoff) error {
			_ = h.Claim("UC1", at)
			return h.Claim("UC2", at)
		}, handoff.StateClaimed, handoff.ErrAlreadyClaimed},
		{"same consultant twice", func(h *handoff.Handoff) error {
			_ = h.Claim("UC1", at)
			return h.Claim("UC1", at)
		}, handoff.StateClaimed, handoff.ErrAlreadyClaimed},
		{"close open", func(h *handoff.Handoff) error { return h.Close("U1", at) }, handoff.StateClosed, nil},
		{"close claimed", func(h *handoff.Handoff) error {
			_ = h.Claim("UC1", at)
			return h.Close("UC1", at)
		}, handoff.StateClosed, nil},
		{"close twice", func(h *handoff.Handoff) error {
			_ = h.Close("U1", at)
			return h.Close("UC1", at)
		}, handoff.StateClosed, handoff.ErrClosed},
		{"claim closed", func(h *handoff.Handoff) error {
			_ = h.Close("U1", at)
			return h.Claim("UC1", at)
		}, handoff.StateClosed, handoff.ErrClosed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := handoff.Handoff{ID: handoff.NewID(), State: handoff.StateOpen}
			err := tt.steps(&h)
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil && err != nil) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
			if h.State != tt.want {
				t.Errorf("state = %s, want %s", h.State, tt.want)
			}
		})
	}
	h := handoff.Handoff{State: handoff.StateOpen}
	_ = h.Claim("UC1", at)
	_ = h.Claim("UC2", at.Add(time.Hour))
	if h.ClaimedBy != "UC1" || !h.ClaimedAt.Equal(at) {
		t.Errorf("a refused claim changed the record: %+v", h)
	}
	if err := (&handoff.Handoff{State: handoff.StateOpen}).Claim("", at); err == nil {
		t.Error("claim without consultant accepted")
	}
}

func TestValidateEmail(t *testing.T) {
	good := []string{"alice@acme.com", "a.b+tag@sub.acme.co.uk", " bob@acme.io ", "x_y-z@a-b.example"}
	bad := []string{"", "alice", "alice@", "@acme.com", "alice@acme", "alice@@acme.com", "alice@acme..com",
		"Alice <alice@acme.com>", "alice@acme.com, bob@acme.com", "al ice@acme.com", "<!channel>@acme.com",
		"alice@-acme.com", "alice@acme.c", "alice\n@acme.com", strings.Repeat("a", 250) + "@acme.com"}
	for _, e := range good {
		if msg := handoff.ValidateEmail(e); msg != "" {
			t.Errorf("ValidateEmail(%q) = %q, want valid", e, msg)
		}
	}
	for _, e := range bad {
		if msg := handoff.ValidateEmail(e); msg == "" {
			t.Errorf("ValidateEmail(%q) accepted", e)
		}
	}
}

func TestContactValidate(t *testing.T) {
	ok := handoff.Contact{Name: " Alice ", Email: "alice@acme.com"}
	if errs := ok.Validate(); errs != nil {
		t.Errorf("valid contact: %v", errs)
	}
	errs := handoff.Contact{Name: "", Email: "nope", Note: strings.Repeat("x", handoff.MaxNote+1)}.Validate()
	for _, f := range []string{handoff.FieldName, handoff.FieldEmail, handoff.FieldNote} {
		if errs[f] == "" {
			t.Errorf("no error for %s: %v", f, errs)
		}
	}
	if len(errs) != 3 {
		t.Errorf("errors = %v, want 3", errs)
	}
	if n := (handoff.Contact{Name: "  x  "}).Normalize().Name; n != "x" {
		t.Errorf("Normalize name = %q", n)
	}
	for _, size := range handoff.CompanySizes {
		if errs := (handoff.Contact{Name: "A", Email: "a@acme.com", Size: " " + size}).Validate(); errs != nil {
			t.Errorf("size %q refused: %v", size, errs)
		}
	}
	if errs := (handoff.Contact{Name: "A", Email: "a@acme.com", Size: "huge"}).Validate(); len(errs) != 1 || errs[handoff.FieldSize] == "" {
		t.Errorf("size not in the list: errors %v, want one for the size", errs)
	}
}

func TestAppendLineBounded(t *testing.T) {
	var h handoff.Handoff
	for i := range 250 {
		h.AppendLine(handoff.Line{Text: string(rune('a' + i%26))}, 0)
	}
	if len(h.Transcript) != handoff.DefaultTranscriptMax {
		t.Fatalf("len = %d, want %d", len(h.Transcript), handoff.DefaultTranscriptMax)
	}
	if h.Transcript[len(h.Transcript)-1].Text != string(rune('a'+249%26)) {
		t.Error("newest line not kept")
	}
}

func TestValidID(t *testing.T) {
	if id := handoff.NewID(); !handoff.ValidID(id) {
		t.Errorf("NewID %q not valid", id)
	}
	for _, id := range []string{"", "xyz", "0123456789abcdeg", "0123456789abcdef0"} {
		if handoff.ValidID(id) {
			t.Errorf("ValidID(%q) = true", id)
		}
	}
}

func TestConfigDefaults(t *testing.T) {
	c := handoff.Config{}.WithDefaults()
	if c.Reminder != 15*time.Minute || c.ReminderLimit != 3 || c.Retention != 90*24*time.Hour || c.TranscriptMax != 200 {
		t.Errorf("defaults = %+v", c)
	}
}
