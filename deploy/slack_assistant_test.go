package deploy

import (
	"slices"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/springfield/techleader/bot/slackbot"
)

// The Slack app manifest turns on the assistant side panel the bot serves:
// its scope, its two events, and an assistant_view whose prompts are the
// ones the bot suggests in a new thread.
func TestSlackManifestAssistant(t *testing.T) {
	var m struct {
		Features struct {
			AssistantView *struct {
				Description string `yaml:"assistant_description"`
				Prompts     []struct {
					Title   string `yaml:"title"`
					Message string `yaml:"message"`
				} `yaml:"suggested_prompts"`
			} `yaml:"assistant_view"`
			AppHome struct {
				MessagesTab bool `yaml:"messages_tab_enabled"`
			} `yaml:"app_home"`
		} `yaml:"features"`
		OAuth struct {
			Scopes struct {
				Bot []string `yaml:"bot"`
			} `yaml:"scopes"`
		} `yaml:"oauth_config"`
		Settings struct {
			Events struct {
				Bot []string `yaml:"bot_events"`
			} `yaml:"event_subscriptions"`
		} `yaml:"settings"`
	}
	docs := decodeAll[map[string]any](t, "slack-app-manifest.yaml")
	if len(docs) != 1 {
		t.Fatalf("%d documents in the manifest", len(docs))
	}
	b, _ := yaml.Marshal(docs[0])
	if err := yaml.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}

	for _, scope := range []string{"assistant:write", "im:history", "chat:write"} {
		if !slices.Contains(m.OAuth.Scopes.Bot, scope) {
			t.Errorf("no %s bot scope in %v", scope, m.OAuth.Scopes.Bot)
		}
	}
	for _, ev := range []string{"assistant_thread_started", "assistant_thread_context_changed", "message.im"} {
		if !slices.Contains(m.Settings.Events.Bot, ev) {
			t.Errorf("no %s bot event in %v", ev, m.Settings.Events.Bot)
		}
	}
	if !m.Features.AppHome.MessagesTab {
		t.Error("the messages tab is off: the panel's threads live in the DM")
	}

	v := m.Features.AssistantView
	if v == nil {
		t.Fatal("no features.assistant_view")
	}
	if n := utf8.RuneCountInString(v.Description); n == 0 || n > 300 {
		t.Errorf("assistant_description has %d characters, want 1 to 300", n)
	}
	want := slackbot.SuggestedPrompts()
	if len(v.Prompts) != len(want) || len(v.Prompts) > 4 {
		t.Fatalf("suggested_prompts %+v, want the bot's %+v (at most 4)", v.Prompts, want)
	}
	for i, p := range want {
		if v.Prompts[i].Title != p.Title || v.Prompts[i].Message != p.Message {
			t.Errorf("suggested_prompts[%d] = %+v, want %+v", i, v.Prompts[i], p)
		}
	}
}
