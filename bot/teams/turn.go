package teams

import (
	"encoding/json"
	"html"
	"regexp"
	"strconv"
	"strings"

	"github.com/springfield/techleader/conversation"
)

// Platform is the conversation.Key platform of Teams users.
const Platform = "teams"

// TurnKind says what an inbound activity asks of the bot.
type TurnKind uint8

const (
	// TurnIgnore: nothing to do (an unknown type, the bot's own message, a
	// channel message that does not mention the bot, another channel).
	TurnIgnore TurnKind = iota
	// TurnMessage: the user wrote to the bot (personal chat, or an
	// @mention in a channel or group chat).
	TurnMessage
	// TurnCardAction: the user clicked an Action.Execute button of one of
	// the bot's cards (an invoke: it is answered with an InvokeResponse).
	TurnCardAction
	// TurnInstalled: the bot was added to a personal chat, team or group
	// chat (greet the user).
	TurnInstalled
	// TurnUninstalled: the bot was removed (forget stored references).
	TurnUninstalled
)

func (k TurnKind) String() string {
	switch k {
	case TurnMessage:
		return "message"
	case TurnCardAction:
		return "card_action"
	case TurnInstalled:
		return "installed"
	case TurnUninstalled:
		return "uninstalled"
	default:
		return "ignore"
	}
}

// Command is a command typed as text (Teams has no slash commands for
// bots; the app manifest lists these for the compose box).
type Command string

const (
	CommandHelp    Command = "help"
	CommandAsk     Command = "ask"
	CommandAssess  Command = "assess"
	CommandRestart Command = "restart"
	CommandStatus  Command = "status"
	CommandConsult Command = "consult"
	CommandEnd     Command = "end"
	CommandForget  Command = "forget"
)

// Commands lists the typed commands in the order the manifest shows them.
var Commands = []Command{CommandHelp, CommandAsk, CommandAssess, CommandRestart, CommandStatus, CommandConsult, CommandEnd, CommandForget}

// Turn is one inbound activity, parsed: who, where, and what they asked.
type Turn struct {
	Kind     TurnKind
	Activity *Activity

	// Key is the user's conversation: Thread is "" in personal chat, the
	// channel and root message in a channel thread, the chat id in a group
	// chat. Key.User is the user's directory id (their Bot Framework id
	// when there is none).
	Key conversation.Key
	// Ref is the conversation reference to store for proactive messages.
	Ref ConversationRef
	// ReplyTo is the activity id replies go to: the thread's root in a
	// channel, the activity itself in a group chat, "" in personal chat.
	ReplyTo string

	// Text is the message with the bot's own mention removed, other
	// mentions reduced to names, HTML entities decoded and spaces
	// collapsed. RAW USER TEXT.
	Text string
	// Command is the typed command when the whole message is one
	// ("help", "ask <question>", ...); "" otherwise.
	Command Command
	// Input is the engine input of a message or a card click; its Kind is
	// 0 for turns that have none (installs, "end").
	Input conversation.Input

	// Action is the clicked button of a TurnCardAction.
	Action *CardAction
}

// Personal reports whether the turn is in the user's personal chat.
func (t *Turn) Personal() bool { return t.Key.Thread == "" }

// ParseTurn classifies a validated activity. It never fails: what it does
// not understand becomes TurnIgnore.
func ParseTurn(a *Activity) *Turn {
	t := &Turn{Activity: a, Ref: a.Ref()}
	if a.ChannelID != ChannelTeams || a.From == nil || a.From.ID == "" || a.Recipient == nil || a.Recipient.ID == "" {
		return t
	}
	if a.From.ID == a.Recipient.ID {
		return t // the bot's own activity
	}
	t.Key, t.ReplyTo = keyOf(a)
	if !t.Key.Valid() {
		return t
	}
	switch a.Type {
	case TypeMessage:
		parseMessage(t, a)
	case TypeInvoke:
		if a.Name == InvokeCardAction {
			if act, ok := parseCardAction(a.Value); ok {
				t.Kind, t.Action, t.Input = TurnCardAction, act, act.Input()
			}
		}
	case TypeInstallationUpdate:
		switch a.Action {
		case "add", "add-upgrade":
			t.Kind = TurnInstalled
		case "remove", "remove-upgrade":
			t.Kind = TurnUninstalled
		}
	case TypeConversationUpdate:
		if hasMember(a.MembersAdded, a.Recipient.ID) {
			t.Kind = TurnInstalled
		} else if hasMember(a.MembersRemoved, a.Recipient.ID) {
			t.Kind = TurnUninstalled
		}
	}
	if t.Kind == TurnInstalled || t.Kind == TurnUninstalled {
		// An install is about the conversation, answered at its top.
		t.Key.Thread, t.ReplyTo = "", ""
		if a.ConversationType() != ConversationPersonal {
			t.Key.Thread = a.Conversation.ID
		}
	}
	return t
}

// keyOf names the conversation of an activity and where replies go.
func keyOf(a *Activity) (conversation.Key, string) {
	user := a.From.AADObjectID
	if user == "" {
		user = a.From.ID
	}
	k := conversation.Key{Platform: Platform, Team: a.TenantID(), User: user}
	switch a.ConversationType() {
	case ConversationChannel:
		base, root := splitThread(a.Conversation.ID)
		if root == "" {
			root = a.ReplyToID
		}
		if root == "" {
			root = a.ID
		}
		k.Thread = base + "/" + root
		return k, root
	case ConversationGroupChat:
		k.Thread = a.Conversation.ID
		return k, a.ID
	default:
		return k, ""
	}
}

// splitThread splits a channel conversation id into the channel and the
// thread's root activity id ("" when the id names the channel only).
func splitThread(id string) (base, root string) {
	base, root, _ = strings.Cut(id, ";messageid=")
	return base, root
}

func hasMember(ms []ChannelAccount, id string) bool {
	for _, m := range ms {
		if m.ID == id {
			return true
		}
	}
	return false
}

// parseMessage fills a message turn. Outside personal chat only messages
// that mention the bot (by entity, never by text) are the bot's business.
func parseMessage(t *Turn, a *Activity) {
	mentioned := false
	text := a.Text
	for _, e := range a.Entities {
		if e.Type != EntityMention || e.Mentioned == nil || e.Mentioned.ID != a.Recipient.ID {
			continue
		}
		mentioned = true
		if e.Text != "" {
			text = strings.ReplaceAll(text, e.Text, " ")
		}
	}
	if !t.Personal() && !mentioned {
		return
	}
	t.Text = cleanText(text)
	if t.Text == "" && len(a.Attachments) == 0 {
		return
	}
	t.Kind = TurnMessage
	t.Command, t.Input = parseCommand(t.Text)
}

var (
	atTag   = regexp.MustCompile(`(?is)<at[^>]*>(.*?)</at>`)
	anyTag  = regexp.MustCompile(`(?s)</?[a-zA-Z][^<>]*>`)
	rawTags = regexp.MustCompile(`(?i)</?(p|div|span|br|at|b|i|strong|em)\b`)
)

// cleanText turns a message's text into what the user wrote: other
// people's mentions become their names, the little HTML Teams adds
// (paragraphs, entities) is removed, spaces are collapsed.
func cleanText(s string) string {
	s = atTag.ReplaceAllString(s, "$1")
	if rawTags.MatchString(s) {
		s = anyTag.ReplaceAllString(s, " ")
	}
	s = html.UnescapeString(s)
	return strings.Join(strings.Fields(s), " ")
}

// parseCommand recognises a typed command: the whole message is the
// command word (any case, an optional leading "/"), or "ask <question>".
// Anything else is text for the engine.
func parseCommand(text string) (Command, conversation.Input) {
	word, rest, _ := strings.Cut(text, " ")
	word = strings.ToLower(strings.TrimPrefix(word, "/"))
	rest = strings.TrimSpace(rest)
	if word == string(CommandAsk) && rest != "" {
		return CommandAsk, conversation.Text(rest)
	}
	if rest != "" {
		return "", conversation.Text(text)
	}
	switch Command(word) {
	case CommandHelp:
		return CommandHelp, conversation.Cmd(conversation.CommandHelp)
	case CommandAsk:
		return CommandAsk, conversation.Cmd(conversation.CommandHelp)
	case CommandAssess:
		return CommandAssess, conversation.Cmd(conversation.CommandStart)
	case CommandRestart:
		return CommandRestart, conversation.Cmd(conversation.CommandRestart)
	case CommandStatus:
		return CommandStatus, conversation.Cmd(conversation.CommandStatus)
	case CommandConsult:
		return CommandConsult, conversation.Cmd(conversation.CommandConsult)
	case CommandForget:
		return CommandForget, conversation.Cmd(conversation.CommandForget)
	case CommandEnd:
		return CommandEnd, conversation.Input{} // ends a handoff: not the engine's
	}
	return "", conversation.Text(text)
}

// Verbs of the bot's Action.Execute buttons.
const (
	VerbChoice        = "tl.choice"  // an assessment question's option
	VerbAction        = "tl.action"  // an engine action (start, consult, ...)
	VerbAsk           = "tl.ask"     // a related article: ask about it
	VerbContactSubmit = "tl.contact" // the contact form's send button
	VerbContactSkip   = "tl.contact.skip"
)

// CardAction is a clicked Action.Execute button, read back from the data
// the bot put on it (plus the card's inputs, which Teams merges in).
type CardAction struct {
	Verb string
	// Owner is the Key.User the card was rendered for; a click by anyone
	// else is refused.
	Owner string
	// Round, Question and Value identify a VerbChoice option.
	Round    int
	Question string
	Value    string
	// Action is a VerbAction's engine action id; Article a VerbAsk's
	// article title.
	Action  conversation.ActionID
	Article string
	// Inputs are the card's input values (the contact form), by input id.
	Inputs map[string]string
}

// Data keys of the bot's buttons.
const (
	dataOwner    = "tlOwner"
	dataRound    = "tlRound"
	dataQuestion = "tlQuestion"
	dataValue    = "tlValue"
	dataAction   = "tlAction"
	dataArticle  = "tlArticle"
)

// parseCardAction reads an adaptiveCard/action invoke's value.
func parseCardAction(raw json.RawMessage) (*CardAction, bool) {
	var v struct {
		Action struct {
			Type string         `json:"type"`
			Verb string         `json:"verb"`
			Data map[string]any `json:"data"`
		} `json:"action"`
	}
	if json.Unmarshal(raw, &v) != nil || v.Action.Type != "Action.Execute" || v.Action.Verb == "" {
		return nil, false
	}
	str := func(k string) string {
		switch x := v.Action.Data[k].(type) {
		case string:
			return x
		case float64:
			return strconv.FormatFloat(x, 'f', -1, 64)
		case bool:
			return strconv.FormatBool(x)
		}
		return ""
	}
	ca := &CardAction{Verb: v.Action.Verb, Owner: str(dataOwner), Question: str(dataQuestion), Value: str(dataValue),
		Action: conversation.ActionID(str(dataAction)), Article: str(dataArticle), Inputs: map[string]string{}}
	ca.Round, _ = strconv.Atoi(str(dataRound))
	for k := range v.Action.Data {
		if !strings.HasPrefix(k, "tl") {
			ca.Inputs[k] = str(k)
		}
	}
	return ca, ca.Owner != ""
}

// Input is the engine input of the click: a choice, an engine command, or
// a question about an article; zero for the contact form's buttons.
func (c *CardAction) Input() conversation.Input {
	switch c.Verb {
	case VerbChoice:
		if c.Question != "" && c.Value != "" {
			return conversation.Choice(c.Round, c.Question, c.Value)
		}
	case VerbAction:
		if c.Action != "" {
			return conversation.Cmd(conversation.Command(c.Action))
		}
	case VerbAsk:
		if c.Article != "" {
			return conversation.Text(c.Article)
		}
	}
	return conversation.Input{}
}
