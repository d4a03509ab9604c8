package teamstest_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/teams/teamstest"
)

func token(t *testing.T, s *teamstest.Server, tenant string, form url.Values) (int, map[string]any) {
	t.Helper()
	res, err := http.PostForm(s.TokenURL(tenant), form)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var body map[string]any
	if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, body
}

func TestTokenEndpointChecksCredentials(t *testing.T) {
	s := teamstest.New(t)
	good := url.Values{"grant_type": {"client_credentials"}, "client_id": {teamstest.AppID}, "client_secret": {teamstest.AppPassword}, "scope": {teamstest.Scope}}
	with := func(k, v string) url.Values {
		f := url.Values{}
		for key, vs := range good {
			f[key] = vs
		}
		f.Set(k, v)
		return f
	}
	cases := []struct {
		name   string
		tenant string
		form   url.Values
		want   int
	}{
		{"good", teamstest.MultiTenant, good, 200},
		{"wrong secret", teamstest.MultiTenant, with("client_secret", "nope"), 401},
		{"wrong client", teamstest.MultiTenant, with("client_id", "other"), 400},
		{"wrong scope", teamstest.MultiTenant, with("scope", "https://graph.microsoft.com/.default"), 400},
		{"wrong grant", teamstest.MultiTenant, with("grant_type", "password"), 400},
		{"wrong tenant", teamstest.TenantID, good, 400},
	}
	for _, c := range cases {
		status, body := token(t, s, c.tenant, c.form)
		if status != c.want {
			t.Errorf("%s: status %d (%v), want %d", c.name, status, body, c.want)
		}
		if c.want == 200 && (body["access_token"] == "" || body["token_type"] != "Bearer") {
			t.Errorf("%s: body %v", c.name, body)
		}
	}
}

func TestConnectorChecksToken(t *testing.T) {
	s := teamstest.New(t)
	conv := teamstest.PersonalConversation(teamstest.User("ann"))
	post := func(tok string) int {
		req, _ := http.NewRequest(http.MethodPost, s.ServiceURL()+"v3/conversations/"+url.PathEscape(conv)+"/activities", strings.NewReader(`{"type":"message","text":"hi"}`))
		if tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if got := post(""); got != 401 {
		t.Errorf("no token: %d", got)
	}
	if got := post("forged"); got != 401 {
		t.Errorf("forged token: %d", got)
	}
	_, body := token(t, s, teamstest.MultiTenant, url.Values{"grant_type": {"client_credentials"}, "client_id": {teamstest.AppID},
		"client_secret": {teamstest.AppPassword}, "scope": {teamstest.Scope}})
	tok, _ := body["access_token"].(string)
	if got := post(tok); got != 200 {
		t.Errorf("issued token: %d", got)
	}
	s.FailNext(teamstest.OpSend, 1, teamstest.Fault{Status: 429, RetryAfter: "2"})
	if got := post(tok); got != 429 {
		t.Errorf("injected 429: %d", got)
	}
	s.RevokeTokens()
	if got := post(tok); got != 401 {
		t.Errorf("revoked token: %d", got)
	}
	posted, err := s.WaitActivities(context.Background(), conv, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(posted) != 1 || posted[0].Activity.Text != "hi" {
		t.Errorf("posted %+v", posted)
	}
	if calls := s.Calls(teamstest.OpSend); len(calls) != 5 || calls[3].Status != 429 {
		t.Errorf("calls %+v", calls)
	}
}
