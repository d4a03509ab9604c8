package slackbot

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

func TestDefang(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<!channel> hi", "&lt;!channel&gt; hi"},
		{"@here now", "@\u2060here now"},
		{"ping @Channel and @everyone!", "ping @\u2060Channel and @\u2060everyone!"},
		{"<https://evil|click>", "&lt;https://evil|click&gt;"},
		{"<@U123>", "&lt;@U123&gt;"},
		{"mail a@here.com or b.c@channel.io", "mail a@here.com or b.c@channel.io"},
		{"(@here)", "(@\u2060here)"},
		{"@hereby", "@hereby"},
	}
	for _, tt := range tests {
		if got := defang(tt.in); got != tt.want {
			t.Errorf("defang(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A card with every field at its limit stays within Block Kit's limits.
func TestRenderCardLimits(t *testing.T) {
	long := strings.Repeat("word <!here> @channel ", 400)
	rec := handoff.Handoff{
		ID: handoff.NewID(), User: conversation.Key{Platform: "slack", Team: "T", User: "U1"}, State: handoff.StateOpen,
		CreatedAt: time.Now(), Recommendation: long,
		Contact: handoff.Contact{Name: long, Company: long, Email: "a@b.co", Size: long, ContactTime: long, Note: long},
	}
	for range 100 {
		rec.Answers = append(rec.Answers, conversation.QA{Question: long, Answer: long})
		rec.Recent = append(rec.Recent, long)
	}
	for _, st := range []handoff.State{handoff.StateOpen, handoff.StateClaimed, handoff.StateClosed} {
		rec.State, rec.ClaimedBy, rec.ClosedBy = st, "UC1", "UC1"
		m := renderCard(rec)
		if len(m.blocks) > maxMessageBlocks {
			t.Errorf("%s: %d blocks", st, len(m.blocks))
		}
		var raw strings.Builder
		enc := json.NewEncoder(&raw)
		enc.SetEscapeHTML(false) // keep '<' visible to the check below
		if err := enc.Encode(m.blocks); err != nil {
			t.Fatal(err)
		}
		all := m.text + raw.String()
		for _, b := range m.blocks {
			if sec, ok := b.(*slack.SectionBlock); ok && sec.Text != nil && len(sec.Text.Text) > maxSectionText {
				t.Errorf("%s: section of %d characters", st, len(sec.Text.Text))
			}
		}
		if strings.Contains(all, "<!here>") || strings.Contains(all, " @channel") {
			t.Errorf("%s: live mention on the card", st)
		}
	}
}

// TestCardOfOtherPlatforms: a card, its notification and its thread's
// notes say where a user of another platform wrote from.
func TestCardOfOtherPlatforms(t *testing.T) {
	tests := []struct {
		platform, want string
	}{
		{"web", "a visitor on the website"},
		{"teams", "a Microsoft Teams user"},
		{"<!here>", "a &lt;!here&gt; user"},
	}
	for _, tt := range tests {
		rec := handoff.Handoff{
			ID: handoff.NewID(), User: conversation.Key{Platform: tt.platform, User: "4f2a9c"}, State: handoff.StateOpen,
			CreatedAt: time.Now(), Contact: handoff.Contact{Name: "Ada", Email: "ada@example.com"},
		}
		m := renderCard(rec)
		if want := "Consultant request from " + tt.want + " — Waiting for a consultant"; m.text != want {
			t.Errorf("%s: notification %q, want %q", tt.platform, m.text, want)
		}
		raw, err := json.Marshal(m.blocks)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(raw), "*From:* "+strings.ReplaceAll(tt.want, "&", `\u0026`)) {
			t.Errorf("%s: the card does not say who asked: %s", tt.platform, raw)
		}
		if strings.Contains(string(raw), "4f2a9c") {
			t.Errorf("%s: the card shows the user's id, which means nothing on Slack", tt.platform)
		}
	}
}
