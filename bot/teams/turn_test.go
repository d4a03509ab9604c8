package teams_test

import (
	"encoding/json"
	"testing"

	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/teams/teamstest"
	"github.com/springfield/techleader/conversation"
)

// parse sends a through the wire format, as the handler gets it.
func parse(t *testing.T, a teamstest.Activity) *teams.Turn {
	t.Helper()
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	act, err := teams.ParseActivity(b)
	if err != nil {
		t.Fatal(err)
	}
	return teams.ParseTurn(act)
}

// turnCase is a case of TestParseTurn: an activity and the turn it must
// parse to.
type turnCase struct {
	name     string
	a        teamstest.Activity
	kind     teams.TurnKind
	text     string
	thread   string
	replyTo  string
	command  teams.Command
	input    conversation.Input
	wantUser string // "" for ann
}

// check compares turn, parsed from c.a as bf delivered it, with c.
func (c turnCase) check(t *testing.T, turn *teams.Turn, bf *teamstest.Server, ann teamstest.Account) {
	t.Helper()
	if turn.Kind != c.kind {
		t.Fatalf("kind %v, want %v", turn.Kind, c.kind)
	}
	if c.kind == teams.TurnIgnore {
		return
	}
	want := c.wantUser
	if want == "" {
		want = ann.AADObjectID
	}
	if turn.Key.User != want || turn.Key.Platform != teams.Platform || turn.Key.Team != teamstest.TenantID {
		t.Errorf("key %+v", turn.Key)
	}
	if turn.Text != c.text || turn.Key.Thread != c.thread || turn.ReplyTo != c.replyTo || turn.Command != c.command {
		t.Errorf("text %q thread %q replyTo %q command %q; want %q %q %q %q", turn.Text, turn.Key.Thread, turn.ReplyTo, turn.Command, c.text, c.thread, c.replyTo, c.command)
	}
	if turn.Input != c.input {
		t.Errorf("input %+v, want %+v", turn.Input, c.input)
	}
	if turn.Ref.ServiceURL != bf.ServiceURL() || turn.Ref.ConversationID != c.a.Conversation.ID || turn.Ref.BotID != teamstest.BotID || turn.Ref.TenantID != teamstest.TenantID {
		t.Errorf("ref %+v", turn.Ref)
	}
}

func TestParseTurn(t *testing.T) {
	bf := teamstest.New(t)
	ann := teamstest.User("ann")
	channel := teamstest.ChannelConversation("general")
	group := teamstest.GroupConversation("leads")

	mention := bf.ChannelMention(ann, channel, "do we need a CIO?")
	groupMsg := bf.GroupMention(ann, group, "help")
	reply := bf.ThreadReply(ann, channel, "1700000000007", "and a CTO?")
	otherMention := bf.Message(ann, "<at>Bob</at> said hi &amp; <p>bye</p>")
	otherMention.Entities = append(otherMention.Entities, map[string]any{"type": "mention", "text": "<at>Bob</at>", "mentioned": map[string]any{"id": "29:bob"}})
	spoof := bf.ChannelMention(ann, channel, "hi")
	spoof.Entities = spoof.Entities[:1] // the <at>techleader</at> text stays, the entity is gone
	fromBot := bf.Message(ann, "echo")
	fromBot.From = &teamstest.Account{ID: teamstest.BotID}
	webchat := bf.Message(ann, "hi")
	webchat.ChannelID = "webchat"
	noAAD := bf.Message(teamstest.Account{ID: "29:legacy"}, "hi")
	unknownEntity := bf.Message(ann, "hello")
	unknownEntity.Entities = append(unknownEntity.Entities, map[string]any{"type": "https://schema.org/Message", "@context": "x"})

	cases := []turnCase{
		{name: "personal message", a: bf.Message(ann, "  Do I need   a CTO? "), kind: teams.TurnMessage, text: "Do I need a CTO?", input: conversation.Text("Do I need a CTO?")},
		{name: "channel mention starts a thread", a: mention, kind: teams.TurnMessage, text: "do we need a CIO?",
			thread: channel + "/" + mention.ID, replyTo: mention.ID, input: conversation.Text("do we need a CIO?")},
		{name: "reply in a thread", a: reply, kind: teams.TurnMessage, text: "and a CTO?", thread: channel + "/1700000000007", replyTo: "1700000000007", input: conversation.Text("and a CTO?")},
		{name: "group chat mention", a: groupMsg, kind: teams.TurnMessage, text: "help", thread: group, replyTo: groupMsg.ID,
			command: teams.CommandHelp, input: conversation.Cmd(conversation.CommandHelp)},
		{name: "other mentions become names", a: otherMention, kind: teams.TurnMessage, text: "Bob said hi & bye", input: conversation.Text("Bob said hi & bye")},
		{name: "mention text without entity", a: spoof, kind: teams.TurnIgnore},
		{name: "the bot's own message", a: fromBot, kind: teams.TurnIgnore},
		{name: "another channel", a: webchat, kind: teams.TurnIgnore},
		{name: "typing", a: bf.Typing(ann), kind: teams.TurnIgnore},
		{name: "unknown entity type", a: unknownEntity, kind: teams.TurnMessage, text: "hello", input: conversation.Text("hello")},
		{name: "no directory id", a: noAAD, kind: teams.TurnMessage, text: "hi", input: conversation.Text("hi"), wantUser: "29:legacy"},
		{name: "assess", a: bf.Message(ann, "Assess"), kind: teams.TurnMessage, text: "Assess", command: teams.CommandAssess, input: conversation.Cmd(conversation.CommandStart)},
		{name: "ask with a question", a: bf.Message(ann, "ask what is a vCIO?"), kind: teams.TurnMessage, text: "ask what is a vCIO?", command: teams.CommandAsk, input: conversation.Text("what is a vCIO?")},
		{name: "end", a: bf.Message(ann, "/end"), kind: teams.TurnMessage, text: "/end", command: teams.CommandEnd},
		{name: "a sentence starting with a command word", a: bf.Message(ann, "help me choose"), kind: teams.TurnMessage, text: "help me choose", input: conversation.Text("help me choose")},
		{name: "installed", a: bf.Installed(ann), kind: teams.TurnInstalled},
		{name: "uninstalled", a: bf.Uninstalled(ann), kind: teams.TurnUninstalled},
		{name: "added to a team", a: bf.BotAdded(ann, channel, "channel"), kind: teams.TurnInstalled, thread: channel},
		{name: "choice click", a: bf.CardAction(ann, teamstest.PersonalConversation(ann), "personal", teams.VerbChoice,
			map[string]any{"tlOwner": ann.AADObjectID, "tlRound": "3", "tlQuestion": "size", "tlValue": "11-50"}),
			kind: teams.TurnCardAction, input: conversation.Choice(3, "size", "11-50")},
		{name: "action click", a: bf.CardAction(ann, teamstest.PersonalConversation(ann), "personal", teams.VerbAction,
			map[string]any{"tlOwner": ann.AADObjectID, "tlAction": "consult"}),
			kind: teams.TurnCardAction, input: conversation.Cmd(conversation.CommandConsult)},
		{name: "click without owner", a: bf.CardAction(ann, teamstest.PersonalConversation(ann), "personal", teams.VerbAction,
			map[string]any{"tlAction": "consult"}), kind: teams.TurnIgnore},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.check(t, parse(t, c.a), bf, ann)
		})
	}
}

func TestParseActivityRefusesNonActivities(t *testing.T) {
	for _, body := range []string{``, `null`, `"x"`, `{}`, `{"type":"message"}`, `{"type":"message","serviceUrl":"https://x/"}`, `{"type":1}`} {
		if _, err := teams.ParseActivity([]byte(body)); err == nil {
			t.Errorf("ParseActivity(%q) accepted it", body)
		}
	}
}
