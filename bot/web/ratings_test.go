package web_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/web"
	"github.com/springfield/techleader/conversation/handoff"
	"github.com/springfield/techleader/conversation/insights"
)

// closedHandoff has a visitor's request claimed and closed by the
// consultant, and returns the handoff and the rating pushed to the page.
func closedHandoff(t *testing.T, h *harness, c *client) (handoff.Handoff, web.Push) {
	t.Helper()
	c.state()
	rec := c.requestConsultant()
	if m := h.handoffs.Claim(t.Context(), rec.ID, consultant); m != nil {
		t.Fatalf("claim refused: %s", m(handoff.Style{}))
	}
	if m := h.handoffs.Close(t.Context(), rec.ID, consultant); m != nil {
		t.Fatalf("close refused: %s", m(handoff.Style{}))
	}
	deadline := time.Now().Add(hangGuard)
	for {
		for _, p := range c.pushes() {
			if p.Kind == web.PushReply {
				return rec, p
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no rating pushed; pushes %+v", c.pushes())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestHandoffRatingButtons: once a consultant closes a visitor's
// handoff, the rating is pushed with its five buttons, kept for a reload;
// pressing one (twice at once, as a double click) rates it once through
// the turn endpoint: the card's thread says so, the insights count one
// rating, and a "rated" push closes the buttons on every page. A typed
// number does the same.
func TestHandoffRatingButtons(t *testing.T) {
	for _, tt := range []struct {
		name   string
		clicks int // 0: the visitor types the number instead
	}{{"clicked twice at once", 2}, {"typed", 0}} {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, harnessOpts{ratings: true})
			c := h.client()
			rec, p := closedHandoff(t, h, c)
			if !strings.Contains(p.Text, "Did this help?") || len(p.Actions) != 5 {
				t.Fatalf("rating pushed as %+v, want the question with 5 buttons", p)
			}
			for i, a := range p.Actions {
				if want := fmt.Sprintf("rate:h%s:%d", rec.ID, i+1); string(a.ID) != want || a.Label != fmt.Sprint(i+1) {
					t.Errorf("button %d = %+v, want %s", i, a, want)
				}
			}
			st := c.state() // a reload
			var shown *web.PushJSON
			for i := range st.Pushes {
				if st.Pushes[i].Kind == web.PushReply {
					shown = &st.Pushes[i]
				}
			}
			if shown == nil || len(shown.Actions) != 5 || shown.Actions[3].ID != string(p.Actions[3].ID) ||
				!strings.Contains(plainText(shown.Text), "Did this help?") || !shown.Text[0].Lines[0][0].Bold {
				t.Fatalf("the reloaded page gets %+v, want the rating in bold with its buttons", shown)
			}

			four := string(p.Actions[3].ID)
			var replies []web.TurnResponse
			if tt.clicks == 0 {
				replies = append(replies, c.turnFull(web.TurnRequest{Text: ptr("4")}))
			} else {
				replies = c.concurrentTurns(web.TurnRequest{Action: &four}, tt.clicks)
			}
			thanked, rated := 0, 0
			for _, resp := range replies {
				for _, r := range resp.Replies {
					if strings.Contains(plainText(r.Text), "rating this conversation 4/5") {
						thanked++
					}
				}
				for _, p := range resp.Pushes {
					if p.Kind == web.PushRated && len(p.Actions) == 1 && p.Actions[0].ID == four && p.Actions[0].Label == "4" {
						rated++
					}
				}
			}
			if thanked != 1 || rated != 1 {
				t.Errorf("%d thanks and %d rated pushes in %+v; want 1 and 1", thanked, rated, replies)
			}
			if n := countPushes(c.pushes(), web.PushRated); n != 1 {
				t.Errorf("%d rated pushes kept, want 1 (closes the buttons on a reload)", n)
			}
			if th := h.card(rec.Card).Thread; strings.Count(strings.Join(th, "\n"), "rated this conversation 4/5") != 1 {
				t.Errorf("the card's thread: %q", th)
			}
			day := insights.DayOf(time.Now(), time.UTC)
			tot, err := h.figures.Totals(t.Context(), insights.Period{First: day.Add(-1), Last: day.Add(1)})
			if err != nil || tot.Ratings[insights.RatedHandoff] != [5]int64{0, 0, 0, 1, 0} {
				t.Errorf("handoff ratings %v (%v), want one 4", tot.Ratings, err)
			}
		})
	}
}

// TestRatingActionsChecked: the turn endpoint takes a rating's actions,
// refuses malformed ones, and a rating not offered is answered politely.
func TestRatingActionsChecked(t *testing.T) {
	h := newHarness(t, harnessOpts{ratings: true})
	c := h.client()
	c.state()
	for _, bad := range []string{"rate:", "rate:h1", "rate:h<b>:4", "rate:h123:4:5", "rate:" + strings.Repeat("a", 70) + ":4"} {
		resp := c.do("POST", web.PathTurn, web.TurnRequest{Action: &bad}, nil)
		if e := decode[apiError](t, resp, http.StatusBadRequest); e.Error.Code != "bad_request" {
			t.Errorf("%q: %+v", bad, e)
		}
	}
	rs := c.act("rate:h0123456789abcdef:4")
	if len(rs) != 1 || !strings.Contains(plainText(rs[0].Notice), "no longer open") {
		t.Errorf("a rating not offered got %+v", rs)
	}
}

func countPushes(ps []web.Push, kind web.PushKind) int {
	n := 0
	for _, p := range ps {
		if p.Kind == kind {
			n++
		}
	}
	return n
}

// concurrentTurns posts req n times at once from the client's session, as
// a double click does, and returns the responses.
func (c *client) concurrentTurns(req web.TurnRequest, n int) []web.TurnResponse {
	c.t.Helper()
	raw, err := json.Marshal(req)
	if err != nil {
		c.t.Fatal(err)
	}
	out := make([]web.TurnResponse, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			r, err := http.NewRequestWithContext(c.t.Context(), "POST", c.h.http.URL+web.PathTurn, bytes.NewReader(raw))
			if err != nil {
				errs[i] = err
				return
			}
			r.Header.Set("Content-Type", "application/json")
			r.Header.Set("Sec-Fetch-Site", "same-origin")
			resp, err := c.c.Do(r)
			if err != nil {
				errs[i] = err
				return
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusOK {
				errs[i] = fmt.Errorf("status %d: %s", resp.StatusCode, body)
				return
			}
			errs[i] = json.Unmarshal(body, &out[i])
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			c.t.Fatalf("concurrent turn: %v", err)
		}
	}
	return out
}

// TestRecommendationRatingButton: the "Was this useful?" buttons under a
// recommendation are taken by the turn endpoint (they were refused as
// unknown actions before) and counted once.
func TestRecommendationRatingButton(t *testing.T) {
	h := newHarness(t, harnessOpts{ratings: true})
	c := h.client()
	c.state()
	rs := c.act("start")
	for q := question(rs); q != nil; q = question(rs) {
		rs = c.choose(q, 0)
	}
	var yes string
	for _, r := range rs {
		for _, a := range r.Actions {
			if strings.HasPrefix(a.ID, "rate:r") && strings.HasSuffix(a.ID, ":yes") {
				yes = a.ID
			}
		}
	}
	if yes == "" {
		t.Fatalf("no rating offered after the recommendation: %+v", rs)
	}
	if got := c.act(yes); len(got) != 1 || !strings.Contains(plainText(got[0].Text), "glad it helped") {
		t.Errorf("pressing yes: %+v", got)
	}
	if got := c.act(yes); len(got) != 1 || !strings.Contains(plainText(got[0].Notice), "already rated") {
		t.Errorf("pressing yes again: %+v", got)
	}
	day := insights.DayOf(time.Now(), time.UTC)
	tot, err := h.figures.Totals(t.Context(), insights.Period{First: day.Add(-1), Last: day.Add(1)})
	if err != nil || tot.Ratings[insights.RatedRecommendation] != [5]int64{0, 0, 0, 0, 1} {
		t.Errorf("recommendation ratings %v (%v), want one 5", tot.Ratings, err)
	}
}
