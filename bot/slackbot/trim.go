package slackbot

import (
	"bytes"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// answerTrimmer is the Web API transport's last step: it drops the
// "message" member from Slack's answers to chat.postMessage and
// chat.update before slack-go decodes them. Slack echoes the whole posted
// message there, Block Kit and all; slack-go decodes every block of it and
// then hands the bot only the ts and channel, which stay. Decoding that
// echo was the largest single cost of answering a DM. Any other answer,
// and one it cannot read, passes unchanged.
type answerTrimmer struct{ next http.RoundTripper }

// maxTrimmed bounds the answers answerTrimmer reads whole.
const maxTrimmed = 1 << 20

func (t answerTrimmer) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.next.RoundTrip(req)
	if err != nil || resp.StatusCode != http.StatusOK || !trimmedMethod(req.URL.Path) ||
		resp.ContentLength > maxTrimmed || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		return resp, err
	}
	var body []byte
	if n := resp.ContentLength; n >= 0 {
		body = make([]byte, n) // one allocation, not ReadAll's doubling
		_, err = io.ReadFull(resp.Body, body)
	} else {
		body, err = io.ReadAll(io.LimitReader(resp.Body, maxTrimmed+1))
	}
	_ = resp.Body.Close()
	if err != nil {
		return nil, err
	}
	if len(body) <= maxTrimmed {
		body = withoutMember(body, "message")
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	resp.ContentLength = int64(len(body))
	resp.Header.Set("Content-Length", strconv.Itoa(len(body)))
	return resp, nil
}

func trimmedMethod(path string) bool {
	return strings.HasSuffix(path, "/chat.postMessage") || strings.HasSuffix(path, "/chat.update")
}

// withoutMember returns the JSON object obj without its member name, or
// obj itself when it has none or cannot be read.
func withoutMember(obj []byte, name string) []byte {
	out := make([]byte, 0, len(obj))
	out = append(out, '{')
	found := false
	ok := skimObject(obj, func(k, v []byte) bool {
		if string(k) == name {
			found = true
			return true
		}
		if len(out) > 1 {
			out = append(out, ',')
		}
		out = append(out, '"')
		out = append(out, k...)
		out = append(out, '"', ':')
		out = append(out, v...)
		return true
	})
	if !ok || !found {
		return obj
	}
	return append(out, '}')
}
