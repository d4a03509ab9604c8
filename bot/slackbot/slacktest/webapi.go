package slacktest

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// ---- HTTP plumbing ----

type apiRequest struct {
	method string
	token  string
	args   map[string]string
	raw    map[string]json.RawMessage // JSON body fields, nil for forms
	body   json.RawMessage
}

// field returns a JSON-valued argument: a JSON body field as is (or the
// JSON inside it when it is a string), or a form field's text.
func (r *apiRequest) field(name string) (json.RawMessage, bool) {
	if r.raw != nil {
		v, ok := r.raw[name]
		if !ok || string(v) == "null" {
			return nil, false
		}
		var str string
		if json.Unmarshal(v, &str) == nil {
			return json.RawMessage(str), true
		}
		return v, true
	}
	v, ok := r.args[name]
	if !ok {
		return nil, false
	}
	return json.RawMessage(v), true
}

type apiResult struct {
	status  int
	header  map[string]string
	body    any
	errCode string
}

func errResult(code string, messages ...string) apiResult {
	body := obj{{"ok", false}, {"error", code}}
	if len(messages) > 0 {
		if code == "invalid_blocks" {
			// chat.* also list the problems without the "[ERROR] " prefix.
			errs := make([]string, len(messages))
			for i, m := range messages {
				errs[i] = strings.TrimPrefix(m, "[ERROR] ")
			}
			body = append(body, kv{"errors", errs})
		}
		body = append(body, kv{"response_metadata", obj{{"messages", messages}}})
	}
	return apiResult{status: http.StatusOK, body: body, errCode: code}
}

func okResult(fields ...kv) apiResult {
	return apiResult{status: http.StatusOK, body: append(obj{{"ok", true}}, fields...)}
}

func readRequest(r *http.Request) (*apiRequest, error) {
	req := &apiRequest{args: map[string]string{}}
	if auth := r.Header.Get("Authorization"); strings.HasPrefix(auth, "Bearer ") {
		req.token = strings.TrimPrefix(auth, "Bearer ")
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
	if err != nil {
		return nil, err
	}
	for k, v := range r.URL.Query() {
		req.args[k] = v[0]
	}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch {
	case ct == "application/json":
		req.body = body
		raw := map[string]json.RawMessage{}
		if len(strings.TrimSpace(string(body))) > 0 {
			if err := json.Unmarshal(body, &raw); err != nil {
				return nil, fmt.Errorf("invalid_json")
			}
		}
		req.raw = raw
		for k, v := range raw {
			var str string
			if json.Unmarshal(v, &str) == nil {
				req.args[k] = str
			} else {
				req.args[k] = string(v)
			}
		}
	case len(body) > 0:
		vals, err := url.ParseQuery(string(body))
		if err != nil {
			return nil, fmt.Errorf("invalid_form_data")
		}
		for k, v := range vals {
			req.args[k] = v[0]
		}
	}
	if t, ok := req.args["token"]; ok {
		if req.token == "" {
			req.token = t
		}
		delete(req.args, "token")
	}
	return req, nil
}

func writeResult(w http.ResponseWriter, res apiResult) {
	for k, v := range res.header {
		w.Header().Set(k, v)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(res.status)
	_ = json.NewEncoder(w).Encode(res.body)
}

func faultResult(f Fault) apiResult {
	status := f.Status
	if status == 0 {
		status = http.StatusOK
	}
	code := f.Error
	if code == "" {
		if status == http.StatusTooManyRequests {
			code = "ratelimited"
		} else {
			code = "internal_error"
		}
	}
	res := errResult(code)
	res.status = status
	if f.RetryAfter != "" {
		res.header = map[string]string{"Retry-After": f.RetryAfter}
	}
	return res
}

func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	req, err := readRequest(r)
	if err != nil {
		writeResult(w, errResult(err.Error()))
		return
	}
	req.method = method

	s.mu.Lock()
	var res apiResult
	if fs := s.faults[method]; len(fs) > 0 {
		s.faults[method] = fs[1:]
		if fs[0].Served {
			s.handleLocked(req)
		}
		res = faultResult(fs[0])
	} else {
		res = s.handleLocked(req)
	}
	s.calls = append(s.calls, Call{
		Method: method, Token: req.token, Args: req.args, JSON: req.body,
		At: time.Now(), Error: res.errCode, Status: res.status, Path: r.URL.Path,
	})
	var post *Message // the message chat.postMessage posted
	if method == "chat.postMessage" && res.status == http.StatusOK && res.errCode == "" && (s.echo || s.onPost != nil) {
		m := *s.msgs[len(s.msgs)-1]
		post = &m
	}
	echo, hook := s.echo, s.onPost
	s.notifyLocked()
	s.mu.Unlock()
	if post != nil {
		s.posted(*post, echo, hook)
	}
	writeResult(w, res)
}

type handler func(s *Server, r *apiRequest) apiResult

var handlers = map[string]handler{
	"apps.connections.open": (*Server).appsConnectionsOpen,
	"auth.test":             (*Server).authTest,
	"chat.postMessage":      (*Server).chatPostMessage,
	"chat.postEphemeral":    (*Server).chatPostEphemeral,
	"chat.update":           (*Server).chatUpdate,
	"chat.delete":           (*Server).chatDelete,
	"chat.getPermalink":     (*Server).chatGetPermalink,
	"views.open":            (*Server).viewsOpen,
	"views.push":            (*Server).viewsPush,
	"views.update":          (*Server).viewsUpdate,
	"views.publish":         (*Server).viewsPublish,
	"conversations.open":    (*Server).conversationsOpen,
	"conversations.members": (*Server).conversationsMembers,
	"conversations.history": (*Server).conversationsHistory,
	"users.info":            (*Server).usersInfo,
	"conversations.replies": (*Server).conversationsReplies,

	"assistant.threads.setStatus":           (*Server).assistantSetStatus,
	"assistant.threads.setSuggestedPrompts": (*Server).assistantSetSuggestedPrompts,
	"assistant.threads.setTitle":            (*Server).assistantSetTitle,
}

func (s *Server) handleLocked(r *apiRequest) apiResult {
	h, ok := handlers[r.method]
	if !ok {
		return errResult("unknown_method")
	}
	want := BotToken
	if r.method == "apps.connections.open" {
		want = AppToken
	}
	switch {
	case r.token == "":
		return errResult("not_authed")
	case r.method != "apps.connections.open" && strings.HasPrefix(r.token, "xapp-"):
		return errResult("not_allowed_token_type")
	case r.method == "apps.connections.open" && strings.HasPrefix(r.token, "xoxb-"):
		return errResult("not_allowed_token_type")
	case r.token != want:
		return errResult("invalid_auth")
	}
	return h(s, r)
}

func (s *Server) appsConnectionsOpen(*apiRequest) apiResult {
	if s.openErr != "" {
		return errResult(s.openErr)
	}
	ticket := newEnvelopeID()
	s.tickets[ticket] = false
	u := strings.Replace(s.hs.URL, "http://", "ws://", 1) + "/link/?ticket=" + ticket + "&app_id=" + AppID
	return okResult(kv{"url", u})
}

func (s *Server) authTest(*apiRequest) apiResult {
	return okResult(
		kv{"url", "https://" + TeamDomain + ".slack.com/"},
		kv{"team", "Techleader Test"},
		kv{"user", BotName},
		kv{"team_id", TeamID},
		kv{"user_id", BotUserID},
		kv{"bot_id", BotID},
		kv{"is_enterprise_install", false},
	)
}

// ---- response_url ----

func (s *Server) serveResponseURL(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	req, err := readRequest(r)
	if err != nil {
		writeResult(w, errResult(err.Error()))
		return
	}
	req.method = "response_url"
	id := r.URL.Path[strings.LastIndex(r.URL.Path[:strings.LastIndex(r.URL.Path, "/")], "/")+1:]

	s.mu.Lock()
	var res apiResult
	if fs := s.faults["response_url"]; len(fs) > 0 {
		s.faults["response_url"] = fs[1:]
		res = faultResult(fs[0])
	} else {
		res = s.respondLocked(id, req)
	}
	s.calls = append(s.calls, Call{
		Method: "response_url", Token: req.token, Args: req.args, JSON: req.body,
		At: time.Now(), Error: res.errCode, Status: res.status, Path: r.URL.Path,
	})
	s.notifyLocked()
	s.mu.Unlock()
	writeResult(w, res)
}

// respondLocked applies a response_url message: replace_original or
// delete_original change the message the action came from; otherwise
// response_type "in_channel" posts to the channel and anything else posts
// an ephemeral message.
func (s *Server) respondLocked(id string, r *apiRequest) apiResult {
	ru, ok := s.responseURLs[id]
	if !ok {
		res := errResult("invalid_response_url")
		res.status = http.StatusNotFound
		return res
	}
	if ru.uses >= responseURLMaxUse || time.Since(ru.at) > responseURLTTL {
		res := errResult("used_url")
		res.status = http.StatusNotFound
		return res
	}
	ru.uses++
	text, blocks, atts, fail := messageContent(r, false)
	if fail != nil {
		return *fail
	}
	_, hasBlocks := r.field("blocks")
	if r.args["delete_original"] == "true" {
		for i, m := range s.msgs {
			if m.Channel == ru.channel && m.TS == ru.messageTS {
				s.msgs = append(s.msgs[:i:i], s.msgs[i+1:]...)
				return okResult()
			}
		}
		return errResult("message_not_found")
	}
	if r.args["replace_original"] == "true" {
		m := s.findMessageLocked(ru.channel, ru.messageTS)
		if m == nil {
			return errResult("message_not_found")
		}
		m.Text = text
		if hasBlocks {
			m.Blocks = blocks
		} else {
			m.Blocks = nil
		}
		m.Attachments = atts
		m.Updated++
		return okResult()
	}
	if strings.TrimSpace(text) == "" && len(blocks) == 0 && len(atts) == 0 {
		return errResult("no_text")
	}
	m := &Message{Channel: ru.channel, TS: s.nextTSLocked(), ThreadTS: r.args["thread_ts"], Text: text,
		User: BotUserID, Blocks: blocks, Attachments: atts}
	if r.args["response_type"] != "in_channel" {
		m.Ephemeral, m.Recipient = true, ru.user
	}
	s.msgs = append(s.msgs, m)
	return okResult()
}
