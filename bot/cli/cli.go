// Package cli is the terminal front end: one user talks with the bot on
// standard input and output. It runs the same conversation core as the
// other front ends (bot.Core) and a real consultant handoff
// (handoff.Service) whose desk is in memory and printed in the terminal,
// with a simulated consultant who claims the request and answers.
package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/springfield/techleader/bot"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/insights"
)

// Platform is the conversation.Key.Platform of terminal users.
const Platform = "cli"

// Config sets up a terminal session.
type Config struct {
	// Engine is the conversation engine (required).
	Engine bot.Engine
	// User is whose conversation it is ("you" when empty).
	User string
	// Log may be nil.
	Log *slog.Logger
	// HandoffStore keeps the session's handoffs (nil: in memory). It must
	// not be a store the production bot's outbox reads, or its cards would
	// reach the real consultants.
	HandoffStore handoff.Store
	// Handoff tunes the handoff (zero: defaults, polling every 200 ms).
	Handoff handoff.Config
	// Insights, when set, records the handoff's requests, claims and
	// closes; the engine then asks for a rating once one is closed.
	Insights insights.Recorder
}

// Session is one terminal conversation. Handle is called from one
// goroutine; the handoff's loops and the simulated consultant write to the
// same output, one line block at a time.
type Session struct {
	key      conversation.Key
	eng      bot.Engine
	core     *bot.Core
	out      *writer
	log      *slog.Logger
	store    handoff.Store
	handoffs *handoff.Service
	desk     *SimulatedDesk

	mu      sync.Mutex
	pending *conversation.Question // the question on screen: a bare number answers it

	stop func()
	wg   sync.WaitGroup
}

// New builds a session writing to out; Start runs its handoff loops.
func New(cfg Config, out io.Writer) (*Session, error) {
	if cfg.Engine == nil {
		return nil, errors.New("cli: no engine")
	}
	if cfg.User == "" {
		cfg.User = "you"
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.HandoffStore == nil {
		cfg.HandoffStore = handoff.NewMemStore()
	}
	if cfg.Handoff.Poll <= 0 {
		cfg.Handoff.Poll = 200 * time.Millisecond
	}
	s := &Session{
		key: conversation.Key{Platform: Platform, Team: "local", User: cfg.User}, eng: cfg.Engine,
		out: &writer{w: out}, log: cfg.Log, store: cfg.HandoffStore, stop: func() {},
	}
	s.desk = newSimulatedDesk(s.out)
	svc, err := handoff.NewService(handoff.Deps{
		Store: s.store, Desk: s.desk, Users: map[string]handoff.UserSide{Platform: users{s.out}},
		Status: cfg.Engine, Insights: cfg.Insights, Surveys: cfg.Engine, Log: cfg.Log.With("component", "handoff"),
	}, cfg.Handoff)
	if err != nil {
		return nil, err
	}
	s.handoffs = svc
	s.core = bot.NewCore(cfg.Engine, svc, cfg.Log)
	return s, nil
}

// Key is the session's conversation key.
func (s *Session) Key() conversation.Key { return s.key }

// Handoffs is the session's handoff store.
func (s *Session) Handoffs() handoff.Store { return s.store }

// Desk is the session's consultants' desk.
func (s *Session) Desk() *SimulatedDesk { return s.desk }

// Start runs the handoff's loops until ctx ends or Close.
func (s *Session) Start(ctx context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	s.stop = cancel
	s.desk.Start(ctx, s.handoffs, s.store)
	s.wg.Go(func() { s.handoffs.Run(ctx) })
}

// Close stops the handoff's loops and the simulated consultant and waits
// for them: nothing is written after it returns.
func (s *Session) Close() {
	s.stop()
	s.wg.Wait()
	s.desk.Wait()
}

const welcome = `Consulting Springfield: do you need a CIO or a CTO?

I can explain what a CIO and a CTO do, how they differ, and when you need
one, the other, both, or a virtual one. I can also run a short assessment
(10 questions) and recommend the right technology leader for your company.

  Ask a question in your own words, e.g. "what does a CTO do?"
  /start    start the assessment (answer with a number or in words)
  /consult  talk to a consultant (/end ends that conversation)
  /back /restart /cancel /status /forget /help
  /quit     leave (or say bye, or end the input)
`

// Welcome greets the user and, when an assessment is under way, asks its
// pending question again.
func (s *Session) Welcome(ctx context.Context) {
	s.out.print(welcome)
	st, err := s.eng.Status(ctx, s.key)
	switch {
	case err != nil:
		s.out.print("\n(The assessment store is unreachable for now; questions still work.)\n")
	case st.InProgress:
		s.out.print(fmt.Sprintf("\nWelcome back: you're on question %d of %d of the assessment.\n", st.Step, st.Total))
		(&surface{s: s}).Show(ctx, conversation.Reply{Question: st.Pending})
	}
}

// commands maps the chat's slash commands to engine commands.
var commands = map[string]conversation.Command{
	"/help":    conversation.CommandHelp,
	"/start":   conversation.CommandStart,
	"/back":    conversation.CommandBack,
	"/restart": conversation.CommandRestart,
	"/cancel":  conversation.CommandCancel,
	"/status":  conversation.CommandStatus,
	"/consult": conversation.CommandConsult,
	"/forget":  conversation.CommandForget,
}

// quitWords end the chat when they are the whole message, like /quit
// (the engine would read "quit" and "exit" as cancelling the assessment).
var quitWords = map[string]bool{"quit": true, "exit": true, "bye": true, "goodbye": true}

// Handle runs one typed line and reports whether the user quit.
func (s *Session) Handle(ctx context.Context, line string) (quit bool) {
	line = strings.TrimSpace(line)
	if quitWords[strings.ToLower(strings.TrimRight(line, ".!? "))] {
		s.out.print("Bye.\n")
		return true
	}
	if line == "" {
		return false
	}
	if strings.HasPrefix(line, "/") {
		word := strings.ToLower(strings.Fields(line)[0])
		switch word {
		case "/quit", "/exit":
			s.out.print("Bye.\n")
			return true
		case "/end":
			if m := s.handoffs.End(ctx, s.key, ""); m != nil {
				s.out.print(PlainText(m(userStyle)) + "\n")
			}
			return false
		}
		cmd, ok := commands[word]
		if !ok && strings.HasPrefix(word, "/"+conversation.ActionChange) {
			// The "change:<question>" buttons the engine offers, as printed.
			cmd, ok = conversation.Command(strings.TrimPrefix(word, "/")), true
		}
		if !ok {
			s.out.print("Unknown command. Try /help, or type /quit to leave.\n")
			return false
		}
		s.converse(ctx, conversation.Cmd(cmd))
		return false
	}
	s.mu.Lock()
	q := s.pending
	s.mu.Unlock()
	if q != nil {
		if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(q.Options) {
			s.converse(ctx, conversation.Choice(q.Round, q.ID, q.Options[n-1].Value))
			return false
		}
	}
	s.converse(ctx, conversation.Text(line))
	return false
}

// converse hands in to the core; the question on screen is the one its
// replies ask, if any.
func (s *Session) converse(ctx context.Context, in conversation.Input) {
	s.mu.Lock()
	s.pending = nil
	s.mu.Unlock()
	s.core.Converse(ctx, s.key, in, &surface{s: s})
}

// Run is a whole session on in and out: the welcome, then one line at a
// time until the input ends, the user quits or ctx ends.
func Run(ctx context.Context, cfg Config, in io.Reader, out io.Writer) error {
	s, err := New(cfg, out)
	if err != nil {
		return err
	}
	s.Start(ctx)
	defer s.Close()
	s.Welcome(ctx)

	// The reader ends at end of input; on cancellation it is left blocked
	// on stdin, which only happens when the process is about to exit.
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 0, 4096), 64*1024)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
	}()
	for {
		s.out.print("\n> ")
		select {
		case <-ctx.Done():
			s.out.print("\n")
			return nil
		case line, ok := <-lines:
			if !ok {
				s.out.print("\n")
				return nil
			}
			if s.Handle(ctx, line) {
				return nil
			}
		}
	}
}

// writer serialises writes to the terminal.
type writer struct {
	mu sync.Mutex
	w  io.Writer
}

func (w *writer) print(s string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	_, _ = io.WriteString(w.w, s)
}
