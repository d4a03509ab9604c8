package conversation

import (
	"fmt"
	"slices"
	"strings"
)

// The assessment: ten questions built from the signals of the seed article
// ("When do you need a CIO?", "When do you need a CTO?", "Do you need
// both?", "The role of a virtual CIO or CTO"). Each option carries its
// points in the same place it is defined, so the questions and the scoring
// read together; see scoring.go for how the points become a recommendation.

// question is one assessment question with its options.
type question struct {
	ID     string
	Prompt string
	Hint   string
	// Topic names the question in a few words, for the list of what a
	// description answered and its "change" buttons ("company size").
	Topic string
	// aliases are what a user calls the question in "change <alias>".
	aliases []string
	// topics are words that tie a sentence of a description to this
	// question ("data", "spreadsheets"): see describe.go. A key that is
	// also a topic ("budget") says little on its own: it yields to any
	// other key.
	topics []string
	// Options in display order; the 1-based position is the number a user
	// may type.
	Options []option
	// headcount, when set, maps a typed number of people ("35", "about 300
	// people") to an option value. A bare number within 1..len(Options)
	// stays an option number.
	headcount func(n int) string
	// reader, when set, reads what keys alone cannot (a founding year, who
	// is ahead of whom, what the business makes) and returns an option
	// value, or "".
	reader func(w []string, cut []bool) string
	// readerFirst: the reader knows better than the keys (what a business
	// makes, who is ahead); only a plain yes or no against it leaves the
	// answer one of two.
	readerFirst bool
	// readerAlone: the reader reads only what no key or generic word
	// touched ("in three notebooks and my head"); beside a hedge ("in 3
	// systems, maybe 5% mismatches") the words know better.
	readerAlone bool
	// Roles: the option a generic answer picks, "" where it says nothing
	// about the question. yes: "yes", "definitely", "100%"; no: "nah",
	// "not really"; hedge: "kind of", "a bit"; unsure: "not sure", "no
	// idea". See resolve in match.go.
	yes, no, hedge, unsure string
	// graded: the options are degrees of one thing (not much, some, a
	// lot), so an intensifier alone ("very") picks yes and a hedge on a
	// key of the yes option ("somewhat worried") picks hedge. Otherwise a
	// hedge only qualifies a key ("a bit behind" is still behind).
	graded bool
	// trouble: a yes is a problem ("do your systems need work?"), so a
	// thumbs up or a high score could be a yes or "all good".
	trouble bool
	// conditional: a yes on a condition ("once the round closes") is the
	// hedge: a budget that is not there yet.
	conditional bool
}

// option is one answer with its free-text keys and its points.
type option struct {
	Value string
	Label string
	// Keys are phrases (after normalisation) that pick this option in free
	// text; the label is a key too. The longest matching key wins; a tie
	// between two options offers both. Single generic answer words (yes,
	// no, hedges) are not keys: the question's roles place them; a longer
	// generic phrase listed here ("not yet") is this option's key.
	Keys []string
	// Points: what this answer says about the need for each role.
	CIO, CTO int
	// Scale marks a large or fast-scaling company ("for larger businesses
	// or those rapidly scaling, both roles can be crucial").
	Scale bool
	// Budget is the answer to the budget question: budgetYes, budgetMaybe
	// or budgetNo ("" for other questions).
	Budget string
	// Small marks a company of up to 50 people (an SME or startup, where a
	// full-time executive is often out of reach).
	Small bool
	// Reason explains the answer in a recommendation: its points, or, for
	// an answer that points nowhere, what it says ("Your internal systems
	// run well.").
	Reason string
}

const (
	budgetYes   = "yes"
	budgetMaybe = "maybe"
	budgetNo    = "no"
)

// Question ids; stable: they are stored in state and sent back in choices.
const (
	qSize        = "size"
	qStage       = "stage"
	qOps         = "ops"
	qSystems     = "systems"
	qData        = "data"
	qSecurity    = "security"
	qProducts    = "products"
	qInnovation  = "innovation"
	qCompetitors = "competitors"
	qBudget      = "budget"
)

const defaultHint = "Reply with a number or in your own words. Say “back”, “start over” or “cancel” at any time, or ask me a question."

// questionIndex returns the position of the question with the id, or -1.
func questionIndex(id string) int {
	for i, q := range questions {
		if q.ID == id {
			return i
		}
	}
	return -1
}

// optionByValue returns the option of q with the value.
func (q *question) optionByValue(v string) (option, bool) {
	for _, o := range q.Options {
		if o.Value == v {
			return o, true
		}
	}
	return option{}, false
}

// hint is the question's free-text hint.
func (q *question) hint() string {
	if q.Hint != "" {
		return q.Hint
	}
	return defaultHint
}

// view renders the question as step (1-based) of round.
func (q *question) view(round, step int) *Question {
	opts := make([]Option, len(q.Options))
	for j, o := range q.Options {
		opts[j] = Option{Value: o.Value, Label: o.Label}
	}
	return &Question{
		ID:      q.ID,
		Round:   round,
		Step:    step,
		Total:   len(questions),
		Prompt:  q.Prompt,
		Hint:    q.hint(),
		Options: opts,
	}
}

// narrowView renders the question as a choice between the options with
// the values narrow only: "I'm not sure which you meant: A or B?".
func (q *question) narrowView(round, step int, narrow []string) *Question {
	v := q.view(round, step)
	var opts []Option
	var labels []string
	for _, o := range v.Options {
		if slices.Contains(narrow, o.Value) {
			opts = append(opts, o)
			labels = append(labels, "“"+o.Label+"”")
		}
	}
	v.Options = opts
	v.Prompt = "I'm not sure which you meant: " + strings.Join(labels, " or ") + "?"
	v.Hint = fmt.Sprintf("Pick one (1 or 2), or say it in other words. The question was: %s", q.Prompt)
	return v
}
