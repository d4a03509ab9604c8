package slacktest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

func modal(callbackID string, blocks ...slack.Block) slack.ModalViewRequest {
	return slack.ModalViewRequest{
		Type:       slack.VTModal,
		Title:      slack.NewTextBlockObject("plain_text", "Ask", false, false),
		Submit:     slack.NewTextBlockObject("plain_text", "Send", false, false),
		CallbackID: callbackID,
		Blocks:     slack.Blocks{BlockSet: blocks},
	}
}

func slackErr(t *testing.T, err error, code string) slack.SlackErrorResponse {
	t.Helper()
	var se slack.SlackErrorResponse
	if !errors.As(err, &se) || se.Err != code {
		t.Fatalf("err = %#v, want %s", err, code)
	}
	return se
}

func TestViews(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)
	cmd := s.SlashCommand("U1", "C1", "ask")
	input := slack.NewInputBlock("q", slack.NewTextBlockObject("plain_text", "Question", false, false), nil,
		slack.NewPlainTextInputBlockElement(nil, "question"))

	opened, err := api.OpenViewContext(ctx, cmd.TriggerID(), modal("ask", input))
	if err != nil {
		t.Fatal(err)
	}
	if opened.ID == "" || opened.Hash == "" || opened.RootViewID != opened.ID || opened.CallbackID != "ask" {
		t.Fatalf("opened view = %+v", opened.View)
	}

	t.Run("submission carries the opened view", func(t *testing.T) {
		e := s.ViewSubmission("U1", "ask", "", map[string]map[string]string{"q": {"question": "why"}})
		var p struct {
			View struct {
				ID     string            `json:"id"`
				Blocks []json.RawMessage `json:"blocks"`
			} `json:"view"`
		}
		if err := json.Unmarshal(e.Payload, &p); err != nil {
			t.Fatal(err)
		}
		if p.View.ID != opened.ID || len(p.View.Blocks) != 1 {
			t.Fatalf("submitted view %s with %d blocks, want %s with 1", p.View.ID, len(p.View.Blocks), opened.ID)
		}
	})

	t.Run("update", func(t *testing.T) {
		_, err := api.UpdateViewContext(ctx, modal("ask"), "", "stale", opened.ID)
		slackErr(t, err, "hash_conflict")
		_, err = api.UpdateViewContext(ctx, modal("ask"), "", "", "VNOPE")
		slackErr(t, err, "not_found")
		up, err := api.UpdateViewContext(ctx, modal("ask", slack.NewDividerBlock(), slack.NewDividerBlock()), "", opened.Hash, opened.ID)
		if err != nil {
			t.Fatal(err)
		}
		if up.ID != opened.ID || up.Hash == opened.Hash {
			t.Fatalf("updated view = %+v", up.View)
		}
		var held slacktest.View
		for _, v := range s.Views() {
			if v.ID == opened.ID {
				held = v
			}
		}
		if held.Updated != 1 || !strings.Contains(string(held.Blocks), "divider") {
			t.Fatalf("held view = %+v", held)
		}
	})

	t.Run("push limit", func(t *testing.T) {
		// A submission in the root modal gives a trigger for views.push; the
		// stack holds at most 3 views.
		root := opened.ID
		trig := s.ViewSubmission("U1", "ask", "", nil).TriggerID()
		second, err := api.PushViewContext(ctx, trig, modal("second"))
		if err != nil {
			t.Fatal(err)
		}
		if second.RootViewID != root || second.PreviousViewID != root {
			t.Fatalf("pushed view = %+v", second.View)
		}
		third, err := api.PushViewContext(ctx, s.ViewSubmission("U1", "second", "", nil).TriggerID(), modal("third"))
		if err != nil {
			t.Fatal(err)
		}
		_, err = api.PushViewContext(ctx, s.ViewSubmission("U1", "third", "", nil).TriggerID(), modal("fourth"))
		slackErr(t, err, "push_limit_reached")
		_ = third
	})
}

// TestViewsRefused: what Slack refuses to open or publish.
func TestViewsRefused(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)

	t.Run("unknown trigger", func(t *testing.T) {
		_, err := api.OpenViewContext(ctx, "1.2.nope", modal("ask"))
		slackErr(t, err, "expired_trigger_id")
	})

	t.Run("expired trigger", func(t *testing.T) {
		e := s.SlashCommand("U1", "C1", "")
		s.ExpireTrigger(e.TriggerID())
		_, err := api.OpenViewContext(ctx, e.TriggerID(), modal("ask"))
		slackErr(t, err, "expired_trigger_id")
	})

	t.Run("trigger TTL", func(t *testing.T) {
		s.SetTriggerTTL(0)
		defer s.SetTriggerTTL(3 * time.Second)
		_, err := api.OpenViewContext(ctx, s.SlashCommand("U1", "C1", "").TriggerID(), modal("ask"))
		slackErr(t, err, "expired_trigger_id")
	})

	t.Run("title too long", func(t *testing.T) {
		m := modal("ask")
		m.Title = slack.NewTextBlockObject("plain_text", strings.Repeat("t", 25), false, false)
		_, err := api.OpenViewContext(ctx, s.SlashCommand("U1", "C1", "").TriggerID(), m)
		se := slackErr(t, err, "invalid_arguments")
		if !strings.Contains(strings.Join(se.ResponseMetadata.Messages, "\n"), "/view/title/text") {
			t.Fatalf("messages = %q", se.ResponseMetadata.Messages)
		}
	})

	t.Run("101 blocks", func(t *testing.T) {
		var bs []slack.Block
		for range 101 {
			bs = append(bs, slack.NewDividerBlock())
		}
		_, err := api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: "U1",
			View: slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: bs}}})
		slackErr(t, err, "invalid_arguments")
	})
}

func TestResponseURL(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)
	_, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("question", false))
	if err != nil {
		t.Fatal(err)
	}
	click := s.BlockAction("U1", "C1", ts, "b", "a", "v")

	if _, _, err := api.PostMessageContext(ctx, "", slack.MsgOptionReplaceOriginal(click.ResponseURL()), slack.MsgOptionText("answered", false)); err != nil {
		t.Fatal(err)
	}
	call, err := s.WaitCall(ctx, "response_url", nil)
	if err != nil {
		t.Fatal(err)
	}
	if call.Args["replace_original"] != "true" || call.Args["text"] != "answered" {
		t.Fatalf("call = %+v", call)
	}
	msgs := s.Messages("C1")
	if len(msgs) != 1 || msgs[0].Text != "answered" || msgs[0].Updated != 1 {
		t.Fatalf("messages = %+v", msgs)
	}

	cmd := s.SlashCommand("U1", "C1", "help")
	if _, _, err := api.PostMessageContext(ctx, "", slack.MsgOptionResponseURL(cmd.ResponseURL(), slack.ResponseTypeEphemeral), slack.MsgOptionText("only you", false)); err != nil {
		t.Fatal(err)
	}
	m, err := s.WaitMessage(ctx, func(m slacktest.Message) bool { return m.Text == "only you" })
	if err != nil {
		t.Fatal(err)
	}
	if !m.Ephemeral || m.Recipient != "U1" || m.Channel != "C1" {
		t.Fatalf("ephemeral response = %+v", m)
	}

	// A response_url works 5 times.
	for i := range 4 {
		if _, _, err := api.PostMessageContext(ctx, "", slack.MsgOptionResponseURL(cmd.ResponseURL(), slack.ResponseTypeInChannel), slack.MsgOptionText("again", false)); err != nil {
			t.Fatalf("use %d: %v", i+2, err)
		}
	}
	if _, _, err := api.PostMessageContext(ctx, "", slack.MsgOptionResponseURL(cmd.ResponseURL(), slack.ResponseTypeInChannel), slack.MsgOptionText("sixth", false)); err == nil {
		t.Fatal("sixth use of a response_url succeeded")
	}
}

func TestWorkspaceMethods(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)

	ch, _, _, err := api.OpenConversationContext(ctx, &slack.OpenConversationParameters{Users: []string{"U1"}})
	if err != nil {
		t.Fatal(err)
	}
	again, _, _, err := api.OpenConversationContext(ctx, &slack.OpenConversationParameters{Users: []string{"U1"}})
	if err != nil {
		t.Fatal(err)
	}
	if ch.ID == "" || ch.ID[0] != 'D' || ch.ID != again.ID || ch.ID != s.IMChannel("U1") {
		t.Fatalf("conversations.open = %q then %q, want the stable IM %q", ch.ID, again.ID, s.IMChannel("U1"))
	}

	s.AddUser(slacktest.User{ID: "U1", Name: "ana", RealName: "Ana Lima", Email: "ana@example.com", TZ: "Europe/Lisbon"})
	u, err := api.GetUserInfoContext(ctx, "U1")
	if err != nil {
		t.Fatal(err)
	}
	if u.Name != "ana" || u.RealName != "Ana Lima" || u.Profile.Email != "ana@example.com" || u.TZ != "Europe/Lisbon" || u.IsBot {
		t.Fatalf("user = %+v", u)
	}
	_, err = api.GetUserInfoContext(ctx, "U404")
	if err == nil || err.Error() != "user_not_found" {
		t.Fatalf("unknown user: err = %v", err)
	}

	s.SetChannelMembers("C1", "U1", "U2", "U3")
	var all []string
	cursor := ""
	pages := 0
	for {
		page, next, err := api.GetUsersInConversationContext(ctx, &slack.GetUsersInConversationParameters{ChannelID: "C1", Limit: 2, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, page...)
		pages++
		if next == "" {
			break
		}
		cursor = next
	}
	if strings.Join(all, ",") != "U1,U2,U3" || pages != 2 {
		t.Fatalf("members = %v in %d pages", all, pages)
	}
	if _, _, err := api.GetUsersInConversationContext(ctx, &slack.GetUsersInConversationParameters{ChannelID: "C404"}); err == nil {
		t.Fatal("members of an unknown channel: no error")
	}

	ets, err := api.PostEphemeralContext(ctx, "C1", "U2", slack.MsgOptionText("psst", false))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := api.PostEphemeralContext(ctx, "C1", "U9", slack.MsgOptionText("psst", false)); err == nil || err.Error() != "user_not_in_channel" {
		t.Fatalf("ephemeral to a non-member: err = %v", err)
	}
	_, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("to delete", false))
	if err != nil {
		t.Fatal(err)
	}
	link, err := api.GetPermalinkContext(ctx, &slack.PermalinkParameters{Channel: "C1", Ts: ts})
	if err != nil || !strings.Contains(link, "/archives/C1/p") {
		t.Fatalf("permalink = %q, %v", link, err)
	}
	if _, _, err := api.DeleteMessageContext(ctx, "C1", ts); err != nil {
		t.Fatal(err)
	}
	if _, _, err := api.DeleteMessageContext(ctx, "C1", ts); err == nil || err.Error() != "message_not_found" {
		t.Fatalf("second delete: err = %v", err)
	}
	msgs := s.Messages("C1")
	if len(msgs) != 1 || !msgs[0].Ephemeral || msgs[0].Recipient != "U2" || msgs[0].TS != ets {
		t.Fatalf("messages = %+v", msgs)
	}
}

func post(t *testing.T, url, contentType, auth, body string) map[string]any {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewBufferString(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	if auth != "" {
		req.Header.Set("Authorization", "Bearer "+auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEncodingsAndAuth(t *testing.T) {
	s := slacktest.New(t)

	got := post(t, s.APIURL()+"chat.postMessage", "application/json; charset=utf-8", slacktest.BotToken,
		`{"channel":"C1","text":"json","blocks":[{"type":"divider","block_id":"d"}]}`)
	if got["ok"] != true || got["ts"] == "" {
		t.Fatalf("JSON post = %v", got)
	}
	calls := s.Calls("chat.postMessage")
	if len(calls) != 1 || calls[0].JSON == nil || calls[0].Args["text"] != "json" || !strings.Contains(calls[0].Args["blocks"], `"divider"`) {
		t.Fatalf("calls = %+v", calls)
	}
	if m := s.Messages("C1"); len(m) != 1 || !strings.Contains(string(m[0].Blocks), `"block_id":"d"`) {
		t.Fatalf("messages = %+v", m)
	}

	tests := []struct {
		name, method, ct, auth, body, want string
	}{
		{"form token field", "auth.test", "application/x-www-form-urlencoded", "", "token=" + slacktest.BotToken, ""},
		{"missing token", "auth.test", "application/x-www-form-urlencoded", "", "", "not_authed"},
		{"wrong token", "auth.test", "application/x-www-form-urlencoded", "xoxb-nope", "", "invalid_auth"},
		{"app token on a bot method", "chat.postMessage", "application/x-www-form-urlencoded", slacktest.AppToken, "channel=C1&text=x", "not_allowed_token_type"},
		{"bot token on connections.open", "apps.connections.open", "application/json", slacktest.BotToken, "", "not_allowed_token_type"},
		{"unknown method", "chat.frobnicate", "application/x-www-form-urlencoded", slacktest.BotToken, "", "unknown_method"},
		{"no text", "chat.postMessage", "application/x-www-form-urlencoded", slacktest.BotToken, "channel=C1", "no_text"},
		{"blocks not JSON", "chat.postMessage", "application/x-www-form-urlencoded", slacktest.BotToken, "channel=C1&text=x&blocks=nope", "invalid_blocks_format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := post(t, s.APIURL()+tt.method, tt.ct, tt.auth, tt.body)
			if tt.want == "" {
				if got["ok"] != true {
					t.Fatalf("got %v, want ok", got)
				}
				return
			}
			if got["ok"] != false || got["error"] != tt.want {
				t.Fatalf("got %v, want error %s", got, tt.want)
			}
		})
	}
}

func TestFaultsQueue(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)
	s.FailNext("chat.update", 2, slacktest.Fault{Error: "internal_error"})
	s.FailNext("chat.postMessage", 1, slacktest.Fault{Status: 429})
	s.FailNext("auth.test", 1, slacktest.Fault{Status: 503})

	_, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("x", false))
	var sc slack.StatusCodeError
	if !errors.As(err, &sc) || sc.Code != 429 {
		t.Fatalf("429 without Retry-After: err = %#v, want StatusCodeError 429", err)
	}
	_, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("x", false))
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, _, _, err := api.UpdateMessageContext(ctx, "C1", ts, slack.MsgOptionText("y", false)); err == nil || err.Error() != "internal_error" {
			t.Fatalf("err = %v, want internal_error", err)
		}
	}
	if _, _, _, err := api.UpdateMessageContext(ctx, "C1", ts, slack.MsgOptionText("y", false)); err != nil {
		t.Fatal(err)
	}
	if _, err := api.AuthTestContext(ctx); !errors.As(err, &sc) || sc.Code != 503 {
		t.Fatalf("err = %#v, want StatusCodeError 503", err)
	}
}

func TestSeveralReplicas(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	a := startClient(t, s)
	b := startClient(t, s)
	if err := s.WaitConnections(ctx, 2); err != nil {
		t.Fatal(err)
	}
	a.next(t, ctx, socketmode.EventTypeHello)
	b.next(t, ctx, socketmode.EventTypeHello)
	for i := range 2 {
		id := s.SendTo(i, s.MessageIM("U1", s.IMChannel("U1"), "hi"))
		if _, err := s.WaitAck(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	// Each replica got exactly one of the two envelopes.
	a.next(t, ctx, socketmode.EventTypeEventsAPI)
	b.next(t, ctx, socketmode.EventTypeEventsAPI)

	// Round-robin spreads envelopes over both sockets.
	for range 4 {
		id := s.Send(s.MessageIM("U1", s.IMChannel("U1"), "hi"))
		if _, err := s.WaitAck(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	a.next(t, ctx, socketmode.EventTypeEventsAPI)
	b.next(t, ctx, socketmode.EventTypeEventsAPI)
	if got := len(s.Acks()); got != 6 {
		t.Fatalf("%d acks, want 6", got)
	}
}

func TestPings(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	s.SetPingInterval(10 * time.Millisecond)
	startClient(t, s)
	if err := s.WaitPongs(ctx, 3); err != nil {
		t.Fatal(err)
	}

	// Without pings slack-go gives up on the socket after its ping interval
	// and reconnects.
	s.SetPings(false)
	sm := socketmode.New(newAPI(s), socketmode.OptionPingInterval(50*time.Millisecond), socketmode.OptionLog(log.New(io.Discard, "", 0)))
	cctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	wg.Go(func() {
		for {
			select {
			case <-sm.Events:
			case <-cctx.Done():
				return
			}
		}
	})
	wg.Go(func() { _ = sm.RunContext(cctx) })
	if err := s.WaitConnectCount(ctx, 3); err != nil {
		t.Fatal(err)
	}
}

func TestTooManyWebsockets(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	s.SetMaxConnections(1)
	startClient(t, s)
	if err := s.WaitConnections(ctx, 1); err != nil {
		t.Fatal(err)
	}
	// A second replica is refused again and again (slack-go reconnects at
	// once after a disconnect) and never gets a socket of its own.
	startClient(t, s)
	if err := s.WaitConnectCount(ctx, 4); err != nil {
		t.Fatal(err)
	}
	if got := s.Connections(); got != 1 {
		t.Fatalf("Connections() = %d, want 1", got)
	}
}
