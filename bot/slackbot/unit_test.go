package slackbot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/conversation"
)

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name      string
		app, bot  string
		url       string
		wantErr   string // "" = valid
		mustNotIn string
	}{
		{"ok", "xapp-1-A", "xoxb-1-B", "", "", ""},
		{"missing app", "", "xoxb-1", "", "SLACK_APP_TOKEN is not set", ""},
		{"missing bot", "xapp-1", "", "", "SLACK_BOT_TOKEN is not set", ""},
		{"user token", "xapp-1", "xoxp-secret", "", "SLACK_BOT_TOKEN does not look like", "xoxp-secret"},
		{"swapped", "xoxb-secret", "xapp-secret", "", "SLACK_APP_TOKEN does not look like", "secret"},
		{"space in token", "xapp-1 2", "xoxb-1", "", "SLACK_APP_TOKEN does not look like", ""},
		{"bad url", "xapp-1", "xoxb-1", "ftp://x", "SLACK_API_URL", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Config{AppToken: tt.app, BotToken: tt.bot, APIURL: tt.url}.withDefaults().Validate()
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			if err == nil || !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("Validate = %v, want %q", err, tt.wantErr)
			}
			if tt.mustNotIn != "" && strings.Contains(err.Error(), tt.mustNotIn) {
				t.Errorf("error leaks the token: %v", err)
			}
		})
	}
}

func TestConfigDefaultsAndRedaction(t *testing.T) {
	c := Config{AppToken: "xapp-1-secret", BotToken: "xoxb-2-secret", APIURL: "http://localhost:1/api"}.withDefaults()
	if c.APIURL != "http://localhost:1/api/" {
		t.Errorf("APIURL = %q, want a trailing slash", c.APIURL)
	}
	if c.Watchdog != 2*time.Minute || c.DedupeTTL < 10*time.Minute || c.Workers <= 0 || c.Sockets != 2 {
		t.Errorf("defaults: %+v", c)
	}
	c.Sockets = 11
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "SLACK_SOCKETS") {
		t.Errorf("11 sockets: Validate = %v, want SLACK_SOCKETS named", err)
	}
	c.Sockets = 10
	if err := c.Validate(); err != nil {
		t.Errorf("10 sockets: Validate = %v", err)
	}
	var logged strings.Builder
	slog.New(slog.NewTextHandler(&logged, nil)).Info("config", "cfg", c)
	for _, out := range []string{c.String(), fmt.Sprintf("%v %+v %#v %s", c, c, c, c), logged.String()} {
		if strings.Contains(out, "secret") {
			t.Errorf("token in %q", out)
		}
	}
}

func TestEscapeAndMentions(t *testing.T) {
	if got := escape("<!channel> & <@U1|x> <https://evil|click>"); strings.ContainsAny(got, "<>") {
		t.Errorf("escape left markup: %q", got)
	}
	tests := []struct{ in, want string }{
		{"<@UBOT> what is a CTO?", "what is a CTO?"},
		{"hey <@UBOT|techleader>, start", "hey , start"},
		{"<@UBOT2> is not me <@UBOT>", "<@UBOT2> is not me"},
		{"<@UBOT>", ""},
		{"no mention", "no mention"},
	}
	for _, tt := range tests {
		if got := stripMention(tt.in, "UBOT"); got != tt.want {
			t.Errorf("stripMention(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if mention("U123ABC") != "<@U123ABC>" || mention("<!channel>") != "someone" {
		t.Error("mention does not validate ids")
	}
	if unescape("a &lt;b&gt; &amp; c") != "a <b> & c" {
		t.Error("unescape")
	}
}

func TestSplitText(t *testing.T) {
	long := strings.Repeat("word ", 2000) + "\n\n" + strings.Repeat("é", 4000)
	for _, max := range []int{50, 3000} {
		parts := splitText(long, max)
		total := 0
		for _, p := range parts {
			if len(p) > max || p == "" || !utf8.ValidString(p) {
				t.Fatalf("max %d: bad part (len %d, valid %v)", max, len(p), utf8.ValidString(p))
			}
			total += len(strings.ReplaceAll(strings.ReplaceAll(p, " ", ""), "\n", ""))
		}
		if want := len(strings.ReplaceAll(strings.ReplaceAll(long, " ", ""), "\n", "")); total != want {
			t.Errorf("max %d: lost text (%d of %d bytes)", max, total, want)
		}
	}
	if got := truncate(strings.Repeat("x", 100), 75); utf8.RuneCountInString(got) != 75 || !strings.HasSuffix(got, "…") {
		t.Errorf("truncate: %q", got)
	}
}

// checkLimits fails when blocks break Slack's limits.
func checkLimits(t *testing.T, blocks []slack.Block, max int) {
	t.Helper()
	if len(blocks) > max {
		t.Errorf("%d blocks, max %d", len(blocks), max)
	}
	raw, _ := json.Marshal(blocks)
	var bs []struct {
		BlockID string `json:"block_id"`
		Text    *struct {
			Text string `json:"text"`
		} `json:"text"`
		Elements []struct {
			Type  string          `json:"type"`
			Text  json.RawMessage `json:"text"`
			Value string          `json:"value"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(raw, &bs); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, b := range bs {
		if b.BlockID == "" || ids[b.BlockID] || len(b.BlockID) > maxBlockID {
			t.Errorf("block id %q missing, repeated or too long", b.BlockID)
		}
		ids[b.BlockID] = true
		if b.Text != nil && utf8.RuneCountInString(b.Text.Text) > maxSectionText {
			t.Errorf("section of %d chars", utf8.RuneCountInString(b.Text.Text))
		}
		if len(b.Elements) > maxActions {
			t.Errorf("%d elements in a block", len(b.Elements))
		}
		for _, e := range b.Elements {
			var txt struct{ Text string }
			if e.Type == "button" && (json.Unmarshal(e.Text, &txt) != nil || utf8.RuneCountInString(txt.Text) > maxButtonText) {
				t.Errorf("button text %s", e.Text)
			}
			if len(e.Value) > maxButtonValue {
				t.Errorf("button value of %d bytes", len(e.Value))
			}
		}
	}
}

func TestRenderRespectsLimits(t *testing.T) {
	owner := conversation.Key{Platform: "slack", Team: "T1", User: "U1", Thread: "C1/1700000000.000100"}
	many := make([]conversation.Option, 30)
	for i := range many {
		many[i] = conversation.Option{Value: fmt.Sprint(i), Label: strings.Repeat("long label ", 10)}
	}
	tests := []struct {
		name string
		r    conversation.Reply
	}{
		{"long text", conversation.Reply{Text: strings.Repeat("A paragraph of text. ", 1000)}},
		{"huge text", conversation.Reply{Text: strings.Repeat("x\n\n", 100000)}},
		{"question with 30 long options", conversation.Reply{Question: &conversation.Question{ID: "q1", Round: 2, Step: 1, Total: 10, Prompt: "Pick", Options: many, Hint: "Reply with a number."}}},
		{"recommendation", conversation.Reply{Recommendation: &conversation.Recommendation{Title: strings.Repeat("T", 200), Summary: "s",
			Reasons: []string{"a", "b"}, Answers: []conversation.QA{{Question: "q", Answer: "a"}}, Articles: []conversation.ArticleRef{{ID: "x", Title: "X"}}}}},
		{"actions", conversation.Reply{Text: "t", Actions: []conversation.Action{{ID: conversation.ActionStartAssessment, Label: "Start"}, {ID: conversation.ActionConsult, Label: "Talk"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := renderReply(tt.r, owner)
			checkLimits(t, m.blocks, maxMessageBlocks)
			if strings.TrimSpace(m.text) == "" || utf8.RuneCountInString(m.text) > maxMessageText {
				t.Errorf("fallback text of %d chars", utf8.RuneCountInString(m.text))
			}
		})
	}
}

func TestQuestionButtonsRoundTrip(t *testing.T) {
	owner := conversation.Key{Platform: "slack", Team: "T1", User: "U1", Thread: "C1/1700000000.000100"}
	q := &conversation.Question{ID: "size", Round: 3, Step: 2, Total: 10, Prompt: "How big?", Options: []conversation.Option{{Value: "a", Label: "Small"}, {Value: "b|c", Label: "Big"}}}
	m := renderReply(conversation.Reply{Question: q}, owner)
	var acts []*slack.ActionBlock
	for _, b := range m.blocks {
		if a, ok := b.(*slack.ActionBlock); ok {
			acts = append(acts, a)
		}
	}
	if len(acts) != 1 || len(acts[0].Elements.ElementSet) != 2 {
		t.Fatalf("want one actions block with 2 buttons, got %d", len(acts))
	}
	o, ok := parseBlockID(acts[0].BlockID)
	if !ok || o.owner != "U1" || o.thread != owner.Thread {
		t.Errorf("block id %q parsed as %+v", acts[0].BlockID, o)
	}
	btn := acts[0].Elements.ElementSet[1].(*slack.ButtonBlockElement)
	round, id, val, ok := parseChoiceValue(btn.Value)
	if !ok || round != 3 || id != "size" || val != "b|c" {
		t.Errorf("value %q parsed as %d %q %q", btn.Value, round, id, val)
	}
	for _, bad := range []string{"", "x|y", "1|2"} {
		if _, _, _, ok := parseChoiceValue(bad); ok {
			t.Errorf("parseChoiceValue(%q) ok", bad)
		}
	}
	if _, ok := parseBlockID("b0"); ok {
		t.Error("parseBlockID accepted a plain block id")
	}
}

func TestHomeViewLimits(t *testing.T) {
	reasons := make([]string, 500)
	for i := range reasons {
		reasons[i] = strings.Repeat("reason ", 20)
	}
	v := homeView(conversation.Status{InProgress: true, Step: 3, Total: 10, Last: &conversation.Recommendation{Title: "A CTO", Summary: strings.Repeat("s", 10000), Reasons: reasons}}, true)
	checkLimits(t, v.Blocks.BlockSet, maxViewBlocks)
	raw, _ := json.Marshal(v)
	if !strings.Contains(string(raw), "question 3 of 10") || !strings.Contains(string(raw), "A CTO") {
		t.Errorf("home view lacks status: %.300s", raw)
	}
}

func TestPacer(t *testing.T) {
	p := newPacer(1, 3)
	now := time.Unix(1000, 0)
	var waits []time.Duration
	for range 5 {
		waits = append(waits, p.reserve("C1", now))
	}
	want := []time.Duration{0, 0, 0, time.Second, 2 * time.Second}
	for i := range want {
		if waits[i] != want[i] {
			t.Fatalf("waits = %v, want %v", waits, want)
		}
	}
	if w := p.reserve("C2", now); w != 0 {
		t.Errorf("another channel waits %v", w)
	}
	if w := p.reserve("C1", now.Add(10*time.Second)); w != 0 {
		t.Errorf("after a pause C1 waits %v", w)
	}
}

func TestAPICallerRetries(t *testing.T) {
	cfg := Config{RetryAfterDefault: 700 * time.Millisecond, RetryAfterMax: 5 * time.Second, APIAttempts: 3, APIBackoff: 100 * time.Millisecond}.withDefaults()
	netErr := &net.OpError{Op: "dial", Err: errors.New("connection refused")}
	tests := []struct {
		name      string
		errs      []error // answers of successive attempts (then success)
		wantErr   bool
		wantWaits []time.Duration // exact waits; nil to check count only
		wantCalls int
	}{
		{"ok", nil, false, []time.Duration{}, 1},
		{"429 Retry-After 2s", []error{&slack.RateLimitedError{RetryAfter: 2 * time.Second}}, false, []time.Duration{2 * time.Second}, 2},
		{"429 Retry-After 0 uses the default", []error{&slack.RateLimitedError{}}, false, []time.Duration{700 * time.Millisecond}, 2},
		{"429 Retry-After beyond the cap gives up", []error{&slack.RateLimitedError{RetryAfter: time.Hour}}, true, []time.Duration{}, 1},
		{"429 without header", []error{slack.StatusCodeError{Code: 429}}, false, []time.Duration{700 * time.Millisecond}, 2},
		{"5xx then network then ok", []error{slack.StatusCodeError{Code: 502}, netErr}, false, nil, 3},
		{"internal_error", []error{slack.SlackErrorResponse{Err: "internal_error"}}, false, nil, 2},
		{"gives up after attempts", []error{netErr, netErr, netErr}, true, nil, 3},
		{"permanent error not retried", []error{slack.SlackErrorResponse{Err: "channel_not_found"}}, true, []time.Duration{}, 1},
		{"4xx not retried", []error{slack.StatusCodeError{Code: 404}}, true, []time.Duration{}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &bottest.Counters{}
			var waits []time.Duration
			c := &apiCaller{cfg: cfg, metrics: m, pace: newPacer(1000, 100), sleep: func(_ context.Context, d time.Duration) error {
				waits = append(waits, d)
				return nil
			}}
			calls := 0
			err := c.call(context.Background(), "chat.postMessage", "C1", func(context.Context) error {
				calls++
				if calls <= len(tt.errs) {
					return tt.errs[calls-1]
				}
				return nil
			})
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if calls != tt.wantCalls {
				t.Errorf("calls = %d, want %d", calls, tt.wantCalls)
			}
			var retryWaits []time.Duration
			for _, w := range waits {
				if w > 0 {
					retryWaits = append(retryWaits, w)
				}
			}
			if tt.wantWaits != nil && fmt.Sprint(retryWaits) != fmt.Sprint(tt.wantWaits) {
				t.Errorf("waits = %v, want %v", retryWaits, tt.wantWaits)
			}
			if got := m.Get("api_retry:chat.postMessage"); got != int64(calls-1) {
				t.Errorf("retries counted %d, want %d", got, calls-1)
			}
		})
	}
}

func TestAPICallerStopsWithContext(t *testing.T) {
	cfg := Config{APIAttempts: 10}.withDefaults()
	c := &apiCaller{cfg: cfg, metrics: bot.NopMetrics{}, pace: newPacer(1000, 100), sleep: sleepCtx}
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	err := c.call(ctx, "chat.update", "", func(context.Context) error {
		calls++
		cancel()
		return &slack.RateLimitedError{RetryAfter: time.Hour}
	})
	if err == nil || calls != 1 {
		t.Errorf("err = %v after %d calls; want the error after one call", err, calls)
	}
}

func TestEngineTextEscaped(t *testing.T) {
	owner := conversation.Key{Platform: "slack", Team: "T1", User: "U1"}
	m := renderReply(conversation.Reply{Text: "R&D for <50 people <!channel>", Notice: ""}, owner)
	raw, _ := json.Marshal(m.blocks)
	if strings.Contains(string(raw), "<!channel>") || !strings.Contains(string(raw), "R\\u0026amp;D") {
		t.Errorf("blocks not escaped: %s", raw)
	}
	if m.text != "R&amp;D for &lt;50 people &lt;!channel&gt;" {
		t.Errorf("text = %q", m.text)
	}
	// Bot-authored text keeps its mentions.
	if m := renderText("ask " + mention("U2")); !strings.Contains(m.text, "<@U2>") {
		t.Errorf("renderText escaped a mention: %q", m.text)
	}
}
