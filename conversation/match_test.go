package conversation

import (
	"slices"
	"testing"

	"github.com/springfield/techleader/knowledge"
)

func TestMatchOption(t *testing.T) {
	tests := []struct {
		q, text string
		want    string // "" : no confident match, re-ask
	}{
		// Option numbers.
		{qSize, "1", "xs"},
		{qSize, "4", "l"},
		{qSize, "option 2", "s"},
		{qSize, "#3", "m"},
		{qSize, "3.", "m"},
		{qStage, "two", "scaling"},
		{qOps, "4", ""},
		{qOps, "0", ""},
		// School grades as ratings, in the question's direction; a
		// failing grade is trouble, not "works".
		{qSystems, "an F, nothing works properly", "pain"},
		{qSystems, "grade A, top of the class", "fine"},
		{qSystems, "a C", "some"},
		{qSystems, "B minus: passable but could do better", ""},
		{qInnovation, "grade A, we love new kit", "yes"},
		{qSystems, "a few crashes", "some"}, // "a" is an article, no grade
		// Customers license or subscribe to what we make.
		{qProducts, "our analysis software is what the pharma clients license", "core"},
		{qProducts, "customers subscribe to our platform", "core"},
		{qProducts, "we license our software to clients", "core"},
		{qProducts, "we license our software from a vendor", "no"},
		// "That's the product" of a trade that is not technology.
		{qProducts, "we keep bees, that's the product", "no"},
		{qProducts, "we breed horses", "no"},
		// A threat denied by its subject.
		{qSecurity, "nobody's hacking a honey farm", "low"},
		{qSecurity, "no one is hacking a bakery", "low"},
		{qSecurity, "someone hacking us would finish us", "high"},
		// Others catching up with us: we are ahead.
		{qCompetitors, "the big chains are still catching up with us", "no"},
		{qCompetitors, "we're still catching up", "yes"},
		// Work that can go on without the systems.
		{qOps, "the till and bookings are on computers, but a match can be played on paper", ""},
		{qOps, "we could run it all on paper", "low"},
		// A start told as recent.
		{qStage, "our opening night was only last month", "startup"},
		{qStage, "we opened three weeks ago", "startup"},
		{qStage, "opening our third shop this spring", "scaling"},
		// Headcounts on the size question.
		{qSize, "15", "s"},
		{qSize, "about 300 people", "l"},
		{qSize, "we're 8 people", "xs"},
		{qSize, "3 of us", "xs"},
		{qSize, "1,200 employees", "l"},
		{qSize, "120", "m"},
		{qSize, "twenty-seven people", "s"}, // one number, not twenty and seven
		// Labels and paraphrases.
		{qSize, "11–50 people", "s"},
		{qSize, "we're a small business", "s"},
		{qStage, "Early-stage startup", "startup"},
		{qStage, "we are growing fast", "scaling"},
		{qStage, "pretty established", "established"},
		{qOps, "completely", "high"},
		{qOps, "quite a lot", "medium"},
		{qOps, "not much really", "low"},
		{qSystems, "yes", "pain"},
		{qSystems, "they're slow and outdated", "pain"},
		{qSystems, "not good", ""},
		{qData, "we have data silos everywhere", "yes"},
		{qData, "nope", "no"},
		{qSecurity, "ransomware keeps me up at night", "high"},
		{qSecurity, "not worried", "low"},
		{qSecurity, "a little worried", "medium"},
		{qProducts, "we're building an app", "core"},
		{qProducts, "no app", "no"},
		{qProducts, "thinking about it", "planned"},
		{qCompetitors, "no idea", "unsure"},
		{qCompetitors, "yes, we're falling behind", "yes"},
		{qBudget, "can't afford it", "no"},
		{qBudget, "we can afford it", "yes"},
		{qBudget, "small budget", "no"},
		{qBudget, "maybe", "maybe"},
		// Typos.
		{qOps, "compeltely", "high"},
		{qInnovation, "definately", "yes"},
		{qSecurity, "somewaht", "medium"},
		{qStage, "establised", "established"},
		// Generic answers placed by the question's roles.
		{qCompetitors, "somewhat behind", "yes"},
		{qCompetitors, "they're ahead of us", "yes"},
		{qCompetitors, "we're ahead", "no"},
		{qCompetitors, "we can't keep up", "yes"},
		{qCompetitors, "not falling behind", "no"},
		{qCompetitors, "a bit", "unsure"},
		{qSecurity, "somewhat worried", "medium"},
		{qSecurity, "not too worried", "low"},
		{qSecurity, "very", "high"},
		{qSecurity, "100%", "high"},
		{qOps, "kind of", "medium"},
		{qOps, "nah", "low"},
		{qSystems, "no, they're fine", "fine"},
		{qSystems, "yes, a bit", "some"},
		{qProducts, "absolutely", "core"},
		{qProducts, "no, but we're planning to", "planned"},
		{qBudget, "definitely not", "no"},
		{qBudget, "we can sort of afford it", "maybe"},
		{qSize, "around 2k employees", "l"},
		{qSize, "1.5k staff", "l"},
		{qSize, "roughly a hundred", "m"},
		{qSize, "the two of us", "xs"},
		// Ambiguous or unrelated: re-ask rather than guess.
		{qCompetitors, "yes, we're ahead", ""},
		{qSystems, "no, not good", ""},
		{qData, "not really, a bit", ""},
		{qStage, "not sure", ""},
		{qStage, "not a startup", ""},
		{qProducts, "sort of", ""},
		{qSecurity, "ever", ""},
		{qBudget, "yes and no", ""},
		{qOps, "bananas", ""},
		{qSize, "", ""},
		{qSecurity, "hmm", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q+"/"+tt.text, func(t *testing.T) {
			q := &questions[questionIndex(tt.q)]
			o, ok := matchOption(q, tt.text)
			got := ""
			if ok {
				got = o.Value
			}
			if got != tt.want {
				t.Errorf("matchOption(%s, %q) = %q, want %q", tt.q, tt.text, got, tt.want)
			}
		})
	}
}

func TestTextCommand(t *testing.T) {
	tests := []struct {
		text string
		want Command // "" : not a command
	}{
		{"back", CommandBack},
		{"Go back please", CommandBack},
		{"Take the 2-minute assessment", CommandStart},
		{"take the quick 10 question quiz", CommandStart},
		{"cancel the short assessment", CommandCancel},
		{"2 minutes", ""},
		{"start over", CommandRestart},
		{"can we start over?", CommandRestart},
		{"restart", CommandRestart},
		{"cancel", CommandCancel},
		{"Stop!", CommandCancel},
		{"stop the assessment", CommandCancel},
		{"start the assessment", CommandStart},
		{"assess me", CommandStart},
		{"lets do the assessment", CommandStart},
		{"lets do the assesment", CommandStart},
		{"start the assesment", CommandStart},
		{"start the asessment", CommandStart},
		{"take the assessement", CommandStart},
		{"start the assesmnet", CommandStart},
		{"assesment", CommandStart},
		{"Assesment please", CommandStart},
		{"asses me", CommandStart},
		{"asess me", CommandStart},
		{"quiz", CommandStart},
		{"let's do the quiz", CommandStart},
		{"questionnaire", CommandStart},
		{"start the questionaire", CommandStart},
		{"stop the assesment", CommandCancel},
		{"cancel the asessment", CommandCancel},
		{"restart the assesment", CommandRestart},
		{"what is an IT assessment", ""},
		{"assets", ""},
		{"our assets are in the cloud", ""},
		{"Which one do I need?", CommandStart},
		{"so do I need a CIO or a CTO?", CommandStart},
		{"let's start", CommandStart},
		{"status", CommandStatus},
		{"where am I", CommandStatus},
		{"forget me", CommandForget},
		{"how do I stop ransomware?", ""},
		{"what is a CIO", ""},
		{"back office systems are slow", ""},
		{"we started last year", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, ok := textCommand(tt.text)
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("textCommand(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestWantsHandoff(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"I'd like to talk to a human", true},
		{"can I speak with an expert?", true},
		{"book a call", true},
		{"please connect me with a consultant", true},
		{"consultant", true},
		{"put me in touch", true},
		{"what does a consultant cost compared to a CTO?", false},
		{"what is a CIO?", false},
		{"should we talk about cybersecurity", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := wantsHandoff(tt.text); got != tt.want {
				t.Errorf("wantsHandoff(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestIsQuestionLike(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"what is a CIO", true},
		{"is that normal?", true},
		{"how does a vCIO work", true},
		{"yes", false},
		{"about 300 people", false},
		{"what", false},
		{"not sure what you mean", true},
		{"no idea what that means", true},
		{"not sure", false},
		{"no idea", false},
		// "where" and "when" ask only with a verb after them.
		{"where do I start", true},
		{"when should we hire a CTO", true},
		{"where there's a clear ROI", false},
		{"when the numbers stack up", false},
	}
	for _, tt := range tests {
		if got := isQuestionLike(tt.text); got != tt.want {
			t.Errorf("isQuestionLike(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// declineKB declines every knowledge question.
type declineKB struct{}

func (declineKB) Search(string) knowledge.Result {
	return knowledge.Result{Kind: knowledge.KindDecline, Answer: "I can't answer that."}
}
func (declineKB) Article(string) (knowledge.Article, bool) { return knowledge.Article{}, false }

// TestNegationAndDirection pairs, for every question, answers that differ
// by a negation, a direction ("ahead of us" or "ahead of them") or a
// degree, and must map to opposite options.
func TestNegationAndDirection(t *testing.T) {
	tests := []struct {
		q          string
		a, b       string
		wantA, wnB string
	}{
		{qSize, "fewer than ten of us", "well over 300 people", "xs", "l"},
		{qSize, "just me", "several thousand staff", "xs", "l"},
		{qStage, "not a startup, we've been trading for 30 years", "we're a startup, we only launched this year", "established", "startup"},
		{qStage, "not growing, just ticking along", "growing fast, hiring every month", "established", "scaling"},
		{qStage, "founded in 1995", "founded last year", "established", "startup"},
		{qOps, "we could manage without it", "we couldn't manage without it", "low", "high"},
		{qOps, "not much, email and a spreadsheet", "very much, nothing works without it", "low", "high"},
		{qSystems, "they're not slow at all, they work well", "they're slow and outdated", "fine", "pain"},
		{qSystems, "no, they run well", "yes, they're a mess", "fine", "pain"},
		{qData, "our data isn't a mess, it's all in one system", "our data is a mess, it's everywhere", "no", "yes"},
		{qData, "no issues with data", "big issues with data", "no", "yes"},
		{qSecurity, "it isn't really a worry yet", "it's a real worry", "low", "high"},
		{qSecurity, "not concerned", "very concerned", "low", "high"},
		{qProducts, "no, we don't build software, we just use it", "yes, we build our own software", "no", "core"},
		{qProducts, "not us, we just buy our tools", "our app is the business", "no", "core"},
		{qInnovation, "we're not early adopters", "we're early adopters", "no", "yes"},
		{qInnovation, "not a priority", "a top priority", "no", "yes"},
		{qCompetitors, "we're way ahead of them", "they're way ahead of us", "no", "yes"},
		{qCompetitors, "we're not falling behind", "we're falling behind", "no", "yes"},
		{qCompetitors, "they're slower than us", "we're slower than them", "no", "yes"},
		{qCompetitors, "we keep up", "we can't keep up", "no", "yes"},
		{qBudget, "it's not in our budget", "it's in our budget", "no", "yes"},
		{qBudget, "we can't afford it", "we can afford it", "no", "yes"},
		{qBudget, "we don't have the money", "we have the money", "no", "yes"},
		// Negation past an adverb, past "no interest/plans", and through
		// "not trying to".
		{qSecurity, "not really on our radar", "a huge worry for us", "low", "high"},
		{qSecurity, "it isn't something we lose sleep over", "we lose sleep over it", "low", "high"},
		{qInnovation, "no interest in being cutting edge", "we love being cutting edge", "no", "yes"},
		{qInnovation, "we're not trying to be first", "we always try to be first", "no", "yes"},
		{qStage, "steady, no plans to grow", "growing like mad", "established", "scaling"},
		// Comparisons without a comparative of the list.
		{qCompetitors, "no faster than us", "far faster than us", "no", "yes"},
		{qCompetitors, "we invest far more than the others", "the others invest far more than we do", "no", "yes"},
		{qCompetitors, "the incumbents are slower than us", "the incumbents are ahead of us", "no", "yes"},
		// Rhetorical questions and sarcasm-free idioms.
		{qSecurity, "who'd want to hack a florist", "we'd be finished if we got hacked", "low", "high"},
		{qOps, "no internet, no business", "we could get by on paper, we'd manage without it", "high", "low"},
		{qBudget, "ha, I wish", "yes, it's ring-fenced", "no", "yes"},
		// Verbs of beating someone: the subject leads.
		{qCompetitors, "we outpace the incumbents", "the incumbents outpace us", "no", "yes"},
		// Third person and "ain't" read as the owner's words.
		{qSecurity, "the boss doesn't worry about it", "the boss worries about it a lot", "low", "high"},
		{qSecurity, "we ain't worried about hackers", "we're very worried about hackers", "low", "high"},
		// A topic word beside a negated key is no mixed answer.
		{qSecurity, "not concerned about ransomware", "very concerned about ransomware", "low", "high"},
		// A negation inside another key reaches no further.
		{qInnovation, "we'd rather not be guinea pigs", "we'd rather be first", "no", "yes"},
		// Two-digit years.
		{qStage, "since '79", "since '24", "established", "startup"},
		// Plans qualify the technology a business names.
		{qProducts, "a customer app is on the drawing board", "our customer app is the business", "planned", "core"},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		seen[tt.q] = true
		q := &questions[questionIndex(tt.q)]
		for _, c := range []struct{ text, want string }{{tt.a, tt.wantA}, {tt.b, tt.wnB}} {
			got := ""
			if o, ok := matchOption(q, c.text); ok {
				got = o.Value
			}
			if got != c.want {
				t.Errorf("%s %q = %q, want %q", tt.q, c.text, got, c.want)
			}
		}
	}
	for _, q := range questions {
		if !seen[q.ID] {
			t.Errorf("no pair for %s", q.ID)
		}
	}
}

// TestUnsureBetweenTwo: an answer that is one of two options but not
// clearly which is not taken; the two are offered.
func TestUnsureBetweenTwo(t *testing.T) {
	tests := []struct {
		q, text string
		want    []string
	}{
		{qCompetitors, "yes, we're ahead", []string{"yes", "no"}},
		{qStage, "not a startup", []string{"scaling", "established"}},
		{qStage, "we started two years ago and we're growing fast", []string{"startup", "scaling"}},
		{qBudget, "yes and no", []string{"yes", "no"}},
		{qSystems, "not fine", []string{"some", "pain"}},
		{qData, "not really, a bit", []string{"some", "no"}},
		// A thumbs up to "do your systems need work?": yes, or all good?
		{qSystems, "👍", []string{"fine", "pain"}},
		{qData, "👎", []string{"no", "yes"}},
		// A high score where a yes is trouble: of the trouble, or of how
		// well things go?
		{qSystems, "9/10", []string{"fine", "pain"}},
		{qData, "1 out of 10", []string{"no", "yes"}},
		// Between two thirds of a scale.
		{qSecurity, "6.5/10", []string{"medium", "high"}},
		// "3 🌸" to the size question: option 3, or three people?
		{qSize, "3 🌸", []string{"xs", "m"}},
	}
	for _, tt := range tests {
		m := matchAnswer(&questions[questionIndex(tt.q)], tt.text, nil)
		if m.value != "" || !slices.Equal(sorted(m.candidates), sorted(tt.want)) {
			t.Errorf("%s %q = %q, candidates %q; want none taken and %q offered", tt.q, tt.text, m.value, m.candidates, tt.want)
		}
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// TestNarrowedNumbers: after "I'm not sure which you meant: A or B?", 1
// and 2 count among A and B.
func TestNarrowedNumbers(t *testing.T) {
	q := &questions[questionIndex(qCompetitors)]
	narrow := []string{"yes", "no"}
	for text, want := range map[string]string{"1": "yes", "2": "no", "the second one": "no", "3": ""} {
		if got := matchAnswer(q, text, narrow).value; got != want {
			t.Errorf("%q among %q = %q, want %q", text, narrow, got, want)
		}
	}
}
