package slacktest

import (
	"encoding/json"
	"strconv"
	"time"
)

const maxViewStack = 3

func newHash() string {
	return strconv.FormatInt(time.Now().Unix(), 10) + "." + randAlnum(8)
}

// storeViewLocked completes the view Slack returns from the request's view
// object and stores it (or replaces v's stored version when v is stored).
func (s *Server) storeViewLocked(v *View, req obj) *View {
	out := obj{{"id", v.ID}, {"team_id", TeamID}}
	out = append(out, req...)
	seen := map[string]bool{}
	for _, f := range out {
		seen[f.k] = true
	}
	def := func(k string, val any) {
		if !seen[k] {
			out = append(out, kv{k, val})
		}
	}
	def("private_metadata", "")
	def("callback_id", "")
	out = append(out, kv{"state", obj{{"values", obj{}}}}, kv{"hash", v.Hash})
	def("title", obj{{"type", "plain_text"}, {"text", "View Title"}, {"emoji", true}})
	def("clear_on_close", false)
	def("notify_on_close", false)
	def("close", nil)
	def("submit", nil)
	var prev any
	if v.PreviousViewID != "" {
		prev = v.PreviousViewID
	}
	if v.RootViewID == "" {
		v.RootViewID = v.ID
	}
	out = append(out, kv{"previous_view_id", prev}, kv{"root_view_id", v.RootViewID}, kv{"app_id", AppID})
	def("external_id", "")
	out = append(out, kv{"app_installed_team_id", TeamID}, kv{"bot_id", BotID})
	v.JSON = mustJSON(out)

	var fields struct {
		Type            string          `json:"type"`
		CallbackID      string          `json:"callback_id"`
		ExternalID      string          `json:"external_id"`
		PrivateMetadata string          `json:"private_metadata"`
		Blocks          json.RawMessage `json:"blocks"`
	}
	_ = json.Unmarshal(v.JSON, &fields)
	v.Type, v.CallbackID, v.ExternalID, v.PrivateMetadata = fields.Type, fields.CallbackID, fields.ExternalID, fields.PrivateMetadata
	v.Blocks = compact(fields.Blocks)
	for _, x := range s.views {
		if x == v {
			return v
		}
	}
	s.views = append(s.views, v)
	return v
}

// viewArg reads and validates the "view" argument.
func viewArg(r *apiRequest, wantType string) (obj, *apiResult) {
	raw, ok := r.field("view")
	if !ok {
		res := errResult("invalid_arguments", "[ERROR] missing required field: view")
		return nil, &res
	}
	o, msgs, code := validateView(raw, wantType)
	if code != "" {
		res := errResult(code, msgs...)
		return nil, &res
	}
	return o, nil
}

func (s *Server) checkTriggerLocked(id string) (*trigger, *apiResult) {
	t, ok := s.triggers[id]
	if !ok || t.expired || time.Since(t.at) > s.triggerTTL {
		res := errResult("expired_trigger_id")
		if id == "" {
			res = errResult("invalid_arguments", "[ERROR] missing required field: trigger_id")
		}
		return nil, &res
	}
	return t, nil
}

func (s *Server) viewByIDLocked(id string) *View {
	for _, v := range s.views {
		if v.ID == id {
			return v
		}
	}
	return nil
}

func (s *Server) viewsOpen(r *apiRequest) apiResult {
	t, fail := s.checkTriggerLocked(r.args["trigger_id"])
	if fail != nil {
		return *fail
	}
	req, fail := viewArg(r, "modal")
	if fail != nil {
		return *fail
	}
	v := s.storeViewLocked(&View{ID: newViewID(), User: t.user, Hash: newHash()}, req)
	return okResult(kv{"view", v.JSON})
}

func (s *Server) viewsPush(r *apiRequest) apiResult {
	t, fail := s.checkTriggerLocked(r.args["trigger_id"])
	if fail != nil {
		return *fail
	}
	req, fail := viewArg(r, "modal")
	if fail != nil {
		return *fail
	}
	v := &View{ID: newViewID(), User: t.user, Hash: newHash()}
	if parent := s.viewByIDLocked(t.viewID); parent != nil && parent.Type == "modal" {
		depth := 1
		for p := parent; p.PreviousViewID != ""; depth++ {
			if p = s.viewByIDLocked(p.PreviousViewID); p == nil {
				break
			}
		}
		if depth >= maxViewStack {
			return errResult("push_limit_reached")
		}
		v.RootViewID, v.PreviousViewID = parent.RootViewID, parent.ID
	}
	s.storeViewLocked(v, req)
	return okResult(kv{"view", v.JSON})
}

func (s *Server) viewsUpdate(r *apiRequest) apiResult {
	var v *View
	if id := r.args["view_id"]; id != "" {
		v = s.viewByIDLocked(id)
	} else if ext := r.args["external_id"]; ext != "" {
		for _, x := range s.views {
			if x.ExternalID == ext {
				v = x
			}
		}
	} else {
		return errResult("invalid_arguments", "[ERROR] either view_id or external_id is required")
	}
	if v == nil {
		return errResult("not_found")
	}
	if h := r.args["hash"]; h != "" && h != v.Hash {
		return errResult("hash_conflict")
	}
	req, fail := viewArg(r, v.Type)
	if fail != nil {
		return *fail
	}
	v.Hash = newHash()
	v.Updated++
	s.storeViewLocked(v, req)
	return okResult(kv{"view", v.JSON})
}

func (s *Server) viewsPublish(r *apiRequest) apiResult {
	user := r.args["user_id"]
	if user == "" {
		return errResult("invalid_arguments", "[ERROR] missing required field: user_id")
	}
	req, fail := viewArg(r, "home")
	if fail != nil {
		return *fail
	}
	v := s.homeViewLocked(user)
	if v != nil {
		if h := r.args["hash"]; h != "" && h != v.Hash {
			return errResult("hash_conflict")
		}
		v.Updated++
	} else {
		v = &View{ID: newViewID(), User: user}
	}
	v.Hash = newHash()
	s.storeViewLocked(v, req)
	return okResult(kv{"view", v.JSON})
}
