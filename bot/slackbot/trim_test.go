package slackbot

import (
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
)

func TestWithoutMember(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"ok":true,"channel":"D1","ts":"1.2","message":{"blocks":[{"type":"section","text":{"text":"}\"{"}}]}}`, `{"ok":true,"channel":"D1","ts":"1.2"}`},
		{`{"message":{"text":"x"},"ok":true,"ts":"1.2"}`, `{"ok":true,"ts":"1.2"}`},
		{` { "ok" : false , "error" : "invalid_blocks" } `, ` { "ok" : false , "error" : "invalid_blocks" } `}, // nothing to drop: as it was
		{`{"ok":true,"message":`, `{"ok":true,"message":`},                                                     // unreadable: as it was
	}
	for _, tt := range tests {
		if got := string(withoutMember([]byte(tt.in), "message")); got != tt.want {
			t.Errorf("withoutMember(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// fixedAnswer answers every request with body.
type fixedAnswer struct {
	body   string
	sized  bool // with a Content-Length
	status int
}

func (f fixedAnswer) RoundTrip(*http.Request) (*http.Response, error) {
	h := http.Header{"Content-Type": {"application/json; charset=utf-8"}}
	n := int64(-1)
	if f.sized {
		n = int64(len(f.body))
		h.Set("Content-Length", strconv.Itoa(len(f.body)))
	}
	return &http.Response{StatusCode: f.status, Header: h, Body: io.NopCloser(strings.NewReader(f.body)), ContentLength: n}, nil
}

// TestAnswerTrimmer: chat.postMessage's and chat.update's answers lose
// their message; other methods, and failed answers, reach slack-go as
// Slack sent them.
func TestAnswerTrimmer(t *testing.T) {
	const full = `{"ok":true,"channel":"D1","ts":"1.2","message":{"text":"hi","blocks":[]}}`
	const trimmed = `{"ok":true,"channel":"D1","ts":"1.2"}`
	tests := []struct {
		method string
		status int
		sized  bool
		want   string
	}{
		{"chat.postMessage", 200, true, trimmed},
		{"chat.postMessage", 200, false, trimmed},
		{"chat.update", 200, true, trimmed},
		{"conversations.history", 200, true, full},
		{"chat.postMessage", 500, true, full},
	}
	for _, tt := range tests {
		tr := answerTrimmer{fixedAnswer{body: full, sized: tt.sized, status: tt.status}}
		req, _ := http.NewRequest(http.MethodPost, "https://slack.com/api/"+tt.method, nil)
		resp, err := tr.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		if string(body) != tt.want || (resp.ContentLength >= 0 && resp.ContentLength != int64(len(body))) {
			t.Errorf("%s %d: body %s (length %d), want %s", tt.method, tt.status, body, resp.ContentLength, tt.want)
		}
	}
}
