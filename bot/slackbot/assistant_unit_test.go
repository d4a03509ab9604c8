package slackbot

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/springfield/techleader/conversation"
)

func TestThreadTitle(t *testing.T) {
	tests := []struct {
		name, raw, want string
	}{
		{"a prompt", "Do I need a CIO or a CTO?", "Do I need a CIO or a CTO?"},
		{"greeting and lower case", "hey, cio or cto for a 40-person saas?", "CIO or CTO for a 40-person saas?"},
		{"the question of several sentences", "We're 40 people, mostly engineers. Do we need a CTO? Thanks!", "Do we need a CTO?"},
		{"first sentence without a question", "Tell me about virtual CIOs. We are small.", "Tell me about virtual CIOs."},
		{"Slack's escaping undone then redone", "R&amp;D lead &lt;50 people", "R&amp;D lead &lt;50 people"},
		{"a link keeps its label", "what about <https://example.com|this article>", "What about this article"},
		{"only markup", "<@U123> <!here>", ""},
		{"empty", "   ", ""},
		{"long, cut at a word", strings.Repeat("technology leadership ", 10),
			"Technology leadership technology leadership technology…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := threadTitle(tt.raw); got != tt.want {
				t.Errorf("threadTitle(%q) = %q, want %q", tt.raw, got, tt.want)
			}
		})
	}
}

// A title never carries a live mention, link or mass mention, and stays
// short, whatever the user typed.
func TestThreadTitleIsSafe(t *testing.T) {
	raws := []string{
		"<!channel> <@U999> hi @here <https://evil.example|click me> &lt;b&gt; @everyone",
		"@channel do I need a CTO?",
		strings.Repeat("é", 200),
		"<#C123|general> what does a CIO do?",
	}
	for _, raw := range raws {
		got := threadTitle(raw)
		if strings.ContainsAny(got, "<>") || strings.Contains(got, "evil.example") {
			t.Errorf("threadTitle(%q) = %q: markup left", raw, got)
		}
		for _, mass := range []string{"@here", "@channel", "@everyone"} {
			if strings.Contains(got, mass) {
				t.Errorf("threadTitle(%q) = %q: a bare %s", raw, got, mass)
			}
		}
		if n := utf8.RuneCountInString(got); n > maxTitle+10 { // escaping may lengthen it a little
			t.Errorf("threadTitle(%q) has %d characters", raw, n)
		}
	}
}

func TestAssistantThreadOf(t *testing.T) {
	tests := []struct {
		thread string
		ok     bool
	}{
		{"D0U1/1700000000.000100", true},
		{"", false},
		{"C1/1700000000.000100", false}, // a channel thread (mention)
		{"D0U1/cmd", false},             // a slash command's private answers
		{"D0U1/not-a-ts", false},
		{"D0U1", false},
	}
	for _, tt := range tests {
		_, _, ok := assistantThreadOf(conversation.Key{Thread: tt.thread})
		if ok != tt.ok {
			t.Errorf("assistantThreadOf(%q) = %v, want %v", tt.thread, ok, tt.ok)
		}
	}
}
