package conversation

// Reply is one message for the user, in platform-neutral terms. Exactly
// one of Text, Question, Answered, Recommendation or Notice is the main
// content; Actions and Articles may accompany any of them.
//
// All text the engine produces is its own (knowledge articles, prompts):
// it is written in a small markup that Slack mrkdwn and a terminal both
// read (*bold*, _italic_, "• " bullets, bare URLs) and it never contains
// text the user typed. Fields that do carry user text say so; front ends
// must escape those.
type Reply struct {
	// Text is a plain message: an answer, a greeting, an explanation.
	Text string
	// ArticleID names the knowledge article Text answers from, if any.
	ArticleID string

	// Question asks the next assessment question.
	Question *Question

	// Answered confirms an answer to an earlier question, so that a front
	// end can replace the question (and its buttons) with the answer.
	Answered *Answered

	// Recommendation is the outcome of the assessment.
	Recommendation *Recommendation

	// Notice is a short note that concerns only the user (a stale click,
	// an unavailable feature); front ends may show it privately.
	Notice string

	// Actions are buttons offered with the reply.
	Actions []Action
	// Articles are related knowledge articles to read next.
	Articles []ArticleRef
	// Alternatives are articles the question may have meant instead of
	// the one answered: front ends offer them as "Did you mean ...?"
	// buttons. Empty when the answer stands clear.
	Alternatives []ArticleRef

	// Handoff asks the front end to start a consultant handoff for this
	// user (collect contact details, notify the consultants).
	Handoff bool

	// Rating is a rating of a consultant handoff the user gave in this
	// turn (and later their comment on it), for the handoff's consultants;
	// front ends show the reply's Text as usual.
	Rating *Rating

	// Started marks the reply that introduces a new assessment (a start
	// or a start over), so front ends and metrics can count assessments
	// started. It is set on exactly one reply of such a turn, never when
	// an assessment is resumed, navigated or re-asked.
	Started bool
}

// Question is one assessment question. After an answer that could mean
// either of two options, the question is asked again with Options holding
// just those two and a Prompt that says so ("I'm not sure which you
// meant: A or B?"); a choice of either answers the question as usual.
type Question struct {
	ID      string
	Round   int // the assessment round; echo it back in Choice inputs
	Step    int // 1-based position in the assessment
	Total   int // number of questions in the assessment
	Prompt  string
	Hint    string // how to answer in free text, e.g. "Reply with a number or pick a button."
	Options []Option
}

// Option is one answer to a Question. Value is stable and short (it goes
// into button values); Label is for people.
type Option struct {
	Value string
	Label string
}

// Answered says which option the user gave for a question.
type Answered struct {
	QuestionID string
	Round      int
	Prompt     string
	Answer     string // the option's label
}

// RecommendationKind is the outcome of an assessment.
type RecommendationKind string

const (
	RecommendCIO         RecommendationKind = "cio"
	RecommendCTO         RecommendationKind = "cto"
	RecommendBoth        RecommendationKind = "both"
	RecommendVirtualCIO  RecommendationKind = "virtual-cio"
	RecommendVirtualCTO  RecommendationKind = "virtual-cto"
	RecommendVirtualBoth RecommendationKind = "virtual-both"
	// RecommendNone: no technology executive is needed yet. Its Summary
	// says when that changes and offers the light-touch virtual CIO.
	RecommendNone RecommendationKind = "none"
)

// Recommendation is the explained result of an assessment.
type Recommendation struct {
	Kind     RecommendationKind
	Title    string   // "A virtual CTO"
	Summary  string   // one short paragraph
	Reasons  []string // which answers pointed where
	Answers  []QA     // the user's answers, for the record and for consultants
	Articles []ArticleRef
}

// QA is one question and the answer given.
type QA struct {
	QuestionID string
	Question   string
	Answer     string
}

// ActionID names a button the engine offers.
type ActionID string

const (
	ActionStartAssessment ActionID = "start"
	ActionConsult         ActionID = "consult"
	ActionRestart         ActionID = "restart"
	ActionBack            ActionID = "back"
	ActionCancel          ActionID = "cancel"
)

// ActionChange prefixes the id of an action that corrects the answer to
// one question: "change:" + the question id ("change:budget"). The engine
// offers one for each answer it took from a description.
const ActionChange = "change:"

// ActionArticle prefixes the id of an action that shows one knowledge
// article: "article:" + its id ("article:difference"). Front ends offer
// it for a reply's Alternatives ("Did you mean …") and Articles; pressing
// it sends Cmd(Command(id)) like any action, and the engine answers with
// that article (and asks the pending question again mid-assessment).
const ActionArticle = "article:"

// Action is a button the engine offers. Pressing it sends
// Cmd(Command(ID)). Front ends render every Action as a button and send
// its ID back as it is, including ids they do not know (such as
// ActionChange ones); typing "change budget" does the same as pressing
// "change:budget".
type Action struct {
	ID    ActionID
	Label string
}

// AlternativeActions are the buttons that show each of refs (a reply's
// Alternatives), labelled with the article's title.
func AlternativeActions(refs []ArticleRef) []Action {
	acts := make([]Action, len(refs))
	for i, a := range refs {
		acts[i] = Action{ID: ActionID(ActionArticle + a.ID), Label: a.Title}
	}
	return acts
}

// ArticleRef points at a knowledge article.
type ArticleRef struct {
	ID    string
	Title string
}
