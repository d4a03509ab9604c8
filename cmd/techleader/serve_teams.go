package main

import (
	"context"
	"log/slog"

	"github.com/springfield/techleader/bot/slackbot"
	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/teams/redisrefs"
)

// The Teams front end of serve: on when TEAMS_APP_ID is set, on its own
// public listener (TEAMS_ADDR, the messaging endpoint /api/messages),
// apart from the operations port. Its conversations, dedupe and the
// users' conversation references are in the same Redis as Slack's. The
// consultants' desk is Slack's: with Slack off, Teams users are told that
// no consultants' desk is connected.

// newTeams builds the Teams front end. Consultants are named to Teams
// users through the Slack bot slack returns, once it is built.
func newTeams(cfg serveConfig, sh *shared, log *slog.Logger, slack func() *slackbot.Bot) (*teams.Bot, error) {
	deps := teams.Deps{
		Engine: sh.eng, Dedupe: sh.store, Metrics: sh.metrics.Teams(), Log: log.With("component", "teams"),
		SessionTTL: cfg.Conversation.SessionTTL,
		ConsultantName: func(ctx context.Context, id string) string {
			if b := slack(); b != nil {
				return b.PersonName(ctx, id)
			}
			return ""
		},
	}
	if sh.client != nil {
		deps.Refs = redisrefs.New(sh.client, cfg.Redis.Prefix, cfg.Conversation.SessionTTL)
	}
	return teams.New(cfg.Teams, deps)
}

// connectTeams gives Teams users the consultants' desk of the Slack bot,
// when there is one.
func connectTeams(tb *teams.Bot, sb *slackbot.Bot, log *slog.Logger) {
	if sb == nil || sb.Handoffs() == nil {
		log.Warn("teams: no consultants' desk (it needs Slack with CONSULTANT_CHANNEL): Teams users who ask for a consultant are told so")
		return
	}
	tb.SetHandoffs(sb.Handoffs())
}
