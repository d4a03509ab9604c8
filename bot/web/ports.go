package web

import (
	"context"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

// Handoffs is the consultant handoff as the web chat uses it
// (*handoff.Service implements it): the core relays what a visitor types
// to their consultant and forgets them (bot.Handoffs); the contact form
// opens a request; typing "end" ends it. The Service tells the visitor
// how things went through the web's UserSide (NewUserSide), which pushes
// to the session's PushLog.
type Handoffs interface {
	bot.Handoffs
	// Open opens a handoff and tells the visitor how it went; it returns
	// handoff.ErrActive when they have one already.
	Open(ctx context.Context, req handoff.Request) (handoff.Handoff, error)
	// Active returns the visitor's open or claimed handoff, or
	// handoff.ErrNotFound.
	Active(ctx context.Context, user conversation.Key) (handoff.Handoff, error)
	// TellActive tells the visitor about their active handoff and reports
	// whether they have one.
	TellActive(ctx context.Context, user conversation.Key, ref string) bool
	// End closes the visitor's active handoff at their request; the
	// message, when not nil, says why it could not.
	End(ctx context.Context, user conversation.Key, where string) handoff.Message
}

// Push is a message for a user that does not answer a turn of theirs: a
// consultant's reply, a reminder, a note about their request. It reaches
// the page over Server-Sent Events, or on the next page load.
type Push struct {
	// ID is given by the PushLog when the push is appended; it orders the
	// pushes of one session and is the SSE event id.
	ID string
	// Kind says what it is; the page styles the kinds differently.
	Kind PushKind
	// From names the author for people ("Ada, consultant"); "" for the
	// assistant. RAW TEXT: shown as text, never as markup.
	From string
	// Text is the message. RAW TEXT: shown as text (bare URLs become
	// links), never as markup.
	Text string
	// Actions are the buttons of a PushReply (the rating asked once a
	// handoff is closed), or the one chosen of a PushRated.
	Actions []conversation.Action
	// At is when it was written.
	At time.Time
}

// PushKind names the kinds of pushes.
type PushKind string

// Kinds of pushes.
const (
	PushConsultant PushKind = "consultant" // a consultant writes to the user
	PushNotice     PushKind = "notice"     // a note from the assistant (request received, reminder, closed)
	// PushReply is an engine reply with its buttons (the rating asked once
	// a handoff is closed); its Text is the engine's markup.
	PushReply PushKind = "reply"
	// PushRated says the rating of a PushReply was given (clicked or
	// typed, on any tab or replica): the page replaces its buttons by
	// Actions[0], the one chosen. It is not shown by itself.
	PushRated PushKind = "rated"
)

// ErrBadPushID is returned for an "after" id that no PushLog makes.
var ErrBadPushID = errors.New("malformed push id")

var pushIDPattern = regexp.MustCompile(`^[0-9]{1,19}-[0-9]{1,19}$`)

// ValidPushID reports whether id has the form of a push id
// ("<milliseconds>-<sequence>", as Redis stream ids). "" is not valid: it
// means "from the start" where an id is optional.
func ValidPushID(id string) bool { return pushIDPattern.MatchString(id) }

// PushLog keeps the recent pushes of each session, in order, so that a
// page reconnecting to any replica gets exactly the pushes it missed.
// Implementations keep a bounded number per session and drop a session's
// log when it has not changed for the session TTL; they are safe for
// concurrent use.
type PushLog interface {
	// Append adds p (its ID is ignored) to session's log and returns the
	// id it was given; ids of one session increase.
	Append(ctx context.Context, session string, p Push) (string, error)
	// Read returns up to max pushes of session with ids after after ("" =
	// from the oldest kept), oldest first. When there are none it waits up
	// to wait for one (0: it does not wait) and returns none if none came.
	// It returns ErrBadPushID for a malformed after.
	Read(ctx context.Context, session, after string, max int, wait time.Duration) ([]Push, error)
	// Delete drops session's log.
	Delete(ctx context.Context, session string) error
}

// Limit is a token bucket: Burst requests at once, refilled at Rate per
// second.
type Limit struct {
	Rate  float64
	Burst int
}

// Interval is the time one token takes to refill.
func (l Limit) Interval() time.Duration {
	return time.Duration(float64(time.Second) / l.Rate)
}

// Limiter rate-limits requests by key, shared by every replica that uses
// the same backing store. Implementations are safe for concurrent use.
type Limiter interface {
	// Allow takes a token from key's bucket. When there is none it returns
	// false and how long until one is available.
	Allow(ctx context.Context, key string, l Limit) (ok bool, retryAfter time.Duration, err error)
}

// ErrSessionExists is returned by Sessions.Create for an id in use.
var ErrSessionExists = errors.New("session exists")

// Sessions records which session ids the server gave out, so that a
// forged or expired cookie gets a fresh session instead of being trusted.
// Ids here are public ids (derived from the cookie, never the cookie
// itself). Implementations are safe for concurrent use.
type Sessions interface {
	// Create records a new session living ttl. It returns
	// ErrSessionExists when id is taken.
	Create(ctx context.Context, id string, ttl time.Duration) error
	// Touch reports whether id is a live session and, when it is, makes
	// it live ttl from now.
	Touch(ctx context.Context, id string, ttl time.Duration) (bool, error)
	// Delete ends the session.
	Delete(ctx context.Context, id string) error
}

// Metrics observes the web front end. Label values come from small fixed
// sets (the Turn kinds and Refusal reasons below), never from users.
type Metrics interface {
	// Turn records one turn by kind and how long it took.
	Turn(kind string, d time.Duration)
	// SessionStarted counts a new session.
	SessionStarted()
	// StreamOpened and StreamClosed bracket a Server-Sent Events stream.
	StreamOpened()
	StreamClosed()
	// Refused counts a request refused, by reason.
	Refused(reason string)
}

// Turn kinds passed to Metrics.Turn.
const (
	TurnText    = "text"
	TurnChoice  = "choice"
	TurnAction  = "action"
	TurnContact = "contact"
)

// Refusal reasons passed to Metrics.Refused.
const (
	RefusedCrossOrigin = "cross_origin"
	RefusedTooLarge    = "too_large"
	RefusedTooLong     = "too_long"
	RefusedBadRequest  = "bad_request"
	RefusedRateIP      = "rate_ip"
	RefusedRateSession = "rate_session"
	RefusedStreams     = "streams_full"
	RefusedUnavailable = "unavailable"
)

// NopMetrics discards everything.
type NopMetrics struct{}

func (NopMetrics) Turn(string, time.Duration) {}
func (NopMetrics) SessionStarted()            {}
func (NopMetrics) StreamOpened()              {}
func (NopMetrics) StreamClosed()              {}
func (NopMetrics) Refused(string)             {}

// ComparePushIDs orders two valid push ids as -1, 0 or +1; "" comes
// before every id.
func ComparePushIDs(a, b string) int {
	am, as := splitPushID(a)
	bm, bs := splitPushID(b)
	switch {
	case am != bm:
		return cmpUint(am, bm)
	default:
		return cmpUint(as, bs)
	}
}

func splitPushID(id string) (ms, seq uint64) {
	m, s, _ := strings.Cut(id, "-")
	ms, _ = strconv.ParseUint(m, 10, 64)
	seq, _ = strconv.ParseUint(s, 10, 64)
	return ms, seq
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
