package slacktest_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

func meta(id string) slack.SlackMetadata {
	return slack.SlackMetadata{EventType: "techleader_handoff", EventPayload: map[string]any{"handoff_id": id}}
}

// Metadata sent with chat.postMessage is held on the message, answered
// back, and listed by conversations.history with include_all_metadata only.
func TestHistoryMetadataDecodes(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)

	_, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("card", false), slack.MsgOptionMetadata(meta("h1")))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("plain", false)); err != nil {
		t.Fatal(err)
	}
	msgs := s.Messages("C1")
	if len(msgs) != 2 || msgs[0].TS != ts {
		t.Fatalf("messages = %+v", msgs)
	}
	var held slack.SlackMetadata
	if err := json.Unmarshal(msgs[0].Metadata, &held); err != nil || held.EventType != "techleader_handoff" || held.EventPayload["handoff_id"] != "h1" {
		t.Errorf("held metadata = %s (%v)", msgs[0].Metadata, err)
	}
	if msgs[1].Metadata != nil {
		t.Errorf("metadata on a message sent without: %s", msgs[1].Metadata)
	}

	resp, err := api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "C1", IncludeAllMetadata: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Messages) != 2 || resp.HasMore || resp.ResponseMetaData.NextCursor != "" {
		t.Fatalf("history = %+v", resp)
	}
	first, second := resp.Messages[0], resp.Messages[1]
	if first.Text != "plain" || second.Text != "card" || second.Timestamp != ts {
		t.Errorf("not newest first: %q %q", first.Text, second.Text)
	}
	if second.Type != "message" || second.User != slacktest.BotUserID || second.BotID != slacktest.BotID {
		t.Errorf("message = type %q user %q bot_id %q", second.Type, second.User, second.BotID)
	}
	if second.Metadata.EventType != "techleader_handoff" || second.Metadata.EventPayload["handoff_id"] != "h1" {
		t.Errorf("metadata = %+v", second.Metadata)
	}
	if first.Metadata.EventType != "" {
		t.Errorf("metadata on the plain message: %+v", first.Metadata)
	}

	resp, err = api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "C1"})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Messages) != 2 || resp.Messages[1].Metadata.EventType != "" {
		t.Errorf("metadata without include_all_metadata: %+v", resp.Messages)
	}

	// chat.update keeps the metadata unless it sends some.
	if _, _, _, err := api.UpdateMessageContext(ctx, "C1", ts, slack.MsgOptionText("card, claimed", false)); err != nil {
		t.Fatal(err)
	}
	if m := s.Messages("C1")[0]; string(m.Metadata) != string(msgs[0].Metadata) {
		t.Errorf("metadata after chat.update = %s", m.Metadata)
	}
}

func TestPostMessageRefusesBadMetadata(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)
	for _, bad := range []slack.SlackMetadata{{EventType: "", EventPayload: map[string]any{"a": 1}}, {EventType: "x"}} {
		if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("x", false), slack.MsgOptionMetadata(bad)); err == nil {
			t.Errorf("metadata %+v accepted", bad)
		} else {
			slackErr(t, err, "invalid_metadata_schema")
		}
	}
	if n := len(s.Messages("")); n != 0 {
		t.Errorf("%d messages posted", n)
	}
}

// conversations.history honours oldest, latest, inclusive, limit and the
// cursor; thread replies, ephemeral and deleted messages are not listed.
func TestHistoryPaging(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)
	var ts []string // oldest first
	for i := range 7 {
		_, t1, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText(strconv.Itoa(i), false))
		if err != nil {
			t.Fatal(err)
		}
		ts = append(ts, t1)
	}
	// Noise: another channel, a reply, an ephemeral message, a deleted one.
	if _, _, err := api.PostMessageContext(ctx, "C2", slack.MsgOptionText("elsewhere", false)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("reply", false), slack.MsgOptionTS(ts[0])); err != nil {
		t.Fatal(err)
	}
	if _, err := api.PostEphemeralContext(ctx, "C1", "U1", slack.MsgOptionText("secret", false)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := api.DeleteMessageContext(ctx, "C1", ts[6]); err != nil {
		t.Fatal(err)
	}

	texts := func(ms []slack.Message) string {
		var out []string
		for _, m := range ms {
			out = append(out, m.Text)
		}
		return fmt.Sprint(out)
	}
	var pages []string
	cursor := ""
	for {
		resp, err := api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{
			ChannelID: "C1", Oldest: ts[0], Limit: 2, Cursor: cursor, IncludeAllMetadata: true,
		})
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, texts(resp.Messages))
		if resp.HasMore != (resp.ResponseMetaData.NextCursor != "") {
			t.Fatalf("has_more %v with next_cursor %q", resp.HasMore, resp.ResponseMetaData.NextCursor)
		}
		if !resp.HasMore {
			break
		}
		cursor = resp.ResponseMetaData.NextCursor
	}
	if got, want := fmt.Sprint(pages), "[[5 4] [3 2] [1]]"; got != want {
		t.Errorf("pages = %s, want %s (oldest excluded)", got, want)
	}

	resp, err := api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{
		ChannelID: "C1", Oldest: ts[0], Latest: ts[2], Inclusive: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := texts(resp.Messages); got != "[2 1 0]" {
		t.Errorf("inclusive oldest..latest = %s", got)
	}
	if p := resp.Messages[2]; p.ThreadTimestamp != ts[0] || p.ReplyCount != 1 || p.LatestReply == "" {
		t.Errorf("thread parent = thread_ts %q reply_count %d latest_reply %q", p.ThreadTimestamp, p.ReplyCount, p.LatestReply)
	}

	_, err = api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "C1", Cursor: "garbage"})
	slackErr(t, err, "invalid_cursor")
	_, err = api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: "C1", Oldest: "yesterday"})
	slackErr(t, err, "invalid_ts_oldest")
}

// With SetClock, timestamps follow the clock, so oldest can be a time.
func TestHistorySetClock(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)
	_, before, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("old", false))
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2030, 1, 2, 3, 4, 5, 6000, time.UTC)
	s.SetClock(func() time.Time { return at })
	var got []string
	for range 2 {
		_, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("new", false))
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, ts)
	}
	want0 := fmt.Sprintf("%d.000006", at.Unix())
	if got[0] != want0 || got[1] != fmt.Sprintf("%d.000007", at.Unix()) || before >= got[0] {
		t.Errorf("ts = %q then %v, want %s and one microsecond more", before, got, want0)
	}
	resp, err := api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{
		ChannelID: "C1", Oldest: strconv.FormatInt(at.Add(-time.Minute).Unix(), 10),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Messages) != 2 {
		t.Errorf("%d messages since a minute before the clock, want 2", len(resp.Messages))
	}
}

// A Served fault posts the message and still answers the failure.
func TestFaultServed(t *testing.T) {
	s := slacktest.New(t)
	ctx := guard(t)
	api := newAPI(s)
	s.FailNext("chat.postMessage", 1, slacktest.Fault{Status: 500, Served: true})
	if _, _, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("lost answer", false)); err == nil {
		t.Fatal("no error")
	}
	if ms := s.Messages("C1"); len(ms) != 1 || ms[0].Text != "lost answer" {
		t.Errorf("messages = %+v, want the post held", ms)
	}
}
