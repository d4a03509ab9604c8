package slacktest

import (
	"encoding/json"
	"strings"
	"testing"
)

// Helpers for tests that read the messages the bot posted. They fail t
// when a message's blocks do not decode.

// Buttons returns the buttons of m's actions blocks, in order.
func Buttons(t testing.TB, m Message) []Button {
	t.Helper()
	bs, err := m.Buttons()
	if err != nil {
		t.Fatal(err)
	}
	return bs
}

// ChoiceActionPrefix starts the action id of techleader's answer buttons
// on an assessment question.
const ChoiceActionPrefix = "tl_choice_"

// ChoiceButtons returns the answer buttons of a question message.
func ChoiceButtons(t testing.TB, m Message) []Button {
	t.Helper()
	var out []Button
	for _, b := range Buttons(t, m) {
		if strings.HasPrefix(b.ActionID, ChoiceActionPrefix) {
			out = append(out, b)
		}
	}
	return out
}

// IsQuestion reports whether m is an assessment question with answers to
// pick.
func IsQuestion(t testing.TB, m Message) bool {
	t.Helper()
	return len(ChoiceButtons(t, m)) > 0
}

// IsRecommendation reports whether m is the assessment's outcome (the
// only message that opens with a header block).
func IsRecommendation(t testing.TB, m Message) bool {
	t.Helper()
	ok, err := m.HasBlock("header")
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

// FindButton returns m's button with actionID.
func FindButton(t testing.TB, m Message, actionID string) Button {
	t.Helper()
	b, err := m.Button(actionID)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// BlockText joins the text of m's blocks that have one (sections, headers).
func BlockText(t testing.TB, m Message) string {
	t.Helper()
	var bs []struct {
		Text *struct{ Text string } `json:"text"`
	}
	if len(m.Blocks) > 0 {
		if err := json.Unmarshal(m.Blocks, &bs); err != nil {
			t.Fatalf("blocks: %v", err)
		}
	}
	var parts []string
	for _, b := range bs {
		if b.Text != nil {
			parts = append(parts, b.Text.Text)
		}
	}
	return strings.Join(parts, "\n")
}
