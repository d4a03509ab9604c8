package teamstest

import (
	"encoding/json"
	"fmt"
	"maps"
	"strings"
)

// Readers of what a bot posts, as a Teams client reads it: the text and
// the Action.Execute buttons of Adaptive Cards, clicks on them, and the
// invoke responses that replace a clicked card.

// Card is a decoded Adaptive Card.
type Card map[string]any

// Button is an Action.Execute button of a card.
type Button struct {
	Title string
	Verb  string
	Data  map[string]any
}

// CardOf decodes the first Adaptive Card of p's activity.
func CardOf(p Posted) (Card, error) {
	c, err := p.Activity.Card()
	return Card(c), err
}

// walk calls f on every element of the card (body, actions, nested
// containers and action sets), depth first.
func (c Card) walk(f func(el map[string]any)) {
	var visit func(v any)
	visit = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e)
			}
		case map[string]any:
			f(x)
			for _, k := range []string{"body", "items", "actions", "columns"} {
				if sub, ok := x[k]; ok {
					visit(sub)
				}
			}
		}
	}
	visit(map[string]any(c))
}

// Texts are the texts of the card's TextBlocks, in order.
func (c Card) Texts() []string {
	var out []string
	c.walk(func(el map[string]any) {
		if el["type"] == "TextBlock" {
			s, _ := el["text"].(string)
			out = append(out, s)
		}
	})
	return out
}

// Text is the card's text, one TextBlock per line.
func (c Card) Text() string { return strings.Join(c.Texts(), "\n") }

// Buttons are the card's Action.Execute buttons, in order.
func (c Card) Buttons() []Button {
	var out []Button
	c.walk(func(el map[string]any) {
		if el["type"] != "Action.Execute" {
			return
		}
		b := Button{}
		b.Title, _ = el["title"].(string)
		b.Verb, _ = el["verb"].(string)
		b.Data, _ = el["data"].(map[string]any)
		out = append(out, b)
	})
	return out
}

// Input is the value the card's input id shows (Input.Text,
// Input.ChoiceSet, ...), and whether the card has that input.
func (c Card) Input(id string) (string, bool) {
	val, found := "", false
	c.walk(func(el map[string]any) {
		t, _ := el["type"].(string)
		if found || !strings.HasPrefix(t, "Input.") || el["id"] != id {
			return
		}
		val, _ = el["value"].(string)
		found = true
	})
	return val, found
}

// Quiet reports whether every TextBlock of the card is subtle: how a bot
// shows a short note (which may still offer buttons).
func (c Card) Quiet() bool {
	quiet, texts := true, 0
	c.walk(func(el map[string]any) {
		if el["type"] == "TextBlock" {
			texts++
			if sub, _ := el["isSubtle"].(bool); !sub {
				quiet = false
			}
		}
	})
	return quiet && texts > 0
}

// ConversationType is the conversation type of a conversation id made by
// this package: "personal", "channel" or "groupChat".
func ConversationType(conversation string) string {
	switch {
	case strings.Contains(conversation, "@thread.tacv2"):
		return "channel"
	case strings.Contains(conversation, "@thread.v2"):
		return "groupChat"
	default:
		return "personal"
	}
}

// Click is u's click on button b of the posted card p, as Teams sends it:
// an adaptiveCard/action invoke in p's conversation, replying to p, with
// b's data and the card's input values (inputs, by input id) merged.
func (s *Server) Click(u Account, p Posted, b Button, inputs map[string]any) Activity {
	data := maps.Clone(b.Data)
	if data == nil {
		data = map[string]any{}
	}
	maps.Copy(data, inputs)
	a := s.CardAction(u, p.Conversation, ConversationType(p.Conversation), b.Verb, data)
	a.ReplyToID = p.ID
	return a
}

// InvokeAnswer is a bot's answer to an adaptiveCard/action invoke.
type InvokeAnswer struct {
	StatusCode int             `json:"statusCode"`
	Type       string          `json:"type"`
	Value      json.RawMessage `json:"value"`
}

// Content types of invoke answers.
const (
	InvokeCard    = AdaptiveCardType
	InvokeMessage = "application/vnd.microsoft.activity.message"
)

// Invoke decodes the response as an invoke answer.
func (r *Response) Invoke() (InvokeAnswer, error) {
	var a InvokeAnswer
	if err := r.JSON(&a); err != nil {
		return a, err
	}
	if a.StatusCode != 200 || (a.Type != InvokeCard && a.Type != InvokeMessage) {
		return a, fmt.Errorf("teamstest: not an invoke answer Teams shows: %s", r.Body)
	}
	return a, nil
}

// Card is the card that replaces the clicked one; an error when the
// answer is a message.
func (a InvokeAnswer) Card() (Card, error) {
	if a.Type != InvokeCard {
		return nil, fmt.Errorf("teamstest: the invoke answer is a %s, not a card", a.Type)
	}
	var c Card
	if err := json.Unmarshal(a.Value, &c); err != nil {
		return nil, fmt.Errorf("teamstest: invoke answer card: %w", err)
	}
	return c, nil
}

// Message is the text a message answer shows the clicker ("" for a card).
func (a InvokeAnswer) Message() string {
	var s string
	if a.Type == InvokeMessage {
		_ = json.Unmarshal(a.Value, &s)
	}
	return s
}

// Changed is closed at the next change of the fake's state (an activity
// posted or updated, a call recorded): wait on it, then read again.
func (s *Server) Changed() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.changed
}
