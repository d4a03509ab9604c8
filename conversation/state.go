package conversation

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// state is everything the engine remembers about one conversation.
type state struct {
	// Round counts assessments started; choices carry it so clicks on an
	// older round are stale.
	Round int
	// Active is true while an assessment is in progress.
	Active bool
	// Answers are the option values given in the current round, by
	// question position: "" for a question not answered yet (a description
	// may answer later questions first). It may be shorter than questions.
	Answers []string
	// Asking is the id of a question asked out of order, to correct its
	// answer; "" asks the first question not answered.
	Asking string
	// Narrow are the options of the pending question the user was asked to
	// choose between ("I'm not sure which you meant: A or B?"); a typed
	// number then counts among them.
	Narrow []string
	// Reopened is true while the assessment in progress is a finished one
	// reopened to correct an answer: it was counted when it first
	// finished, so it is not counted as finished or abandoned again.
	Reopened bool
	// Noted is true when the last reply listed answers taken from the
	// user's words: an "ok" or "that's right" next confirms them.
	Noted bool
	// Last is the last finished assessment, if any.
	Last *finished
	// Survey is the satisfaction rating offered and not given yet, or
	// given with its comment awaited; nil when none.
	Survey *survey
	// Rated are the subjects of the last ratings given, so that a second
	// click on one is thanked rather than refused.
	Rated []string
	// Declines counts the bot's declines in a row.
	Declines int
	// Recent holds the user's last messages, oldest first: raw user text.
	Recent []string
}

// finished is a completed assessment.
type finished struct {
	Round   int
	Kind    RecommendationKind
	Answers []string
}

const (
	maxRecent      = 5
	maxRecentRunes = 200
)

// remember appends a user message to Recent, truncated, keeping the last
// maxRecent.
func (s *state) remember(text string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	if utf8.RuneCountInString(text) > maxRecentRunes {
		r := []rune(text)
		text = string(r[:maxRecentRunes-1]) + "…"
	}
	s.Recent = append(s.Recent, text)
	if n := len(s.Recent); n > maxRecent {
		s.Recent = append([]string(nil), s.Recent[n-maxRecent:]...)
	}
}

// pending is the position of the question to ask, or -1 when every
// question is answered.
func (s *state) pending() int {
	if i := questionIndex(s.Asking); i >= 0 {
		return i
	}
	for i := range questions {
		if s.answer(i) == "" {
			return i
		}
	}
	return -1
}

// answer is the value given for question i, "" if none.
func (s *state) answer(i int) string {
	if i < len(s.Answers) {
		return s.Answers[i]
	}
	return ""
}

// setAnswer records v for question i ("" clears it).
func (s *state) setAnswer(i int, v string) {
	for len(s.Answers) <= i {
		s.Answers = append(s.Answers, "")
	}
	s.Answers[i] = v
	for len(s.Answers) > 0 && s.Answers[len(s.Answers)-1] == "" {
		s.Answers = s.Answers[:len(s.Answers)-1]
	}
}

// step is the 1-based position to show for the pending question: one
// more than the questions answered.
func (s *state) step() int {
	return min(s.answeredCount()+1, len(questions))
}

// answeredCount is the number of questions answered.
func (s *state) answeredCount() int {
	n := 0
	for _, v := range s.Answers {
		if v != "" {
			n++
		}
	}
	return n
}

// clone returns a deep copy, so a turn can change state freely and be
// recomputed after a conflict.
func (s state) clone() state {
	c := s
	c.Answers = append([]string(nil), s.Answers...)
	c.Narrow = append([]string(nil), s.Narrow...)
	c.Recent = append([]string(nil), s.Recent...)
	c.Rated = append([]string(nil), s.Rated...)
	if s.Survey != nil {
		v := *s.Survey
		c.Survey = &v
	}
	if s.Last != nil {
		l := *s.Last
		l.Answers = append([]string(nil), s.Last.Answers...)
		c.Last = &l
	}
	return c
}

// The encoded state is one version byte followed by the payload.
//
// Version 1 (stateV1) is JSON with short field names; answers are stored
// as "questionID=value" so a change to the questions can be detected:
// answers that no longer fit the assessment are dropped at decode time and
// the user is asked those questions again. Questions not answered yet are
// left out. Asking ("p"), Narrow ("n"), Reopened ("o"), Noted ("t") and the rating
// fields were added later and are omitted when empty, so states without
// them encode as before.
//
// To change the format, add stateV2 and its decoder, keep decodeV1, and
// keep testdata/state-v1.bin decoding (TestDecodeStoredVersions).
const stateV1 byte = 1

type wireV1 struct {
	Round    int       `json:"r,omitempty"`
	Active   bool      `json:"a,omitempty"`
	Answers  []string  `json:"q,omitempty"`
	Asking   string    `json:"p,omitempty"`
	Narrow   []string  `json:"n,omitempty"`
	Reopened bool      `json:"o,omitempty"`
	Noted    bool      `json:"t,omitempty"`
	Last     *wireLast `json:"l,omitempty"`
	Survey   *wireRate `json:"v,omitempty"`
	Rated    []string  `json:"w,omitempty"`
	Declines int       `json:"d,omitempty"`
	Recent   []string  `json:"m,omitempty"`
}

type wireRate struct {
	Subject string `json:"s"`
	Score   int    `json:"n,omitempty"`
	Until   int64  `json:"u,omitempty"`
}

type wireLast struct {
	Round   int      `json:"r,omitempty"`
	Kind    string   `json:"k"`
	Answers []string `json:"q,omitempty"`
}

var errStateVersion = errors.New("unknown state version")

// encodeState returns the current encoding of s.
func encodeState(s state) []byte {
	w := wireV1{
		Round:    s.Round,
		Active:   s.Active,
		Answers:  pairs(s.Answers),
		Asking:   s.Asking,
		Narrow:   s.Narrow,
		Reopened: s.Reopened,
		Noted:    s.Noted,
		Rated:    s.Rated,
		Declines: s.Declines,
		Recent:   s.Recent,
	}
	if s.Survey != nil {
		w.Survey = &wireRate{Subject: s.Survey.Subject, Score: s.Survey.Score, Until: s.Survey.Until}
	}
	if s.Last != nil {
		w.Last = &wireLast{Round: s.Last.Round, Kind: string(s.Last.Kind), Answers: pairs(s.Last.Answers)}
	}
	b, err := json.Marshal(w)
	if err != nil {
		// Only strings, ints and bools: marshalling cannot fail.
		panic(fmt.Sprintf("conversation: encode state: %v", err))
	}
	return append([]byte{stateV1}, b...)
}

// decodeState decodes any supported version. Empty data is a new
// conversation.
func decodeState(data []byte) (state, error) {
	if len(data) == 0 {
		return state{}, nil
	}
	switch data[0] {
	case stateV1:
		return decodeV1(data[1:])
	default:
		return state{}, fmt.Errorf("%w %d", errStateVersion, data[0])
	}
}

func decodeV1(b []byte) (state, error) {
	var w wireV1
	if err := json.Unmarshal(b, &w); err != nil {
		return state{}, fmt.Errorf("decode state v1: %w", err)
	}
	s := state{
		Round:    w.Round,
		Active:   w.Active,
		Answers:  unpairs(w.Answers),
		Declines: w.Declines,
		Recent:   w.Recent,
		Rated:    w.Rated,
	}
	if len(s.Rated) > maxRated {
		s.Rated = s.Rated[len(s.Rated)-maxRated:]
	}
	if v := w.Survey; v != nil && len(v.Subject) > 1 && (v.Subject[0] == subjectRecommendation || v.Subject[0] == subjectHandoff) {
		s.Survey = &survey{Subject: v.Subject, Score: v.Score, Until: v.Until}
	}
	if len(s.Recent) > maxRecent {
		s.Recent = s.Recent[len(s.Recent)-maxRecent:]
	}
	if s.Active {
		s.Reopened, s.Noted = w.Reopened, w.Noted
		if questionIndex(w.Asking) >= 0 {
			s.Asking = w.Asking
		}
		if i := s.pending(); i < 0 {
			// Cannot happen with this engine; be safe: ask the last question.
			s.setAnswer(len(questions)-1, "")
		} else {
			for _, v := range w.Narrow {
				if _, ok := questions[i].optionByValue(v); ok {
					s.Narrow = append(s.Narrow, v)
				}
			}
		}
	}
	if w.Last != nil {
		if _, ok := outcomes[RecommendationKind(w.Last.Kind)]; ok {
			s.Last = &finished{Round: w.Last.Round, Kind: RecommendationKind(w.Last.Kind), Answers: unpairs(w.Last.Answers)}
		}
	}
	return s, nil
}

func pairs(answers []string) []string {
	var out []string
	for i, v := range answers {
		if v != "" && i < len(questions) {
			out = append(out, questions[i].ID+"="+v)
		}
	}
	return out
}

// unpairs keeps the answers that still fit the assessment, each at its
// question's position.
func unpairs(ps []string) []string {
	var s state
	for _, p := range ps {
		id, v, ok := strings.Cut(p, "=")
		i := questionIndex(id)
		if !ok || i < 0 {
			continue
		}
		if _, ok := questions[i].optionByValue(v); ok {
			s.setAnswer(i, v)
		}
	}
	return s.Answers
}
