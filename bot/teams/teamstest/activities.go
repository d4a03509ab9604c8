package teamstest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// Activity is a Bot Framework activity as it travels on the wire, in the
// fake's own terms (it deliberately does not share the bot's types).
type Activity struct {
	Type           string           `json:"type"`
	ID             string           `json:"id,omitempty"`
	Timestamp      string           `json:"timestamp,omitempty"`
	ServiceURL     string           `json:"serviceUrl,omitempty"`
	ChannelID      string           `json:"channelId,omitempty"`
	From           *Account         `json:"from,omitempty"`
	Conversation   *Conversation    `json:"conversation,omitempty"`
	Recipient      *Account         `json:"recipient,omitempty"`
	ReplyToID      string           `json:"replyToId,omitempty"`
	TextFormat     string           `json:"textFormat,omitempty"`
	Text           string           `json:"text,omitempty"`
	Summary        string           `json:"summary,omitempty"`
	Attachments    []Attachment     `json:"attachments,omitempty"`
	Entities       []map[string]any `json:"entities,omitempty"`
	ChannelData    map[string]any   `json:"channelData,omitempty"`
	Locale         string           `json:"locale,omitempty"`
	Name           string           `json:"name,omitempty"`
	Value          any              `json:"value,omitempty"`
	Action         string           `json:"action,omitempty"`
	MembersAdded   []Account        `json:"membersAdded,omitempty"`
	MembersRemoved []Account        `json:"membersRemoved,omitempty"`
}

// Account is a user or the bot.
type Account struct {
	ID          string `json:"id"`
	Name        string `json:"name,omitempty"`
	AADObjectID string `json:"aadObjectId,omitempty"`
	Role        string `json:"role,omitempty"`
}

// Conversation is an activity's conversation.
type Conversation struct {
	ID               string `json:"id"`
	ConversationType string `json:"conversationType,omitempty"`
	TenantID         string `json:"tenantId,omitempty"`
	IsGroup          bool   `json:"isGroup,omitempty"`
	Name             string `json:"name,omitempty"`
}

// Attachment is a card (or a file) of an activity.
type Attachment struct {
	ContentType string          `json:"contentType"`
	Content     json.RawMessage `json:"content,omitempty"`
	ContentURL  string          `json:"contentUrl,omitempty"`
	Name        string          `json:"name,omitempty"`
}

// AdaptiveCardType is the content type of Adaptive Card attachments.
const AdaptiveCardType = "application/vnd.microsoft.card.adaptive"

// Bot is the bot's account, as the recipient of inbound activities.
func Bot() Account { return Account{ID: BotID, Name: BotName} }

// User returns a test user named name: a stable "29:…" id and directory id.
func User(name string) Account {
	sum := sha256.Sum256([]byte(name))
	h := hex.EncodeToString(sum[:])
	aad := h[0:8] + "-" + h[8:12] + "-4" + h[13:16] + "-8" + h[17:20] + "-" + h[20:32]
	return Account{ID: "29:1" + h[:40], Name: name, AADObjectID: aad}
}

// PersonalConversation is the id of the bot's personal chat with u.
func PersonalConversation(u Account) string { return personalID(u.ID) }

func personalID(userID string) string {
	sum := sha256.Sum256([]byte("personal:" + userID))
	return "a:1" + hex.EncodeToString(sum[:13])
}

// ChannelConversation is the id of a team channel named name.
func ChannelConversation(name string) string { return "19:" + name + "@thread.tacv2" }

// ThreadConversation is the id of the thread of channel started by root.
func ThreadConversation(channel, root string) string { return channel + ";messageid=" + root }

// GroupConversation is the id of a group chat named name.
func GroupConversation(name string) string { return "19:" + name + "@thread.v2" }

// nextID returns a fresh, increasing activity id (Teams' are epoch
// milliseconds).
func (s *Server) nextID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.nextIDLocked()
}

func (s *Server) nextIDLocked() string {
	s.seq++
	return strconv.FormatInt(1700000000000+s.seq, 10)
}

func (s *Server) base(typ string, from Account, conv Conversation) Activity {
	conv.TenantID = TenantID
	bot := Bot()
	return Activity{
		Type: typ, ID: s.nextID(), Timestamp: time.Now().UTC().Format(time.RFC3339Nano),
		ServiceURL: s.ServiceURL(), ChannelID: ChannelID, From: &from, Recipient: &bot,
		Conversation: &conv, Locale: "en-US",
		Entities:    []map[string]any{{"type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web"}},
		ChannelData: map[string]any{"tenant": map[string]any{"id": TenantID}},
	}
}

// Message is a message from u in their personal chat with the bot.
func (s *Server) Message(u Account, text string) Activity {
	a := s.base("message", u, Conversation{ID: PersonalConversation(u), ConversationType: "personal"})
	a.Text, a.TextFormat = text, "plain"
	return a
}

// ChannelMention is a new post by u in channel that @mentions the bot
// before text; its conversation is the thread it starts.
func (s *Server) ChannelMention(u Account, channel, text string) Activity {
	id := s.nextID()
	a := s.base("message", u, Conversation{ID: ThreadConversation(channel, id), ConversationType: "channel", IsGroup: true})
	a.ID = id
	mentionBot(&a, text)
	a.ChannelData["channel"] = map[string]any{"id": channel}
	a.ChannelData["team"] = map[string]any{"id": channel}
	return a
}

// ThreadReply is u's reply in the thread of channel rooted at root that
// @mentions the bot before text.
func (s *Server) ThreadReply(u Account, channel, root, text string) Activity {
	a := s.base("message", u, Conversation{ID: ThreadConversation(channel, root), ConversationType: "channel", IsGroup: true})
	a.ReplyToID = root
	mentionBot(&a, text)
	a.ChannelData["channel"] = map[string]any{"id": channel}
	return a
}

// GroupMention is u's message in a group chat that @mentions the bot.
func (s *Server) GroupMention(u Account, chat, text string) Activity {
	a := s.base("message", u, Conversation{ID: chat, ConversationType: "groupChat", IsGroup: true})
	mentionBot(&a, text)
	return a
}

func mentionBot(a *Activity, text string) {
	at := "<at>" + BotName + "</at>"
	a.Text, a.TextFormat = at+" "+text, "plain"
	a.Entities = append(a.Entities, map[string]any{
		"type": "mention", "text": at,
		"mentioned": map[string]any{"id": BotID, "name": BotName},
	})
}

// CardAction is u's click on an Action.Execute button with verb and data
// in conv (a conversation id of any type; conversationType says which).
func (s *Server) CardAction(u Account, conv, conversationType, verb string, data map[string]any) Activity {
	a := s.base("invoke", u, Conversation{ID: conv, ConversationType: conversationType, IsGroup: conversationType != "personal"})
	a.Name = "adaptiveCard/action"
	a.Value = map[string]any{
		"action":  map[string]any{"type": "Action.Execute", "verb": verb, "data": data},
		"trigger": "manual",
	}
	return a
}

// Installed is the installationUpdate Teams sends when u adds the bot to
// their personal scope.
func (s *Server) Installed(u Account) Activity {
	a := s.base("installationUpdate", u, Conversation{ID: PersonalConversation(u), ConversationType: "personal"})
	a.Action = "add"
	return a
}

// Uninstalled is the installationUpdate of u removing the bot.
func (s *Server) Uninstalled(u Account) Activity {
	a := s.Installed(u)
	a.Action = "remove"
	return a
}

// BotAdded is the conversationUpdate of the bot joining conv (a team's
// channel or a group chat), added by u.
func (s *Server) BotAdded(u Account, conv, conversationType string) Activity {
	a := s.base("conversationUpdate", u, Conversation{ID: conv, ConversationType: conversationType, IsGroup: true})
	a.MembersAdded = []Account{Bot()}
	a.ChannelData["eventType"] = "teamMemberAdded"
	return a
}

// Typing is a typing indicator from u: an activity type the bot ignores.
func (s *Server) Typing(u Account) Activity {
	return s.base("typing", u, Conversation{ID: PersonalConversation(u), ConversationType: "personal"})
}

// Card returns the Adaptive Card of an activity's first card attachment,
// decoded, or an error when there is none.
func (a Activity) Card() (map[string]any, error) {
	for _, at := range a.Attachments {
		if at.ContentType == AdaptiveCardType {
			var m map[string]any
			if err := json.Unmarshal(at.Content, &m); err != nil {
				return nil, fmt.Errorf("teamstest: card: %w", err)
			}
			return m, nil
		}
	}
	return nil, fmt.Errorf("teamstest: activity %s has no Adaptive Card", a.ID)
}
