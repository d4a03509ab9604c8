package conversation

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
	// Options in display order; the 1-based position is the number a user
	// may type.
	Options []option
	// headcount, when set, maps a typed number of people ("35", "about 300
	// people") to an option value. A bare number within 1..len(Options)
	// stays an option number.
	headcount func(n int) string
}

// option is one answer with its free-text keys and its points.
type option struct {
	Value string
	Label string
	// Keys are phrases (after normalisation) that pick this option in free
	// text; the label is a key too. The longest matching key wins; a tie
	// between options is ambiguous and re-asked.
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
	// Reason explains the answer's points in a recommendation; empty
	// when the answer points nowhere.
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

// questions is the assessment, in order.
var questions = []question{
	{
		ID:     qSize,
		Prompt: "How many people work in your company?",
		Hint:   "Reply with a number from 1 to 4, or your headcount, e.g. “35 people”.",
		Options: []option{
			{Value: "xs", Label: "1–10 people", Small: true,
				Keys: []string{"just me", "solo", "tiny", "micro", "a handful", "a few people", "very small"}},
			{Value: "s", Label: "11–50 people", Small: true,
				Keys: []string{"small", "small business", "small company", "a few dozen", "dozens"}},
			{Value: "m", Label: "51–250 people",
				Keys: []string{"medium", "mid sized", "midsize", "medium sized", "mid size"}},
			{Value: "l", Label: "More than 250 people", Scale: true,
				Keys:   []string{"large", "big", "enterprise", "corporate", "hundreds", "thousands", "more than 250", "over 250"},
				Reason: "With more than 250 people, you are a larger business, where both roles can be crucial."},
		},
		headcount: func(n int) string {
			switch {
			case n <= 10:
				return "xs"
			case n <= 50:
				return "s"
			case n <= 250:
				return "m"
			default:
				return "l"
			}
		},
	},
	{
		ID:     qStage,
		Prompt: "Which best describes your company's stage?",
		Options: []option{
			{Value: "startup", Label: "Early-stage startup",
				Keys: []string{"startup", "start up", "early", "early stage", "seed", "pre revenue", "just started", "new company", "new"}},
			{Value: "scaling", Label: "Growing fast, scaling up", Scale: true,
				Keys:   []string{"scaling", "scale up", "scaleup", "scaling up", "growing", "growing fast", "fast growth", "rapid growth", "hypergrowth", "expanding", "grow"},
				Reason: "You're scaling fast, when both the internal and the outward-facing sides of technology grow in importance."},
			{Value: "established", Label: "Established and steady",
				Keys: []string{"established", "stable", "steady", "mature", "traditional", "been around", "long standing", "old"}},
		},
	},
	{
		ID:     qOps,
		Prompt: "How much do your daily operations rely on IT systems?",
		Options: []option{
			{Value: "low", Label: "A little: a few off-the-shelf tools",
				Keys: []string{"little", "a little", "not much", "hardly", "barely", "not really", "minimal", "no", "low", "not a lot"}},
			{Value: "medium", Label: "Quite a lot", CIO: 1,
				Keys:   []string{"quite a lot", "some", "somewhat", "moderately", "a fair amount", "partly", "medium", "moderate", "fair bit"},
				Reason: "Your daily operations rely on IT quite a lot."},
			{Value: "high", Label: "Completely: we stop when IT stops", CIO: 2,
				Keys:   []string{"completely", "entirely", "totally", "heavily", "a lot", "everything", "very much", "yes", "critical", "fully", "high", "we stop"},
				Reason: "Your daily operations rely heavily on IT, and a CIO keeps that backbone running smoothly."},
		},
	},
	{
		ID:     qSystems,
		Prompt: "Do your internal systems need work to be efficient and secure?",
		Options: []option{
			{Value: "fine", Label: "No, they run well",
				Keys: []string{"no", "nope", "fine", "run well", "work well", "good", "all good", "not really", "they are fine", "ok", "okay"}},
			{Value: "some", Label: "Some pain points", CIO: 1,
				Keys:   []string{"some", "somewhat", "a bit", "a little", "a few", "partly", "some issues", "minor", "pain points", "some pain"},
				Reason: "Your internal systems have some pain points in efficiency or security."},
			{Value: "pain", Label: "Yes, they are slow, patchy or insecure", CIO: 2,
				Keys:   []string{"yes", "yeah", "yep", "definitely", "very", "a lot", "slow", "insecure", "patchy", "a mess", "messy", "outdated", "legacy", "broken", "big problem", "major"},
				Reason: "Your internal systems need to become more efficient and secure: CIO territory."},
		},
	},
	{
		ID:     qData,
		Prompt: "Do you face data-management challenges (scattered data, silos, quality, compliance)?",
		Options: []option{
			{Value: "no", Label: "No, our data is under control",
				Keys: []string{"no", "nope", "under control", "not really", "fine", "none", "organised", "organized"}},
			{Value: "some", Label: "Some challenges", CIO: 1,
				Keys:   []string{"some", "somewhat", "a bit", "a few", "minor", "sometimes", "partly", "some challenges"},
				Reason: "You have some data-management challenges."},
			{Value: "yes", Label: "Yes, it's a real problem", CIO: 2,
				Keys:   []string{"yes", "yeah", "yep", "definitely", "silos", "siloed", "data silos", "scattered", "a mess", "messy", "real problem", "big problem", "major", "chaos", "a lot"},
				Reason: "Data management is a real problem for you, a core CIO responsibility."},
		},
	},
	{
		ID:     qSecurity,
		Prompt: "How much does cybersecurity risk concern you as you grow?",
		Options: []option{
			{Value: "low", Label: "Not much",
				Keys: []string{"not much", "not really", "no", "low", "little", "not worried", "not a concern", "nope"}},
			{Value: "medium", Label: "Somewhat", CIO: 1,
				Keys:   []string{"somewhat", "some", "a bit", "moderately", "medium", "a little worried", "a little", "kind of", "sort of"},
				Reason: "Cybersecurity is becoming a concern."},
			{Value: "high", Label: "A lot: a breach or ransomware would really hurt us", CIO: 2,
				Keys:   []string{"a lot", "very", "very much", "yes", "ransomware", "breach", "breaches", "worried", "high", "critical", "major", "top priority", "concerned", "extremely", "hacked", "hackers"},
				Reason: "Cybersecurity risk is a serious concern as you scale, and a CIO owns the security strategy."},
		},
	},
	{
		ID:     qProducts,
		Prompt: "Are you developing new technology-based products or services?",
		Options: []option{
			{Value: "no", Label: "No",
				Keys: []string{"no", "nope", "not really", "none", "not at the moment"}},
			{Value: "planned", Label: "We're planning to", CTO: 1,
				Keys:   []string{"planning", "plan to", "planned", "maybe", "soon", "thinking about", "considering", "someday", "in future", "later", "next year"},
				Reason: "You plan new technology-based products or services."},
			{Value: "core", Label: "Yes, they are core to our business", CTO: 3,
				Keys:   []string{"yes", "yeah", "yep", "definitely", "building", "developing", "an app", "app", "platform", "saas", "software", "product", "products", "core", "we build"},
				Reason: "You're developing technology-based products or services, which is what a CTO leads."},
		},
	},
	{
		ID:     qInnovation,
		Prompt: "Do you want to lead with innovation, finding and adopting new technologies before others do?",
		Options: []option{
			{Value: "no", Label: "Not a priority",
				Keys: []string{"no", "not a priority", "not really", "nope", "not important", "follow"}},
			{Value: "some", Label: "Somewhat", CTO: 1,
				Keys:   []string{"somewhat", "some", "a bit", "maybe", "sometimes", "partly", "moderately"},
				Reason: "Innovation matters to you."},
			{Value: "yes", Label: "Yes, it's central to our plans", CTO: 2,
				Keys:   []string{"yes", "yeah", "yep", "definitely", "absolutely", "central", "key", "lead", "innovate", "very", "a lot", "priority", "top priority", "cutting edge"},
				Reason: "You want to lead with innovation and need someone to identify and implement new technologies."},
		},
	},
	{
		ID:     qCompetitors,
		Prompt: "Are your competitors adopting technology faster than you?",
		Options: []option{
			{Value: "no", Label: "No, we keep up or lead",
				Keys: []string{"no", "nope", "keep up", "we lead", "ahead", "not really", "we keep up"}},
			{Value: "unsure", Label: "Not sure", CTO: 1,
				Keys:   []string{"not sure", "unsure", "dont know", "do not know", "maybe", "no idea", "perhaps", "idk", "somewhat", "a bit", "partly"},
				Reason: "You're not sure you're keeping pace with competitors' technology."},
			{Value: "yes", Label: "Yes, we're falling behind", CTO: 2,
				Keys:   []string{"yes", "yeah", "yep", "definitely", "falling behind", "behind", "faster", "losing"},
				Reason: "Competitors are adopting technology faster than you, and a CTO sets the vision to catch up."},
		},
	},
	{
		ID:     qBudget,
		Prompt: "Could you fund a full-time technology executive today?",
		Options: []option{
			{Value: "yes", Label: "Yes, we have the budget", Budget: budgetYes,
				Keys: []string{"yes", "yeah", "yep", "definitely", "sure", "we can", "can afford", "budget", "have budget", "have the budget", "we have the budget"}},
			{Value: "maybe", Label: "Maybe, but it would be tight", Budget: budgetMaybe,
				Keys: []string{"maybe", "tight", "possibly", "perhaps", "not sure", "part time", "later", "tight budget", "depends", "it depends"}},
			{Value: "no", Label: "No, not now", Budget: budgetNo,
				Keys: []string{"no", "nope", "not now", "cant afford", "cannot afford", "too expensive", "small budget", "limited budget", "no budget", "not yet", "bootstrapped", "low budget", "on a budget"}},
		},
	},
}

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

// view renders the question at position i for round.
func (q *question) view(round, i int) *Question {
	opts := make([]Option, len(q.Options))
	for j, o := range q.Options {
		opts[j] = Option{Value: o.Value, Label: o.Label}
	}
	return &Question{
		ID:      q.ID,
		Round:   round,
		Step:    i + 1,
		Total:   len(questions),
		Prompt:  q.Prompt,
		Hint:    q.hint(),
		Options: opts,
	}
}
