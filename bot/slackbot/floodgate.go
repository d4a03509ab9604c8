package slackbot

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack/slackevents"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
)

// textSlowDown is the note a user gets, once per spell, when they type
// faster than the bot answers.
const textSlowDown = "You're sending messages faster than I can answer, so I'll wait a moment and then answer your latest one. " +
	"(`help`, `cancel` and `forget me` always work straight away.)"

// floodGate is per-user flood control for typed messages. Each user has
// an allowance of burst messages that refills at one per interval. A
// message beyond it is held back: the user's latest held message is
// answered as soon as the allowance has refilled by one, and the older
// ones it replaced are dropped. So a user who pastes 200 lines gets the
// answers to their first burst, one note, and then the answer to where
// they left off, not 190 stale answers trickling out for minutes. The
// first held message of a spell (until the allowance is full again)
// brings the slow-down note. Requests for help, to stop or to forget are
// never held. Memory is bounded: at most maxUsers users are tracked (each
// with at most one held message); past that, new users are let through.
// Safe for concurrent use.
type floodGate struct {
	interval time.Duration
	burst    int
	maxUsers int
	now      func() time.Time
	// after runs f after d (time.AfterFunc; tests replace it).
	after func(d time.Duration, f func()) func() bool
	// submit queues a held message's job once it is let through.
	submit func(bot.Job) bool

	mu     sync.Mutex
	users  map[string]*floodUser
	closed bool
}

type floodUser struct {
	tat   time.Time // when the allowance is full again (GCRA)
	noted bool      // the note was sent in this spell
	held  *bot.Job  // the latest message held back
	stop  func() bool
}

func newFloodGate(rate float64, burst, maxUsers int, submit func(bot.Job) bool) *floodGate {
	return &floodGate{
		interval: time.Duration(float64(time.Second) / rate), burst: burst, maxUsers: maxUsers,
		now: time.Now, submit: submit, users: make(map[string]*floodUser),
		after: func(d time.Duration, f func()) func() bool { return time.AfterFunc(d, f).Stop },
	}
}

// admit decides on j, a message typed by user: let through now (true), or
// held back (false). note is true when the user should be told to slow
// down (the first held message of a spell); dropped counts the messages
// this call dropped (a held one replaced).
func (g *floodGate) admit(user string, j bot.Job, control bool) (ok, note bool, dropped int) {
	if control {
		return true, false, 0
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		return true, false, 0
	}
	now := g.now()
	u := g.users[user]
	if u == nil {
		if !g.roomLocked(now) {
			return true, false, 0 // fail open rather than refuse everyone
		}
		u = &floodUser{}
		g.users[user] = u
	}
	if !u.tat.After(now) {
		u.tat, u.noted = now, false // the allowance is full: a new spell
	}
	if u.held != nil { // wait behind the held one, and replace it
		u.held = &j
		return false, false, 1
	}
	at := u.tat.Add(g.interval * time.Duration(1-g.burst))
	if !at.After(now) {
		u.tat = u.tat.Add(g.interval)
		return true, false, 0
	}
	u.held = &j
	u.stop = g.after(at.Sub(now), func() { g.release(user) })
	note, u.noted = !u.noted, true
	return false, note, 0
}

// roomLocked makes room for a new user, forgetting users whose allowance
// is full; it reports whether there is room.
func (g *floodGate) roomLocked(now time.Time) bool {
	if len(g.users) < g.maxUsers {
		return true
	}
	for k, u := range g.users {
		if u.held == nil && !u.tat.After(now) {
			delete(g.users, k)
		}
	}
	return len(g.users) < g.maxUsers
}

// release lets the user's held message through: its turn has come.
func (g *floodGate) release(user string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	u := g.users[user]
	if g.closed || u == nil || u.held == nil {
		return
	}
	j := *u.held
	u.held, u.stop = nil, nil
	u.tat = u.tat.Add(g.interval)
	// Under the lock: close stops submitting before the pool closes.
	g.submit(j)
}

// close drops the held messages and stops letting any through (the pool
// is about to close); it returns how many were dropped.
func (g *floodGate) close() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.closed = true
	n := 0
	for _, u := range g.users {
		if u.held != nil {
			u.stop()
			u.held = nil
			n++
		}
	}
	return n
}

// typedBy tells, for an inner event the bot acts on, who typed it to the
// bot (a direct message or a mention), its text and where a private note
// to them goes; ok is false for other events.
func (b *Bot) typedBy(team string, data any) (user conversation.Key, text string, note dest, ok bool) {
	switch e := data.(type) {
	case *slackevents.MessageEvent:
		if e.ChannelType != "im" || e.SubType != "" {
			return conversation.Key{}, "", dest{}, false
		}
		d := dest{channel: e.Channel, threadTS: e.ThreadTimeStamp}
		return conversation.Key{Platform: platform, Team: team, User: e.User}, unescape(strings.TrimSpace(e.Text)), d, true
	case *slackevents.AppMentionEvent:
		threadTS := e.ThreadTimeStamp
		if threadTS == "" {
			threadTS = e.TimeStamp
		}
		d := dest{channel: e.Channel, threadTS: threadTS}.privately(e.User, "")
		return conversation.Key{Platform: platform, Team: team, User: e.User}, unescape(stripMention(e.Text, b.botUserID)), d, true
	}
	return conversation.Key{}, "", dest{}, false
}

// gate applies flood control to j, the job of a typed message: it returns
// the job to run now (j, or the slow-down note) and false when there is
// none.
func (b *Bot) gate(team string, data any, j bot.Job) (bot.Job, bool) {
	user, text, d, ok := b.typedBy(team, data)
	if !ok {
		return j, true
	}
	pass, note, dropped := b.flood.admit(user.String(), j, conversation.IsControl(textInput(text)))
	if pass {
		return j, true
	}
	b.metrics.Throttled(j.Kind)
	if dropped > 0 {
		j.Log.Debug("held message replaced by a newer one", "dropped", dropped)
	}
	if !note {
		return bot.Job{}, false
	}
	j.Log.Info("user sending faster than the bot answers; messages held back")
	noteJob := j
	noteJob.DedupeID, noteJob.Turn = "", conversation.Key{}
	noteJob.Run = func(ctx context.Context) { b.deliver(ctx, d, renderText(textSlowDown), true) }
	return noteJob, true
}
