package handofftest

import (
	"context"
	"slices"
	"sync"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// Told is one message a Users side showed.
type Told struct {
	User conversation.Key
	Ref  string // the UserRef it was given
	Text string // the message rendered in the Users' Style
}

// Users is a recording handoff.UserSide: it keeps every message, rendered
// in Style. It is safe for concurrent use.
type Users struct {
	Style handoff.Style
	// Err, when set, is returned by Tell (the message is still recorded).
	Err error

	mu   sync.Mutex
	told []Told
}

// Tell implements handoff.UserSide.
func (u *Users) Tell(_ context.Context, user conversation.Key, ref string, msg handoff.Message) error {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.told = append(u.told, Told{User: user, Ref: ref, Text: msg(u.Style)})
	return u.Err
}

// Told returns what was shown to user (every user when user is zero).
func (u *Users) Told(user conversation.Key) []Told {
	u.mu.Lock()
	defer u.mu.Unlock()
	var out []Told
	for _, t := range u.told {
		if user == (conversation.Key{}) || t.User.UserID() == user.UserID() {
			out = append(out, t)
		}
	}
	return slices.Clip(out)
}
