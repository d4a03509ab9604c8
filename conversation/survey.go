package conversation

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Satisfaction ratings. With a Recorder (WithRecorder), the engine asks
// "Was this useful?" (yes or no) after a recommendation and "Did this
// help?" (1 to 5) when the user's consultant handoff closed
// (HandoffClosed). The rating offered lives in the conversation's state,
// saved with compare-and-set like everything else: a double click rates
// once, any replica takes the click, and forget deletes it. Ratings are
// recorded as EventRated; "yes" counts as 5 and "no" as 1, the ends of
// the 1-5 scale, so the average of recommendation ratings is 1 + 4 × the
// share of "yes".
//
// A rating is given with its buttons (the actions "rate:<subject>:<value>"),
// or typed outside an assessment: a number from 1 to 5 for a handoff,
// yes or no for a recommendation. After a handoff's rating the next typed
// message within commentWindow is a comment for the consultant (Skip, or
// "skip", declines); the reply carries the rating (Reply.Rating) for the
// front end's core to pass to the handoff.

// ActionRate prefixes the actions of a rating: "rate:" + subject + ":" +
// value, where subject is "r<round>" (a recommendation) or "h<handoff id>"
// and value is 1-5, yes, no or skip.
const ActionRate = "rate:"

// IsRatingAction reports whether id is one of a rating's actions (front
// ends that cannot show buttons may leave them out: the prompt says what
// to type instead).
func IsRatingAction(id ActionID) bool { return strings.HasPrefix(string(id), ActionRate) }

// Rating is a handoff's rating given in this turn, for the handoff's
// consultants (bot.Core passes it on). Comment, when set, is RAW USER TEXT.
type Rating struct {
	Handoff string // the handoff's id
	Score   int    // 1 to 5
	Comment string // "" with the rating itself, the comment afterwards
}

// commentWindow is how long after a handoff's rating the next message is
// taken as a comment.
const commentWindow = 15 * time.Minute

// maxRated bounds the subjects remembered as rated.
const maxRated = 3

// survey is the rating offered in a conversation: not given yet (Score 0),
// or given with its comment awaited until Until (unix seconds).
type survey struct {
	Subject string
	Score   int
	Until   int64
}

const (
	subjectRecommendation = 'r'
	subjectHandoff        = 'h'
)

// Texts of the ratings.
const (
	textRateRecommendation = "*Was this recommendation useful?* Press a button, or just say yes or no."
	textRateHandoff        = "*Did this help?* How would you rate your conversation with our consultant, from 1 (not at all) to 5 (very much)? Just reply with the number."
	textRatedYes           = "Thank you — glad it helped!"
	textRatedNo            = "Thanks for telling me. A consultant can look at your situation in more detail if you like."
	textRatedHandoff       = "Thank you for rating this conversation %d/5! If you'd like to add a comment for the consultant, type it now; otherwise press Skip (or type skip)."
	textCommentTaken       = "Thank you — I've passed your comment on to the consultant."
	textCommentSkipped     = "OK — thanks again for your feedback!"
	textAlreadyRated       = "You've already rated this — thank you!"
	textRatingClosed       = "That rating is no longer open, but thank you!"
	textNotARating         = "Sorry, that isn't one of the ratings."
)

// offerRecommendationRating asks whether the recommendation of s.Round was
// useful.
func (t *turn) offerRecommendationRating(s *state) Reply {
	subject := string(subjectRecommendation) + strconv.Itoa(s.Round)
	s.Survey = &survey{Subject: subject}
	return Reply{Text: textRateRecommendation, Actions: []Action{
		{ID: rateAction(subject, "yes"), Label: "Yes, useful"},
		{ID: rateAction(subject, "no"), Label: "Not really"},
	}}
}

// handoffClosed asks how the closed handoff in.Handoff went.
func (t *turn) handoffClosed(s *state) []Reply {
	id := t.in.Handoff
	if t.e.rec == nil || !validHandoffID(id) {
		return nil
	}
	subject := string(subjectHandoff) + id
	s.Survey = &survey{Subject: subject}
	acts := make([]Action, 5)
	for i := range acts {
		n := strconv.Itoa(i + 1)
		acts[i] = Action{ID: rateAction(subject, n), Label: n}
	}
	return []Reply{{Text: textRateHandoff, Actions: acts}}
}

// validHandoffID accepts a short id of letters and digits.
func validHandoffID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, r := range id {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

// HandoffRatingAction is the action of the button that rates handoff id
// with score (1 to 5), for front ends that show a rating given by typing
// as if that button had been pressed.
func HandoffRatingAction(id string, score int) ActionID {
	return rateAction(string(subjectHandoff)+id, strconv.Itoa(score))
}

func rateAction(subject, value string) ActionID {
	return ActionID(ActionRate + subject + ":" + value)
}

// rate handles a rating's action, arg being "<subject>:<value>".
func (t *turn) rate(s *state, arg string) []Reply {
	i := strings.LastIndexByte(arg, ':')
	if i < 1 {
		return []Reply{{Notice: textNotARating}}
	}
	subject, value := arg[:i], arg[i+1:]
	sv := s.Survey
	switch {
	case sv == nil || sv.Subject != subject:
		if slices.Contains(s.Rated, subject) {
			return []Reply{{Notice: textAlreadyRated}}
		}
		return []Reply{{Notice: textRatingClosed}}
	case value == "skip":
		s.Survey = nil
		return []Reply{{Text: textCommentSkipped}}
	case sv.Score > 0:
		return []Reply{{Notice: textAlreadyRated}}
	}
	kind, score := subject[0], ratingScore(subject[0], value)
	if score == 0 {
		return []Reply{{Notice: textNotARating}}
	}
	s.Rated = append(s.Rated, subject)
	if n := len(s.Rated); n > maxRated {
		s.Rated = append([]string(nil), s.Rated[n-maxRated:]...)
	}
	if kind == subjectRecommendation {
		s.Survey = nil
		t.note(Event{Kind: EventRated, Score: score, Rated: RatedRecommendation})
		if score == 5 {
			return []Reply{{Text: textRatedYes}}
		}
		return []Reply{{Text: textRatedNo, Actions: []Action{{ID: ActionConsult, Label: "Talk to a consultant"}}}}
	}
	sv.Score, sv.Until = score, t.e.now().Add(commentWindow).Unix()
	t.note(Event{Kind: EventRated, Score: score, Rated: RatedHandoff})
	return []Reply{{
		Text:    fmt.Sprintf(textRatedHandoff, score),
		Actions: []Action{{ID: rateAction(subject, "skip"), Label: "Skip"}},
		Rating:  &Rating{Handoff: subject[1:], Score: score},
	}}
}

// ratingScore is the score of value for a subject of kind, 0 when value is
// none of its ratings.
func ratingScore(kind byte, value string) int {
	switch kind {
	case subjectRecommendation:
		switch value {
		case "yes":
			return 5
		case "no":
			return 1
		}
	case subjectHandoff:
		if n, err := strconv.Atoi(value); err == nil && n >= 1 && n <= 5 && len(value) == 1 {
			return n
		}
	}
	return 0
}

// Typed ratings and comments.
var (
	yesFirst   = wordSet("yes", "y", "yep", "yeah", "yup", "definitely", "absolutely")
	noFirst    = wordSet("no", "n", "nope", "nah")
	typedYes   = wordSet("useful", "very useful", "it was useful", "helpful", "very helpful", "it was helpful", "it helped")
	typedNo    = wordSet("not really", "not useful", "not helpful", "not very useful", "it wasnt", "it didnt help")
	typedSkip  = wordSet("skip", "no", "no thanks", "nothing", "no comment", "none", "nope", "n")
	starsAfter = [][]string{nil, {"5"}, {"out", "of", "5"}, {"star"}, {"stars"}}
)

// typedSurvey handles a typed message meant for the survey of s: a rating
// (outside an assessment), or the comment awaited after a handoff's
// rating. ok is false when the message is not for the survey; a comment
// no longer awaited is dropped then.
func (t *turn) typedSurvey(s *state, raw string) (replies []Reply, ok bool) {
	sv := s.Survey
	if sv == nil {
		return nil, false
	}
	if sv.Score > 0 {
		if sv.Until < t.e.now().Unix() {
			s.Survey = nil
			return nil, false
		}
		return t.comment(s, raw)
	}
	if s.Active {
		return nil, false
	}
	words := normalize(raw)
	switch kind := sv.Subject[0]; {
	case kind == subjectRecommendation:
		if v := typedYesNo(raw, words); v != "" {
			return t.rate(s, sv.Subject+":"+v), true
		}
	case kind == subjectHandoff && len(words) > 0 && ratingScore(kind, words[0]) > 0:
		for _, rest := range starsAfter {
			if strings.Join(words[1:], " ") == strings.Join(rest, " ") {
				return t.rate(s, sv.Subject+":"+words[0]), true
			}
		}
	}
	return nil, false
}

// typedYesNo reads a short yes or no ("Yes, it was useful!", "nope",
// "not really"): "yes", "no", or "" for anything else, questions included.
func typedYesNo(raw string, words []string) string {
	if len(words) == 0 || len(words) > 5 || isQuestionLike(raw) {
		return ""
	}
	joined := strings.Join(words, " ")
	switch {
	case typedNo[joined] || noFirst[words[0]]:
		return "no"
	case typedYes[joined] || yesFirst[words[0]]:
		return "yes"
	}
	return ""
}

// comment takes raw as the comment on the handoff's rating, unless it is
// a command or a request for a consultant (handled as such, the comment
// no longer awaited) or declines to comment.
func (t *turn) comment(s *state, raw string) ([]Reply, bool) {
	sv := s.Survey
	s.Survey = nil
	if _, isCmd := textCommand(raw); isCmd || wantsHandoff(raw) {
		return nil, false
	}
	if typedSkip[strings.Join(normalize(raw), " ")] {
		return []Reply{{Text: textCommentSkipped}}, true
	}
	return []Reply{{Text: textCommentTaken, Rating: &Rating{Handoff: sv.Subject[1:], Score: sv.Score, Comment: raw}}}, true
}
