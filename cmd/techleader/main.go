// Command techleader is the CIO-or-CTO advisor bot of Consulting Springfield.
//
//	techleader ask [--json] [question]   answer one question (or one per stdin line)
//	techleader chat                      talk to the bot in the terminal
//	techleader web                       the web chat playground in a browser
//	techleader serve                     run the Slack bot, the Teams bot and/or the web chat
//	techleader kb check [DIR]            check the articles of DIR or KNOWLEDGE_DIR
//	techleader                           serve when Slack tokens, TEAMS_APP_ID or WEB_ADDR are set, else explain
//
// main only wires things together; each sub-command lives in its own file.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, errUsage) {
			fmt.Fprintln(os.Stderr, "techleader:", err)
		}
		os.Exit(1)
	}
}

// errUsage reports that usage was already printed.
var errUsage = errors.New("usage")

// env holds the streams a sub-command uses. Configuration comes from the
// process environment (see loadEnv).
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := env{stdin: stdin, stdout: stdout, stderr: stderr}
	cmd, rest := "", args
	if len(args) > 0 {
		cmd, rest = args[0], args[1:]
	}
	switch cmd {
	case "ask":
		return runAsk(ctx, rest, e)
	case "chat":
		return runChat(ctx, rest, e)
	case "web":
		return runWeb(ctx, rest, e)
	case "serve":
		return runServe(ctx, rest, e)
	case "report":
		return runReport(ctx, rest, e)
	case "kb":
		return runKB(ctx, rest, e)
	case "":
		return runDefault(ctx, e)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprintf(stderr, "techleader: unknown command %q\n\n%s", cmd, usage)
		return errUsage
	}
}

const usage = `techleader: the "CIO or CTO?" advisor bot of Consulting Springfield.

Usage:
  techleader ask [--json] ["question"]   answer a question (no question: one per line from stdin, JSON out)
  techleader chat                        talk to the bot in this terminal (in-memory, or Redis with REDIS_URL)
  techleader web                         the web chat in your browser, on WEB_ADDR (default 127.0.0.1:8090)
  techleader serve                       run the Slack bot (SLACK_APP_TOKEN, SLACK_BOT_TOKEN), the Teams bot (TEAMS_APP_ID, TEAMS_APP_PASSWORD) and/or the web chat (WEB_ADDR)
  techleader report [--since 7d] [--json] the consultancy's insights for a period (needs REDIS_URL)
  techleader kb check [DIR]              check edited articles (DIR, else KNOWLEDGE_DIR, else the embedded ones)
  techleader                             serve when Slack tokens, TEAMS_APP_ID or WEB_ADDR are set, otherwise show how to start
`
