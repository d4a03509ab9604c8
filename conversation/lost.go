package conversation

import "github.com/springfield/techleader/knowledge"

// textLost tells a user that the assessment they are answering is gone
// from the store.
const textLost = "Sorry, I no longer have your earlier answers to the assessment, so I couldn't record that. Would you like to start it again?"

// lost answers an input given to a question of an assessment the stored
// state does not know, and reports whether it did. Rounds only grow, so a
// question of a later round than the state's was shown from a state that
// has since been lost: Redis came back empty or failed over to a replica
// that had not received the latest writes (or the state was deleted:
// forget, expiry). Such an input must not be taken for a fresh start: the
// user is told their progress is gone and offered to start again.
//
// A click carries its question's round. For typed text the front end may
// say which question it showed last (Input.Showing); commands and requests
// for a consultant are then handled as usual, a question is answered, and
// anything else (most likely an answer) gets the notice.
//
// The state takes the input's round, so that a restart begins a later
// round and the old buttons read as stale from then on.
func (t *turn) lost(s *state) ([]Reply, bool) {
	round := 0
	switch t.in.Kind {
	case InputChoice:
		round = t.in.Round
	case InputText:
		round = t.in.Showing.Round
	}
	if round <= s.Round {
		return nil, false
	}
	t.e.log.Warn("assessment progress lost: input of a later round than the stored state",
		"input_round", round, "stored_round", s.Round, "input", inputKind(t.in))
	s.Round = round
	s.Active = false
	s.Answers, s.Asking, s.Narrow = nil, "", nil
	notice := Reply{Notice: textLost, Actions: []Action{{ID: ActionStartAssessment, Label: "Start again"}}}
	if t.in.Kind == InputChoice {
		return []Reply{notice}, true
	}
	raw := t.in.Text
	if _, ok := textCommand(raw); ok || wantsHandoff(raw) {
		return nil, false
	}
	s.remember(raw)
	if isQuestionLike(raw) {
		if r := t.search(raw); r.Kind != knowledge.KindDecline {
			return []Reply{t.e.knowledgeReply(r), notice}, true
		}
	}
	return []Reply{notice}, true
}
