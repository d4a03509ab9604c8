package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/memstore"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/knowledge"
)

// chatConfig is the configuration of `techleader chat`, from the
// environment (see loadChatConfig).
type chatConfig struct {
	Conversation conversation.Config
	// Redis selects the Redis store when any REDIS_* variable is set
	// (REDIS_URL=redis://host:port/db, ...); otherwise the in-memory store
	// is used, forgotten when the process ends.
	Redis redisstore.Config
	// LogLevel is LOG_LEVEL, default warn. Logs go to stderr.
	LogLevel logLevel
	// User is USER, default "you": whose conversation it is.
	User string
}

// loadChatConfig reads chat's configuration from the environment.
func loadChatConfig() (chatConfig, error) {
	var c chatConfig
	var top struct {
		LogLevel logLevel `envconfig:"LOG_LEVEL" default:"warn"`
		User     string   `envconfig:"USER"`
	}
	if err := loadEnv(&c.Conversation, &c.Redis, &top); err != nil {
		return c, err
	}
	c.LogLevel, c.User = top.LogLevel, top.User
	if c.User == "" {
		c.User = "you"
	}
	return c, nil
}

const chatWelcome = `Consulting Springfield: do you need a CIO or a CTO?

I can explain what a CIO and a CTO do, how they differ, and when you need
one, the other, both, or a virtual one. I can also run a short assessment
(10 questions) and recommend the right technology leader for your company.

  Ask a question in your own words, e.g. "what does a CTO do?"
  /start    start the assessment (answer with a number or in words)
  /back /restart /cancel /status /consult /forget /help
  /quit     leave (or say bye, or end the input)
`

// chatCommands maps the slash commands of the chat to engine commands.
var chatCommands = map[string]conversation.Command{
	"/help":    conversation.CommandHelp,
	"/start":   conversation.CommandStart,
	"/back":    conversation.CommandBack,
	"/restart": conversation.CommandRestart,
	"/cancel":  conversation.CommandCancel,
	"/status":  conversation.CommandStatus,
	"/consult": conversation.CommandConsult,
	"/forget":  conversation.CommandForget,
}

// runChat is a terminal conversation with the engine: the same engine the
// Slack bot runs, on the in-memory store or on Redis when REDIS_URL is set.
func runChat(ctx context.Context, args []string, e env) error {
	if len(args) > 0 {
		fmt.Fprintln(e.stderr, "usage: techleader chat   (configure with REDIS_URL, SESSION_TTL, LOG_LEVEL)")
		return errUsage
	}
	cfg, err := loadChatConfig()
	if err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.Level(cfg.LogLevel)}))
	defer routeRedisLogs(logger)()
	kb, err := loadKnowledge()
	if err != nil {
		return fmt.Errorf("chat: load knowledge base: %w", err)
	}
	store, closeStore, err := chatStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer closeStore()
	eng := conversation.New(kb, store, cfg.Conversation, logger)

	key := conversation.Key{Platform: "cli", Team: "local", User: cfg.User}
	c := &chatSession{out: e.stdout, kb: kb}
	fmt.Fprint(c.out, chatWelcome)
	if st, err := eng.Status(ctx, key); err == nil && st.InProgress {
		fmt.Fprintf(c.out, "\nWelcome back: you're on question %d of %d of the assessment.\n", st.Step, st.Total)
		c.render([]conversation.Reply{{Question: st.Pending}})
	} else if err != nil {
		fmt.Fprintln(c.out, "\n(The assessment store is unreachable for now; questions still work.)")
	}

	// The reader ends at end of input; on cancellation it is left blocked
	// on stdin, which only happens when the process is about to exit.
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(e.stdin)
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
		fmt.Fprint(c.out, "\n> ")
		var line string
		var ok bool
		select {
		case <-ctx.Done():
			fmt.Fprintln(c.out)
			return nil
		case line, ok = <-lines:
		}
		if !ok {
			fmt.Fprintln(c.out)
			return nil
		}
		line = strings.TrimSpace(line)
		in, quit, known := c.input(line)
		switch {
		case quit:
			fmt.Fprintln(c.out, "Bye.")
			return nil
		case !known:
			fmt.Fprintln(c.out, "Unknown command. Try /help, or type /quit to leave.")
			continue
		case line == "":
			continue
		}
		c.render(eng.Handle(ctx, key, in))
	}
}

// chatStore opens the store the configuration names.
func chatStore(_ context.Context, cfg chatConfig) (conversation.Store, func(), error) {
	if !cfg.Redis.Enabled() {
		return memstore.New(), func() {}, nil
	}
	client, err := redisstore.NewClient(cfg.Redis)
	if err != nil {
		return nil, nil, err
	}
	return redisstore.New(client, redisstore.WithPrefix(cfg.Redis.Prefix)), func() { _ = client.Close() }, nil
}

// chatSession renders replies and remembers the question on screen, so a
// bare number answers it like a button click.
type chatSession struct {
	out     io.Writer
	kb      *knowledge.Base
	pending *conversation.Question
}

// chatQuitWords end the chat when they are the whole message, like /quit
// (the engine would read "quit" and "exit" as cancelling the assessment).
var chatQuitWords = map[string]bool{"quit": true, "exit": true, "bye": true, "goodbye": true}

// input turns a typed line into an engine input. quit is true for /quit,
// /exit, or a bare "quit", "exit" or "bye"; known is false for an unknown
// slash command.
func (c *chatSession) input(line string) (in conversation.Input, quit, known bool) {
	if chatQuitWords[strings.ToLower(strings.TrimRight(line, ".!? "))] {
		return in, true, true
	}
	if strings.HasPrefix(line, "/") {
		word := strings.ToLower(strings.Fields(line)[0])
		if word == "/quit" || word == "/exit" {
			return in, true, true
		}
		cmd, ok := chatCommands[word]
		return conversation.Cmd(cmd), false, ok
	}
	if q := c.pending; q != nil {
		if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(q.Options) {
			return conversation.Choice(q.Round, q.ID, q.Options[n-1].Value), false, true
		}
	}
	return conversation.Text(line), false, true
}

func (c *chatSession) render(replies []conversation.Reply) {
	c.pending = nil
	w := c.out
	for _, r := range replies {
		switch {
		case r.Question != nil:
			q := r.Question
			c.pending = q
			fmt.Fprintf(w, "\nQuestion %d of %d: %s\n", q.Step, q.Total, plainText(q.Prompt))
			for i, o := range q.Options {
				fmt.Fprintf(w, "  %d) %s\n", i+1, o.Label)
			}
			if q.Hint != "" {
				fmt.Fprintf(w, "  (%s)\n", q.Hint)
			}
		case r.Answered != nil:
			fmt.Fprintf(w, "Noted: %s\n", r.Answered.Answer)
		case r.Recommendation != nil:
			chatRecommendation(w, r.Recommendation)
		case r.Notice != "":
			fmt.Fprintf(w, "Note: %s\n", plainText(r.Notice))
		case r.Text != "":
			fmt.Fprintln(w, plainText(r.Text))
		}
		if len(r.Articles) > 0 {
			titles := make([]string, len(r.Articles))
			for i, a := range r.Articles {
				titles[i] = a.Title
			}
			fmt.Fprintf(w, "Related: %s\n", strings.Join(titles, "; "))
		}
		if r.Handoff {
			fmt.Fprintln(w, "(In Slack, a consultant would now be asked to get in touch with you.)")
		}
		if len(r.Actions) > 0 {
			acts := make([]string, len(r.Actions))
			for i, a := range r.Actions {
				acts[i] = fmt.Sprintf("/%s (%s)", a.ID, a.Label)
			}
			fmt.Fprintf(w, "You can: %s\n", strings.Join(acts, ", "))
		}
	}
}

func chatRecommendation(w io.Writer, rec *conversation.Recommendation) {
	fmt.Fprintf(w, "\n=== Recommendation: %s ===\n%s\n", rec.Title, plainText(rec.Summary))
	if len(rec.Reasons) > 0 {
		fmt.Fprintln(w, "\nWhy:")
		for _, s := range rec.Reasons {
			fmt.Fprintf(w, "  • %s\n", plainText(s))
		}
	}
	if len(rec.Answers) > 0 {
		fmt.Fprintln(w, "\nYour answers:")
		for _, qa := range rec.Answers {
			fmt.Fprintf(w, "  - %s %s\n", qa.Question, qa.Answer)
		}
	}
	if len(rec.Articles) > 0 {
		fmt.Fprintln(w, "\nRead next (ask me about it):")
		for _, a := range rec.Articles {
			fmt.Fprintf(w, "  - %s\n", a.Title)
		}
	}
}
