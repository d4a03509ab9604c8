package web_test

import (
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/springfield/techleader/bot/web"
)

func TestCrossOriginPostRefused(t *testing.T) {
	h := newHarness(t, harnessOpts{cfg: web.Config{AllowedOrigins: []string{"https://www.springfield.example"}}})
	c := h.client()
	c.state()
	for _, hdr := range []map[string]string{
		{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
		// Embedding is not writing: an allowed embedder's own origin may not post either.
		{"Sec-Fetch-Site": "cross-site", "Origin": "https://www.springfield.example"},
		{"Sec-Fetch-Site": "", "Origin": "https://evil.example"},
	} {
		for _, path := range []string{web.PathTurn, web.PathContact} {
			resp := c.do("POST", path, map[string]string{"text": "hi"}, hdr)
			if e := decode[apiError](t, resp, http.StatusForbidden); e.Error.Code != "cross_origin" {
				t.Fatalf("%s with %v: %+v", path, hdr, e)
			}
		}
	}
	if n := h.metrics.Count("refused:" + web.RefusedCrossOrigin); n != 6 {
		t.Fatalf("refusals counted %d, want 6", n)
	}
	// The same request from the page's own origin goes through.
	if rs := c.say("hi"); len(rs) == 0 {
		t.Fatal("same-origin turn got no reply")
	}
}

func TestOversizedBodyRefused(t *testing.T) {
	h := newHarness(t, harnessOpts{cfg: web.Config{MaxBody: 4096}})
	c := h.client()
	c.state()
	big := `{"text":"` + strings.Repeat("a", 5000) + `"}`
	for _, path := range []string{web.PathTurn, web.PathContact} {
		if e := decode[apiError](t, c.do("POST", path, big, nil), http.StatusRequestEntityTooLarge); e.Error.Code != "too_large" {
			t.Fatalf("%s: %+v", path, e)
		}
	}
	if n := h.metrics.Count("refused:" + web.RefusedTooLarge); n != 2 {
		t.Fatalf("too_large counted %d, want 2", n)
	}
}

func TestRateLimitPerSession(t *testing.T) {
	h := newHarness(t, harnessOpts{cfg: web.Config{Rate: 0.001, Burst: 3, IPRate: 1000, IPBurst: 1000}})
	c := h.client()
	for range 3 {
		c.state()
	}
	resp := c.do("POST", web.PathTurn, map[string]string{"text": "hi"}, nil)
	retry, err := strconv.Atoi(resp.Header.Get("Retry-After"))
	if e := decode[apiError](t, resp, http.StatusTooManyRequests); e.Error.Code != "rate_limited" {
		t.Fatalf("4th request: %+v", e)
	}
	if err != nil || retry < 1 {
		t.Fatalf("Retry-After %q, want whole seconds >= 1", resp.Header.Get("Retry-After"))
	}
	// Another session (another browser) from the same address is not held back.
	if rs := h.client().say("hi"); len(rs) == 0 {
		t.Fatal("another session refused")
	}
	if n := h.metrics.Count("refused:" + web.RefusedRateSession); n != 1 {
		t.Fatalf("rate_session counted %d, want 1", n)
	}
}

func TestRateLimitPerAddress(t *testing.T) {
	h := newHarness(t, harnessOpts{cfg: web.Config{Rate: 1000, Burst: 1000, IPRate: 0.001, IPBurst: 2, ProxyHops: 1}})
	from := func(c *client, xff string) *http.Response {
		return c.do("GET", web.PathState, nil, map[string]string{"X-Forwarded-For": xff})
	}
	// Dropping the cookie (a fresh client each time) does not escape it.
	for range 2 {
		decode[web.StateResponse](t, from(h.client(), "203.0.113.7"), 200)
	}
	resp := from(h.client(), "203.0.113.7")
	if resp.Header.Get("Retry-After") == "" {
		t.Error("429 without Retry-After")
	}
	decode[apiError](t, resp, http.StatusTooManyRequests)
	// Forging an entry to the left of the proxy's does not escape it either.
	decode[apiError](t, from(h.client(), "198.51.100.1, 203.0.113.7"), http.StatusTooManyRequests)
	// Another address is not held back, and an IPv6 /64 counts as one.
	decode[web.StateResponse](t, from(h.client(), "203.0.113.8"), 200)
	decode[web.StateResponse](t, from(h.client(), "2001:db8:1:2::1"), 200)
	decode[web.StateResponse](t, from(h.client(), "2001:db8:1:2::2"), 200)
	decode[apiError](t, from(h.client(), "2001:db8:1:2:ffff::3"), http.StatusTooManyRequests)
}

func TestForgedCookieGetsFreshSession(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	alice := h.client()
	alice.state()
	q := question(alice.act("start"))
	alice.choose(q, 0) // Alice is on question 2
	aliceID := alice.session()

	for name, cookie := range map[string]string{
		"malformed":                 "forged",
		"well-formed, never issued": strings.Repeat("A", 43),
		"alice's public id":         aliceID, // what a log or a card shows is not a cookie
	} {
		t.Run(name, func(t *testing.T) {
			mallory := h.client()
			resp := mallory.do("GET", web.PathState, nil, map[string]string{"Cookie": "tl_web=" + cookie})
			st := decode[web.StateResponse](t, resp, 200)
			set := resp.Header.Get("Set-Cookie")
			if !strings.HasPrefix(set, "tl_web=") || strings.HasPrefix(set, "tl_web="+cookie+";") {
				t.Fatalf("Set-Cookie %q, want a fresh session", set)
			}
			if mallory.session() == aliceID {
				t.Fatal("the forged cookie got Alice's session")
			}
			for _, r := range st.Replies {
				if r.Question != nil || r.Answered != nil {
					t.Fatalf("the fresh session sees an assessment: %+v", r)
				}
			}
		})
	}
	// Alice still has hers.
	if st := alice.state(); question(st.Replies) == nil || question(st.Replies).Step != 2 {
		t.Fatalf("Alice's state after the forgeries: %+v", st.Replies)
	}
	if h.metrics.Count("session") != 4 {
		t.Fatalf("sessions started %d, want 4 (Alice and three fresh ones)", h.metrics.Count("session"))
	}
}

func TestCookieAttributes(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	c := h.client()
	for _, tc := range []struct {
		name      string
		hdr       map[string]string
		want, not []string
	}{
		{"loopback", nil, []string{"HttpOnly", "SameSite=Lax", "Path=/", "Max-Age="}, []string{"Secure", "Partitioned", "SameSite=None"}},
		{"public host", map[string]string{"Host": "chat.springfield.example"}, []string{"HttpOnly", "Secure", "SameSite=None", "Partitioned"}, nil},
		{"behind a TLS proxy", map[string]string{"X-Forwarded-Proto": "https"}, []string{"HttpOnly", "Secure", "SameSite=None", "Partitioned"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := c.do("GET", web.PathState, nil, tc.hdr)
			resp.Body.Close()
			set := resp.Header.Get("Set-Cookie")
			for _, w := range tc.want {
				if !strings.Contains(set, w) {
					t.Errorf("Set-Cookie %q lacks %s", set, w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(set, n) {
					t.Errorf("Set-Cookie %q has %s", set, n)
				}
			}
			value := strings.TrimPrefix(strings.Split(set, ";")[0], "tl_web=")
			if len(value) < 22 { // 128 bits in base64
				t.Errorf("session secret %q is shorter than 128 bits", value)
			}
		})
	}
}

func TestSecurityHeaders(t *testing.T) {
	h := newHarness(t, harnessOpts{cfg: web.Config{AllowedOrigins: []string{"https://www.springfield.example", "https://blog.springfield.example:8443/"}}})
	c := h.client()
	page := c.do("GET", "/", nil, nil)
	page.Body.Close()
	csp := page.Header.Get("Content-Security-Policy")
	for _, w := range []string{"default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'",
		"frame-ancestors 'self' https://www.springfield.example https://blog.springfield.example:8443"} {
		if !strings.Contains(csp, w) {
			t.Errorf("page CSP %q lacks %q", csp, w)
		}
	}
	if strings.Contains(csp, "unsafe") {
		t.Errorf("page CSP %q allows unsafe sources", csp)
	}
	api := c.do("GET", web.PathState, nil, nil)
	api.Body.Close()
	widget := c.do("GET", web.PathWidget, nil, nil)
	widget.Body.Close()
	for name, resp := range map[string]*http.Response{"page": page, "api": api, "widget": widget} {
		for k, v := range map[string]string{"X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"} {
			if got := resp.Header.Get(k); got != v {
				t.Errorf("%s: %s = %q, want %q", name, k, got, v)
			}
		}
	}
	if got := api.Header.Get("Content-Security-Policy"); !strings.Contains(got, "frame-ancestors 'none'") {
		t.Errorf("API CSP %q", got)
	}
	if got := api.Header.Get("Cache-Control"); got != "no-store" {
		t.Errorf("API Cache-Control %q", got)
	}
	if got := widget.Header.Get("Cross-Origin-Resource-Policy"); got != "cross-origin" {
		t.Errorf("widget CORP %q: other sites must be able to load it", got)
	}
}

func TestAllowedOriginsChecked(t *testing.T) {
	for _, bad := range []string{"*", "www.example.com", "https://example.com/path", "https://example.com; script-src *",
		"javascript:alert(1)", "https://user@example.com", "https://example.com?x"} {
		_, err := web.New(web.Config{AllowedOrigins: []string{bad}}, web.Deps{})
		if err == nil || !strings.Contains(err.Error(), "WEB_ALLOWED_ORIGINS") {
			t.Errorf("origin %q: err %v, want a WEB_ALLOWED_ORIGINS error", bad, err)
		}
	}
}

// TestNoUserTextInLogs: what users type (messages, contact details)
// never reaches the logs, even at debug level.
func TestNoUserTextInLogs(t *testing.T) {
	h := newHarness(t, harnessOpts{logAt: slog.LevelDebug})
	c := h.client()
	c.state()
	const secret = "zebracorn-7731"
	c.say("my company " + secret + " needs a CTO?")
	c.say("start the assessment")
	c.say("we are " + secret + " people")
	c.do("POST", web.PathTurn, map[string]string{"text": strings.Repeat(secret, 1000)}, nil).Body.Close()
	c.do("POST", web.PathContact, web.ContactRequest{Name: secret, Email: secret + "@example.com", Note: secret}, nil).Body.Close()
	c.do("POST", web.PathContact, web.ContactRequest{Name: secret, Email: "bad " + secret}, nil).Body.Close()
	logs := h.logs.String()
	if !strings.Contains(logs, "web turn") {
		t.Fatalf("no turn logged at debug; the test would prove nothing:\n%s", logs)
	}
	if strings.Contains(logs, secret) {
		t.Fatalf("user text in the logs:\n%s", logs)
	}
	for _, ck := range c.c.Jar.Cookies(mustURL(t, h.http.URL)) {
		if strings.Contains(logs, ck.Value) {
			t.Fatal("the session cookie is in the logs")
		}
	}
}
