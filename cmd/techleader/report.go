package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"time"

	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/insights"
	"github.com/springfield/techleader/conversation/redisstore"
	"github.com/springfield/techleader/knowledge"
)

// errNoRedis is report's answer when no Redis is configured.
var errNoRedis = errors.New("report needs REDIS_URL: insights are kept in Redis")

// reportTimeout bounds the reads of one report.
const reportTimeout = 30 * time.Second

const reportUsage = `usage: techleader report [--since 7d] [--json]
Prints the consultancy's insights for a period: conversations, questions
answered and declined, the assessment and consultant funnel, time to claim,
satisfaction and the top unanswered questions. Reads Redis (REDIS_URL, or
REDIS_SENTINEL_* / REDIS_CLUSTER_ADDRS, REDIS_PREFIX) and INSIGHTS_TZ.`

// runReport prints the insights report of a period:
//
//	techleader report                  the last 7 days, as text
//	techleader report --since 30d      the last 30 days
//	techleader report --since 2026-01-01 --json
func runReport(ctx context.Context, args []string, e env) error {
	return reportAt(ctx, args, e, time.Now, articleTitles())
}

// reportAt is runReport reading the time from now and naming articles by
// title.
func reportAt(ctx context.Context, args []string, e env, now func() time.Time, title func(id string) string) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	since := fs.String("since", "7d", "the period: the last `N`d days (7d, 30d, 90d), or from a first day YYYY-MM-DD to today")
	asJSON := fs.Bool("json", false, "print JSON (schema "+insights.ReportSchema+") instead of text")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, reportUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "techleader report: unexpected %q\n", fs.Arg(0))
		fs.Usage()
		return errUsage
	}
	var redisCfg redisstore.Config
	var cfg insights.Config
	if err := loadEnv(&redisCfg, &cfg); err != nil {
		return err
	}
	if !redisCfg.Enabled() {
		return errNoRedis
	}
	policy := insights.NewPolicy(cfg, now)
	period, err := insights.ParsePeriod(*since, now(), policy.Location())
	if err != nil {
		return fmt.Errorf("report: --since: %s", unwrapInvalid(err))
	}
	client, err := redisstore.NewClient(redisCfg)
	if err != nil {
		return err
	}
	defer client.Close()
	defer routeRedisLogs(slog.New(slog.DiscardHandler))()

	ctx, cancel := context.WithTimeout(ctx, reportTimeout)
	defer cancel()
	store := redisstore.NewInsightsStore(client, redisCfg.Prefix, policy)
	rep, err := insights.BuildReport(ctx, store, policy, period, insights.ReportOptions{Title: title})
	if err != nil {
		if errors.Is(err, conversation.ErrUnavailable) {
			return fmt.Errorf("report: Redis cannot be reached: %w", err)
		}
		return fmt.Errorf("report: %w", err)
	}
	if *asJSON {
		err = insights.WriteJSON(e.stdout, rep)
	} else {
		err = insights.WriteText(e.stdout, rep)
	}
	if err != nil {
		return fmt.Errorf("report: write: %w", err)
	}
	return nil
}

// unwrapInvalid drops the insights.ErrInvalid prefix from a parse error:
// the rest says what is wrong.
func unwrapInvalid(err error) string {
	msg := err.Error()
	if p := insights.ErrInvalid.Error() + ": "; len(msg) > len(p) && msg[:len(p)] == p {
		return msg[len(p):]
	}
	return msg
}

// articleTitles looks article ids up in the embedded knowledge base; an id
// no longer there (or a base that fails to load) has no title.
func articleTitles() func(id string) string {
	kb, err := knowledge.New()
	if err != nil {
		return nil
	}
	return func(id string) string {
		if a, ok := kb.Article(id); ok {
			return a.Title
		}
		return ""
	}
}
