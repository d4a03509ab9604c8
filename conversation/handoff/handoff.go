// Package handoff is the consultant handoff: a user asks to talk to a
// person, a card is posted for the consultants, one of them claims it, they
// talk through the bot (a live relay), and the consultant or the user closes
// it.
//
// The package knows neither Slack nor Redis. It defines the Handoff record
// and its lifecycle (open → claimed → closed), validates the contact form,
// and runs the workflow in Service, over three ports it defines: the Store
// (memory and Redis implement it; handofftest.Run checks both), the
// Desk where consultants work (Slack: bot/slackbot) and the UserSide that
// reaches a user on their own platform. Every text the workflow shows is
// in copy.go. With Deps.Insights it records each request, claim (with the
// time to claim) and close for the consultancy's figures; with
// Deps.Surveys it asks the user, once their handoff is closed, how it
// went, and Rated tells the card's thread what they answered.
package handoff

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/mail"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/springfield/techleader/conversation"
)

// State is where a handoff is in its lifecycle.
type State string

const (
	// StateOpen: requested, waiting for a consultant.
	StateOpen State = "open"
	// StateClaimed: a consultant took it; the live relay runs.
	StateClaimed State = "claimed"
	// StateClosed: finished (by the consultant or the user).
	StateClosed State = "closed"
)

// Errors of the lifecycle and of stores. Stores wrap
// conversation.ErrUnavailable for transient failures.
var (
	// ErrNotFound: no such handoff (or it expired / was forgotten).
	ErrNotFound = errors.New("handoff not found")
	// ErrAlreadyClaimed: a claim on a handoff someone else claimed first.
	ErrAlreadyClaimed = errors.New("handoff already claimed")
	// ErrClosed: the handoff is closed; it can no longer change.
	ErrClosed = errors.New("handoff closed")
	// ErrActive: the user already has an open or claimed handoff.
	ErrActive = errors.New("user already has an active handoff")
)

// Contact is what the user told us (or what the platform knew) about how
// to reach them. Every field is RAW USER TEXT: front ends must escape it.
type Contact struct {
	Name        string
	Company     string
	Email       string
	Size        string // company size, e.g. "11-50"
	ContactTime string // preferred contact time, free text
	Note        string
}

// Line is one relayed message of the transcript.
type Line struct {
	At   time.Time
	From string // "user" or "consultant"
	Who  string // the author's platform user id
	Text string // RAW USER TEXT
}

// Line authors.
const (
	FromUser       = "user"
	FromConsultant = "consultant"
)

// Handoff is one request to talk to a consultant.
type Handoff struct {
	ID   string
	User conversation.Key // the user's direct conversation key (no thread)
	// UserRef is where the user side reaches the user, in its own terms
	// (Slack: the direct-message channel, or "channel/thread ts" for a
	// thread of it); "" when it needs none.
	UserRef string
	// Thread is the conversation (its conversation.Key.Thread) the user
	// asked from and where the live relay runs: "" for their direct
	// conversation, or a thread that is theirs alone (Slack: an assistant
	// side-panel thread), which UserRef then reaches.
	Thread string
	// Origin is where the user was when they asked, in their side's
	// terms (Slack: the channel they were viewing beside the assistant
	// panel); "" when unknown. The card names it, nothing more.
	Origin string

	Contact Contact
	// Skipped is true when the user skipped the form: Contact holds only
	// what the platform knew.
	Skipped bool

	// Snapshot of the conversation for the consultant (RAW USER TEXT in
	// Recent and in answers typed freely).
	Answers        []conversation.QA
	Recommendation string // title of the last recommendation, "" if none
	Recent         []string

	State     State
	CreatedAt time.Time
	ClaimedAt time.Time
	ClaimedBy string // consultant's platform user id
	ClosedAt  time.Time
	ClosedBy  string // who closed: a consultant's id or the user's

	// Card locates the card on the desk once it is posted; the zero
	// CardRef means not posted yet.
	Card CardRef

	// Reminders counts the reminders posted while unclaimed.
	Reminders int

	// Transcript holds the relayed messages, oldest first, bounded by the
	// store (see Config.TranscriptMax).
	Transcript []Line
}

// CardRef locates a posted card on the desk. Its parts mean something only
// to the desk that made it (Slack: the channel id and the message ts); the
// zero CardRef means "no card".
type CardRef struct {
	Space   string // where the card is (Slack: the consultants' channel)
	Message string // which message it is (Slack: its ts)
}

// IsZero reports whether r names no card.
func (r CardRef) IsZero() bool { return r.Message == "" }

// String is "space/message", for logs.
func (r CardRef) String() string { return r.Space + "/" + r.Message }

// Active reports whether the handoff is open or claimed.
func (h *Handoff) Active() bool { return h.State == StateOpen || h.State == StateClaimed }

// Claim makes an open handoff claimed by consultant at. It returns
// ErrAlreadyClaimed when it is claimed (even by the same consultant) and
// ErrClosed when closed.
func (h *Handoff) Claim(consultant string, at time.Time) error {
	switch h.State {
	case StateOpen:
	case StateClaimed:
		return ErrAlreadyClaimed
	case StateClosed:
		return ErrClosed
	default:
		return fmt.Errorf("claim handoff %s: unknown state %q", h.ID, h.State)
	}
	if consultant == "" {
		return errors.New("claim handoff: no consultant")
	}
	h.State, h.ClaimedBy, h.ClaimedAt = StateClaimed, consultant, at
	return nil
}

// Close closes an open or claimed handoff. It returns ErrClosed when it is
// closed already.
func (h *Handoff) Close(by string, at time.Time) error {
	if h.State == StateClosed {
		return ErrClosed
	}
	if !h.Active() {
		return fmt.Errorf("close handoff %s: unknown state %q", h.ID, h.State)
	}
	h.State, h.ClosedBy, h.ClosedAt = StateClosed, by, at
	return nil
}

// NewID returns a fresh random handoff id (16 hex digits, safe in keys,
// block ids and button values).
func NewID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// ValidID reports whether id looks like one NewID makes (ids come back in
// button values, which a user could tamper with).
func ValidID(id string) bool {
	if len(id) != 16 {
		return false
	}
	_, err := hex.DecodeString(id)
	return err == nil
}

// Field names of the contact form, as keys of the map Validate returns.
const (
	FieldName        = "name"
	FieldCompany     = "company"
	FieldEmail       = "email"
	FieldSize        = "size"
	FieldContactTime = "contact_time"
	FieldNote        = "note"
)

// Limits of the contact form's fields, in characters.
const (
	MaxName  = 100
	MaxShort = 150 // company, size, contact time
	MaxEmail = 254
	MaxNote  = 2000
)

// Normalize trims the fields' surrounding space.
func (c Contact) Normalize() Contact {
	c.Name = strings.TrimSpace(c.Name)
	c.Company = strings.TrimSpace(c.Company)
	c.Email = strings.TrimSpace(c.Email)
	c.Size = strings.TrimSpace(c.Size)
	c.ContactTime = strings.TrimSpace(c.ContactTime)
	c.Note = strings.TrimSpace(c.Note)
	return c
}

// Validate checks a submitted contact form (normalised first) and returns
// a message per invalid field, keyed by the Field* names; nil means valid.
// A name and a valid email address are required; a company size, when
// given, is one of CompanySizes.
func (c Contact) Validate() map[string]string {
	c = c.Normalize()
	errs := map[string]string{}
	tooLong := func(field, v string, max int) {
		if utf8.RuneCountInString(v) > max {
			errs[field] = fmt.Sprintf("Please keep this under %d characters.", max)
		}
	}
	if c.Name == "" {
		errs[FieldName] = "Please tell us your name."
	}
	tooLong(FieldName, c.Name, MaxName)
	tooLong(FieldCompany, c.Company, MaxShort)
	tooLong(FieldSize, c.Size, MaxShort)
	tooLong(FieldContactTime, c.ContactTime, MaxShort)
	tooLong(FieldNote, c.Note, MaxNote)
	if c.Size != "" && !slices.Contains(CompanySizes, c.Size) {
		errs[FieldSize] = "Please choose a company size from the list."
	}
	if msg := ValidateEmail(c.Email); msg != "" {
		errs[FieldEmail] = msg
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

// ValidateEmail returns why email is not a usable address ("" when it is):
// a bare address (no display name, no angle brackets), a dotted domain, at
// most MaxEmail characters.
func ValidateEmail(email string) string {
	const bad = "Please enter a valid email address, like name@company.com."
	email = strings.TrimSpace(email)
	switch {
	case email == "":
		return "Please enter your work email so a consultant can reach you."
	case len(email) > MaxEmail:
		return bad
	case strings.ContainsAny(email, " <>\",;()[]\\\t\r\n"):
		return bad
	}
	a, err := mail.ParseAddress(email)
	if err != nil || a.Address != email || a.Name != "" {
		return bad
	}
	local, domain, ok := strings.Cut(email, "@")
	if !ok || local == "" || strings.Count(email, "@") != 1 {
		return bad
	}
	labels := strings.Split(domain, ".")
	if len(labels) < 2 {
		return bad
	}
	for _, l := range labels {
		if l == "" || strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-") {
			return bad
		}
	}
	if tld := labels[len(labels)-1]; len(tld) < 2 {
		return bad
	}
	return ""
}

// AppendLine adds l to the transcript, keeping at most max lines (the
// newest); max <= 0 means DefaultTranscriptMax.
func (h *Handoff) AppendLine(l Line, max int) {
	if max <= 0 {
		max = DefaultTranscriptMax
	}
	h.Transcript = append(h.Transcript, l)
	if n := len(h.Transcript); n > max {
		h.Transcript = append([]Line(nil), h.Transcript[n-max:]...)
	}
}
