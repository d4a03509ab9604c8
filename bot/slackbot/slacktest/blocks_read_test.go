package slacktest_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/springfield/techleader/bot/slackbot/slacktest"
)

func TestMessageButtons(t *testing.T) {
	m := slacktest.Message{TS: "1.1", Text: "q", Blocks: json.RawMessage(`[
		{"type":"header","text":{"type":"plain_text","text":"Title"}},
		{"type":"section","block_id":"s","text":{"type":"mrkdwn","text":"body"},
		 "accessory":{"type":"button","action_id":"acc","text":{"type":"plain_text","text":"Not read"}}},
		{"type":"context","elements":[{"type":"mrkdwn","text":"a string here"}]},
		{"type":"actions","block_id":"b1","elements":[
			{"type":"button","action_id":"tl_choice_0","value":"v0","text":{"type":"plain_text","text":"Yes"}},
			{"type":"static_select","action_id":"sel","options":[]},
			{"type":"button","action_id":"tl_choice_1","value":"v1","text":{"type":"plain_text","text":"No"}}]},
		{"type":"actions","block_id":"b2","elements":[
			{"type":"button","action_id":"tl_ho_claim","value":"h1","text":{"type":"plain_text","text":"Claim"}}]}
	]`)}
	got, err := m.Buttons()
	if err != nil {
		t.Fatal(err)
	}
	want := []slacktest.Button{
		{"b1", "tl_choice_0", "v0", "Yes"},
		{"b1", "tl_choice_1", "v1", "No"},
		{"b2", "tl_ho_claim", "h1", "Claim"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Buttons() = %+v, want %+v", got, want)
	}
	if b, err := m.Button("tl_ho_claim"); err != nil || b != want[2] {
		t.Errorf(`Button("tl_ho_claim") = %+v, %v; want %+v`, b, err, want[2])
	}
	if _, err := m.Button("acc"); err == nil {
		t.Error(`Button("acc") found a section accessory, want only actions blocks`)
	}
	for typ, want := range map[string]bool{"header": true, "actions": true, "divider": false} {
		if got, err := m.HasBlock(typ); err != nil || got != want {
			t.Errorf("HasBlock(%q) = %v, %v; want %v", typ, got, err, want)
		}
	}
	v := slacktest.View{Blocks: m.Blocks}
	if got, err := v.Buttons(); err != nil || len(got) != 3 {
		t.Errorf("View.Buttons() = %+v, %v; want the 3 buttons", got, err)
	}
}

func TestMessageButtonsEmptyAndInvalid(t *testing.T) {
	if got, err := (slacktest.Message{}).Buttons(); err != nil || got != nil {
		t.Errorf("no blocks: Buttons() = %v, %v; want none", got, err)
	}
	if got, err := (slacktest.Message{}).HasBlock("header"); err != nil || got {
		t.Errorf("no blocks: HasBlock = %v, %v; want false", got, err)
	}
	bad := slacktest.Message{Blocks: json.RawMessage(`{"type":"actions"}`)}
	if _, err := bad.Buttons(); err == nil {
		t.Error("Buttons() of an object, want an error")
	}
	if _, err := bad.HasBlock("actions"); err == nil {
		t.Error("HasBlock() of an object, want an error")
	}
	if _, err := bad.Button("x"); err == nil {
		t.Error("Button() of an object, want an error")
	}
}
