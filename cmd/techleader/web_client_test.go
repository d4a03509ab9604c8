package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"strings"
	"testing"
	"time"

	"github.com/springfield/techleader/bot/web"
)

// webClient is one visitor of a serve process's web chat, over HTTP as
// the page talks to it (a cookie jar, same-origin requests).
type webClient struct {
	t    *testing.T
	base string // http://addr
	c    *http.Client
}

func newWebClient(t *testing.T, addr string) *webClient {
	jar, _ := cookiejar.New(nil)
	return &webClient{t: t, base: "http://" + addr, c: &http.Client{Jar: jar, Timeout: 30 * time.Second}}
}

// at is the same visitor (the same cookies, so the same session) talking
// to the web chat at addr: another replica of the same deployment.
func (w *webClient) at(addr string) *webClient {
	return &webClient{t: w.t, base: "http://" + addr, c: w.c}
}

// post sends body as JSON to path and decodes a 200 answer.
func (w *webClient) post(path string, body any) web.TurnResponse {
	w.t.Helper()
	tr, err := w.tryPost(path, body)
	if err != nil {
		w.t.Fatal(err)
	}
	return tr
}

// tryPost is post returning its failure: for other goroutines than the
// test's.
func (w *webClient) tryPost(path string, body any) (web.TurnResponse, error) {
	var tr web.TurnResponse
	raw, err := json.Marshal(body)
	if err != nil {
		return tr, err
	}
	req, err := http.NewRequest(http.MethodPost, w.base+path, bytes.NewReader(raw))
	if err != nil {
		return tr, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	resp, err := w.c.Do(req)
	if err != nil {
		return tr, fmt.Errorf("POST %s: %w", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return tr, fmt.Errorf("POST %s: %d %s", path, resp.StatusCode, b)
	}
	if err := json.Unmarshal(b, &tr); err != nil {
		return tr, fmt.Errorf("POST %s: %w in %s", path, err, b)
	}
	return tr, nil
}

// state loads the page's state (and starts the session).
func (w *webClient) state() web.StateResponse {
	w.t.Helper()
	resp, err := w.c.Get(w.base + web.PathState)
	if err != nil {
		w.t.Fatal(err)
	}
	defer resp.Body.Close()
	var st web.StateResponse
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil || resp.StatusCode != http.StatusOK {
		w.t.Fatalf("state: %d %v", resp.StatusCode, err)
	}
	return st
}

func (w *webClient) say(text string) web.TurnResponse {
	return w.post(web.PathTurn, web.TurnRequest{Text: &text})
}

func (w *webClient) act(action string) web.TurnResponse {
	return w.post(web.PathTurn, web.TurnRequest{Action: &action})
}

// allText flattens the replies and pushes of a response.
func allText(tr web.TurnResponse) string {
	var b strings.Builder
	flat := func(rt web.RichText) {
		for _, blk := range rt {
			for _, line := range blk.Lines {
				for _, sp := range line {
					b.WriteString(sp.Text)
				}
				b.WriteString("\n")
			}
		}
	}
	for _, r := range tr.Replies {
		flat(r.Text)
		flat(r.Notice)
	}
	for _, p := range tr.Pushes {
		flat(p.Text)
	}
	return b.String()
}

// events opens the session's event stream and returns its pushes as they
// come, until ctx ends.
func (w *webClient) events(ctx context.Context) <-chan web.PushJSON {
	w.t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, w.base+web.PathEvents, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	c := *w.c
	c.Timeout = 0 // a stream
	resp, err := c.Do(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		w.t.Fatalf("event stream: %v %v", resp, err)
	}
	out := make(chan web.PushJSON, 16)
	go func() {
		defer close(out)
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			data, ok := strings.CutPrefix(sc.Text(), "data: ")
			if !ok {
				continue
			}
			var p web.PushJSON
			if json.Unmarshal([]byte(data), &p) == nil {
				select {
				case out <- p:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out
}

// waitPush reads pushes until one's text contains want and returns it.
func waitPush(ctx context.Context, t *testing.T, pushes <-chan web.PushJSON, want string) web.PushJSON {
	t.Helper()
	got := pushesUntil(ctx, t, pushes, want)
	return got[len(got)-1]
}

// pushesUntil reads pushes until one's text contains want and returns
// every push read, that one last.
func pushesUntil(ctx context.Context, t *testing.T, pushes <-chan web.PushJSON, want string) []web.PushJSON {
	t.Helper()
	var got []web.PushJSON
	var seen []string
	for {
		select {
		case p, ok := <-pushes:
			if !ok {
				t.Fatalf("the event stream ended before a push with %q; pushes: %q", want, seen)
			}
			got = append(got, p)
			text := allText(web.TurnResponse{Pushes: []web.PushJSON{p}})
			if strings.Contains(text, want) {
				return got
			}
			seen = append(seen, text)
		case <-ctx.Done():
			t.Fatalf("no push with %q: %v; pushes: %q", want, ctx.Err(), seen)
		}
	}
}

// metricValue returns the value of one line of a /metrics body ("name{labels} value").
func metricValue(body, series string) (string, error) {
	for _, line := range strings.Split(body, "\n") {
		if v, ok := strings.CutPrefix(line, series+" "); ok {
			return v, nil
		}
	}
	return "", fmt.Errorf("no series %s", series)
}
