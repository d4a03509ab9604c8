package slacktest

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Call is one Web API request the bot made (or one POST to a response_url,
// with Method "response_url").
type Call struct {
	Method string
	// Token is the token from the Authorization header or the token field.
	Token string
	// Args holds the form fields (or query parameters), or the top-level
	// fields of a JSON body: strings as they are, anything else as JSON text.
	// The token is not repeated here.
	Args map[string]string
	// JSON is the raw body when the request was JSON, else nil.
	JSON json.RawMessage
	At   time.Time
	// Error is the Slack error code the fake answered ("" when ok:true), for
	// example "invalid_blocks", "ratelimited" or "invalid_auth".
	Error string
	// Status is the HTTP status the fake answered.
	Status int
	// Path is the request path ("/api/chat.postMessage", "/response/…").
	Path string
}

// Message is a message as Slack holds it: posted by the bot, then changed in
// place by chat.update or a response_url with replace_original. Messages of
// people (from the envelope builders) are not stored.
type Message struct {
	Channel  string
	TS       string
	ThreadTS string
	Text     string
	// User is the author: BotUserID for everything the bot posts.
	User   string
	Blocks json.RawMessage
	// Ephemeral marks a chat.postEphemeral (or ephemeral response_url)
	// message; Recipient is the only user who sees it.
	Ephemeral bool
	Recipient string
	// Updated counts the updates applied to the message.
	Updated int
	// Attachments is the legacy attachments array when one was sent.
	Attachments json.RawMessage
	// Metadata is the message metadata ({"event_type":…,"event_payload":{…}})
	// when chat.postMessage or chat.update sent one, compacted.
	Metadata json.RawMessage
}

func (m *Message) slackJSON() obj {
	o := obj{
		{"user", m.User},
		{"type", "message"},
		{"ts", m.TS},
		{"bot_id", BotID},
		{"app_id", AppID},
		{"text", m.Text},
		{"team", TeamID},
		{"bot_profile", botProfile()},
	}
	if m.ThreadTS != "" {
		o = append(o, kv{"thread_ts", m.ThreadTS})
	}
	if len(m.Blocks) > 0 {
		o = append(o, kv{"blocks", m.Blocks})
	}
	if len(m.Attachments) > 0 {
		o = append(o, kv{"attachments", m.Attachments})
	}
	if m.Updated > 0 {
		o = append(o, kv{"edited", obj{{"user", BotUserID}, {"ts", m.TS}}})
	}
	if len(m.Metadata) > 0 {
		o = append(o, kv{"metadata", m.Metadata})
	}
	return o
}

// View is a view as Slack holds it after views.open, views.push,
// views.update or views.publish.
type View struct {
	ID              string
	Type            string // "modal" or "home"
	User            string
	CallbackID      string
	ExternalID      string
	PrivateMetadata string
	Hash            string
	RootViewID      string
	PreviousViewID  string
	Blocks          json.RawMessage
	// JSON is the whole view as views.* returned it.
	JSON json.RawMessage
	// Updated counts views.update / views.publish calls after the first.
	Updated int
}

// Fault is an injected failure for FailNext.
type Fault struct {
	// Status is the HTTP status; 0 means 200.
	Status int
	// RetryAfter is the Retry-After header value, "" for none.
	RetryAfter string
	// Error is the Slack error code in the body; "" means "ratelimited"
	// for a 429 and "internal_error" otherwise.
	Error string
	// Served makes the call take effect before the fault is answered, as
	// when Slack accepted a request and its answer was lost (a timeout, a
	// 5xx from a proxy): a chat.postMessage then posts the message all the
	// same.
	Served bool
}

// User is a workspace member served by users.info.
type User struct {
	ID, Name, RealName, Email, TZ string
	IsBot                         bool
}

type trigger struct {
	user    string
	viewID  string
	at      time.Time // issued: when its envelope was built, then sent
	expired bool
}

type responseURL struct {
	user      string
	channel   string
	messageTS string
	ephemeral bool
	uses      int
	at        time.Time
}

const (
	defaultTriggerTTL = 3 * time.Second
	responseURLMaxUse = 5
	responseURLTTL    = 30 * time.Minute
	maxMessageText    = 40000
)

func (s *Server) newTrigger(user, viewID string) string {
	id := newTriggerID()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.triggers[id] = &trigger{user: user, viewID: viewID, at: time.Now()}
	return id
}

// ExpireTrigger makes triggerID unusable for views.open/views.push
// (expired_trigger_id), as if more than 3 s had passed.
func (s *Server) ExpireTrigger(triggerID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if t, ok := s.triggers[triggerID]; ok {
		t.expired = true
	}
}

// SetTriggerTTL sets how long a trigger_id stays usable after its envelope
// was sent (3 s, like Slack, unless changed). 0 makes every trigger expired.
func (s *Server) SetTriggerTTL(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.triggerTTL = d
}

func (s *Server) newResponseURL(kind, user, channel, messageTS string, ephemeral bool) string {
	id := randAlnum(8) + "/" + randAlnum(24)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.responseURLs[id] = &responseURL{user: user, channel: channel, messageTS: messageTS, ephemeral: ephemeral, at: time.Now()}
	return s.hs.URL + "/response/" + kind + "/" + TeamID + "/" + id
}

// FailNext makes the next times calls of method (a Web API method name, or
// "response_url") fail with f instead of being served. Faults queue up.
func (s *Server) FailNext(method string, times int, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range times {
		s.faults[method] = append(s.faults[method], f)
	}
}

// AddUser adds or replaces a user for users.info.
func (s *Server) AddUser(u User) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.users[u.ID] = u
}

// SetChannelMembers sets the members conversations.members returns.
func (s *Server) SetChannelMembers(channel string, users ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.members[channel] = append([]string(nil), users...)
}

// Calls returns the calls of method ("" for all), in order.
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if method == "" || c.Method == method {
			out = append(out, c.clone())
		}
	}
	return out
}

func (c Call) clone() Call {
	args := make(map[string]string, len(c.Args))
	for k, v := range c.Args {
		args[k] = v
	}
	c.Args = args
	c.JSON = append(json.RawMessage(nil), c.JSON...)
	if len(c.JSON) == 0 {
		c.JSON = nil
	}
	return c
}

// WaitCall waits for a call of method ("" for any) for which match (nil for
// any) returns true, including calls made before; it returns the earliest.
func (s *Server) WaitCall(ctx context.Context, method string, match func(Call) bool) (Call, error) {
	var got Call
	err := s.wait(ctx, "call "+method, func() bool {
		for _, c := range s.calls {
			if (method == "" || c.Method == method) && (match == nil || match(c.clone())) {
				got = c.clone()
				return true
			}
		}
		return false
	})
	return got, err
}

// Messages returns the messages Slack holds for channel ("" for all
// channels), in posting order, with updates applied and deletions removed.
func (s *Server) Messages(channel string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Message
	for _, m := range s.msgs {
		if channel == "" || m.Channel == channel {
			out = append(out, *m)
		}
	}
	return out
}

// WaitMessage waits until a held message (in its current state) matches, and
// returns the earliest posted one that does.
func (s *Server) WaitMessage(ctx context.Context, match func(Message) bool) (Message, error) {
	var got Message
	err := s.wait(ctx, "message", func() bool {
		for _, m := range s.msgs {
			if match == nil || match(*m) {
				got = *m
				return true
			}
		}
		return false
	})
	return got, err
}

// Views returns the views Slack holds (modals and Home tabs), in creation order.
func (s *Server) Views() []View {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []View
	for _, v := range s.views {
		out = append(out, *v)
	}
	return out
}

// HomeView returns the Home tab view last published for user.
func (s *Server) HomeView(user string) (View, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v := s.homeViewLocked(user); v != nil {
		return *v, true
	}
	return View{}, false
}

func (s *Server) homeViewLocked(user string) *View {
	for _, v := range s.views {
		if v.Type == "home" && v.User == user {
			return v
		}
	}
	return nil
}

func (s *Server) openModalLocked(user, callbackID string) *View {
	for i := len(s.views) - 1; i >= 0; i-- {
		v := s.views[i]
		if v.Type == "modal" && v.User == user && v.CallbackID == callbackID {
			return v
		}
	}
	return nil
}

func (s *Server) findMessageLocked(channel, ts string) *Message {
	for _, m := range s.msgs {
		if m.Channel == channel && m.TS == ts {
			return m
		}
	}
	return nil
}

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
	s.notifyLocked()
	s.mu.Unlock()
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

// resolveChannel maps a user id given as channel to the user's IM, as Slack
// does for chat.postMessage.
func resolveChannel(ch string) string {
	if strings.HasPrefix(ch, "U") || strings.HasPrefix(ch, "W") {
		return IMChannel(ch)
	}
	return ch
}

// messageContent reads text, blocks and attachments, validating blocks.
func messageContent(r *apiRequest, requireContent bool) (text string, blocks, atts json.RawMessage, fail *apiResult) {
	text = r.args["text"]
	if b, ok := r.field("blocks"); ok {
		norm, msgs, code := validateMessageBlocks(b)
		if code != "" {
			res := errResult(code, msgs...)
			return "", nil, nil, &res
		}
		blocks = norm
	}
	if a, ok := r.field("attachments"); ok {
		var arr []json.RawMessage
		if json.Unmarshal(a, &arr) != nil {
			res := errResult("invalid_attachments")
			return "", nil, nil, &res
		}
		if len(arr) > 0 {
			atts = compact(a)
		}
	}
	if requireContent && strings.TrimSpace(text) == "" && len(blocks) == 0 && len(atts) == 0 {
		res := errResult("no_text")
		return "", nil, nil, &res
	}
	if len([]rune(text)) > maxMessageText {
		text = string([]rune(text)[:maxMessageText])
	}
	return text, blocks, atts, nil
}

func (s *Server) chatPostMessage(r *apiRequest) apiResult {
	ch := resolveChannel(r.args["channel"])
	if ch == "" {
		return errResult("channel_not_found")
	}
	text, blocks, atts, fail := messageContent(r, true)
	if fail != nil {
		return *fail
	}
	threadTS := r.args["thread_ts"]
	if threadTS != "" {
		// Slack accepts a thread_ts it cannot find only as a top-level ts of
		// the channel; the fake cannot know people's messages, so any ts goes.
		if parent := s.findMessageLocked(ch, threadTS); parent != nil && parent.ThreadTS != "" && parent.ThreadTS != parent.TS {
			threadTS = parent.ThreadTS
		}
	}
	meta, fail := messageMetadata(r)
	if fail != nil {
		return *fail
	}
	m := &Message{Channel: ch, TS: s.nextTSLocked(), ThreadTS: threadTS, Text: text, User: BotUserID, Blocks: blocks, Attachments: atts,
		Metadata: meta}
	s.msgs = append(s.msgs, m)
	return okResult(kv{"channel", ch}, kv{"ts", m.TS}, kv{"message", m.slackJSON()})
}

func (s *Server) chatPostEphemeral(r *apiRequest) apiResult {
	ch := resolveChannel(r.args["channel"])
	user := r.args["user"]
	if ch == "" {
		return errResult("channel_not_found")
	}
	if user == "" {
		return errResult("user_not_found")
	}
	if mem, ok := s.members[ch]; ok && !contains(mem, user) {
		return errResult("user_not_in_channel")
	}
	text, blocks, atts, fail := messageContent(r, true)
	if fail != nil {
		return *fail
	}
	m := &Message{Channel: ch, TS: s.nextTSLocked(), ThreadTS: r.args["thread_ts"], Text: text, User: BotUserID,
		Blocks: blocks, Attachments: atts, Ephemeral: true, Recipient: user}
	s.msgs = append(s.msgs, m)
	return okResult(kv{"message_ts", m.TS})
}

func (s *Server) chatUpdate(r *apiRequest) apiResult {
	ch := r.args["channel"]
	ts := r.args["ts"]
	if ch == "" {
		return errResult("channel_not_found")
	}
	m := s.findMessageLocked(ch, ts)
	if m == nil || m.Ephemeral {
		return errResult("message_not_found")
	}
	text, blocks, atts, fail := messageContent(r, false)
	if fail != nil {
		return *fail
	}
	_, hasText := r.args["text"]
	_, hasBlocks := r.field("blocks")
	_, hasAtts := r.field("attachments")
	if !hasText && !hasBlocks && !hasAtts {
		return errResult("no_text")
	}
	meta, fail := messageMetadata(r)
	if fail != nil {
		return *fail
	}
	if meta != nil {
		m.Metadata = meta // left out, it is kept
	}
	if hasText {
		m.Text = text
	}
	// Like Slack: blocks and attachments left out keep their old value.
	if hasBlocks {
		m.Blocks = blocks
	}
	if hasAtts {
		m.Attachments = atts
	}
	m.Updated++
	return okResult(kv{"channel", ch}, kv{"ts", ts}, kv{"text", m.Text}, kv{"message", m.slackJSON()})
}

func (s *Server) chatDelete(r *apiRequest) apiResult {
	ch, ts := r.args["channel"], r.args["ts"]
	if ch == "" {
		return errResult("channel_not_found")
	}
	for i, m := range s.msgs {
		if m.Channel == ch && m.TS == ts && !m.Ephemeral {
			s.msgs = append(s.msgs[:i:i], s.msgs[i+1:]...)
			return okResult(kv{"channel", ch}, kv{"ts", ts})
		}
	}
	return errResult("message_not_found")
}

func (s *Server) chatGetPermalink(r *apiRequest) apiResult {
	ch, ts := r.args["channel"], r.args["message_ts"]
	if ch == "" {
		return errResult("channel_not_found")
	}
	if ts == "" {
		return errResult("message_not_found")
	}
	link := "https://" + TeamDomain + ".slack.com/archives/" + ch + "/p" + strings.Replace(ts, ".", "", 1)
	if m := s.findMessageLocked(ch, ts); m != nil && m.ThreadTS != "" && m.ThreadTS != ts {
		link += "?thread_ts=" + m.ThreadTS + "&cid=" + ch
	}
	return okResult(kv{"channel", ch}, kv{"permalink", link})
}

func (s *Server) conversationsOpen(r *apiRequest) apiResult {
	if ch := r.args["channel"]; ch != "" {
		return okResult(kv{"no_op", true}, kv{"already_open", true}, kv{"channel", obj{{"id", ch}}})
	}
	users := r.args["users"]
	if users == "" {
		return errResult("users_list_not_supplied")
	}
	list := strings.Split(users, ",")
	for _, u := range list {
		if !strings.HasPrefix(u, "U") && !strings.HasPrefix(u, "W") {
			return errResult("user_not_found")
		}
	}
	id := IMChannel(list[0])
	if len(list) > 1 {
		id = "G" + strings.ToUpper(strings.Join(list, "")[1:])
	}
	ch := obj{{"id", id}}
	if r.args["return_im"] == "true" && len(list) == 1 {
		ch = obj{{"id", id}, {"created", 1700000000}, {"is_im", true}, {"is_org_shared", false},
			{"user", list[0]}, {"is_user_deleted", false}, {"priority", 0}}
	}
	return okResult(kv{"no_op", true}, kv{"already_open", true}, kv{"channel", ch})
}

func (s *Server) conversationsMembers(r *apiRequest) apiResult {
	ch := r.args["channel"]
	mem, ok := s.members[ch]
	if !ok {
		return errResult("channel_not_found")
	}
	limit := 100
	if l, err := strconv.Atoi(r.args["limit"]); err == nil && l > 0 {
		limit = min(l, 1000)
	}
	off := 0
	if c := r.args["cursor"]; c != "" {
		b, err := base64.StdEncoding.DecodeString(c)
		n, err2 := strconv.Atoi(strings.TrimPrefix(string(b), "offset:"))
		if err != nil || err2 != nil || n < 0 || n > len(mem) {
			return errResult("invalid_cursor")
		}
		off = n
	}
	end := min(off+limit, len(mem))
	next := ""
	if end < len(mem) {
		next = base64.StdEncoding.EncodeToString([]byte("offset:" + strconv.Itoa(end)))
	}
	page := append([]string{}, mem[off:end]...)
	return okResult(kv{"members", page}, kv{"response_metadata", obj{{"next_cursor", next}}})
}

func (s *Server) usersInfo(r *apiRequest) apiResult {
	u, ok := s.users[r.args["user"]]
	if !ok {
		return errResult("user_not_found")
	}
	tz := u.TZ
	if tz == "" {
		tz = "UTC"
	}
	offset, label := 0, tz
	if loc, err := time.LoadLocation(tz); err == nil {
		name, off := time.Now().In(loc).Zone()
		offset, label = off, name
	}
	real := u.RealName
	if real == "" {
		real = u.Name
	}
	profile := obj{
		{"real_name", real},
		{"display_name", u.Name},
		{"real_name_normalized", real},
		{"display_name_normalized", u.Name},
		{"email", u.Email},
		{"team", TeamID},
	}
	if u.IsBot {
		profile = append(profile, kv{"bot_id", BotID}, kv{"api_app_id", AppID})
	}
	return okResult(kv{"user", obj{
		{"id", u.ID},
		{"team_id", TeamID},
		{"name", u.Name},
		{"deleted", false},
		{"real_name", real},
		{"tz", tz},
		{"tz_label", label},
		{"tz_offset", offset},
		{"profile", profile},
		{"is_admin", false},
		{"is_owner", false},
		{"is_bot", u.IsBot},
		{"is_app_user", false},
		{"updated", 1700000000},
	}})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
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
