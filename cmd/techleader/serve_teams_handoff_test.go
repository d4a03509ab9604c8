package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
	"github.com/springfield/techleader/bot/teams"
	"github.com/springfield/techleader/bot/teams/teamstest"
)

// TestServeTeamsHandoffToSlack runs serve with Slack and Teams: a Teams
// user's request reaches the consultants' Slack channel as a card, a
// consultant claims it there, and their thread and the user's Teams chat
// are relayed both ways until the user types "end".
func TestServeTeamsHandoffToSlack(t *testing.T) {
	clearSlackEnv(t)
	const consultants = "CCONSULT"
	s := slacktest.New(t)
	s.SetChannelMembers(consultants, "UC1")
	s.AddUser(slacktest.User{ID: "UC1", Name: "carla", RealName: "Carla Consultant"})
	t.Setenv("SLACK_APP_TOKEN", slacktest.AppToken)
	t.Setenv("SLACK_BOT_TOKEN", slacktest.BotToken)
	t.Setenv("SLACK_API_URL", s.APIURL())
	t.Setenv("CONSULTANT_CHANNEL", consultants)
	t.Setenv("HANDOFF_POLL", "50ms")
	bf := teamstest.New(t)
	setTeamsEnv(t, bf)

	proc := runInBackground(t, []string{"serve"})
	defer proc.logOnFailure(t)
	wctx, wcancel := context.WithTimeout(context.Background(), 60*time.Second) // hang guard
	defer wcancel()
	if err := s.WaitConnections(wctx, 1); err != nil {
		t.Fatal(err)
	}
	endpoint := "http://" + waitLoggedAddr(wctx, t, &proc.errOut, "teams endpoint listening") + "/api/messages"

	ann := teamstest.User("ann" + runTag())
	personal := teamstest.PersonalConversation(ann)
	teamsRequestConsultant(wctx, t, bf, endpoint, ann)

	slackCard := waitSlack(wctx, t, s, "the card", func(m slacktest.Message) bool {
		return m.Channel == consultants && m.ThreadTS == "" && strings.Contains(m.Text, "Consultant request")
	})
	if !strings.Contains(string(slackCard.Blocks), "a Microsoft Teams user") || !strings.Contains(string(slackCard.Blocks), ann.Name) {
		t.Errorf("the card does not say who asked from Teams: %s", slackCard.Blocks)
	}
	claim := slacktest.FindButton(t, slackCard, "tl_ho_claim")
	s.Send(s.BlockAction("UC1", consultants, slackCard.TS, claim.BlockID, claim.ActionID, claim.Value))
	teamsSaid(wctx, t, bf, personal, "Carla Consultant from Consulting Springfield will help you")

	teamsDeliver(wctx, t, bf, endpoint, bf.Message(ann, "We are 40 people, growing fast"))
	waitSlack(wctx, t, s, "ann's message in the card's thread", func(m slacktest.Message) bool {
		return m.Channel == consultants && m.ThreadTS == slackCard.TS && strings.Contains(m.Text, "We are 40 people")
	})
	s.Send(s.ThreadMessage("UC1", consultants, slackCard.TS, "Hello from Slack <@UOTHER>"))
	got := teamsSaid(wctx, t, bf, personal, "Hello from Slack")
	if c, _ := teamstest.CardOf(got); !strings.Contains(c.Text(), `Hello from Slack \<@UOTHER\>`) {
		t.Errorf("the consultant's message reached Teams as %q, want it escaped", c.Text())
	}

	teamsDeliver(wctx, t, bf, endpoint, bf.Message(ann, "end"))
	teamsSaid(wctx, t, bf, personal, "You ended the conversation")
	waitSlack(wctx, t, s, "the end noted in the thread", func(m slacktest.Message) bool {
		return m.Channel == consultants && m.ThreadTS == slackCard.TS && strings.Contains(m.Text, "ended the conversation")
	})
	proc.stop(wctx, t, "run")
}

// teamsRequestConsultant asks for a consultant as u in its personal chat
// with the bot at endpoint, skips the contact form and waits until u is
// told that the request was passed on.
func teamsRequestConsultant(ctx context.Context, t *testing.T, bf *teamstest.Server, endpoint string, u teamstest.Account) {
	t.Helper()
	personal := teamstest.PersonalConversation(u)
	teamsDeliver(ctx, t, bf, endpoint, bf.Message(u, "can I talk to a human?"))
	form := teamsSaid(ctx, t, bf, personal, "Talk to a consultant")
	card, err := teamstest.CardOf(form)
	if err != nil {
		t.Fatal(err)
	}
	var skip teamstest.Button
	for _, b := range card.Buttons() {
		if b.Verb == teams.VerbContactSkip {
			skip = b
		}
	}
	teamsDeliver(ctx, t, bf, endpoint, bf.Click(u, form, skip, nil))
	teamsSaid(ctx, t, bf, personal, "passed your request on")
}

func waitSlack(ctx context.Context, t *testing.T, s *slacktest.Server, what string, match func(slacktest.Message) bool) slacktest.Message {
	t.Helper()
	m, err := s.WaitMessage(ctx, match)
	if err != nil {
		t.Fatalf("waiting for %s: %v", what, err)
	}
	return m
}
