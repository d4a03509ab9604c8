package teams

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Activity types and names this package reads or writes. Other types arrive
// too (typing, messageReaction, event, ...): they are accepted and ignored.
const (
	TypeMessage            = "message"
	TypeInvoke             = "invoke"
	TypeConversationUpdate = "conversationUpdate"
	TypeInstallationUpdate = "installationUpdate"

	// InvokeCardAction is the invoke name of an Adaptive Card
	// Action.Execute click.
	InvokeCardAction = "adaptiveCard/action"

	// ChannelTeams is the channel id of Microsoft Teams.
	ChannelTeams = "msteams"

	// EntityMention is the entity type of an @mention.
	EntityMention = "mention"
)

// Conversation types of Teams.
const (
	ConversationPersonal  = "personal"
	ConversationChannel   = "channel"
	ConversationGroupChat = "groupChat"
)

// Activity is the subset of the Bot Framework activity schema this front end
// reads (inbound) and writes (outbound). Unknown fields are dropped when
// decoding; unknown activity and entity types are kept as they are so that
// they can be ignored.
type Activity struct {
	Type         string               `json:"type"`
	ID           string               `json:"id,omitempty"`
	Timestamp    string               `json:"timestamp,omitempty"`
	ServiceURL   string               `json:"serviceUrl,omitempty"`
	ChannelID    string               `json:"channelId,omitempty"`
	From         *ChannelAccount      `json:"from,omitempty"`
	Conversation *ConversationAccount `json:"conversation,omitempty"`
	Recipient    *ChannelAccount      `json:"recipient,omitempty"`
	ReplyToID    string               `json:"replyToId,omitempty"`

	TextFormat  string       `json:"textFormat,omitempty"`
	Text        string       `json:"text,omitempty"`
	Summary     string       `json:"summary,omitempty"`
	Attachments []Attachment `json:"attachments,omitempty"`
	Entities    []Entity     `json:"entities,omitempty"`
	ChannelData *ChannelData `json:"channelData,omitempty"`
	Locale      string       `json:"locale,omitempty"`

	// Name and Value are an invoke's name and payload.
	Name  string          `json:"name,omitempty"`
	Value json.RawMessage `json:"value,omitempty"`

	// Action of an installationUpdate: "add", "remove", "add-upgrade",
	// "remove-upgrade".
	Action         string           `json:"action,omitempty"`
	MembersAdded   []ChannelAccount `json:"membersAdded,omitempty"`
	MembersRemoved []ChannelAccount `json:"membersRemoved,omitempty"`
}

// ChannelAccount is a user or bot. ID is the Bot Framework id ("29:…" for
// users, "28:<app id>" for bots); AADObjectID is the user's directory id,
// the same in every conversation.
type ChannelAccount struct {
	ID          string `json:"id"`
	Name        string `json:"name,omitempty"`
	AADObjectID string `json:"aadObjectId,omitempty"`
	Role        string `json:"role,omitempty"`
}

// ConversationAccount is the conversation an activity belongs to. In a
// channel thread ID ends in ";messageid=<root activity id>".
type ConversationAccount struct {
	ID               string `json:"id"`
	Name             string `json:"name,omitempty"`
	ConversationType string `json:"conversationType,omitempty"`
	TenantID         string `json:"tenantId,omitempty"`
	IsGroup          bool   `json:"isGroup,omitempty"`
}

// Attachment is a card or a file. Content is decoded as generic JSON when
// reading; when writing it holds a *Card.
type Attachment struct {
	ContentType string `json:"contentType"`
	Content     any    `json:"content,omitempty"`
	ContentURL  string `json:"contentUrl,omitempty"`
	Name        string `json:"name,omitempty"`
}

// Entity is an entity of an activity. Only mentions are read; other types
// (clientInfo, ...) are kept by type and ignored.
type Entity struct {
	Type      string          `json:"type"`
	Mentioned *ChannelAccount `json:"mentioned,omitempty"`
	// Text is the mention's markup as it appears in the activity's text,
	// e.g. "<at>techleader</at>".
	Text string `json:"text,omitempty"`
}

// ChannelData is the Teams channel data of an activity.
type ChannelData struct {
	Tenant    *IDName `json:"tenant,omitempty"`
	Team      *IDName `json:"team,omitempty"`
	Channel   *IDName `json:"channel,omitempty"`
	EventType string  `json:"eventType,omitempty"`
}

// IDName is an id with an optional display name.
type IDName struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
}

// ErrBadActivity is returned by ParseActivity for a body that is not an
// activity: invalid JSON, or no type, service URL or conversation.
var ErrBadActivity = errors.New("teams: not a valid activity")

// ParseActivity decodes one inbound activity. It fails, wrapping
// ErrBadActivity, on invalid JSON and on an activity without a type, a
// service URL or a conversation id; every other oddity (unknown types,
// entities, fields) is left for the caller to ignore.
func ParseActivity(body []byte) (*Activity, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	var a Activity
	if err := dec.Decode(&a); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadActivity, jsonProblem(err))
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: data after the activity", ErrBadActivity)
	}
	switch {
	case strings.TrimSpace(a.Type) == "":
		return nil, fmt.Errorf("%w: no type", ErrBadActivity)
	case a.ServiceURL == "":
		return nil, fmt.Errorf("%w: no serviceUrl", ErrBadActivity)
	case a.Conversation == nil || a.Conversation.ID == "":
		return nil, fmt.Errorf("%w: no conversation", ErrBadActivity)
	}
	return &a, nil
}

// jsonProblem describes a decoding error without quoting the input.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("invalid JSON at byte %d", syn.Offset)
	case errors.As(err, &typ):
		return fmt.Sprintf("field %q has the wrong type", typ.Field)
	default:
		return "invalid JSON"
	}
}

// TenantID is the activity's tenant: the conversation's, else the channel
// data's.
func (a *Activity) TenantID() string {
	if a.Conversation != nil && a.Conversation.TenantID != "" {
		return a.Conversation.TenantID
	}
	if a.ChannelData != nil && a.ChannelData.Tenant != nil {
		return a.ChannelData.Tenant.ID
	}
	return ""
}

// ConversationType is "personal", "channel" or "groupChat" (personal when
// Teams did not say).
func (a *Activity) ConversationType() string {
	if a.Conversation == nil || a.Conversation.ConversationType == "" {
		if a.Conversation != nil && a.Conversation.IsGroup {
			return ConversationGroupChat
		}
		return ConversationPersonal
	}
	return a.Conversation.ConversationType
}

// ConversationRef is what is needed to write to a conversation later
// (proactive messages: a consultant's reply, a reminder). It is stored per
// user; every field comes from a validated activity.
type ConversationRef struct {
	ServiceURL       string `json:"serviceUrl"`
	ChannelID        string `json:"channelId"`
	ConversationID   string `json:"conversationId"`
	ConversationType string `json:"conversationType,omitempty"`
	TenantID         string `json:"tenantId,omitempty"`
	// UserID is the user's Bot Framework id ("29:…"), needed to open a
	// personal conversation; UserAADObjectID is their directory id.
	UserID          string `json:"userId"`
	UserAADObjectID string `json:"userAadObjectId,omitempty"`
	// BotID is the bot's own id in the conversation ("28:<app id>").
	BotID string `json:"botId"`
}

// Ref returns the activity's conversation reference.
func (a *Activity) Ref() ConversationRef {
	r := ConversationRef{ServiceURL: a.ServiceURL, ChannelID: a.ChannelID, TenantID: a.TenantID(), ConversationType: a.ConversationType()}
	if a.Conversation != nil {
		r.ConversationID = a.Conversation.ID
	}
	if a.From != nil {
		r.UserID, r.UserAADObjectID = a.From.ID, a.From.AADObjectID
	}
	if a.Recipient != nil {
		r.BotID = a.Recipient.ID
	}
	return r
}
