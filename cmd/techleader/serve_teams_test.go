package main

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/springfield/techleader/bot/bottest"
	"github.com/springfield/techleader/bot/teams/teamstest"
	"github.com/springfield/techleader/conversation/redisstore/redistest"
)

// setTeamsEnv points serve's Teams front end at the fake Bot Framework
// bf, on a free loopback port, and serve's Redis at the test Redis (under
// a prefix of its own, deleted after the test) when there is one.
func setTeamsEnv(t *testing.T, bf *teamstest.Server) {
	t.Helper()
	t.Setenv("TEAMS_APP_ID", teamstest.AppID)
	t.Setenv("TEAMS_APP_PASSWORD", teamstest.AppPassword)
	t.Setenv("TEAMS_TOKEN_URL", bf.TokenURL(teamstest.MultiTenant))
	t.Setenv("TEAMS_OPENID_METADATA_URL", bf.MetadataURL())
	t.Setenv("TEAMS_ADDR", "127.0.0.1:0")
	u := os.Getenv(redistest.EnvURL)
	if u == "" {
		return
	}
	prefix := "tltest" + runTag()
	t.Setenv("REDIS_URL", u)
	t.Setenv("REDIS_PREFIX", prefix)
	t.Cleanup(func() {
		opt, err := redis.ParseURL(u)
		if err != nil {
			t.Error(err)
			return
		}
		c := redis.NewClient(opt)
		defer c.Close()
		if err := redistest.DeletePrefix(context.Background(), c, prefix); err != nil {
			t.Errorf("cleanup %s: %v", prefix, err)
		}
	})
}

// waitLoggedAddr reads the address logged with msg from serve's JSON log.
func waitLoggedAddr(ctx context.Context, t *testing.T, logs *bottest.Buffer, msg string) string {
	t.Helper()
	for {
		sc := bufio.NewScanner(strings.NewReader(logs.String()))
		for sc.Scan() {
			var line struct{ Msg, Addr string }
			if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == msg && line.Addr != "" {
				return line.Addr
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("serve never logged %q:\n%s", msg, tail(logs.String(), 2000))
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// teamsSaid waits until a message of the bot in conversation contains
// text and returns it.
func teamsSaid(ctx context.Context, t *testing.T, bf *teamstest.Server, conversation, text string) teamstest.Posted {
	t.Helper()
	for {
		changed := bf.Changed()
		for _, p := range bf.Activities(conversation) {
			c, _ := teamstest.CardOf(p)
			if strings.Contains(c.Text(), text) {
				return p
			}
		}
		select {
		case <-changed:
		case <-ctx.Done():
			t.Fatalf("no message with %q in %s", text, conversation)
		}
	}
}

// teamsDeliver delivers a to the endpoint and fails unless it is answered
// 200; it returns the answer.
func teamsDeliver(ctx context.Context, t *testing.T, bf *teamstest.Server, endpoint string, a teamstest.Activity) *teamstest.Response {
	t.Helper()
	res, err := bf.Deliver(ctx, endpoint, a)
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != http.StatusOK {
		t.Fatalf("%s answered %d: %s", a.Type, res.Status, res.Body)
	}
	return res
}

// TestServeTeamsAlone runs serve with Teams and no Slack tokens: it
// serves the messaging endpoint on TEAMS_ADDR, reports Teams in /readyz
// and /metrics, answers, says plainly that there is no consultants' desk,
// and stops cleanly without logging the app password.
func TestServeTeamsAlone(t *testing.T) {
	clearSlackEnv(t)
	bf := teamstest.New(t)
	setTeamsEnv(t, bf)
	proc := runInBackground(t, nil)
	defer proc.logOnFailure(t)
	wctx, wcancel := context.WithTimeout(context.Background(), 30*time.Second) // hang guard
	defer wcancel()
	endpoint := "http://" + waitLoggedAddr(wctx, t, &proc.errOut, "teams endpoint listening") + "/api/messages"
	ops := "http://" + waitOpsAddr(wctx, t, &proc.errOut)
	waitGet(wctx, t, ops+"/readyz", "ready once the keys are loaded", func(code int, _ string) bool { return code == http.StatusOK })

	ann := teamstest.User("ann" + runTag())
	personal := teamstest.PersonalConversation(ann)
	teamsDeliver(wctx, t, bf, endpoint, bf.Message(ann, "What does a CTO do?"))
	teamsSaid(wctx, t, bf, personal, "Technology")
	teamsDeliver(wctx, t, bf, endpoint, bf.Message(ann, "consult"))
	teamsSaid(wctx, t, bf, personal, "no consultants' desk")

	code, body := httpGet(t, ops+"/metrics")
	if code != http.StatusOK || !strings.Contains(body, `techleader_teams_activities_received_total{kind="message"} 2`) ||
		!strings.Contains(body, `techleader_teams_connector_calls_total{op="send"}`) {
		t.Errorf("/metrics = %d without the Teams counts:\n%.3000s", code, body)
	}
	proc.stop(wctx, t, "run")
	if strings.Contains(proc.errOut.String()+proc.out.String(), teamstest.AppPassword) {
		t.Error("the app password reached the logs")
	}
}

// TestServeTeamsConfigErrors: a Teams configuration missing its password
// stops serve with one line naming the variable.
func TestServeTeamsConfigErrors(t *testing.T) {
	clearSlackEnv(t)
	t.Setenv("TEAMS_APP_ID", teamstest.AppID)
	var out, errOut bottest.Buffer
	err := run(context.Background(), []string{"serve"}, strings.NewReader(""), &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "TEAMS_APP_PASSWORD") || strings.Contains(err.Error(), "\n") {
		t.Errorf("err = %v, want one line naming TEAMS_APP_PASSWORD", err)
	}
}

// TestServeTeamsNotReadyWithoutKeys: while the Bot Framework's signing
// keys cannot be loaded, /readyz is 503 naming Teams, and /healthz is 200.
func TestServeTeamsNotReadyWithoutKeys(t *testing.T) {
	clearSlackEnv(t)
	bf := teamstest.New(t)
	setTeamsEnv(t, bf)
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	t.Setenv("TEAMS_OPENID_METADATA_URL", down.URL+"/v1/.well-known/openidconfiguration")
	proc := runInBackground(t, []string{"serve"})
	wctx, wcancel := context.WithTimeout(context.Background(), 30*time.Second) // hang guard
	defer wcancel()
	ops := "http://" + waitOpsAddr(wctx, t, &proc.errOut)
	if code, body := httpGet(t, ops+"/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "teams: signing keys not loaded yet") {
		t.Errorf("/readyz = %d %q, want 503 naming teams", code, body)
	}
	if code, _ := httpGet(t, ops+"/healthz"); code != http.StatusOK {
		t.Errorf("/healthz = %d", code)
	}
	proc.stop(wctx, t, "run")
}
