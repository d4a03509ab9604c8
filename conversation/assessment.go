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
}

// option is one answer with its free-text keys and its points.
type option struct {
	Value string
	Label string
	// Keys are phrases (after normalisation) that pick this option in free
	// text; the label is a key too. The longest matching key wins; a tie
	// between options is ambiguous and re-asked. Generic answer words
	// (yes, no, hedges) are not keys: the question's roles place them.
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
				Keys: []string{"just me", "solo", "tiny", "micro", "a handful", "a few people", "very small", "just us", "sole trader", "freelancer", "one man band", "me and my cofounder", "me and a cofounder"}},
			{Value: "s", Label: "11–50 people", Small: true,
				Keys: []string{"small", "small business", "small company", "small team", "a few dozen", "dozens", "couple dozen"}},
			{Value: "m", Label: "51–250 people",
				Keys: []string{"medium", "mid sized", "midsize", "medium sized", "mid size", "a hundred or so", "about a hundred", "sme"}},
			{Value: "l", Label: "More than 250 people", Scale: true,
				Keys:   []string{"large", "big", "enterprise", "corporate", "hundreds", "thousands", "more than 250", "over 250", "multinational", "several hundred", "a few hundred", "global company"},
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
				Keys: []string{"startup", "start up", "early", "early stage", "seed", "pre seed", "preseed", "pre revenue", "just started", "just launched", "launched", "new company", "new business", "new", "founders", "founder", "mvp", "idea stage", "early days", "young company", "first year", "prototype", "product market fit", "brand new"}},
			{Value: "scaling", Label: "Growing fast, scaling up", Scale: true,
				Keys:   []string{"scaling", "scale up", "scaleup", "scaling up", "growing", "growing fast", "fast growth", "rapid growth", "hypergrowth", "expanding", "grow", "hiring", "hiring fast", "doubling", "tripling", "series a", "series b", "series c", "growth stage", "raised", "taking off", "booming"},
				Reason: "You're scaling fast, when both the internal and the outward-facing sides of technology grow in importance."},
			{Value: "established", Label: "Established and steady",
				Keys: []string{"established", "stable", "steady", "mature", "traditional", "been around", "long standing", "old", "for years", "decades", "family business", "family owned", "generations", "well established", "in business since", "been in business", "trading since", "founded in"}},
		},
	},
	{
		ID:     qOps,
		Prompt: "How much do your daily operations rely on IT systems?",
		yes:    "high", no: "low", hedge: "medium", graded: true,
		Options: []option{
			{Value: "low", Label: "A little: basic tools",
				Keys: []string{"little", "minimal", "low", "not a lot", "off the shelf", "basic tools", "email and excel", "excel and email", "pen and paper", "paper", "just email", "the basics", "we could manage without"}},
			{Value: "medium", Label: "Quite a lot", CIO: 1,
				Keys:   []string{"quite a lot", "a fair amount", "medium", "moderate", "fair bit", "a fair bit", "quite a bit", "quite", "fair amount", "a good amount", "a decent amount"},
				Reason: "Your daily operations rely on IT quite a lot."},
			{Value: "high", Label: "Completely: IT is critical", CIO: 2,
				Keys:   []string{"completely", "entirely", "heavily", "everything", "critical", "fully", "high", "we stop", "cant work without", "cant function without", "cant operate without", "couldnt work without", "runs on", "run on", "rely on it", "depend on it", "dependent", "online shop", "online store", "ecommerce", "e commerce", "goes down", "mission critical", "all of it", "entirely digital", "everything is online"},
				Reason: "Your daily operations rely heavily on IT, and a CIO keeps that backbone running smoothly."},
		},
	},
	{
		ID:     qSystems,
		Prompt: "Do your internal systems need work to be efficient and secure?",
		yes:    "pain", no: "fine", hedge: "some", graded: true,
		Options: []option{
			{Value: "fine", Label: "No, they run well",
				Keys: []string{"fine", "run well", "work well", "all good", "they are fine", "theyre ok", "they are ok", "were ok", "its ok", "theyre good", "they are good", "pretty good", "they work", "it works", "works", "working well", "works fine", "runs fine", "no problems", "no issues", "in good shape", "solid", "up to date", "modern", "were good"}},
			{Value: "some", Label: "Some pain points", CIO: 1,
				Keys:   []string{"some issues", "minor", "pain points", "some pain", "could be better", "room for improvement", "could improve", "not perfect", "a few issues", "some problems", "a few problems", "mostly fine", "mostly ok", "mostly good", "here and there"},
				Reason: "Your internal systems have some pain points in efficiency or security."},
			{Value: "pain", Label: "Yes: slow, patchy or insecure", CIO: 2,
				Keys:   []string{"slow", "insecure", "patchy", "a mess", "messy", "mess", "outdated", "legacy", "broken", "big problem", "major", "duct tape", "held together", "nightmare", "ancient", "clunky", "unreliable", "badly", "desperately", "urgently", "a disaster", "crashes", "old systems", "antiquated", "obsolete"},
				Reason: "Your internal systems need to become more efficient and secure: CIO territory."},
		},
	},
	{
		ID:     qData,
		Prompt: "Do you face data-management challenges (scattered data, silos, quality, compliance)?",
		yes:    "yes", no: "no", hedge: "some", graded: true,
		Options: []option{
			{Value: "no", Label: "No, our data is under control",
				Keys: []string{"under control", "fine", "none", "organised", "organized", "were ok", "we are ok", "all good", "no issues", "no problems", "one place", "single source of truth", "were good", "in good shape", "sorted"}},
			{Value: "some", Label: "Some challenges", CIO: 1,
				Keys:   []string{"minor", "some challenges", "a few challenges", "some issues", "could be better", "room for improvement", "mostly fine", "mostly ok", "mostly under control", "not perfect"},
				Reason: "You have some data-management challenges."},
			{Value: "yes", Label: "Yes, it's a real problem", CIO: 2,
				Keys:   []string{"silos", "siloed", "data silos", "scattered", "a mess", "messy", "mess", "real problem", "big problem", "major", "chaos", "all over the place", "everywhere", "nobody trusts", "dont trust", "cant trust", "inconsistent", "duplicates", "duplicated", "nightmare", "disaster", "huge problem", "big issue", "struggle", "struggling", "no single source"},
				Reason: "Data management is a real problem for you, a core CIO responsibility."},
		},
	},
	{
		ID:     qSecurity,
		Prompt: "How much does cybersecurity risk concern you as you grow?",
		yes:    "high", no: "low", hedge: "medium", graded: true,
		Options: []option{
			{Value: "low", Label: "Not much",
				Keys: []string{"low", "little", "not worried", "not a concern", "not concerned", "no concern", "unconcerned", "relaxed", "not a priority", "not an issue", "dont worry"}},
			{Value: "medium", Label: "Somewhat", CIO: 1,
				Keys:   []string{"medium", "a little worried", "moderate", "a bit worried", "a bit concerned", "somewhat concerned", "somewhat worried", "growing concern", "on our radar", "on the radar", "becoming a concern"},
				Reason: "Cybersecurity is becoming a concern."},
			{Value: "high", Label: "A lot: a breach would hurt us", CIO: 2,
				Keys:   []string{"ransomware", "breach", "breaches", "worried", "worries", "high", "critical", "major", "top priority", "concerned", "concern", "hacked", "hackers", "hack", "keeps me up at night", "up at night", "scare", "attack", "attacked", "attacks", "phishing", "incident", "patient data", "sensitive data", "customer data", "personal data", "health data", "card data", "payment data", "regulated", "terrified", "scared", "scary", "paranoid", "huge risk", "big risk", "would kill us", "really hurt", "would hurt"},
				Reason: "Cybersecurity risk is a serious concern as you scale, and a CIO owns the security strategy."},
		},
	},
	{
		ID:     qProducts,
		Prompt: "Are you developing new technology-based products or services?",
		yes:    "core", no: "no",
		Options: []option{
			{Value: "no", Label: "No",
				Keys: []string{"none", "not at the moment", "we sell", "not our business", "not what we do", "not a tech company", "we just use", "just use"}},
			{Value: "planned", Label: "We're planning to", CTO: 1,
				Keys:   []string{"planning", "plan to", "planned", "maybe", "soon", "thinking about", "considering", "someday", "in future", "in the future", "later", "next year", "pipeline", "in the pipeline", "roadmap", "on the roadmap", "would like to", "wed like to", "we want to", "eventually", "down the road", "exploring", "not yet", "hoping to", "intend to", "in the works", "early days"},
				Reason: "You plan new technology-based products or services."},
			{Value: "core", Label: "Yes, core to our business", CTO: 3,
				Keys:   []string{"building", "developing", "an app", "app", "apps", "platform", "saas", "software", "product", "products", "core", "we build", "software company", "tech company", "we develop", "our product", "our platform", "in development", "launching", "it is the business", "its our business", "thats our business", "we make"},
				Reason: "You're developing technology-based products or services, which is what a CTO leads."},
		},
	},
	{
		ID:     qInnovation,
		Prompt: "Do you want to lead with innovation, finding and adopting new technologies before others do?",
		yes:    "yes", no: "no", hedge: "some", graded: true,
		Options: []option{
			{Value: "no", Label: "Not a priority",
				Keys: []string{"not a priority", "not important", "follow", "followers", "late adopter", "late adopters", "wait and see", "proven", "tried and tested", "if it aint broke", "not for us", "let others go first", "not interested"}},
			{Value: "some", Label: "Somewhat", CTO: 1,
				Keys:   []string{"maybe", "where it makes sense", "when it makes sense", "selectively", "case by case", "nice to have", "in some areas", "up to a point", "within reason", "fast follower", "fast followers"},
				Reason: "Innovation matters to you."},
			{Value: "yes", Label: "Yes, it's central to our plans", CTO: 2,
				Keys:   []string{"central", "key", "lead", "innovate", "priority", "top priority", "cutting edge", "bleeding edge", "be first", "first mover", "early adopter", "early adopters", "ahead of the curve", "strategy", "strategic", "big part", "core", "crucial", "essential", "vital", "must", "love to", "keen", "want to lead", "differentiator", "competitive edge", "stand out"},
				Reason: "You want to lead with innovation and need someone to identify and implement new technologies."},
		},
	},
	{
		ID:     qCompetitors,
		Prompt: "Are your competitors adopting technology faster than you?",
		yes:    "yes", no: "no", hedge: "unsure", unsure: "unsure",
		Options: []option{
			{Value: "no", Label: "No, we keep up or lead",
				Keys: []string{"keep up", "we lead", "ahead", "we keep up", "were ahead", "we are ahead", "ahead of them", "ahead of the competition", "leading", "we are leading", "on par", "par", "same pace", "neck and neck", "were ok", "we are ok", "were fine", "doing fine", "keeping up", "keeping pace", "holding our own", "were good", "we lead the market", "market leader", "market leaders", "were faster", "we are faster", "slower than us", "theyre slower", "they are slower"}},
			{Value: "unsure", Label: "Not sure", CTO: 1,
				Keys:   []string{"maybe", "perhaps", "possibly", "partly", "some of them", "in some areas", "depends on the competitor"},
				Reason: "You're not sure you're keeping pace with competitors' technology."},
			{Value: "yes", Label: "Yes, we're falling behind", CTO: 2,
				Keys:   []string{"falling behind", "behind", "faster", "losing", "lagging", "lag", "ahead of us", "they are ahead", "theyre ahead", "theyre way ahead", "they are way ahead", "competitors are ahead", "outpacing", "outpaced", "catching up", "catch up", "play catch up", "left behind", "behind the curve", "slower", "were slower", "we are slower", "overtaking", "overtaken", "beating us", "losing ground", "losing customers"},
				Reason: "Competitors are adopting technology faster than you, and a CTO sets the vision to catch up."},
		},
	},
	{
		ID:     qBudget,
		Prompt: "Could you fund a full-time technology executive today?",
		yes:    "yes", no: "no", hedge: "maybe", unsure: "maybe", graded: true,
		Options: []option{
			{Value: "yes", Label: "Yes, we have the budget", Budget: budgetYes,
				Keys: []string{"we can", "can afford", "afford", "budget", "have budget", "have the budget", "we have the budget", "not an issue", "isnt an issue", "no problem", "not a problem", "isnt a problem", "no object", "well funded", "funded", "money is fine", "cash is fine", "easily", "already budgeted", "budgeted"}},
			{Value: "maybe", Label: "Maybe, but it would be tight", Budget: budgetMaybe,
				Keys: []string{"maybe", "tight", "possibly", "perhaps", "part time", "later", "tight budget", "depends", "it depends", "stretch", "a stretch", "at a push", "just about", "might", "could be", "probably", "if we had to", "borderline", "squeeze"}},
			{Value: "no", Label: "No, not now", Budget: budgetNo,
				Keys: []string{"not now", "cant afford", "cannot afford", "too expensive", "small budget", "limited budget", "no budget", "not yet", "bootstrapped", "bootstrapping", "low budget", "on a budget", "no money", "no cash", "out of budget", "no funds", "cant justify", "too pricey", "too costly", "not in the budget", "out of reach", "out of our league", "cash strapped", "strapped"}},
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
