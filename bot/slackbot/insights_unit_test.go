package slackbot

import (
	"testing"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/conversation/insights"
)

// TestDigestNeedsScheduleClaimsAndChannel: the digest runs only with a
// schedule, claims (to post once across replicas) and a channel to post in.
func TestDigestNeedsScheduleClaimsAndChannel(t *testing.T) {
	m := insights.NewMemory(insights.NewPolicy(insights.DefaultConfig(), nil))
	full := Insights{Reader: m, Claims: m, Digest: insights.DefaultConfig().Digest}
	tests := []struct {
		name    string
		in      Insights
		channel string
		want    bool
	}{
		{"all set", full, "CCONSULT", true},
		{"no channel", full, "", false},
		{"schedule off", Insights{Reader: m, Claims: m}, "CCONSULT", false},
		{"no claims", Insights{Reader: m, Digest: full.Digest}, "CCONSULT", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := New(Config{AppToken: "xapp-1", BotToken: "xoxb-1", ConsultantChannel: tt.channel}, &bottest.FakeEngine{}, nil, nil, WithInsights(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := b.digest != nil; got != tt.want {
				t.Errorf("digest on = %v, want %v", got, tt.want)
			}
		})
	}
}
