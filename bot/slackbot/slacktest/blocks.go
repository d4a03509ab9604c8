package slacktest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// Block Kit limits Slack enforces (https://docs.slack.dev/reference/block-kit).
const (
	maxMessageBlocks     = 50
	maxViewBlocks        = 100
	maxSectionText       = 3000
	maxSectionFields     = 10
	maxSectionFieldText  = 2000
	maxHeaderText        = 150
	maxActionsElements   = 25
	maxContextElements   = 10
	maxButtonText        = 75
	maxButtonValue       = 2000
	maxURL               = 3000
	maxID                = 255
	maxViewTitle         = 24
	maxPrivateMetadata   = 3000
	maxMarkdownBlockText = 12000
	maxOptions           = 100
	maxOptionText        = 75
	maxOptionValue       = 150
	maxPlaceholder       = 150
	maxInputLabel        = 2000
	maxImageAltText      = 2000
)

var knownBlocks = map[string]bool{
	"section": true, "divider": true, "image": true, "actions": true, "context": true,
	"input": true, "header": true, "rich_text": true, "file": true, "video": true,
	"markdown": true, "table": true, "context_actions": true,
}

func compact(b json.RawMessage) json.RawMessage {
	if len(b) == 0 {
		return nil
	}
	var buf bytes.Buffer
	if json.Compact(&buf, b) != nil {
		return append(json.RawMessage(nil), b...)
	}
	return buf.Bytes()
}

// checker collects Slack-style validation messages:
// "[ERROR] no more than 50 items allowed [json-pointer:/blocks]".
type checker struct{ msgs []string }

func (c *checker) errorf(ptr, format string, args ...any) {
	c.msgs = append(c.msgs, fmt.Sprintf("[ERROR] "+format+" [json-pointer:%s]", append(args, ptr)...))
}

func (c *checker) maxLen(ptr, s string, n int) {
	if utf8.RuneCountInString(s) > n {
		c.errorf(ptr, "must be less than %d characters", n+1)
	}
}

// validateMessageBlocks checks a message's blocks (a JSON array) and returns
// them compacted, or Slack's error code and messages.
func validateMessageBlocks(raw json.RawMessage) (json.RawMessage, []string, string) {
	var blocks []map[string]any
	if err := json.Unmarshal(raw, &blocks); err != nil {
		return nil, nil, "invalid_blocks_format"
	}
	c := &checker{}
	c.blocks("/blocks", blocks, maxMessageBlocks, false)
	if len(c.msgs) > 0 {
		return nil, c.msgs, "invalid_blocks"
	}
	return compact(raw), nil, ""
}

// validateView checks a view object and returns it with its keys in order,
// or Slack's error code ("invalid_arguments", as views.* answer) and messages.
func validateView(raw json.RawMessage, wantType string) (obj, []string, string) {
	o, err := parseObj(raw)
	if err != nil {
		return nil, []string{"[ERROR] view must be a JSON object [json-pointer:/view]"}, "invalid_arguments"
	}
	var v struct {
		Type            string           `json:"type"`
		Title           map[string]any   `json:"title"`
		Submit          map[string]any   `json:"submit"`
		Close           map[string]any   `json:"close"`
		Blocks          []map[string]any `json:"blocks"`
		PrivateMetadata string           `json:"private_metadata"`
		CallbackID      string           `json:"callback_id"`
		ExternalID      string           `json:"external_id"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, []string{"[ERROR] " + err.Error() + " [json-pointer:/view]"}, "invalid_arguments"
	}
	c := &checker{}
	if v.Type != wantType {
		c.errorf("/view/type", "must be %q", wantType)
	}
	if v.Type == "modal" {
		if v.Title == nil {
			c.errorf("/view/title", "missing required field: title")
		} else {
			c.text("/view/title", v.Title, maxViewTitle, true)
		}
		if v.Submit != nil {
			c.text("/view/submit", v.Submit, maxViewTitle, true)
		}
		if v.Close != nil {
			c.text("/view/close", v.Close, maxViewTitle, true)
		}
	}
	c.maxLen("/view/private_metadata", v.PrivateMetadata, maxPrivateMetadata)
	c.maxLen("/view/callback_id", v.CallbackID, maxID)
	c.maxLen("/view/external_id", v.ExternalID, maxID)
	hasInput := false
	for _, b := range v.Blocks {
		if b["type"] == "input" {
			hasInput = true
		}
	}
	if hasInput && v.Type == "modal" && v.Submit == nil {
		c.errorf("/view/submit", "submit is required when an input is present")
	}
	c.blocks("/view/blocks", v.Blocks, maxViewBlocks, true)
	if len(c.msgs) > 0 {
		msgs := append([]string{"[ERROR] failed to match all allowed schemas [json-pointer:/view]"}, c.msgs...)
		return nil, msgs, "invalid_arguments"
	}
	return o, nil, ""
}

func (c *checker) blocks(ptr string, blocks []map[string]any, max int, inView bool) {
	if len(blocks) > max {
		c.errorf(ptr, "no more than %d items allowed", max)
	}
	ids := map[string]bool{}
	for i, b := range blocks {
		p := fmt.Sprintf("%s/%d", ptr, i)
		typ, _ := b["type"].(string)
		if !knownBlocks[typ] {
			c.errorf(p+"/type", "unknown block type %q", typ)
			continue
		}
		if id, ok := b["block_id"]; ok {
			s, _ := id.(string)
			if s == "" {
				c.errorf(p+"/block_id", "must be a non-empty string")
			}
			c.maxLen(p+"/block_id", s, maxID)
			if ids[s] {
				c.errorf(p+"/block_id", "duplicate block_id %q", s)
			}
			ids[s] = true
		}
		c.block(p, typ, b, inView)
	}
}

func (c *checker) block(p, typ string, b map[string]any, inView bool) {
	switch typ {
	case "section":
		text, hasText := b["text"].(map[string]any)
		fields, _ := b["fields"].([]any)
		if !hasText && len(fields) == 0 {
			c.errorf(p, "must provide text or fields")
		}
		if hasText {
			c.text(p+"/text", text, maxSectionText, false)
		}
		if len(fields) > maxSectionFields {
			c.errorf(p+"/fields", "no more than %d items allowed", maxSectionFields)
		}
		for i, f := range fields {
			fm, _ := f.(map[string]any)
			c.text(fmt.Sprintf("%s/fields/%d", p, i), fm, maxSectionFieldText, false)
		}
		if acc, ok := b["accessory"].(map[string]any); ok {
			c.element(p+"/accessory", acc)
		}
	case "header":
		t, _ := b["text"].(map[string]any)
		c.text(p+"/text", t, maxHeaderText, true)
	case "actions":
		els, _ := b["elements"].([]any)
		if len(els) == 0 {
			c.errorf(p+"/elements", "must provide at least 1 item")
		}
		if len(els) > maxActionsElements {
			c.errorf(p+"/elements", "no more than %d items allowed", maxActionsElements)
		}
		c.elements(p+"/elements", els)
	case "context":
		els, _ := b["elements"].([]any)
		if len(els) == 0 {
			c.errorf(p+"/elements", "must provide at least 1 item")
		}
		if len(els) > maxContextElements {
			c.errorf(p+"/elements", "no more than %d items allowed", maxContextElements)
		}
		for i, e := range els {
			em, _ := e.(map[string]any)
			ep := fmt.Sprintf("%s/elements/%d", p, i)
			switch em["type"] {
			case "plain_text", "mrkdwn":
				c.text(ep, em, maxSectionText, false)
			case "image":
			default:
				c.errorf(ep+"/type", "must be one of image, plain_text, mrkdwn")
			}
		}
	case "input":
		label, _ := b["label"].(map[string]any)
		c.text(p+"/label", label, maxInputLabel, true)
		el, ok := b["element"].(map[string]any)
		if !ok {
			c.errorf(p+"/element", "missing required field: element")
		} else {
			c.element(p+"/element", el)
		}
	case "image":
		if u, _ := b["image_url"].(string); u == "" {
			if _, ok := b["slack_file"]; !ok {
				c.errorf(p+"/image_url", "missing required field: image_url")
			}
		}
		alt, _ := b["alt_text"].(string)
		if alt == "" {
			c.errorf(p+"/alt_text", "missing required field: alt_text")
		}
		c.maxLen(p+"/alt_text", alt, maxImageAltText)
	case "markdown":
		t, _ := b["text"].(string)
		if t == "" {
			c.errorf(p+"/text", "must be more than 0 characters")
		}
		c.maxLen(p+"/text", t, maxMarkdownBlockText)
	}
}

func (c *checker) elements(p string, els []any) {
	ids := map[string]bool{}
	for i, e := range els {
		em, _ := e.(map[string]any)
		ep := fmt.Sprintf("%s/%d", p, i)
		c.element(ep, em)
		if id, ok := em["action_id"].(string); ok {
			if ids[id] {
				c.errorf(ep+"/action_id", "duplicate action_id %q", id)
			}
			ids[id] = true
		}
	}
}

func (c *checker) element(p string, el map[string]any) {
	if el == nil {
		c.errorf(p, "must be an object")
		return
	}
	typ, _ := el["type"].(string)
	if typ == "" {
		c.errorf(p+"/type", "missing required field: type")
	}
	if id, ok := el["action_id"]; ok {
		s, _ := id.(string)
		if s == "" {
			c.errorf(p+"/action_id", "must be a non-empty string")
		}
		c.maxLen(p+"/action_id", s, maxID)
	}
	if ph, ok := el["placeholder"].(map[string]any); ok {
		c.text(p+"/placeholder", ph, maxPlaceholder, true)
	}
	switch typ {
	case "button":
		t, _ := el["text"].(map[string]any)
		c.text(p+"/text", t, maxButtonText, true)
		if v, ok := el["value"].(string); ok {
			c.maxLen(p+"/value", v, maxButtonValue)
		}
		if u, ok := el["url"].(string); ok {
			c.maxLen(p+"/url", u, maxURL)
		}
		if st, ok := el["style"].(string); ok && st != "primary" && st != "danger" {
			c.errorf(p+"/style", "must be one of primary, danger")
		}
	case "static_select", "multi_static_select", "radio_buttons", "checkboxes", "overflow":
		opts, _ := el["options"].([]any)
		groups, hasGroups := el["option_groups"].([]any)
		if len(opts) == 0 && !hasGroups {
			c.errorf(p+"/options", "must provide at least 1 item")
		}
		if len(opts) > maxOptions {
			c.errorf(p+"/options", "no more than %d items allowed", maxOptions)
		}
		if typ == "overflow" && len(opts) > 5 {
			c.errorf(p+"/options", "no more than 5 items allowed")
		}
		c.options(p+"/options", opts)
		for i, g := range groups {
			gm, _ := g.(map[string]any)
			gopts, _ := gm["options"].([]any)
			c.options(fmt.Sprintf("%s/option_groups/%d/options", p, i), gopts)
		}
	}
}

func (c *checker) options(p string, opts []any) {
	for i, o := range opts {
		om, _ := o.(map[string]any)
		op := fmt.Sprintf("%s/%d", p, i)
		t, _ := om["text"].(map[string]any)
		c.text(op+"/text", t, maxOptionText, false)
		v, _ := om["value"].(string)
		c.maxLen(op+"/value", v, maxOptionValue)
	}
}

// text checks a text object: type plain_text (or mrkdwn unless plainOnly)
// and 1..max characters.
func (c *checker) text(p string, t map[string]any, max int, plainOnly bool) {
	if t == nil {
		c.errorf(p, "must be a text object")
		return
	}
	typ, _ := t["type"].(string)
	switch {
	case typ == "plain_text":
	case typ == "mrkdwn" && !plainOnly:
	case plainOnly:
		c.errorf(p+"/type", "must be plain_text")
	default:
		c.errorf(p+"/type", "must be one of plain_text, mrkdwn")
	}
	s, ok := t["text"].(string)
	if !ok || s == "" {
		c.errorf(p+"/text", "must be more than 0 characters")
		return
	}
	c.maxLen(p+"/text", s, max)
}

// parseObj decodes a JSON object keeping its keys in order.
func parseObj(raw json.RawMessage) (obj, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fmt.Errorf("not an object")
	}
	var o obj
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return nil, err
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		o = append(o, kv{kt.(string), v})
	}
	return o, nil
}
