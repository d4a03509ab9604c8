package web_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/conversation"
	"github.com/springfield/techleader/conversation/handoff"
)

func TestTurnAnswersQuestion(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	c := h.client()
	rs := c.say("what does a CTO do?")
	if len(rs) == 0 || rs[0].Article != "what-is-cto" {
		t.Fatalf("replies %+v, want the what-is-cto article first", rs)
	}
	if txt := plainText(rs[0].Text); !strings.Contains(txt, "Chief Technology Officer") {
		t.Fatalf("answer text %q does not explain the CTO", txt)
	}
	if len(rs[0].Articles) == 0 {
		t.Fatal("no related articles offered")
	}
	if got := h.metrics.Count("turn:" + web.TurnText); got != 1 {
		t.Fatalf("turn:text counted %d times, want 1", got)
	}
}

// TestAssessmentThroughAPI answers every question with its first option
// (and one in words) and gets a recommendation; each answer confirms the
// question it answers.
func TestAssessmentThroughAPI(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	c := h.client()
	q := question(c.act("start"))
	if q == nil || q.Step != 1 || len(q.Options) == 0 {
		t.Fatalf("start gave question %+v", q)
	}
	var rec *web.Recommendation
	for range 20 {
		var rs []web.Reply
		if q.Step == 2 {
			rs = c.say("2") // the second option, by number
		} else {
			rs = c.choose(q, 0)
		}
		if rs[0].Answered == nil || rs[0].Answered.Question != q.ID || rs[0].Answered.Round != q.Round {
			t.Fatalf("answer to %s: first reply %+v, want it answered", q.ID, rs[0])
		}
		if q.Step == 2 && rs[0].Answered.Answer != q.Options[1].Label {
			t.Fatalf("typed 2: answered %q, want %q", rs[0].Answered.Answer, q.Options[1].Label)
		}
		next := question(rs)
		for _, r := range rs {
			if r.Recommendation != nil {
				rec = r.Recommendation
			}
		}
		if next == nil {
			break
		}
		q = next
	}
	if rec == nil {
		t.Fatal("no recommendation after the last question")
	}
	if !strings.HasPrefix(rec.Heading, "Recommendation: ") || len(rec.Summary) == 0 || len(rec.Reasons) == 0 {
		t.Fatalf("recommendation %+v lacks heading, summary or reasons", rec)
	}
}

// TestStateResumesAssessment: a reload mid-assessment shows the answers
// given and the pending question, which the page can then answer.
func TestStateResumesAssessment(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	c := h.client()
	if st := c.state(); len(st.Replies) != 1 || len(st.Replies[0].Actions) == 0 {
		t.Fatalf("first load %+v, want the welcome with its buttons", st.Replies)
	}
	q := question(c.act("start"))
	q = question(c.choose(q, 0))
	q = question(c.choose(q, 1))
	st := c.state()
	var answered []string
	var pending *web.Question
	for _, r := range st.Replies {
		if r.Answered != nil {
			answered = append(answered, r.Answered.Question)
		}
		if r.Question != nil {
			pending = r.Question
		}
	}
	if len(answered) != 2 || pending == nil || pending.ID != q.ID || pending.Round != q.Round || pending.Step != 3 {
		t.Fatalf("state after two answers: answered %v, pending %+v; want 2 answered and %s (step 3)", answered, pending, q.ID)
	}
	if rs := c.choose(pending, 0); rs[0].Answered == nil || rs[0].Answered.Question != q.ID {
		t.Fatalf("answering the resumed question: %+v", rs[0])
	}
}

func TestStateShowsLastRecommendation(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	c := h.client()
	q := question(c.act("start"))
	for q != nil {
		q = question(c.choose(q, 0))
	}
	st := c.state()
	var rec *web.Reply
	for i, r := range st.Replies {
		if r.Recommendation != nil {
			rec = &st.Replies[i]
		}
	}
	if rec == nil || len(rec.Actions) == 0 {
		t.Fatalf("state after the assessment: %+v, want the recommendation with its buttons", st.Replies)
	}
}

func TestBadTurnsRefused(t *testing.T) {
	h := newHarness(t, harnessOpts{cfg: web.Config{MaxMessage: 50}})
	c := h.client()
	c.state()
	for _, tc := range []struct {
		name   string
		body   string
		ctype  string
		status int
		code   string
	}{
		{"nothing", `{}`, "application/json", 400, "bad_request"},
		{"two inputs", `{"text":"hi","action":"start"}`, "application/json", 400, "bad_request"},
		{"unknown action", `{"action":"forget"}`, "application/json", 400, "bad_request"},
		{"odd change id", `{"action":"change:../x"}`, "application/json", 400, "bad_request"},
		{"empty article id", `{"action":"article:"}`, "application/json", 400, "bad_request"},
		{"odd question id", `{"choice":{"question":"../x","round":1,"value":"a"}}`, "application/json", 400, "bad_request"},
		{"negative round", `{"choice":{"question":"size","round":-1,"value":"xs"}}`, "application/json", 400, "bad_request"},
		{"empty text", `{"text":"   "}`, "application/json", 400, "empty"},
		{"too long", `{"text":"` + strings.Repeat("é", 51) + `"}`, "application/json", 422, "too_long"},
		{"not JSON", `text=hi`, "application/x-www-form-urlencoded", 415, "unsupported_media_type"},
		{"broken JSON", `{"text":`, "application/json", 400, "bad_request"},
		{"two values", `{"text":"a"}{"text":"b"}`, "application/json", 400, "bad_request"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := c.do("POST", web.PathTurn, tc.body, map[string]string{"Content-Type": tc.ctype})
			e := decode[apiError](t, resp, tc.status)
			if e.Error.Code != tc.code || e.Error.Message == "" {
				t.Fatalf("error %+v, want code %s with a message", e.Error, tc.code)
			}
		})
	}
}

func TestUnknownPathsAndMethods(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	c := h.client()
	if e := decode[apiError](t, c.do("GET", "/api/nothing", nil, nil), 404); e.Error.Code != "not_found" {
		t.Fatalf("unknown API path: %+v", e)
	}
	resp := c.do("GET", web.PathTurn, nil, nil)
	if allow := resp.Header.Get("Allow"); allow != "POST" {
		t.Errorf("Allow %q, want POST", allow)
	}
	if e := decode[apiError](t, resp, 405); e.Error.Code != "method_not_allowed" {
		t.Fatalf("GET on the turn endpoint: %+v", e)
	}
}

func TestContactForm(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	c := h.client()
	c.state()

	e := decode[apiError](t, c.do("POST", web.PathContact, web.ContactRequest{Name: " ", Email: "not-an-email", Size: "huge"}, nil), 422)
	for _, f := range []string{handoff.FieldName, handoff.FieldEmail, handoff.FieldSize} {
		if e.Error.Fields[f] == "" {
			t.Errorf("no error for field %s in %+v", f, e.Error.Fields)
		}
	}
	if _, err := h.hstore.Active(t.Context(), web.Key(c.session())); !errors.Is(err, handoff.ErrNotFound) {
		t.Fatalf("an invalid form opened a handoff: %v", err)
	}

	form := web.ContactRequest{Name: "  Ada Lovelace ", Company: "Engines Ltd", Email: "ada@engines.example.com",
		Size: "11-50", ContactTime: "mornings", Note: "<b>hello</b>"}
	resp := decode[web.TurnResponse](t, c.do("POST", web.PathContact, form, nil), 200)
	if len(resp.Pushes) != 1 || !strings.Contains(plainText(resp.Pushes[0].Text), "passed your request on") {
		t.Fatalf("pushes %+v, want the handoff's confirmation", resp.Pushes)
	}
	if len(resp.Replies) != 1 || !strings.Contains(plainText(resp.Replies[0].Text), "leave this page") {
		t.Fatalf("replies %+v", resp.Replies)
	}
	rec, err := h.hstore.Active(t.Context(), web.Key(c.session()))
	want := handoff.Contact{Name: "Ada Lovelace", Company: "Engines Ltd", Email: "ada@engines.example.com",
		Size: "11-50", ContactTime: "mornings", Note: "<b>hello</b>"}
	if err != nil || rec.Contact != want || rec.User != web.Key(c.session()) {
		t.Fatalf("handoff %+v, %v; want %+v for the session's key", rec, err, want)
	}
	if st := c.state(); len(st.Pushes) != 1 || st.LastEventID != resp.Pushes[0].ID {
		t.Errorf("the confirmation is not kept for the next page load: %+v", st.Pushes)
	}

	again := decode[web.TurnResponse](t, c.do("POST", web.PathContact, form, nil), 200)
	if len(again.Pushes) != 1 || !strings.Contains(plainText(again.Pushes[0].Text), "already have a request") {
		t.Fatalf("second request: %+v", again)
	}
}

// failingStore is a handoff store that cannot record a request.
type failingStore struct{ *handoff.MemStore }

func (failingStore) Create(context.Context, handoff.Handoff, time.Duration) error {
	return fmt.Errorf("redis: connection refused: %w", conversation.ErrUnavailable)
}

func TestContactStoreDown(t *testing.T) {
	var h *harness
	h = newHarness(t, harnessOpts{deps: func(d *web.Deps) {
		svc, err := handoff.NewService(handoff.Deps{Store: failingStore{handoff.NewMemStore()}, Desk: handoff.NewMemDesk(handoff.Style{}),
			Users: map[string]handoff.UserSide{web.Platform: web.NewUserSide(d.Pushes)}}, handoff.Config{})
		if err != nil {
			t.Fatal(err)
		}
		d.Handoffs = svc
	}})
	c := h.client()
	form := web.ContactRequest{Name: "Ada", Email: "ada@example.com"}
	e := decode[apiError](t, c.do("POST", web.PathContact, form, nil), 503)
	if strings.Contains(e.Error.Message, "redis") || e.Error.Code != "unavailable" || e.Error.Message == "" {
		t.Fatalf("failing store: %+v (the Go error must not show)", e)
	}
}

func TestContactWithoutConsultants(t *testing.T) {
	h := newHarness(t, harnessOpts{deps: func(d *web.Deps) { d.Handoffs = nil }})
	c := h.client()
	form := web.ContactRequest{Name: "Ada", Email: "ada@example.com"}
	if e := decode[apiError](t, c.do("POST", web.PathContact, form, nil), 503); !strings.Contains(e.Error.Message, "aren't connected") {
		t.Fatalf("no consultants: %+v", e)
	}
}

func TestConsultAsksForTheForm(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	rs := h.client().act("consult")
	if n := countReplies(rs, func(r web.Reply) bool { return r.Handoff }); n != 1 {
		t.Fatalf("consult replies %+v, want one asking for the form", rs)
	}
}

// countReplies counts the replies for which f holds.
func countReplies(rs []web.Reply, f func(web.Reply) bool) int {
	n := 0
	for _, r := range rs {
		if f(r) {
			n++
		}
	}
	return n
}

func TestStaticAssets(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	c := h.client()
	for path, ctype := range map[string]string{
		"/": "text/html", "/static/app.js": "text/javascript", "/static/app.css": "text/css", "/widget.js": "text/javascript",
	} {
		resp := c.do("GET", path, nil, nil)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), ctype) || resp.Header.Get("ETag") == "" {
			t.Errorf("%s: %d %q etag %q", path, resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("ETag"))
			continue
		}
		again := c.do("GET", path, nil, map[string]string{"If-None-Match": resp.Header.Get("ETag")})
		again.Body.Close()
		if again.StatusCode != http.StatusNotModified {
			t.Errorf("%s revalidation: %d, want 304", path, again.StatusCode)
		}
	}
	resp := c.do("GET", "/static/nothing.js", nil, nil)
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Errorf("unknown asset: %d", resp.StatusCode)
	}
}

// TestPageCompanySizes: the page's company-size choices are the ones the
// handoff accepts (shared with the Slack form).
func TestPageCompanySizes(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	resp := h.client().do("GET", web.PathPage, nil, nil)
	defer resp.Body.Close()
	page, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	sel := string(page)
	start, end := strings.Index(sel, `<select id="c-size"`), strings.Index(sel, "</select>")
	if start < 0 || end < start {
		t.Fatal("no company-size select in the page")
	}
	var got []string
	for _, part := range strings.Split(sel[start:end], `<option value="`)[1:] {
		v, _, _ := strings.Cut(part, `"`)
		if v != "" {
			got = append(got, v)
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(handoff.CompanySizes) {
		t.Errorf("the page offers sizes %q, the handoff accepts %q", got, handoff.CompanySizes)
	}
}

// TestAlternativesAndIDActions: a knowledge answer's close runner-ups
// reach the page as alternatives; their buttons (article:<id>) show the
// article, and a description's change:<question> buttons are accepted.
func TestAlternativesAndIDActions(t *testing.T) {
	h := newHarness(t, harnessOpts{})
	c := h.client()
	c.state()
	rs := c.say("Duties of the CIO vs the CTO")
	if len(rs) == 0 || len(rs[0].Alternatives) == 0 || rs[0].Alternatives[0].ID == "" {
		t.Fatalf("replies %+v, want alternatives", rs)
	}
	alt := rs[0].Alternatives[0]
	if rs := c.act(conversation.ActionArticle + alt.ID); len(rs) == 0 || rs[0].Article != alt.ID {
		t.Errorf("article button answered %+v, want article %s", rs, alt.ID)
	}
	c.act("start")
	rs = c.say("we are 40 people, growing fast, building a SaaS platform, and our data is a mess")
	found := false
	for _, r := range rs {
		for _, a := range r.Actions {
			found = found || a.ID == conversation.ActionChange+"stage"
		}
	}
	if !found {
		t.Fatalf("replies %+v offer no change:stage button", rs)
	}
	rs = c.act(conversation.ActionChange + "stage")
	if last := rs[len(rs)-1]; last.Question == nil || last.Question.ID != "stage" {
		t.Errorf("change:stage answered %+v, want the stage question again", rs)
	}
}
