package handoff

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/springfield/techleader/conversation"
)

// Style is how one platform shows the handoff's texts. Nil functions fall
// back to plain renderings (an id, the text as typed).
type Style struct {
	// Person names a person of the desk (a consultant) by id; Slack
	// renders a mention. In a UserSide's Style, nil means the name the
	// Desk gives (Desk.PersonName): the Service fills it in for users of
	// platforms that cannot read the desk's ids.
	Person func(id string) string
	// User names the user behind key, who may be on another platform
	// than the one showing the text.
	User func(user conversation.Key) string
	// Escape makes raw text a person typed safe to show inline (Slack:
	// escaped, with no live @here or mentions).
	Escape func(userText string) string
	// Time shows a moment (Slack: a date token in the reader's time zone).
	Time func(t time.Time) string
	// EndCommand is how a user ends a live conversation ("`/techleader end`").
	EndCommand string
	// Platform names where the user's profile comes from ("Slack").
	Platform string
	// Origin names where user was when they asked (Handoff.Origin, in
	// their side's terms; Slack: a channel link); "" leaves it out, and so
	// does a nil Origin.
	Origin func(user conversation.Key, origin string) string
}

func (st Style) person(id string) string {
	if st.Person == nil {
		return id
	}
	return st.Person(id)
}

func (st Style) user(k conversation.Key) string {
	if st.User == nil {
		return k.User
	}
	return st.User(k)
}

func (st Style) escape(s string) string {
	if st.Escape == nil {
		return s
	}
	return st.Escape(s)
}

func (st Style) time(t time.Time) string {
	if st.Time == nil {
		return t.Format(time.RFC1123)
	}
	return st.Time(t)
}

func (st Style) endCommand() string {
	if st.EndCommand == "" {
		return "`end`"
	}
	return st.EndCommand
}

// Inline is raw user text made safe and cut to at most max runes ("…"
// marks a cut).
func (st Style) Inline(userText string, max int) string {
	return fitText(userText, max, st.escape)
}

// Quote is raw user text made safe as a quote (one "> " per line), cut to
// at most max runes.
func (st Style) Quote(userText string, max int) string {
	return fitText(userText, max, func(s string) string { return ">" + strings.ReplaceAll(st.escape(s), "\n", "\n>") })
}

// fitText renders a prefix of userText with render, the longest whose
// rendering, with "…" when cut, has at most max runes.
func fitText(userText string, max int, render func(string) string) string {
	out := render(userText)
	if utf8.RuneCountInString(out) <= max {
		return out
	}
	rs := []rune(userText)
	lo, hi := 0, len(rs) // the longest fitting prefix is in [lo, hi)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if utf8.RuneCountInString(render(string(rs[:mid])))+1 <= max {
			lo = mid
		} else {
			hi = mid
		}
	}
	return render(string(rs[:lo])) + "…"
}

// Message is something the workflow says to a user, in a card's thread or
// privately to a consultant. The side that shows it renders it in its own
// Style.
type Message func(Style) string

// Text is a Message that is the same in every Style.
func Text(s string) Message { return func(Style) string { return s } }

// Age is a short human duration: "45s", "12m", "3h", "2d".
func Age(d time.Duration) string {
	switch {
	case d < time.Minute:
		return strconv.Itoa(int(max(d, 0).Seconds())) + "s"
	case d < time.Hour:
		return strconv.Itoa(int(d.Minutes())) + "m"
	case d < 48*time.Hour:
		return strconv.Itoa(int(d.Hours())) + "h"
	}
	return strconv.Itoa(int(d.Hours()/24)) + "d"
}
