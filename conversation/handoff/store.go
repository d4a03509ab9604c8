package handoff

import (
	"context"
	"time"

	"github.com/springfield/techleader/conversation"
)

// DefaultTranscriptMax bounds a transcript when Config.TranscriptMax is 0.
const DefaultTranscriptMax = 200

// Config tunes handoffs. It is read from the environment with envconfig;
// zero values take the defaults (see WithDefaults).
type Config struct {
	// Reminder is how long a handoff may stay unclaimed before a reminder
	// is posted in its card's thread, and the interval between reminders.
	Reminder time.Duration `envconfig:"HANDOFF_REMINDER" default:"15m"`
	// ReminderLimit bounds the reminders of one handoff.
	ReminderLimit int `envconfig:"HANDOFF_REMINDER_LIMIT" default:"3"`
	// Retention is how long handoff records are kept after their last
	// change (90 days).
	Retention time.Duration `envconfig:"HANDOFF_RETENTION" default:"2160h"`
	// Poll is how often the bot looks for cards to post and reminders due.
	Poll time.Duration `envconfig:"HANDOFF_POLL" default:"2s"`
	// OutboxIdle is how long a card job may stay unacknowledged by the
	// replica that took it before another replica takes it over (a crashed
	// replica's job is retried). It must exceed the time to post one card.
	OutboxIdle time.Duration `envconfig:"HANDOFF_OUTBOX_IDLE" default:"1m"`
	// MemberCache is how long the list of consultants (the members of the
	// consultants' channel) is cached.
	MemberCache time.Duration `envconfig:"HANDOFF_MEMBER_CACHE" default:"30s"`
	// TranscriptMax bounds the lines kept in a handoff's transcript.
	TranscriptMax int `envconfig:"HANDOFF_TRANSCRIPT_MAX" default:"200"`
}

// WithDefaults fills zero fields with the defaults of the env tags.
func (c Config) WithDefaults() Config {
	set := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	set(&c.Reminder, 15*time.Minute)
	set(&c.Retention, 90*24*time.Hour)
	set(&c.Poll, 2*time.Second)
	set(&c.OutboxIdle, time.Minute)
	set(&c.MemberCache, 30*time.Second)
	if c.ReminderLimit <= 0 {
		c.ReminderLimit = 3
	}
	if c.TranscriptMax <= 0 {
		c.TranscriptMax = DefaultTranscriptMax
	}
	return c
}

// CardJob is an outbox entry: post the card of handoff HandoffID.
type CardJob struct {
	ID        string // the outbox entry's id (for AckCard)
	HandoffID string
}

// Reminder is a reminder that fell due and was claimed by this caller.
type Reminder struct {
	HandoffID string
	N         int // 1 for the first reminder
}

// Store keeps handoffs, their outbox of cards to post and their reminder
// schedule. Every error may wrap conversation.ErrUnavailable (transient).
// Implementations are safe for concurrent use, also from several processes
// sharing one backend (replicas).
type Store interface {
	// Create stores h (State open, ID set, User a valid key) and, in the
	// same atomic step, queues a CardJob for it in the outbox and schedules
	// its first reminder at h.CreatedAt+reminder. It returns ErrActive when
	// the user already has an active handoff.
	Create(ctx context.Context, h Handoff, reminder time.Duration) error

	// Get returns the handoff id, with its transcript. ErrNotFound when
	// there is none.
	Get(ctx context.Context, id string) (Handoff, error)

	// Active returns the user's open or claimed handoff; ErrNotFound when
	// there is none.
	Active(ctx context.Context, user conversation.Key) (Handoff, error)

	// ByCard returns the handoff whose card is card; ErrNotFound when
	// there is none.
	ByCard(ctx context.Context, card CardRef) (Handoff, error)

	// SetCard records where the card of handoff id was posted, unless a
	// card is recorded already; it reports whether it recorded this one.
	// ErrNotFound when there is no such handoff.
	SetCard(ctx context.Context, id string, card CardRef) (bool, error)

	// Claim atomically claims the open handoff id for consultant and
	// cancels its reminders: exactly one of concurrent claims succeeds.
	// It returns the updated handoff, or ErrAlreadyClaimed (with the
	// handoff as stored, to say by whom), ErrClosed or ErrNotFound.
	Claim(ctx context.Context, id, consultant string, at time.Time) (Handoff, error)

	// Close closes the open or claimed handoff id and returns it. ErrClosed
	// when it was closed already, ErrNotFound when missing.
	Close(ctx context.Context, id, by string, at time.Time) (Handoff, error)

	// AppendLine adds l to the transcript of handoff id, keeping the last
	// max lines. ErrNotFound when missing.
	AppendLine(ctx context.Context, id string, l Line, max int) error

	// List returns the active (open and claimed) handoffs, oldest first.
	List(ctx context.Context) ([]Handoff, error)

	// Forget deletes every handoff of user (records, transcripts, index,
	// outbox and reminder entries).
	Forget(ctx context.Context, user conversation.Key) error

	// NextCards returns up to max card jobs for consumer: first jobs
	// another consumer took more than idle ago without acknowledging them
	// (it crashed), then new ones. A job stays pending until AckCard. An
	// *OutboxLostError says the outbox this store saw before is gone (its
	// jobs with it); the next call starts a new one.
	NextCards(ctx context.Context, consumer string, idle time.Duration, max int) ([]CardJob, error)

	// AckCard marks a card job done.
	AckCard(ctx context.Context, jobID string) error

	// DueReminders claims up to max reminders due at now: each due entry is
	// claimed by exactly one caller. A claimed reminder of a still open
	// handoff with a posted card counts one more reminder and, below limit,
	// is rescheduled at now+every; a handoff without a card yet is only
	// rescheduled; entries of claimed, closed or missing handoffs are dropped.
	DueReminders(ctx context.Context, now time.Time, every time.Duration, limit, max int) ([]Reminder, error)
}
