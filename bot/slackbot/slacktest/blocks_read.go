package slacktest

import (
	"encoding/json"
	"fmt"
)

// Button is a button of a posted message or of a view: its block id,
// action id, value and the text shown on it.
type Button struct{ BlockID, ActionID, Value, Label string }

// readBlock is the part of a Block Kit block the readers look at.
type readBlock struct {
	Type     string `json:"type"`
	BlockID  string `json:"block_id"`
	Elements []struct {
		Type     string          `json:"type"`
		ActionID string          `json:"action_id"`
		Value    string          `json:"value"`
		Text     json.RawMessage `json:"text"` // an object on buttons, a string in context blocks
	} `json:"elements"`
}

func readBlocks(raw json.RawMessage) ([]readBlock, error) {
	var bs []readBlock
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &bs); err != nil {
			return nil, fmt.Errorf("blocks: %w", err)
		}
	}
	return bs, nil
}

// buttonsIn returns the buttons of the actions blocks of raw, in order.
func buttonsIn(raw json.RawMessage) ([]Button, error) {
	bs, err := readBlocks(raw)
	if err != nil {
		return nil, err
	}
	var out []Button
	for _, b := range bs {
		if b.Type != "actions" {
			continue
		}
		for _, e := range b.Elements {
			if e.Type != "button" {
				continue
			}
			var text struct{ Text string }
			if len(e.Text) > 0 {
				if err := json.Unmarshal(e.Text, &text); err != nil {
					return nil, fmt.Errorf("button %s text: %w", e.ActionID, err)
				}
			}
			out = append(out, Button{b.BlockID, e.ActionID, e.Value, text.Text})
		}
	}
	return out, nil
}

// Buttons returns the buttons of m's actions blocks, in order.
func (m Message) Buttons() ([]Button, error) { return buttonsIn(m.Blocks) }

// Buttons returns the buttons of v's actions blocks, in order.
func (v View) Buttons() ([]Button, error) { return buttonsIn(v.Blocks) }

// Button returns m's first button with the action id.
func (m Message) Button(actionID string) (Button, error) {
	bs, err := m.Buttons()
	if err != nil {
		return Button{}, err
	}
	for _, b := range bs {
		if b.ActionID == actionID {
			return b, nil
		}
	}
	return Button{}, fmt.Errorf("no %s button in message %s (%q)", actionID, m.TS, m.Text)
}

// HasBlock reports whether m has a block of the type (e.g. "header").
func (m Message) HasBlock(typ string) (bool, error) {
	bs, err := readBlocks(m.Blocks)
	if err != nil {
		return false, err
	}
	for _, b := range bs {
		if b.Type == typ {
			return true, nil
		}
	}
	return false, nil
}
