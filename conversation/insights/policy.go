package insights

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/springfield/techleader/conversation"
)

// Bounds of what a store keeps per day, whatever the traffic.
const (
	// MaxTextsPerDay caps the question texts kept per day; later ones
	// that day are counted but not kept.
	MaxTextsPerDay = 500
	// MaxWaitsPerDay caps the time-to-claim samples kept per day (the
	// newest are kept); a consultancy sees far fewer claims.
	MaxWaitsPerDay = 500
)

// Policy turns events into what a store keeps, and says which days are
// still kept. Every store applies one, so all agree. It is a value, safe
// for concurrent use.
type Policy struct {
	retention     time.Duration
	textRetention time.Duration
	keepText      bool
	loc           *time.Location
	now           func() time.Time
}

// NewPolicy returns the policy of cfg, reading the time from now (nil:
// time.Now). Zero fields of cfg take DefaultConfig's values, except Text:
// the zero Config keeps no text.
func NewPolicy(cfg Config, now func() time.Time) Policy {
	def := DefaultConfig()
	if cfg.Retention <= 0 {
		cfg.Retention = def.Retention
	}
	if cfg.TextRetention <= 0 {
		cfg.TextRetention = def.TextRetention
	}
	if now == nil {
		now = time.Now
	}
	return Policy{
		retention:     time.Duration(cfg.Retention),
		textRetention: min(time.Duration(cfg.TextRetention), time.Duration(cfg.Retention)),
		keepText:      bool(cfg.Text),
		loc:           cfg.TZ.Location(),
		now:           now,
	}
}

// Now is the policy's clock.
func (p Policy) Now() time.Time { return p.now() }

// Location is the zone of days.
func (p Policy) Location() *time.Location { return p.loc }

// Retention is how long figures are kept.
func (p Policy) Retention() time.Duration { return p.retention }

// KeepsText reports whether question texts are kept at all.
func (p Policy) KeepsText() bool { return p.keepText }

// Expiry is when the figures of d expire: the end of d plus the retention.
func (p Policy) Expiry(d Day) time.Time { return d.End(p.loc).Add(p.retention) }

// TextExpiry is when the question texts of d expire.
func (p Policy) TextExpiry(d Day) time.Time { return d.End(p.loc).Add(p.textRetention) }

// Kept returns the days of period whose figures have not expired by now,
// and the subset whose texts have not.
func (p Policy) Kept(period Period) (figures, texts []Day) {
	now := p.now()
	for _, d := range period.Days() {
		if p.Expiry(d).After(now) {
			figures = append(figures, d)
			if p.keepText && p.TextExpiry(d).After(now) {
				texts = append(texts, d)
			}
		}
	}
	return figures, texts
}

// Entry is an event in the form stores keep.
type Entry struct {
	Day     Day
	Expires time.Time // when the day's figures expire
	User    string    // opaque reference of the user: a hash of their id
	Fields  []string  // counter fields to add 1 to
	Wait    int64     // a time-to-claim sample in seconds; -1: none
	Text    *TextEntry
}

// ForgetWindow is how long stores remember that a user said forget, so that
// texts they asked before it, still queued in some process's Async, are not
// kept when that process writes them. It is far longer than a queued event
// waits, retries included.
const ForgetWindow = 15 * time.Minute

// ForgetSkew widens a Forget's time for replicas whose clocks differ a
// little: a text asked this soon after the Forget is not kept either.
const ForgetSkew = time.Second

// TextEntry is a question text to keep. Payload holds no user reference:
// stores keep it apart from the day's index of which user's texts are
// which (user reference -> text ids), which Forget reads.
type TextEntry struct {
	ID      string // unique within the day
	Payload string // EncodeQuestion's form
	Expires time.Time
	Asked   time.Time // when the user asked: a later Forget drops it even if written after
}

// TextDays are the days whose texts may still be kept, oldest first, with
// tomorrow for replicas whose clocks run ahead: the days Forget searches.
func (p Policy) TextDays() []Day {
	now := p.now()
	first := DayOf(now.Add(-p.textRetention), p.loc)
	return Period{First: first, Last: DayOf(now, p.loc).Add(1)}.Days()
}

// Prepare validates e for the user behind key and turns it into an Entry;
// ok is false for an event too old to keep. Errors wrap ErrInvalid.
func (p Policy) Prepare(key conversation.Key, e Event) (en Entry, ok bool, err error) {
	if !key.Valid() {
		return Entry{}, false, fmt.Errorf("%w: key %q", ErrInvalid, key.UserID())
	}
	if err := e.Validate(); err != nil {
		return Entry{}, false, err
	}
	now := p.now()
	at := e.At
	if at.IsZero() {
		at = now
	}
	d := DayOf(at, p.loc)
	en = Entry{Day: d, Expires: p.Expiry(d), User: UserRef(key), Fields: CounterFields(e), Wait: -1}
	if !en.Expires.After(now) {
		return Entry{}, false, nil
	}
	if e.Kind == KindConsultClaimed {
		en.Wait = int64((e.Wait + time.Second/2) / time.Second)
	}
	text := CleanText(e.Text)
	if p.keepText && text != "" && p.TextExpiry(d).After(now) {
		en.Text = &TextEntry{
			ID:      NewID(),
			Payload: EncodeQuestion(Question{Kind: e.Kind, At: at, Text: text}),
			Expires: p.TextExpiry(d),
			Asked:   at,
		}
	}
	return en, true, nil
}

// UserRef is the opaque reference of the user behind key: the same for all
// their keys, and not their id.
func UserRef(key conversation.Key) string {
	sum := sha256.Sum256([]byte("techleader insights user\x00" + key.UserID()))
	return hex.EncodeToString(sum[:16])
}

// NewID is a random id of 16 hex digits.
func NewID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// CleanText makes user text safe to keep and show in a terminal: control
// characters (escape sequences included) become spaces, runs of space
// collapse, and it is cut to MaxTextRunes.
func CleanText(s string) string {
	s = strings.ToValidUTF8(s, " ")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > MaxTextRunes {
		s = strings.TrimSpace(string(r[:MaxTextRunes]))
	}
	return s
}

// questionJSON is the stored form of a Question.
type questionJSON struct {
	Kind Kind   `json:"k"`
	At   int64  `json:"t"`
	Text string `json:"q"`
}

// EncodeQuestion is q's stored form.
func EncodeQuestion(q Question) string {
	b, _ := json.Marshal(questionJSON{Kind: q.Kind, At: q.At.Unix(), Text: q.Text})
	return string(b)
}

// DecodeQuestion reads EncodeQuestion's form.
func DecodeQuestion(s string) (Question, error) {
	var j questionJSON
	if err := json.Unmarshal([]byte(s), &j); err != nil {
		return Question{}, fmt.Errorf("malformed stored question: %w", err)
	}
	return Question{Kind: j.Kind, At: time.Unix(j.At, 0).UTC(), Text: j.Text}, nil
}

// Counter fields: "k:<kind>" for every event, then one per detail.
const (
	fieldKind     = "k:"
	fieldArticle  = "a:"
	fieldOutcome  = "o:"
	fieldStep     = "s:"
	fieldRating   = "r:"
	fieldRatedSep = ":"
)

// CounterFields lists the counters event e adds 1 to.
func CounterFields(e Event) []string {
	f := []string{fieldKind + string(e.Kind)}
	switch e.Kind {
	case KindAnswered:
		f = append(f, fieldArticle+e.Article)
	case KindAssessmentCompleted:
		f = append(f, fieldOutcome+e.Outcome)
	case KindAssessmentAbandoned:
		f = append(f, fieldStep+strconv.Itoa(e.Step))
	case KindRated:
		f = append(f, fieldRating+string(e.Where)+fieldRatedSep+strconv.Itoa(e.Score))
	}
	return f
}
